//! Edge lists as research data sets publish them (SNAP, KONECT, networkx's `write_edgelist`):
//! one friendship a line, its two ends separated by spaces or a tab, lines starting with `#`
//! or `%` are comments. Anything after the two ends (a weight, a timestamp) is left alone.
//! People are named by their ids, in the order they first appear. A first line that names the
//! columns (`source target`, `from to`) rather than two people is a header, and skipped.

use super::{Builder, Details};
use crate::say;

/// Reads `text` into `b`.
pub(super) fn read(text: &str, b: &mut Builder) {
    let data_lines = text.lines().filter(|l| !skipped(l)).count();
    if !b.within_limits(0, 0, data_lines) {
        return;
    }
    let mut first = true;
    for (i, line) in text.lines().enumerate() {
        if b.full() {
            return;
        }
        let number = i + 1;
        let line = if i == 0 {
            line.trim_start_matches('\u{feff}')
        } else {
            line
        };
        if skipped(line) {
            continue;
        }
        let mut ends = tokens(line);
        if std::mem::take(&mut first) && header(line) {
            continue;
        }
        match (ends.next(), ends.next()) {
            (Some((ca, a)), Some((cb, other))) => {
                let a = b.reference(a, (number, ca), true);
                let other = b.reference(other, (number, cb), true);
                if let (Some(a), Some(other)) = (a, other) {
                    b.link([a, other], Details::default(), (number, ca));
                }
            }
            (Some((column, one)), None) => {
                let commas = if one.contains(',') || one.contains(';') {
                    "yes"
                } else {
                    "no"
                };
                b.problem(
                    (number, column),
                    say!(
                        "network-edges-one-id",
                        id = super::shorten(one),
                        commas = commas
                    ),
                );
            }
            _ => {}
        }
    }
}

/// Whether `line` names the columns of friendships rather than two people.
fn header(line: &str) -> bool {
    let words: Vec<String> = tokens(line).map(|(_, w)| super::csv::normal(w)).collect();
    match words.as_slice() {
        [a, b, ..] => super::csv::ENDS.iter().any(|(x, y)| x == a && y == b),
        _ => false,
    }
}

/// Whether `line` is blank or a comment.
fn skipped(line: &str) -> bool {
    let t = line.trim_start_matches('\u{feff}').trim();
    t.is_empty() || t.starts_with('#') || t.starts_with('%')
}

/// The words of `line`, each with its column in characters (from 1).
fn tokens(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut column = 0;
    let mut start: Option<(usize, usize)> = None;
    let mut words = Vec::new();
    for (byte, c) in line.char_indices() {
        column += 1;
        match (c.is_whitespace(), start) {
            (true, Some((from, col))) => {
                words.push((col, &line[from..byte]));
                start = None;
            }
            (false, None) => start = Some((byte, column)),
            _ => {}
        }
    }
    if let Some((from, col)) = start {
        words.push((col, &line[from..]));
    }
    words.into_iter()
}

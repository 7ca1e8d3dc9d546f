//! Scenario files, format version 1: the only module that knows JSON.
//!
//! One schema describes the format: the serde types of `schema`, which both reading and
//! writing go through. Reading happens in two passes. The first (`read`) decodes the JSON into
//! the schema types, element by element, so that one broken grant does not hide a broken person
//! further down; every unknown field is refused there. The second (`check`) checks the rules
//! serde cannot (references, dates, intervals, unique ids, the format's words) and builds the
//! indexed [`Scenario`]. Either pass reports every problem it finds, each with the JSON path of
//! the value at fault. Nothing here panics on any input. Writing (`write`) turns a scenario
//! back into the schema types and lets serde print them, leaving out every default, so that
//! [`parse`] of [`to_json`] gives back the same scenario.
//!
//! What a scenario means (exposure, words for readers) is left to the layers above.

mod check;
mod read;
mod schema;
mod write;

use std::fmt;

use serde_json::Value;

use crate::core::model::Scenario;
use crate::files::limits;
use crate::say;

pub use write::{to_json, Written};

/// The value of the `format` field.
pub const FORMAT: &str = "spillover-scenario";
/// The format version this code reads.
pub const VERSION: u64 = 1;
/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 100;
/// The longest name or title accepted, in characters.
pub const MAX_NAME_LEN: usize = 200;
/// The longest text of a story step accepted, in characters.
pub const MAX_TEXT_LEN: usize = 4_000;

/// One thing wrong with a scenario file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path (`grants[3].scopes[1]`), or empty for the file as a whole.
    pub path: String,
    /// Line and column, for a file that is not JSON at all.
    pub position: Option<(usize, usize)>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.position, self.path.is_empty()) {
            (Some((line, column)), _) => {
                let at = say!(
                    "problem-at-position",
                    line = line.to_string(),
                    column = column.to_string()
                );
                write!(f, "{at}: {}", self.message)
            }
            (None, true) => f.write_str(&self.message),
            (None, false) => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl Problem {
    /// The first of `problems`, to report one alone. [`parse`] never returns an empty list, but
    /// a caller need not rely on that: for an empty list this is a problem with the file as a
    /// whole that says so, rather than a panic.
    pub fn first(problems: &[Problem]) -> Problem {
        problems.first().cloned().unwrap_or_else(|| Problem {
            path: String::new(),
            position: None,
            message: say!("problem-unnamed"),
        })
    }
}

/// Whether `c` may not stand in an id or a name: a control character, or U+FFFE or U+FFFF,
/// which no XML file can hold (so the network exports could not write them).
pub fn unwritable(c: char) -> bool {
    c.is_control() || c == '\u{fffe}' || c == '\u{ffff}'
}

/// Reads a scenario file, or says everything that is wrong with it. The list of problems is
/// never empty.
pub fn parse(text: &str) -> Result<Scenario, Vec<Problem>> {
    let value: Value = serde_json::from_str(text).map_err(|e| vec![read::syntax_problem(&e)])?;
    let mut problems = Problems::default();
    match read::file(&value, &mut problems) {
        Some(file) if problems.0.is_empty() => checked(file, problems),
        _ => Err(problems.0),
    }
}

/// Whether `s` (a scenario changed in memory, say by an edit) passes every rule of the file, and
/// the problems when not: what reading it back from its file would say, without the file. The
/// file's shape needs no check, since it is written from `s` (a property test compares the two
/// ways on scenarios broken in many ways).
pub fn check(s: &Scenario) -> Result<(), Vec<Problem>> {
    checked(write::file(s), Problems::default()).map(drop)
}

/// Pass two over a file of the right shape: its size against the limits, then every rule.
fn checked(file: schema::File, mut problems: Problems) -> Result<Scenario, Vec<Problem>> {
    // The network's size is checked before its rules: past a limit nothing else is said.
    let all_users: usize = file.agreements.iter().map(|a| a.all_users.len()).sum();
    let passed = limits::counts(
        file.people.len(),
        file.companies.len(),
        file.friendships.len(),
    )
    .and_then(|()| limits::deal_facts(file.people.len(), all_users));
    if let Err(message) = passed {
        problems.push("", message);
        return Err(problems.0);
    }
    let scenario = check::Checker::new(&mut problems).check(file);
    if problems.0.is_empty() {
        Ok(scenario)
    } else {
        Err(problems.0)
    }
}

/// The problems found so far, in the order they were found.
#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            path: path.into(),
            position: None,
            message: message.into(),
        });
    }
}

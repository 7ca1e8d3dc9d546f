//! The part of the view kept in the URL's hash: `#scenario=partners&step=2`.
//!
//! The hash never reaches a server. Reading one never fails: what cannot be read is left at its
//! default and named in a note the page shows, so a mangled or hostile link still opens the app.

use crate::builtin::BUILTINS;

/// The view a hash names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// The built-in scenario, by index.
    pub scenario: usize,
    /// The story step, by index (the hash counts from 1).
    pub step: Option<usize>,
}

/// The longest hash read; anything longer is refused whole.
pub const MAX_HASH: usize = 2048;

/// Reads `hash` (with or without its leading `#`). `steps(i)` is the number of story steps of
/// built-in scenario `i`. Returns the route and a note for each part that could not be used.
pub fn parse(hash: &str, steps: impl Fn(usize) -> usize) -> (Route, Vec<String>) {
    let mut route = Route::default();
    let mut notes = Vec::new();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.is_empty() {
        return (route, notes);
    }
    if hash.len() > MAX_HASH {
        notes.push(format!("The link's address part after # is {} characters long, more than {MAX_HASH}; it was ignored.", hash.len()));
        return (route, notes);
    }
    let mut step = None;
    for part in hash.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let (key, value) = (decode(key), decode(value));
        let (key, value) = (key.as_str(), value.as_str());
        match key {
            "scenario" => match BUILTINS.iter().position(|b| b.slug == value) {
                Some(i) => route.scenario = i,
                None => notes.push(format!("There is no built-in scenario called \"{}\"; showing the first one.", clip(value))),
            },
            "step" => match value.parse::<usize>() {
                Ok(n) if n >= 1 => step = Some(n),
                _ => notes.push(format!("\"{}\" is not a step number; steps count from 1.", clip(value))),
            },
            _ => notes.push(format!("The link holds \"{}\", which this version of Spillover does not know; it was ignored.", clip(key))),
        }
    }
    if let Some(n) = step {
        let count = steps(route.scenario);
        if n <= count {
            route.step = Some(n - 1);
        } else {
            notes.push(format!(
                "This story has {count} steps, so there is no step {n}; showing the start."
            ));
        }
    }
    (route, notes)
}

/// The hash of `route`, with its `#`.
pub fn format(route: &Route) -> String {
    let slug = BUILTINS.get(route.scenario).map_or("", |b| b.slug);
    match route.step {
        Some(i) => format!("#scenario={slug}&step={}", i + 1),
        None => format!("#scenario={slug}"),
    }
}

/// Undoes percent-encoding (`%3C` is `<`); invalid escapes are kept as they are.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A value cut short and stripped of control characters, to quote it in a note.
fn clip(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).take(40).collect();
    if text.chars().count() > 40 {
        format!("{clean}…")
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(_: usize) -> usize {
        5
    }

    #[test]
    fn round_trips() {
        for route in [
            Route {
                scenario: 2,
                step: Some(3),
            },
            Route {
                scenario: 1,
                step: None,
            },
            Route::default(),
        ] {
            assert_eq!(parse(&format(&route), steps), (route, vec![]));
        }
        assert_eq!(
            format(&Route {
                scenario: 2,
                step: Some(0)
            }),
            "#scenario=partners&step=1"
        );
    }

    #[test]
    fn mangled_hashes_fall_back_with_a_note() {
        let (r, notes) = parse("#scenario=nope&step=99&evil=<script>", steps);
        assert_eq!(r, Route::default());
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes[0].contains("\"nope\""));
        assert!(notes[1].contains("\"evil\""));
        assert!(notes[2].contains("no step 99"));
        let (r, notes) = parse("#step=-1&&=&scenario", steps);
        assert_eq!(r, Route::default());
        assert_eq!(notes.len(), 3, "{notes:?}");
        let (r, notes) = parse(&"#".repeat(5000), steps);
        assert_eq!((r, notes.len()), (Route::default(), 1));
        let (_, notes) = parse("#scenario=\u{0}\u{1b}[31m", steps);
        assert!(!notes[0].contains('\u{1b}'));
        let (r, notes) = parse("#scenario=%70artners&step=%32", steps);
        assert_eq!(
            (r, notes),
            (
                Route {
                    scenario: 2,
                    step: Some(1)
                },
                vec![]
            )
        );
        let (_, notes) = parse("#scenario=%3Cb%3E%zz%E2%82", steps);
        assert!(notes[0].contains("\"<b>%zz\u{fffd}\""), "{notes:?}");
    }
}

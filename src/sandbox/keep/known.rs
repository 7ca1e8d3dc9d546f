//! What a tab knows of each record it last read or wrote ([`Known`]): its revision and
//! writer, name and scenario, and a [`Print`] of its text, by which the tab tells that the
//! record is still the one it knew without reading it again. Nothing here touches storage.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::rc::Rc;

use crate::core::model::Scenario;
use crate::files::storage::Record;

/// Stored text's length and hash: the same text has the same print, and changed text (all but
/// surely) another, so a tab can tell that a record is still the one it wrote without keeping
/// its text or reading it again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Print {
    len: usize,
    hash: u64,
}

impl Print {
    pub(super) fn of(text: &str) -> Print {
        // The standard hasher with its fixed keys, 64 bits on every target. A print never
        // leaves the tab that made it, so it need not be the same in another build.
        let mut h = DefaultHasher::new();
        text.hash(&mut h);
        Print {
            len: text.len(),
            hash: h.finish(),
        }
    }

    /// Whether `text` has this print (text of another length is not even hashed).
    pub(super) fn matches(self, text: &str) -> bool {
        self.len == text.len() && self == Print::of(text)
    }
}

/// A sandbox as this tab last knew it in storage.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Known {
    pub(super) revision: u64,
    pub(super) writer: String,
    pub(super) name: String,
    /// Shared, so that knowing it again costs no copy of a big network.
    pub(super) scenario: Rc<Scenario>,
    /// The print of its record's text as this tab last read or wrote it; None while it is still
    /// only in version 1's envelope, not under its own key.
    pub(super) print: Option<Print>,
}

impl Known {
    /// What a tab knows after reading or writing `r`, in text of this print.
    pub(super) fn of(r: &Record, print: Print) -> Known {
        Known::taking(r.clone(), print)
    }
    /// [`Known::of`] a record this tab no longer needs.
    pub(super) fn taking(r: Record, print: Print) -> Known {
        Known {
            revision: r.revision,
            writer: r.writer,
            name: r.saved.name,
            scenario: Rc::new(r.saved.scenario),
            print: Some(print),
        }
    }
    pub(super) fn legacy(&self) -> bool {
        self.print.is_none()
    }
    pub(super) fn holds(&self, name: &str, scenario: &Scenario) -> bool {
        self.name == name && *self.scenario == *scenario
    }
    pub(super) fn stamped(&self, r: &Record) -> bool {
        !self.legacy() && self.revision == r.revision && self.writer == r.writer
    }
    /// Whether `text` is exactly the record this tab last read or wrote: then it reads as that
    /// record (readable, of this revision and writer) without being read again.
    pub(super) fn unchanged(&self, text: &str) -> bool {
        self.print.is_some_and(|p| p.matches(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::files::storage::{encode_record, Saved};
    use crate::sandbox::empty;

    #[test]
    fn a_print_tells_any_change_to_the_text_even_of_the_same_length() {
        let text = encode_record(&Record {
            saved: Saved {
                key: "s1".into(),
                name: "Lesson".into(),
                scenario: empty(Date::parse("2014-01-01").unwrap()),
            },
            revision: 3,
            writer: "a".into(),
        });
        let print = Print::of(&text);
        assert!(print.matches(&text.clone()));
        for changed in [
            text.replace("\"revision\":3", "\"revision\":4"),
            text.replace("\"writer\":\"a\"", "\"writer\":\"b\""),
            text.replace("\"people\"", "\"peeple\""),
            text.replace("\"version\":2", "\"version\":3"),
        ] {
            assert_eq!(changed.len(), text.len());
            assert_ne!(changed, text);
            assert!(!print.matches(&changed), "{changed}");
        }
        assert!(!print.matches(&text[1..]));
    }
}

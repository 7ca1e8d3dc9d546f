//! The scenarios that ship with Spillover, compiled in from `static/scenarios/`, their words
//! from the catalogue.
//!
//! A built-in's file holds no English of its own: each text a reader sees (its title, its
//! description, its steps' titles and texts, a name a translation would change, such as "You")
//! is a reference to a message, `"@friends-step-2-text"`, written once in
//! `static/words/<language>/scenario-<slug>.ftl`. [`Builtin::json`] says every reference in the
//! thread's language, and that text is what the app, the tests and the command line read: the
//! file a reader downloads is a plain scenario file in their language. Only built-ins are
//! resolved; a reader's own file is taken as it is written, an `@` and all. What is never a
//! reference: the sources' titles and publishers, which stay as published, and proper names.
//!
//! The browser and the tests read the same bytes, so a scenario that passes the tests is the
//! one readers see. Each is read once per language, the first time it is asked for
//! ([`scenario`]), and shared after: the page, its address and its picker never read one twice.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde_json::Value;

use crate::catalogue::{self, Lang};
use crate::core::model::Scenario;

/// A scenario shipped with the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Builtin {
    /// A short stable name, used in URLs and file names.
    pub slug: &'static str,
    /// The scenario file's text as shipped, its words references to the catalogue (`"@id"`).
    pub raw: &'static str,
}

impl Builtin {
    /// The scenario file's text in the thread's language: every `"@id"` said by the catalogue
    /// (a message the language lacks in English). A reference the catalogue does not hold at
    /// all is left as it is, which the tests rule out.
    pub fn json(&self) -> String {
        // The catalogue says a message it lacks as its id: the reference is then kept whole.
        let said = |id: &str| {
            let text = catalogue::say(id, &[]);
            Some(if text == id { format!("@{id}") } else { text })
        };
        resolve(self.raw, said).unwrap_or_else(|_| self.raw.to_string())
    }
}

/// Every built-in scenario, in the order the picker lists them.
pub const BUILTINS: [Builtin; 3] = [
    Builtin {
        slug: "friends",
        raw: include_str!("../../static/scenarios/friends.json"),
    },
    Builtin {
        slug: "digital-life",
        raw: include_str!("../../static/scenarios/digital-life.json"),
    },
    Builtin {
        slug: "partners",
        raw: include_str!("../../static/scenarios/partners.json"),
    },
];

/// The id a string of a built-in refers to: `"@friends-title"` refers to `friends-title`. Only
/// a whole string of an `@` and a message's id (letters, digits and `-`, a letter first) is a
/// reference.
pub fn reference(text: &str) -> Option<&str> {
    let id = text.strip_prefix('@')?;
    let mut chars = id.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .then_some(id)
}

/// `raw`, a built-in's text, with every reference said by `say` (`None`: no such message), as
/// compact JSON; or every id `say` did not know, and JSON that does not read (in `raw`).
pub fn resolve(raw: &str, say: impl Fn(&str) -> Option<String>) -> Result<String, Vec<String>> {
    let mut value: Value = serde_json::from_str(raw).map_err(|e| vec![e.to_string()])?;
    let mut missing = Vec::new();
    say_in(&mut value, &say, &mut missing);
    if missing.is_empty() {
        serde_json::to_string(&value).map_err(|e| vec![e.to_string()])
    } else {
        Err(missing)
    }
}

/// The ids `raw` (a built-in's text) refers to, in the file's order.
pub fn references(raw: &str) -> Vec<String> {
    let seen = RefCell::new(Vec::new());
    let _ = resolve(raw, |id| {
        seen.borrow_mut().push(id.to_string());
        Some(String::new())
    });
    seen.into_inner()
}

/// Every reference within `value` said by `say`; those it does not know added to `missing`.
fn say_in(value: &mut Value, say: &impl Fn(&str) -> Option<String>, missing: &mut Vec<String>) {
    match value {
        Value::String(text) => {
            if let Some(id) = reference(text) {
                match say(id) {
                    Some(said) => *text = said,
                    None => missing.push(id.to_string()),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| say_in(v, say, missing)),
        Value::Object(fields) => fields.values_mut().for_each(|v| say_in(v, say, missing)),
        _ => {}
    }
}

/// Each built-in as read, by language and index (`None`: it did not read).
type Read = HashMap<(Lang, usize), Option<Rc<Scenario>>>;

thread_local! {
    /// Each built-in as read in each language, the first time it is asked for.
    static READ: RefCell<Read> = RefCell::new(HashMap::new());
}

/// The built-in scenario of index `i` in the thread's language, read once per thread and
/// language the first time it is asked for and shared after; `None` past the list (and for a
/// file that does not read, which the tests rule out).
pub fn scenario(i: usize) -> Option<Rc<Scenario>> {
    let b = BUILTINS.get(i)?;
    let key = (catalogue::language(), i);
    if let Some(read) = READ.with(|read| read.borrow().get(&key).cloned()) {
        return read;
    }
    let read = crate::files::scenario::parse(&b.json()).ok().map(Rc::new);
    READ.with(|r| r.borrow_mut().insert(key, read.clone()));
    read
}

/// The built-in scenario of index `i`, or the first one past the list.
pub fn scenario_or_first(i: usize) -> Rc<Scenario> {
    scenario(i)
        .or_else(|| scenario(0))
        .expect("the first built-in reads: tests/core/builtins.rs checks every built-in")
}

/// The built-in whose shipped text is `text` (a file the command line was given), if any.
pub fn shipped_as(text: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.raw == text)
}

/// The title of the built-in of index `i` (its slug if it could not be read).
pub fn title(i: usize) -> String {
    match scenario(i) {
        Some(s) => s.title.clone(),
        None => BUILTINS.get(i).map_or("", |b| b.slug).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_built_in_is_read_once_and_shared() {
        for (i, b) in BUILTINS.iter().enumerate() {
            let (a, again) = (scenario(i).unwrap(), scenario(i).unwrap());
            assert!(Rc::ptr_eq(&a, &again));
            assert_eq!(*a, crate::files::scenario::parse(&b.json()).unwrap());
            assert_eq!(title(i), a.title);
        }
        assert!(scenario(BUILTINS.len()).is_none());
        assert!(Rc::ptr_eq(&scenario_or_first(99), &scenario(0).unwrap()));
    }

    #[test]
    fn a_reference_is_a_whole_string_of_an_at_and_an_id() {
        assert_eq!(
            reference("@friends-step-2-text"),
            Some("friends-step-2-text")
        );
        for plain in ["@", "@2x", "@ friends", "me@example.org", "@a b", "Ben"] {
            assert_eq!(reference(plain), None, "{plain}");
        }
    }

    #[test]
    fn references_are_said_and_the_missing_named() {
        let say = |id: &str| (id == "t").then(|| "Title".to_string());
        assert_eq!(
            resolve(r#"{"title": "@t", "people": ["@t", "@@x", 1]}"#, say).unwrap(),
            r#"{"title":"Title","people":["Title","@@x",1]}"#
        );
        assert_eq!(
            resolve(r#"{"a": "@t", "b": ["@gone"]}"#, say),
            Err(vec!["gone".to_string()])
        );
    }

    #[test]
    fn the_english_built_ins_say_their_words() {
        let friends = scenario(0).unwrap();
        assert_eq!(friends.title, "You and your friends");
        assert_eq!(friends.people[0].name, "You");
        assert!(!BUILTINS.iter().any(|b| b.json().contains("\"@")));
        assert_eq!(shipped_as(BUILTINS[1].raw), Some(&BUILTINS[1]));
        assert_eq!(shipped_as(&BUILTINS[1].json()), None);
    }
}

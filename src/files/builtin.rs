//! The scenarios that ship with Spillover, compiled in from `static/scenarios/`.
//!
//! The browser and the tests read the same bytes, so a scenario that passes the tests is the
//! one readers see. Each is read once, the first time it is asked for ([`scenario`]), and
//! shared after: the page, its address and its picker never read one twice.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::core::model::Scenario;

/// A scenario shipped with the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Builtin {
    /// A short stable name, used in URLs and file names.
    pub slug: &'static str,
    /// The scenario file's text.
    pub json: &'static str,
}

/// Every built-in scenario, in the order the picker lists them.
pub const BUILTINS: [Builtin; 3] = [
    Builtin {
        slug: "friends",
        json: include_str!("../../static/scenarios/friends.json"),
    },
    Builtin {
        slug: "digital-life",
        json: include_str!("../../static/scenarios/digital-life.json"),
    },
    Builtin {
        slug: "partners",
        json: include_str!("../../static/scenarios/partners.json"),
    },
];

thread_local! {
    /// Each built-in as read, the first time it is asked for.
    static READ: [OnceCell<Option<Rc<Scenario>>>; BUILTINS.len()] = Default::default();
}

/// The built-in scenario of index `i`, read once per thread the first time it is asked for and
/// shared after; `None` past the list (and for a file that does not read, which the tests rule
/// out).
pub fn scenario(i: usize) -> Option<Rc<Scenario>> {
    let b = BUILTINS.get(i)?;
    READ.with(|read| {
        read[i]
            .get_or_init(|| crate::files::scenario::parse(b.json).ok().map(Rc::new))
            .clone()
    })
}

/// The built-in scenario of index `i`, or the first one past the list.
pub fn scenario_or_first(i: usize) -> Rc<Scenario> {
    scenario(i)
        .or_else(|| scenario(0))
        .expect("the first built-in reads: tests/core/builtins.rs checks every built-in")
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
            assert_eq!(*a, crate::files::scenario::parse(b.json).unwrap());
            assert_eq!(title(i), a.title);
        }
        assert!(scenario(BUILTINS.len()).is_none());
        assert!(Rc::ptr_eq(&scenario_or_first(99), &scenario(0).unwrap()));
    }
}

//! The scenarios that ship with Spillover, compiled in from `static/scenarios/`.
//!
//! The browser and the tests read the same bytes, so a scenario that passes the tests is the
//! one readers see.

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

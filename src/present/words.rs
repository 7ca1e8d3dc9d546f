//! The words a reader sees for the core's values, in one place.
//!
//! The core names things only as the scenario format does (`user_id`, `friend`); what a reader
//! reads ("user ID", "through a friend's app") is decided here, so the engine and the model stay
//! free of prose. Bring [`Label`] into scope to call `.label()` on a category or a reason. The
//! words themselves are the catalogue's (`present::catalogue`, `static/words/`).

use crate::core::engine::ReasonKind;
use crate::core::model::Category;
use crate::word;

/// The words a reader sees for a value.
pub trait Label {
    /// A short phrase, in lower case, for running text, legends and tables.
    fn label(self) -> &'static str;
}

impl Label for Category {
    fn label(self) -> &'static str {
        match self {
            Category::UserId => word!("category-user-id"),
            Category::Name => word!("category-name"),
            Category::Contact => word!("category-contact"),
            Category::Friends => word!("category-friends"),
            Category::Birthday => word!("category-birthday"),
            Category::Location => word!("category-location"),
            Category::Likes => word!("category-likes"),
            Category::Photos => word!("category-photos"),
            Category::Posts => word!("category-posts"),
            Category::Messages => word!("category-messages"),
        }
    }
}

impl Label for ReasonKind {
    fn label(self) -> &'static str {
        match self {
            ReasonKind::Consent => word!("reason-consent"),
            ReasonKind::Friend => word!("reason-friend"),
            ReasonKind::Mailbox => word!("reason-mailbox"),
            ReasonKind::Deal => word!("reason-deal"),
            ReasonKind::Transfer => word!("reason-transfer"),
        }
    }
}

/// A person's name, and whether they are the reader: the built-in stories call the reader
/// "You" (`friends-person-you`, "Du" in German), and the catalogue's messages then say "your
/// likes" and "you and Ben", never "You's likes", by the selector [`Name::you`] gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name<'a>(pub &'a str);

impl<'a> Name<'a> {
    /// Whether this is the reader.
    pub fn is_you(self) -> bool {
        // "You" in any language: a sandbox begun in English stays the reader's in German.
        self.0 == "You" || self.0 == word!("friends-person-you") || self.0 == word!("starter-you")
    }

    /// For a message's selector on whether a person is the reader: "yes" or "no" (the catalogue
    /// says "your" or "Ana's" from it).
    pub fn you(self) -> &'static str {
        if self.is_you() {
            "yes"
        } else {
            "no"
        }
    }
}

/// What Spillover is, under its name.
pub fn tagline() -> &'static str {
    word!("tagline")
}

/// What every scenario simplifies, at the foot of the page.
pub fn honesty() -> &'static str {
    word!("honesty")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_is_you_by_name() {
        assert_eq!(Name("You").you(), "yes");
        assert_eq!(Name("Ana").you(), "no");
        assert_eq!(Name("Youssef").you(), "no");
    }

    #[test]
    fn every_category_and_reason_has_distinct_words() {
        let mut seen: Vec<&str> = Category::ALL.iter().map(|c| c.label()).collect();
        seen.extend(
            [
                ReasonKind::Consent,
                ReasonKind::Friend,
                ReasonKind::Mailbox,
                ReasonKind::Deal,
                ReasonKind::Transfer,
            ]
            .map(Label::label),
        );
        let n = seen.len();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), n);
    }
}

//! The words a reader sees for the core's values, in one place.
//!
//! The core names things only as the scenario format does (`user_id`, `friend`); what a reader
//! reads ("user ID", "through a friend's app") is decided here, so the engine and the model stay
//! free of prose. Bring [`Label`] into scope to call `.label()` on a category or a reason.

use crate::core::engine::ReasonKind;
use crate::core::model::Category;

/// The words a reader sees for a value.
pub trait Label {
    /// A short phrase, in lower case, for running text, legends and tables.
    fn label(self) -> &'static str;
}

impl Label for Category {
    fn label(self) -> &'static str {
        match self {
            Category::UserId => "user ID",
            Category::Name => "name",
            Category::Contact => "contact details",
            Category::Friends => "friend list",
            Category::Birthday => "birthday",
            Category::Location => "location",
            Category::Likes => "likes",
            Category::Photos => "photos",
            Category::Posts => "posts",
            Category::Messages => "messages",
        }
    }
}

impl Label for ReasonKind {
    fn label(self) -> &'static str {
        match self {
            ReasonKind::Consent => "they said yes",
            ReasonKind::Friend => "through a friend's app",
            ReasonKind::Mailbox => "through a friend's mailbox",
            ReasonKind::Deal => "through a deal, no one asked",
            ReasonKind::Transfer => "handed on by another company",
        }
    }
}

/// `one` or `many` by count.
pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_picks_by_count() {
        assert_eq!(plural(1, "person", "people"), "person");
        assert_eq!(plural(0, "person", "people"), "people");
        assert_eq!(plural(2, "person", "people"), "people");
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

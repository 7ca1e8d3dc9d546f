//! Refusals: why an edit was not made, said at the field of the form that is at fault.
//!
//! A [`Refusal`] names a [`Field`] of the editor's forms and says what is wrong in plain words.
//! The forms mark the field a refusal names, so the two share one type and cannot disagree about
//! a field's name. A problem the scenario file's checks find becomes a refusal at the field its
//! JSON path ends in. Which edits are refused, and why, is the edits' own business (`nodes`,
//! `entries`, `in_bulk`); the words of the file's problems are [`crate::files::scenario`]'s.

use crate::files::scenario::Problem;

/// A field of the editor's forms, as a refusal names it. A refusal and the form that marks
/// the field at fault share this type, so they cannot disagree about a field's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The scenario's title.
    Title,
    /// A date of its own (the date the scenario opens on).
    Date,
    /// A person's or company's id.
    Id,
    /// A person's or company's name.
    Name,
    /// A company's kind.
    Kind,
    /// The two people of a friendship.
    Between,
    /// The person of a grant.
    Person,
    /// The company of a grant or a deal.
    Company,
    /// What a grant gives.
    Scopes,
    /// The friends' data a deal gives.
    FriendData,
    /// The data of every user a deal gives.
    AllUsers,
    /// The company a transfer comes from.
    FromCompany,
    /// The company a transfer goes to.
    ToCompany,
    /// The data a transfer hands on.
    Categories,
    /// The first day something holds.
    From,
    /// The first day something no longer holds.
    Until,
    /// An entry picked by its place in a list (which may be gone since the list was drawn).
    Index,
    /// A sandbox's name.
    SandboxName,
    /// The share of people a rule in bulk applies to.
    Share,
    /// A story step's text.
    Text,
    /// The source a story step cites.
    Source,
    /// Who or what a story step points at.
    Highlight,
    /// Whether a story step shows what companies can see or could have collected.
    Mode,
    /// The day by which a story step's guess counts.
    By,
    /// Who published a source.
    Publisher,
    /// A source's web address.
    Url,
    /// None of the form's fields: the scenario as a whole.
    Scenario,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 27] = [
        Field::Title,
        Field::Date,
        Field::Id,
        Field::Name,
        Field::Kind,
        Field::Between,
        Field::Person,
        Field::Company,
        Field::Scopes,
        Field::FriendData,
        Field::AllUsers,
        Field::FromCompany,
        Field::ToCompany,
        Field::Categories,
        Field::From,
        Field::Until,
        Field::Index,
        Field::SandboxName,
        Field::Share,
        Field::Text,
        Field::Source,
        Field::Highlight,
        Field::Mode,
        Field::By,
        Field::Publisher,
        Field::Url,
        Field::Scenario,
    ];

    /// The field's word: the scenario file's name for it where the file has one.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Date => "date",
            Field::Id => "id",
            Field::Name => "name",
            Field::Kind => "kind",
            Field::Between => "between",
            Field::Person => "person",
            Field::Company => "company",
            Field::Scopes => "scopes",
            Field::FriendData => "friend_data",
            Field::AllUsers => "all_users",
            Field::FromCompany => "from_company",
            Field::ToCompany => "to_company",
            Field::Categories => "categories",
            Field::From => "from",
            Field::Until => "until",
            Field::Index => "index",
            Field::SandboxName => "sandbox-name",
            Field::Share => "share",
            Field::Text => "text",
            Field::Source => "source",
            Field::Highlight => "highlight",
            Field::Mode => "mode",
            Field::By => "by",
            Field::Publisher => "publisher",
            Field::Url => "url",
            Field::Scenario => "scenario",
        }
    }

    /// The field `word` names, if any.
    pub fn parse(word: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == word)
    }

    /// The field a problem of the scenario file is about, from its JSON path:
    /// `friendships[2].until` is [`Field::Until`], `people[0].id` is [`Field::Id`]. A path that
    /// names no field of a form (or none at all) is [`Field::Scenario`].
    pub fn of_path(path: &str) -> Field {
        let last = path.rsplit('.').next().unwrap_or("");
        let name = last.split('[').next().unwrap_or("");
        Field::parse(name).unwrap_or(Field::Scenario)
    }
}

/// Why an edit was refused: the field at fault and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The form field at fault.
    pub field: Field,
    /// What is wrong, in plain words.
    pub message: String,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// A refusal at `field`.
pub(in crate::sandbox) fn refuse(field: Field, message: impl Into<String>) -> Refusal {
    Refusal {
        field,
        message: message.into(),
    }
}

/// The refusal for a scenario the file validation found `problems` in: the first of them, at
/// the field its path ends in.
pub(super) fn refusal(problems: &[Problem]) -> Refusal {
    let p = Problem::first(problems);
    refuse(Field::of_path(&p.path), sentence(&p.message))
}

/// `message` as a sentence: a capital first, a full stop last.
fn sentence(message: &str) -> String {
    let mut m = message.to_string();
    if let Some(first) = m.get(0..1) {
        let upper = first.to_uppercase();
        m.replace_range(0..1, &upper);
    }
    if !m.ends_with('.') {
        m.push('.');
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_of_the_file_is_refused_at_the_field_its_path_ends_in() {
        for (path, field) in [
            ("friendships[2].until", Field::Until),
            ("people[0].id", Field::Id),
            ("transfers[0].from_company", Field::FromCompany),
            ("grants[1].scopes[0]", Field::Scopes),
            ("title", Field::Title),
            ("policy.friend_permissions[0].until", Field::Until),
            ("steps[0].what_if.friend_permissions", Field::Scenario),
            ("steps[1].text", Field::Text),
            ("steps[1].highlight[0]", Field::Highlight),
            ("steps[1].guess.by", Field::By),
            ("", Field::Scenario),
        ] {
            assert_eq!(Field::of_path(path), field, "{path}");
        }
        for f in Field::ALL {
            assert_eq!(Field::parse(f.as_str()), Some(f));
        }
    }

    #[test]
    fn an_empty_list_of_problems_is_still_a_refusal_not_a_panic() {
        let r = refusal(&[]);
        assert_eq!(r.field, Field::Scenario);
        assert!(
            r.message
                .starts_with("Something is wrong with this scenario"),
            "{r:?}"
        );
        assert!(r.message.ends_with('.'), "{r:?}");
    }
}

//! Edits: one change a reader makes to a scenario, checked as a file is.
//!
//! An [`Edit`] names people and companies by id, as a reader does. [`apply`] makes the change
//! on a copy and then runs the copy through the scenario file's own validation, so an edit can
//! never leave a scenario that a file could not hold; a refused edit says which field is wrong
//! and why, and changes nothing. Removing a person or company removes what hangs on them
//! (friendships, grants, deals, transfers) with them. Undo and the list of sandboxes are kept
//! elsewhere ([`super::history`], [`super::workspace`]).
//!
//! Each family of edits has its own module: `nodes` (people and companies), `entries`
//! (friendships, grants, deals and transfers), `in_bulk` (rules over a share of people). Beside
//! them: `story` (the story's steps, added, changed, moved and removed), `refusal` (a
//! [`Refusal`] at a form's [`Field`]), `ids` (ids from names, the node an id
//! names), `dates` (dates as typed, periods that make sense) and `start` (the empty scenario a
//! sandbox starts from).

mod dates;
mod entries;
mod ids;
mod in_bulk;
mod nodes;
mod refusal;
mod start;
mod story;

pub use dates::{typed_date, typed_interval};
pub use ids::{name_in_use, new_id};
pub(in crate::sandbox) use refusal::refuse;
pub use refusal::{Field, Refusal};
pub use start::empty;
pub use story::StepDraft;

use crate::core::date::{Date, Interval};
use crate::core::model::{CategorySet, CompanyKind, Scenario, Scope, Step};

/// One change a reader makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Changes the title.
    SetTitle(String),
    /// Changes the date the scenario opens on.
    SetDate(Date),
    /// Replaces the periods when friend permissions were open.
    SetFriendPermissions(Vec<Interval>),
    /// Adds a person with default settings.
    AddPerson { id: String, name: String },
    /// Renames a person.
    RenamePerson { id: String, name: String },
    /// Changes a person's settings.
    SetSettings {
        id: String,
        platform_apps: bool,
        apps_others_use: CategorySet,
    },
    /// Removes a person and everything that names them.
    RemovePerson { id: String },
    /// Adds a company.
    AddCompany {
        id: String,
        name: String,
        kind: CompanyKind,
    },
    /// Renames a company.
    RenameCompany { id: String, name: String },
    /// Removes a company and everything that names it.
    RemoveCompany { id: String },
    /// Adds a friendship.
    AddFriendship {
        a: String,
        b: String,
        messages: bool,
        interval: Interval,
    },
    /// Removes the friendship at this index.
    RemoveFriendship { index: usize },
    /// Adds a grant.
    AddGrant {
        person: String,
        company: String,
        scopes: Vec<Scope>,
        explicit: bool,
        interval: Interval,
    },
    /// Removes the grant at this index.
    RemoveGrant { index: usize },
    /// Adds a deal.
    AddAgreement {
        company: String,
        friend_data: CategorySet,
        ignores_settings: bool,
        all_users: CategorySet,
        interval: Interval,
    },
    /// Removes the deal at this index.
    RemoveAgreement { index: usize },
    /// Adds a transfer.
    AddTransfer {
        from: String,
        to: String,
        categories: CategorySet,
        interval: Interval,
    },
    /// Removes the transfer at this index.
    RemoveTransfer { index: usize },
    /// A quiz installed by a share of people: a grant of `scopes` to the company `id` (a new
    /// app called `name` when there is none) by `percent` of people, picked by a draw seeded
    /// with `seed` ([`super::pick`]).
    QuizByShare {
        id: String,
        name: String,
        scopes: Vec<Scope>,
        percent: u8,
        seed: u64,
        interval: Interval,
    },
    /// `percent` of people, picked by a draw seeded with `seed`, narrow "Apps others use" to
    /// `keep`.
    NarrowByShare {
        percent: u8,
        seed: u64,
        keep: CategorySet,
    },
    /// A deal giving the company `id` (a new partner called `name` when there is none) the
    /// `all_users` data of every user.
    DealOverEveryone {
        id: String,
        name: String,
        all_users: CategorySet,
        interval: Interval,
    },
    /// Changes what the grant at `index` asks for.
    SetScopes { index: usize, scopes: Vec<Scope> },
    /// Changes when something holds: the friendship, grant, deal or transfer at `index`.
    SetInterval {
        what: Timed,
        index: usize,
        interval: Interval,
    },
    /// Puts a story step at place `at` (the end when `at` is the story's length).
    AddStep { at: usize, step: Step },
    /// Replaces the story step at `index`.
    SetStep { index: usize, step: Step },
    /// Moves the story step at `index` to place `to`.
    MoveStep { index: usize, to: usize },
    /// Removes the story step at `index`.
    RemoveStep { index: usize },
    /// Adds a source a story step can cite (its id made from its title).
    AddSource {
        title: String,
        publisher: Option<String>,
        url: Option<String>,
    },
}

/// The kinds of entry that hold for an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timed {
    /// A friendship.
    Friendship,
    /// A grant.
    Grant,
    /// A deal.
    Agreement,
    /// A transfer.
    Transfer,
}

/// The period an edit sets, if it sets one.
fn period(edit: &Edit) -> Option<&Interval> {
    match edit {
        Edit::AddFriendship { interval, .. }
        | Edit::AddGrant { interval, .. }
        | Edit::AddAgreement { interval, .. }
        | Edit::AddTransfer { interval, .. }
        | Edit::SetInterval { interval, .. }
        | Edit::QuizByShare { interval, .. }
        | Edit::DealOverEveryone { interval, .. } => Some(interval),
        Edit::SetFriendPermissions(periods) => periods.first(),
        _ => None,
    }
}

/// The scenario after `edit`, or why not.
pub fn apply(s: &Scenario, edit: &Edit) -> Result<Scenario, Refusal> {
    let t = made(s, edit)?;
    check_edit(s, t, edit)
}

/// `s` with `edit` made, each of its fields checked, before the result is checked as a whole.
fn made(s: &Scenario, edit: &Edit) -> Result<Scenario, Refusal> {
    if let Some(interval) = period(edit) {
        dates::sensible(interval)?;
    }
    let mut t = s.clone();
    match edit {
        Edit::SetTitle(title) => t.title = title.clone(),
        Edit::SetDate(d) => t.date = *d,
        Edit::SetFriendPermissions(periods) => t.friend_permissions = periods.clone(),
        Edit::AddPerson { .. }
        | Edit::AddCompany { .. }
        | Edit::RenamePerson { .. }
        | Edit::RenameCompany { .. }
        | Edit::SetSettings { .. }
        | Edit::RemovePerson { .. }
        | Edit::RemoveCompany { .. } => nodes::apply(s, &mut t, edit)?,
        Edit::AddFriendship { .. }
        | Edit::AddGrant { .. }
        | Edit::AddAgreement { .. }
        | Edit::AddTransfer { .. } => entries::add(s, &mut t, edit)?,
        Edit::SetInterval { .. }
        | Edit::SetScopes { .. }
        | Edit::RemoveFriendship { .. }
        | Edit::RemoveGrant { .. }
        | Edit::RemoveAgreement { .. }
        | Edit::RemoveTransfer { .. } => entries::change(&mut t, edit)?,
        Edit::QuizByShare { .. } | Edit::NarrowByShare { .. } | Edit::DealOverEveryone { .. } => {
            in_bulk::apply(&mut t, edit)?
        }
        Edit::AddStep { .. }
        | Edit::SetStep { .. }
        | Edit::MoveStep { .. }
        | Edit::RemoveStep { .. }
        | Edit::AddSource { .. } => story::apply(&mut t, edit)?,
    }
    Ok(t)
}

/// Checks `t`, made from the valid `s` by `edit`, by the file's rules, so the sandbox holds only
/// what a file could: the limits on the whole of `t`, and every rule on the part the edit could
/// have broken (every person and company, the story, the sources and the policy, which are few,
/// with the friendships, sign-ins, deals and handovers the edit added or changed). What the edit
/// left alone is as it was in `s`, which passed the same rules; so this says what checking the
/// whole of `t` would, in milliseconds where that took a tenth of a second on a network of
/// thousands (a property test holds the two to the same answers).
fn check_edit(s: &Scenario, t: Scenario, edit: &Edit) -> Result<Scenario, Refusal> {
    let all_users: usize = t.agreements.iter().map(|a| a.all_users.len()).sum();
    let limits =
        crate::files::limits::counts(t.people.len(), t.companies.len(), t.friendships.len())
            .and_then(|()| crate::files::limits::deal_facts(t.people.len(), all_users));
    if let Err(message) = limits {
        // As the whole check says it: past a limit nothing else is said.
        return Err(refusal::refusal(&[crate::files::scenario::Problem {
            path: String::new(),
            position: None,
            message,
        }]));
    }
    // A removal leaves a part of what was valid, renumbered: its relations need no check.
    let removal = matches!(
        edit,
        Edit::RemovePerson { .. }
            | Edit::RemoveCompany { .. }
            | Edit::RemoveFriendship { .. }
            | Edit::RemoveGrant { .. }
            | Edit::RemoveAgreement { .. }
            | Edit::RemoveTransfer { .. }
    );
    let part = |before: bool| !(removal || before);
    let part = Scenario {
        title: t.title.clone(),
        description: t.description.clone(),
        date: t.date,
        sources: t.sources.clone(),
        friend_permissions: t.friend_permissions.clone(),
        people: t.people.clone(),
        companies: t.companies.clone(),
        friendships: changed(&s.friendships, &t.friendships, part),
        grants: changed(&s.grants, &t.grants, part),
        agreements: changed(&s.agreements, &t.agreements, part),
        transfers: changed(&s.transfers, &t.transfers, part),
        steps: t.steps.clone(),
    };
    match crate::files::scenario::check(&part) {
        Ok(()) => Ok(t),
        Err(problems) => Err(refusal::refusal(&problems)),
    }
}

/// The items of `after` that are not as they were at the same place in `before` (added at the
/// end, or changed in place), when `wanted` says a list's changes are checked at all.
fn changed<T: PartialEq + Clone>(
    before: &[T],
    after: &[T],
    wanted: impl Fn(bool) -> bool,
) -> Vec<T> {
    after
        .iter()
        .enumerate()
        .filter(|(i, x)| wanted(before.get(*i) == Some(*x)))
        .map(|(_, x)| x.clone())
        .collect()
}

/// Applies `edit` and checks the whole result, as [`apply`] did before it checked only what an
/// edit changed: the oracle the property tests hold [`apply`] to.
pub fn apply_checking_everything(s: &Scenario, edit: &Edit) -> Result<Scenario, Refusal> {
    let t = made(s, edit)?;
    match crate::files::scenario::check(&t) {
        Ok(()) => Ok(t),
        Err(problems) => Err(refusal::refusal(&problems)),
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::core::engine::Engine;
    use crate::core::model::Category;
    use crate::present::effect::exposed_without_consent;
    use crate::sandbox::History;

    pub(crate) fn day(t: &str) -> Date {
        Date::parse(t).unwrap()
    }

    /// Three friends, a quiz app and Ana's grant to it, built by edits.
    pub(crate) fn five_people_and_a_quiz() -> History {
        let mut h = History::new(empty(day("2014-01-01")));
        let edits = [
            Edit::SetFriendPermissions(vec![Interval {
                from: Some(day("2010-04-21")),
                until: Some(day("2015-04-30")),
                illustrative: Default::default(),
            }]),
            Edit::AddPerson {
                id: "ana".into(),
                name: "Ana".into(),
            },
            Edit::AddPerson {
                id: "ben".into(),
                name: "Ben".into(),
            },
            Edit::AddPerson {
                id: "cat".into(),
                name: "Cat".into(),
            },
            Edit::AddCompany {
                id: "quiz".into(),
                name: "Quiz".into(),
                kind: CompanyKind::App,
            },
            Edit::AddFriendship {
                a: "ana".into(),
                b: "ben".into(),
                messages: true,
                interval: Interval::ALWAYS,
            },
            Edit::AddFriendship {
                a: "ana".into(),
                b: "cat".into(),
                messages: false,
                interval: Interval::ALWAYS,
            },
            Edit::AddGrant {
                person: "ana".into(),
                company: "quiz".into(),
                scopes: vec![Scope::Own(Category::Name), Scope::Friends(Category::Likes)],
                explicit: true,
                interval: Interval::ALWAYS,
            },
        ];
        for e in &edits {
            h.edit(e).unwrap_or_else(|r| panic!("{e:?}: {r:?}"));
        }
        h
    }

    #[test]
    fn a_network_built_by_edits_is_evaluated_like_a_file() {
        let h = five_people_and_a_quiz();
        let s = h.present().clone();
        let e = Engine::new(s.clone());
        let x = e.access(s.date);
        assert_eq!(
            exposed_without_consent(&s, &x),
            2,
            "Ben and Cat, through Ana"
        );
        assert_eq!(
            crate::files::scenario::parse(&crate::files::scenario::to_json(&s)),
            Ok(s)
        );
    }

    #[test]
    fn bad_edits_are_refused_at_their_field_and_change_nothing() {
        let mut h = five_people_and_a_quiz();
        let before = h.clone();
        let cases = [
            (
                Edit::AddPerson {
                    id: "quiz".into(),
                    name: "Q".into(),
                },
                Field::Id,
                "already the id of Quiz",
            ),
            (
                Edit::AddPerson {
                    id: "".into(),
                    name: "Nobody".into(),
                },
                Field::Id,
                "cannot be empty",
            ),
            (
                Edit::AddPerson {
                    id: "dan".into(),
                    name: " ".into(),
                },
                Field::Name,
                "cannot be empty",
            ),
            (
                Edit::AddFriendship {
                    a: "ana".into(),
                    b: "ana".into(),
                    messages: false,
                    interval: Interval::ALWAYS,
                },
                Field::Between,
                "cannot be friends with themselves",
            ),
            (
                Edit::AddFriendship {
                    a: "ben".into(),
                    b: "ana".into(),
                    messages: false,
                    interval: Interval::ALWAYS,
                },
                Field::Between,
                "already friends",
            ),
            (
                Edit::AddFriendship {
                    a: "ben".into(),
                    b: "cat".into(),
                    messages: false,
                    interval: Interval {
                        from: Some(day("2014-01-01")),
                        until: Some(day("2013-01-01")),
                        illustrative: Default::default(),
                    },
                },
                Field::Until,
                "ends (2013-01-01) before it starts",
            ),
            (
                Edit::AddGrant {
                    person: "ben".into(),
                    company: "quiz".into(),
                    scopes: vec![],
                    explicit: true,
                    interval: Interval::ALWAYS,
                },
                Field::Scopes,
                "at least one",
            ),
            (
                Edit::AddTransfer {
                    from: "quiz".into(),
                    to: "quiz".into(),
                    categories: CategorySet::ALL,
                    interval: Interval::ALWAYS,
                },
                Field::ToCompany,
                "from one company to another",
            ),
            (
                Edit::RemoveGrant { index: 7 },
                Field::Index,
                "no longer exists",
            ),
        ];
        for (edit, field, words) in cases {
            let r = h.edit(&edit).expect_err(&format!("{edit:?} was accepted"));
            assert_eq!(r.field, field, "{edit:?}: {r:?}");
            assert!(r.message.contains(words), "{edit:?}: {r:?}");
            assert_eq!(h, before, "a refused edit changed the history");
        }
    }
}

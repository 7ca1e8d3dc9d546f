//! Edits: one change a reader makes to a scenario, checked as a file is.
//!
//! An [`Edit`] names people and companies by id, as a reader does. [`apply`] makes the change
//! on a copy and then runs the copy through the scenario file's own validation, so an edit can
//! never leave a scenario that a file could not hold; a refused edit says which field is wrong
//! and why, and changes nothing. Removing a person or company removes what hangs on them
//! (friendships, grants, deals, transfers) with them. Undo and the list of sandboxes are kept
//! elsewhere ([`super::history`], [`super::workspace`]).

use super::bulk;
use crate::core::date::{Date, Interval, FRIENDS_DATA_CLOSED, FRIENDS_DATA_OPENED};
use crate::core::model::{
    Agreement, CategorySet, Company, CompanyIx, CompanyKind, Friendship, Grant, Person, PersonIx,
    Scenario, Scope, Settings, Transfer,
};
use crate::files::scenario::Problem;

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
    /// Changes when something holds: the friendship, grant, deal or transfer at `index`.
    SetInterval {
        what: Timed,
        index: usize,
        interval: Interval,
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
    /// None of the form's fields: the scenario as a whole.
    Scenario,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 20] = [
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
pub(super) fn refuse(field: Field, message: impl Into<String>) -> Refusal {
    Refusal {
        field,
        message: message.into(),
    }
}

/// When a new sandbox lets apps ask for friends' data: as on the real platform, from the Graph
/// API's launch (2010-04-21) until friend permissions closed for ordinary apps (2015-04-30). A
/// teacher's first quiz then reaches friends, as the stories show, without a setting to find.
pub const OPEN_AS_IN_2010_TO_2015: Interval = Interval {
    from: Some(FRIENDS_DATA_OPENED),
    until: Some(FRIENDS_DATA_CLOSED),
    illustrative: crate::core::date::Illustrative::NONE,
};

/// A scenario with no one in it, to start from.
pub fn empty(date: Date) -> Scenario {
    Scenario {
        title: "My scenario".into(),
        description: "Built in Spillover's sandbox. The people and companies are made up. Apps may ask for friends' data from 2010-04-21 until 2015-04-30, as on the real platform (the start is simplified: apps could reach friends' data from 2007).".into(),
        date,
        sources: Vec::new(),
        friend_permissions: vec![OPEN_AS_IN_2010_TO_2015],
        people: Vec::new(),
        companies: Vec::new(),
        friendships: Vec::new(),
        grants: Vec::new(),
        agreements: Vec::new(),
        transfers: Vec::new(),
        steps: Vec::new(),
    }
}

/// A warning when `name` is already a person's or a company's (whatever the case, and spaces
/// at the ends): two nodes of one name are easy to mix up on the graph and in every list, so
/// the forms ask before adding a second.
pub fn name_in_use(s: &Scenario, name: &str) -> Option<String> {
    let wanted = name.trim().to_lowercase();
    if wanted.is_empty() {
        return None;
    }
    let same = |n: &str| n.trim().to_lowercase() == wanted;
    if let Some(p) = s.people.iter().find(|p| same(&p.name)) {
        return Some(format!("There is already a person called {}.", p.name));
    }
    s.companies
        .iter()
        .find(|c| same(&c.name))
        .map(|c| format!("There is already a company called {}.", c.name))
}

/// A date as a teacher typed it: empty for none, or year-month-day as the app writes dates;
/// anything else is refused at `field` in plain words, so a typo never silently leaves a
/// period open.
pub fn typed_date(text: &str, field: Field) -> Result<Option<Date>, Refusal> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(text).map(Some).map_err(|_| {
        refuse(
            field,
            format!("\"{text}\" is not a date. Write it as year-month-day, for example 2014-05-13, or leave it empty."),
        )
    })
}

/// A period from the two dates a form holds (see [`typed_date`]).
pub fn typed_interval(from: &str, until: &str) -> Result<Interval, Refusal> {
    Ok(Interval {
        from: typed_date(from, Field::From)?,
        until: typed_date(until, Field::Until)?,
        illustrative: Default::default(),
    })
}

/// Refuses a period that ends on or before the day it starts, in plain words.
fn sensible(interval: &Interval) -> Result<(), Refusal> {
    match (interval.from, interval.until) {
        (Some(f), Some(u)) if u <= f => Err(refuse(
            Field::Until,
            if u == f {
                format!("This ends on the day it starts ({f}): choose an end date after the start date.")
            } else {
                format!("This ends ({u}) before it starts ({f}): choose an end date after the start date.")
            },
        )),
        _ => Ok(()),
    }
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
    if let Some(interval) = period(edit) {
        sensible(interval)?;
    }
    let mut t = s.clone();
    match edit {
        Edit::SetTitle(title) => t.title = title.clone(),
        Edit::SetDate(d) => t.date = *d,
        Edit::SetFriendPermissions(periods) => t.friend_permissions = periods.clone(),
        Edit::AddPerson { id, name } => {
            unused_id(s, id)?;
            t.people.push(Person {
                id: id.clone(),
                name: name.clone(),
                platform_apps: Settings::DEFAULT.platform_apps,
                apps_others_use: Settings::DEFAULT.apps_others_use,
            });
        }
        Edit::AddCompany { id, name, kind } => {
            unused_id(s, id)?;
            t.companies.push(Company {
                id: id.clone(),
                name: name.clone(),
                kind: *kind,
            });
        }
        Edit::RenamePerson { id, name } => {
            t.people[person(s, id, Field::Id)?.ix()].name = name.clone()
        }
        Edit::RenameCompany { id, name } => {
            t.companies[company(s, id, Field::Id)?.ix()].name = name.clone()
        }
        Edit::SetSettings {
            id,
            platform_apps,
            apps_others_use,
        } => {
            let p = &mut t.people[person(s, id, Field::Id)?.ix()];
            p.platform_apps = *platform_apps;
            p.apps_others_use = *apps_others_use;
        }
        Edit::RemovePerson { id } => remove_person(&mut t, person(s, id, Field::Id)?, id),
        Edit::RemoveCompany { id } => remove_company(&mut t, company(s, id, Field::Id)?, id),
        Edit::AddFriendship {
            a,
            b,
            messages,
            interval,
        } => t
            .friendships
            .push(friendship(s, a, b, *messages, interval)?),
        Edit::AddGrant {
            person: p,
            company: c,
            scopes,
            explicit,
            interval,
        } => t.grants.push(grant(s, p, c, scopes, *explicit, interval)?),
        Edit::AddAgreement {
            company: c,
            friend_data,
            ignores_settings,
            all_users,
            interval,
        } => {
            let c = company(s, c, Field::Company)?;
            if friend_data.is_empty() && all_users.is_empty() {
                return Err(refuse(
                    Field::FriendData,
                    "A deal must give something: friends' data, or data of every user.",
                ));
            }
            t.agreements.push(Agreement {
                company: c,
                friend_data: *friend_data,
                ignores_settings: *ignores_settings,
                all_users: *all_users,
                interval: *interval,
                source: None,
            });
        }
        Edit::AddTransfer {
            from,
            to,
            categories,
            interval,
        } => t
            .transfers
            .push(transfer(s, from, to, *categories, interval)?),
        Edit::SetInterval {
            what,
            index,
            interval,
        } => *interval_of(&mut t, *what, *index)? = *interval,
        Edit::QuizByShare {
            id,
            name,
            scopes,
            percent,
            seed,
            interval,
        } => bulk::quiz(&mut t, (id, name), scopes, (*percent, *seed), interval)
            .map_err(bulk_refusal)?,
        Edit::NarrowByShare {
            percent,
            seed,
            keep,
        } => bulk::narrow(&mut t, (*percent, *seed), *keep).map_err(bulk_refusal)?,
        Edit::DealOverEveryone {
            id,
            name,
            all_users,
            interval,
        } => bulk::deal_over_everyone(&mut t, (id, name), *all_users, interval)
            .map_err(bulk_refusal)?,
        Edit::RemoveFriendship { index } => remove(&mut t.friendships, *index)?,
        Edit::RemoveGrant { index } => remove(&mut t.grants, *index)?,
        Edit::RemoveAgreement { index } => remove(&mut t.agreements, *index)?,
        Edit::RemoveTransfer { index } => remove(&mut t.transfers, *index)?,
    }
    check(t)
}

/// Why a rule in bulk was refused, in words, at its field.
fn bulk_refusal(fault: bulk::Fault) -> Refusal {
    match fault {
        bulk::Fault::Nobody => refuse(
            Field::Share,
            "There is nobody to pick from yet: add people, or load a network.",
        ),
        bulk::Fault::Share(p) => refuse(
            Field::Share,
            format!("A share is 1% to 100% of people, not {p}%."),
        ),
        bulk::Fault::NoScopes => {
            refuse(Field::Scopes, "Pick at least one thing the quiz asks for.")
        }
        bulk::Fault::NoData => refuse(
            Field::AllUsers,
            "Pick at least one kind of data the deal gives.",
        ),
        bulk::Fault::PersonsId(id) => refuse(
            Field::Id,
            format!("\"{id}\" is a person's id; choose another."),
        ),
    }
}

/// The person with this id, or a refusal at `field`.
fn person(s: &Scenario, id: &str, field: Field) -> Result<PersonIx, Refusal> {
    if id.is_empty() {
        return Err(refuse(field, "Choose a person first."));
    }
    s.person_by_id(id).ok_or_else(|| {
        refuse(
            field,
            "That person is no longer in this sandbox: choose someone else.",
        )
    })
}

/// The company with this id, or a refusal at `field`.
fn company(s: &Scenario, id: &str, field: Field) -> Result<CompanyIx, Refusal> {
    if id.is_empty() {
        return Err(refuse(field, "Choose a company first."));
    }
    s.company_by_id(id).ok_or_else(|| {
        refuse(
            field,
            "That company is no longer in this sandbox: choose another.",
        )
    })
}

/// Refuses an id that a person or a company already has.
fn unused_id(s: &Scenario, id: &str) -> Result<(), Refusal> {
    let owner = s
        .people
        .iter()
        .map(|p| (&p.id, &p.name))
        .chain(s.companies.iter().map(|c| (&c.id, &c.name)))
        .find(|(i, _)| i.as_str() == id);
    match owner {
        Some((_, owner)) => Err(refuse(
            Field::Id,
            format!("\"{id}\" is already the id of {owner}; choose another."),
        )),
        None => Ok(()),
    }
}

/// Removes person `p` (whose id is `id`) and the friendships and grants that name them, and
/// renumbers the people after them.
fn remove_person(t: &mut Scenario, p: PersonIx, id: &str) {
    t.friendships.retain(|f| !f.between.contains(&p));
    t.grants.retain(|g| g.person != p);
    t.people.remove(p.ix());
    for f in &mut t.friendships {
        for q in &mut f.between {
            if q.0 > p.0 {
                q.0 -= 1;
            }
        }
    }
    for g in &mut t.grants {
        if g.person.0 > p.0 {
            g.person.0 -= 1;
        }
    }
    for st in &mut t.steps {
        st.highlight.retain(|h| h != id);
        st.what_if.people.clear();
    }
}

/// Removes company `c` (whose id is `id`) and the grants, deals and transfers that name it, and
/// renumbers the companies after it.
fn remove_company(t: &mut Scenario, c: CompanyIx, id: &str) {
    t.grants.retain(|g| g.company != c);
    t.agreements.retain(|a| a.company != c);
    t.transfers
        .retain(|tr| tr.from_company != c && tr.to_company != c);
    t.companies.remove(c.ix());
    let shift = |x: &mut CompanyIx| {
        if x.0 > c.0 {
            x.0 -= 1;
        }
    };
    t.grants.iter_mut().for_each(|g| shift(&mut g.company));
    t.agreements.iter_mut().for_each(|a| shift(&mut a.company));
    t.transfers.iter_mut().for_each(|tr| {
        shift(&mut tr.from_company);
        shift(&mut tr.to_company);
    });
    for st in &mut t.steps {
        st.highlight.retain(|h| h != id);
    }
}

/// A new friendship of `a` and `b`, unless it is with themselves or they are already friends
/// for part of `interval`.
fn friendship(
    s: &Scenario,
    a: &str,
    b: &str,
    messages: bool,
    interval: &Interval,
) -> Result<Friendship, Refusal> {
    let (pa, pb) = (person(s, a, Field::Between)?, person(s, b, Field::Between)?);
    if pa == pb {
        return Err(refuse(
            Field::Between,
            format!("{} cannot be friends with themselves.", s.person(pa).name),
        ));
    }
    let overlapping = s.friendships.iter().any(|f| {
        (f.between == [pa, pb] || f.between == [pb, pa]) && overlaps(&f.interval, interval)
    });
    if overlapping {
        return Err(refuse(
            Field::Between,
            format!(
                "{} and {} are already friends then.",
                s.person(pa).name,
                s.person(pb).name
            ),
        ));
    }
    Ok(Friendship {
        between: [pa, pb],
        messages,
        interval: *interval,
    })
}

/// A new grant of at least one scope.
fn grant(
    s: &Scenario,
    person_id: &str,
    company_id: &str,
    scopes: &[Scope],
    explicit: bool,
    interval: &Interval,
) -> Result<Grant, Refusal> {
    let p = person(s, person_id, Field::Person)?;
    let c = company(s, company_id, Field::Company)?;
    if scopes.is_empty() {
        return Err(refuse(
            Field::Scopes,
            "Choose at least one thing the grant gives.",
        ));
    }
    Ok(Grant {
        person: p,
        company: c,
        scopes: scopes.to_vec(),
        explicit,
        interval: *interval,
        source: None,
    })
}

/// A new transfer between two different companies, of at least one category.
fn transfer(
    s: &Scenario,
    from: &str,
    to: &str,
    categories: CategorySet,
    interval: &Interval,
) -> Result<Transfer, Refusal> {
    let (a, b) = (
        company(s, from, Field::FromCompany)?,
        company(s, to, Field::ToCompany)?,
    );
    if a == b {
        return Err(refuse(
            Field::ToCompany,
            "A transfer goes from one company to another.",
        ));
    }
    if categories.is_empty() {
        return Err(refuse(
            Field::Categories,
            "Choose at least one kind of data to hand on.",
        ));
    }
    Ok(Transfer {
        from_company: a,
        to_company: b,
        categories,
        interval: *interval,
        source: None,
    })
}

/// Where the interval of the entry `what` at `index` is kept.
fn interval_of(t: &mut Scenario, what: Timed, index: usize) -> Result<&mut Interval, Refusal> {
    let slot = match what {
        Timed::Friendship => t.friendships.get_mut(index).map(|f| &mut f.interval),
        Timed::Grant => t.grants.get_mut(index).map(|g| &mut g.interval),
        Timed::Agreement => t.agreements.get_mut(index).map(|a| &mut a.interval),
        Timed::Transfer => t.transfers.get_mut(index).map(|tr| &mut tr.interval),
    };
    slot.ok_or_else(|| refuse(Field::Index, "That entry no longer exists."))
}

fn remove<T>(list: &mut Vec<T>, index: usize) -> Result<(), Refusal> {
    if index < list.len() {
        list.remove(index);
        Ok(())
    } else {
        Err(refuse(Field::Index, "That entry no longer exists."))
    }
}

fn overlaps(a: &Interval, b: &Interval) -> bool {
    let starts_before_end = |x: &Interval, y: &Interval| match (x.from, y.until) {
        (Some(f), Some(u)) => f < u,
        _ => true,
    };
    starts_before_end(a, b) && starts_before_end(b, a)
}

/// Runs the whole file validation on `t`: the sandbox holds only what a file could.
fn check(t: Scenario) -> Result<Scenario, Refusal> {
    match crate::files::scenario::check(&t) {
        Ok(()) => Ok(t),
        Err(problems) => Err(refusal(&problems)),
    }
}

/// The refusal for a scenario the file validation found `problems` in: the first of them, at
/// the field its path ends in.
fn refusal(problems: &[Problem]) -> Refusal {
    let p = Problem::first(problems);
    refuse(Field::of_path(&p.path), sentence(&p.message))
}

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

/// An id for a new node from its name: lower case letters and digits, unique in `s`.
pub fn new_id(s: &Scenario, name: &str) -> String {
    let mut base: String = name
        .chars()
        .filter_map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() {
                Some(c)
            } else if c == ' ' || c == '-' || c == '_' {
                Some('-')
            } else {
                None
            }
        })
        .collect();
    base = base.trim_matches('-').chars().take(40).collect();
    if base.is_empty() {
        base = "node".into();
    }
    let used = |id: &str| s.person_by_id(id).is_some() || s.company_by_id(id).is_some();
    if !used(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !used(id))
        .unwrap_or(base)
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

    #[test]
    fn a_transfer_is_refused_at_the_company_picker_the_editor_marks() {
        // The editor marks its "from" picker for `Field::FromCompany` and its "to" picker for
        // `Field::ToCompany`: a refusal about either company must name that field.
        let mut h = five_people_and_a_quiz();
        let transfer = |from: &str, to: &str| Edit::AddTransfer {
            from: from.into(),
            to: to.into(),
            categories: CategorySet::ALL,
            interval: Interval::ALWAYS,
        };
        for (edit, field) in [
            (transfer("nobody", "quiz"), Field::FromCompany),
            (transfer("ana", "quiz"), Field::FromCompany),
            (transfer("quiz", "nobody"), Field::ToCompany),
            (transfer("quiz", "quiz"), Field::ToCompany),
        ] {
            let r = h.edit(&edit).expect_err(&format!("{edit:?} was accepted"));
            assert_eq!(r.field, field, "{edit:?}: {r:?}");
        }
        assert_eq!(Field::FromCompany.as_str(), "from_company");
    }

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

    #[test]
    fn dates_of_any_entry_can_be_changed_and_are_checked() {
        let mut h = five_people_and_a_quiz();
        let iv = Interval {
            from: Some(day("2012-01-01")),
            until: Some(day("2013-01-01")),
            illustrative: Default::default(),
        };
        for what in [Timed::Friendship, Timed::Grant] {
            h.edit(&Edit::SetInterval {
                what,
                index: 0,
                interval: iv,
            })
            .unwrap();
        }
        assert_eq!(
            (
                h.present().friendships[0].interval,
                h.present().grants[0].interval
            ),
            (iv, iv)
        );
        let backwards = Interval {
            from: iv.until,
            until: iv.from,
            illustrative: Default::default(),
        };
        let r = h
            .edit(&Edit::SetInterval {
                what: Timed::Grant,
                index: 0,
                interval: backwards,
            })
            .unwrap_err();
        assert_eq!(r.field, Field::Until);
        let r = h
            .edit(&Edit::SetInterval {
                what: Timed::Transfer,
                index: 0,
                interval: iv,
            })
            .unwrap_err();
        assert_eq!(r.field, Field::Index);
    }

    #[test]
    fn removing_a_person_removes_what_names_them() {
        let mut h = five_people_and_a_quiz();
        h.edit(&Edit::RemovePerson { id: "ana".into() }).unwrap();
        let s = h.present();
        assert_eq!(s.people.len(), 2);
        assert!(s.friendships.is_empty() && s.grants.is_empty());
        h.edit(&Edit::AddFriendship {
            a: "ben".into(),
            b: "cat".into(),
            messages: false,
            interval: Interval::ALWAYS,
        })
        .unwrap();
        h.edit(&Edit::RemoveCompany { id: "quiz".into() }).unwrap();
        assert_eq!(
            h.present().friendships[0].between,
            [PersonIx(0), PersonIx(1)]
        );
    }

    #[test]
    fn new_ids_come_from_names_and_stay_unique() {
        let h = five_people_and_a_quiz();
        assert_eq!(new_id(h.present(), "Dan O'Neil"), "dan-oneil");
        assert_eq!(new_id(h.present(), "Ana"), "ana-2");
        assert_eq!(new_id(h.present(), "???"), "node");
    }
}

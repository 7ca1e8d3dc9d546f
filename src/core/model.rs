//! The in-memory scenario: people, companies and the relations between them, already validated.
//!
//! Everything here refers to people and companies by index, never by id, so the engine does no
//! string work. A [`Scenario`] is only built by [`crate::files::scenario`], which checks every rule
//! of the format first; code holding one may rely on its indices being in range. This module
//! knows nothing of JSON.

use std::collections::BTreeMap;
use std::fmt;

use crate::core::date::{Date, Interval};

/// One kind of personal data, in the fixed order of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// The platform's user ID.
    UserId,
    /// The person's name.
    Name,
    /// Contact details (email, phone).
    Contact,
    /// The friend list.
    Friends,
    /// Birthday.
    Birthday,
    /// Location and home town.
    Location,
    /// Page likes.
    Likes,
    /// Photos.
    Photos,
    /// Posts and status updates.
    Posts,
    /// Private messages.
    Messages,
}

impl Category {
    /// Every category, in the model's order.
    pub const ALL: [Category; 10] = [
        Category::UserId,
        Category::Name,
        Category::Contact,
        Category::Friends,
        Category::Birthday,
        Category::Location,
        Category::Likes,
        Category::Photos,
        Category::Posts,
        Category::Messages,
    ];

    /// The name the scenario format uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::UserId => "user_id",
            Category::Name => "name",
            Category::Contact => "contact",
            Category::Friends => "friends",
            Category::Birthday => "birthday",
            Category::Location => "location",
            Category::Likes => "likes",
            Category::Photos => "photos",
            Category::Posts => "posts",
            Category::Messages => "messages",
        }
    }

    /// The category the format names `name`, if any.
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }

    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of categories, as a bit set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CategorySet(u16);

impl CategorySet {
    /// No category.
    pub const EMPTY: CategorySet = CategorySet(0);
    /// Every category.
    pub const ALL: CategorySet = CategorySet((1 << 10) - 1);

    /// Whether `c` is in the set.
    pub fn contains(self, c: Category) -> bool {
        self.0 & c.bit() != 0
    }

    /// Adds `c`.
    pub fn insert(&mut self, c: Category) {
        self.0 |= c.bit();
    }

    /// Removes `c`.
    pub fn remove(&mut self, c: Category) {
        self.0 &= !c.bit();
    }

    /// The set with `c` removed.
    pub fn without(mut self, c: Category) -> CategorySet {
        self.remove(c);
        self
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The number of categories in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Both sets together.
    pub fn union(self, other: CategorySet) -> CategorySet {
        CategorySet(self.0 | other.0)
    }

    /// What both sets hold.
    pub fn intersection(self, other: CategorySet) -> CategorySet {
        CategorySet(self.0 & other.0)
    }

    /// The categories in the model's order.
    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

impl FromIterator<Category> for CategorySet {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Self {
        let mut set = CategorySet::EMPTY;
        for c in iter {
            set.insert(c);
        }
        set
    }
}

/// What a grant asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// The granting person's own data of a category.
    Own(Category),
    /// The data of a category of the granting person's friends (never `Messages`).
    Friends(Category),
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::Own(c) => write!(f, "{c}"),
            Scope::Friends(c) => write!(f, "friends.{c}"),
        }
    }
}

/// The index of a person in [`Scenario::people`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PersonIx(pub u32);

/// The index of a company in [`Scenario::companies`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CompanyIx(pub u32);

impl PersonIx {
    /// As a `usize` index.
    pub fn ix(self) -> usize {
        self.0 as usize
    }
}

impl CompanyIx {
    /// As a `usize` index.
    pub fn ix(self) -> usize {
        self.0 as usize
    }
}

/// A node of the network: a person or a company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    /// A person.
    Person(PersonIx),
    /// A company.
    Company(CompanyIx),
}

/// A user of the platform and their settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Unique among people and companies.
    pub id: String,
    /// Shown to readers.
    pub name: String,
    /// Whether the person lets apps use the platform at all.
    pub platform_apps: bool,
    /// What friends' apps may see of this person ("Apps others use").
    pub apps_others_use: CategorySet,
}

/// What kind of outside company this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CompanyKind {
    /// An app people sign in to.
    App,
    /// An integration or device partner with a deal.
    Partner,
    /// A company that buys or receives data.
    Broker,
}

impl CompanyKind {
    /// The name the scenario format uses.
    pub fn as_str(self) -> &'static str {
        match self {
            CompanyKind::App => "app",
            CompanyKind::Partner => "partner",
            CompanyKind::Broker => "broker",
        }
    }

    /// The kind the scenario format names `word`, if any.
    pub fn parse(word: &str) -> Option<CompanyKind> {
        [CompanyKind::App, CompanyKind::Partner, CompanyKind::Broker]
            .into_iter()
            .find(|k| k.as_str() == word)
    }
}

/// An app, partner or broker outside the platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Company {
    /// Unique among people and companies.
    pub id: String,
    /// Shown to readers.
    pub name: String,
    /// App, partner or broker.
    pub kind: CompanyKind,
}

/// Two people who are friends while `interval` is active.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Friendship {
    /// The two friends, never the same person.
    pub between: [PersonIx; 2],
    /// Whether they message each other.
    pub messages: bool,
    /// When they are friends.
    pub interval: Interval,
}

/// A person's permission for a company, given by signing in (or, when not `explicit`, a
/// connection the person was never asked about).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    /// Who grants.
    pub person: PersonIx,
    /// To whom.
    pub company: CompanyIx,
    /// The scopes, as given in the file (duplicates removed, order kept).
    pub scopes: Vec<Scope>,
    /// Whether the person was asked.
    pub explicit: bool,
    /// When the grant holds.
    pub interval: Interval,
    /// The id of the source in [`Scenario::sources`] that backs it.
    pub source: Option<String>,
}

impl Grant {
    /// The categories granted of the person's own data.
    pub fn own(&self) -> CategorySet {
        self.scopes
            .iter()
            .filter_map(|s| match s {
                Scope::Own(c) => Some(*c),
                Scope::Friends(_) => None,
            })
            .collect()
    }

    /// The categories granted of the person's friends' data.
    pub fn of_friends(&self) -> CategorySet {
        self.scopes
            .iter()
            .filter_map(|s| match s {
                Scope::Friends(c) => Some(*c),
                Scope::Own(_) => None,
            })
            .collect()
    }
}

/// A deal between the platform and a company.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agreement {
    /// The company with the deal.
    pub company: CompanyIx,
    /// Friend data the company may reach through its users even when friend permissions are
    /// closed.
    pub friend_data: CategorySet,
    /// Whether `friend_data` flows even where a friend's settings forbid it.
    pub ignores_settings: bool,
    /// Categories the company gets of every person.
    pub all_users: CategorySet,
    /// When the deal holds.
    pub interval: Interval,
    /// The id of the source that backs it.
    pub source: Option<String>,
}

/// Data handed from one company to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    /// The company handing data on.
    pub from_company: CompanyIx,
    /// The company receiving it (never `from_company`).
    pub to_company: CompanyIx,
    /// What is handed on.
    pub categories: CategorySet,
    /// When the handover happens.
    pub interval: Interval,
    /// The id of the source that backs it.
    pub source: Option<String>,
}

/// A publication a scenario cites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// How grants, agreements, transfers and steps refer to it.
    pub id: String,
    /// The title, as published.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// When it was published.
    pub date: Option<Date>,
    /// Where to read it (always `http` or `https`).
    pub url: Option<String>,
}

/// Whether friend permissions follow the scenario, are never open, or are always open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum FriendPermissions {
    /// As the scenario's policy says.
    #[default]
    AsScenario,
    /// Never open to any app (as if the platform had never allowed it).
    Never,
    /// Always open (as if the platform had never closed it).
    Always,
}

impl FriendPermissions {
    /// The word the scenario format and the link use.
    pub fn as_str(self) -> &'static str {
        match self {
            FriendPermissions::AsScenario => "as_scenario",
            FriendPermissions::Never => "never",
            FriendPermissions::Always => "always",
        }
    }

    /// The switch the format or a link names `word`, if any.
    pub fn parse(word: &str) -> Option<FriendPermissions> {
        [
            FriendPermissions::AsScenario,
            FriendPermissions::Never,
            FriendPermissions::Always,
        ]
        .into_iter()
        .find(|f| f.as_str() == word)
    }
}

/// One person's settings, replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Settings {
    /// "Platform apps" on or off.
    pub platform_apps: bool,
    /// "Apps others use".
    pub apps_others_use: CategorySet,
}

impl Settings {
    /// The settings a person has unless the scenario says otherwise (the format's defaults):
    /// platform apps on, and friends' apps allowed every category but messages.
    pub const DEFAULT: Settings = Settings {
        platform_apps: true,
        apps_others_use: CategorySet(CategorySet::ALL.0 & !Category::Messages.bit()),
    };
}

impl Default for Settings {
    fn default() -> Settings {
        Settings::DEFAULT
    }
}

/// A set of what-if switches; the default changes nothing. A story step may carry one, and
/// [`crate::core::whatif::apply`] rewrites a scenario under it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct WhatIf {
    /// The friend permission policy.
    pub friend_permissions: FriendPermissions,
    /// Whether partner deals are switched off: every agreement, and every connection people
    /// were never asked about (grants with `explicit: false`).
    pub no_deals: bool,
    /// Whether everyone turned "Apps others use" off entirely.
    pub everyone_opted_out: bool,
    /// People whose settings are replaced.
    pub people: BTreeMap<PersonIx, Settings>,
}

impl WhatIf {
    /// Whether any switch is set.
    pub fn is_active(&self) -> bool {
        *self != WhatIf::default()
    }
}

/// One step of the story a scenario tells. Steps change no result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// A short heading.
    pub title: String,
    /// What the reader is told.
    pub text: String,
    /// The date the step shows, or the scenario's date.
    pub date: Option<Date>,
    /// People and companies to highlight, by id.
    pub highlight: Vec<String>,
    /// The id of the source that backs the step.
    pub source: Option<String>,
    /// The switches the step turns on (none by default).
    pub what_if: WhatIf,
    /// Whether the step shows what companies could have collected up to its date, rather
    /// than what they can see on it (the engine's `Mode`, which the model does not name).
    pub collected: bool,
    /// A question the reader answers with a number before the story tells it.
    pub guess: Option<Guess>,
}

/// "How many people will this company have reached by then?": a step asks the reader, takes
/// their number, and the answer is computed from the scenario (everything collected up to
/// `by`), so it is always true of the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guess {
    /// The company asked about.
    pub company: CompanyIx,
    /// The day by which its reach counts.
    pub by: Date,
}

/// A whole validated scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Shown as the heading.
    pub title: String,
    /// A plain-language summary for readers.
    pub description: String,
    /// The date shown first.
    pub date: Date,
    /// Publications cited.
    pub sources: Vec<Source>,
    /// Periods when any app could ask for friends' data.
    pub friend_permissions: Vec<Interval>,
    /// People, in file order.
    pub people: Vec<Person>,
    /// Companies, in file order.
    pub companies: Vec<Company>,
    /// Friendships.
    pub friendships: Vec<Friendship>,
    /// Grants.
    pub grants: Vec<Grant>,
    /// Agreements.
    pub agreements: Vec<Agreement>,
    /// Transfers.
    pub transfers: Vec<Transfer>,
    /// The story, if any.
    pub steps: Vec<Step>,
}

impl Scenario {
    /// The person at `p`.
    pub fn person(&self, p: PersonIx) -> &Person {
        &self.people[p.ix()]
    }

    /// The company at `c`.
    pub fn company(&self, c: CompanyIx) -> &Company {
        &self.companies[c.ix()]
    }

    /// The person with this id.
    pub fn person_by_id(&self, id: &str) -> Option<PersonIx> {
        self.people
            .iter()
            .position(|p| p.id == id)
            .map(|i| PersonIx(i as u32))
    }

    /// The company with this id.
    pub fn company_by_id(&self, id: &str) -> Option<CompanyIx> {
        self.companies
            .iter()
            .position(|c| c.id == id)
            .map(|i| CompanyIx(i as u32))
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Every date on which some interval starts or ends, sorted, without repeats.
    pub fn change_dates(&self) -> Vec<Date> {
        let intervals = self
            .friend_permissions
            .iter()
            .chain(self.friendships.iter().map(|f| &f.interval))
            .chain(self.grants.iter().map(|g| &g.interval))
            .chain(self.agreements.iter().map(|a| &a.interval))
            .chain(self.transfers.iter().map(|t| &t.interval));
        let mut dates: Vec<Date> = intervals
            .flat_map(|i| [i.from, i.until])
            .flatten()
            .collect();
        dates.sort_unstable();
        dates.dedup();
        dates
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_names_one_value_and_reads_back() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        for k in [CompanyKind::App, CompanyKind::Partner, CompanyKind::Broker] {
            assert_eq!(CompanyKind::parse(k.as_str()), Some(k));
        }
        for f in [
            FriendPermissions::AsScenario,
            FriendPermissions::Never,
            FriendPermissions::Always,
        ] {
            assert_eq!(FriendPermissions::parse(f.as_str()), Some(f));
        }
        assert_eq!(CompanyKind::parse("bank"), None);
        assert_eq!(FriendPermissions::parse("Never"), None);
        assert_eq!(Category::parse(""), None);
    }
}

//! The sandbox: editing a scenario one checked step at a time, with undo and redo.
//!
//! An [`Edit`] names people and companies by id, as a reader does. [`apply`] makes the change
//! on a copy and then runs the copy through the scenario file's own validation, so an edit can
//! never leave a scenario that a file could not hold; a refused edit says which field is wrong
//! and why, and changes nothing. Removing a person or company removes what hangs on them
//! (friendships, grants, deals, transfers) with them.

use crate::core::date::{Date, Interval};
use crate::core::model::{
    Agreement, CategorySet, Company, CompanyKind, Friendship, Grant, Person, Scenario, Scope,
    Transfer,
};
use crate::files::scenario::{parse, to_json};

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

/// Why an edit was refused: the field at fault (as the form names it) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The form field: `id`, `name`, `until`, `scopes`, `between`, …
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

fn refuse(field: &str, message: impl Into<String>) -> Refusal {
    Refusal {
        field: field.into(),
        message: message.into(),
    }
}

/// A scenario with no one in it, to start from.
pub fn empty(date: Date) -> Scenario {
    Scenario {
        title: "My scenario".into(),
        description: "Built in Spillover's sandbox. The people and companies are made up.".into(),
        date,
        sources: Vec::new(),
        friend_permissions: Vec::new(),
        people: Vec::new(),
        companies: Vec::new(),
        friendships: Vec::new(),
        grants: Vec::new(),
        agreements: Vec::new(),
        transfers: Vec::new(),
        steps: Vec::new(),
    }
}

/// The scenario after `edit`, or why not.
pub fn apply(s: &Scenario, edit: &Edit) -> Result<Scenario, Refusal> {
    let mut t = s.clone();
    let person = |id: &str, field: &str| {
        s.person_by_id(id)
            .ok_or_else(|| refuse(field, format!("There is no person \"{id}\".")))
    };
    let company = |id: &str, field: &str| {
        s.company_by_id(id)
            .ok_or_else(|| refuse(field, format!("There is no company \"{id}\".")))
    };
    let taken = |id: &str| {
        s.people
            .iter()
            .map(|p| (&p.id, &p.name))
            .chain(s.companies.iter().map(|c| (&c.id, &c.name)))
            .find(|(i, _)| i.as_str() == id)
    };
    match edit {
        Edit::SetTitle(title) => t.title = title.clone(),
        Edit::SetDate(d) => t.date = *d,
        Edit::SetFriendPermissions(periods) => t.friend_permissions = periods.clone(),
        Edit::AddPerson { id, name } | Edit::AddCompany { id, name, .. } => {
            if let Some((_, owner)) = taken(id) {
                return Err(refuse(
                    "id",
                    format!("\"{id}\" is already the id of {owner}; choose another."),
                ));
            }
            match edit {
                Edit::AddCompany { kind, .. } => t.companies.push(Company {
                    id: id.clone(),
                    name: name.clone(),
                    kind: *kind,
                }),
                _ => t.people.push(Person {
                    id: id.clone(),
                    name: name.clone(),
                    platform_apps: true,
                    apps_others_use: CategorySet::ALL
                        .without(crate::core::model::Category::Messages),
                }),
            }
        }
        Edit::RenamePerson { id, name } => t.people[person(id, "id")?.ix()].name = name.clone(),
        Edit::RenameCompany { id, name } => {
            t.companies[company(id, "id")?.ix()].name = name.clone()
        }
        Edit::SetSettings {
            id,
            platform_apps,
            apps_others_use,
        } => {
            let p = &mut t.people[person(id, "id")?.ix()];
            p.platform_apps = *platform_apps;
            p.apps_others_use = *apps_others_use;
        }
        Edit::RemovePerson { id } => {
            let p = person(id, "id")?;
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
        Edit::RemoveCompany { id } => {
            let c = company(id, "id")?;
            t.grants.retain(|g| g.company != c);
            t.agreements.retain(|a| a.company != c);
            t.transfers
                .retain(|tr| tr.from_company != c && tr.to_company != c);
            t.companies.remove(c.ix());
            let shift = |x: &mut crate::core::model::CompanyIx| {
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
        Edit::AddFriendship {
            a,
            b,
            messages,
            interval,
        } => {
            let (pa, pb) = (person(a, "between")?, person(b, "between")?);
            if pa == pb {
                return Err(refuse(
                    "between",
                    format!("{} cannot be friends with themselves.", s.person(pa).name),
                ));
            }
            let overlapping = s.friendships.iter().any(|f| {
                (f.between == [pa, pb] || f.between == [pb, pa]) && overlaps(&f.interval, interval)
            });
            if overlapping {
                return Err(refuse(
                    "between",
                    format!(
                        "{} and {} are already friends then.",
                        s.person(pa).name,
                        s.person(pb).name
                    ),
                ));
            }
            t.friendships.push(Friendship {
                between: [pa, pb],
                messages: *messages,
                interval: *interval,
            });
        }
        Edit::AddGrant {
            person: p,
            company: c,
            scopes,
            explicit,
            interval,
        } => {
            let (p, c) = (person(p, "person")?, company(c, "company")?);
            if scopes.is_empty() {
                return Err(refuse(
                    "scopes",
                    "Choose at least one thing the grant gives.",
                ));
            }
            t.grants.push(Grant {
                person: p,
                company: c,
                scopes: scopes.clone(),
                explicit: *explicit,
                interval: *interval,
                source: None,
            });
        }
        Edit::AddAgreement {
            company: c,
            friend_data,
            ignores_settings,
            all_users,
            interval,
        } => {
            let c = company(c, "company")?;
            if friend_data.is_empty() && all_users.is_empty() {
                return Err(refuse(
                    "friend_data",
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
        } => {
            let (a, b) = (company(from, "from")?, company(to, "to")?);
            if a == b {
                return Err(refuse("to", "A transfer goes from one company to another."));
            }
            if categories.is_empty() {
                return Err(refuse(
                    "categories",
                    "Choose at least one kind of data to hand on.",
                ));
            }
            t.transfers.push(Transfer {
                from_company: a,
                to_company: b,
                categories: *categories,
                interval: *interval,
                source: None,
            });
        }
        Edit::SetInterval {
            what,
            index,
            interval,
        } => {
            let slot = match what {
                Timed::Friendship => t.friendships.get_mut(*index).map(|f| &mut f.interval),
                Timed::Grant => t.grants.get_mut(*index).map(|g| &mut g.interval),
                Timed::Agreement => t.agreements.get_mut(*index).map(|a| &mut a.interval),
                Timed::Transfer => t.transfers.get_mut(*index).map(|tr| &mut tr.interval),
            };
            *slot.ok_or_else(|| refuse("index", "That entry no longer exists."))? = *interval;
        }
        Edit::RemoveFriendship { index } => remove(&mut t.friendships, *index)?,
        Edit::RemoveGrant { index } => remove(&mut t.grants, *index)?,
        Edit::RemoveAgreement { index } => remove(&mut t.agreements, *index)?,
        Edit::RemoveTransfer { index } => remove(&mut t.transfers, *index)?,
    }
    check(t)
}

fn remove<T>(list: &mut Vec<T>, index: usize) -> Result<(), Refusal> {
    if index < list.len() {
        list.remove(index);
        Ok(())
    } else {
        Err(refuse("index", "That entry no longer exists."))
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
    match parse(&to_json(&t)) {
        Ok(_) => Ok(t),
        Err(problems) => {
            let p = &problems[0];
            // `friendships[2].until` → `until`; `people[0].id` → `id`.
            let field = p
                .path
                .rsplit('.')
                .next()
                .unwrap_or("")
                .split('[')
                .next()
                .unwrap_or("")
                .to_string();
            Err(Refusal {
                field,
                message: sentence(&p.message),
            })
        }
    }
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

/// A bounded history of scenarios, for undo and redo.
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    past: Vec<Scenario>,
    present: Scenario,
    future: Vec<Scenario>,
}

impl History {
    /// How many steps back undo can go.
    pub const LIMIT: usize = 100;

    /// A history that starts at `s`.
    pub fn new(s: Scenario) -> History {
        History {
            past: Vec::new(),
            present: s,
            future: Vec::new(),
        }
    }

    /// The scenario now.
    pub fn present(&self) -> &Scenario {
        &self.present
    }

    /// Applies `edit`, or refuses it and changes nothing.
    pub fn edit(&mut self, edit: &Edit) -> Result<(), Refusal> {
        let next = apply(&self.present, edit)?;
        if next != self.present {
            self.past.push(std::mem::replace(&mut self.present, next));
            if self.past.len() > Self::LIMIT {
                self.past.remove(0);
            }
            self.future.clear();
        }
        Ok(())
    }

    /// Goes one step back; false if there is none.
    pub fn undo(&mut self) -> bool {
        match self.past.pop() {
            Some(s) => {
                self.future.push(std::mem::replace(&mut self.present, s));
                true
            }
            None => false,
        }
    }

    /// Goes one step forward again; false if there is none.
    pub fn redo(&mut self) -> bool {
        match self.future.pop() {
            Some(s) => {
                self.past.push(std::mem::replace(&mut self.present, s));
                true
            }
            None => false,
        }
    }

    /// Whether undo would do something.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether redo would do something.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

/// People some company holds data of without their yes.
pub fn exposed_without_consent(s: &Scenario, exposure: &crate::core::engine::Exposure) -> usize {
    crate::present::figures::person_figures(s, exposure)
        .iter()
        .filter(|p| p.holdings.iter().any(|h| !h.ever_consented))
        .count()
}

/// "+4 people exposed without consent" (or "No change in who is exposed without consent").
pub fn describe_change(before: usize, after: usize) -> String {
    let d = after as i64 - before as i64;
    match d {
        0 => format!(
            "No change: {after} {} exposed without consent.",
            if after == 1 { "person" } else { "people" }
        ),
        d => format!(
            "{d:+} {} exposed without consent (now {after}).",
            if d.abs() == 1 { "person" } else { "people" }
        ),
    }
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
mod tests {
    use super::*;
    use crate::core::engine::Engine;
    use crate::core::model::Category;

    fn day(t: &str) -> Date {
        Date::parse(t).unwrap()
    }

    fn five_people_and_a_quiz() -> History {
        let mut h = History::new(empty(day("2014-01-01")));
        let edits = [
            Edit::SetFriendPermissions(vec![Interval {
                from: Some(day("2010-04-21")),
                until: Some(day("2015-04-30")),
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
        assert_eq!(crate::files::scenario::parse(&to_json(&s)), Ok(s));
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
                "id",
                "already the id of Quiz",
            ),
            (
                Edit::AddPerson {
                    id: "".into(),
                    name: "Nobody".into(),
                },
                "id",
                "cannot be empty",
            ),
            (
                Edit::AddPerson {
                    id: "dan".into(),
                    name: " ".into(),
                },
                "name",
                "cannot be empty",
            ),
            (
                Edit::AddFriendship {
                    a: "ana".into(),
                    b: "ana".into(),
                    messages: false,
                    interval: Interval::ALWAYS,
                },
                "between",
                "cannot be friends with themselves",
            ),
            (
                Edit::AddFriendship {
                    a: "ben".into(),
                    b: "ana".into(),
                    messages: false,
                    interval: Interval::ALWAYS,
                },
                "between",
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
                    },
                },
                "until",
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
                "scopes",
                "at least one",
            ),
            (
                Edit::AddTransfer {
                    from: "quiz".into(),
                    to: "quiz".into(),
                    categories: CategorySet::ALL,
                    interval: Interval::ALWAYS,
                },
                "to",
                "from one company to another",
            ),
            (Edit::RemoveGrant { index: 7 }, "index", "no longer exists"),
        ];
        for (edit, field, words) in cases {
            let r = h.edit(&edit).expect_err(&format!("{edit:?} was accepted"));
            assert_eq!(r.field, field, "{edit:?}: {r:?}");
            assert!(r.message.contains(words), "{edit:?}: {r:?}");
            assert_eq!(h, before, "a refused edit changed the history");
        }
    }

    #[test]
    fn dates_of_any_entry_can_be_changed_and_are_checked() {
        let mut h = five_people_and_a_quiz();
        let iv = Interval {
            from: Some(day("2012-01-01")),
            until: Some(day("2013-01-01")),
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
        };
        let r = h
            .edit(&Edit::SetInterval {
                what: Timed::Grant,
                index: 0,
                interval: backwards,
            })
            .unwrap_err();
        assert_eq!(r.field, "until");
        let r = h
            .edit(&Edit::SetInterval {
                what: Timed::Transfer,
                index: 0,
                interval: iv,
            })
            .unwrap_err();
        assert_eq!(r.field, "index");
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
            [
                crate::core::model::PersonIx(0),
                crate::core::model::PersonIx(1)
            ]
        );
    }

    #[test]
    fn undo_and_redo_walk_the_history_and_a_new_edit_drops_the_future() {
        let mut h = five_people_and_a_quiz();
        let full = h.present().clone();
        assert!(h.undo());
        assert_eq!(h.present().grants.len(), 0);
        assert!(h.redo());
        assert_eq!(h.present(), &full);
        assert!(!h.redo());
        h.undo();
        h.edit(&Edit::SetTitle("Other".into())).unwrap();
        assert!(!h.can_redo());
        let mut bounded = History::new(empty(day("2014-01-01")));
        for i in 0..(History::LIMIT + 20) {
            bounded.edit(&Edit::SetTitle(format!("t{i}"))).unwrap();
        }
        let mut undone = 0;
        while bounded.undo() {
            undone += 1;
        }
        assert_eq!(undone, History::LIMIT);
    }

    #[test]
    fn new_ids_come_from_names_and_stay_unique() {
        let h = five_people_and_a_quiz();
        assert_eq!(new_id(h.present(), "Dan O'Neil"), "dan-oneil");
        assert_eq!(new_id(h.present(), "Ana"), "ana-2");
        assert_eq!(new_id(h.present(), "???"), "node");
        assert_eq!(
            describe_change(1, 5),
            "+4 people exposed without consent (now 5)."
        );
        assert_eq!(
            describe_change(5, 4),
            "-1 person exposed without consent (now 4)."
        );
    }
}

/// Every sandbox the reader keeps, each with its own history, and the one open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    /// Key, name and history of each sandbox, in the order they were made.
    pub sandboxes: Vec<(String, String, History)>,
    /// The key of the open sandbox.
    pub current: Option<String>,
    /// Grows with every change, so views can tell that something changed cheaply.
    pub revision: u64,
    /// The last refused edit, for the form that sent it.
    pub refusal: Option<Refusal>,
    /// What the last change did, in words ("+4 people exposed without consent (now 5).").
    pub change: Option<String>,
}

/// Something done to the workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkAction {
    /// Replace everything with what storage held.
    Restore(crate::files::storage::Store),
    /// Make a new sandbox from `scenario` and open it.
    New { name: String, scenario: Scenario },
    /// Open the sandbox with this key.
    Open(String),
    /// Rename the sandbox with this key.
    Rename(String, String),
    /// Delete the sandbox with this key.
    Delete(String),
    /// Edit the open sandbox.
    Edit(Edit),
    /// Undo in the open sandbox.
    Undo,
    /// Redo in the open sandbox.
    Redo,
}

impl Workspace {
    /// The open sandbox's history.
    pub fn open(&self) -> Option<&History> {
        let key = self.current.as_ref()?;
        self.sandboxes
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, _, h)| h)
    }

    /// The open sandbox's name.
    pub fn open_name(&self) -> Option<&str> {
        let key = self.current.as_ref()?;
        self.sandboxes
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, n, _)| n.as_str())
    }

    /// What storage should keep.
    pub fn store(&self) -> crate::files::storage::Store {
        crate::files::storage::Store {
            sandboxes: self
                .sandboxes
                .iter()
                .map(|(key, name, h)| crate::files::storage::Saved {
                    key: key.clone(),
                    name: name.clone(),
                    scenario: h.present().clone(),
                })
                .collect(),
            current: self.current.clone(),
        }
    }

    /// Applies `action`.
    pub fn apply(&mut self, action: WorkAction) {
        self.refusal = None;
        self.change = None;
        match action {
            WorkAction::Restore(store) => {
                self.sandboxes = store
                    .sandboxes
                    .into_iter()
                    .map(|s| (s.key, s.name, History::new(s.scenario)))
                    .collect();
                self.current = store
                    .current
                    .filter(|c| self.sandboxes.iter().any(|(k, _, _)| k == c));
                if self.current.is_none() {
                    self.current = self.sandboxes.first().map(|(k, _, _)| k.clone());
                }
            }
            WorkAction::New { name, scenario } => {
                let key = self.store().fresh_key();
                self.sandboxes
                    .push((key.clone(), name, History::new(scenario)));
                self.current = Some(key);
            }
            WorkAction::Open(key) => {
                if self.sandboxes.iter().any(|(k, _, _)| *k == key) {
                    self.current = Some(key);
                }
            }
            WorkAction::Rename(key, name) => {
                let name = name.trim();
                if name.is_empty() {
                    self.refusal = Some(refuse("sandbox-name", "A sandbox needs a name."));
                    return;
                }
                if let Some((_, n, _)) = self.sandboxes.iter_mut().find(|(k, _, _)| *k == key) {
                    *n = name.chars().take(80).collect();
                }
            }
            WorkAction::Delete(key) => {
                self.sandboxes.retain(|(k, _, _)| *k != key);
                if self.current.as_ref() == Some(&key) {
                    self.current = self.sandboxes.first().map(|(k, _, _)| k.clone());
                }
            }
            WorkAction::Edit(edit) => {
                let Some(key) = self.current.clone() else {
                    return;
                };
                let Some((_, _, h)) = self.sandboxes.iter_mut().find(|(k, _, _)| *k == key) else {
                    return;
                };
                let before = exposed_now(h.present());
                match h.edit(&edit) {
                    Ok(()) => self.change = Some(describe_change(before, exposed_now(h.present()))),
                    Err(r) => {
                        self.refusal = Some(r);
                        return;
                    }
                }
            }
            WorkAction::Undo | WorkAction::Redo => {
                let Some(key) = self.current.clone() else {
                    return;
                };
                let Some((_, _, h)) = self.sandboxes.iter_mut().find(|(k, _, _)| *k == key) else {
                    return;
                };
                let before = exposed_now(h.present());
                let moved = if action == WorkAction::Undo {
                    h.undo()
                } else {
                    h.redo()
                };
                if !moved {
                    return;
                }
                self.change = Some(describe_change(before, exposed_now(h.present())));
            }
        }
        self.revision += 1;
    }
}

/// People exposed without consent on the scenario's own date.
fn exposed_now(s: &Scenario) -> usize {
    let engine = crate::core::engine::Engine::new(s.clone());
    let x = engine.access(s.date);
    exposed_without_consent(s, &x)
}

#[cfg(test)]
mod workspace_tests {
    use super::*;

    #[test]
    fn a_workspace_keeps_several_sandboxes_and_says_what_edits_did() {
        let mut w = Workspace::default();
        let day = Date::parse("2014-01-01").unwrap();
        w.apply(WorkAction::New {
            name: "Lesson 1".into(),
            scenario: empty(day),
        });
        w.apply(WorkAction::New {
            name: "Lesson 2".into(),
            scenario: empty(day),
        });
        assert_eq!(w.current.as_deref(), Some("s2"));
        w.apply(WorkAction::Edit(Edit::AddPerson {
            id: "ana".into(),
            name: "Ana".into(),
        }));
        assert_eq!(
            w.change.as_deref(),
            Some("No change: 0 people exposed without consent.")
        );
        w.apply(WorkAction::Edit(Edit::AddPerson {
            id: "ana".into(),
            name: "Again".into(),
        }));
        assert_eq!(w.refusal.as_ref().map(|r| r.field.as_str()), Some("id"));
        let r = w.revision;
        w.apply(WorkAction::Rename("s2".into(), "  ".into()));
        assert_eq!(w.revision, r, "a refused rename changes nothing");
        w.apply(WorkAction::Rename("s2".into(), "Quiz lesson".into()));
        assert_eq!(w.open_name(), Some("Quiz lesson"));
        let store = w.store();
        let mut again = Workspace::default();
        again.apply(WorkAction::Restore(
            crate::files::storage::decode(&crate::files::storage::encode(&store)).unwrap(),
        ));
        assert_eq!(again.store(), store);
        w.apply(WorkAction::Delete("s2".into()));
        assert_eq!(w.current.as_deref(), Some("s1"));
        w.apply(WorkAction::Undo);
        assert_eq!(w.open().unwrap().present().people.len(), 0);
    }
}

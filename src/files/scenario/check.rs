//! Pass two of reading: the rules serde cannot check, and the indexed [`Scenario`] they allow.
//!
//! References (ids of people, companies and sources), dates, intervals, unique ids, names and
//! the words of the format (categories, scopes, kinds of company, what-if switches) are checked
//! here, each problem reported with the JSON path of the value at fault. The scenario is built
//! along the way; it is handed out only when no problem was found. The shape of the file is
//! pass one's business ([`read`](super::read)).

use std::collections::HashMap;

use super::schema::{
    File, FileAgreement, FileCompany, FileFriendship, FileGrant, FilePerson, FileSource, FileStep,
    FileTransfer,
};
use super::{Problems, FORMAT, MAX_ID_LEN, MAX_NAME_LEN, MAX_TEXT_LEN, VERSION};
use crate::core::date::{Date, Illustrative, Interval};
use crate::core::model::{
    Agreement, Category, CategorySet, Company, CompanyIx, CompanyKind, FriendPermissions,
    Friendship, Grant, Guess, Node, Person, PersonIx, Scenario, Scope, Settings, Source, Step,
    Transfer, WhatIf,
};
use crate::say;

/// Checks the rules of one file, collecting problems as it goes.
pub(super) struct Checker<'p> {
    problems: &'p mut Problems,
    ids: HashMap<String, (Node, String)>,
    source_ids: HashMap<String, String>,
}

impl<'p> Checker<'p> {
    /// A checker that reports to `problems`.
    pub(super) fn new(problems: &'p mut Problems) -> Self {
        Checker {
            problems,
            ids: HashMap::new(),
            source_ids: HashMap::new(),
        }
    }

    /// Checks every rule of `file` and builds the scenario it describes; the scenario is only
    /// meaningful when no problem was reported.
    pub(super) fn check(mut self, file: File) -> Scenario {
        if let Some(format) = &file.format {
            if format != FORMAT {
                self.problems.push(
                    "format",
                    say!(
                        "problem-not-ours",
                        expected = FORMAT,
                        found = format.as_str()
                    ),
                );
            }
        }
        if let Some(version) = file.version {
            if version != VERSION {
                self.problems.push(
                    "version",
                    say!(
                        "problem-version",
                        version = version.to_string(),
                        reads = VERSION.to_string()
                    ),
                );
            }
        }
        let title = file.title.unwrap_or_default();
        self.name(&title, "title");
        let date = self.date(file.date.as_deref().unwrap_or(""), "date");

        let sources = self.sources(file.sources);
        let friend_permissions = file
            .policy
            .friend_permissions
            .iter()
            .enumerate()
            .map(|(i, iv)| {
                let path = format!("policy.friend_permissions[{i}]");
                let ends = (iv.from.as_deref(), iv.until.as_deref());
                self.interval(ends, (&iv.illustrative, &iv.unknown), &path)
            })
            .collect();

        let people = self.people(file.people);
        let companies = self.companies(file.companies);
        let friendships = self.friendships(file.friendships);
        let grants = self.grants(file.grants);
        let agreements = self.agreements(file.agreements);
        let transfers = self.transfers(file.transfers);
        let steps = self.steps(file.steps);

        Scenario {
            title,
            description: file.description,
            date: date.unwrap_or(Date::from_day_number(0)),
            sources,
            friend_permissions,
            people,
            companies,
            friendships,
            grants,
            agreements,
            transfers,
            steps,
        }
    }

    fn sources(&mut self, sources: Vec<FileSource>) -> Vec<Source> {
        let mut out = Vec::with_capacity(sources.len());
        for (i, s) in sources.into_iter().enumerate() {
            let path = format!("sources[{i}]");
            self.id_shape(&s.id, &format!("{path}.id"));
            match self.source_ids.get(&s.id) {
                Some(first) => self.problems.push(
                    format!("{path}.id"),
                    say!(
                        "problem-source-id-taken",
                        id = s.id.as_str(),
                        first = first.as_str()
                    ),
                ),
                None => {
                    self.source_ids.insert(s.id.clone(), path.clone());
                }
            }
            self.name(&s.title, &format!("{path}.title"));
            if let Some(publisher) = &s.publisher {
                self.name(publisher, &format!("{path}.publisher"));
            }
            let date = s
                .date
                .as_deref()
                .and_then(|d| self.date(d, &format!("{path}.date")));
            if let Some(url) = &s.url {
                let lower = url.to_ascii_lowercase();
                let web = lower.starts_with("https://") || lower.starts_with("http://");
                if !web || url.len() < 10 || url.chars().any(|c| c.is_control() || c == ' ') {
                    self.problems.push(
                        format!("{path}.url"),
                        say!("problem-not-web-address", value = shorten(url)),
                    );
                }
            }
            out.push(Source {
                id: s.id,
                title: s.title,
                publisher: s.publisher,
                date,
                url: s.url,
            });
        }
        out
    }

    fn people(&mut self, people: Vec<FilePerson>) -> Vec<Person> {
        let mut out = Vec::with_capacity(people.len());
        for (i, p) in people.into_iter().enumerate() {
            let path = format!("people[{i}]");
            self.new_id(&p.id, &path, Node::Person(PersonIx(i as u32)));
            self.name(&p.name, &format!("{path}.name"));
            let apps_others_use = match &p.apps_others_use {
                Some(list) => self.categories(list, &format!("{path}.apps_others_use")),
                None => Settings::DEFAULT.apps_others_use,
            };
            out.push(Person {
                id: p.id,
                name: p.name,
                platform_apps: p.platform_apps,
                apps_others_use,
            });
        }
        out
    }

    fn companies(&mut self, companies: Vec<FileCompany>) -> Vec<Company> {
        let mut out = Vec::with_capacity(companies.len());
        for (i, c) in companies.into_iter().enumerate() {
            let path = format!("companies[{i}]");
            self.new_id(&c.id, &path, Node::Company(CompanyIx(i as u32)));
            self.name(&c.name, &format!("{path}.name"));
            let kind = match c.kind.as_deref() {
                None => CompanyKind::App,
                Some(word) => CompanyKind::parse(word).unwrap_or_else(|| {
                    self.problems.push(
                        format!("{path}.kind"),
                        say!("problem-company-kind", value = shorten(word)),
                    );
                    CompanyKind::App
                }),
            };
            out.push(Company {
                id: c.id,
                name: c.name,
                kind,
            });
        }
        out
    }

    fn friendships(&mut self, friendships: Vec<FileFriendship>) -> Vec<Friendship> {
        let mut out = Vec::with_capacity(friendships.len());
        for (i, f) in friendships.into_iter().enumerate() {
            let path = format!("friendships[{i}]");
            let ends = (f.from.as_deref(), f.until.as_deref());
            let interval = self.interval(ends, (&f.illustrative, &f.unknown), &path);
            if f.between.len() != 2 {
                self.problems.push(
                    format!("{path}.between"),
                    say!("problem-friendship-two", count = f.between.len()),
                );
                continue;
            }
            let a = self.person_ref(&f.between[0], &format!("{path}.between[0]"));
            let b = self.person_ref(&f.between[1], &format!("{path}.between[1]"));
            if f.between[0] == f.between[1] {
                self.problems.push(
                    format!("{path}.between[1]"),
                    say!("problem-friends-with-self", id = f.between[0].as_str()),
                );
                continue;
            }
            if let (Some(a), Some(b)) = (a, b) {
                out.push(Friendship {
                    between: [a, b],
                    messages: f.messages,
                    interval,
                });
            }
        }
        out
    }

    fn grants(&mut self, grants: Vec<FileGrant>) -> Vec<Grant> {
        let mut out = Vec::with_capacity(grants.len());
        for (i, g) in grants.into_iter().enumerate() {
            let path = format!("grants[{i}]");
            let person = self.person_ref(&g.person, &format!("{path}.person"));
            let company = self.company_ref(&g.company, &format!("{path}.company"));
            let ends = (g.from.as_deref(), g.until.as_deref());
            let interval = self.interval(ends, (&g.illustrative, &g.unknown), &path);
            self.source_ref(g.source.as_deref(), &path);
            if g.scopes.is_empty() {
                self.problems
                    .push(format!("{path}.scopes"), say!("problem-grant-no-scope"));
            }
            let mut scopes = Vec::with_capacity(g.scopes.len());
            for (j, text) in g.scopes.iter().enumerate() {
                if let Some(scope) = self.scope(text, &format!("{path}.scopes[{j}]")) {
                    if !scopes.contains(&scope) {
                        scopes.push(scope);
                    }
                }
            }
            if let (Some(person), Some(company)) = (person, company) {
                out.push(Grant {
                    person,
                    company,
                    scopes,
                    explicit: g.explicit,
                    interval,
                    source: g.source,
                });
            }
        }
        out
    }

    fn agreements(&mut self, agreements: Vec<FileAgreement>) -> Vec<Agreement> {
        let mut out = Vec::with_capacity(agreements.len());
        for (i, a) in agreements.into_iter().enumerate() {
            let path = format!("agreements[{i}]");
            let company = self.company_ref(&a.company, &format!("{path}.company"));
            let ends = (a.from.as_deref(), a.until.as_deref());
            let interval = self.interval(ends, (&a.illustrative, &a.unknown), &path);
            self.source_ref(a.source.as_deref(), &path);
            let friend_data = self.categories(&a.friend_data, &format!("{path}.friend_data"));
            let all_users = self.categories(&a.all_users, &format!("{path}.all_users"));
            if let Some(company) = company {
                out.push(Agreement {
                    company,
                    friend_data,
                    ignores_settings: a.ignores_settings,
                    all_users,
                    interval,
                    source: a.source,
                });
            }
        }
        out
    }

    fn transfers(&mut self, transfers: Vec<FileTransfer>) -> Vec<Transfer> {
        let mut out = Vec::with_capacity(transfers.len());
        for (i, t) in transfers.into_iter().enumerate() {
            let path = format!("transfers[{i}]");
            let from = self.company_ref(&t.from_company, &format!("{path}.from_company"));
            let to = self.company_ref(&t.to_company, &format!("{path}.to_company"));
            let ends = (t.from.as_deref(), t.until.as_deref());
            let interval = self.interval(ends, (&t.illustrative, &t.unknown), &path);
            self.source_ref(t.source.as_deref(), &path);
            if t.from_company == t.to_company {
                self.problems.push(
                    format!("{path}.to_company"),
                    say!("problem-transfer-same", id = t.to_company.as_str()),
                );
            }
            if t.categories.is_empty() {
                self.problems.push(
                    format!("{path}.categories"),
                    say!("problem-transfer-no-category"),
                );
            }
            let categories = self.categories(&t.categories, &format!("{path}.categories"));
            if let (Some(from_company), Some(to_company)) = (from, to) {
                out.push(Transfer {
                    from_company,
                    to_company,
                    categories,
                    interval,
                    source: t.source,
                });
            }
        }
        out
    }

    fn steps(&mut self, steps: Vec<FileStep>) -> Vec<Step> {
        let mut out = Vec::with_capacity(steps.len());
        for (i, s) in steps.into_iter().enumerate() {
            let path = format!("steps[{i}]");
            self.name(&s.title, &format!("{path}.title"));
            self.step_text(&s.text, &format!("{path}.text"));
            let collected = self.step_mode(s.mode.as_deref(), &format!("{path}.mode"));
            let date = s
                .date
                .as_deref()
                .and_then(|d| self.date(d, &format!("{path}.date")));
            for (j, id) in s.highlight.iter().enumerate() {
                if !self.ids.contains_key(id) {
                    self.problems.push(
                        format!("{path}.highlight[{j}]"),
                        say!("problem-no-such-id", id = shorten(id)),
                    );
                }
            }
            self.source_ref(s.source.as_deref(), &path);
            let what_if = s.what_if.map(|w| {
                let friend_permissions = match w.friend_permissions.as_deref() {
                    None => FriendPermissions::AsScenario,
                    Some(word) => FriendPermissions::parse(word).unwrap_or_else(|| {
                        self.problems.push(
                            format!("{path}.what_if.friend_permissions"),
                            say!("problem-what-if-choice", value = shorten(word)),
                        );
                        FriendPermissions::AsScenario
                    }),
                };
                WhatIf {
                    friend_permissions,
                    no_deals: !w.deals,
                    everyone_opted_out: w.everyone_opted_out,
                    people: Default::default(),
                }
            });
            let guess = s.guess.and_then(|g| {
                let company = self.company_ref(&g.company, &format!("{path}.guess.company"));
                let by = self.date(&g.by, &format!("{path}.guess.by"));
                Some(Guess {
                    company: company?,
                    by: by?,
                })
            });
            out.push(Step {
                title: s.title,
                text: s.text,
                date,
                highlight: s.highlight,
                source: s.source,
                what_if: what_if.unwrap_or_default(),
                collected,
                guess,
            });
        }
        out
    }

    /// A step's text: plain paragraphs (a blank line between two), read as text and never as
    /// markup, of some words and at most [`MAX_TEXT_LEN`] characters, with no control
    /// character but the line break and the tab.
    fn step_text(&mut self, text: &str, path: &str) {
        if text.trim().is_empty() {
            self.problems.push(path, say!("problem-step-no-text"));
        } else if text.chars().count() > MAX_TEXT_LEN {
            self.problems.push(
                path,
                say!(
                    "problem-step-too-long",
                    most = MAX_TEXT_LEN.to_string(),
                    count = text.chars().count().to_string()
                ),
            );
        } else if text
            .chars()
            .any(|c| super::unwritable(c) && c != '\n' && c != '\t')
        {
            self.problems.push(path, say!("problem-step-control"));
        }
    }

    /// A step's `mode`: `"access"` (the default) or `"collected"`; whether it is collected.
    fn step_mode(&mut self, mode: Option<&str>, path: &str) -> bool {
        match mode {
            None | Some("access") => false,
            Some("collected") => true,
            Some(word) => {
                self.problems
                    .push(path, say!("problem-step-mode", value = shorten(word)));
                false
            }
        }
    }

    // --- single values

    fn id_shape(&mut self, id: &str, path: &str) {
        if id.is_empty() {
            self.problems.push(path, say!("problem-id-empty"));
        } else if id.len() > MAX_ID_LEN {
            self.problems.push(
                path,
                say!(
                    "problem-id-too-long",
                    most = MAX_ID_LEN.to_string(),
                    count = id.len().to_string()
                ),
            );
        } else if id.trim() != id || id.chars().any(super::unwritable) {
            self.problems.push(
                path,
                say!("problem-id-control", id = id.escape_debug().to_string()),
            );
        }
    }

    fn new_id(&mut self, id: &str, path: &str, node: Node) {
        let id_path = format!("{path}.id");
        self.id_shape(id, &id_path);
        match self.ids.get(id) {
            Some((_, first)) => self.problems.push(
                id_path,
                say!("problem-id-taken", id = shorten(id), first = first.as_str()),
            ),
            None => {
                self.ids.insert(id.to_string(), (node, path.to_string()));
            }
        }
    }

    fn name(&mut self, name: &str, path: &str) {
        if name.trim().is_empty() {
            self.problems.push(path, say!("problem-name-empty"));
        } else if name.chars().count() > MAX_NAME_LEN {
            self.problems.push(
                path,
                say!("problem-name-too-long", most = MAX_NAME_LEN.to_string()),
            );
        } else if name.chars().any(super::unwritable) {
            self.problems.push(path, say!("problem-name-control"));
        }
    }

    fn date(&mut self, text: &str, path: &str) -> Option<Date> {
        match crate::files::read_date(text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problems.push(path, e);
                None
            }
        }
    }

    /// The period an element at `path` holds for, from its `from` and `until` dates and its
    /// lists of which of them are illustrative and which unknown: every date and list checked.
    fn interval(
        &mut self,
        (from, until): (Option<&str>, Option<&str>),
        (illustrative, unknown): (&[String], &[String]),
        path: &str,
    ) -> Interval {
        let from = from.and_then(|d| self.date(d, &format!("{path}.from")));
        let until = until.and_then(|d| self.date(d, &format!("{path}.until")));
        if let (Some(f), Some(u)) = (from, until) {
            if u <= f {
                let when = if u == f { "same" } else { "before" };
                self.problems.push(
                    format!("{path}.until"),
                    say!(
                        "problem-never-active",
                        until = u.to_string(),
                        from = f.to_string(),
                        when = when
                    ),
                );
            }
        }
        let dates = Interval {
            from,
            until,
            illustrative: Default::default(),
        };
        Interval {
            illustrative: self.illustrative(illustrative, unknown, &dates, path),
            ..dates
        }
    }

    /// The ends `illustrative` marks illustrative and `unknown` marks unknown; each list holds
    /// `from` or `until`, each once, an end the element has, and no end is in both.
    fn illustrative(
        &mut self,
        illustrative: &[String],
        unknown: &[String],
        interval: &Interval,
        path: &str,
    ) -> Illustrative {
        let (from, until) = self.ends(illustrative, "illustrative", interval, path);
        let (from_unknown, until_unknown) = self.ends(unknown, "unknown", interval, path);
        for (end, both) in [
            ("from", from && from_unknown),
            ("until", until && until_unknown),
        ] {
            if both {
                let i = unknown.iter().position(|n| n == end).unwrap_or(0);
                self.problems.push(
                    format!("{path}.unknown[{i}]"),
                    say!("problem-illustrative-and-unknown", end = end),
                );
            }
        }
        Illustrative {
            from,
            until,
            from_unknown,
            until_unknown,
        }
    }

    /// The ends `names` (the list `list`) marks: `from` and `until`.
    fn ends(
        &mut self,
        names: &[String],
        list: &str,
        interval: &Interval,
        path: &str,
    ) -> (bool, bool) {
        let (mut from, mut until) = (false, false);
        for (i, name) in names.iter().enumerate() {
            let at = format!("{path}.{list}[{i}]");
            let (end, has) = match name.as_str() {
                "from" => (&mut from, interval.from.is_some()),
                "until" => (&mut until, interval.until.is_some()),
                _ => {
                    self.problems
                        .push(at, say!("problem-not-an-end", value = shorten(name)));
                    continue;
                }
            };
            if *end {
                self.problems
                    .push(at, say!("problem-end-twice", end = name.as_str()));
            } else if !has {
                self.problems.push(
                    at,
                    say!("problem-end-missing", end = name.as_str(), list = list),
                );
            }
            *end = true;
        }
        (from, until)
    }

    fn categories(&mut self, names: &[String], path: &str) -> CategorySet {
        let mut set = CategorySet::EMPTY;
        for (i, name) in names.iter().enumerate() {
            match Category::parse(name) {
                Some(c) => set.insert(c),
                None => self
                    .problems
                    .push(format!("{path}[{i}]"), unknown_category(name)),
            }
        }
        set
    }

    fn scope(&mut self, text: &str, path: &str) -> Option<Scope> {
        let (friends, name) = match text.strip_prefix("friends.") {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let Some(category) = Category::parse(name) else {
            let hint = if friends {
                unknown_category(name)
            } else {
                say!("problem-unknown-scope", category = unknown_category(name))
            };
            self.problems.push(path, hint);
            return None;
        };
        if friends && category == Category::Messages {
            self.problems.push(path, say!("problem-friends-messages"));
            return None;
        }
        Some(if friends {
            Scope::Friends(category)
        } else {
            Scope::Own(category)
        })
    }

    fn person_ref(&mut self, id: &str, path: &str) -> Option<PersonIx> {
        match self.ids.get(id) {
            Some((Node::Person(p), _)) => Some(*p),
            Some((Node::Company(_), _)) => {
                self.problems
                    .push(path, say!("problem-needs-person", id = shorten(id)));
                None
            }
            None => {
                self.problems
                    .push(path, say!("problem-no-such-person", id = shorten(id)));
                None
            }
        }
    }

    fn company_ref(&mut self, id: &str, path: &str) -> Option<CompanyIx> {
        match self.ids.get(id) {
            Some((Node::Company(c), _)) => Some(*c),
            Some((Node::Person(_), _)) => {
                self.problems
                    .push(path, say!("problem-needs-company", id = shorten(id)));
                None
            }
            None => {
                self.problems
                    .push(path, say!("problem-no-such-company", id = shorten(id)));
                None
            }
        }
    }

    fn source_ref(&mut self, id: Option<&str>, path: &str) {
        if let Some(id) = id {
            if !self.source_ids.contains_key(id) {
                self.problems.push(
                    format!("{path}.source"),
                    say!("problem-no-such-source", id = shorten(id)),
                );
            }
        }
    }
}

fn unknown_category(name: &str) -> String {
    let all: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    say!(
        "problem-unknown-category",
        value = shorten(name),
        all = all.join(", ")
    )
}

/// Cuts hostile or accidental long values down for messages.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    let escaped: String = text.escape_debug().collect();
    if escaped.chars().count() <= MAX {
        escaped
    } else {
        let head: String = escaped.chars().take(MAX).collect();
        format!("{head}…")
    }
}

//! Scenario files, format version 1: the only module that knows JSON.
//!
//! Reading happens in two passes. The first decodes the JSON into plain serde types, element by
//! element, so that one broken grant does not hide a broken person further down; every unknown
//! field is refused there. The second checks the rules serde cannot (references, dates,
//! intervals, unique ids) and builds the indexed [`Scenario`]. Either pass reports every problem
//! it finds, each with the JSON path of the value at fault. Nothing here panics on any input.
//!
//! Writing a scenario back to a file is left to the sandbox, which needs it.

use std::collections::HashMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use crate::core::date::{Date, Interval};
use crate::core::model::{
    Agreement, Category, CategorySet, Company, CompanyIx, CompanyKind, Friendship, Grant, Node,
    Person, PersonIx, Scenario, Scope, Source, Step, Transfer,
};
use crate::core::model::{FriendPermissions, WhatIf};

/// The value of the `format` field.
pub const FORMAT: &str = "spillover-scenario";
/// The format version this code reads.
pub const VERSION: u64 = 1;
/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 100;
/// The longest name or title accepted, in characters.
pub const MAX_NAME_LEN: usize = 200;

/// One thing wrong with a scenario file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path (`grants[3].scopes[1]`), or empty for the file as a whole.
    pub path: String,
    /// Line and column, for a file that is not JSON at all.
    pub position: Option<(usize, usize)>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.position, self.path.is_empty()) {
            (Some((line, column)), _) => {
                write!(f, "line {line}, column {column}: {}", self.message)
            }
            (None, true) => f.write_str(&self.message),
            (None, false) => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Reads a scenario file, or says everything that is wrong with it.
pub fn parse(text: &str) -> Result<Scenario, Vec<Problem>> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![Problem {
            path: String::new(),
            position: Some((e.line(), e.column())),
            message: json_error_words(&e),
        }]
    })?;
    let mut problems = Problems::default();
    let file = decode_file(&value, &mut problems);
    match file {
        Some(file) if problems.0.is_empty() => {
            let scenario = Checker::new(&mut problems).check(file);
            if problems.0.is_empty() {
                Ok(scenario)
            } else {
                Err(problems.0)
            }
        }
        _ => Err(problems.0),
    }
}

fn json_error_words(e: &serde_json::Error) -> String {
    use serde_json::error::Category as C;
    let detail = e.to_string();
    // serde_json appends " at line L column C"; the position is reported on its own.
    let detail = detail
        .rsplit_once(" at line ")
        .map_or(detail.as_str(), |(head, _)| head);
    match e.classify() {
        C::Eof => format!("the file ends too early ({detail}); is it cut short?"),
        C::Syntax => format!("this is not valid JSON: {detail}"),
        C::Io | C::Data => detail.to_string(),
    }
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            path: path.into(),
            position: None,
            message: message.into(),
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Pass one: the file's shape.

const TOP_FIELDS: &[&str] = &[
    "format",
    "version",
    "title",
    "description",
    "date",
    "sources",
    "policy",
    "people",
    "companies",
    "friendships",
    "grants",
    "agreements",
    "transfers",
    "steps",
];

#[derive(Default)]
struct File {
    format: Option<String>,
    version: Option<u64>,
    title: Option<String>,
    description: String,
    date: Option<String>,
    sources: Vec<FileSource>,
    policy: FilePolicy,
    people: Vec<FilePerson>,
    companies: Vec<FileCompany>,
    friendships: Vec<FileFriendship>,
    grants: Vec<FileGrant>,
    agreements: Vec<FileAgreement>,
    transfers: Vec<FileTransfer>,
    steps: Vec<FileStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSource {
    id: String,
    title: String,
    publisher: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FilePolicy {
    #[serde(default)]
    friend_permissions: Vec<FileInterval>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileInterval {
    from: Option<String>,
    until: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FilePerson {
    id: String,
    name: String,
    #[serde(default = "yes")]
    platform_apps: bool,
    apps_others_use: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileCompany {
    id: String,
    name: String,
    kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFriendship {
    between: Vec<String>,
    #[serde(default)]
    messages: bool,
    from: Option<String>,
    until: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileGrant {
    person: String,
    company: String,
    scopes: Vec<String>,
    #[serde(default = "yes")]
    explicit: bool,
    from: Option<String>,
    until: Option<String>,
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileAgreement {
    company: String,
    #[serde(default)]
    friend_data: Vec<String>,
    #[serde(default)]
    ignores_settings: bool,
    #[serde(default)]
    all_users: Vec<String>,
    from: Option<String>,
    until: Option<String>,
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileTransfer {
    from_company: String,
    to_company: String,
    categories: Vec<String>,
    from: Option<String>,
    until: Option<String>,
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileStep {
    title: String,
    text: String,
    date: Option<String>,
    #[serde(default)]
    highlight: Vec<String>,
    source: Option<String>,
    what_if: Option<FileWhatIf>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileWhatIf {
    friend_permissions: Option<String>,
    #[serde(default = "yes")]
    deals: bool,
    #[serde(default)]
    everyone_opted_out: bool,
}

fn yes() -> bool {
    true
}

fn decode_file(value: &Value, problems: &mut Problems) -> Option<File> {
    let Some(object) = value.as_object() else {
        problems.push(
            "",
            format!(
                "a scenario file holds one JSON object ({{ \"format\": \"{FORMAT}\", … }}), not {}",
                kind_of(value)
            ),
        );
        return None;
    };
    let mut file = File::default();
    for (key, value) in object {
        let path = key.as_str();
        match path {
            "format" => file.format = decode(value, path, problems),
            "version" => file.version = decode(value, path, problems),
            "title" => file.title = decode(value, path, problems),
            "description" => file.description = decode(value, path, problems).unwrap_or_default(),
            "date" => file.date = decode(value, path, problems),
            "sources" => file.sources = decode_list(value, path, problems),
            "policy" => file.policy = decode(value, path, problems).unwrap_or_default(),
            "people" => file.people = decode_list(value, path, problems),
            "companies" => file.companies = decode_list(value, path, problems),
            "friendships" => file.friendships = decode_list(value, path, problems),
            "grants" => file.grants = decode_list(value, path, problems),
            "agreements" => file.agreements = decode_list(value, path, problems),
            "transfers" => file.transfers = decode_list(value, path, problems),
            "steps" => file.steps = decode_list(value, path, problems),
            _ => problems.push(
                path,
                format!(
                    "unknown field `{key}`; a scenario's fields are {}",
                    TOP_FIELDS.join(", ")
                ),
            ),
        }
    }
    for required in ["format", "version", "title", "date"] {
        if !object.contains_key(required) {
            problems.push("", format!("missing field `{required}`"));
        }
    }
    Some(file)
}

fn decode<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Problems) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let inner = e.path().to_string();
            let full = match inner.as_str() {
                "." | "" => path.to_string(),
                _ if inner.starts_with('[') => format!("{path}{inner}"),
                _ => format!("{path}.{inner}"),
            };
            problems.push(full, e.into_inner().to_string());
            None
        }
    }
}

fn decode_list<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Problems) -> Vec<T> {
    let Some(items) = value.as_array() else {
        problems.push(path, format!("expected a list, found {}", kind_of(value)));
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| decode(item, &format!("{path}[{i}]"), problems))
        .collect()
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

// ---------------------------------------------------------------------------------------------
// Pass two: the rules.

struct Checker<'p> {
    problems: &'p mut Problems,
    ids: HashMap<String, (Node, String)>,
    source_ids: HashMap<String, String>,
}

impl<'p> Checker<'p> {
    fn new(problems: &'p mut Problems) -> Self {
        Checker {
            problems,
            ids: HashMap::new(),
            source_ids: HashMap::new(),
        }
    }

    fn check(mut self, file: File) -> Scenario {
        if let Some(format) = &file.format {
            if format != FORMAT {
                self.problems.push(
                    "format",
                    format!("this is not a Spillover scenario: `format` must be \"{FORMAT}\", not \"{format}\""),
                );
            }
        }
        if let Some(version) = file.version {
            if version != VERSION {
                self.problems.push(
                    "version",
                    format!("this file is format version {version}; this Spillover reads version {VERSION}"),
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
                self.interval(iv.from.as_deref(), iv.until.as_deref(), &path)
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
                    format!("`{}` is already the id of {first}", s.id),
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
                        format!(
                            "\"{}\" is not a web address starting with https:// or http://",
                            shorten(url)
                        ),
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
                None => CategorySet::ALL.without(Category::Messages),
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
                        format!("\"{}\" is not a kind of company; use \"app\", \"partner\" or \"broker\"", shorten(word)),
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
            let interval = self.interval(f.from.as_deref(), f.until.as_deref(), &path);
            if f.between.len() != 2 {
                self.problems.push(
                    format!("{path}.between"),
                    format!(
                        "a friendship is between exactly two people, not {}",
                        f.between.len()
                    ),
                );
                continue;
            }
            let a = self.person_ref(&f.between[0], &format!("{path}.between[0]"));
            let b = self.person_ref(&f.between[1], &format!("{path}.between[1]"));
            if f.between[0] == f.between[1] {
                self.problems.push(
                    format!("{path}.between[1]"),
                    format!("`{}` cannot be friends with themselves", f.between[0]),
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
            let interval = self.interval(g.from.as_deref(), g.until.as_deref(), &path);
            self.source_ref(g.source.as_deref(), &path);
            if g.scopes.is_empty() {
                self.problems.push(
                    format!("{path}.scopes"),
                    "a grant needs at least one scope, such as \"likes\" or \"friends.likes\"",
                );
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
            let interval = self.interval(a.from.as_deref(), a.until.as_deref(), &path);
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
            let interval = self.interval(t.from.as_deref(), t.until.as_deref(), &path);
            self.source_ref(t.source.as_deref(), &path);
            if t.from_company == t.to_company {
                self.problems.push(
                    format!("{path}.to_company"),
                    format!(
                        "a transfer goes from one company to another, but both are `{}`",
                        t.to_company
                    ),
                );
            }
            if t.categories.is_empty() {
                self.problems.push(
                    format!("{path}.categories"),
                    "a transfer needs at least one category",
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
            if s.text.trim().is_empty() {
                self.problems
                    .push(format!("{path}.text"), "a step needs some text");
            }
            let date = s
                .date
                .as_deref()
                .and_then(|d| self.date(d, &format!("{path}.date")));
            for (j, id) in s.highlight.iter().enumerate() {
                if !self.ids.contains_key(id) {
                    self.problems.push(
                        format!("{path}.highlight[{j}]"),
                        format!("no person or company has the id `{}`", shorten(id)),
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
                            format!("\"{}\" is not a choice here; use \"as_scenario\", \"never\" or \"always\"", shorten(word)),
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
            out.push(Step {
                title: s.title,
                text: s.text,
                date,
                highlight: s.highlight,
                source: s.source,
                what_if: what_if.unwrap_or_default(),
            });
        }
        out
    }

    // --- single values

    fn id_shape(&mut self, id: &str, path: &str) {
        if id.is_empty() {
            self.problems.push(path, "an id cannot be empty");
        } else if id.len() > MAX_ID_LEN {
            self.problems.push(
                path,
                format!(
                    "an id is at most {MAX_ID_LEN} bytes long; this one has {}",
                    id.len()
                ),
            );
        } else if id.trim() != id || id.chars().any(char::is_control) {
            self.problems.push(
                path,
                format!(
                    "the id \"{}\" starts or ends with a space, or holds a control character",
                    id.escape_debug()
                ),
            );
        }
    }

    fn new_id(&mut self, id: &str, path: &str, node: Node) {
        let id_path = format!("{path}.id");
        self.id_shape(id, &id_path);
        match self.ids.get(id) {
            Some((_, first)) => self.problems.push(
                id_path,
                format!(
                    "`{}` is already the id of {first}; ids are unique among people and companies",
                    shorten(id)
                ),
            ),
            None => {
                self.ids.insert(id.to_string(), (node, path.to_string()));
            }
        }
    }

    fn name(&mut self, name: &str, path: &str) {
        if name.trim().is_empty() {
            self.problems.push(path, "this cannot be empty");
        } else if name.chars().count() > MAX_NAME_LEN {
            self.problems.push(
                path,
                format!("this is longer than {MAX_NAME_LEN} characters"),
            );
        } else if name.chars().any(char::is_control) {
            self.problems.push(path, "this holds a control character");
        }
    }

    fn date(&mut self, text: &str, path: &str) -> Option<Date> {
        match Date::parse(text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problems.push(path, e);
                None
            }
        }
    }

    fn interval(&mut self, from: Option<&str>, until: Option<&str>, path: &str) -> Interval {
        let from = from.and_then(|d| self.date(d, &format!("{path}.from")));
        let until = until.and_then(|d| self.date(d, &format!("{path}.until")));
        if let (Some(f), Some(u)) = (from, until) {
            if u <= f {
                let what = if u == f { "on the day" } else { "before" };
                self.problems.push(
                    format!("{path}.until"),
                    format!("this ends ({u}) {what} it starts ({f}), so it is never active; `until` is the first day it no longer holds"),
                );
            }
        }
        Interval { from, until }
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
                format!("{}; a friend's data is asked for as \"friends.\" and a category, such as \"friends.likes\"", unknown_category(name))
            };
            self.problems.push(path, hint);
            return None;
        };
        if friends && category == Category::Messages {
            self.problems.push(
                path,
                "\"friends.messages\" does not exist: messages reach a company through the mailbox rule, so grant \"messages\" instead",
            );
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
                self.problems.push(
                    path,
                    format!("`{}` is a company, and this needs a person", shorten(id)),
                );
                None
            }
            None => {
                self.problems
                    .push(path, format!("no person has the id `{}`", shorten(id)));
                None
            }
        }
    }

    fn company_ref(&mut self, id: &str, path: &str) -> Option<CompanyIx> {
        match self.ids.get(id) {
            Some((Node::Company(c), _)) => Some(*c),
            Some((Node::Person(_), _)) => {
                self.problems.push(
                    path,
                    format!("`{}` is a person, and this needs a company", shorten(id)),
                );
                None
            }
            None => {
                self.problems
                    .push(path, format!("no company has the id `{}`", shorten(id)));
                None
            }
        }
    }

    fn source_ref(&mut self, id: Option<&str>, path: &str) {
        if let Some(id) = id {
            if !self.source_ids.contains_key(id) {
                self.problems.push(
                    format!("{path}.source"),
                    format!("no entry of `sources` has the id `{}`", shorten(id)),
                );
            }
        }
    }
}

fn unknown_category(name: &str) -> String {
    let all: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    format!(
        "\"{}\" is not a category; the categories are {}",
        shorten(name),
        all.join(", ")
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

/// Writes `s` as a scenario file, format version 1, pretty-printed, leaving out every field
/// that holds its default. [`parse`] reads the text back to a scenario equal to `s`.
pub fn to_json(s: &Scenario) -> String {
    use serde_json::{json, Map};
    fn interval(v: &mut Map<String, Value>, i: &Interval) {
        if let Some(f) = i.from {
            v.insert("from".into(), json!(f.to_string()));
        }
        if let Some(u) = i.until {
            v.insert("until".into(), json!(u.to_string()));
        }
    }
    fn cats(c: CategorySet) -> Value {
        json!(c.iter().map(|c| c.as_str()).collect::<Vec<_>>())
    }
    fn source(v: &mut Map<String, Value>, s: &Option<String>) {
        if let Some(s) = s {
            v.insert("source".into(), json!(s));
        }
    }
    let default_settings = CategorySet::ALL.without(Category::Messages);
    let mut top = Map::new();
    top.insert("format".into(), json!(FORMAT));
    top.insert("version".into(), json!(VERSION));
    top.insert("title".into(), json!(s.title));
    if !s.description.is_empty() {
        top.insert("description".into(), json!(s.description));
    }
    top.insert("date".into(), json!(s.date.to_string()));
    if !s.sources.is_empty() {
        let list: Vec<Value> = s
            .sources
            .iter()
            .map(|src| {
                let mut v = Map::new();
                v.insert("id".into(), json!(src.id));
                v.insert("title".into(), json!(src.title));
                if let Some(p) = &src.publisher {
                    v.insert("publisher".into(), json!(p));
                }
                if let Some(d) = src.date {
                    v.insert("date".into(), json!(d.to_string()));
                }
                if let Some(u) = &src.url {
                    v.insert("url".into(), json!(u));
                }
                Value::Object(v)
            })
            .collect();
        top.insert("sources".into(), json!(list));
    }
    if !s.friend_permissions.is_empty() {
        let periods: Vec<Value> = s
            .friend_permissions
            .iter()
            .map(|i| {
                let mut v = Map::new();
                interval(&mut v, i);
                Value::Object(v)
            })
            .collect();
        top.insert("policy".into(), json!({ "friend_permissions": periods }));
    }
    let people: Vec<Value> = s
        .people
        .iter()
        .map(|p| {
            let mut v = Map::new();
            v.insert("id".into(), json!(p.id));
            v.insert("name".into(), json!(p.name));
            if !p.platform_apps {
                v.insert("platform_apps".into(), json!(false));
            }
            if p.apps_others_use != default_settings {
                v.insert("apps_others_use".into(), cats(p.apps_others_use));
            }
            Value::Object(v)
        })
        .collect();
    top.insert("people".into(), json!(people));
    let companies: Vec<Value> = s
        .companies
        .iter()
        .map(|c| {
            let mut v = Map::new();
            v.insert("id".into(), json!(c.id));
            v.insert("name".into(), json!(c.name));
            if c.kind != CompanyKind::App {
                v.insert("kind".into(), json!(c.kind.as_str()));
            }
            Value::Object(v)
        })
        .collect();
    top.insert("companies".into(), json!(companies));
    let id_p = |p: PersonIx| json!(s.person(p).id);
    let id_c = |c: CompanyIx| json!(s.company(c).id);
    let friendships: Vec<Value> = s
        .friendships
        .iter()
        .map(|f| {
            let mut v = Map::new();
            v.insert(
                "between".into(),
                json!([id_p(f.between[0]), id_p(f.between[1])]),
            );
            if f.messages {
                v.insert("messages".into(), json!(true));
            }
            interval(&mut v, &f.interval);
            Value::Object(v)
        })
        .collect();
    if !friendships.is_empty() {
        top.insert("friendships".into(), json!(friendships));
    }
    let grants: Vec<Value> = s
        .grants
        .iter()
        .map(|g| {
            let mut v = Map::new();
            v.insert("person".into(), id_p(g.person));
            v.insert("company".into(), id_c(g.company));
            v.insert(
                "scopes".into(),
                json!(g.scopes.iter().map(|sc| sc.to_string()).collect::<Vec<_>>()),
            );
            if !g.explicit {
                v.insert("explicit".into(), json!(false));
            }
            interval(&mut v, &g.interval);
            source(&mut v, &g.source);
            Value::Object(v)
        })
        .collect();
    if !grants.is_empty() {
        top.insert("grants".into(), json!(grants));
    }
    let agreements: Vec<Value> = s
        .agreements
        .iter()
        .map(|a| {
            let mut v = Map::new();
            v.insert("company".into(), id_c(a.company));
            if !a.friend_data.is_empty() {
                v.insert("friend_data".into(), cats(a.friend_data));
            }
            if a.ignores_settings {
                v.insert("ignores_settings".into(), json!(true));
            }
            if !a.all_users.is_empty() {
                v.insert("all_users".into(), cats(a.all_users));
            }
            interval(&mut v, &a.interval);
            source(&mut v, &a.source);
            Value::Object(v)
        })
        .collect();
    if !agreements.is_empty() {
        top.insert("agreements".into(), json!(agreements));
    }
    let transfers: Vec<Value> = s
        .transfers
        .iter()
        .map(|t| {
            let mut v = Map::new();
            v.insert("from_company".into(), id_c(t.from_company));
            v.insert("to_company".into(), id_c(t.to_company));
            v.insert("categories".into(), cats(t.categories));
            interval(&mut v, &t.interval);
            source(&mut v, &t.source);
            Value::Object(v)
        })
        .collect();
    if !transfers.is_empty() {
        top.insert("transfers".into(), json!(transfers));
    }
    if !s.steps.is_empty() {
        let steps: Vec<Value> = s
            .steps
            .iter()
            .map(|st| {
                let mut v = Map::new();
                v.insert("title".into(), json!(st.title));
                v.insert("text".into(), json!(st.text));
                if let Some(d) = st.date {
                    v.insert("date".into(), json!(d.to_string()));
                }
                if !st.highlight.is_empty() {
                    v.insert("highlight".into(), json!(st.highlight));
                }
                source(&mut v, &st.source);
                let w = &st.what_if;
                if w.friend_permissions != FriendPermissions::AsScenario
                    || w.no_deals
                    || w.everyone_opted_out
                {
                    let mut wv = Map::new();
                    if w.friend_permissions != FriendPermissions::AsScenario {
                        wv.insert(
                            "friend_permissions".into(),
                            json!(w.friend_permissions.as_str()),
                        );
                    }
                    if w.no_deals {
                        wv.insert("deals".into(), json!(false));
                    }
                    if w.everyone_opted_out {
                        wv.insert("everyone_opted_out".into(), json!(true));
                    }
                    v.insert("what_if".into(), Value::Object(wv));
                }
                Value::Object(v)
            })
            .collect();
        top.insert("steps".into(), json!(steps));
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(top)).unwrap_or_default();
    text.push('\n');
    text
}

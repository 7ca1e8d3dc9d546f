//! Friend networks in the formats researchers and network tools hold them, read into a
//! scenario and written back out.
//!
//! Four formats come in: an edge list as research data sets publish it (`edges`: `a b` a line,
//! SNAP style), CSV as spreadsheets, Kumu and Flourish have it (`csv`: a people file and a
//! friendships file), and the XML formats of Gephi and Cytoscape (`graphml`, `gexf`, read with
//! a real XML parser). Each reader hands people and friendships to one [`Builder`], which checks
//! every id, name and date where the file spells it and reports the line and column, and refuses
//! a file that names nobody; the scenario it builds is checked by [`crate::files::scenario::check`]
//! (the former way, printing it as a scenario file and reading that back, is kept as
//! [`import_through_json`], the tests' oracle), so an import passes exactly the checks a
//! scenario file does. The network lands with no companies
//! (unless the file is one of Spillover's own exports) and with friend permissions open as they
//! were from 2010 to 2015, so a quiz someone installs reaches their friends.
//!
//! Two formats go out (`export`): GEXF and GraphML with people, companies and friendships,
//! which these readers take back to the same network. Grants, deals and transfers stay in the
//! scenario file: network tools have no words for them.

mod csv;
mod edges;
mod export;
mod gexf;
mod graphml;
mod xml;

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::Serialize;

use crate::core::date::{
    Date, Interval, FRIENDS_DATA_CLOSED, FRIENDS_DATA_OPEN, FRIENDS_DATA_OPENED,
};
use crate::core::model::{Company, CompanyKind, Friendship, Person, PersonIx, Scenario, Settings};
use crate::files::limits;
use crate::files::scenario::{self, MAX_ID_LEN, MAX_NAME_LEN};
use crate::{say, word};

pub use export::{to_gexf, to_graphml};

/// One file the reader picked: its name (which tells its format) and its text.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The file's name, as the reader's system gave it.
    pub name: &'a str,
    /// The file's text.
    pub text: &'a str,
}

/// The network formats read here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `a b` a line, whitespace or tab between, `#` or `%` comments (`.txt`, `.edges`).
    EdgeList,
    /// Comma-separated values with a header (`.csv`; `.tsv`, tab-separated, too).
    Csv,
    /// GraphML (`.graphml`).
    GraphMl,
    /// GEXF (`.gexf`).
    Gexf,
}

impl Format {
    /// Every format read, in the order a reader is told of them: the one list of the formats,
    /// which the command line's usage, the page's file picker ([`picker_endings`]) and the
    /// README's table (a test holds it to this) follow.
    pub const ALL: [Format; 4] = [Format::EdgeList, Format::Csv, Format::GraphMl, Format::Gexf];

    /// The format's name, as the usage and the README give it.
    pub fn name(self) -> &'static str {
        match self {
            Format::EdgeList => word!("network-edge-list"),
            Format::Csv => "CSV",
            Format::GraphMl => "GraphML",
            Format::Gexf => "GEXF",
        }
    }

    /// The endings of a file's name that tell this format, as a reader is told them, the usual
    /// one first.
    pub fn endings(self) -> &'static [&'static str] {
        match self {
            Format::EdgeList => &["txt", "edges"],
            Format::Csv => &["csv", "tsv"],
            Format::GraphMl => &["graphml"],
            Format::Gexf => &["gexf"],
        }
    }

    /// Endings also read as this format, though a reader is not told of them: other tools'
    /// spellings of an edge list.
    fn other_endings(self) -> &'static [&'static str] {
        match self {
            Format::EdgeList => &["edgelist", "el"],
            Format::Csv | Format::GraphMl | Format::Gexf => &[],
        }
    }

    /// The format of a file called `name` holding `text`: by the name's ending, or for a file
    /// without a telling ending (`.xml`, standard input) by what it holds.
    pub fn of(name: &str, text: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let ending = lower.rsplit_once('.').map_or("", |(_, e)| e);
        if ending == "json" {
            return None;
        }
        let tells =
            |f: &Format| f.endings().contains(&ending) || f.other_endings().contains(&ending);
        Format::ALL
            .into_iter()
            .find(tells)
            .or_else(|| Format::sniff(text))
    }

    /// The format `text` looks like: XML by its first element; otherwise by its first line that
    /// is not a comment, CSV when it holds a comma or a semicolon, an edge list when it holds
    /// two words. A scenario file (JSON) is none of these.
    fn sniff(text: &str) -> Option<Format> {
        let start = text.trim_start_matches('\u{feff}').trim_start();
        if start.starts_with('<') {
            let head: String = start.chars().take(4096).collect();
            return if head.contains("<graphml") {
                Some(Format::GraphMl)
            } else if head.contains("<gexf") {
                Some(Format::Gexf)
            } else {
                None
            };
        }
        if start.starts_with('{') || start.starts_with('[') {
            return None;
        }
        let line = start
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('%'))?;
        if line.contains(',') || line.contains(';') {
            Some(Format::Csv)
        } else if line.split_whitespace().count() >= 2 {
            Some(Format::EdgeList)
        } else {
            None
        }
    }
}

/// The endings a file picker offers for a network, as an `<input accept>` lists them: each
/// format's as a reader is told them, then `.xml`, which is read by what it holds
/// (`.txt,.edges,.csv,.tsv,.graphml,.gexf,.xml`).
pub fn picker_endings() -> String {
    let endings = Format::ALL.iter().flat_map(|f| f.endings());
    let endings: Vec<String> = endings.chain(&["xml"]).map(|e| format!(".{e}")).collect();
    endings.join(",")
}

/// `text` safe inside an XML attribute or element: the five special characters escaped, and
/// control characters (which XML 1.0 cannot hold) left out. Both XML writers use it: the
/// network exports and the picture's SVG.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether a file called `name` holding `text` is a scenario file rather than a network.
pub fn is_scenario(name: &str, text: &str) -> bool {
    Format::of(name, text).is_none()
        && (name.to_ascii_lowercase().ends_with(".json") || text.trim_start().starts_with('{'))
}

/// One thing wrong with an imported file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file's name.
    pub file: String,
    /// The line, from 1; 0 for the file as a whole.
    pub line: usize,
    /// The column in characters, from 1; 0 for the whole line.
    pub column: usize,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => write!(f, "{}: {}", self.file, self.message),
            (line, 0) => {
                let at = say!(
                    "network-at-line",
                    file = self.file.as_str(),
                    line = line.to_string()
                );
                write!(f, "{at}: {}", self.message)
            }
            (line, column) => {
                let at = say!(
                    "network-at-column",
                    file = self.file.as_str(),
                    line = line.to_string(),
                    column = column.to_string()
                );
                write!(f, "{at}: {}", self.message)
            }
        }
    }
}

/// A network read into a scenario, and what the reader should know about how.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The people, companies and friendships, as a checked scenario.
    pub scenario: Scenario,
    /// What was merged or left out on the way (repeated friendships, self-loops), in words.
    pub notes: Vec<String>,
}

/// The day an imported network opens on: inside the years friend permissions were open.
pub const IMPORT_DATE: &str = "2014-01-01";

/// Reads one network file, or two CSV files (people and friendships, in either order), into a
/// scenario; or says everything wrong with them, each problem with its line and column.
pub fn import(inputs: &[Input<'_>]) -> Result<Imported, Vec<Problem>> {
    import_by(inputs, Finish::InMemory)
}

/// [`import`] the former way, the scenario printed as a file and read back by
/// [`scenario::parse`]: kept as the tests' oracle for the scenario `import` builds in memory.
#[doc(hidden)]
pub fn import_through_json(inputs: &[Input<'_>]) -> Result<Imported, Vec<Problem>> {
    import_by(inputs, Finish::ThroughJson)
}

/// How an import's scenario is made once its files read.
#[derive(Clone, Copy)]
enum Finish {
    /// Built in memory and checked by the file's rules ([`scenario::check`]).
    InMemory,
    /// Printed as a scenario file and read back.
    ThroughJson,
}

fn import_by(inputs: &[Input<'_>], finish: Finish) -> Result<Imported, Vec<Problem>> {
    let whole = |file: &str, message: String| {
        vec![Problem {
            file: file.to_string(),
            line: 0,
            column: 0,
            message,
        }]
    };
    let mut formats = Vec::with_capacity(inputs.len());
    for input in inputs {
        match Format::of(input.name, input.text) {
            Some(f) => formats.push(f),
            None => return Err(whole(input.name, say!("network-unknown-format"))),
        }
    }
    let mut b = Builder::default();
    let title = match (inputs, formats.as_slice()) {
        ([one], [format]) => {
            b.file = one.name.to_string();
            match format {
                Format::EdgeList => edges::read(one.text, &mut b),
                Format::Csv => {
                    csv::read(&[*one], &mut b);
                }
                Format::GraphMl => graphml::read(one.text, &mut b),
                Format::Gexf => gexf::read(one.text, &mut b),
            }
            one.name
        }
        ([first, second], [Format::Csv, Format::Csv]) => csv::read(&[*first, *second], &mut b),
        ([], _) => return Err(whole("", say!("network-no-file"))),
        _ => {
            let names: Vec<&str> = inputs.iter().map(|i| i.name).collect();
            return Err(whole(&names.join(", "), say!("network-one-or-two")));
        }
    };
    // An empty sandbox made from an empty file would look like a network that failed to draw;
    // the reader is told instead.
    if b.problems.is_empty() && b.nodes.is_empty() {
        let names: Vec<&str> = inputs.iter().map(|i| i.name).collect();
        return Err(whole(
            &names.join(", "),
            say!("network-nothing", files = names.len()),
        ));
    }
    b.finish(title, finish)
}

/// Where in a file: line and column, from 1.
pub(super) type At = (usize, usize);

/// The most problems listed; a file with more is surely of another shape.
const MAX_PROBLEMS: usize = 100;

/// A node as read.
struct Node {
    id: String,
    name: String,
    company: Option<CompanyKind>,
    line: usize,
}

/// A friendship as read.
struct Link {
    between: [usize; 2],
    messages: bool,
    from: Option<Date>,
    until: Option<Date>,
}

/// What every reader hands its people and friendships to: it checks each where the file spells
/// it, merges repeats, and builds the scenario.
#[derive(Default)]
pub(super) struct Builder {
    /// The name of the file being read, for problems.
    pub file: String,
    problems: Vec<Problem>,
    more_problems: usize,
    ids: HashMap<String, usize>,
    nodes: Vec<Node>,
    links: Vec<Link>,
    pairs: HashSet<(usize, usize)>,
    repeated: Skipped,
    loops: Skipped,
}

/// Lines left out or merged: how many, and where the first was.
#[derive(Default)]
struct Skipped {
    count: usize,
    first: Option<(String, usize)>,
}

impl Skipped {
    fn add(&mut self, file: &str, line: usize) {
        self.count += 1;
        if self.first.is_none() {
            self.first = Some((file.to_string(), line));
        }
    }
}

impl Builder {
    /// Reports a problem at `at` (`(0, 0)`: the file as a whole).
    pub fn problem(&mut self, at: At, message: impl Into<String>) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.more_problems += 1;
            return;
        }
        self.problems.push(Problem {
            file: self.file.clone(),
            line: at.0,
            column: at.1,
            message: message.into(),
        });
    }

    /// Whether so many problems were found that reading on is pointless.
    pub fn full(&self) -> bool {
        self.problems.len() >= MAX_PROBLEMS
    }

    /// Refuses the file, before any work, when its own figures pass a limit.
    pub fn within_limits(&mut self, people: usize, companies: usize, friendships: usize) -> bool {
        match limits::counts(people, companies, friendships) {
            Ok(()) => true,
            Err(message) => {
                self.problem((0, 0), message);
                false
            }
        }
    }

    /// Adds a person (or, with `company`, a company) with `id` and the name `label` (the id
    /// when there is none). Refuses a bad or repeated id, or a bad name, at `at`.
    pub fn node(
        &mut self,
        id: &str,
        label: Option<&str>,
        company: Option<CompanyKind>,
        at: At,
    ) -> Option<usize> {
        if !self.id_ok(id, at) {
            return None;
        }
        if let Some(&first) = self.ids.get(id) {
            let line = self.nodes[first].line;
            self.problem(
                at,
                say!(
                    "network-id-twice",
                    id = shorten(id),
                    line = line.to_string()
                ),
            );
            return None;
        }
        // A name is tidied the same way whether a label gave it or the id stands in for it, so
        // that an export (which writes it as a label) reads back the same.
        let name = match label.map(tidy_name).filter(|n| !n.is_empty()) {
            Some(name) => name,
            None => Some(tidy_name(id))
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| id.to_string()),
        };
        if name.chars().count() > MAX_NAME_LEN {
            self.problem(
                at,
                say!(
                    "network-name-too-long",
                    name = shorten(&name),
                    most = MAX_NAME_LEN.to_string()
                ),
            );
            return None;
        }
        if name.chars().any(scenario::unwritable) {
            self.problem(at, say!("network-name-control"));
            return None;
        }
        let ix = self.nodes.len();
        self.ids.insert(id.to_string(), ix);
        self.nodes.push(Node {
            id: id.to_string(),
            name,
            company,
            line: at.0,
        });
        Some(ix)
    }

    /// The node with `id`, if one was read.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// The node with `id`: one already read, or (with `create`) a new person named by the id.
    pub fn reference(&mut self, id: &str, at: At, create: bool) -> Option<usize> {
        match self.ids.get(id) {
            Some(&ix) => Some(ix),
            None if create => self.node(id, None, None, at),
            None => {
                self.problem(at, say!("problem-no-such-person", id = shorten(id)));
                None
            }
        }
    }

    /// Adds the friendship of `a` and `b`, read at `at`, with its optional details as the file
    /// spells them. A friendship of someone with themselves is left out, a repeat (either way
    /// round) merged; both are counted for the notes.
    pub fn link(&mut self, between: [usize; 2], details: Details<'_>, at: At) {
        let [a, b] = between;
        if a == b {
            self.loops.add(&self.file, at.0);
            return;
        }
        for ix in between {
            if self.nodes[ix].company.is_some() {
                let id = shorten(&self.nodes[ix].id);
                self.problem(at, say!("network-company-friend", id = id));
                return;
            }
        }
        let from = self.date(details.from, at);
        let until = self.date(details.until, at);
        if let (Some(f), Some(u)) = (from, until) {
            if u <= f {
                self.problem(
                    at,
                    say!(
                        "network-never-active",
                        until = u.to_string(),
                        from = f.to_string()
                    ),
                );
                return;
            }
        }
        let messages = match details.messages.map(str::trim) {
            None | Some("") => false,
            Some(word) => match word.to_ascii_lowercase().as_str() {
                "true" | "yes" | "y" | "1" => true,
                "false" | "no" | "n" | "0" => false,
                _ => {
                    self.problem(at, say!("network-messages", value = shorten(word)));
                    return;
                }
            },
        };
        if !self.pairs.insert((a.min(b), a.max(b))) {
            self.repeated.add(&self.file, at.0);
            return;
        }
        self.links.push(Link {
            between,
            messages,
            from,
            until,
        });
    }

    fn date(&mut self, text: Option<&str>, at: At) -> Option<Date> {
        let text = text.map(str::trim).filter(|t| !t.is_empty())?;
        match crate::files::read_date(text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problem(at, e);
                None
            }
        }
    }

    fn id_ok(&mut self, id: &str, at: At) -> bool {
        let message = if id.is_empty() {
            say!("problem-id-empty")
        } else if id.len() > MAX_ID_LEN {
            say!(
                "network-id-too-long",
                most = MAX_ID_LEN.to_string(),
                id = shorten(id),
                count = id.len().to_string()
            )
        } else if id.trim() != id || id.chars().any(scenario::unwritable) {
            say!("problem-id-control", id = id.escape_debug().to_string())
        } else {
            return true;
        };
        self.problem(at, message);
        false
    }

    /// The scenario, or every problem found.
    fn finish(mut self, file_name: &str, finish: Finish) -> Result<Imported, Vec<Problem>> {
        let companies = self.nodes.iter().filter(|n| n.company.is_some()).count();
        if self.problems.is_empty() {
            self.within_limits(self.nodes.len() - companies, companies, self.links.len());
        }
        if !self.problems.is_empty() {
            if self.more_problems > 0 {
                let more = say!("network-more-problems", count = self.more_problems);
                self.problems.push(Problem {
                    file: self.file.clone(),
                    line: 0,
                    column: 0,
                    message: more,
                });
            }
            return Err(self.problems);
        }
        let notes = self.notes();
        if let Finish::InMemory = finish {
            let scenario = self.scenario_of(file_name, &notes);
            return match scenario::check(&scenario) {
                Ok(()) => Ok(Imported { scenario, notes }),
                Err(problems) => Err(problems
                    .iter()
                    .map(|p| internal(file_name, p.to_string()))
                    .collect()),
            };
        }
        let text = match serde_json::to_string(&self.file_of(file_name, &notes)) {
            Ok(text) => text,
            Err(e) => return Err(vec![internal(file_name, e.to_string())]),
        };
        match scenario::parse(&text) {
            Ok(scenario) => Ok(Imported { scenario, notes }),
            Err(problems) => Err(problems
                .iter()
                .map(|p| internal(file_name, p.to_string()))
                .collect()),
        }
    }

    fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some((file, line)) = &self.repeated.first {
            let n = self.repeated.count;
            notes.push(say!(
                "network-note-repeated",
                count = n,
                file = file.as_str(),
                line = line.to_string()
            ));
        }
        if let Some((file, line)) = &self.loops.first {
            let n = self.loops.count;
            notes.push(say!(
                "network-note-loops",
                count = n,
                file = file.as_str(),
                line = line.to_string()
            ));
        }
        notes
    }

    /// The scenario's description: where it came from, and what was merged or left out.
    fn description(file_name: &str, notes: &[String]) -> String {
        let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
        let mut description = say!("network-imported-from", file = clean(base, 180));
        for note in notes {
            // Each note starts with a figure, so needs no capital.
            description.push_str(&format!(" {note}."));
        }
        description
    }

    /// The scenario the network makes, built in memory as reading [`Builder::file_of`] would
    /// build it (the import's date and policy, people and companies in the order read, then
    /// the friendships), for [`scenario::check`] to check by the file's rules.
    fn scenario_of(&self, file_name: &str, notes: &[String]) -> Scenario {
        let day = |text: &str| Date::parse(text).unwrap_or(Date::from_day_number(0));
        let mut person_at = vec![PersonIx(0); self.nodes.len()];
        let (mut people, mut companies) = (Vec::new(), Vec::new());
        for (i, n) in self.nodes.iter().enumerate() {
            match n.company {
                None => {
                    person_at[i] = PersonIx(people.len() as u32);
                    people.push(Person {
                        id: n.id.clone(),
                        name: n.name.clone(),
                        platform_apps: Settings::DEFAULT.platform_apps,
                        apps_others_use: Settings::DEFAULT.apps_others_use,
                    });
                }
                Some(kind) => companies.push(Company {
                    id: n.id.clone(),
                    name: n.name.clone(),
                    kind,
                }),
            }
        }
        Scenario {
            title: title(file_name),
            description: Self::description(file_name, notes),
            date: day(IMPORT_DATE),
            sources: Vec::new(),
            friend_permissions: vec![FRIENDS_DATA_OPEN],
            people,
            companies,
            friendships: self
                .links
                .iter()
                .map(|l| Friendship {
                    between: l.between.map(|n| person_at[n]),
                    messages: l.messages,
                    interval: Interval {
                        from: l.from,
                        until: l.until,
                        illustrative: Default::default(),
                    },
                })
                .collect(),
            grants: Vec::new(),
            agreements: Vec::new(),
            transfers: Vec::new(),
            steps: Vec::new(),
        }
    }

    fn file_of(&self, file_name: &str, notes: &[String]) -> OutFile<'_> {
        OutFile {
            format: scenario::FORMAT,
            version: scenario::VERSION,
            title: title(file_name),
            description: Self::description(file_name, notes),
            date: IMPORT_DATE,
            policy: OutPolicy {
                friend_permissions: [OutPeriod {
                    from: FRIENDS_DATA_OPENED.to_string(),
                    until: FRIENDS_DATA_CLOSED.to_string(),
                }],
            },
            people: self
                .nodes
                .iter()
                .filter(|n| n.company.is_none())
                .map(|n| OutNode {
                    id: &n.id,
                    name: &n.name,
                    kind: None,
                })
                .collect(),
            companies: self
                .nodes
                .iter()
                .filter_map(|n| {
                    n.company.map(|k| OutNode {
                        id: &n.id,
                        name: &n.name,
                        kind: (k != CompanyKind::App).then_some(k.as_str()),
                    })
                })
                .collect(),
            friendships: self
                .links
                .iter()
                .map(|l| OutFriendship {
                    between: [&self.nodes[l.between[0]].id, &self.nodes[l.between[1]].id],
                    messages: l.messages,
                    from: l.from.map(|d| d.to_string()),
                    until: l.until.map(|d| d.to_string()),
                })
                .collect(),
        }
    }
}

/// A friendship's details as the file spells them, each optional.
#[derive(Clone, Copy, Default)]
pub(super) struct Details<'a> {
    pub messages: Option<&'a str>,
    pub from: Option<&'a str>,
    pub until: Option<&'a str>,
}

fn internal(file: &str, message: String) -> Problem {
    Problem {
        file: file.to_string(),
        line: 0,
        column: 0,
        message: say!("network-not-a-scenario", problem = message),
    }
}

/// A name as a tool wrote it: runs of white space (line breaks in XML text) become one space.
fn tidy_name(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first 40 characters of `text`, for a message.
pub(super) fn shorten(text: &str) -> String {
    text.chars().take(40).collect()
}

/// `text` without control characters, at most `max` characters.
fn clean(text: &str, max: usize) -> String {
    let text: String = text.chars().filter(|c| !c.is_control()).take(max).collect();
    match text.trim() {
        "" => "a file".to_string(),
        t => t.to_string(),
    }
}

/// The scenario's title: the file's name without its ending.
fn title(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = base.rsplit_once('.').map_or(base, |(s, _)| s);
    clean(stem, MAX_NAME_LEN)
}

/// A scenario file, as much of one as an import fills; field names as in format 1.
#[derive(Serialize)]
struct OutFile<'a> {
    format: &'static str,
    version: u64,
    title: String,
    description: String,
    date: &'static str,
    policy: OutPolicy,
    people: Vec<OutNode<'a>>,
    companies: Vec<OutNode<'a>>,
    friendships: Vec<OutFriendship<'a>>,
}

#[derive(Serialize)]
struct OutPolicy {
    friend_permissions: [OutPeriod; 1],
}

#[derive(Serialize)]
struct OutPeriod {
    from: String,
    until: String,
}

#[derive(Serialize)]
struct OutNode<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
}

#[derive(Serialize)]
struct OutFriendship<'a> {
    between: [&'a str; 2],
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    messages: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<String>,
}

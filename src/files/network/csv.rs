//! CSV as spreadsheets, Kumu and Flourish write it: a people file (`id,name,...`) and a
//! friendships file (`a,b[,messages,from,until]`), picked together or the friendships alone.
//!
//! Fields follow RFC 4180: quoted with `"`, a `""` inside quotes is one quote, and a quoted
//! field may hold commas and line breaks. A semicolon or a tab separates instead when the first
//! line holds no comma (as European spreadsheets save). Headers are recognised whatever their
//! case, spaces or underscores, with the words network tools use (`source,target`, `from,to`,
//! `label`); a file whose first line is no header is read by position. Other columns are left
//! alone. Which file holds the people is told by its header, else by its name.

use super::{At, Builder, Details, Input};
use crate::say;

/// Reads one or two CSV files into `b`; gives the name of the file that names the network (the
/// friendships file's, when there is one).
pub(super) fn read<'a>(inputs: &[Input<'a>], b: &mut Builder) -> &'a str {
    let title = inputs.first().map_or("", |i| i.name);
    let mut tables = Vec::with_capacity(inputs.len());
    for input in inputs {
        b.file = input.name.to_string();
        match records(input.text, b) {
            Some(records) => tables.push(Table::new(input.name, records)),
            None => return title,
        }
    }
    let (people, friendships) = match roles(tables, b) {
        Some(pair) => pair,
        None => return title,
    };
    let title = friendships
        .as_ref()
        .or(people.as_ref())
        .map_or(title, |t| t.name);
    let count = |t: &Option<Table>| t.as_ref().map_or(0, |t| t.rows().len());
    if !b.within_limits(count(&people), 0, count(&friendships)) {
        return title;
    }
    let people_file = people.as_ref().map(|t| t.name.to_string());
    if let Some(t) = &people {
        read_people(t, b);
    }
    if let Some(t) = &friendships {
        read_friendships(t, people_file.as_deref(), b);
    }
    title
}

/// One cell and where it starts.
struct Cell {
    text: String,
    at: At,
}

/// One record: its cells, and the line it starts on.
struct Record {
    line: usize,
    cells: Vec<Cell>,
}

/// A file's records and what its first line says.
struct Table<'a> {
    name: &'a str,
    records: Vec<Record>,
    /// The first record's words, normalised, when it is a header.
    header: Option<Vec<String>>,
}

/// What a file holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    People,
    Friendships,
}

const ID: &[&str] = &[
    "id",
    "key",
    "node",
    "nodeid",
    "person",
    "personid",
    "identifier",
    "user",
    "userid",
    "vertex",
];
const NAME: &[&str] = &[
    "name",
    "label",
    "title",
    "displayname",
    "fullname",
    "nodename",
    "personname",
];
/// The header words of a friendship's two ends, in pairs (also what an edge list's first line
/// may be instead of a friendship).
pub(super) const ENDS: &[(&str, &str)] = &[
    ("a", "b"),
    ("source", "target"),
    ("from", "to"),
    ("person1", "person2"),
    ("persona", "personb"),
    ("friend1", "friend2"),
    ("person", "friend"),
    ("name1", "name2"),
    ("node1", "node2"),
    ("id1", "id2"),
    ("user1", "user2"),
    ("sourceid", "targetid"),
    ("src", "dst"),
    ("u", "v"),
];
const MESSAGES: &[&str] = &["messages", "message", "messaging"];
const FROM: &[&str] = &["from", "since", "start", "begin", "startdate", "fromdate"];
const UNTIL: &[&str] = &["until", "end", "enddate", "untildate"];

impl<'a> Table<'a> {
    fn new(name: &'a str, records: Vec<Record>) -> Self {
        let header = records.first().and_then(|first| {
            let words: Vec<String> = first.cells.iter().map(|c| normal(&c.text)).collect();
            let known = |w: &String| {
                [ID, NAME, MESSAGES, FROM, UNTIL]
                    .iter()
                    .any(|l| l.contains(&w.as_str()))
                    || ENDS.iter().any(|(a, b)| a == w || b == w)
            };
            words.iter().any(known).then_some(words)
        });
        Table {
            name,
            records,
            header,
        }
    }

    /// The records after the header.
    fn rows(&self) -> &[Record] {
        let skip = usize::from(self.header.is_some()).min(self.records.len());
        &self.records[skip..]
    }

    /// The column whose header is one of `words`.
    fn column(&self, words: &[&str]) -> Option<usize> {
        let header = self.header.as_ref()?;
        words
            .iter()
            .find_map(|w| header.iter().position(|h| h == w))
    }

    /// The columns of a friendship's two ends, when the header names them.
    fn ends(&self) -> Option<(usize, usize)> {
        let header = self.header.as_ref()?;
        ENDS.iter().find_map(|(a, b)| {
            let a = header.iter().position(|h| h == a)?;
            let b = header.iter().position(|h| h == b)?;
            Some((a, b))
        })
    }

    /// What the header says the file holds.
    fn role(&self) -> Option<Role> {
        if self.ends().is_some() {
            Some(Role::Friendships)
        } else if self.column(ID).is_some() || self.column(NAME).is_some() {
            Some(Role::People)
        } else {
            None
        }
    }

    /// What the file's name says it holds.
    fn named_role(&self) -> Option<Role> {
        let name = self.name.to_ascii_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
        if has(&["friend", "edge", "link", "connection", "relation", "tie"]) {
            Some(Role::Friendships)
        } else if has(&[
            "people", "person", "node", "point", "element", "vert", "member", "user",
        ]) {
            Some(Role::People)
        } else {
            None
        }
    }
}

/// A header word as compared: lower case, without spaces, underscores or hyphens.
pub(super) fn normal(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '\u{feff}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which table holds the people and which the friendships.
fn roles<'a>(
    tables: Vec<Table<'a>>,
    b: &mut Builder,
) -> Option<(Option<Table<'a>>, Option<Table<'a>>)> {
    let mut tables = tables.into_iter();
    match (tables.next(), tables.next()) {
        (Some(one), None) => Some(match one.role() {
            Some(Role::People) => (Some(one), None),
            _ => (None, Some(one)),
        }),
        (Some(x), Some(y)) => {
            let by_header = match (x.role(), y.role()) {
                (Some(rx), Some(ry)) if rx != ry => Some(rx),
                (Some(rx), None) => Some(rx),
                (None, Some(ry)) => Some(other(ry)),
                _ => None,
            };
            let by_name = match (x.named_role(), y.named_role()) {
                (Some(rx), ry) if Some(rx) != ry => Some(rx),
                (None, Some(ry)) => Some(other(ry)),
                _ => None,
            };
            match by_header.or(by_name) {
                Some(Role::People) => Some((Some(x), Some(y))),
                Some(Role::Friendships) => Some((Some(y), Some(x))),
                None => {
                    b.file = format!("{}, {}", x.name, y.name);
                    b.problem((0, 0), say!("network-csv-which-file"));
                    None
                }
            }
        }
        _ => None,
    }
}

fn other(role: Role) -> Role {
    match role {
        Role::People => Role::Friendships,
        Role::Friendships => Role::People,
    }
}

fn read_people(t: &Table<'_>, b: &mut Builder) {
    b.file = t.name.to_string();
    let id = t.column(ID).or_else(|| t.column(NAME)).unwrap_or(0);
    let name = match &t.header {
        Some(_) => t.column(NAME),
        None => Some(1),
    };
    for row in t.rows() {
        if b.full() {
            return;
        }
        match row.cells.get(id) {
            Some(cell) => {
                let label = name.and_then(|n| row.cells.get(n)).map(|c| c.text.as_str());
                b.node(cell.text.trim(), label, None, cell.at);
            }
            None => b.problem(
                (row.line, 0),
                say!("network-csv-no-id", cells = row.cells.len(), cell = id + 1),
            ),
        }
    }
}

fn read_friendships(t: &Table<'_>, people_file: Option<&str>, b: &mut Builder) {
    b.file = t.name.to_string();
    let (a, z, messages, from, until) = match (&t.header, t.ends()) {
        (Some(_), Some((a, z))) => {
            let dates_are_ends = t
                .header
                .as_ref()
                .is_some_and(|h| h.get(a).is_some_and(|w| w == "from"));
            let from_words: &[&str] = if dates_are_ends { &FROM[1..] } else { FROM };
            (
                a,
                z,
                t.column(MESSAGES),
                t.column(from_words),
                t.column(UNTIL),
            )
        }
        (Some(_), None) => {
            b.problem((1, 0), say!("network-csv-two-columns"));
            return;
        }
        (None, _) => (0, 1, Some(2), Some(3), Some(4)),
    };
    for row in t.rows() {
        if b.full() {
            return;
        }
        let (Some(ca), Some(cz)) = (row.cells.get(a), row.cells.get(z)) else {
            b.problem(
                (row.line, 0),
                format!(
                    "a friendship needs both friends, in cells {} and {}; this line has {} cell{}",
                    a + 1,
                    z + 1,
                    row.cells.len(),
                    if row.cells.len() == 1 { "" } else { "s" }
                ),
            );
            continue;
        };
        let ends = [ca, cz].map(|c| end(c, people_file, b));
        if let [Some(x), Some(y)] = ends {
            let cell = |c: Option<usize>| c.and_then(|c| row.cells.get(c)).map(|c| c.text.as_str());
            let details = Details {
                messages: cell(messages),
                from: cell(from),
                until: cell(until),
            };
            b.link([x, y], details, ca.at);
        }
    }
}

/// The person a cell names: one of the people file, or (without one) a person named by the id.
fn end(cell: &Cell, people_file: Option<&str>, b: &mut Builder) -> Option<usize> {
    let id = cell.text.trim();
    match people_file {
        None => b.reference(id, cell.at, true),
        Some(file) => {
            let found = b.find(id);
            if found.is_none() {
                b.problem(
                    cell.at,
                    say!(
                        "network-csv-no-person",
                        file = file,
                        id = super::shorten(id)
                    ),
                );
            }
            found
        }
    }
}

/// The records of `text`, or `None` after reporting where its quoting breaks.
fn records(text: &str, b: &mut Builder) -> Option<Vec<Record>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = [',', ';', '\t']
        .into_iter()
        .find(|d| first_line.contains(*d))
        .unwrap_or(',');
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut column) = (1, 1);
    let mut record = Record {
        line,
        cells: Vec::new(),
    };
    let mut cell = Cell {
        text: String::new(),
        at: (line, column),
    };
    let mut quoted: Option<At> = None;
    let mut after_quote = false;
    while let Some(c) = chars.next() {
        let here = (line, column);
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
        if quoted.is_some() {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    column += 1;
                    cell.text.push('"');
                } else {
                    quoted = None;
                    after_quote = true;
                }
            } else {
                cell.text.push(c);
            }
            continue;
        }
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.cells.push(std::mem::replace(
                    &mut cell,
                    Cell {
                        text: String::new(),
                        at: (line, column),
                    },
                ));
                let done = std::mem::replace(
                    &mut record,
                    Record {
                        line,
                        cells: Vec::new(),
                    },
                );
                if !(done.cells.len() == 1 && done.cells[0].text.trim().is_empty()) {
                    out.push(done);
                }
                after_quote = false;
            }
            c if c == delimiter => {
                record.cells.push(std::mem::replace(
                    &mut cell,
                    Cell {
                        text: String::new(),
                        at: (line, column),
                    },
                ));
                after_quote = false;
            }
            _ if after_quote => {
                b.problem(here, after_quote_problem(delimiter, c));
                return None;
            }
            '"' if cell.text.trim().is_empty() => {
                cell.text.clear();
                cell.at = here;
                quoted = Some(here);
            }
            _ => cell.text.push(c),
        }
    }
    if let Some(open) = quoted {
        b.problem(open, say!("network-csv-unclosed"));
        return None;
    }
    record.cells.push(cell);
    if !(record.cells.len() == 1 && record.cells[0].text.trim().is_empty()) {
        out.push(record);
    }
    Some(out)
}

/// What is wrong with `found` after a closing quote, in a file separated by `delimiter`.
fn after_quote_problem(delimiter: char, found: char) -> String {
    say!(
        "network-csv-after-quote",
        delimiter = delimiter.to_string(),
        found = found.to_string()
    )
}

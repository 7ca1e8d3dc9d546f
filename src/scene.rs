//! What to draw: a pure function from a scenario, its result and a layout to shapes and words.
//!
//! The browser maps a [`Scene`] to SVG and nothing more, so everything a reader sees on the
//! graph (which lines, which colours by reason, which labels and summaries) is decided and
//! tested here, natively. One flow is drawn per company and person, in the colour of the
//! strongest reason among the categories it carries.

use crate::engine::{Engine, Exposure, ReasonKind};
use crate::figures::{person_figures, Holding};
use crate::layout::{Layout, Point};
use crate::model::{CompanyKind, Scenario};

/// Everything on the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Lines between friends, drawn first.
    pub friendships: Vec<Line>,
    /// Data flows from people to companies.
    pub flows: Vec<Flow>,
    /// People and companies, drawn last.
    pub nodes: Vec<Node>,
}

/// A friendship line.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// One end.
    pub from: Point,
    /// The other end.
    pub to: Point,
    /// Whether the two message each other.
    pub messages: bool,
}

/// The data of one person that one company holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// A stable key: `company-id person-id`.
    pub key: String,
    /// The person's end.
    pub from: Point,
    /// The company's end.
    pub to: Point,
    /// The strongest primary reason among the categories.
    pub reason: ReasonKind,
    /// What the company holds, in words: "Spotify: Ana's name, messages".
    pub label: String,
}

/// How a node is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A person; see [`PersonStatus`].
    Person(PersonStatus),
    /// A company of this kind.
    Company(CompanyKind),
}

/// A person's situation at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonStatus {
    /// No company holds anything of theirs.
    Untouched,
    /// Only companies they consented to hold their data.
    Consented,
    /// Some company they never consented to holds their data.
    Exposed,
}

/// A person or company.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The id from the scenario.
    pub id: String,
    /// The name to print.
    pub label: String,
    /// Where.
    pub at: Point,
    /// Person or company, and its state.
    pub kind: NodeKind,
    /// A one-line summary for a tooltip or screen reader.
    pub summary: String,
}

/// Builds the scene of `exposure`.
pub fn build(engine: &Engine, exposure: &Exposure, layout: &Layout) -> Scene {
    let s = engine.scenario();
    let date = exposure.date;
    let friendships = s
        .friendships
        .iter()
        .filter(|f| f.interval.contains(date))
        .map(|f| Line {
            from: layout.people[f.between[0].ix()],
            to: layout.people[f.between[1].ix()],
            messages: f.messages,
        })
        .collect();

    let people = person_figures(s, exposure);
    let mut flows = Vec::new();
    let mut nodes = Vec::new();
    for (p, figures) in s.people.iter().zip(&people) {
        let at = layout.people[figures.person.ix()];
        for h in &figures.holdings {
            flows.push(flow(s, p.name.as_str(), &p.id, at, layout, h));
        }
        let status = if figures.holdings.is_empty() {
            PersonStatus::Untouched
        } else if figures.holdings.iter().all(|h| h.ever_consented) {
            PersonStatus::Consented
        } else {
            PersonStatus::Exposed
        };
        let unasked = figures
            .holdings
            .iter()
            .filter(|h| !h.ever_consented)
            .count();
        let summary = match (figures.holdings.len(), unasked) {
            (0, _) => format!("{}: no company holds their data", p.name),
            (n, 0) => format!(
                "{}: {n} {} hold their data, all with their consent",
                p.name,
                plural(n, "company", "companies")
            ),
            (n, u) => format!(
                "{}: {n} {} hold their data; {u} without their consent",
                p.name,
                plural(n, "company", "companies")
            ),
        };
        nodes.push(Node {
            id: p.id.clone(),
            label: p.name.clone(),
            at,
            kind: NodeKind::Person(status),
            summary,
        });
    }
    let figures = crate::figures::company_figures(s, exposure);
    for (c, f) in s.companies.iter().zip(&figures) {
        nodes.push(Node {
            id: c.id.clone(),
            label: c.name.clone(),
            at: layout.companies[f.company.ix()],
            kind: NodeKind::Company(c.kind),
            summary: format!(
                "{}: reaches {} {}; {} consented",
                c.name,
                f.reached,
                plural(f.reached as usize, "person", "people"),
                f.consented
            ),
        });
    }
    Scene {
        friendships,
        flows,
        nodes,
    }
}

fn flow(s: &Scenario, name: &str, id: &str, at: Point, layout: &Layout, h: &Holding) -> Flow {
    let company = s.company(h.company);
    let reason = h
        .categories
        .iter()
        .map(|(_, r)| *r)
        .min()
        .unwrap_or(ReasonKind::Consent);
    let what: Vec<&str> = h.categories.iter().map(|(c, _)| c.label()).collect();
    Flow {
        key: format!("{} {id}", company.id),
        from: at,
        to: layout.companies[h.company.ix()],
        reason,
        label: format!(
            "{}: {name}'s {} ({})",
            company.name,
            what.join(", "),
            reason.label()
        ),
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

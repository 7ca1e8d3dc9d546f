//! What the page shows for an address, without a browser: the headline, the caption under the
//! picture, the company figures, each node's summary line, "why?" for the selection and the
//! number of facts, as `spillover-cli view` prints them.
//!
//! It runs the same stages as the page ([`crate::view::derive`]) on the same store
//! ([`crate::view::page`]), so a browser test can hold every number on the page against it for
//! the state the page's address names.

use std::rc::Rc;

use serde::Serialize;

use crate::core::engine::Engine;
use crate::core::model::Scenario;
use crate::files::builtin;
use crate::present::layout::{Layout, Point};
use crate::present::scene::Focus;
use crate::present::timeline::Timeline;
use crate::say;
use crate::view::derive::{caption, evaluate, scene, variant, why, Evaluated, WhyContent};
use crate::view::page::{read_address, Location};
use crate::view::route;
use crate::view::state::Shown;

/// What the page shows.
#[derive(Serialize, Debug)]
pub struct Screen {
    /// The address of this view, written as the page writes it.
    pub address: String,
    /// The scenario's title.
    pub title: String,
    /// The date shown.
    pub date: String,
    /// `access` or `collected`.
    pub mode: &'static str,
    /// The story step shown (from 1), if any.
    pub step: Option<usize>,
    /// The headline above the picture.
    pub headline: HeadlineRow,
    /// The caption under the picture.
    pub caption: String,
    /// The company table, in file order.
    pub companies: Vec<CompanyRow>,
    /// The line under the picture for each node, people first.
    pub nodes: Vec<NodeRow>,
    /// "Why?" for the selected node.
    pub why: Option<WhyRow>,
    /// How many facts the table of facts lists.
    pub facts: usize,
    /// What the address asked for that could not be used.
    pub notes: Vec<String>,
}

/// The headline.
#[derive(Serialize, Debug)]
pub struct HeadlineRow {
    /// People who said yes to some company.
    pub said_yes: usize,
    /// People some company reached.
    pub reached: usize,
    /// Of those, people reached by a company they never said yes to.
    pub without_consent: usize,
    /// The headline as the page writes it.
    pub text: String,
}

/// One row of the company table.
#[derive(Serialize, Debug)]
pub struct CompanyRow {
    /// The company's id.
    pub id: String,
    /// Its name, as the table writes it.
    pub name: String,
    /// People reached.
    pub reached: u32,
    /// People who said yes.
    pub said_yes: u32,
    /// People reached who never said yes.
    pub never_said_yes: u32,
    /// Reach per yes, as the table writes it ("×4.0").
    pub reach_per_yes: String,
    /// Under a what-if: the same three counts of the scenario as it happened.
    pub as_it_happened: Option<[u32; 3]>,
}

/// A node's line under the picture.
#[derive(Serialize, Debug)]
pub struct NodeRow {
    /// The node's id.
    pub id: String,
    /// The line.
    pub summary: String,
}

/// "Why?" for the selected node.
#[derive(Serialize, Debug)]
pub struct WhyRow {
    /// The selected node's id.
    pub id: String,
    /// Its one-sentence summary.
    pub summary: String,
    /// Why nothing reaches it, when nothing does.
    pub why_not: Option<String>,
    /// For a person: each company reaching them, and whether they said yes to it. For a
    /// company: nothing (see `said_yes` and `without_yes`).
    pub holders: Vec<(String, bool)>,
    /// For a company: the people reached who said yes.
    pub said_yes: Vec<String>,
    /// For a company: the people reached who never did.
    pub without_yes: Vec<String>,
}

/// Why an address names no scenario, when it does not: "At scale" and "Your data".
fn no_scenario(address: &crate::view::page::Address) -> Result<(), String> {
    if address.scale.is_some() {
        return Err(say!("cli-view-scale"));
    }
    if address.mine.is_some() {
        return Err(say!("cli-view-mine"));
    }
    Ok(())
}

/// What the page shows at the address `at`; `file` is the scenario of the reader's sandbox
/// (saved as a file), for an address that names the sandbox, or stands in for a built-in.
pub fn screen(at: &Location, file: Option<Rc<Scenario>>) -> Result<Screen, String> {
    let address = read_address(at, file.as_deref());
    no_scenario(&address)?;
    // The page's words in the language the address names (`lang=de`), as the page says them.
    if let Some(lang) = address.lang {
        crate::catalogue::set_language(lang);
    }
    let state = address.view.unwrap_or_default();
    let s: Rc<Scenario> = match (&state.shown, file) {
        (Shown::Shared { scenario, .. }, _) => scenario.clone(),
        (_, Some(file)) => file,
        (Shown::Sandbox, None) => return Err(say!("cli-view-sandbox")),
        (Shown::Builtin(i), None) => builtin::scenario_or_first(*i),
    };
    let base = Rc::new(Engine::new(s.clone()));
    let date = state.date.unwrap_or(s.date);
    let v = variant(&base, &state.what_if);
    let e = evaluate(&base, &v, &state.what_if, date, state.mode);
    let timeline = Timeline::of_results(&base);
    // The lines under the picture do not depend on where nodes are drawn.
    let layout = Layout {
        people: vec![Point { x: 0.0, y: 0.0 }; s.people.len()],
        companies: vec![Point { x: 0.0, y: 0.0 }; s.companies.len()],
    };
    let focus = Focus {
        selected: state.selected,
        highlight: state
            .step
            .and_then(|i| s.steps.get(i))
            .map(|st| st.highlight.clone())
            .unwrap_or_default(),
    };
    let drawn = scene(&base, &v, &e, &layout, &focus);
    let companies = company_rows(&s, &e);
    let why = why(&base, &v, &e, state.selected, &state.what_if).map(|w| match w {
        WhyContent::Person { person, why, .. } => WhyRow {
            id: s.person(person).id.clone(),
            summary: why.summary,
            why_not: why.why_not,
            holders: why
                .holders
                .into_iter()
                .map(|h| (h.name, h.said_yes))
                .collect(),
            said_yes: Vec::new(),
            without_yes: Vec::new(),
        },
        WhyContent::Company(why) => WhyRow {
            id: s.companies[why.company.ix()].id.clone(),
            summary: why.summary,
            why_not: why.why_not,
            holders: Vec::new(),
            said_yes: why.said_yes,
            without_yes: why.without_yes,
        },
    });
    let h = &e.headline;
    Ok(Screen {
        address: route::format(&state.route(&s)),
        title: s.title.clone(),
        date: date.to_string(),
        mode: state.mode.as_str(),
        step: state.step.map(|i| i + 1),
        headline: HeadlineRow {
            said_yes: h.said_yes,
            reached: h.reached,
            without_consent: h.without_consent,
            text: h.text(),
        },
        caption: caption(&base, &timeline, &e, date, state.mode),
        companies,
        nodes: drawn
            .nodes
            .iter()
            .map(|n| NodeRow {
                id: n.id.clone(),
                summary: n.summary().clone(),
            })
            .collect(),
        why,
        facts: e.exposure.facts.len(),
        notes: address.notes,
    })
}

/// The company table's rows of `e`, an evaluation of `s`.
fn company_rows(s: &Scenario, e: &Evaluated) -> Vec<CompanyRow> {
    e.figures
        .companies
        .iter()
        .enumerate()
        .map(|(i, f)| CompanyRow {
            id: s.companies[i].id.clone(),
            name: s.companies[i].name.clone(),
            reached: f.reached,
            said_yes: f.consented,
            never_said_yes: f.without_consent,
            reach_per_yes: crate::present::figures::reach_per_yes(f),
            as_it_happened: e
                .original
                .as_ref()
                .and_then(|o| o.get(i))
                .map(|o| [o.reached, o.consented, o.without_consent]),
        })
        .collect()
}

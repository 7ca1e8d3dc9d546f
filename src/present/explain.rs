//! Plain-language explanations: why a company holds a piece of someone's data.
//!
//! An explanation follows a fact's primary reason back to the grant or agreement it rests on,
//! through any chain of transfers, and says each step in a sentence. It reads the scenario and
//! the result; it computes no exposure of its own, so it cannot disagree with the engine.

use crate::core::date::Date;
use crate::core::engine::{DealSource, Engine, Exposure, Fact, Mode, Reason};
use crate::core::model::{Category, CompanyIx, PersonIx};
use crate::present::words::Label;

/// Why one fact holds, in sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// What holds: "Spotify can see Ana's messages".
    pub headline: String,
    /// Why, one sentence a step, from the company back to the grant or agreement.
    pub steps: Vec<String>,
}

impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.headline, self.steps.join(" "))
    }
}

/// Explains `fact` of `exposure`.
pub fn explain(engine: &Engine, exposure: &Exposure, fact: &Fact) -> Explanation {
    let s = engine.scenario();
    let verb = match exposure.mode {
        Mode::Access => "can see",
        Mode::Collected => "has collected",
    };
    let headline = format!(
        "{} {verb} {}'s {}",
        s.company(fact.company).name,
        s.person(fact.person).name,
        fact.category.label()
    );
    let mut steps = Vec::new();
    let mut current = *fact;
    // A chain of transfers is at most as long as there are companies; the bound also guards a
    // collected result, whose facts may come from different days.
    for _ in 0..=s.companies.len() {
        steps.push(sentence(engine, &current));
        let Reason::Transfer { from, .. } = current.reason else {
            break;
        };
        match exposure.find(from, current.person, current.category) {
            Some(earlier) => current = *earlier,
            None => break,
        }
    }
    Explanation { headline, steps }
}

fn sentence(engine: &Engine, fact: &Fact) -> String {
    let s = engine.scenario();
    let company = &s.company(fact.company).name;
    let person = &s.person(fact.person).name;
    let k = fact.category.label();
    match fact.reason {
        Reason::Consent { grant } => {
            let g = &s.grants[grant as usize];
            format!(
                "{person} signed in to {company}{} and granted it their {k}.",
                on(g.interval.from)
            )
        }
        Reason::Deal(DealSource::Unasked(grant)) => {
            let g = &s.grants[grant as usize];
            format!(
                "{person}'s account was connected to {company}{} without {person} being asked, giving it their {k}.",
                on(g.interval.from)
            )
        }
        Reason::Deal(DealSource::Agreement(a)) => {
            let a = &s.agreements[a as usize];
            format!(
                "{company} had a deal with the platform{} that gave it the {k} of every user, {person} included; no user was asked.",
                since(a.interval.from)
            )
        }
        Reason::Friend { via, grant } => {
            let friend = &s.person(via).name;
            let g = &s.grants[grant as usize];
            format!(
                "{person} and {friend} are friends, and {friend} signed in to {company}{}, granting it their friends' {k}. {} {}",
                on(g.interval.from),
                why_open(engine, fact.company, fact.category, fact.at),
                why_allowed(engine, fact.company, fact.person, fact.category),
            )
        }
        Reason::Mailbox { via, grant } => {
            let friend = &s.person(via).name;
            let g = &s.grants[grant as usize];
            format!(
                "{person} and {friend} message each other, and {friend} signed in to {company}{}, letting it read their messages. Nothing in {person}'s settings could stop that.",
                on(g.interval.from)
            )
        }
        Reason::Transfer { from, transfer } => {
            let t = &s.transfers[transfer as usize];
            format!(
                "{} handed {person}'s {k} on to {company}{}.",
                s.company(from).name,
                since(t.interval.from)
            )
        }
    }
}

fn why_open(engine: &Engine, company: CompanyIx, k: Category, at: Date) -> String {
    let s = engine.scenario();
    if let Some(period) = s.friend_permissions.iter().find(|p| p.contains(at)) {
        return match period.until {
            Some(until) => {
                format!("Any app could still ask for friends' data then (until {until}).")
            }
            None => "Any app could ask for friends' data then.".to_string(),
        };
    }
    let deal = s
        .agreements
        .iter()
        .find(|a| a.company == company && a.friend_data.contains(k) && a.interval.contains(at));
    match deal {
        Some(a) => format!(
            "Ordinary apps could no longer ask for friends' data, but {}'s deal with the platform{} kept friends' {} open to it.",
            s.company(company).name,
            since(a.interval.from),
            k.label()
        ),
        None => String::new(),
    }
}

fn why_allowed(engine: &Engine, company: CompanyIx, person: PersonIx, k: Category) -> String {
    let s = engine.scenario();
    let p = s.person(person);
    if p.platform_apps && p.apps_others_use.contains(k) {
        format!(
            "{}'s \"Apps others use\" setting allowed their {}.",
            p.name,
            k.label()
        )
    } else {
        format!(
            "{}'s settings said no to their {}, but {}'s deal with the platform ignored settings.",
            p.name,
            k.label(),
            s.company(company).name
        )
    }
}

fn on(date: Option<Date>) -> String {
    date.map(|d| format!(" on {d}")).unwrap_or_default()
}

fn since(date: Option<Date>) -> String {
    date.map(|d| format!(" (from {d})")).unwrap_or_default()
}

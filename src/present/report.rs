//! The command line's JSON report of an exposure (`spillover-cli exposure`).
//!
//! Field names and order are part of the command line's contract; ids, not indices, name
//! people and companies. Facts are listed by company, person and category in file order.

use serde::Serialize;

use crate::core::engine::{Engine, Exposure, Reason, ReasonKind};
use crate::core::model::Category;
use crate::present::explain::explain;
use crate::present::figures::{company_figures, person_figures};

/// The whole report.
#[derive(Serialize, Debug)]
pub struct Report {
    /// The date evaluated, `YYYY-MM-DD`.
    pub date: String,
    /// `access` or `collected`.
    pub mode: &'static str,
    /// Every fact.
    pub facts: Vec<FactRow>,
    /// Figures per company, in file order.
    pub companies: Vec<CompanyRow>,
    /// Figures per person, in file order.
    pub people: Vec<PersonRow>,
}

/// One fact.
#[derive(Serialize, Debug)]
pub struct FactRow {
    /// The company's id.
    pub company: String,
    /// The person's id.
    pub person: String,
    /// The category.
    pub category: &'static str,
    /// The primary reason's kind.
    pub reason: &'static str,
    /// The friend (for `friend` and `mailbox`) or company (for `transfer`) it came through.
    pub via: Option<String>,
    /// Every kind of reason that applies, the primary one first.
    pub reasons: Vec<&'static str>,
    /// Why, in words.
    pub explanation: String,
}

/// Figures of one company.
#[derive(Serialize, Debug)]
pub struct CompanyRow {
    /// The company's id.
    pub id: String,
    /// People reached.
    pub reached: u32,
    /// People who consented.
    pub consented: u32,
    /// People reached without consent.
    pub without_consent: u32,
    /// Reached per consenting person.
    pub amplification: f64,
    /// Facts by category, in the model's order; categories with none are left out.
    pub by_category: Counts,
    /// Facts by primary reason, in order of precedence; reasons with none are left out.
    pub by_reason: Counts,
}

/// Figures of one person.
#[derive(Serialize, Debug)]
pub struct PersonRow {
    /// The person's id.
    pub id: String,
    /// How many companies hold any of their data.
    pub companies: usize,
}

/// Builds the report of `exposure`.
pub fn report(engine: &Engine, exposure: &Exposure) -> Report {
    let s = engine.scenario();
    let facts = exposure
        .facts
        .iter()
        .map(|f| {
            let via = match f.reason {
                Reason::Friend { via, .. } | Reason::Mailbox { via, .. } => {
                    Some(s.person(via).id.clone())
                }
                Reason::Transfer { from, .. } => Some(s.company(from).id.clone()),
                Reason::Consent { .. } | Reason::Deal(_) => None,
            };
            let primary = f.reason.kind();
            let reasons = std::iter::once(primary)
                .chain(f.kinds.iter().filter(|k| *k != primary))
                .map(|k| k.as_str())
                .collect();
            FactRow {
                company: s.company(f.company).id.clone(),
                person: s.person(f.person).id.clone(),
                category: f.category.as_str(),
                reason: primary.as_str(),
                via,
                reasons,
                explanation: explain(engine, exposure, f).to_string(),
            }
        })
        .collect();
    let companies = company_figures(s, exposure)
        .into_iter()
        .map(|c| CompanyRow {
            id: s.company(c.company).id.clone(),
            reached: c.reached,
            consented: c.consented,
            without_consent: c.without_consent,
            amplification: c.amplification,
            by_category: counts(Category::ALL.iter().map(|k| k.as_str()), &c.by_category),
            by_reason: counts(ReasonKind::ALL.iter().map(|k| k.as_str()), &c.by_reason),
        })
        .collect();
    let people = person_figures(s, exposure)
        .into_iter()
        .map(|p| PersonRow {
            id: s.person(p.person).id.clone(),
            companies: p.holdings.len(),
        })
        .collect();
    Report {
        date: exposure.date.to_string(),
        mode: exposure.mode.as_str(),
        facts,
        companies,
        people,
    }
}

/// Named counts, written as a JSON object whose keys keep their order.
#[derive(Debug)]
pub struct Counts(Vec<(&'static str, u32)>);

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

fn counts(names: impl Iterator<Item = &'static str>, values: &[u32]) -> Counts {
    Counts(
        names
            .zip(values)
            .filter(|(_, n)| **n > 0)
            .map(|(k, n)| (k, *n))
            .collect(),
    )
}

//! "Why?": everything the app says about one selected person or company.
//!
//! For a person: each company holding their data, each category with its explanation, whether
//! they ever said yes to that company, and what their settings kept back. For a company: who it
//! reached, who said yes, who did not, and its amplification in one sentence.

use crate::core::engine::{Engine, Exposure, ReasonKind};
use crate::core::model::{Category, CompanyIx, PersonIx};
use crate::present::explain::{explain, Explanation};
use crate::present::figures::{company_figures, consents, person_figures};
use crate::present::words::plural;

/// One category a company holds, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The data.
    pub category: Category,
    /// The primary reason.
    pub reason: ReasonKind,
    /// Why, in words.
    pub explanation: Explanation,
}

/// One company holding a person's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder {
    /// The company.
    pub company: CompanyIx,
    /// Its name.
    pub name: String,
    /// Whether the person ever said yes to it.
    pub said_yes: bool,
    /// What it holds, in category order.
    pub items: Vec<Item>,
}

/// "Why?" for a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonWhy {
    /// The person's name.
    pub name: String,
    /// One sentence: how many companies, how many without a yes.
    pub summary: String,
    /// The companies, in file order.
    pub holders: Vec<Holder>,
    /// What the person's settings kept from each company: (company name, categories).
    pub kept_back: Vec<(String, Vec<Category>)>,
}

/// "Why?" for a company.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompanyWhy {
    /// The company's name.
    pub name: String,
    /// "1 person said yes; 4 people were reached, 3 of them without saying yes."
    pub summary: String,
    /// Names of reached people who said yes.
    pub said_yes: Vec<String>,
    /// Names of reached people who did not.
    pub without_yes: Vec<String>,
}

/// "Why?" for `person`. `open` is the same evaluation with everyone's settings open
/// ([`crate::core::whatif::settings_open`]), to tell what the person's settings kept back.
pub fn person_why(
    engine: &Engine,
    exposure: &Exposure,
    open: &Exposure,
    person: PersonIx,
) -> PersonWhy {
    let s = engine.scenario();
    let name = s.person(person).name.clone();
    let figures = person_figures(s, exposure);
    let holders: Vec<Holder> = figures[person.ix()]
        .holdings
        .iter()
        .map(|h| Holder {
            company: h.company,
            name: s.company(h.company).name.clone(),
            said_yes: h.ever_consented,
            items: h
                .categories
                .iter()
                .filter_map(|(c, _)| exposure.find(h.company, person, *c))
                .map(|f| Item {
                    category: f.category,
                    reason: f.reason.kind(),
                    explanation: explain(engine, exposure, f),
                })
                .collect(),
        })
        .collect();
    let without = holders.iter().filter(|h| !h.said_yes).count();
    let summary = match (holders.len(), without) {
        (0, _) => format!("No company holds any of {name}'s data."),
        (n, 0) => format!(
            "{n} {} {name}'s data, and {name} said yes to {}.",
            plural(n, "company holds", "companies hold"),
            plural(n, "it", "each of them")
        ),
        (n, w) => format!(
            "{n} {} {name}'s data; {name} never said yes to {w} of them.",
            plural(n, "company holds", "companies hold")
        ),
    };
    let mut kept_back: Vec<(String, Vec<Category>)> = Vec::new();
    for f in open.facts.iter().filter(|f| f.person == person) {
        if exposure.find(f.company, person, f.category).is_some() {
            continue;
        }
        let company = &s.company(f.company).name;
        match kept_back.last_mut() {
            Some((c, cats)) if c == company => cats.push(f.category),
            _ => kept_back.push((company.clone(), vec![f.category])),
        }
    }
    PersonWhy {
        name,
        summary,
        holders,
        kept_back,
    }
}

/// "Why?" for `company`.
pub fn company_why(engine: &Engine, exposure: &Exposure, company: CompanyIx) -> CompanyWhy {
    let s = engine.scenario();
    let f = &company_figures(s, exposure)[company.ix()];
    let name = s.company(company).name.clone();
    let consented: std::collections::HashSet<PersonIx> = consents(s, exposure.date, exposure.mode)
        .filter(|g| g.company == company)
        .map(|g| g.person)
        .collect();
    let mut reached: Vec<PersonIx> = exposure
        .of_company(company)
        .iter()
        .map(|f| f.person)
        .collect();
    reached.dedup();
    let (yes, no): (Vec<PersonIx>, Vec<PersonIx>) =
        reached.into_iter().partition(|p| consented.contains(p));
    let names = |v: Vec<PersonIx>| {
        v.into_iter()
            .map(|p| s.person(p).name.clone())
            .collect::<Vec<_>>()
    };
    let summary = format!(
        "{} {} yes; {} {} reached, {} of them without saying yes.",
        f.consented,
        plural(f.consented as usize, "person said", "people said"),
        f.reached,
        plural(f.reached as usize, "person was", "people were"),
        f.without_consent
    );
    CompanyWhy {
        name,
        summary,
        said_yes: names(yes),
        without_yes: names(no),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::core::whatif::settings_open;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    fn friends() -> (Engine, Engine) {
        let s = parse(BUILTINS[0].json).unwrap();
        (Engine::new(settings_open(&s)), Engine::new(s))
    }

    #[test]
    fn a_person_reached_through_a_friend_reads_why() {
        let (open, e) = friends();
        let d = Date::parse("2014-01-01").unwrap();
        let (x, o) = (e.access(d), open.access(d));
        let you = e.scenario().person_by_id("you").unwrap();
        let why = person_why(&e, &x, &o, you);
        assert_eq!(
            why.summary,
            "1 company holds You's data; You never said yes to 1 of them."
        );
        assert_eq!(why.holders[0].name, "Personality quiz");
        assert!(!why.holders[0].said_yes);
        assert_eq!(why.holders[0].items.len(), 4);
        assert!(why.holders[0].items[0].explanation.to_string().contains(
            "You and Ben are friends, and Ben signed in to Personality quiz on 2013-06-10"
        ));
        assert!(why.kept_back.is_empty());
        // Chloé's setting kept her birthday, location and likes from the quiz.
        let chloe = e.scenario().person_by_id("chloe").unwrap();
        let why = person_why(&e, &x, &o, chloe);
        assert_eq!(
            why.kept_back,
            vec![(
                "Personality quiz".to_string(),
                vec![Category::Birthday, Category::Location, Category::Likes]
            )]
        );
    }

    #[test]
    fn a_company_says_how_far_its_yes_went() {
        let (_, e) = friends();
        let x = e.access(Date::parse("2014-01-01").unwrap());
        let why = company_why(&e, &x, CompanyIx(0));
        assert_eq!(
            why.summary,
            "1 person said yes; 4 people were reached, 3 of them without saying yes."
        );
        assert_eq!(why.said_yes, vec!["Ben"]);
        assert_eq!(why.without_yes, vec!["You", "Chloé", "Farid"]);
    }
}

//! "Why?": everything the app says about one selected person or company.
//!
//! For a person: each company that can see their data on the date (in the collected view: that
//! could have collected it up to the date), in one short line per route the data took
//! ("birthday, likes, name <- through Ben's sign-in to Personality quiz (2013-06-10)"), with the
//! full explanation of each category kept for details on demand; whether they ever said yes to
//! that company; what their settings kept back; and, when no company reaches anything of theirs,
//! why not. For a company: who it reached, who said yes, who did not, in one sentence, and why
//! it reaches nobody when it does not. The words say what the model computes, what a company
//! could see or could have collected, never that it holds or kept anything.

use crate::core::date::{Interval, Sureness};
use crate::core::engine::{DealSource, Engine, Exposure, Fact, Reason, ReasonKind};
use crate::core::model::{Category, CompanyIx, Node, PersonIx};
use crate::present::explain::{explain, Explanation};
use crate::present::figures::{consents, Figures};
use crate::present::words::Name;
use crate::say;

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

/// One way a company got a person's data: the categories that came by it, and the way in a few
/// words, naming the person or company it came through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// The data that came this way, in category order.
    pub categories: Vec<Category>,
    /// The kind of reason.
    pub reason: ReasonKind,
    /// The way, before the name it came through: "through", "handed on by", or the whole way
    /// when it came through nobody ("you said yes, signing in on 2013-06-10").
    pub words: String,
    /// Whom it came through, and the words after the name ("'s sign-in to Quiz (2013-06-10)").
    pub through: Option<(Node, String, String)>,
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
    /// The ways the data came, the strongest first.
    pub routes: Vec<Route>,
    /// What it holds, in category order, each with its whole explanation.
    pub items: Vec<Item>,
}

/// "Why?" for a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonWhy {
    /// The person's name.
    pub name: String,
    /// The panel's heading: "Who can see Ana's data on this date, and why?".
    pub heading: String,
    /// One sentence: how many companies, how many without a yes.
    pub summary: String,
    /// The companies, in file order.
    pub holders: Vec<Holder>,
    /// What the person's settings kept from each company: (company name, categories).
    pub kept_back: Vec<(String, Vec<Category>)>,
    /// When no company holds anything of theirs: why not.
    pub why_not: Option<String>,
}

/// "Why?" for a company.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompanyWhy {
    /// The company.
    pub company: CompanyIx,
    /// The company's name.
    pub name: String,
    /// "1 person said yes; 4 people were reached, 3 of them without saying yes."
    pub summary: String,
    /// Names of reached people who said yes.
    pub said_yes: Vec<String>,
    /// Names of reached people who did not.
    pub without_yes: Vec<String>,
    /// When it reaches nobody: why not.
    pub why_not: Option<String>,
}

/// "Why?" for `person`. `open` is the same evaluation with everyone's settings open
/// ([`crate::core::whatif::settings_open`]), to tell what the person's settings kept back.
pub fn person_why(
    engine: &Engine,
    exposure: &Exposure,
    open: &Exposure,
    figures: &Figures,
    person: PersonIx,
) -> PersonWhy {
    let s = engine.scenario();
    let name = s.person(person).name.clone();
    let who = Name(&name);
    let holders: Vec<Holder> = figures.people[person.ix()]
        .holdings
        .iter()
        .map(|h| {
            let facts: Vec<&Fact> = h
                .categories
                .iter()
                .filter_map(|(c, _)| exposure.find(h.company, person, *c))
                .collect();
            Holder {
                company: h.company,
                name: s.company(h.company).name.clone(),
                said_yes: h.ever_consented,
                routes: routes(engine, who, &facts),
                items: facts
                    .iter()
                    .map(|f| Item {
                        category: f.category,
                        reason: f.reason.kind(),
                        explanation: explain(engine, exposure, f),
                    })
                    .collect(),
            }
        })
        .collect();
    let without = holders.iter().filter(|h| !h.said_yes).count();
    let mode = exposure.mode.as_str();
    let summary = say!(
        "why-person-summary",
        companies = holders.len(),
        without = without,
        mode = mode,
        person = who.0,
        you = who.you(),
    );
    let heading = say!("why-heading", mode = mode, person = who.0, you = who.you());
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
    let why_not = holders
        .is_empty()
        .then(|| person_why_not(engine, exposure, person, &kept_back));
    PersonWhy {
        name,
        heading,
        summary,
        holders,
        kept_back,
        why_not,
    }
}

/// The ways `facts` (one company's, about one person) came, grouped by their primary reason,
/// the strongest first.
fn routes(engine: &Engine, who: Name<'_>, facts: &[&Fact]) -> Vec<Route> {
    let mut out: Vec<(Reason, Route)> = Vec::new();
    for f in facts {
        match out.iter_mut().find(|(r, _)| *r == f.reason) {
            Some((_, route)) => route.categories.push(f.category),
            None => out.push((f.reason, route(engine, who, f))),
        }
    }
    out.sort_by(|(a, _), (b, _)| {
        if engine.better(a, b) {
            std::cmp::Ordering::Less
        } else if engine.better(b, a) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    out.into_iter().map(|(_, r)| r).collect()
}

fn route(engine: &Engine, who: Name<'_>, f: &Fact) -> Route {
    let s = engine.scenario();
    let company = &s.company(f.company).name;
    let day = |i: &Interval| {
        let Some(date) = i.from.map(|d| d.to_string()) else {
            return String::new();
        };
        match i.illustrative.of_from() {
            Sureness::Given => say!("why-on-given", date = date),
            Sureness::Illustrative => say!("why-on-illustrative", date = date),
            Sureness::Unknown => say!("why-on-unknown", date = date),
        }
    };
    let person = |p: PersonIx| Some(Node::Person(p));
    let (words, through) = match f.reason {
        Reason::Consent { grant } => (
            say!(
                "why-route-consent",
                person = who.0,
                you = who.you(),
                on = day(&s.grants[grant as usize].interval),
            ),
            None,
        ),
        Reason::Deal(DealSource::Unasked(grant)) => (
            say!(
                "why-route-unasked",
                on = day(&s.grants[grant as usize].interval)
            ),
            None,
        ),
        Reason::Deal(DealSource::Agreement(a)) => (
            say!(
                "why-route-deal",
                on = day(&s.agreements[a as usize].interval)
            ),
            None,
        ),
        Reason::Friend { via, grant } => (
            say!("why-route-through"),
            person(via).map(|n| {
                let after = say!(
                    "why-route-friend-after",
                    company = company.as_str(),
                    on = day(&s.grants[grant as usize].interval),
                );
                (n, s.person(via).name.clone(), after)
            }),
        ),
        Reason::Mailbox { via, grant } => (
            say!("why-route-through"),
            person(via).map(|n| {
                let after = say!(
                    "why-route-mailbox-after",
                    company = company.as_str(),
                    on = day(&s.grants[grant as usize].interval),
                );
                (n, s.person(via).name.clone(), after)
            }),
        ),
        Reason::Transfer { from, transfer } => (
            say!("why-route-handed-on"),
            Some((
                Node::Company(from),
                s.company(from).name.clone(),
                day(&s.transfers[transfer as usize].interval),
            )),
        ),
    };
    Route {
        categories: vec![f.category],
        reason: f.reason.kind(),
        words,
        through,
    }
}

/// Why no company holds anything of `person`'s.
fn person_why_not(
    engine: &Engine,
    exposure: &Exposure,
    person: PersonIx,
    kept_back: &[(String, Vec<Category>)],
) -> String {
    let s = engine.scenario();
    let p = s.person(person);
    let who = Name(&p.name);
    if !kept_back.is_empty() {
        return say!("why-kept-back", person = who.0, you = who.you());
    }
    let friends = engine.friends_at(person, exposure.date).count();
    let friend_apps = s.grants.iter().any(|g| {
        !g.of_friends().is_empty()
            && exposure.counts(&g.interval)
            && engine
                .friends_at(person, exposure.date)
                .any(|(f, _)| f == g.person)
    });
    let case = match (friends, friend_apps) {
        (0, _) => "no-friends",
        (_, false) => "no-apps",
        (_, true) => "apps",
    };
    let mut out = say!(
        "why-not-signed-in",
        person = who.0,
        you = who.you(),
        case = case,
        date = exposure.date.to_string(),
    );
    if friends > 0 {
        out.push_str(&deals_over_friends(engine, exposure, person));
    }
    out
}

/// For each deal over friends' data active in `exposure`: why it did not reach `person`,
/// whose friends' sign-ins to that company (if any) do not ask for friends' data.
fn deals_over_friends(engine: &Engine, exposure: &Exposure, person: PersonIx) -> String {
    let s = engine.scenario();
    let who = Name(&s.person(person).name);
    let friends: Vec<PersonIx> = engine
        .friends_at(person, exposure.date)
        .map(|(f, _)| f)
        .collect();
    let mut out = String::new();
    let mut told = Vec::new();
    for a in s
        .agreements
        .iter()
        .filter(|a| !a.friend_data.is_empty() && exposure.counts(&a.interval))
    {
        if told.contains(&a.company) {
            continue;
        }
        told.push(a.company);
        let company = &s.company(a.company).name;
        let signed_in: Vec<&str> = s
            .grants
            .iter()
            .filter(|g| {
                g.company == a.company
                    && exposure.counts(&g.interval)
                    && friends.contains(&g.person)
            })
            .map(|g| s.person(g.person).name.as_str())
            .collect();
        out.push(' ');
        out.push_str(&if signed_in.is_empty() {
            say!(
                "why-deal-no-friend-signed-in",
                company = company.as_str(),
                you = who.you(),
            )
        } else {
            say!(
                "why-deal-sign-in-does-not-ask",
                company = company.as_str(),
                names = signed_in.join(", "),
            )
        });
    }
    out
}

/// "Why?" for `company`.
pub fn company_why(
    engine: &Engine,
    exposure: &Exposure,
    figures: &Figures,
    company: CompanyIx,
) -> CompanyWhy {
    let s = engine.scenario();
    let f = &figures.companies[company.ix()];
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
    let summary = say!(
        "why-company-summary",
        consented = f.consented,
        reached = f.reached,
        without = f.without_consent,
    );
    let why_not = (f.reached == 0).then(|| {
        let grants = s.grants.iter().filter(|g| g.company == company).count();
        let active = s
            .grants
            .iter()
            .any(|g| g.company == company && exposure.counts(&g.interval));
        if grants == 0 && !s.agreements.iter().any(|a| a.company == company) {
            say!("why-company-nobody", company = name.as_str())
        } else if !active {
            say!(
                "why-company-inactive",
                company = name.as_str(),
                date = exposure.date.to_string(),
            )
        } else {
            say!("why-company-apps-off", company = name.as_str())
        }
    });
    CompanyWhy {
        company,
        name,
        summary,
        said_yes: names(yes),
        without_yes: names(no),
        why_not,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::core::engine::Mode;
    use crate::core::whatif::settings_open;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    fn friends() -> (Engine, Engine) {
        let s = parse(&BUILTINS[0].json()).unwrap();
        (Engine::new(settings_open(&s)), Engine::new(s))
    }

    #[test]
    fn a_person_reached_through_a_friend_reads_why() {
        let (open, e) = friends();
        let d = Date::parse("2014-01-01").unwrap();
        let (x, o) = (e.access(d), open.access(d));
        let you = e.scenario().person_by_id("you").unwrap();
        let why = person_why(&e, &x, &o, &Figures::of(e.scenario(), &x), you);
        assert_eq!(
            why.summary,
            "1 company can see your data on this date; you never said yes to it."
        );
        assert_eq!(why.holders[0].name, "Personality quiz");
        assert!(!why.holders[0].said_yes);
        assert_eq!(why.holders[0].items.len(), 4);
        assert!(why.holders[0].items[0].explanation.to_string().contains(
            "You and Ben are friends, and Ben signed in to Personality quiz on 2013-06-10"
        ));
        assert!(why.kept_back.is_empty());
        // One line for the route: four categories through Ben's sign-in.
        let routes = &why.holders[0].routes;
        assert_eq!(routes.len(), 1);
        assert_eq!(routes[0].categories.len(), 4);
        assert_eq!(routes[0].words, "through");
        let (via, name, after) = routes[0].through.clone().unwrap();
        assert_eq!(via, Node::Person(e.scenario().person_by_id("ben").unwrap()));
        assert_eq!(
            (name.as_str(), after.as_str()),
            (
                "Ben",
                " signing in to Personality quiz (2013-06-10, an illustrative date)"
            )
        );
        assert_eq!(why.why_not, None);
        // Chloé's setting kept her birthday, location and likes from the quiz.
        let chloe = e.scenario().person_by_id("chloe").unwrap();
        let why = person_why(&e, &x, &o, &Figures::of(e.scenario(), &x), chloe);
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
        let why = company_why(&e, &x, &Figures::of(e.scenario(), &x), CompanyIx(0));
        assert_eq!(
            why.summary,
            "1 person said yes; 4 people were reached, 3 of them without saying yes."
        );
        assert_eq!(why.said_yes, vec!["Ben"]);
        assert_eq!(why.without_yes, vec!["You", "Chloé", "Farid"]);
        assert_eq!(why.why_not, None);
    }

    #[test]
    fn nobody_reached_says_why_not() {
        let (open, e) = friends();
        let d = Date::parse("2014-01-01").unwrap();
        let (x, o) = (e.access(d), open.access(d));
        // Dev turned platform apps off; Esi's only friends used no app that asked for friends.
        let esi = e.scenario().person_by_id("esi").unwrap();
        let why = person_why(&e, &x, &o, &Figures::of(e.scenario(), &x), esi);
        assert!(why.holders.is_empty());
        assert_eq!(
            why.summary,
            "No company can see any of Esi's data on this date."
        );
        assert_eq!(why.heading, "Who can see Esi's data on this date, and why?");
        let collected = e.evaluate(d, Mode::Collected);
        let why = person_why(
            &e,
            &collected,
            &o,
            &Figures::of(e.scenario(), &collected),
            esi,
        );
        assert_eq!(
            why.summary,
            "No company could have collected any of Esi's data up to this date."
        );
        let why_not = why.why_not.unwrap();
        assert!(
            why_not.starts_with("Esi did not sign in to any company"),
            "{why_not}"
        );
        // Before the quiz existed, the quiz reached nobody: no sign-in was active.
        let early = e.access(Date::parse("2012-01-01").unwrap());
        let quiz = company_why(&e, &early, &Figures::of(e.scenario(), &early), CompanyIx(0));
        assert_eq!(
            quiz.why_not.as_deref(),
            Some("No sign-in to Personality quiz was active on 2012-01-01.")
        );
    }
}

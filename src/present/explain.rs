//! Plain-language explanations: why a company holds a piece of someone's data.
//!
//! An explanation follows a fact's primary reason back to the grant or agreement it rests on,
//! through any chain of transfers, and says each step in a sentence. It reads the scenario and
//! the result; it computes no exposure of its own, so it cannot disagree with the engine.
//!
//! The words say what a company could do, as the sources on real companies do ("was able to",
//! "allowed"): in the access view a company "can see" data on the date, in the collected view it
//! "could have collected" it up to the date; never that it "holds" or "kept" it. What only the
//! model decides (a deal over every user asks no one; a mailbox passes over the friend's
//! settings) is said to be the model's. A date of a deal or a transfer is the scenario's, and is
//! said to be; one the scenario marks illustrative (a day chosen within a sourced year) is called
//! that, and one it marks unknown (no source gives it) is called a stand-in, wherever it is named.

use crate::core::date::{Date, Interval, Sureness};
use crate::core::engine::{DealSource, Engine, Exposure, Fact, Reason};
use crate::core::model::{Category, CompanyIx, PersonIx};
use crate::present::words::{Label, Name};
use crate::say;

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
    let who = Name(&s.person(fact.person).name);
    let headline = say!(
        "explain-headline",
        mode = exposure.mode.as_str(),
        company = s.company(fact.company).name.as_str(),
        person = who.0,
        you = who.you(),
        category = fact.category.label(),
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
    let company = s.company(fact.company).name.as_str();
    let who = Name(&s.person(fact.person).name);
    let (person, you) = (who.0, who.you());
    let category = fact.category.label();
    let on_grant = |grant: u32| on(&s.grants[grant as usize].interval);
    match fact.reason {
        Reason::Consent { grant } => say!(
            "explain-consent",
            person = person,
            you = you,
            company = company,
            on = on_grant(grant),
            category = category,
        ),
        Reason::Deal(DealSource::Unasked(grant)) => say!(
            "explain-unasked",
            person = person,
            you = you,
            company = company,
            on = on_grant(grant),
            category = category,
        ),
        Reason::Deal(DealSource::Agreement(a)) => say!(
            "explain-deal",
            company = company,
            since = since(&s.agreements[a as usize].interval),
            category = category,
            person = person,
            you = you,
        ),
        Reason::Friend { via, grant } => {
            let friend = Name(&s.person(via).name);
            let granted = say!(
                "explain-friend",
                person = person,
                you = you,
                friend = friend.0,
                friend_you = friend.you(),
                company = company,
                on = on_grant(grant),
                category = category,
            );
            format!(
                "{granted} {} {}",
                why_open(engine, fact.company, fact.category, fact.at),
                why_allowed(engine, fact.company, fact.person, fact.category),
            )
        }
        Reason::Mailbox { via, grant } => {
            let friend = Name(&s.person(via).name);
            say!(
                "explain-mailbox",
                person = person,
                you = you,
                friend = friend.0,
                friend_you = friend.you(),
                company = company,
                on = on_grant(grant),
            )
        }
        Reason::Transfer { from, transfer } => say!(
            "explain-transfer",
            from = s.company(from).name.as_str(),
            person = person,
            you = you,
            category = category,
            company = company,
            since = since(&s.transfers[transfer as usize].interval),
        ),
    }
}

fn why_open(engine: &Engine, company: CompanyIx, k: Category, at: Date) -> String {
    let s = engine.scenario();
    if let Some(period) = s.friend_permissions.iter().find(|p| p.contains(at)) {
        return match period.until {
            Some(until) => say!("explain-open-until", until = until.to_string()),
            None => say!("explain-open"),
        };
    }
    let deal = s
        .agreements
        .iter()
        .find(|a| a.company == company && a.friend_data.contains(k) && a.interval.contains(at));
    match deal {
        Some(a) => say!(
            "explain-open-by-deal",
            company = s.company(company).name.as_str(),
            since = since(&a.interval),
            category = k.label(),
        ),
        None => String::new(),
    }
}

fn why_allowed(engine: &Engine, company: CompanyIx, person: PersonIx, k: Category) -> String {
    let s = engine.scenario();
    let p = s.person(person);
    let who = Name(&p.name);
    if p.platform_apps && p.apps_others_use.contains(k) {
        say!(
            "explain-allowed",
            person = who.0,
            you = who.you(),
            category = k.label(),
        )
    } else {
        say!(
            "explain-passed-over",
            person = who.0,
            you = who.you(),
            category = k.label(),
            company = s.company(company).name.as_str(),
        )
    }
}

/// The day something began, " on 2013-06-10", saying so when the day is illustrative or unknown.
fn on(interval: &Interval) -> String {
    let Some(date) = interval.from.map(|d| d.to_string()) else {
        return String::new();
    };
    match interval.illustrative.of_from() {
        Sureness::Given => say!("explain-on-given", date = date),
        Sureness::Illustrative => say!("explain-on-illustrative", date = date),
        Sureness::Unknown => say!("explain-on-unknown", date = date),
    }
}

/// The start of a deal or a transfer, as the scenario dates it, saying so when the day is
/// illustrative or unknown.
fn since(interval: &Interval) -> String {
    let Some(date) = interval.from.map(|d| d.to_string()) else {
        return String::new();
    };
    match interval.illustrative.of_from() {
        Sureness::Given => say!("explain-since-given", date = date),
        Sureness::Illustrative => say!("explain-since-illustrative", date = date),
        Sureness::Unknown => say!("explain-since-unknown", date = date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::Mode;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    fn day(t: &str) -> Date {
        Date::parse(t).unwrap()
    }

    fn explained(
        slug: usize,
        at: &str,
        mode: Mode,
        company: &str,
        person: &str,
        k: Category,
    ) -> String {
        let e = Engine::new(parse(BUILTINS[slug].json).unwrap());
        let x = e.evaluate(day(at), mode);
        let s = e.scenario();
        let f = x
            .find(
                s.company_by_id(company).unwrap(),
                s.person_by_id(person).unwrap(),
                k,
            )
            .unwrap_or_else(|| panic!("{company} reaches {person}'s {k:?}"));
        explain(&e, &x, f).to_string()
    }

    #[test]
    fn a_deals_date_is_the_scenarios_and_says_what_the_deal_allowed() {
        let bing = explained(2, "2016-06-01", Mode::Access, "bing", "ana", Category::Name);
        assert_eq!(
            bing,
            "Microsoft Bing can see Ana's name: Microsoft Bing had a deal with the platform (from 2010-04-21, an illustrative date) that let it see the name of every user, Ana included; in this model such a deal needs no one's sign-in."
        );
        let amazon = explained(
            2,
            "2016-06-01",
            Mode::Access,
            "amazon",
            "dan",
            Category::Contact,
        );
        assert!(
            amazon.contains("Amazon's deal with the platform (its start is not known: this scenario starts it on 2015-04-30, a stand-in) still let it ask for friends' contact details."),
            "{amazon}"
        );
        assert!(amazon.contains("Dan's settings said no"), "{amazon}");
        assert!(
            amazon
                .contains("in this scenario Amazon's deal with the platform passes over settings"),
            "{amazon}"
        );
        assert!(!amazon.contains("ignored"), "{amazon}");
    }

    #[test]
    fn a_date_the_scenario_does_not_mark_illustrative_is_the_scenarios_own() {
        let mut s = parse(BUILTINS[2].json).unwrap();
        for a in &mut s.agreements {
            a.interval.illustrative = crate::core::date::Illustrative::NONE;
        }
        let e = Engine::new(s);
        let x = e.access(Date::parse("2016-06-01").unwrap());
        let bing = e.scenario().company_by_id("bing").unwrap();
        let ana = e.scenario().person_by_id("ana").unwrap();
        let f = x.find(bing, ana, Category::Name).unwrap();
        assert!(explain(&e, &x, f)
            .to_string()
            .contains("(from 2010-04-21 in this scenario)"));
    }

    #[test]
    fn the_collected_view_says_could_have_collected() {
        let spotify = explained(
            2,
            "2017-01-15",
            Mode::Collected,
            "spotify",
            "femi",
            Category::Messages,
        );
        assert!(
            spotify.starts_with("Spotify could have collected Femi's messages: "),
            "{spotify}"
        );
        assert!(!spotify.contains("has collected"));
    }

    #[test]
    fn friend_permissions_are_not_said_to_be_open_to_any_app() {
        let you = explained(
            0,
            "2014-06-01",
            Mode::Access,
            "quiz",
            "you",
            Category::Birthday,
        );
        assert!(
            you.contains("Apps could still ask for friends' data then (until 2015-04-30)."),
            "{you}"
        );
        assert!(!you.contains("Any app"), "{you}");
    }
}

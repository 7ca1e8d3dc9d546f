//! The headline of a scenario: what it comes to, in one line, above everything else.
//!
//! It counts what was collected up to the scenario's own date (data once copied is not given
//! back), so it states the scenario's claim rather than the moment the reader is looking at:
//! how many people said yes, how many were reached, and the company that reached most people
//! who never said yes to it. [`real_event`] puts that next to the real event the scenario tells
//! ([`SCALE`], [`PARTNERS`]), with its source.

use crate::core::model::Scenario;
use crate::present::figures::Figures;
use crate::say;

/// A sourced sentence about the real event, shown beside a scenario's own figures.
#[derive(Clone, Copy, Debug)]
pub struct Claim {
    /// The sentence, in the page's language.
    pub text: fn() -> String,
    /// The source's title, publisher, date and address.
    pub title: &'static str,
    /// Who published it.
    pub publisher: &'static str,
    /// When (ISO).
    pub date: &'static str,
    /// Where to read it.
    pub url: &'static str,
}

/// The scale of the real event (docs/facts.md: about 270,000 installs is Facebook's figure of 16
/// March 2018; up to 87 million its upper bound of 4 April 2018, the post linked).
pub const SCALE: Claim = Claim {
    text: || say!("real-event-scale"),
    title: "An Update on Our Plans to Restrict Data Access on Facebook",
    publisher: "Facebook Newsroom",
    date: "2018-04-04",
    url: "https://about.fb.com/news/2018/04/restricting-data-access/",
};

/// The partner deals as the New York Times reported them (docs/facts.md, P1): the real event
/// of "Partners behind the wall".
pub const PARTNERS: Claim = Claim {
    text: || say!("real-event-partners"),
    title: "As Facebook Raised a Privacy Wall, It Carved an Opening for Tech Giants",
    publisher: "The New York Times",
    date: "2018-12-18",
    url: "https://www.nytimes.com/2018/12/18/technology/facebook-privacy.html",
};

/// Two claims are the same when they cite the same address.
impl PartialEq for Claim {
    fn eq(&self, other: &Claim) -> bool {
        self.url == other.url
    }
}

impl Eq for Claim {}

/// The real event `s` tells, known by the source it cites for it: [`SCALE`] where it cites
/// Facebook's post of 4 April 2018, [`PARTNERS`] where it cites the New York Times' report.
/// None for a scenario that tells neither (an empty sandbox, an imported network).
pub fn real_event(s: &Scenario) -> Option<&'static Claim> {
    [&SCALE, &PARTNERS].into_iter().find(|c| {
        s.sources
            .iter()
            .any(|src| src.url.as_deref() == Some(c.url))
    })
}

/// What a scenario comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// People who said yes to some company.
    pub said_yes: usize,
    /// People whose data some company holds.
    pub reached: usize,
    /// Of those, people some company holds that they never said yes to.
    pub without_consent: usize,
    /// The company that holds the data of most people who never said yes to it: its name, the
    /// people it reached and how many of them said yes to it.
    pub top: Option<(String, u32, u32)>,
}

/// The headline of a result of `s`, from its `figures`.
pub fn headline(s: &Scenario, figures: &Figures) -> Headline {
    let people = &figures.people;
    let said_yes = people
        .iter()
        .filter(|p| p.holdings.iter().any(|h| h.ever_consented))
        .count();
    let reached = people.iter().filter(|p| !p.holdings.is_empty()).count();
    let without_consent = people
        .iter()
        .filter(|p| p.holdings.iter().any(|h| !h.ever_consented))
        .count();
    // The most people reached without a yes; ties go to the company first in the file.
    let top = figures
        .companies
        .iter()
        .filter(|f| f.without_consent > 0)
        .fold(
            None,
            |best: Option<&crate::present::figures::CompanyFigures>, f| match best {
                Some(b) if b.without_consent >= f.without_consent => Some(b),
                _ => Some(f),
            },
        )
        .map(|f| (s.company(f.company).name.clone(), f.reached, f.consented));
    Headline {
        said_yes,
        reached,
        without_consent,
        top,
    }
}

impl Headline {
    /// The headline in words: "3 people said yes. 14 were reached, 14 of them by a company they
    /// never said yes to. Cambridge Analytica: 14 reached, none said yes."
    pub fn text(&self) -> String {
        let mut out = say!(
            "headline",
            said_yes = self.said_yes,
            reached = self.reached,
            without_consent = self.without_consent,
        );
        if let Some((name, reached, consented)) = &self.top {
            out.push(' ');
            out.push_str(&say!(
                "headline-top",
                company = name.as_str(),
                reached = *reached,
                consented = *consented,
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::Engine;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    fn of(slug: &str) -> Headline {
        let b = BUILTINS.iter().find(|b| b.slug == slug).unwrap();
        let e = Engine::new(parse(&b.json()).unwrap());
        let x = e.collected(e.scenario().date);
        headline(e.scenario(), &Figures::of(e.scenario(), &x))
    }

    #[test]
    fn the_quiz_reaches_friends_who_never_said_yes() {
        let h = of("friends");
        assert_eq!(h.said_yes, 1);
        assert!(h.reached > h.said_yes);
        assert_eq!(h.without_consent, h.reached - h.said_yes);
        let (name, reached, consented) = h.top.clone().unwrap();
        assert_eq!((name.as_str(), consented), ("Personality quiz", 1));
        assert_eq!(reached as usize, h.reached);
        assert!(h.text().starts_with("1 person said yes. "), "{}", h.text());
    }

    #[test]
    fn every_built_in_has_a_headline_naming_a_company() {
        for b in BUILTINS {
            let h = of(b.slug);
            assert!(h.top.is_some(), "{}", b.slug);
            assert!(h.reached >= h.said_yes && h.reached >= h.without_consent);
            assert!(h.text().ends_with("said yes."), "{}", h.text());
        }
    }

    #[test]
    fn a_network_without_companies_says_nobody_was_reached() {
        let e = Engine::new(crate::sandbox::empty(
            crate::core::date::Date::parse("2014-01-01").unwrap(),
        ));
        let x = e.collected(e.scenario().date);
        let h = headline(e.scenario(), &Figures::of(e.scenario(), &x));
        assert_eq!(h.text(), "0 people said yes. 0 were reached.");
    }
}

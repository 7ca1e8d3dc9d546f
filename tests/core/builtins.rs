//! The built-in scenarios: valid, sourced, and telling the stories they claim to.

use spillover::core::engine::{Engine, Mode, ReasonKind};
use spillover::files::builtin::BUILTINS;
use spillover::files::scenario::parse;
use spillover::present::figures::company_figures;

use crate::date;

fn load(slug: &str) -> Engine {
    let b = BUILTINS
        .iter()
        .find(|b| b.slug == slug)
        .expect("built-in exists");
    Engine::new(parse(b.json).expect("built-in scenarios are valid"))
}

#[test]
fn every_built_in_is_valid_and_cites_its_sources() {
    for b in BUILTINS {
        let s = parse(b.json).unwrap_or_else(|p| panic!("{}: {p:#?}", b.slug));
        assert!(!s.sources.is_empty(), "{} cites no source", b.slug);
        assert!(!s.description.is_empty());
        let cited = s
            .grants
            .iter()
            .map(|g| &g.source)
            .chain(s.agreements.iter().map(|a| &a.source))
            .chain(s.transfers.iter().map(|t| &t.source));
        for source in cited {
            assert!(
                source.is_some(),
                "{}: a grant, agreement or transfer without a source",
                b.slug
            );
        }
        // Every description that uses a date it cannot pin down says so.
        assert!(
            s.description.contains("ncertain") || s.description.contains("invented"),
            "{}",
            b.slug
        );
    }
}

#[test]
fn you_and_your_friends_reaches_people_who_never_clicked() {
    let e = load("friends");
    let x = e.access(e.scenario().date);
    let quiz = &company_figures(e.scenario(), &x)[0];
    assert_eq!(quiz.consented, 1);
    assert!(quiz.without_consent >= 3, "{quiz:?}");
    let you = e.scenario().person_by_id("you").unwrap();
    assert!(x
        .facts
        .iter()
        .any(|f| f.person == you && f.reason.kind() == ReasonKind::Friend));
    // Dev turned platform apps off and is not reached.
    let dev = e.scenario().person_by_id("dev").unwrap();
    assert!(x.facts.iter().all(|f| f.person != dev));
    // After 30 April 2015 nothing flows through friends any more.
    let later = e.access(date("2015-05-01"));
    assert!(later
        .facts
        .iter()
        .all(|f| f.reason.kind() != ReasonKind::Friend));
}

#[test]
fn digital_life_hands_the_harvest_to_cambridge_analytica() {
    let e = load("digital-life");
    let s = e.scenario();
    let ca = s.company_by_id("ca").unwrap();
    let gsr = s.company_by_id("gsr").unwrap();
    let x = e.collected(date("2016-01-01"));
    let figures = company_figures(s, &x);
    let (g, c) = (&figures[gsr.ix()], &figures[ca.ix()]);
    assert_eq!(g.consented, 3);
    assert!(g.reached > 3 * 3, "three installers reach many more: {g:?}");
    assert_eq!(
        c.reached, g.reached,
        "everyone GSR reached went on to Cambridge Analytica"
    );
    assert_eq!(c.consented, 0);
    // Before the handover, Cambridge Analytica has nothing.
    let before = e.evaluate(date("2014-05-31"), Mode::Collected);
    assert!(before.of_company(ca).is_empty());
}

#[test]
fn partners_reach_people_after_friend_permissions_closed() {
    let e = load("partners");
    let s = e.scenario();
    let x = e.access(s.date);
    assert!(!e.policy_open(s.date));
    let figures = company_figures(s, &x);
    let by_id = |id: &str| &figures[s.company_by_id(id).unwrap().ix()];
    assert_eq!(by_id("bing").reached as usize, s.people.len());
    assert!(by_id("spotify").without_consent > 0);
    assert!(by_id("amazon").without_consent > 0);
    assert!(by_id("yahoo").without_consent > 0);
    // Netflix's and RBC's messaging features ended in 2015; Bing's deal in February 2017.
    assert_eq!(by_id("netflix").reached, 0);
    assert_eq!(by_id("rbc").reached, 0);
    let later = company_figures(s, &e.access(date("2017-03-01")));
    assert_eq!(later[s.company_by_id("bing").unwrap().ix()].reached, 0);
    // Femi turned apps off, and Spotify still reads Femi's messages with Ben.
    let femi = s.person_by_id("femi").unwrap();
    let spotify = s.company_by_id("spotify").unwrap();
    assert!(x
        .of_company(spotify)
        .iter()
        .any(|f| f.person == femi && f.reason.kind() == ReasonKind::Mailbox));
}

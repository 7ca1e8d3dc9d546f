//! Rules in bulk on an imported network: a quiz installed by a share of people, a share
//! narrowing "Apps others use", a deal over everyone; each one undoable edit.

use std::collections::BTreeSet;

use spillover::core::date::Interval;
use spillover::core::engine::{Engine, Mode};
use spillover::core::model::{Category, CategorySet, CompanyKind, Scenario, Scope};
use spillover::files::network::{import, Input};
use spillover::sandbox::{pick, Edit, Field, History};

use crate::{date, lines};

/// A ring of `n` people, `0 1`, `1 2`, …, `n-1 0`, imported from an edge list.
fn ring(n: usize) -> Scenario {
    let text: String = (0..n).map(|i| format!("{i} {}\n", (i + 1) % n)).collect();
    import(&[Input {
        name: "ring.edges",
        text: &text,
    }])
    .expect("a ring imports")
    .scenario
}

fn quiz(percent: u8, seed: u64) -> Edit {
    Edit::QuizByShare {
        id: "quiz".into(),
        name: "Quiz".into(),
        scopes: vec![Scope::Own(Category::Name), Scope::Friends(Category::Likes)],
        percent,
        seed,
        interval: Interval::default(),
    }
}

#[test]
fn a_seeded_share_picks_the_same_people_rounded_and_at_least_one() {
    let s = ring(200);
    let ten = pick(&s, 10, 7);
    assert_eq!(ten.len(), 20);
    assert_eq!(pick(&s, 10, 7), ten, "the same seed picks the same people");
    assert_ne!(pick(&s, 10, 8), ten, "another seed picks others");
    assert!(
        ten.windows(2).all(|w| w[0] < w[1]),
        "in the scenario's order"
    );
    assert_eq!(pick(&s, 100, 1).len(), 200);
    assert_eq!(pick(&ring(5), 1, 1).len(), 1);
    assert_eq!(pick(&s, 0, 1).len(), 0);
    // Growing the network keeps most of a share where it was.
    let bigger: BTreeSet<u32> = pick(&ring(220), 10, 7).iter().map(|p| p.0).collect();
    let kept = ten.iter().filter(|p| bigger.contains(&p.0)).count();
    assert!(kept >= 15, "{kept} of 20 kept");
}

#[test]
fn a_quiz_by_share_reaches_the_friends_of_those_who_installed_it_and_undoes_whole() {
    let before = ring(100);
    let mut h = History::new(before.clone());
    h.edit(&quiz(5, 1)).expect("accepted");
    let s = h.present().clone();
    assert_eq!(s.companies.len(), 1);
    assert_eq!(s.companies[0].kind, CompanyKind::App);
    assert_eq!(s.grants.len(), 5);
    let engine = Engine::new(s);
    let facts = lines(&engine, &engine.evaluate(date("2014-01-01"), Mode::Access));
    let friends = facts
        .iter()
        .filter(|l| l.contains(" likes friend "))
        .count();
    assert!(
        (6..=10).contains(&friends),
        "5 installs in a ring reach 6 to 10 friends: {friends}"
    );
    assert!(h.undo());
    assert_eq!(h.present(), &before, "one undo takes the whole rule back");
    // A second quiz on the same company adds grants to it, not a second company.
    h.redo();
    h.edit(&quiz(5, 2)).expect("accepted");
    assert_eq!(h.present().companies.len(), 1);
    assert_eq!(h.present().grants.len(), 10);
}

#[test]
fn a_share_narrows_apps_others_use_and_a_deal_reaches_everyone() {
    let mut h = History::new(ring(50));
    h.edit(&Edit::NarrowByShare {
        percent: 20,
        seed: 3,
        keep: CategorySet::EMPTY,
    })
    .expect("accepted");
    let narrowed = h
        .present()
        .people
        .iter()
        .filter(|p| p.apps_others_use.is_empty())
        .count();
    assert_eq!(narrowed, 10);
    h.edit(&Edit::DealOverEveryone {
        id: "partner".into(),
        name: "Partner".into(),
        all_users: [Category::Name].into_iter().collect(),
        interval: Interval::default(),
    })
    .expect("accepted");
    let s = h.present().clone();
    assert_eq!(s.companies[0].kind, CompanyKind::Partner);
    let engine = Engine::new(s);
    let facts = lines(&engine, &engine.evaluate(date("2014-01-01"), Mode::Access));
    assert_eq!(
        facts
            .iter()
            .filter(|l| l.starts_with("partner ") && l.ends_with(" name deal -"))
            .count(),
        50
    );
}

#[test]
fn rules_in_bulk_are_refused_at_their_field_and_change_nothing() {
    let mut h = History::new(ring(10));
    let refused = |h: &mut History, e: Edit| h.edit(&e).expect_err("refused");
    let r = refused(&mut h, quiz(0, 1));
    assert_eq!(
        (r.field, r.message.as_str()),
        (Field::Share, "A share is 1% to 100% of people, not 0%.")
    );
    assert_eq!(refused(&mut h, quiz(101, 1)).field, Field::Share);
    let mut empty_scopes = quiz(10, 1);
    if let Edit::QuizByShare { scopes, .. } = &mut empty_scopes {
        scopes.clear();
    }
    assert_eq!(refused(&mut h, empty_scopes).field, Field::Scopes);
    let mut a_person = quiz(10, 1);
    if let Edit::QuizByShare { id, .. } = &mut a_person {
        *id = "3".into();
    }
    assert_eq!(
        refused(&mut h, a_person).message,
        "\"3\" is a person's id; choose another."
    );
    let mut nobody = History::new(spillover::sandbox::empty(date("2014-01-01")));
    assert_eq!(refused(&mut nobody, quiz(10, 1)).field, Field::Share);
    assert!(!h.can_undo(), "nothing was changed");
}

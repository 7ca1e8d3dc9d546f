//! Each rule of MODEL.md, with its edge cases.

use serde_json::json;
use spillover::core::engine::Mode;
use spillover::present::explain::explain;
use spillover::present::figures::{company_figures, person_figures};

use crate::{check, check_mode, date, engine, scenario};

fn people(ids: &[&str]) -> serde_json::Value {
    json!(ids
        .iter()
        .map(|id| json!({"id": id, "name": id.to_uppercase()}))
        .collect::<Vec<_>>())
}

const OPEN: &str = r#"{"friend_permissions": [{"from": "2010-04-21", "until": "2015-04-30"}]}"#;

fn open() -> serde_json::Value {
    serde_json::from_str(OPEN).unwrap()
}

// --- Rule 1: consent

#[test]
fn consent_gives_the_granted_own_categories_only() {
    check(
        scenario(json!({
            "people": people(&["ana", "ben"]),
            "companies": [{"id": "app", "name": "App"}],
            "friendships": [{"between": ["ana", "ben"]}],
            "grants": [{"person": "ana", "company": "app", "scopes": ["name", "likes"]}],
        })),
        "2014-01-01",
        &["app ana name consent -", "app ana likes consent -"],
    );
}

#[test]
fn a_grant_counts_from_its_first_day_until_the_day_before_until() {
    let file = scenario(json!({
        "people": people(&["ana"]),
        "companies": [{"id": "app", "name": "App"}],
        "grants": [{"person": "ana", "company": "app", "scopes": ["name"],
                    "from": "2012-01-01", "until": "2013-01-01"}],
    }));
    check(file.clone(), "2011-12-31", &[]);
    check(file.clone(), "2012-01-01", &["app ana name consent -"]);
    check(file.clone(), "2012-12-31", &["app ana name consent -"]);
    check(file, "2013-01-01", &[]);
}

#[test]
fn a_grant_never_asked_about_is_a_deal() {
    check(
        scenario(json!({
            "people": people(&["ana"]),
            "companies": [{"id": "app", "name": "App"}],
            "grants": [{"person": "ana", "company": "app", "scopes": ["contact"], "explicit": false}],
        })),
        "2014-01-01",
        &["app ana contact deal -"],
    );
}

#[test]
fn a_grant_by_someone_with_platform_apps_off_counts_for_nothing() {
    check(
        scenario(json!({
            "policy": open(),
            "people": [{"id": "ana", "name": "Ana", "platform_apps": false}, {"id": "ben", "name": "Ben"}],
            "companies": [{"id": "app", "name": "App"}],
            "friendships": [{"between": ["ana", "ben"], "messages": true}],
            "grants": [{"person": "ana", "company": "app", "scopes": ["name", "messages", "friends.likes"]}],
        })),
        "2014-01-01",
        &[],
    );
}

// --- Rule 2: through a friend

fn quiz(
    ben: serde_json::Value,
    policy: serde_json::Value,
    agreements: serde_json::Value,
) -> serde_json::Value {
    scenario(json!({
        "policy": policy,
        "people": [{"id": "ana", "name": "Ana"}, ben, {"id": "cat", "name": "Cat"}],
        "companies": [{"id": "quiz", "name": "Quiz"}],
        "friendships": [{"between": ["ana", "ben"]}, {"between": ["ben", "cat"], "from": "2014-06-01"}],
        "grants": [{"person": "ana", "company": "quiz", "scopes": ["friends.likes", "friends.birthday"]}],
        "agreements": agreements,
    }))
}

#[test]
fn friends_data_flows_while_friend_permissions_are_open() {
    let file = quiz(json!({"id": "ben", "name": "Ben"}), open(), json!([]));
    check(
        file.clone(),
        "2014-01-01",
        &["quiz ben likes friend ana", "quiz ben birthday friend ana"],
    );
    // Closed on 2015-04-30: the first day it no longer holds.
    check(
        file.clone(),
        "2015-04-29",
        &["quiz ben likes friend ana", "quiz ben birthday friend ana"],
    );
    check(file, "2015-04-30", &[]);
}

#[test]
fn friends_of_friends_are_not_reached() {
    // Cat is Ben's friend, not Ana's: Ana's grant does not reach her.
    let file = quiz(json!({"id": "ben", "name": "Ben"}), open(), json!([]));
    check(
        file,
        "2014-07-01",
        &["quiz ben likes friend ana", "quiz ben birthday friend ana"],
    );
}

#[test]
fn a_friends_apps_others_use_setting_stops_what_it_leaves_out() {
    let ben = json!({"id": "ben", "name": "Ben", "apps_others_use": ["name", "birthday"]});
    check(
        quiz(ben, open(), json!([])),
        "2014-01-01",
        &["quiz ben birthday friend ana"],
    );
}

#[test]
fn a_friend_with_platform_apps_off_is_protected() {
    let ben = json!({"id": "ben", "name": "Ben", "platform_apps": false});
    check(quiz(ben, open(), json!([])), "2014-01-01", &[]);
}

#[test]
fn with_no_policy_period_and_no_agreement_nothing_flows_through_friends() {
    check(
        quiz(json!({"id": "ben", "name": "Ben"}), json!({}), json!([])),
        "2014-01-01",
        &[],
    );
}

#[test]
fn an_agreement_keeps_friend_data_open_for_its_categories_only() {
    let deal = json!([{"company": "quiz", "friend_data": ["likes"], "from": "2015-04-30", "until": "2019-01-01"}]);
    let file = quiz(json!({"id": "ben", "name": "Ben"}), open(), deal);
    check(file.clone(), "2016-01-01", &["quiz ben likes friend ana"]);
    check(file, "2019-01-01", &[]);
}

#[test]
fn an_agreement_that_ignores_settings_reaches_friends_who_said_no() {
    let ben = json!({"id": "ben", "name": "Ben", "platform_apps": false, "apps_others_use": []});
    let respectful = json!([{"company": "quiz", "friend_data": ["likes"]}]);
    check(quiz(ben.clone(), json!({}), respectful), "2016-01-01", &[]);
    let ignoring = json!([{"company": "quiz", "friend_data": ["likes"], "ignores_settings": true}]);
    check(
        quiz(ben, json!({}), ignoring),
        "2016-01-01",
        &["quiz ben likes friend ana"],
    );
}

#[test]
fn an_agreement_ignoring_settings_does_not_open_categories_outside_it() {
    // Open policy lets birthday flow by settings; the bypass covers likes only.
    let ben = json!({"id": "ben", "name": "Ben", "apps_others_use": ["birthday"]});
    let deal = json!([{"company": "quiz", "friend_data": ["likes"], "ignores_settings": true}]);
    check(
        quiz(ben, open(), deal),
        "2014-01-01",
        &["quiz ben likes friend ana", "quiz ben birthday friend ana"],
    );
}

#[test]
fn a_friendship_counts_only_while_it_lasts() {
    let file = scenario(json!({
        "policy": open(),
        "people": people(&["ana", "ben"]),
        "companies": [{"id": "quiz", "name": "Quiz"}],
        "friendships": [{"between": ["ana", "ben"], "from": "2012-01-01", "until": "2013-01-01"},
                        {"between": ["ben", "ana"], "from": "2014-01-01"}],
        "grants": [{"person": "ana", "company": "quiz", "scopes": ["friends.name"]}],
    }));
    check(file.clone(), "2011-06-01", &[]);
    check(file.clone(), "2012-06-01", &["quiz ben name friend ana"]);
    check(file.clone(), "2013-06-01", &[]);
    check(file, "2014-06-01", &["quiz ben name friend ana"]);
}

// --- Rule 3: mailbox

fn mailbox(messages_ab: bool) -> serde_json::Value {
    scenario(json!({
        "people": [{"id": "ana", "name": "Ana"}, {"id": "ben", "name": "Ben"},
                   {"id": "cat", "name": "Cat", "platform_apps": false, "apps_others_use": []}],
        "companies": [{"id": "spotify", "name": "Spotify", "kind": "partner"}],
        "friendships": [{"between": ["ana", "ben"], "messages": messages_ab},
                        {"between": ["cat", "ben"], "messages": true}],
        "grants": [{"person": "ben", "company": "spotify", "scopes": ["messages"], "from": "2012-01-01"}],
    }))
}

#[test]
fn a_mailbox_grant_exposes_everyone_who_messages_the_granter_whatever_their_settings() {
    check(
        mailbox(true),
        "2014-01-01",
        &[
            "spotify ben messages consent -",
            "spotify ana messages mailbox ben",
            "spotify cat messages mailbox ben",
        ],
    );
}

#[test]
fn a_mailbox_grant_does_not_reach_friends_who_do_not_message() {
    check(
        mailbox(false),
        "2014-01-01",
        &[
            "spotify ben messages consent -",
            "spotify cat messages mailbox ben",
        ],
    );
}

#[test]
fn a_second_friendship_that_carries_messages_counts_for_the_mailbox() {
    let file = scenario(json!({
        "people": people(&["ana", "ben"]),
        "companies": [{"id": "rbc", "name": "RBC"}],
        "friendships": [{"between": ["ana", "ben"]}, {"between": ["ana", "ben"], "messages": true, "from": "2013-01-01"}],
        "grants": [{"person": "ben", "company": "rbc", "scopes": ["messages"]}],
    }));
    check(file.clone(), "2012-06-01", &["rbc ben messages consent -"]);
    check(
        file,
        "2013-06-01",
        &["rbc ben messages consent -", "rbc ana messages mailbox ben"],
    );
}

#[test]
fn the_explanation_of_a_mailbox_fact_names_the_friend_and_the_grant() {
    let e = engine(&mailbox(true));
    let x = e.access(date("2014-01-01"));
    let ana = e.scenario().person_by_id("ana").unwrap();
    let fact = x.facts.iter().find(|f| f.person == ana).unwrap();
    assert_eq!(
        explain(&e, &x, fact).to_string(),
        "Spotify can see Ana's messages: Ana and Ben message each other, and Ben signed in to \
         Spotify on 2012-01-01, letting it read their messages. In this model, Ana's settings cannot stop a friend's mailbox."
    );
}

// --- Rule 4: deals

#[test]
fn a_deal_over_all_users_reaches_everyone_while_it_lasts() {
    let file = scenario(json!({
        "people": [{"id": "ana", "name": "Ana"}, {"id": "ben", "name": "Ben", "platform_apps": false}],
        "companies": [{"id": "bing", "name": "Bing", "kind": "partner"}],
        "agreements": [{"company": "bing", "all_users": ["name"], "from": "2010-01-01", "until": "2017-03-01"}],
    }));
    check(
        file.clone(),
        "2017-02-28",
        &["bing ana name deal -", "bing ben name deal -"],
    );
    check(file, "2017-03-01", &[]);
}

// --- Rule 5: transfers

fn harvest(transfers: serde_json::Value) -> serde_json::Value {
    scenario(json!({
        "people": people(&["ana"]),
        "companies": [{"id": "gsr", "name": "GSR"}, {"id": "ca", "name": "CA", "kind": "broker"},
                      {"id": "b", "name": "B", "kind": "broker"}, {"id": "e", "name": "E", "kind": "broker"}],
        "grants": [{"person": "ana", "company": "gsr", "scopes": ["likes", "name"]}],
        "transfers": transfers,
    }))
}

#[test]
fn a_transfer_hands_on_only_its_categories_while_it_lasts() {
    let file = harvest(
        json!([{"from_company": "gsr", "to_company": "ca", "categories": ["likes"],
                                "from": "2014-06-01", "until": "2015-01-01"}]),
    );
    check(
        file.clone(),
        "2014-05-31",
        &["gsr ana likes consent -", "gsr ana name consent -"],
    );
    check(
        file.clone(),
        "2014-06-01",
        &[
            "gsr ana likes consent -",
            "gsr ana name consent -",
            "ca ana likes transfer gsr",
        ],
    );
    check(
        file,
        "2015-01-01",
        &["gsr ana likes consent -", "gsr ana name consent -"],
    );
}

#[test]
fn transfers_chain() {
    check(
        harvest(json!([
            {"from_company": "gsr", "to_company": "ca", "categories": ["likes"]},
            {"from_company": "ca", "to_company": "e", "categories": ["likes", "name"]},
        ])),
        "2014-06-01",
        &[
            "gsr ana likes consent -",
            "gsr ana name consent -",
            "ca ana likes transfer gsr",
            "e ana likes transfer ca",
        ],
    );
}

#[test]
fn transfers_in_a_cycle_end_and_explanations_reach_the_grant() {
    // gsr -> e, gsr -> b, and b <-> e. By id, "b" < "e" < "gsr": with a naive smallest-id rule
    // e's reason would be "from b" and b's "from e", a loop. In rounds, both come from gsr.
    let file = harvest(json!([
        {"from_company": "gsr", "to_company": "e", "categories": ["likes"]},
        {"from_company": "gsr", "to_company": "b", "categories": ["likes"]},
        {"from_company": "b", "to_company": "e", "categories": ["likes"]},
        {"from_company": "e", "to_company": "b", "categories": ["likes"]},
        {"from_company": "e", "to_company": "ca", "categories": ["likes"]},
        {"from_company": "b", "to_company": "ca", "categories": ["likes"]},
    ]));
    check(
        file.clone(),
        "2014-06-01",
        &[
            "gsr ana likes consent -",
            "gsr ana name consent -",
            "b ana likes transfer gsr",
            "e ana likes transfer gsr",
            // Round two: both b and e hand it to ca; b has the smaller id.
            "ca ana likes transfer b",
        ],
    );
    let e = engine(&file);
    let x = e.access(date("2014-06-01"));
    let ca = e.scenario().company_by_id("ca").unwrap();
    let fact = x.of_company(ca)[0];
    let why = explain(&e, &x, &fact);
    assert_eq!(why.steps.len(), 3, "{why}");
    assert!(why.steps[2].starts_with("ANA signed in to GSR"), "{why}");
    // b and e each also got it from the other: a secondary transfer reason.
    let b = e.scenario().company_by_id("b").unwrap();
    assert_eq!(
        spillover::present::report::report(&e, &x)
            .facts
            .iter()
            .filter(|f| f.company == "b")
            .count(),
        1
    );
    assert!(x.of_company(b)[0]
        .kinds
        .contains(spillover::core::engine::ReasonKind::Transfer));
}

#[test]
fn a_transfer_between_two_companies_that_both_hold_the_data_changes_no_primary_reason() {
    let file = scenario(json!({
        "people": people(&["ana"]),
        "companies": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        "grants": [{"person": "ana", "company": "a", "scopes": ["name"]},
                   {"person": "ana", "company": "b", "scopes": ["name"]}],
        "transfers": [{"from_company": "a", "to_company": "b", "categories": ["name"]},
                      {"from_company": "b", "to_company": "a", "categories": ["name"]}],
    }));
    check(
        file,
        "2014-01-01",
        &["a ana name consent -", "b ana name consent -"],
    );
}

// --- Primary reasons

#[test]
fn the_primary_reason_follows_the_order_then_the_smallest_via_id() {
    let file = scenario(json!({
        "policy": open(),
        "people": people(&["zoe", "ana", "mia", "bob"]),
        "companies": [{"id": "app", "name": "App"}],
        "friendships": [{"between": ["zoe", "mia"], "messages": true}, {"between": ["bob", "mia"], "messages": true},
                        {"between": ["ana", "zoe"]}],
        "grants": [
            {"person": "zoe", "company": "app", "scopes": ["friends.name", "messages"]},
            {"person": "bob", "company": "app", "scopes": ["friends.name", "messages"]},
            {"person": "ana", "company": "app", "scopes": ["name"]},
            {"person": "zoe", "company": "app", "scopes": ["friends.name"]},
        ],
        "agreements": [{"company": "app", "all_users": ["name"]}],
    }));
    check(
        file.clone(),
        "2014-01-01",
        &[
            // Zoe's friend Ana granted only her own name: Zoe's name comes from the deal.
            "app zoe name deal -",
            "app zoe messages consent -",
            "app ana name consent -",
            // Mia is reached through zoe and bob: bob has the smaller id.
            "app mia name friend bob",
            "app mia messages mailbox bob",
            "app bob name deal -",
            "app bob messages consent -",
        ],
    );
    let e = engine(&file);
    let report = spillover::present::report::report(&e, &e.access(date("2014-01-01")));
    let mia = report
        .facts
        .iter()
        .find(|f| f.person == "mia" && f.category == "name")
        .unwrap();
    assert_eq!(mia.reasons, vec!["friend", "deal"]);
}

// --- Collected

#[test]
fn collected_keeps_what_access_has_lost() {
    let file = harvest(
        json!([{"from_company": "gsr", "to_company": "ca", "categories": ["likes"],
                                "from": "2014-06-01", "until": "2015-01-01"}]),
    );
    check(
        file.clone(),
        "2016-01-01",
        &["gsr ana likes consent -", "gsr ana name consent -"],
    );
    check_mode(
        file.clone(),
        "2016-01-01",
        Mode::Collected,
        &[
            "gsr ana likes consent -",
            "gsr ana name consent -",
            "ca ana likes transfer gsr",
        ],
    );
    check_mode(
        file,
        "2014-05-31",
        Mode::Collected,
        &["gsr ana likes consent -", "gsr ana name consent -"],
    );
}

#[test]
fn collected_remembers_an_interval_of_a_single_day() {
    let file = scenario(json!({
        "people": people(&["ana"]),
        "companies": [{"id": "app", "name": "App"}],
        "grants": [{"person": "ana", "company": "app", "scopes": ["name"], "from": "2013-03-03", "until": "2013-03-04"}],
    }));
    check_mode(file.clone(), "2013-03-02", Mode::Collected, &[]);
    check_mode(
        file.clone(),
        "2020-01-01",
        Mode::Collected,
        &["app ana name consent -"],
    );
}

#[test]
fn collected_counts_what_held_before_the_first_change() {
    let file = scenario(json!({
        "people": people(&["ana"]),
        "companies": [{"id": "app", "name": "App"}],
        "grants": [{"person": "ana", "company": "app", "scopes": ["name"], "until": "2013-03-04"}],
    }));
    check_mode(
        file,
        "2020-01-01",
        Mode::Collected,
        &["app ana name consent -"],
    );
}

// --- Figures

#[test]
fn company_figures_count_reach_consent_and_amplification() {
    let file = quiz(json!({"id": "ben", "name": "Ben"}), open(), json!([]));
    let e = engine(&file);
    let x = e.access(date("2014-07-01"));
    let f = &company_figures(e.scenario(), &x)[0];
    // Ana consented (to friends' data only, so the quiz holds nothing of hers); Ben is reached.
    assert_eq!((f.reached, f.consented, f.without_consent), (1, 1, 1));
    assert_eq!(f.amplification, 1.0);
    assert_eq!(
        f.by_category[spillover::core::model::Category::Likes as usize],
        1
    );
    assert_eq!(
        f.by_reason[spillover::core::engine::ReasonKind::Friend as usize],
        2
    );

    let people = person_figures(e.scenario(), &x);
    let ben = &people[1];
    assert_eq!(ben.holdings.len(), 1);
    assert!(!ben.holdings[0].ever_consented);
    assert!(people[0].holdings.is_empty() && people[2].holdings.is_empty());
}

#[test]
fn consent_that_ended_still_counts_as_consent_in_the_collected_view() {
    let file = scenario(json!({
        "people": people(&["ana"]),
        "companies": [{"id": "app", "name": "App"}],
        "grants": [{"person": "ana", "company": "app", "scopes": ["name"], "until": "2013-01-01"}],
    }));
    let e = engine(&file);
    let access = company_figures(e.scenario(), &e.access(date("2014-01-01")));
    assert_eq!((access[0].reached, access[0].consented), (0, 0));
    let collected = company_figures(e.scenario(), &e.collected(date("2014-01-01")));
    assert_eq!(
        (
            collected[0].reached,
            collected[0].consented,
            collected[0].without_consent
        ),
        (1, 1, 0)
    );
}

#[test]
fn amplification_divides_by_at_least_one() {
    let file = scenario(json!({
        "people": people(&["ana"]),
        "companies": [{"id": "bing", "name": "Bing"}],
        "agreements": [{"company": "bing", "all_users": ["name"]}],
    }));
    let e = engine(&file);
    let f = &company_figures(e.scenario(), &e.access(date("2014-01-01")))[0];
    assert_eq!(
        (f.reached, f.consented, f.without_consent, f.amplification),
        (1, 0, 1, 1.0)
    );
}

#[test]
fn collected_transfer_chains_from_different_days_still_reach_a_grant() {
    // Found in review: best reasons mixed across days made a and b each other's source.
    let file = scenario(json!({
        "people": people(&["p"]),
        "companies": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}, {"id": "d", "name": "D"}],
        "grants": [{"person": "p", "company": "c", "scopes": ["likes"], "from": "2010-01-01", "until": "2011-01-01"},
                   {"person": "p", "company": "d", "scopes": ["likes"], "from": "2012-01-01", "until": "2013-01-01"}],
        "transfers": [
            {"from_company": "c", "to_company": "a", "categories": ["likes"], "from": "2010-01-01", "until": "2011-01-01"},
            {"from_company": "a", "to_company": "b", "categories": ["likes"], "from": "2010-01-01", "until": "2011-01-01"},
            {"from_company": "d", "to_company": "b", "categories": ["likes"], "from": "2012-01-01", "until": "2013-01-01"},
            {"from_company": "b", "to_company": "a", "categories": ["likes"], "from": "2012-01-01", "until": "2013-01-01"},
        ],
    }));
    let e = engine(&file);
    let x = e.collected(date("2014-01-01"));
    // Every company came to hold p's likes, so every chain below is read.
    let holders: Vec<&str> = x
        .facts
        .iter()
        .map(|f| e.scenario().company(f.company).id.as_str())
        .collect();
    assert_eq!(holders, ["a", "b", "c", "d"]);
    for f in &x.facts {
        let why = explain(&e, &x, f);
        assert!(why.steps.len() <= 3, "{why}");
        assert!(why.steps.last().unwrap().contains("signed in"), "{why}");
    }
}

#[test]
fn the_friend_graph_takes_eight_bytes_a_friendship_sixteen_a_dated_one_and_four_a_person() {
    // Both directions of every friendship: a friend (u32) each, and the friendship's index
    // beside it only when the friendship starts or ends.
    let ids: Vec<String> = (0..50).map(|i| format!("p{i}")).collect();
    let friendships: Vec<serde_json::Value> = (0..50)
        .flat_map(|a| {
            (1..4).map(move |d| {
                let between = [format!("p{a}"), format!("p{}", (a + d) % 50)];
                if d == 3 {
                    json!({"between": between, "from": "2012-01-01"})
                } else {
                    json!({"between": between})
                }
            })
        })
        .collect();
    let e = engine(&scenario(json!({
        "people": people(&ids.iter().map(String::as_str).collect::<Vec<_>>()),
        "friendships": friendships,
    })));
    assert_eq!(e.scenario().friendships.len(), 150);
    assert_eq!(e.friend_graph_bytes(), 8 * 100 + 16 * 50 + 4 * 51);
}

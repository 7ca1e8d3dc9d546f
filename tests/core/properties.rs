//! Laws of the model, checked over generated scenarios.

use proptest::prelude::*;
use serde_json::{json, Value};
use spillover::core::engine::{Engine, Mode, Reason, ReasonKind};
use spillover::files::scenario::{parse, to_json};
use spillover::present::explain::explain;

use crate::date;
use crate::reference::Reference;

const DATES: [&str; 6] = [
    "2009-01-01",
    "2010-04-21",
    "2012-01-01",
    "2013-06-01",
    "2015-04-30",
    "2017-01-01",
];
const CATEGORIES: [&str; 10] = [
    "user_id", "name", "contact", "friends", "birthday", "location", "likes", "photos", "posts",
    "messages",
];

fn interval() -> impl Strategy<Value = (Option<usize>, Option<usize>)> {
    (
        proptest::option::of(0..DATES.len()),
        proptest::option::of(0..DATES.len()),
    )
        .prop_map(|(a, b)| match (a, b) {
            (Some(a), Some(b)) if a == b => (Some(a), None),
            (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
            other => other,
        })
}

/// Sets the dates, marking some ends unknown (a `from` whose index is a multiple of 3, an
/// `until` one past a multiple of 3) and others illustrative (an odd `from`, an even `until`), so
/// that the round trips cover both marks too.
fn put_interval(v: &mut Value, (from, until): (Option<usize>, Option<usize>)) {
    let (mut marked, mut unknown) = (Vec::new(), Vec::new());
    if let Some(f) = from {
        v["from"] = json!(DATES[f]);
        if f % 3 == 0 {
            unknown.push("from");
        } else if f % 2 == 1 {
            marked.push("from");
        }
    }
    if let Some(u) = until {
        v["until"] = json!(DATES[u]);
        if u % 3 == 1 {
            unknown.push("until");
        } else if u % 2 == 0 {
            marked.push("until");
        }
    }
    if !marked.is_empty() {
        v["illustrative"] = json!(marked);
    }
    if !unknown.is_empty() {
        v["unknown"] = json!(unknown);
    }
}

/// `file` without any field for readers only: titles and words, sources, and the marks on dates.
fn without_reader_fields(file: &Value) -> Value {
    let mut v = file.clone();
    for key in ["description", "sources", "steps"] {
        v.as_object_mut().map(|o| o.remove(key));
    }
    let strip = |list: &mut Value| {
        for el in list.as_array_mut().into_iter().flatten() {
            for key in ["illustrative", "unknown", "source"] {
                el.as_object_mut().map(|o| o.remove(key));
            }
        }
    };
    for list in ["friendships", "grants", "agreements", "transfers"] {
        strip(&mut v[list]);
    }
    strip(&mut v["policy"]["friend_permissions"]);
    v
}

fn categories(mask: u16) -> Vec<&'static str> {
    (0..10)
        .filter(|i| mask & (1 << i) != 0)
        .map(|i| CATEGORIES[i])
        .collect()
}

fn scopes(own: u16, friends: u16) -> Vec<String> {
    let mut out: Vec<String> = categories(own).into_iter().map(String::from).collect();
    out.extend(
        categories(friends & 0x1FF)
            .into_iter()
            .map(|c| format!("friends.{c}")),
    );
    if out.is_empty() {
        out.push("name".into());
    }
    out
}

/// A random valid scenario file.
fn scenario_file() -> impl Strategy<Value = Value> {
    sized_scenario_file(Sizes {
        people: 7,
        companies: 4,
        friendships: 12,
        grants: 6,
        agreements: 3,
        transfers: 4,
    })
}

/// The most of each part a generated scenario has (less one).
#[derive(Clone, Copy)]
struct Sizes {
    people: usize,
    companies: usize,
    friendships: usize,
    grants: usize,
    agreements: usize,
    transfers: usize,
}

/// A random valid scenario file of up to `max` of each part.
fn sized_scenario_file(max: Sizes) -> impl Strategy<Value = Value> {
    (1usize..max.people, 1usize..max.companies).prop_flat_map(move |(np, nc)| {
        let people = proptest::collection::vec((any::<bool>(), proptest::option::of(any::<u16>())), np);
        let friendships = proptest::collection::vec((0..np, 0..np, any::<bool>(), interval()), 0..max.friendships);
        let grants = proptest::collection::vec((0..np, 0..nc, any::<u16>(), any::<u16>(), prop::bool::weighted(0.8), interval()), 0..max.grants);
        let agreements = proptest::collection::vec((0..nc, any::<u16>(), any::<bool>(), any::<u16>(), interval()), 0..max.agreements);
        let transfers = proptest::collection::vec((0..nc, 0..nc, 1u16..1024, interval()), 0..max.transfers);
        let policy = proptest::collection::vec(interval(), 0..2);
        (Just(nc), people, friendships, grants, agreements, transfers, policy)
    })
    .prop_map(|(nc, people, friendships, grants, agreements, transfers, policy)| {
        let people: Vec<Value> = people
            .into_iter()
            .enumerate()
            .map(|(i, (apps, settings))| {
                let mut p = json!({"id": format!("p{i}"), "name": format!("Person {i}"), "platform_apps": apps || i % 2 == 0});
                if let Some(mask) = settings {
                    p["apps_others_use"] = json!(categories(mask));
                }
                p
            })
            .collect();
        let companies: Vec<Value> = (0..nc).map(|i| json!({"id": format!("c{i}"), "name": format!("Company {i}")})).collect();
        let friendships: Vec<Value> = friendships
            .into_iter()
            .filter(|(a, b, _, _)| a != b)
            .map(|(a, b, m, iv)| {
                let mut f = json!({"between": [format!("p{a}"), format!("p{b}")], "messages": m});
                put_interval(&mut f, iv);
                f
            })
            .collect();
        let grants: Vec<Value> = grants
            .into_iter()
            .map(|(p, c, own, friends, explicit, iv)| {
                let mut g = json!({"person": format!("p{p}"), "company": format!("c{c}"), "scopes": scopes(own, friends), "explicit": explicit});
                put_interval(&mut g, iv);
                g
            })
            .collect();
        let agreements: Vec<Value> = agreements
            .into_iter()
            .map(|(c, fd, ign, all, iv)| {
                let mut a = json!({"company": format!("c{c}"), "friend_data": categories(fd & 0x1FF),
                                   "ignores_settings": ign, "all_users": categories(all & all.rotate_left(3))});
                put_interval(&mut a, iv);
                a
            })
            .collect();
        let transfers: Vec<Value> = transfers
            .into_iter()
            .filter(|(a, b, _, _)| a != b)
            .map(|(a, b, cats, iv)| {
                let mut t = json!({"from_company": format!("c{a}"), "to_company": format!("c{b}"), "categories": categories(cats)});
                put_interval(&mut t, iv);
                t
            })
            .collect();
        let policy: Vec<Value> = policy
            .into_iter()
            .map(|iv| {
                let mut p = json!({});
                put_interval(&mut p, iv);
                p
            })
            .collect();
        json!({
            "format": "spillover-scenario", "version": 1, "title": "Generated", "date": "2013-06-01",
            "policy": {"friend_permissions": policy},
            "people": people, "companies": companies, "friendships": friendships,
            "grants": grants, "agreements": agreements, "transfers": transfers,
        })
    })
}

/// A random valid scenario file that also holds what `scenario_file` leaves out: a description,
/// sources, kinds of company, and story steps with dates, highlights and what-if switches.
fn rich_scenario_file() -> impl Strategy<Value = Value> {
    let sources = proptest::collection::vec(
        (
            any::<bool>(),
            proptest::option::of(0..DATES.len()),
            any::<bool>(),
        ),
        0..3,
    );
    let steps = proptest::collection::vec(
        (
            0usize..3,
            proptest::option::of(0..DATES.len()),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        0..4,
    );
    (scenario_file(), any::<bool>(), sources, 0usize..3, steps).prop_map(
        |(mut file, described, sources, kind, steps)| {
            if described {
                file["description"] = json!("Made up.");
            }
            let sources: Vec<Value> = sources
                .into_iter()
                .enumerate()
                .map(|(i, (publisher, date, url))| {
                    let mut s = json!({"id": format!("s{i}"), "title": format!("Source {i}")});
                    if publisher {
                        s["publisher"] = json!("A paper");
                    }
                    if let Some(d) = date {
                        s["date"] = json!(DATES[d]);
                    }
                    if url {
                        s["url"] = json!(format!("https://example.org/{i}"));
                    }
                    s
                })
                .collect();
            let cited = !sources.is_empty();
            file["sources"] = json!(sources);
            file["companies"][0]["kind"] = json!(["app", "partner", "broker"][kind]);
            let steps: Vec<Value> = steps
                .into_iter()
                .enumerate()
                .map(|(i, (fp, date, deals, optout, highlight))| {
                    let mut s = json!({"title": format!("Step {i}"), "text": "What happened."});
                    if let Some(d) = date {
                        s["date"] = json!(DATES[d]);
                    }
                    if highlight {
                        s["highlight"] = json!(["p0", "c0"]);
                        s["guess"] = json!({"company": "c0", "by": DATES[date.unwrap_or(0)]});
                    }
                    if cited {
                        s["source"] = json!("s0");
                    }
                    if fp > 0 || !deals || optout {
                        let fp = ["as_scenario", "never", "always"][fp];
                        s["what_if"] = json!({"friend_permissions": fp,
                                          "deals": deals, "everyone_opted_out": optout});
                    }
                    s
                })
                .collect();
            file["steps"] = json!(steps);
            file
        },
    )
}

fn engine(file: &Value) -> Engine {
    Engine::new(parse(&file.to_string()).expect("generated scenarios are valid"))
}

fn keys(e: &spillover::core::engine::Exposure) -> std::collections::BTreeSet<(u32, u32, u8)> {
    e.facts
        .iter()
        .map(|f| (f.company.0, f.person.0, f.category as u8))
        .collect()
}

fn some_day() -> impl Strategy<Value = &'static str> {
    prop::sample::select(some_day_list())
}

fn some_day_list() -> Vec<&'static str> {
    vec![
        "2008-06-01",
        "2010-04-20",
        "2010-04-21",
        "2012-06-01",
        "2014-01-01",
        "2015-04-29",
        "2015-04-30",
        "2020-01-01",
    ]
}

#[test]
fn the_generated_scenarios_reach_every_rule_so_the_laws_below_are_not_checked_on_nothing() {
    // A law over every fact holds of a scenario without facts; the generator must give facts
    // by each of the five rules often enough that the laws read them.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut with = [0usize; 5];
    let (mut scenarios, mut some) = (0, 0);
    for _ in 0..200 {
        let file = scenario_file()
            .new_tree(&mut runner)
            .expect("a scenario")
            .current();
        let e = engine(&file);
        let facts: Vec<_> = some_day_list()
            .iter()
            .flat_map(|day| e.access(date(day)).facts)
            .collect();
        scenarios += 1;
        some += usize::from(!facts.is_empty());
        for (i, kind) in ReasonKind::ALL.iter().enumerate() {
            with[i] += usize::from(facts.iter().any(|f| f.reason.kind() == *kind));
        }
    }
    assert!(
        some * 2 > scenarios,
        "{some} of {scenarios} scenarios give any fact"
    );
    for (kind, n) in ReasonKind::ALL.iter().zip(with) {
        assert!(
            n * 20 > scenarios,
            "{n} of {scenarios} scenarios give a fact by {kind:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn collected_over_any_walk_of_dates_is_what_a_fresh_start_gives(file in scenario_file(), days in proptest::collection::vec(some_day(), 1..6)) {
        // One engine keeps what it gathered between calls (forward, back, the same day again);
        // each answer must be what an engine that never gathered anything gives.
        let walked = engine(&file);
        for day in days {
            let fresh = engine(&file).collected(date(day));
            prop_assert_eq!(walked.collected(date(day)), fresh);
        }
    }

    #[test]
    fn collected_gathered_in_slices_is_what_one_call_gives(file in scenario_file(), days in proptest::collection::vec(some_day(), 1..4), slice in 1usize..4) {
        // The page gathers a few change days a frame; whatever the slices and the dates they
        // aimed at, the answer is the one an engine gives in one call.
        let sliced = engine(&file);
        for day in days {
            let d = date(day);
            let mut rounds = 0;
            while !sliced.gather_toward(d, slice) {
                rounds += 1;
                let (done, all) = sliced.gathering(d);
                prop_assert!(done < all && rounds <= all);
            }
            let (done, all) = sliced.gathering(d);
            prop_assert_eq!(done, all);
            prop_assert_eq!(sliced.collected(d), engine(&file).collected(d));
        }
    }

    #[test]
    fn collected_contains_access(file in scenario_file(), day in some_day()) {
        let e = engine(&file);
        let access = keys(&e.access(date(day)));
        let collected = keys(&e.collected(date(day)));
        prop_assert!(access.is_subset(&collected));
    }

    #[test]
    fn fields_for_readers_change_no_result(file in rich_scenario_file(), day in some_day()) {
        // MODEL.md: titles, descriptions, sources, story steps and the marks on dates
        // (illustrative, unknown) are for readers and change no result.
        let (with, without) = (engine(&file), engine(&without_reader_fields(&file)));
        prop_assert_eq!(keys(&with.access(date(day))), keys(&without.access(date(day))));
        prop_assert_eq!(keys(&with.collected(date(day))), keys(&without.collected(date(day))));
    }

    #[test]
    fn collected_never_shrinks_with_time(file in scenario_file(), a in some_day(), b in some_day()) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        let e = engine(&file);
        prop_assert!(keys(&e.collected(date(early))).is_subset(&keys(&e.collected(date(late)))));
    }

    #[test]
    fn adding_a_friendship_never_removes_a_fact(file in scenario_file(), day in some_day(), a in 0usize..7, b in 0usize..7, messages in any::<bool>()) {
        let n = file["people"].as_array().unwrap().len();
        let (a, b) = (a % n, b % n);
        prop_assume!(a != b);
        let before = keys(&engine(&file).access(date(day)));
        let mut more = file.clone();
        more["friendships"].as_array_mut().unwrap().push(json!({"between": [format!("p{a}"), format!("p{b}")], "messages": messages}));
        let after = keys(&engine(&more).access(date(day)));
        prop_assert!(before.is_subset(&after));
    }

    #[test]
    fn an_engine_made_after_another_gives_what_a_fresh_one_gives(file in scenario_file(), other in scenario_file(), day in some_day(), change in 0usize..4) {
        // What a sandbox edit makes: the same people and friendships with a sign-in less, a
        // friendship more, a person renamed; or another network altogether.
        let mut next = file.clone();
        match change {
            0 => { next["grants"].as_array_mut().unwrap().pop(); }
            1 => next["friendships"].as_array_mut().unwrap().push(json!({"between": ["p0", "p1"], "messages": true})),
            2 => next["people"][0]["name"] = json!("Someone else"),
            _ => next = other,
        }
        let Ok(scenario) = parse(&next.to_string()) else { return Ok(()) };
        let fresh = Engine::new(scenario.clone());
        let after = Engine::after(&engine(&file), scenario);
        for mode in [Mode::Access, Mode::Collected] {
            prop_assert_eq!(keys(&after.evaluate(date(day), mode)), keys(&fresh.evaluate(date(day), mode)));
        }
        for p in 0..fresh.scenario().people.len() {
            let p = spillover::core::model::PersonIx(p as u32);
            prop_assert_eq!(after.friends_at(p, date(day)).collect::<Vec<_>>(), fresh.friends_at(p, date(day)).collect::<Vec<_>>());
        }
    }

    #[test]
    fn without_a_policy_period_or_an_agreement_no_data_flows_through_friends(file in scenario_file(), day in some_day()) {
        let mut file = file;
        file["policy"] = json!({});
        file["agreements"] = json!([]);
        let e = engine(&file);
        for mode in [Mode::Access, Mode::Collected] {
            prop_assert!(e.evaluate(date(day), mode).facts.iter().all(|f| f.reason.kind() != ReasonKind::Friend));
        }
    }

    #[test]
    fn results_are_sorted_unique_repeatable_and_explained_back_to_a_grant_or_deal(file in scenario_file(), day in some_day()) {
        let e = engine(&file);
        let x = e.access(date(day));
        prop_assert_eq!(&x, &e.access(date(day)));
        prop_assert!(x.facts.windows(2).all(|w| (w[0].company, w[0].person, w[0].category) < (w[1].company, w[1].person, w[1].category)));
        for f in &x.facts {
            prop_assert!(f.kinds.contains(f.reason.kind()));
            if let Reason::Transfer { from, .. } = f.reason {
                prop_assert!(x.find(from, f.person, f.category).is_some());
            }
            let why = explain(&e, &x, f);
            prop_assert!(why.steps.len() <= e.scenario().companies.len());
            prop_assert!(!why.steps.last().unwrap().contains(" handed "), "{}", why);
        }
    }

    #[test]
    fn a_consent_always_beats_every_other_reason(file in scenario_file(), day in some_day()) {
        let e = engine(&file);
        let s = e.scenario();
        let d = date(day);
        for f in &e.access(d).facts {
            let consented = s.grants.iter().any(|g| g.explicit && g.person == f.person && g.company == f.company
                && g.interval.contains(d) && s.person(g.person).platform_apps
                && g.own().contains(f.category));
            prop_assert_eq!(consented, f.reason.kind() == ReasonKind::Consent);
        }
    }

    #[test]
    fn a_cut_file_is_refused_with_the_line_and_column_where_it_stops(file in scenario_file(), cut in any::<prop::sample::Index>()) {
        let text = file.to_string();
        let at = char_boundary_at_or_before(&text, cut.index(text.len()));
        // A JSON object cut short is never a whole JSON text, so the file as such is refused.
        let problems = parse(&text[..at]).expect_err("a cut file is refused");
        prop_assert_eq!(problems.len(), 1);
        let (line, column) = problems[0].position.expect("a file that is not JSON says where");
        let lines = text[..at].lines().count().max(1);
        prop_assert!(line >= 1 && line <= lines, "line {} of {}", line, lines);
        prop_assert!(column <= at + 1);
        prop_assert!(!problems[0].message.trim().is_empty());
    }

    #[test]
    fn a_changed_byte_gives_an_equal_scenario_or_problems_that_say_what(file in scenario_file(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let text = file.to_string();
        let original = parse(&text).expect("the generator writes valid files");
        let mut bytes = text.into_bytes();
        let at = at.index(bytes.len());
        let same = bytes[at] == byte;
        bytes[at] = byte;
        match parse(&String::from_utf8_lossy(&bytes)) {
            Ok(s) => {
                if same {
                    prop_assert_eq!(&s, &original);
                }
                // Whatever was read is a scenario that writes and reads back as itself.
                prop_assert_eq!(parse(&to_json(&s)), Ok(s));
            }
            Err(problems) => {
                prop_assert!(!same, "an unchanged file was refused: {:?}", problems);
                prop_assert!(!problems.is_empty());
                prop_assert!(problems.iter().all(|p| !p.message.trim().is_empty()));
            }
        }
    }

    #[test]
    fn any_string_is_answered_with_a_scenario_or_with_where_it_is_wrong(text in ".{0,200}") {
        match parse(&text) {
            Ok(s) => prop_assert_eq!(parse(&to_json(&s)), Ok(s)),
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                prop_assert!(problems.iter().all(|p| !p.message.trim().is_empty()));
                if serde_json::from_str::<Value>(&text).is_err() {
                    // Text that is not JSON at all is one problem, placed by line and column.
                    prop_assert_eq!(problems.len(), 1);
                    prop_assert!(problems[0].position.is_some());
                }
            }
        }
    }
}

/// Whether the engine gives what the former algorithm (`crate::reference`) gives on `file`, in
/// both modes, on each of `days` in turn (one engine walks them, keeping what it gathered).
fn agrees_with_the_reference(file: &Value, days: &[&str]) -> Result<(), TestCaseError> {
    let walked = engine(file);
    let reference = Reference::new(&walked);
    for day in days {
        for mode in [Mode::Access, Mode::Collected] {
            let want = reference.evaluate(date(day), mode);
            prop_assert_eq!(
                &walked.evaluate(date(day), mode),
                &want,
                "{:?} on {}",
                mode,
                day
            );
            prop_assert_eq!(
                &engine(file).evaluate(date(day), mode),
                &want,
                "{:?} on {}, fresh",
                mode,
                day
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_engine_gives_what_the_former_algorithm_gives(file in scenario_file(), days in proptest::collection::vec(some_day(), 1..5)) {
        agrees_with_the_reference(&file, &days)?;
    }

    #[test]
    fn friends_at_a_date_are_those_of_the_active_friendships(file in scenario_file(), day in some_day()) {
        let e = engine(&file);
        let reference = Reference::new(&e);
        for p in 0..e.scenario().people.len() {
            let person = spillover::core::model::PersonIx(p as u32);
            let got: Vec<_> = e.friends_at(person, date(day)).collect();
            prop_assert_eq!(got, reference.friends_at(person, date(day)));
        }
    }

    #[test]
    fn the_engine_gives_what_the_former_algorithm_gives_on_bigger_networks(
        file in sized_scenario_file(Sizes { people: 80, companies: 8, friendships: 600, grants: 60, agreements: 6, transfers: 14 }),
        days in proptest::collection::vec(some_day(), 1..4),
    ) {
        agrees_with_the_reference(&file, &days)?;
    }
}

#[path = "../../benches/common/network.rs"]
mod benchmark;

#[test]
fn the_engine_gives_what_the_former_algorithm_gives_on_the_benchmark_network() {
    use spillover::core::date::Interval;
    use spillover::core::model::{Agreement, Category, CategorySet, CompanyIx, Transfer};
    // Past 65,536 people, so that a person's index takes three bytes; then with a sender that
    // has a category of everyone by a deal, and transfers in a circle.
    let plain = benchmark::network(70_000, 2);
    let mut circled = plain.clone();
    circled.agreements.push(Agreement {
        company: CompanyIx(0),
        friend_data: CategorySet::EMPTY,
        ignores_settings: false,
        all_users: [Category::Likes].into_iter().collect(),
        interval: Interval::ALWAYS,
        source: None,
    });
    for (from, to, k) in [
        (3, 0, Category::Name),
        (3, 1, Category::Likes),
        (1, 2, Category::Likes),
        (2, 3, Category::Name),
    ] {
        circled.transfers.push(Transfer {
            from_company: CompanyIx(from),
            to_company: CompanyIx(to),
            categories: [k].into_iter().collect(),
            interval: Interval::ALWAYS,
            source: None,
        });
    }
    for scenario in [plain, circled] {
        let e = Engine::new(scenario);
        let reference = Reference::new(&e);
        for day in ["2014-06-01", "2016-01-01"] {
            for mode in [Mode::Access, Mode::Collected] {
                let got = e.evaluate(date(day), mode);
                assert!(
                    got == reference.evaluate(date(day), mode),
                    "{mode:?} on {day}"
                );
                assert!(!got.facts.is_empty());
            }
        }
    }
}

/// The largest character boundary of `text` at or before `at`.
fn char_boundary_at_or_before(text: &str, at: usize) -> usize {
    (0..=at.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

fn edit() -> impl Strategy<Value = spillover::sandbox::Edit> {
    use spillover::core::date::Interval;
    use spillover::core::model::{Category, CategorySet, CompanyKind, Scope};
    use spillover::sandbox::Edit;
    let person =
        prop::sample::select(vec!["p0", "p1", "p2", "p3", "n1", "n2"]).prop_map(String::from);
    let company = prop::sample::select(vec!["c0", "c1", "n3", "p0"]).prop_map(String::from);
    fn iv() -> impl Strategy<Value = Interval> {
        interval().prop_map(|(f, u)| Interval {
            from: f.map(|i| date(DATES[i])),
            until: u.map(|i| date(DATES[i])),
            illustrative: Default::default(),
        })
    }
    let cats = any::<u16>().prop_map(|m| {
        (0..10)
            .filter(|i| m & (1 << i) != 0)
            .map(|i| Category::ALL[i])
            .collect::<CategorySet>()
    });
    prop_oneof![
        (person.clone(), "[A-Za-z ]{0,8}").prop_map(|(id, name)| Edit::AddPerson { id, name }),
        (company.clone(), "[A-Za-z ]{0,8}").prop_map(|(id, name)| Edit::AddCompany {
            id,
            name,
            kind: CompanyKind::Partner
        }),
        (person.clone(), "[A-Za-z]{0,6}").prop_map(|(id, name)| Edit::RenamePerson { id, name }),
        person.clone().prop_map(|id| Edit::RemovePerson { id }),
        company.clone().prop_map(|id| Edit::RemoveCompany { id }),
        (person.clone(), any::<bool>(), cats.clone()).prop_map(
            |(id, platform_apps, apps_others_use)| Edit::SetSettings {
                id,
                platform_apps,
                apps_others_use
            }
        ),
        (person.clone(), person.clone(), any::<bool>(), iv()).prop_map(
            |(a, b, messages, interval)| Edit::AddFriendship {
                a,
                b,
                messages,
                interval
            }
        ),
        (
            person.clone(),
            company.clone(),
            cats.clone(),
            any::<bool>(),
            iv()
        )
            .prop_map(|(person, company, c, explicit, interval)| Edit::AddGrant {
                person,
                company,
                scopes: c.iter().map(Scope::Own).collect(),
                explicit,
                interval,
            }),
        (
            company.clone(),
            cats.clone(),
            any::<bool>(),
            cats.clone(),
            iv()
        )
            .prop_map(
                |(company, friend_data, ignores_settings, all_users, interval)| {
                    Edit::AddAgreement {
                        company,
                        friend_data: friend_data.without(Category::Messages),
                        ignores_settings,
                        all_users,
                        interval,
                    }
                }
            ),
        (company.clone(), company, cats, iv()).prop_map(|(from, to, categories, interval)| {
            Edit::AddTransfer {
                from,
                to,
                categories,
                interval,
            }
        }),
        (0usize..5).prop_map(|index| Edit::RemoveFriendship { index }),
        (0usize..5).prop_map(|index| Edit::RemoveGrant { index }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn save_then_load_is_the_identity(file in scenario_file()) {
        let s = parse(&file.to_string()).expect("generated scenarios are valid");
        let text = spillover::files::scenario::to_json(&s);
        prop_assert_eq!(parse(&text), Ok(s));
    }

    #[test]
    fn save_then_load_is_the_identity_for_every_part_of_the_format(file in rich_scenario_file()) {
        let s = parse(&file.to_string()).expect("generated scenarios are valid");
        let text = spillover::files::scenario::to_json(&s);
        prop_assert_eq!(parse(&text), Ok(s.clone()));
        // Saving again writes the very same text.
        prop_assert_eq!(spillover::files::scenario::to_json(&s), text.clone());
        // Nothing is written that holds its default.
        for default in ["null", "\"description\": \"\"", "\"platform_apps\": true", "\"kind\": \"app\"",
                        "\"messages\": false", "\"explicit\": true", "\"ignores_settings\": false",
                        "\"as_scenario\"", "\"deals\": true", "\"everyone_opted_out\": false"] {
            prop_assert!(!text.contains(default), "{} in {}", default, text);
        }
        // The only empty list a file needs is a person who lets friends' apps see nothing.
        prop_assert_eq!(text.matches("[]").count(), text.matches("\"apps_others_use\": []").count());
    }

    #[test]
    fn any_edits_then_as_many_undos_restore_the_start(file in scenario_file(), edits in proptest::collection::vec(edit(), 0..25)) {
        let start = parse(&file.to_string()).expect("generated scenarios are valid");
        let mut h = spillover::sandbox::History::new(start.clone());
        let mut accepted = Vec::new();
        for e in &edits {
            let before = h.present().clone();
            if h.edit(e).is_ok() && h.present() != &before {
                accepted.push(h.present().clone());
            }
            // Whatever happened, the sandbox holds a scenario a file can hold.
            prop_assert!(parse(&spillover::files::scenario::to_json(h.present())).is_ok());
        }
        for _ in &accepted {
            prop_assert!(h.undo());
        }
        prop_assert_eq!(h.present(), &start);
        prop_assert!(!h.undo());
        for s in &accepted {
            prop_assert!(h.redo());
            prop_assert_eq!(h.present(), s);
        }
    }

    #[test]
    fn checking_in_memory_says_what_reading_back_says(file in scenario_file(), broken in 0usize..10, k in any::<usize>()) {
        // An edit is checked in memory (`files::scenario::check`); a scenario broken in one of
        // many ways must get the same answer, problem for problem, as writing and reading it.
        let mut s = parse(&file.to_string()).expect("generated scenarios are valid");
        let first_id = s.people.first().map(|p| p.id.clone()).unwrap_or_default();
        let (people, friendships, grants, companies) = (s.people.len(), s.friendships.len(), s.grants.len(), s.companies.len());
        match broken {
            0 if people > 1 => s.people[1 + k % (people - 1)].id = first_id,
            1 if people > 0 => s.people[k % people].name = String::new(),
            2 if people > 0 => s.people[k % people].name = "a\u{0}b".into(),
            3 if friendships > 0 => {
                let f = &mut s.friendships[k % friendships];
                f.interval.from = Some(date("2015-01-01"));
                f.interval.until = Some(date("2012-01-01"));
            }
            4 if friendships > 0 => {
                let f = &mut s.friendships[k % friendships];
                f.between[1] = f.between[0];
            }
            5 if companies > 0 => s.companies[k % companies].id = first_id,
            6 if grants > 0 => s.grants[k % grants].source = Some("nowhere".into()),
            7 => s.title = String::new(),
            8 if grants > 0 => s.grants[k % grants].scopes.clear(),
            _ => {}
        }
        let in_memory = spillover::files::scenario::check(&s);
        let read_back = parse(&to_json(&s)).map(drop);
        prop_assert_eq!(in_memory, read_back);
    }
}

#[test]
fn built_ins_survive_save_and_load() {
    for b in spillover::files::builtin::BUILTINS {
        let s = parse(&b.json()).unwrap();
        assert_eq!(
            parse(&spillover::files::scenario::to_json(&s)),
            Ok(s),
            "{}",
            b.slug
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any "At scale" hash reads without panicking, and the link it writes reads back the same.
    #[test]
    fn any_scale_hash_reads_back_from_its_own_link(
        parts in proptest::collection::vec(
            (
                prop_oneof![
                    Just("model"), Just("people"), Just("friends"), Just("seed"), Just("install"),
                    Just("optout"), Just("fp"), Just("embed"), Just("theme"), Just("zoom")
                ],
                prop_oneof![
                    Just("facebook-like".to_string()), Just("watts-strogatz".to_string()),
                    Just("closed".to_string()), Just("dark".to_string()), "[0-9]{1,8}",
                    "0\\.[0-9]{1,6}", ".{0,12}"
                ],
            ),
            0..8,
        )
    ) {
        use spillover::view::scale::{format, parse};
        let hash = std::iter::once("#scale".to_string())
            .chain(parts.iter().map(|(k, v)| format!("{k}={v}")))
            .collect::<Vec<_>>()
            .join("&");
        let (view, _) = parse(&hash);
        prop_assert!(view.params.check().is_ok());
        let again = format(&view);
        prop_assert_eq!(parse(&again), (view, vec![]));
    }
}

/// A name as a reader may type it: ordinary, empty, with a control character, or too long.
fn typed_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-zé ]{1,12}",
        1 => Just(String::new()),
        1 => Just("bell\u{7}".to_string()),
        1 => Just("x".repeat(300)),
    ]
}

/// An id an edit may name: one the generated scenarios use, a new one, or a broken one.
fn some_id(prefix: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (0..8usize).prop_map(move |i| format!("{prefix}{i}")),
        1 => Just("new-one".to_string()),
        1 => Just(String::new()),
        1 => Just("tab\tid".to_string()),
    ]
}

/// A period as a form may send it, backwards and empty ones among them.
fn some_interval() -> impl Strategy<Value = spillover::core::date::Interval> {
    (
        proptest::option::of(0..DATES.len()),
        proptest::option::of(0..DATES.len()),
    )
        .prop_map(|(a, b)| spillover::core::date::Interval {
            from: a.map(|i| date(DATES[i])),
            until: b.map(|i| date(DATES[i])),
            illustrative: Default::default(),
        })
}

/// Scopes as the forms send them, the impossible `friends.messages` among them.
fn some_scopes() -> impl Strategy<Value = Vec<spillover::core::model::Scope>> {
    use spillover::core::model::{Category, Scope};
    proptest::collection::vec((0..10usize, any::<bool>()), 0..4).prop_map(|v| {
        v.into_iter()
            .map(|(c, friends)| {
                let c = Category::ALL[c];
                if friends {
                    Scope::Friends(c)
                } else {
                    Scope::Own(c)
                }
            })
            .collect()
    })
}

/// Any edit a reader's forms, gestures or rules in bulk can send, sensible or not.
fn some_edit() -> impl Strategy<Value = spillover::sandbox::Edit> {
    use spillover::core::model::{CategorySet, CompanyKind};
    use spillover::sandbox::{Edit, Timed};
    let set = any::<u16>().prop_map(|m| {
        spillover::core::model::Category::ALL
            .into_iter()
            .filter(|c| m & (1 << *c as u16) != 0)
            .collect::<CategorySet>()
    });
    prop_oneof![
        typed_name().prop_map(Edit::SetTitle),
        (0..DATES.len()).prop_map(|i| Edit::SetDate(date(DATES[i]))),
        proptest::collection::vec(some_interval(), 0..3).prop_map(Edit::SetFriendPermissions),
        (some_id("p"), typed_name()).prop_map(|(id, name)| Edit::AddPerson { id, name }),
        (some_id("p"), typed_name()).prop_map(|(id, name)| Edit::RenamePerson { id, name }),
        (some_id("p"), any::<bool>(), set.clone()).prop_map(
            |(id, platform_apps, apps_others_use)| Edit::SetSettings {
                id,
                platform_apps,
                apps_others_use
            }
        ),
        some_id("p").prop_map(|id| Edit::RemovePerson { id }),
        (some_id("c"), typed_name()).prop_map(|(id, name)| Edit::AddCompany {
            id,
            name,
            kind: CompanyKind::Partner
        }),
        (some_id("c"), typed_name()).prop_map(|(id, name)| Edit::RenameCompany { id, name }),
        some_id("c").prop_map(|id| Edit::RemoveCompany { id }),
        (some_id("p"), some_id("p"), any::<bool>(), some_interval()).prop_map(
            |(a, b, messages, interval)| Edit::AddFriendship {
                a,
                b,
                messages,
                interval
            }
        ),
        (0..14usize).prop_map(|index| Edit::RemoveFriendship { index }),
        (
            some_id("p"),
            some_id("c"),
            some_scopes(),
            any::<bool>(),
            some_interval()
        )
            .prop_map(
                |(person, company, scopes, explicit, interval)| Edit::AddGrant {
                    person,
                    company,
                    scopes,
                    explicit,
                    interval
                }
            ),
        (0..8usize).prop_map(|index| Edit::RemoveGrant { index }),
        (0..8usize, some_scopes()).prop_map(|(index, scopes)| Edit::SetScopes { index, scopes }),
        (
            some_id("c"),
            set.clone(),
            any::<bool>(),
            set.clone(),
            some_interval()
        )
            .prop_map(
                |(company, friend_data, ignores_settings, all_users, interval)| {
                    Edit::AddAgreement {
                        company,
                        friend_data,
                        ignores_settings,
                        all_users,
                        interval,
                    }
                }
            ),
        (0..5usize).prop_map(|index| Edit::RemoveAgreement { index }),
        (some_id("c"), some_id("c"), set.clone(), some_interval()).prop_map(
            |(from, to, categories, interval)| Edit::AddTransfer {
                from,
                to,
                categories,
                interval
            }
        ),
        (0..5usize).prop_map(|index| Edit::RemoveTransfer { index }),
        (0..4usize, 0..14usize, some_interval()).prop_map(|(w, index, interval)| {
            Edit::SetInterval {
                what: [
                    Timed::Friendship,
                    Timed::Grant,
                    Timed::Agreement,
                    Timed::Transfer,
                ][w],
                index,
                interval,
            }
        }),
        (
            some_id("c"),
            typed_name(),
            some_scopes(),
            0u8..=100,
            any::<u64>(),
            some_interval()
        )
            .prop_map(
                |(id, name, scopes, percent, seed, interval)| Edit::QuizByShare {
                    id,
                    name,
                    scopes,
                    percent,
                    seed,
                    interval
                }
            ),
        (0u8..=100, any::<u64>(), set.clone()).prop_map(|(percent, seed, keep)| {
            Edit::NarrowByShare {
                percent,
                seed,
                keep,
            }
        }),
        (some_id("c"), typed_name(), set, some_interval()).prop_map(
            |(id, name, all_users, interval)| Edit::DealOverEveryone {
                id,
                name,
                all_users,
                interval
            }
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn an_edit_checked_in_part_is_answered_as_one_checked_whole(file in scenario_file(), edits in proptest::collection::vec(some_edit(), 1..5)) {
        // The sandbox checks only what an edit changed; on any scenario and any edits, sensible
        // or not, its answer (the scenario made, or the refusal at its field in its words) is
        // the whole check's.
        let mut s = parse(&file.to_string()).unwrap();
        for edit in edits {
            let part = spillover::sandbox::apply(&s, &edit);
            let whole = spillover::sandbox::apply_checking_everything(&s, &edit);
            prop_assert_eq!(&part, &whole, "{:?}", edit);
            if let Ok(next) = part {
                s = next;
            }
        }
    }
}

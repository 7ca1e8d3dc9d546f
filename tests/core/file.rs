//! Scenario files: what is refused, and how the refusal reads.

use serde_json::json;
use spillover::files::scenario::parse;

use crate::scenario;

/// The problems of `text`, each as "path: message" (or "line L, column C: message").
fn problems(text: &str) -> Vec<String> {
    match parse(text) {
        Ok(_) => panic!("accepted: {text}"),
        Err(ps) => ps.iter().map(|p| p.to_string()).collect(),
    }
}

/// `file` is refused with exactly one problem, at `path`, whose words contain `words`.
fn refused(file: serde_json::Value, path: &str, words: &str) {
    let ps = problems(&file.to_string());
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert!(
        ps[0].starts_with(&format!("{path}: ")),
        "wanted the path {path}: {ps:#?}"
    );
    assert!(ps[0].contains(words), "wanted \"{words}\" in {ps:#?}");
}

fn two_people(extra: serde_json::Value) -> serde_json::Value {
    let mut file = scenario(json!({
        "people": [{"id": "ana", "name": "Ana"}, {"id": "ben", "name": "Ben"}],
        "companies": [{"id": "app", "name": "App"}],
        "sources": [{"id": "src", "title": "A report"}],
    }));
    for (k, v) in extra.as_object().unwrap() {
        file[k] = v.clone();
    }
    file
}

#[test]
fn a_minimal_file_and_the_models_example_are_accepted() {
    assert!(parse(&scenario(json!({})).to_string()).is_ok());
    let example = r#"{
      "format": "spillover-scenario", "version": 1, "title": "Partners behind the wall",
      "description": "Plain-language summary shown to readers.", "date": "2016-06-01",
      "sources": [{"id": "nyt-2018", "title": "…", "publisher": "…", "date": "2018-12-18", "url": "https://example.org/"}],
      "policy": {"friend_permissions": [{"from": "2010-04-21", "until": "2015-04-30"}]},
      "people": [{"id": "ana", "name": "Ana"},
                 {"id": "ben", "name": "Ben", "platform_apps": true, "apps_others_use": ["name", "likes"]}],
      "companies": [{"id": "spotify", "name": "Spotify", "kind": "partner"},
                    {"id": "gsr", "name": "GSR"}, {"id": "ca", "name": "CA", "kind": "broker"}],
      "friendships": [{"between": ["ana", "ben"], "messages": true, "from": "2009-01-01"}],
      "grants": [{"person": "ben", "company": "spotify", "scopes": ["name", "messages", "friends.likes"],
                  "explicit": true, "from": "2012-01-01", "until": "2019-01-01", "source": "nyt-2018"}],
      "agreements": [{"company": "spotify", "friend_data": ["likes"], "ignores_settings": false,
                      "all_users": [], "from": "2010-01-01", "until": "2019-01-01", "source": "nyt-2018"}],
      "transfers": [{"from_company": "gsr", "to_company": "ca", "categories": ["likes", "name"],
                     "from": "2014-06-01", "until": "2015-12-01", "source": "nyt-2018"}]
    }"#;
    let s = parse(example).expect("MODEL.md's example is valid");
    assert_eq!(
        s.people[0].apps_others_use.len(),
        9,
        "the default is every category but messages"
    );
    assert!(s.people[0].platform_apps);
}

#[test]
fn text_that_is_not_json_is_refused_with_line_and_column() {
    let ps = problems("{\n  \"format\": \"spillover-scenario\",\n  \"version\": 1,,\n}");
    assert_eq!(ps.len(), 1);
    assert!(
        ps[0].starts_with("line 3, column 16: this is not valid JSON"),
        "{ps:?}"
    );
    let ps = problems("{\"format\": \"spill");
    assert!(ps[0].contains("ends too early"), "{ps:?}");
    let ps = problems("");
    assert!(ps[0].starts_with("line 1, column 0"), "{ps:?}");
}

#[test]
fn a_file_that_is_not_an_object_is_refused() {
    let ps = problems("[1, 2]");
    assert!(
        ps[0].contains("one JSON object") && ps[0].contains("not a list"),
        "{ps:?}"
    );
}

#[test]
fn unknown_fields_are_refused_at_any_depth() {
    refused(
        scenario(json!({"titel": "x"})),
        "titel",
        "unknown field `titel`",
    );
    refused(
        two_people(
            json!({"grants": [{"person": "ana", "company": "app", "scopes": ["name"], "explict": false}]}),
        ),
        "grants[0].explict",
        "unknown field `explict`, expected one of `person`, `company`, `scopes`, `explicit`",
    );
    refused(
        two_people(json!({"policy": {"friend_permission": []}})),
        "policy.friend_permission",
        "unknown field `friend_permission`",
    );
}

#[test]
fn wrong_types_and_missing_fields_name_their_place() {
    refused(
        two_people(
            json!({"people": [{"id": "ana", "name": "Ana"}, {"id": "ben", "name": "Ben", "platform_apps": "yes"}]}),
        ),
        "people[1].platform_apps",
        "expected a boolean",
    );
    refused(
        two_people(json!({"grants": [{"person": "ana", "scopes": ["name"]}]})),
        "grants[0]",
        "missing field `company`",
    );
    refused(
        two_people(json!({"grants": {"person": "ana"}})),
        "grants",
        "expected a list, found an object",
    );
    let ps =
        problems(&json!({"format": "spillover-scenario", "version": 1, "title": "x"}).to_string());
    assert_eq!(ps, vec!["missing field `date`"]);
}

#[test]
fn the_format_and_its_version_are_checked() {
    refused(
        scenario(json!({"format": "something-else"})),
        "format",
        "not a Spillover scenario",
    );
    refused(
        scenario(json!({"version": 2})),
        "version",
        "format version 2; this Spillover reads version 1",
    );
}

#[test]
fn dates_must_be_days_of_the_calendar() {
    refused(
        scenario(json!({"date": "2014-02-30"})),
        "date",
        "not a day of the calendar",
    );
    refused(
        two_people(
            json!({"grants": [{"person": "ana", "company": "app", "scopes": ["name"], "from": "June 2014"}]}),
        ),
        "grants[0].from",
        "not a date of the form YYYY-MM-DD",
    );
}

#[test]
fn an_interval_that_ends_before_or_when_it_starts_is_refused() {
    refused(
        two_people(
            json!({"friendships": [{"between": ["ana", "ben"], "from": "2014-01-01", "until": "2013-01-01"}]}),
        ),
        "friendships[0].until",
        "ends (2013-01-01) before it starts (2014-01-01)",
    );
    refused(
        two_people(
            json!({"policy": {"friend_permissions": [{"from": "2014-01-01", "until": "2014-01-01"}]}}),
        ),
        "policy.friend_permissions[0].until",
        "on the day it starts",
    );
}

#[test]
fn illustrative_dates_name_ends_the_element_has() {
    let marked = |ends: serde_json::Value| {
        two_people(
            json!({"grants": [{"person": "ana", "company": "app", "scopes": ["name"],
            "from": "2013-06-10", "illustrative": ends}]}),
        )
    };
    let s = parse(&marked(json!(["from"])).to_string()).unwrap();
    assert!(s.grants[0].interval.illustrative.from);
    assert!(!s.grants[0].interval.illustrative.until);
    refused(
        marked(json!(["until"])),
        "grants[0].illustrative[0]",
        "this marks \"until\" as illustrative, but the element has no `until` date",
    );
    refused(
        marked(json!(["from", "from"])),
        "grants[0].illustrative[1]",
        "\"from\" is listed twice",
    );
    refused(
        marked(json!(["start"])),
        "grants[0].illustrative[0]",
        "\"start\" is not a date of this element; the list can hold \"from\" and \"until\"",
    );
    refused(
        two_people(
            json!({"policy": {"friend_permissions": [{"until": "2015-04-30", "illustrative": ["from"]}]}}),
        ),
        "policy.friend_permissions[0].illustrative[0]",
        "has no `from` date",
    );
}

#[test]
fn unknown_dates_name_ends_the_element_has_and_are_not_also_illustrative() {
    let marked = |illustrative: serde_json::Value, unknown: serde_json::Value| {
        two_people(
            json!({"agreements": [{"company": "app", "all_users": ["name"],
            "from": "2015-04-30", "until": "2019-01-01",
            "illustrative": illustrative, "unknown": unknown}]}),
        )
    };
    let s = parse(&marked(json!(["until"]), json!(["from"])).to_string()).unwrap();
    let marks = s.agreements[0].interval.illustrative;
    assert!(marks.from_unknown && !marks.from && marks.until && !marks.until_unknown);
    // A file without the field reads as before: nothing is unknown.
    let s = parse(&marked(json!([]), json!([])).to_string()).unwrap();
    assert_eq!(
        s.agreements[0].interval.illustrative,
        spillover::core::date::Illustrative::NONE
    );
    refused(
        marked(json!(["from"]), json!(["from"])),
        "agreements[0].unknown[0]",
        "\"from\" is listed as illustrative and as unknown",
    );
    refused(
        marked(json!([]), json!(["start"])),
        "agreements[0].unknown[0]",
        "\"start\" is not a date of this element",
    );
    refused(
        two_people(
            json!({"grants": [{"person": "ana", "company": "app", "scopes": ["name"],
            "from": "2013-06-10", "unknown": ["until"]}]}),
        ),
        "grants[0].unknown[0]",
        "this marks \"until\" as unknown, but the element has no `until` date",
    );
    // A misspelt field is still refused whole: a typo must not silently pass.
    refused(
        two_people(
            json!({"grants": [{"person": "ana", "company": "app", "scopes": ["name"],
            "from": "2013-06-10", "unkown": ["from"]}]}),
        ),
        "grants[0].unkown",
        "unknown field `unkown`",
    );
}

#[test]
fn ids_are_unique_among_people_and_companies() {
    refused(
        two_people(json!({"companies": [{"id": "ben", "name": "Ben's app"}]})),
        "companies[0].id",
        "`ben` is already the id of people[1]",
    );
    refused(
        two_people(json!({"people": [{"id": "", "name": "Nobody"}]})),
        "people[0].id",
        "cannot be empty",
    );
    refused(
        two_people(json!({"people": [{"id": " ana", "name": "Ana"}]})),
        "people[0].id",
        "starts or ends with a space",
    );
    let long = "x".repeat(101);
    refused(
        two_people(json!({"people": [{"id": long, "name": "Long"}]})),
        "people[0].id",
        "at most 100 bytes",
    );
}

#[test]
fn references_must_point_at_the_right_kind_of_thing() {
    refused(
        two_people(json!({"friendships": [{"between": ["ana", "ana"]}]})),
        "friendships[0].between[1]",
        "cannot be friends with themselves",
    );
    refused(
        two_people(json!({"friendships": [{"between": ["ana", "app"]}]})),
        "friendships[0].between[1]",
        "`app` is a company",
    );
    refused(
        two_people(json!({"friendships": [{"between": ["ana"]}]})),
        "friendships[0].between",
        "exactly two people, not 1",
    );
    refused(
        two_people(json!({"grants": [{"person": "zed", "company": "app", "scopes": ["name"]}]})),
        "grants[0].person",
        "no person has the id `zed`",
    );
    refused(
        two_people(json!({"grants": [{"person": "ana", "company": "ben", "scopes": ["name"]}]})),
        "grants[0].company",
        "`ben` is a person",
    );
    refused(
        two_people(
            json!({"transfers": [{"from_company": "app", "to_company": "app", "categories": ["name"]}]}),
        ),
        "transfers[0].to_company",
        "both are `app`",
    );
    refused(
        two_people(
            json!({"grants": [{"person": "ana", "company": "app", "scopes": ["name"], "source": "nyt"}]}),
        ),
        "grants[0].source",
        "no entry of `sources` has the id `nyt`",
    );
    refused(
        two_people(
            json!({"steps": [{"title": "One", "text": "Look", "highlight": ["ana", "nobody"]}]}),
        ),
        "steps[0].highlight[1]",
        "no person or company has the id `nobody`",
    );
}

#[test]
fn scopes_and_categories_are_checked_with_a_hint() {
    refused(
        two_people(json!({"grants": [{"person": "ana", "company": "app", "scopes": ["name", "likse"]}]})),
        "grants[0].scopes[1]",
        "\"likse\" is not a category; the categories are user_id, name, contact, friends, birthday, location, likes, photos, posts, messages",
    );
    refused(
        two_people(
            json!({"grants": [{"person": "ana", "company": "app", "scopes": ["friends.messages"]}]}),
        ),
        "grants[0].scopes[0]",
        "mailbox rule",
    );
    refused(
        two_people(json!({"grants": [{"person": "ana", "company": "app", "scopes": []}]})),
        "grants[0].scopes",
        "at least one scope",
    );
    refused(
        two_people(
            json!({"people": [{"id": "ana", "name": "Ana", "apps_others_use": ["likes", "shoe size"]}]}),
        ),
        "people[0].apps_others_use[1]",
        "\"shoe size\" is not a category",
    );
    refused(
        two_people(json!({"companies": [{"id": "app", "name": "App", "kind": "bank"}]})),
        "companies[0].kind",
        "\"bank\" is not a kind of company",
    );
}

#[test]
fn source_links_must_be_web_addresses() {
    refused(
        two_people(
            json!({"sources": [{"id": "src", "title": "A report", "url": "javascript:alert(1)"}]}),
        ),
        "sources[0].url",
        "not a web address",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let file = two_people(json!({
        "grants": [
            {"person": "ana", "company": "app", "scopes": ["name"], "explict": true},
            {"person": "ana", "company": "app", "scopes": "name"},
        ],
        "people": [{"id": "ana", "name": "Ana", "platform_apps": 1}],
    }));
    let ps = problems(&file.to_string());
    assert_eq!(ps.len(), 3, "{ps:#?}");
    let file = two_people(json!({
        "friendships": [{"between": ["ana", "zed"]}],
        "grants": [{"person": "ana", "company": "app", "scopes": ["likse"], "from": "2014-13-01"}],
    }));
    let ps = problems(&file.to_string());
    assert_eq!(ps.len(), 3, "{ps:#?}");
}

#[test]
fn hostile_input_gets_a_message_not_a_panic() {
    let deep = "[".repeat(10_000);
    assert!(!problems(&deep).is_empty());
    let name = "<script>alert(1)</script>\u{202e}";
    let s =
        parse(&two_people(json!({"people": [{"id": "ana", "name": name}]})).to_string()).unwrap();
    assert_eq!(
        s.people[0].name, name,
        "names are kept as text; the view escapes them"
    );
    refused(
        two_people(json!({"people": [{"id": "ana", "name": "A\u{0}na"}]})),
        "people[0].name",
        "control character",
    );
    let huge = "9".repeat(400);
    let ps = problems(
        &scenario(json!({}))
            .to_string()
            .replace("\"version\":1", &format!("\"version\":{huge}")),
    );
    assert!(
        ps[0].starts_with("line 1, column") && ps[0].contains("number out of range"),
        "{ps:?}"
    );
}

#[test]
fn a_step_asks_for_a_guess_about_a_company_and_a_day() {
    let file = r#"{"format": "spillover-scenario", "version": 1, "title": "T", "date": "2014-01-01",
        "people": [{"id": "ana", "name": "Ana"}], "companies": [{"id": "quiz", "name": "Quiz"}],
        "steps": [{"title": "Guess", "text": "How many?", "guess": {"company": "quiz", "by": "2014-06-01"}},
                  {"title": "Bad", "text": "How many?", "guess": {"company": "ana", "by": "2014-13-01"}}]}"#;
    let problems = parse(file).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["steps[1].guess.company", "steps[1].guess.by"],
        "{problems:?}"
    );
    let good = file.replace(
        r#""company": "ana", "by": "2014-13-01""#,
        r#""company": "quiz", "by": "2015-01-01""#,
    );
    let s = parse(&good).unwrap();
    let g = s.steps[0].guess.unwrap();
    assert_eq!(
        (g.company.ix(), g.by.to_string()),
        (0, "2014-06-01".to_string())
    );
    assert_eq!(parse(&spillover::files::scenario::to_json(&s)), Ok(s));
}

#[test]
fn deals_over_every_user_that_would_make_millions_of_facts_are_refused_before_any_work() {
    // The case that ran a page out of memory: 10,000 companies, each with a deal over every
    // user, and 1,000 people.
    let people: Vec<_> = (0..1_000)
        .map(|i| serde_json::json!({"id": format!("p{i}"), "name": format!("P{i}")}))
        .collect();
    let companies: Vec<_> = (0..10_000)
        .map(|i| serde_json::json!({"id": format!("c{i}"), "name": format!("C{i}"), "kind": "partner"}))
        .collect();
    let agreements: Vec<_> = (0..10_000)
        .map(|i| serde_json::json!({"company": format!("c{i}"), "all_users": ["name"]}))
        .collect();
    let file = serde_json::json!({"format": "spillover-scenario", "version": 1, "title": "T",
        "date": "2014-01-01", "people": people, "companies": companies, "agreements": agreements});
    let problems = parse(&file.to_string()).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].message,
        "the deals over every user would give companies 10,000,000 facts (1,000 people times 10,000 categories over all such deals); Spillover takes up to 500,000 of them"
    );
    // Under the limit, the same shape is read.
    let mut small = file.clone();
    small["agreements"] = serde_json::json!(agreements[..100]);
    assert!(parse(&small.to_string()).is_ok());
}

#[test]
fn a_teachers_story_file_reads_back_whole_and_a_bad_one_is_refused_where_it_is_bad() {
    let good = two_people(json!({"steps": [
        {"title": "Ana signs in", "text": "Ana takes a quiz.\n\nBen was never asked.", "date": "2014-02-01",
         "highlight": ["ana"], "source": "src", "mode": "collected",
         "what_if": {"friend_permissions": "never", "deals": false, "everyone_opted_out": true},
         "guess": {"company": "app", "by": "2015-01-01"}},
        {"title": "Plain", "text": "<script>alert(1)</script>"}
    ]}));
    let s = parse(&good.to_string()).unwrap();
    assert!(s.steps[0].collected && !s.steps[1].collected);
    assert_eq!(
        s.steps[1].text, "<script>alert(1)</script>",
        "a step's text is kept as text; the view never reads it as markup"
    );
    let written = spillover::files::scenario::to_json(&s);
    assert!(
        written.contains("\"mode\": \"collected\"") && written.matches("\"mode\"").count() == 1
    );
    assert_eq!(parse(&written), Ok(s.clone()));
    assert_eq!(
        spillover::files::link::unpack(&spillover::files::link::pack(&s)),
        Ok(s)
    );
    let step = |extra: serde_json::Value| {
        let mut st = json!({"title": "T", "text": "Words."});
        for (k, v) in extra.as_object().unwrap() {
            st[k] = v.clone();
        }
        two_people(json!({ "steps": [st] }))
    };
    refused(
        step(json!({"mode": "seen"})),
        "steps[0].mode",
        "is not a view",
    );
    refused(
        step(json!({"text": "a\u{1b}[31mb"})),
        "steps[0].text",
        "control character",
    );
    refused(
        step(json!({"text": "x".repeat(4001)})),
        "steps[0].text",
        "at most 4000",
    );
    refused(
        step(json!({"text": " \n\n "})),
        "steps[0].text",
        "needs some text",
    );
    refused(
        step(json!({"source": "javascript:alert(1)"})),
        "steps[0].source",
        "no entry of `sources`",
    );
    refused(step(json!({"title": ""})), "steps[0].title", "empty");
    refused(step(json!({"html": "<b>x</b>"})), "steps[0].html", "");
}

//! The command line, run as a reader would run it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
        .args(args)
        .output()
        .expect("the command line runs")
}

fn builtin(slug: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("static/scenarios")
        .join(format!("{slug}.json"))
        .display()
        .to_string()
}

fn temp_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("spillover-test-{}-{name}", std::process::id()));
    std::fs::write(&path, text).expect("temp dir is writable");
    path.display().to_string()
}

#[test]
fn check_accepts_a_valid_file() {
    let out = cli(&["check", &builtin("friends")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("valid (6 people, 1 companies"));
}

#[test]
fn check_lists_each_problem_on_its_own_line_and_exits_1() {
    let file = temp_file(
        "broken.json",
        r#"{"format": "spillover-scenario", "version": 1, "title": "T", "date": "2014-01-01",
            "people": [{"id": "ana", "name": "Ana"}],
            "companies": [{"id": "app", "name": "App"}],
            "grants": [{"person": "ana", "company": "app", "scopes": ["likse", "friends.messages"]}]}"#,
    );
    let out = cli(&["check", &file]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].contains("grants[0].scopes[0]: \"likse\" is not a category; the categories are user_id, name, contact, friends, birthday, location, likes, photos, posts, messages"), "{stdout}");
    assert!(lines[1].contains("grants[0].scopes[1]: \"friends.messages\" does not exist"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a valid scenario (2 problems)"));
}

#[test]
fn exposure_prints_the_documented_json() {
    let out = cli(&["exposure", &builtin("friends")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["date"], "2014-01-01");
    assert_eq!(v["mode"], "access");
    let you = v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["person"] == "you" && f["category"] == "likes")
        .expect("the quiz has your likes");
    assert_eq!(you["company"], "quiz");
    assert_eq!(you["reason"], "friend");
    assert_eq!(you["via"], "ben");
    assert!(you["explanation"]
        .as_str()
        .unwrap()
        .starts_with("Personality quiz can see You's likes: You and Ben are friends"));
    let ben = v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["person"] == "ben")
        .unwrap();
    assert_eq!(ben["via"], serde_json::Value::Null);
    assert_eq!(
        v["companies"][0],
        serde_json::json!({"id": "quiz", "reached": 4, "consented": 1, "without_consent": 3, "amplification": 4.0,
                           "by_category": {"user_id": 1, "name": 4, "birthday": 3, "location": 3, "likes": 3},
                           "by_reason": {"consent": 5, "friend": 9}})
    );
    assert_eq!(
        v["people"][0],
        serde_json::json!({"id": "you", "companies": 1})
    );
}

#[test]
fn exposure_takes_a_date_and_the_collected_mode() {
    let out = cli(&[
        "exposure",
        &builtin("digital-life"),
        "--date",
        "2016-01-01",
        "--collected",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["date"], "2016-01-01");
    assert_eq!(v["mode"], "collected");
    assert!(v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["company"] == "ca" && f["reason"] == "transfer" && f["via"] == "gsr"));
    let access = cli(&["exposure", &builtin("digital-life"), "--date", "2016-01-01"]);
    let a: serde_json::Value = serde_json::from_slice(&access.stdout).unwrap();
    assert!(
        a["facts"].as_array().unwrap().is_empty(),
        "the app was banned in December 2015"
    );
}

#[test]
fn a_wrong_command_line_exits_2_with_usage() {
    for args in [
        vec![],
        vec!["frobnicate"],
        vec!["check"],
        vec!["exposure", "x.json", "--date", "2014-13-01"],
        vec!["exposure", "x.json", "--dat", "2014-01-01"],
        vec!["check", "/nonexistent/file.json"],
    ] {
        let out = cli(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("usage:"),
            "{args:?}"
        );
    }
    let out = cli(&["exposure", "x.json", "--date", "2014-13-01"]);
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("--date: \"2014-13-01\" is not a day of the calendar"));
}

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
        .starts_with("Personality quiz can see your likes: You and Ben are friends"));
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
        vec!["import", "a.csv", "b.csv", "c.csv"],
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

#[test]
fn the_usage_names_each_network_format_and_its_endings_from_the_one_list() {
    use spillover::files::network::Format;
    let out = cli(&["help"]);
    let usage = String::from_utf8_lossy(&out.stdout);
    for format in Format::ALL {
        let endings: Vec<String> = format.endings().iter().map(|e| format!(".{e}")).collect();
        let line = format!("{} {}", format.name(), endings.join(" "));
        let found = usage
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>().join(" ") == line);
        assert!(found, "no line `{line}` in:\n{usage}");
    }
    assert!(
        usage.contains("how many from before 2015-04-30,"),
        "{usage}"
    );
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_named_not_a_crash() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let out = Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
        .arg("exposure")
        .arg(builtin("friends"))
        .arg("--date")
        .arg(OsStr::from_bytes(b"2014-\xff-01"))
        .output()
        .expect("the command line runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--date is not valid UTF-8"), "{stderr}");
    // A file name that is not UTF-8 is still a file name.
    let out = Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
        .arg("check")
        .arg(OsStr::from_bytes(b"/nonexistent/\xff.json"))
        .output()
        .expect("the command line runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("cannot read the scenario file /nonexistent/\u{fffd}.json"));
}

#[test]
fn a_reader_closing_the_pipe_ends_the_output_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
        .args(["exposure", &builtin("digital-life"), "--collected"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command line runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut first)
        .expect("one line");
    // The reader is gone (as with `| head -1`); the report is longer than a pipe holds.
    let out = child.wait_with_output().expect("it ends");
    assert_eq!(first.trim(), "{");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_dash_reads_standard_input_with_or_without_a_byte_order_mark() {
    use std::io::Write;
    use std::process::Stdio;
    let text = std::fs::read(builtin("friends")).unwrap();
    for bom in [&b""[..], b"\xEF\xBB\xBF"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
            .args(["check", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the command line runs");
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(bom).unwrap();
        stdin.write_all(&text).unwrap();
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "bom {bom:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).starts_with("(standard input): valid (6 people")
        );
    }
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&text);
    let file = temp_file("bom.json", "");
    std::fs::write(&file, with_bom).unwrap();
    assert_eq!(cli(&["exposure", &file]).status.code(), Some(0));
}

#[test]
fn a_file_over_the_limit_is_refused_unread_naming_what_it_was_to_be_and_the_limit() {
    for (command, name, kind) in [
        ("check", "huge.json", "scenario file"),
        ("import", "huge.txt", "network file"),
    ] {
        let file = temp_file(name, "");
        std::fs::File::options()
            .write(true)
            .open(&file)
            .unwrap()
            .set_len(70 * 1024 * 1024)
            .unwrap();
        let out = cli(&[command, &file]);
        std::fs::remove_file(&file).unwrap();
        assert_eq!(out.status.code(), Some(2));
        // The file's problem alone: no usage text, for the command line was right.
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!("spillover-cli: the {kind} {file} is 70.0 MB; spillover-cli reads {kind}s of up to 64 MB, so it read none of it\n")
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn standard_input_over_the_limit_is_refused_where_reading_stopped() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
        .args(["import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command line runs");
    let mut stdin = child.stdin.take().unwrap();
    // The reader stops past 64 MB and closes its end, so the rest of the write may fail.
    let writer = std::thread::spawn(move || {
        let line = "1 2\n".repeat(1 << 16);
        for _ in 0..(65 << 20) / line.len() + 1 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "spillover-cli: the network file on standard input is over 64 MB; spillover-cli reads network files of up to 64 MB, so it stopped there\n"
    );
}

#[test]
fn a_file_that_cannot_be_read_is_named_with_what_it_was_to_be_without_the_usage() {
    for (args, says) in [
        (
            ["check", "/no/such/lesson.json"],
            "spillover-cli: cannot read the scenario file /no/such/lesson.json: ",
        ),
        (
            ["import", "/no/such/file.edges"],
            "spillover-cli: cannot read the network file /no/such/file.edges: ",
        ),
    ] {
        let out = cli(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with(says), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line, no usage: {stderr}");
    }
}

#[test]
fn an_empty_network_file_is_refused_in_words() {
    let empty = temp_file("empty.edges", "");
    let out = cli(&["import", &empty]);
    std::fs::remove_file(&empty).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("{empty}: the file names no people and no friendships, so there is nothing to import\nnot imported (1 problem)\n")
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_at_its_line_and_column() {
    let file = temp_file("latin1.json", "");
    std::fs::write(&file, b"{\n  \"title\": \"Caf\xe9\"\n}").unwrap();
    let out = cli(&["check", &file]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout)
        .contains("line 2, column 16: the file is not UTF-8 text"));
}

#[test]
fn a_file_cannot_drive_the_readers_terminal() {
    let hostile = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}";
    let file = temp_file(
        "hostile.json",
        &format!(
            r#"{{"format": "spillover-scenario", "version": 1, "title": "{t}", "date": "2014-01-01",
                "people": [{{"id": "ana", "name": "{t}"}}, {{"id": "{t}", "name": "B"}}],
                "companies": [{{"id": "app", "name": "{t}"}}],
                "grants": [{{"person": "ana", "company": "app", "scopes": ["{t}"]}}]}}"#,
            t = serde_json::to_string(hostile).unwrap().trim_matches('"')
        ),
    );
    let check = cli(&["check", &file]);
    assert_eq!(check.status.code(), Some(1));
    let printed = String::from_utf8_lossy(&check.stdout);
    assert!(printed.contains("\\u{1b}]0;pwned\\u{7}"), "{printed}");
    // The format refuses control characters in names, but not the ones that reorder text; the
    // report escapes those as JSON escapes, so it stays the same JSON.
    let hostile = "\u{202e}gnp.exe";
    let fixed = temp_file(
        "hostile-valid.json",
        &format!(
            r#"{{"format": "spillover-scenario", "version": 1, "title": "{t}", "date": "2014-01-01",
                "people": [{{"id": "ana", "name": "{t}"}}],
                "companies": [{{"id": "app", "name": "{t}"}}],
                "grants": [{{"person": "ana", "company": "app", "scopes": ["likes"]}}]}}"#,
            t = serde_json::to_string(hostile).unwrap().trim_matches('"')
        ),
    );
    let exposure = cli(&["exposure", &fixed]);
    assert_eq!(exposure.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&exposure.stdout).expect("still JSON");
    assert_eq!(
        report["facts"][0]["explanation"]
            .as_str()
            .map(|e| e.contains(hostile)),
        Some(true)
    );
    // No control character reaches the terminal, on either stream, in either command.
    for out in [&check, &exposure] {
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(
                !text
                    .chars()
                    .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
                "{text:?}"
            );
        }
    }
}

#[test]
fn layout_prints_where_the_page_draws_each_node() {
    let out = cli(&["layout", &builtin("friends")]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("layout prints JSON");
    let s = spillover::files::scenario::parse(
        &std::fs::read_to_string(builtin("friends")).expect("built-ins are readable"),
    )
    .expect("built-ins are valid");
    let l = spillover::present::layout::layout(&s);
    for (p, at) in s.people.iter().zip(&l.people) {
        assert_eq!(
            json["people"][&p.id],
            serde_json::json!([at.x, at.y]),
            "{}",
            p.id
        );
    }
    assert_eq!(
        json["companies"].as_object().map(|m| m.len()),
        Some(s.companies.len())
    );
    assert_eq!(cli(&["layout"]).status.code(), Some(2));
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/core/fixtures/networks")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn import_prints_a_scenario_file_that_check_accepts() {
    let out = cli(&["import", &fixture("small.edges")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["format"], "spillover-scenario");
    assert_eq!(v["people"].as_array().map(Vec::len), Some(5));
    assert_eq!(v["friendships"].as_array().map(Vec::len), Some(4));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("note: 1 friendship listed again"),
        "{stderr}"
    );
    let file = temp_file("imported.json", &String::from_utf8_lossy(&out.stdout));
    let checked = cli(&["check", &file]);
    assert!(String::from_utf8_lossy(&checked.stdout)
        .contains("valid (5 people, 0 companies, 4 friendships"));
    let two = cli(&[
        "import",
        &fixture("friendships.csv"),
        &fixture("people.csv"),
    ]);
    assert_eq!(
        two.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&two.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&two.stdout).expect("JSON");
    assert_eq!(v["people"][1]["name"], "Ben \"the builder\" Okafor");
}

#[test]
fn import_exits_1_with_each_problem_and_its_line_and_2_on_a_wrong_command_line() {
    let bad = temp_file("bad.edges", "# fine\n1 2\n3\n");
    let out = cli(&["import", &bad]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.edges, line 3, column 1: a line names a friendship as two ids"),
        "{stderr}"
    );
    assert!(stderr.contains("not imported (1 problem)"), "{stderr}");
    assert_eq!(cli(&["import"]).status.code(), Some(2));
    let (a, b, c) = (
        fixture("people.csv"),
        fixture("friendships.csv"),
        fixture("small.gexf"),
    );
    assert_eq!(cli(&["import", &a, &b, &c]).status.code(), Some(2));
}

#[test]
fn import_reads_standard_input_by_what_it_holds() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
        .args(["import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command line runs");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"# SNAP style\n1\t2\n2\t3\n").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["friendships"].as_array().map(Vec::len), Some(2));
}

/// `spillover-cli view`'s JSON for `args`.
fn view(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["view"];
    all.extend_from_slice(args);
    let out = cli(&all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn view_prints_what_the_page_shows_at_an_address() {
    let step = view(&["https://example.org/spillover/#scenario=friends&step=2"]);
    assert_eq!(step["title"], "You and your friends");
    assert_eq!(step["step"], 2);
    let quiz = &step["companies"][0];
    assert_eq!(
        (quiz["id"].as_str(), quiz["reached"].as_u64()),
        (Some("quiz"), Some(4))
    );
    assert_eq!(step["nodes"][0]["id"], "you");
    assert!(step["nodes"][0]["summary"]
        .as_str()
        .unwrap()
        .starts_with("You: 1 company"));
    // What-ifs, a mode and a selection in the address.
    let closed = view(&["#scenario=friends&step=2&fp=never&select=you"]);
    assert_eq!(closed["companies"][0]["reached"], 1, "only who said yes");
    assert_eq!(closed["companies"][0]["as_it_happened"][0], 4);
    assert!(closed["why"]["summary"]
        .as_str()
        .unwrap()
        .contains("No company"));
}

#[test]
fn view_prints_the_caption_of_the_state_shown_not_of_the_view_before() {
    let caption = |address: &str| view(&[address])["caption"].as_str().unwrap().to_string();
    // A day something starts or ends: against the day before.
    assert_eq!(
        caption("#scenario=friends&step=5"),
        "2015-04-30: closed for ordinary apps from this day. Personality quiz 4 → 1."
    );
    // A what-if: against the scenario as it happened, on the same day.
    assert_eq!(
        caption("#scenario=friends&step=4"),
        "2013-06-10, with the what-if: Personality quiz 4 → 1."
    );
    // Neither: each company's reach as it is.
    assert_eq!(
        caption("#scenario=friends&date=2014-01-01"),
        "2014-01-01: Personality quiz reaches 4."
    );
    assert_eq!(
        caption("#scenario=friends&step=1"),
        "2012-06-01: no company reaches anyone."
    );
}

#[test]
fn view_of_a_sandbox_reads_its_file_and_a_link_carries_a_file_whole() {
    let refused = cli(&["view", "#sandbox"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("give its scenario file"));
    let sandbox = view(&["#sandbox&date=2019-01-01", &builtin("partners")]);
    assert_eq!(sandbox["date"], "2019-01-01");
    let link = cli(&["link", &builtin("partners")]);
    assert_eq!(link.status.code(), Some(0));
    let hash = String::from_utf8(link.stdout).unwrap();
    assert!(hash.starts_with("#data="));
    let carried = view(&[&format!("{}&date=2019-01-01", hash.trim())]);
    assert_eq!(carried["companies"], sandbox["companies"]);
    assert_eq!(carried["title"], "Partners behind the wall");
}

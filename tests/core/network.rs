//! Friend networks from the formats research data and network tools use, and back out.

use std::path::PathBuf;

use spillover::core::model::{CompanyKind, Scenario};
use spillover::files::builtin::BUILTINS;
use spillover::files::network::{
    import_through_json, is_scenario, picker_endings, to_gexf, to_graphml, Format, Imported, Input,
    Problem,
};
use spillover::files::{limits, scenario};

/// The network's import, checked against the former way: the scenario printed as a file and
/// read back gives the same scenario, notes and problems as the one built in memory.
fn import(inputs: &[Input<'_>]) -> Result<Imported, Vec<Problem>> {
    let got = spillover::files::network::import(inputs);
    assert_eq!(
        format!("{got:?}"),
        format!("{:?}", import_through_json(inputs)),
        "built in memory as read back from its file"
    );
    got
}

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/core/fixtures/networks")
        .join(name);
    std::fs::read_to_string(&path).expect("the fixture exists")
}

/// Imports `(name, text)` files, failing the test with the problems.
fn ok(files: &[(&str, &str)]) -> Imported {
    let inputs: Vec<Input<'_>> = files
        .iter()
        .map(|(name, text)| Input { name, text })
        .collect();
    match import(&inputs) {
        Ok(imported) => imported,
        Err(problems) => panic!("not imported: {problems:#?}"),
    }
}

/// The problems of importing `(name, text)` files, as the reader sees them.
fn problems(files: &[(&str, &str)]) -> Vec<String> {
    let inputs: Vec<Input<'_>> = files
        .iter()
        .map(|(name, text)| Input { name, text })
        .collect();
    match import(&inputs) {
        Ok(_) => panic!("imported, though it should not be"),
        Err(problems) => problems.iter().map(|p| p.to_string()).collect(),
    }
}

fn people(s: &Scenario) -> Vec<String> {
    s.people
        .iter()
        .map(|p| format!("{}={}", p.id, p.name))
        .collect()
}

fn friendships(s: &Scenario) -> Vec<String> {
    s.friendships
        .iter()
        .map(|f| {
            let [a, b] = f.between.map(|p| s.people[p.ix()].id.as_str());
            let mut line = format!("{a}-{b}");
            if f.messages {
                line.push_str(" messages");
            }
            if let Some(from) = f.interval.from {
                line.push_str(&format!(" from {from}"));
            }
            if let Some(until) = f.interval.until {
                line.push_str(&format!(" until {until}"));
            }
            line
        })
        .collect()
}

#[test]
fn an_edge_list_keeps_ids_in_order_merges_repeats_and_leaves_out_self_loops() {
    let imported = ok(&[("small.edges", &fixture("small.edges"))]);
    let s = &imported.scenario;
    assert_eq!(people(s), ["0=0", "1=1", "2=2", "3=3", "4=4"]);
    assert_eq!(friendships(s), ["0-1", "0-2", "1-2", "3-4"]);
    assert!(s.companies.is_empty());
    assert_eq!(s.title, "small");
    assert!(
        s.description
            .starts_with("Imported from small.edges. 1 friendship listed again"),
        "{}",
        s.description
    );
    assert_eq!(s.date.to_string(), "2014-01-01");
    assert_eq!(
        s.friend_permissions.len(),
        1,
        "friend permissions open as in 2010-2015"
    );
    assert_eq!(
        imported.notes,
        [
            "1 friendship listed again (the same two people, either way round) merged with the first; the first repeat: small.edges, line 7",
            "1 line joining someone to themselves left out; the first: small.edges, line 8",
        ]
    );
}

#[test]
fn an_imported_network_is_a_valid_scenario_file() {
    let imported = ok(&[("small.edges", &fixture("small.edges"))]);
    let again = scenario::parse(&scenario::to_json(&imported.scenario)).expect("valid");
    assert_eq!(again, imported.scenario);
}

#[test]
fn an_edge_list_skips_a_header_line_and_a_tsv_file_is_read_with_its_header() {
    let headed = "Source\tTarget\na\tb\n";
    assert_eq!(friendships(&ok(&[("h.txt", headed)]).scenario), ["a-b"]);
    let not_a_header = "source b\n";
    assert_eq!(
        friendships(&ok(&[("h.txt", not_a_header)]).scenario),
        ["source-b"]
    );
    let tsv = "id\tlabel\nx\tX Y\n";
    assert_eq!(people(&ok(&[("people.tsv", tsv)]).scenario), ["x=X Y"]);
    let pairs = "person,friend\nana,ben\n";
    assert_eq!(friendships(&ok(&[("f.csv", pairs)]).scenario), ["ana-ben"]);
}

#[test]
fn an_edge_list_names_the_line_and_column_of_each_fault() {
    let long = "x".repeat(101);
    let text = format!("# a comment\n1 2\n  7\n1 {long}\n3,4\n");
    assert_eq!(
        problems(&[("bad.txt", &text)]),
        [
            "bad.txt, line 3, column 3: a line names a friendship as two ids, `a b`; this one has only `7`",
            &format!("bad.txt, line 4, column 3: an id is at most 100 bytes long; `{}…` has 101", &long[..40]),
            "bad.txt, line 5, column 1: a line names a friendship as two ids, `a b`; this one has only `3,4`; if the file is comma-separated, give it a name ending in .csv",
        ]
    );
}

#[test]
fn two_csv_files_give_people_with_names_and_friendships_with_details_in_either_order() {
    let (p, f) = (fixture("people.csv"), fixture("friendships.csv"));
    for files in [
        [("people.csv", &p), ("friendships.csv", &f)],
        [("friendships.csv", &f), ("people.csv", &p)],
    ] {
        let files = files.map(|(n, t)| (n, t.as_str()));
        let s = ok(&files).scenario;
        assert_eq!(
            people(&s),
            [
                "ana=Ana Lima",
                "ben=Ben \"the builder\" Okafor",
                "cleo=Cleo, from class",
                "dev=Dev"
            ]
        );
        assert_eq!(
            friendships(&s),
            [
                "ana-ben messages from 2011-02-01",
                "ben-cleo until 2014-06-01",
                "cleo-dev",
                "ana-dev messages from 2009-09-09 until 2016-01-01"
            ]
        );
        assert_eq!(s.title, "friendships");
    }
}

#[test]
fn a_friendships_file_alone_names_people_by_their_ids_whatever_its_header_says() {
    let s = ok(&[("kumu-connections.csv", &fixture("kumu-connections.csv"))]).scenario;
    assert_eq!(people(&s), ["Ana=Ana", "Ben=Ben", "Cleo=Cleo"]);
    assert_eq!(friendships(&s), ["Ana-Ben", "Ben-Cleo"]);
    let flourish = "Source,Target,Value\r\nx,y,3\r\ny,z,1\r\n";
    assert_eq!(
        friendships(&ok(&[("links.csv", flourish)]).scenario),
        ["x-y", "y-z"]
    );
    let bare = "1,2\n2,3\n";
    assert_eq!(
        friendships(&ok(&[("f.csv", bare)]).scenario),
        ["1-2", "2-3"]
    );
    let dated = "PERSON_A,person b,Start Date\np,q,2012-01-01\n";
    assert_eq!(
        friendships(&ok(&[("f.csv", dated)]).scenario),
        ["p-q from 2012-01-01"]
    );
}

#[test]
fn csv_problems_name_the_file_line_and_column() {
    let people = "id,label\nana,Ana\nben,Ben\n";
    let friendships =
        "source,target,messages,from\nana,ben,maybe,\nana,zoe,,\nben,ana,,2014-13-01\n";
    assert_eq!(
        problems(&[("people.csv", people), ("links.csv", friendships)]),
        [
            "links.csv, line 2, column 1: `messages` is true or false (yes or no, 1 or 0), not \"maybe\"",
            "links.csv, line 3, column 5: no person in people.csv has the id `zoe`",
            "links.csv, line 4, column 1: \"2014-13-01\" is not a day of the calendar",
        ]
    );
    assert_eq!(
        problems(&[("f.csv", "a,b\nana,\"ben\nben,cleo\n")]),
        ["f.csv, line 2, column 5: this quoted cell is never closed: its closing `\"` is missing"]
    );
    assert_eq!(
        problems(&[("f.csv", "a,b\nana,\"ben\"x\n")]),
        ["f.csv, line 2, column 10: after a closing quote comes `,` or the end of the line, not `x`; a quote inside a quoted cell is written twice (\"\")"]
    );
    assert_eq!(problems(&[("f.csv", "a,b\nana\n")]), ["f.csv, line 2: a friendship needs both friends, in cells 1 and 2; this line has 1 cell"]);
    assert_eq!(
        problems(&[("one.csv", "x,y\n1,2\n"), ("two.csv", "x,y\n3,4\n")]),
        ["one.csv, two.csv: Spillover cannot tell which file holds the people and which the friendships: give the people file the columns `id,name` and the friendships file `a,b` (or `source,target`)"]
    );
}

#[test]
fn graphml_gives_labels_and_ignores_what_it_does_not_know() {
    let s = ok(&[("small.graphml", &fixture("small.graphml"))]).scenario;
    assert_eq!(people(&s), ["n0=Ana & co", "n1=Ben", "n2=n2"]);
    assert_eq!(friendships(&s), ["n0-n1", "n1-n2"]);
}

#[test]
fn gexf_gives_labels_and_ignores_what_it_does_not_know() {
    let s = ok(&[("small.gexf", &fixture("small.gexf"))]).scenario;
    assert_eq!(people(&s), ["1=Ana", "2=Ben", "3=Cleo"]);
    assert_eq!(friendships(&s), ["1-2", "3-2"]);
}

#[test]
fn xml_problems_name_the_line_and_column() {
    let broken = "<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>\n</graphml>\n";
    let got = problems(&[("broken.graphml", broken)]);
    assert_eq!(got.len(), 1);
    assert!(
        got[0].starts_with("broken.graphml, line 4, column 3: this is not well-formed XML:"),
        "{got:?}"
    );
    let dangling = "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/>\n</graph></graphml>";
    assert_eq!(
        problems(&[("d.graphml", dangling)]),
        [
            "d.graphml, line 3, column 1: `a` is given already, on line 2; each id is given once",
            "d.graphml, line 4, column 1: no person has the id `b`",
        ]
    );
    assert_eq!(
        problems(&[("g.gexf", "<graphml/>")]),
        ["g.gexf, line 1, column 1: this is not GEXF: its first element is <graphml>, not <gexf>"]
    );
    let entity = "<!DOCTYPE g [<!ENTITY x \"xx\">]><gexf/>";
    assert_eq!(
        problems(&[("e.gexf", entity)]),
        ["e.gexf, line 1, column 1: Spillover reads no document type declaration (`<!DOCTYPE …>`): remove it and load the file again"]
    );
}

#[test]
fn a_file_of_no_known_format_or_a_wrong_pair_is_refused_with_what_to_do() {
    assert_eq!(
        problems(&[("net.dat", "hello")]),
        ["net.dat: Spillover cannot tell what network format this is: give it a name ending in .txt or .edges (an edge list), .csv, .graphml or .gexf"]
    );
    assert_eq!(
        problems(&[("a.edges", "1 2"), ("b.csv", "a,b")]),
        ["a.edges, b.csv: pick one network file, or two CSV files together (one of people, one of friendships)"]
    );
}

#[test]
fn one_list_of_formats_tells_each_by_its_endings_and_the_picker_and_readme_follow_it() {
    for format in Format::ALL {
        for ending in format.endings() {
            for name in [
                format!("net.{ending}"),
                format!("NET.{}", ending.to_uppercase()),
            ] {
                assert_eq!(Format::of(&name, ""), Some(format), "{name}");
            }
        }
    }
    for other in ["net.edgelist", "net.el"] {
        assert_eq!(Format::of(other, ""), Some(Format::EdgeList), "{other}");
    }
    assert_eq!(Format::of("lesson.json", "1 2"), None);
    assert_eq!(
        picker_endings(),
        ".txt,.edges,.csv,.tsv,.graphml,.gexf,.xml"
    );
    // The README's table of formats: a row for each, which names each of its endings.
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .expect("the README is readable");
    for format in Format::ALL {
        let head = format!("| {} (", format.name());
        let row = readme.lines().find(|l| l.starts_with(&head));
        let row = row.unwrap_or_else(|| panic!("README has no row starting {head}"));
        for ending in format.endings() {
            assert!(row.contains(&format!("`.{ending}`")), "{row}");
        }
    }
}

#[test]
fn a_file_without_a_telling_name_is_read_by_what_it_holds() {
    let as_named = |text: &str| Format::of("(standard input)", text);
    assert_eq!(as_named("# SNAP\n1\t2\n"), Some(Format::EdgeList));
    assert_eq!(as_named("a,b\n1,2\n"), Some(Format::Csv));
    assert_eq!(
        as_named("<?xml version=\"1.0\"?>\n<graphml>"),
        Some(Format::GraphMl)
    );
    assert_eq!(as_named("<gexf>"), Some(Format::Gexf));
    assert_eq!(as_named("{\"format\": \"spillover-scenario\"}"), None);
    assert!(is_scenario("lesson.json", "1 2"));
    assert!(is_scenario("(standard input)", " {"));
    assert!(!is_scenario("net.edges", "{"));
}

#[test]
fn a_network_past_a_limit_is_refused_before_any_work_naming_the_limit_and_its_figure() {
    let text = "1 2\n".repeat(limits::MAX_FRIENDSHIPS + 1);
    assert_eq!(
        problems(&[("huge.edges", &text)]),
        ["huge.edges: the file holds 1,000,001 friendships; Spillover takes up to 1,000,000 friendships"]
    );
    assert_eq!(
        limits::counts(100_001, 0, 0),
        Err("the file holds 100,001 people; Spillover takes up to 100,000 people".into())
    );
    assert_eq!(
        limits::file_size("big.json", 70 * 1_048_576),
        Err("big.json is 70.0 MB; Spillover reads files up to 64 MB. Nothing was read.".into())
    );
}

/// People, companies and friendships as the round trip keeps them.
type Network = (Vec<String>, Vec<(String, String, CompanyKind)>, Vec<String>);

fn network(s: &Scenario) -> Network {
    let companies = s
        .companies
        .iter()
        .map(|c| (c.id.clone(), c.name.clone(), c.kind))
        .collect();
    (people(s), companies, friendships(s))
}

#[test]
fn exports_read_back_to_the_same_network() {
    let mut tricky = ok(&[
        ("people.csv", &fixture("people.csv")),
        ("friendships.csv", &fixture("friendships.csv")),
    ])
    .scenario;
    tricky.people[0].name = "<Ana & \"Bo\" 'x'>".into();
    let mut all: Vec<Scenario> = BUILTINS
        .iter()
        .map(|b| scenario::parse(&b.json()).expect("built-ins are valid"))
        .collect();
    all.push(tricky);
    for s in &all {
        for (name, text) in [("net.gexf", to_gexf(s)), ("net.graphml", to_graphml(s))] {
            let back = ok(&[(name, &text)]).scenario;
            assert_eq!(network(&back), network(s), "{name} of {}", s.title);
        }
    }
}

/// What each file of the GEXF and GraphML fuzz corpora reads as: its people (`id=name`), its
/// friendships, its companies and how many repeats were merged.
type Reads = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    usize,
    usize,
);

const CORPORA: [Reads; 10] = [
    (
        "gephi-0.9-dynamic.gexf",
        &[
            "0=Mira Takeda",
            "1=Jonas Vale",
            "2=Priya Anand",
            "3=Tomás Ferreira",
        ],
        &["0-1", "0-2", "2-3"],
        0,
        1,
    ),
    (
        "networkx.gexf",
        &[
            "Uma=Uma",
            "Viktor=Viktor",
            "Zoë=Zoë",
            "Malik=Malik",
            "Quinn=Quinn",
        ],
        &[
            "Uma-Viktor",
            "Uma-Quinn",
            "Viktor-Zoë",
            "Zoë-Malik",
            "Malik-Quinn",
        ],
        0,
        0,
    ),
    (
        "small.gexf",
        &["1=Ana", "2=Ben", "3=Cleo"],
        &["1-2", "3-2"],
        0,
        0,
    ),
    (
        "spillover-export.gexf",
        &[
            "ana=Ana Lindqvist",
            "ben=Ben Osei",
            "cleo=Cléo & \"Cat\" Durand",
            "dev=Dev Raman",
        ],
        &[
            "ana-ben messages from 2011-02-14",
            "ana-cleo",
            "ben-dev from 2012-05-01 until 2014-08-31",
        ],
        2,
        0,
    ),
    (
        "cytoscape.graphml",
        &["104=Noor Rahimi", "106=Oskar Brandt", "108=Inès Caron"],
        &["104-106", "106-108", "108-104"],
        0,
        0,
    ),
    (
        "gephi.graphml",
        &["a1=Hiro Sato", "a2=Esi Boateng", "a3=Farid Nasser"],
        &["a1-a2", "a2-a3"],
        0,
        1,
    ),
    (
        "networkx.graphml",
        &[
            "0=Rosa Kowalczyk",
            "1=Yusuf Demir",
            "2=Wen Li",
            "3=Greta Holm",
            "4=4",
        ],
        &["0-1", "0-2", "1-3", "2-3", "3-4"],
        0,
        0,
    ),
    (
        "small.graphml",
        &["n0=Ana & co", "n1=Ben", "n2=n2"],
        &["n0-n1", "n1-n2"],
        0,
        0,
    ),
    (
        "spillover-export.graphml",
        &[
            "ana=Ana Lindqvist",
            "ben=Ben Osei",
            "cleo=Cléo & \"Cat\" Durand",
            "dev=Dev Raman",
        ],
        &[
            "ana-ben messages from 2011-02-14",
            "ana-cleo",
            "ben-dev from 2012-05-01 until 2014-08-31",
        ],
        2,
        0,
    ),
    // yEd's names are in its node graphics (`y:NodeLabel`); a node without a label is named by its id.
    (
        "yed.graphml",
        &[
            "n0=Lena Moreau",
            "n1=Kofi Mensah",
            "n2=Sami Haddad",
            "n3=n3",
        ],
        &["n0-n1", "n2-n0", "n1-n2", "n3-n2"],
        0,
        0,
    ),
];

#[test]
fn the_fuzz_corpora_hold_files_as_gephi_yed_cytoscape_and_networkx_write_them_and_each_reads() {
    let mut read = 0;
    for dir in ["network-gexf", "network-graphml"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/core/fuzz")
            .join(dir);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
            .expect("the corpus is there")
            .map(|e| e.expect("an entry").path())
            .collect();
        files.sort();
        assert!(files.len() >= 4, "{dir} holds {} files", files.len());
        for file in files {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            let Some((_, want_people, want_friendships, companies, merged)) =
                CORPORA.iter().find(|c| c.0 == name)
            else {
                panic!("{dir}/{name}: say in CORPORA what it reads as");
            };
            let text = std::fs::read_to_string(&file).expect("a corpus file is UTF-8");
            let imported = ok(&[(&name, &text)]);
            let s = &imported.scenario;
            assert_eq!(people(s), *want_people, "{name}");
            assert_eq!(friendships(s), *want_friendships, "{name}");
            assert_eq!(s.companies.len(), *companies, "{name}");
            assert_eq!(
                imported.notes.len(),
                *merged,
                "{name}: {:?}",
                imported.notes
            );
            read += 1;
        }
    }
    assert_eq!(
        read,
        CORPORA.len(),
        "every file CORPORA names is in a corpus"
    );
}

#[test]
fn a_network_file_that_names_nobody_is_refused_in_words() {
    let none = "the file names no people and no friendships, so there is nothing to import";
    for (name, text) in [
        ("empty.edges", ""),
        ("comments.txt", "# Nodes: 0 Edges: 0\n% nothing yet\n\n"),
        ("header.txt", "source target\n"),
        ("friendships.csv", "source,target\n"),
        (
            "empty.graphml",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"/></graphml>",
        ),
        (
            "empty.gexf",
            "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph><nodes/><edges/></graph></gexf>",
        ),
    ] {
        assert_eq!(problems(&[(name, text)]), [format!("{name}: {none}")], "{text:?}");
    }
    assert_eq!(
        problems(&[("people.csv", "id,name\n"), ("friendships.csv", "a,b\n")]),
        ["people.csv, friendships.csv: the files name no people and no friendships, so there is nothing to import"]
    );
}

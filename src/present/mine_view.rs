//! "Your data"'s page around the lines of [`crate::present::mine`]: the words of its controls
//! (taking the export, its progress, keeping and forgetting it, friends' names on request,
//! saving and sharing), the lists behind each line (apps by era, companies, advertisers, and
//! friends only when asked), the files read and not read, what the live region says, and the
//! files it saves: a summary of counts to share, and the CSV, with friends' names only when the
//! reader ticks the box. Nothing here reads a file or touches the browser; the words are the
//! catalogue's (`static/words/*/mine.ftl`), and the CSV's cells, data rather than prose, stay
//! as `spillover-cli` writes them.

use crate::core::mine::{Advertiser, App, Company, Figures, Friend, List, Mine, Outcome, CUTOFF};
use crate::files::mine::parts::Progress;
use crate::present::export::csv_field;
use crate::present::mine::{date_of, eras};
use crate::present::scale::percent;
use crate::{say, word};

/// The top bar's tab.
pub fn tab() -> &'static str {
    word!("tab-mine")
}

/// Why a kept copy is not shown.
pub fn kept_unreadable(why: &str) -> String {
    say!("mine-kept-unreadable", why = why)
}

/// What the CSV holds.
pub fn save_csv_holds(names: bool) -> &'static str {
    if names {
        word!("mine-save-csv-holds-names")
    } else {
        word!("mine-save-csv-holds")
    }
}

/// The button that opens "At scale" at the reader's own friend count.
pub fn see_at_scale(friends: u32) -> String {
    say!("mine-see-at-scale", friends = friends)
}

/// The file names the view saves under.
pub const FILE_STEM: &str = "spillover-your-data";

/// The figures' table's caption.
pub fn figures_title() -> &'static str {
    word!("mine-figures-title")
}

/// Each figure of `f`, named, as `spillover-cli mine` counts them: the names the figures'
/// table shows, and their values.
pub fn figure_rows(f: &Figures) -> Vec<(String, String)> {
    let cutoff = CUTOFF.to_string();
    let n = |x: usize| crate::catalogue::number(x as f64);
    vec![
        (word!("mine-figure-friends").into(), n(f.friends)),
        (
            say!("mine-figure-friends-before", cutoff = cutoff.as_str()),
            n(f.friends_before_cutoff),
        ),
        (word!("mine-figure-apps").into(), n(f.apps)),
        (
            say!("mine-figure-apps-before", cutoff = cutoff.as_str()),
            n(f.apps_before_cutoff),
        ),
        (
            word!("mine-figure-apps-unknown").into(),
            n(f.apps_date_unknown),
        ),
        (
            word!("mine-figure-companies").into(),
            n(f.off_meta_companies),
        ),
        (
            word!("mine-figure-events").into(),
            n(f.off_meta_events as usize),
        ),
        (word!("mine-figure-advertisers").into(), n(f.advertisers)),
        (
            word!("mine-figure-advertisers-list").into(),
            n(f.advertisers_with_a_list),
        ),
    ]
}

/// What a reading is doing, in words.
pub fn progress(p: Option<Progress>) -> String {
    match p {
        None => word!("mine-starting").into(),
        Some(Progress::Listing { part, of }) if of > 1 => {
            say!("mine-progress-part", part = part, of = of)
        }
        Some(Progress::Listing { .. }) => word!("mine-progress-listing").into(),
        Some(Progress::Reading { file, of }) => say!("mine-progress-file", file = file, of = of),
    }
}

/// Why nothing of an export can be shown, as the page says it.
pub fn refused(why: &str) -> String {
    say!("mine-refused", why = why)
}

/// What the live region says when an export is read.
pub fn spoken(mine: &Mine) -> String {
    if let Some(why) = &mine.refusal {
        return refused(why);
    }
    let f = mine.figures();
    say!(
        "mine-spoken",
        friends = f.friends,
        apps = f.apps,
        companies = f.off_meta_companies,
        advertisers = f.advertisers,
    )
}

/// The files of the export, in a line: how many were read, not read, and only listed.
pub fn files_summary(mine: &Mine) -> String {
    let read = mine
        .files
        .iter()
        .filter(|f| matches!(f.outcome, Outcome::Read { .. }))
        .count();
    say!(
        "mine-files-summary",
        opened = read,
        not = mine.files.len() - read,
        others = mine.others,
    )
}

/// Each file read, as a line: its path, what it held.
pub fn files_read(mine: &Mine) -> Vec<String> {
    mine.files
        .iter()
        .filter_map(|f| match &f.outcome {
            Outcome::Read { rows, note } => {
                let list = f.list.map_or("other", List::as_str);
                let path = f.path.as_str();
                Some(match note {
                    Some(note) => say!(
                        "mine-file-opened-note",
                        path = path,
                        rows = *rows,
                        list = list,
                        note = note.as_str()
                    ),
                    None => say!("mine-file-opened", path = path, rows = *rows, list = list),
                })
            }
            Outcome::NotRead(_) => None,
        })
        .collect()
}

/// Each file not read, as a line: its path, and why.
pub fn files_not_read(mine: &Mine) -> Vec<String> {
    mine.files
        .iter()
        .filter_map(|f| match &f.outcome {
            Outcome::NotRead(why) => Some(say!(
                "mine-file-left-out",
                path = f.path.as_str(),
                why = why.as_str()
            )),
            Outcome::Read { .. } => None,
        })
        .collect()
}

/// The heading of the files left out.
pub fn not_read_title(n: usize) -> String {
    say!("mine-not-read-title", count = n)
}

/// A friend, as the list of names shows them (only when the reader asked).
pub fn friend(f: &Friend) -> String {
    match f.since {
        Some(_) => say!(
            "mine-friend-since",
            name = name(&f.name),
            since = date_of(f.since)
        ),
        None => say!("mine-friend-unknown", name = name(&f.name)),
    }
}

/// An app, with its dates.
pub fn app(a: &App) -> String {
    let added = date_of(a.added);
    match a.removed {
        Some(_) => say!(
            "mine-app-removed",
            name = name(&a.name),
            added = added,
            removed = date_of(a.removed)
        ),
        None => say!("mine-app", name = name(&a.name), added = added),
    }
}

/// A company, with its events.
pub fn company(c: &Company) -> String {
    say!("mine-company", name = name(&c.name), events = c.events)
}

/// An advertiser, and whether it had a list.
pub fn advertiser(a: &Advertiser) -> String {
    if a.with_a_list {
        say!("mine-advertiser-list", name = name(&a.name))
    } else {
        say!("mine-advertiser", name = name(&a.name))
    }
}

/// The longest name shown whole, in characters: a longer one (an export's JSON can hold a
/// string of megabytes) is cut, and says so with "…".
pub const LONGEST_NAME: usize = 120;

fn name(n: &str) -> String {
    if n.is_empty() {
        word!("mine-no-name").into()
    } else if n.chars().nth(LONGEST_NAME).is_some() {
        let cut: String = n.chars().take(LONGEST_NAME).collect();
        format!("{cut}…")
    } else {
        n.into()
    }
}

/// One list behind the figures: its heading and its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    /// Its heading, with its count.
    pub title: String,
    /// Its lines, in order.
    pub lines: Vec<String>,
}

/// The lists behind the figures (friends' names aside): apps by era, companies by events,
/// advertisers with a list first. Empty lists are left out.
pub fn listings(mine: &Mine) -> Vec<Listing> {
    let e = eras(&mine.apps);
    let mut companies: Vec<&Company> = mine.companies.iter().collect();
    companies.sort_by_key(|c| std::cmp::Reverse(c.events));
    let mut advertisers: Vec<&Advertiser> = mine.advertisers.iter().collect();
    advertisers.sort_by_key(|a| !a.with_a_list);
    let all = [
        (
            "apps-before",
            e.before.iter().map(|a| app(a)).collect::<Vec<_>>(),
        ),
        ("apps-after", e.after.iter().map(|a| app(a)).collect()),
        ("apps-unknown", e.unknown.iter().map(|a| app(a)).collect()),
        ("companies", companies.into_iter().map(company).collect()),
        (
            "advertisers",
            advertisers.into_iter().map(advertiser).collect(),
        ),
    ];
    let cutoff = CUTOFF.to_string();
    all.into_iter()
        .filter(|(_, lines)| !lines.is_empty())
        .map(|(list, lines)| Listing {
            title: say!(
                "mine-listing-title",
                list = list,
                cutoff = cutoff.as_str(),
                count = lines.len()
            ),
            lines,
        })
        .collect()
}

/// The heading of friends' names.
pub fn friends_title(n: usize) -> String {
    say!("mine-friends-title", count = n)
}

/// What the install rate's choice reads: "1 in 100 (1%)".
pub fn one_in(n: u32) -> String {
    say!(
        "mine-one-in",
        one_in = n,
        percent = percent(1.0 / f64::from(n.max(1)))
    )
}

/// A summary of the counts to share, with the link `address` to this view: no names, no dates
/// beyond the cut-off's, nothing of the export but its figures.
pub fn summary(mine: &Mine, address: &str) -> String {
    let f = mine.figures();
    say!(
        "mine-summary",
        friends = f.friends,
        friends_before = f.friends_before_cutoff,
        apps = f.apps,
        apps_before = f.apps_before_cutoff,
        companies = f.off_meta_companies,
        events = f.off_meta_events,
        advertisers = f.advertisers,
        with_a_list = f.advertisers_with_a_list,
        cutoff = CUTOFF.to_string(),
        address = address,
    )
}

/// The lists as CSV (`list,name,date,removed,count,note`; RFC 4180, formula-safe as the
/// scenarios' CSV is): apps, companies and advertisers, and friends only with `names`.
pub fn csv(mine: &Mine, names: bool) -> String {
    let mut out = String::from("list,name,date,removed,count,note\r\n");
    let mut row = |cells: [&str; 6]| {
        let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    };
    let day = |t: Option<i64>| t.map(|_| date_of(t)).unwrap_or_default();
    for a in &mine.apps {
        let era = match a.added {
            None => "date unknown".to_string(),
            Some(_) if crate::core::mine::before_cutoff(a.added) => {
                format!("before {}", crate::core::mine::CUTOFF)
            }
            Some(_) => format!("on or after {}", crate::core::mine::CUTOFF),
        };
        row(["app", &a.name, &day(a.added), &day(a.removed), "", &era]);
    }
    for c in &mine.companies {
        row([
            "off-Facebook activity",
            &c.name,
            "",
            "",
            &c.events.to_string(),
            "events sent",
        ]);
    }
    for a in &mine.advertisers {
        let note = if a.with_a_list {
            "uploaded or used a list with your information"
        } else {
            ""
        };
        row(["advertiser", &a.name, "", "", "", note]);
    }
    if names {
        for f in &mine.friends {
            row(["friend", &f.name, &day(f.since), "", "", ""]);
        }
    } else {
        let n = mine.friends.len().to_string();
        row(["friends", "", "", "", &n, "counted, not named"]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::mine::{FileNote, CUTOFF};

    fn mine() -> Mine {
        let cut = CUTOFF.unix_seconds();
        Mine {
            friends: vec![
                Friend {
                    name: "Ana Lima".into(),
                    since: Some(cut - 86_400),
                },
                Friend {
                    name: "=cmd".into(),
                    since: None,
                },
            ],
            apps: vec![
                App {
                    name: "Quiz".into(),
                    added: Some(cut - 86_400),
                    removed: Some(cut + 86_400),
                },
                App {
                    name: "Lost".into(),
                    added: None,
                    removed: None,
                },
            ],
            companies: vec![
                Company {
                    name: "a.example".into(),
                    events: 1,
                },
                Company {
                    name: "b.example".into(),
                    events: 9,
                },
            ],
            advertisers: vec![
                Advertiser {
                    name: "Other".into(),
                    with_a_list: false,
                },
                Advertiser {
                    name: "Brand, Inc.".into(),
                    with_a_list: true,
                },
            ],
            files: vec![
                FileNote {
                    path: "x/your_friends.json".into(),
                    list: Some(List::Friends),
                    outcome: Outcome::Read {
                        rows: 2,
                        note: None,
                    },
                },
                FileNote {
                    path: "../evil.json".into(),
                    list: None,
                    outcome: Outcome::NotRead("its path leads outside the export".into()),
                },
            ],
            others: 1,
            ..Mine::default()
        }
    }

    #[test]
    fn progress_in_words() {
        assert_eq!(progress(None), "Reading the export…");
        assert_eq!(
            progress(Some(Progress::Reading { file: 3, of: 12 })),
            "Reading the export: 3 of 12 files"
        );
        assert_eq!(
            progress(Some(Progress::Listing { part: 2, of: 3 })),
            "Opening the export: part 2 of 3"
        );
    }

    #[test]
    fn the_lists_and_the_files() {
        let m = mine();
        let l = listings(&m);
        let titles: Vec<&str> = l.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Apps and sites connected before 2015-04-30 (1)",
                "Apps and sites whose date is unknown (1)",
                "Companies that sent your activity, most events first (2)",
                "Advertisers, those with a list first (2)",
            ]
        );
        assert_eq!(
            l[0].lines,
            ["Quiz: connected 2015-04-29, removed 2015-05-01"]
        );
        assert_eq!(l[1].lines, ["Lost: connected date unknown"]);
        assert_eq!(l[2].lines[0], "b.example: 9 events");
        assert!(l[3].lines[0].starts_with("Brand, Inc.: uploaded"));
        assert_eq!(friend(&m.friends[0]), "Ana Lima, friends since 2015-04-29");
        let long = Friend {
            name: "x".repeat(100_000),
            since: None,
        };
        assert_eq!(
            friend(&long).chars().count(),
            LONGEST_NAME + 1 + ", date unknown".len()
        );
        assert_eq!(
            files_summary(&m),
            "1 file was opened; 1 could not be, each listed below with the reason. 1 other file (photos, messages, the rest of the export) was listed and never opened."
        );
        assert_eq!(files_read(&m), ["x/your_friends.json: 2 friends"]);
        assert_eq!(
            files_not_read(&m),
            ["../evil.json: its path leads outside the export."]
        );
    }

    #[test]
    fn a_file_read_with_a_note_says_it_after_its_rows() {
        let m = Mine {
            files: vec![FileNote {
                path: "x/installed.json".into(),
                list: Some(List::Apps),
                outcome: Outcome::Read {
                    rows: 1,
                    note: Some("2 rows without a name left out".into()),
                },
            }],
            ..Mine::default()
        };
        assert_eq!(
            files_read(&m),
            ["x/installed.json: 1 app or site (2 rows without a name left out)"]
        );
        assert_eq!(
            files_summary(&m),
            "1 file was opened. 0 other files (photos, messages, the rest of the export) were listed and never opened."
        );
    }

    #[test]
    fn what_leaves_the_page_holds_names_only_when_asked() {
        let m = mine();
        let s = summary(&m, "https://example.org/#mine");
        assert!(s.starts_with("My Facebook export: 2 friends (1 before 2015-04-30); 2 apps"));
        assert!(s.ends_with("https://example.org/#mine"));
        for name in ["Ana", "Quiz", "Brand", "a.example"] {
            assert!(!s.contains(name), "{s}");
        }
        let without = csv(&m, false);
        assert!(
            !without.contains("Ana") && !without.contains("cmd"),
            "{without}"
        );
        assert!(without.contains("friends,,,,2,\"counted, not named\"\r\n"));
        assert!(without.contains("app,Quiz,2015-04-29,2015-05-01,,before 2015-04-30\r\n"));
        assert!(without.contains("advertiser,\"Brand, Inc.\",,,,uploaded"));
        let with = csv(&m, true);
        assert!(with.contains("friend,Ana Lima,2015-04-29,,,\r\n"));
        // A name a spreadsheet would run as a formula is written as text.
        assert!(with.contains("friend,'=cmd,,,,\r\n"));
    }
}

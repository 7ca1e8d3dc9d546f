//! "Your data"'s page around the lines of [`crate::present::mine`]: the words of its controls
//! (taking the export, its progress, keeping and forgetting it, friends' names on request,
//! saving and sharing), the lists behind each line (apps by era, companies, advertisers, and
//! friends only when asked), the files read and not read, what the live region says, and the
//! files it saves: a summary of counts to share, and the CSV, with friends' names only when the
//! reader ticks the box. Nothing here reads a file or touches the browser; every word the view
//! shows is here or in `present::mine`, so both can move to a message catalogue as they are.

use crate::core::mine::{Advertiser, App, Company, Figures, Friend, List, Mine, Outcome};
use crate::files::limits::thousands;
use crate::files::mine::parts::Progress;
use crate::present::export::csv_field;
use crate::present::mine::{date_of, eras};
use crate::present::scale::percent;
use crate::present::words::plural;

/// The top bar's tab.
pub fn tab() -> &'static str {
    crate::word!("tab-mine")
}

/// The view's heading.
pub const TITLE: &str = "Your data: where your Facebook data could reach";
/// The heading of what to download.
pub const STEPS_TITLE: &str = "What to ask Facebook for";
/// The heading of the place to give the export.
pub const GIVE_TITLE: &str = "Give this page your export";
/// The file picker's label: the ZIP (or its parts), or JSON files.
pub const PICK_FILES: &str = "Your export's ZIP (or all its parts), or JSON files from it";
/// The folder picker's label.
pub const PICK_FOLDER: &str = "Or its unzipped folder";
/// Under the pickers.
pub const DROP_HINT: &str = "You can also drop the ZIP, its parts, the folder or JSON files anywhere on this view. Spillover opens only the few files it needs, a slice at a time: exports of several gigabytes open in seconds.";
/// The drop zone's name for screen readers.
pub const DROP_ZONE: &str = "Your export: choose or drop it here";
/// While a reading has not yet told its first step.
pub const STARTING: &str = "Reading the export…";
/// The heading over the lines.
pub const LINES_TITLE: &str = "What your export shows";
/// The pickers, folded, once an export is read.
pub const ANOTHER: &str = "Open another export";
/// The plot's axes.
pub const PLOT_X: &str = "share of people who install (log scale)";
/// The plot's upright axis.
pub const PLOT_Y: &str = "chance you are reached";
/// What the lists' lines are, as "25 of 80 entries shown" says.
pub const ENTRIES: &str = "entries";
/// What the names are.
pub const FRIENDS: &str = "friends";
/// What the files are.
pub const FILES: &str = "files";
/// A line's disclosure.
pub const WHY: &str = "Why?";
/// The picture's heading.
pub const PICTURE_TITLE: &str = "Who could hold your data";
/// The heading of the plot.
pub const PLOT_TITLE: &str = "Your point on the \"At scale\" plot";
/// The install rate's label.
pub const RATE_LABEL: &str = "If this share of your friends used such an app";
/// The heading of the lists.
pub const LISTS_TITLE: &str = "The lists behind the figures";
/// The heading of the files.
pub const FILES_TITLE: &str = "The files opened";
/// The heading of keeping and forgetting.
pub const KEEP_TITLE: &str = "Keep or forget";
/// The checkbox that keeps the export.
pub const KEEP: &str = "Keep on this device";
/// What keeping means.
pub const KEEP_HINT: &str = "Stores what was found (your friends' names too) in this browser's storage on this device, and nowhere else, until you press Forget. Without it, the export is gone when you close this page.";
/// Why it cannot be kept: the browser keeps nothing for the page.
pub const NO_STORAGE: &str = "This browser stores nothing for this page (a private window, or storage turned off), so the export cannot be kept; it stays in this page until you close it.";
/// Why it cannot be kept: storage is full.
pub const STORAGE_FULL: &str = "Your browser's storage for this site is full, so the export is not stored; it stays in this page until you close it.";
/// Why a kept copy is not shown.
pub fn kept_unreadable(why: &str) -> String {
    format!(
        "The export stored on this device could not be shown: {why}. Press Forget to delete it."
    )
}
/// The button that forgets it.
pub const FORGET: &str = "Forget this export";
/// What forgetting means.
pub const FORGET_HINT: &str =
    "Clears it from this page, and from this device if you chose to keep it.";
/// Said once the export is forgotten.
pub const FORGOTTEN: &str =
    "The export is forgotten: nothing of it is left in this page or on this device.";
/// Above an export read from this device's storage.
pub const RESTORED: &str =
    "This is the export you chose to keep on this device. Press Forget to delete it.";
/// The button that dismisses a problem.
pub const DISMISS: &str = "Dismiss";
/// The heading of saving and sharing.
pub const SAVE_TITLE: &str = "Save or share";
/// The button that shows the names.
pub const SHOW_NAMES: &str = "Show your friends' names";
/// The button that hides them.
pub const HIDE_NAMES: &str = "Hide your friends' names";
/// Why names are hidden until asked for.
pub const NAMES_HINT: &str = "Your friends' names are other people's data: they are shown only when you ask, stay in this page, and are never in a link, an embed or a saved picture; a CSV lists them only if you tick the box.";
/// What a shared summary holds.
pub const SHARE_HINT: &str = "A summary of your counts, with a link to this view for others to see their own: no names, and nothing a link could carry back to you.";
/// The button that copies it.
pub const COPY_SUMMARY: &str = "Copy a summary (counts only)";
/// Said when it was copied.
pub const COPIED: &str = "Copied.";
/// Said when it could not be.
pub const NOT_COPIED: &str =
    "Your browser did not let the page copy: select the summary and copy it yourself.";
/// The file picker of saving: which file.
pub const SAVE_WHAT: &str = "What to save";
/// The choice of the picture as SVG.
pub const SAVE_SVG: &str = "The picture (SVG)";
/// The choice of the picture as PNG.
pub const SAVE_PNG: &str = "The picture (PNG)";
/// The choice of the CSV.
pub const SAVE_CSV: &str = "The lists (CSV)";
/// The checkbox that puts friends' names in the CSV.
pub const SAVE_NAMES: &str = "Include your friends' names";
/// The button that saves, once the reader has seen what the file holds.
pub const SAVE: &str = "Save";
/// What the picture holds.
pub const SAVE_PICTURE_HOLDS: &str = "The picture shows your counts only: no names of anyone.";
/// What the CSV holds.
pub fn save_csv_holds(names: bool) -> &'static str {
    if names {
        "The CSV will list the names of your apps, companies and advertisers with their dates and counts, and your friends' names and dates: other people's data. Keep it to yourself."
    } else {
        "The CSV will list the names of your apps, companies and advertisers with their dates and counts. Your friends are counted, not named."
    }
}
/// The button that opens "At scale" at the reader's own friend count.
pub fn see_at_scale(friends: u32) -> String {
    format!(
        "See \"At scale\" with {} {} each",
        thousands(friends as usize),
        plural(friends as usize, "friend", "friends")
    )
}
/// The file names the view saves under.
pub const FILE_STEM: &str = "spillover-your-data";

/// The figures' table: its caption, and each figure's name and value, as
/// `spillover-cli mine` counts them.
pub const FIGURES_TITLE: &str = "Your export in figures";

/// Each figure of `f`, named: the names the figures' table shows.
pub fn figure_rows(f: &Figures) -> Vec<(String, String)> {
    let cut = crate::core::mine::CUTOFF;
    vec![
        ("Friends".into(), thousands(f.friends)),
        (
            format!("Friends since before {cut}"),
            thousands(f.friends_before_cutoff),
        ),
        ("Apps and sites connected".into(), thousands(f.apps)),
        (
            format!("Connected before {cut}"),
            thousands(f.apps_before_cutoff),
        ),
        (
            "Connected, date unknown".into(),
            thousands(f.apps_date_unknown),
        ),
        (
            "Companies that sent your activity".into(),
            thousands(f.off_meta_companies),
        ),
        (
            "Events they sent".into(),
            thousands(f.off_meta_events as usize),
        ),
        (
            "Advertisers using your activity or information".into(),
            thousands(f.advertisers),
        ),
        (
            "Advertisers with a list".into(),
            thousands(f.advertisers_with_a_list),
        ),
    ]
}

/// What a reading is doing, in words.
pub fn progress(p: Option<Progress>) -> String {
    match p {
        None => STARTING.into(),
        Some(Progress::Listing { part, of }) if of > 1 => format!(
            "Opening the export: part {} of {}",
            thousands(part),
            thousands(of)
        ),
        Some(Progress::Listing { .. }) => "Opening the export: reading its list of files".into(),
        Some(Progress::Reading { file, of }) => format!(
            "Reading the export: {} of {} {}",
            thousands(file),
            thousands(of),
            plural(of, "file", "files")
        ),
    }
}

/// Why nothing of an export can be shown, as the page says it.
pub fn refused(why: &str) -> String {
    format!("Spillover could not show this export: {why}.")
}

/// What the live region says when an export is read.
pub fn spoken(mine: &Mine) -> String {
    if let Some(why) = &mine.refusal {
        return refused(why);
    }
    let f = mine.figures();
    format!(
        "Your export shows {} {}, {} {}, {} {} that sent your activity, {} {}.",
        thousands(f.friends),
        plural(f.friends, "friend", "friends"),
        thousands(f.apps),
        plural(f.apps, "app or site", "apps and sites"),
        thousands(f.off_meta_companies),
        plural(f.off_meta_companies, "company", "companies"),
        thousands(f.advertisers),
        plural(f.advertisers, "advertiser", "advertisers"),
    )
}

/// The files of the export, in a line: how many were read, not read, and only listed.
pub fn files_summary(mine: &Mine) -> String {
    let read = mine
        .files
        .iter()
        .filter(|f| matches!(f.outcome, Outcome::Read { .. }))
        .count();
    let not = mine.files.len() - read;
    let mut out = format!(
        "{} {} opened",
        thousands(read),
        plural(read, "file was", "files were")
    );
    if not > 0 {
        out.push_str(&format!(
            "; {} could not be, each listed below with the reason",
            thousands(not)
        ));
    }
    out.push_str(&format!(
        ". {} other {} (photos, messages, the rest of the export) {} listed and never opened.",
        thousands(mine.others as usize),
        plural(mine.others as usize, "file", "files"),
        plural(mine.others as usize, "was", "were"),
    ));
    out
}

/// Each file read, as a line: its path, what it held.
pub fn files_read(mine: &Mine) -> Vec<String> {
    mine.files
        .iter()
        .filter_map(|f| match &f.outcome {
            Outcome::Read { rows, note } => Some(format!(
                "{}: {} {}{}",
                f.path,
                thousands(*rows),
                rows_of(f.list, *rows),
                note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default()
            )),
            Outcome::NotRead(_) => None,
        })
        .collect()
}

/// Each file not read, as a line: its path, and why.
pub fn files_not_read(mine: &Mine) -> Vec<String> {
    mine.files
        .iter()
        .filter_map(|f| match &f.outcome {
            Outcome::NotRead(why) => Some(format!("{}: {why}.", f.path)),
            Outcome::Read { .. } => None,
        })
        .collect()
}

/// The heading of the files left out.
pub fn not_read_title(n: usize) -> String {
    format!("{} {} left out", thousands(n), plural(n, "file", "files"))
}

/// The heading of the files read.
pub const READ_TITLE: &str = "Files opened";

fn rows_of(list: Option<List>, n: usize) -> &'static str {
    match list {
        Some(List::Friends) => plural(n, "friend", "friends"),
        Some(List::Apps) => plural(n, "app or site", "apps and sites"),
        Some(List::OffMeta) => plural(n, "company", "companies"),
        Some(List::Uploaded | List::Using) => plural(n, "advertiser", "advertisers"),
        None => plural(n, "row", "rows"),
    }
}

/// A friend, as the list of names shows them (only when the reader asked).
pub fn friend(f: &Friend) -> String {
    match f.since {
        Some(_) => format!("{}, friends since {}", name(&f.name), date_of(f.since)),
        None => format!("{}, date unknown", name(&f.name)),
    }
}

/// An app, with its dates.
pub fn app(a: &App) -> String {
    let mut out = format!("{}: connected {}", name(&a.name), date_of(a.added));
    if a.removed.is_some() {
        out.push_str(&format!(", removed {}", date_of(a.removed)));
    }
    out
}

/// A company, with its events.
pub fn company(c: &Company) -> String {
    format!(
        "{}: {} {}",
        name(&c.name),
        thousands(c.events as usize),
        plural(c.events as usize, "event", "events")
    )
}

/// An advertiser, and whether it had a list.
pub fn advertiser(a: &Advertiser) -> String {
    if a.with_a_list {
        format!(
            "{}: uploaded or used a list with your information",
            name(&a.name)
        )
    } else {
        format!("{}: your activity or information, no list", name(&a.name))
    }
}

/// The longest name shown whole, in characters: a longer one (an export's JSON can hold a
/// string of megabytes) is cut, and says so with "…".
pub const LONGEST_NAME: usize = 120;

fn name(n: &str) -> std::borrow::Cow<'_, str> {
    if n.is_empty() {
        "(no name)".into()
    } else if n.chars().nth(LONGEST_NAME).is_some() {
        let cut: String = n.chars().take(LONGEST_NAME).collect();
        format!("{cut}…").into()
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
    let cut = crate::core::mine::CUTOFF;
    let mut companies: Vec<&Company> = mine.companies.iter().collect();
    companies.sort_by_key(|c| std::cmp::Reverse(c.events));
    let mut advertisers: Vec<&Advertiser> = mine.advertisers.iter().collect();
    advertisers.sort_by_key(|a| !a.with_a_list);
    let all = [
        (
            format!("Apps and sites connected before {cut}"),
            e.before.iter().map(|a| app(a)).collect::<Vec<_>>(),
        ),
        (
            format!("Apps and sites connected on or after {cut}"),
            e.after.iter().map(|a| app(a)).collect(),
        ),
        (
            "Apps and sites whose date is unknown".into(),
            e.unknown.iter().map(|a| app(a)).collect(),
        ),
        (
            "Companies that sent your activity, most events first".into(),
            companies.into_iter().map(company).collect(),
        ),
        (
            "Advertisers, those with a list first".into(),
            advertisers.into_iter().map(advertiser).collect(),
        ),
    ];
    all.into_iter()
        .filter(|(_, lines)| !lines.is_empty())
        .map(|(title, lines)| Listing {
            title: format!("{title} ({})", thousands(lines.len())),
            lines,
        })
        .collect()
}

/// The heading of friends' names.
pub fn friends_title(n: usize) -> String {
    format!("Your friends ({})", thousands(n))
}

/// What the install rate's choice reads: "1 in 100 (1%)".
pub fn one_in(n: u32) -> String {
    format!(
        "1 in {} ({})",
        thousands(n as usize),
        percent(1.0 / f64::from(n.max(1)))
    )
}

/// A summary of the counts to share, with the link `address` to this view: no names, no dates
/// beyond the cut-off's, nothing of the export but its figures.
pub fn summary(mine: &Mine, address: &str) -> String {
    let f = mine.figures();
    let cut = crate::core::mine::CUTOFF;
    format!(
        "My Facebook export: {} {} ({} before {cut}); {} {} connected with Facebook login ({} before {cut}, when they could ask for friends' data too); {} {} sent Facebook my activity elsewhere ({} {}); it names {} {} my activity or information ({} with a list). See yours, in your own browser, with nothing sent anywhere: {address}",
        thousands(f.friends),
        plural(f.friends, "friend", "friends"),
        thousands(f.friends_before_cutoff),
        thousands(f.apps),
        plural(f.apps, "app or site", "apps and sites"),
        thousands(f.apps_before_cutoff),
        thousands(f.off_meta_companies),
        plural(f.off_meta_companies, "company", "companies"),
        thousands(f.off_meta_events as usize),
        plural(f.off_meta_events as usize, "event", "events"),
        thousands(f.advertisers),
        plural(f.advertisers, "advertiser using", "advertisers using"),
        thousands(f.advertisers_with_a_list),
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

//! "Your data": the lines said of a reader's own export, each from the catalogue
//! (`static/words/*/mine.ftl`) with the export's figures. Each line says what it is built on: what the export shows,
//! or arithmetic that is not in it. Companies and apps "could" do things here; the export
//! shows what was connected, sent and listed, never what anyone did with it, and no line says
//! otherwise.
//!
//! Also here: the apps split by era (before the cut-off, on or after it, date unknown, and the
//! cluster of old apps many exports date to October and November 2013), and the command
//! line's JSON (`spillover-cli mine`). The arithmetic is the "At scale" view's
//! ([`crate::core::scale::chance_any`]); nothing here reads a file or touches the browser.

use serde_json::{json, Map, Value};

use crate::catalogue::FluentValue;
use crate::core::date::Date;
use crate::core::mine::{before_cutoff, App, Figures, Found, Mine, Outcome, Section, CUTOFF};
use crate::core::scale::chance_any;
use crate::present::scale::percent;
use crate::{say, word};

/// What to ask Facebook for, in three lines.
pub fn steps() -> [&'static str; 3] {
    [
        word!("mine-step-ask"),
        word!("mine-step-format"),
        word!("mine-step-give"),
    ]
}

/// What happens to the export here.
pub fn privacy() -> &'static str {
    word!("mine-privacy")
}

/// What a line is built on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// What the reader's export shows.
    Export,
    /// Arithmetic on its figures, not in the export.
    Arithmetic,
}

impl Basis {
    /// The words shown beside a line.
    pub fn label(self) -> &'static str {
        match self {
            Basis::Export => word!("mine-basis-export"),
            Basis::Arithmetic => word!("mine-basis-arithmetic"),
        }
    }
}

/// One line of "Your data", with its "why?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// What it is built on.
    pub basis: Basis,
    /// The line.
    pub text: String,
    /// Why it matters, and what the export does not show.
    pub why: String,
}

/// The install rate the arithmetic line takes first: one in a hundred.
pub const ONE_IN: u32 = 100;

/// Every line for `mine`: friends, apps (with the 2013 note when it applies), companies,
/// advertisers, and the arithmetic of one app in a hundred.
pub fn lines(mine: &Mine) -> Vec<Line> {
    let f = mine.figures();
    let mut out = vec![friends(mine, &f), apps(mine, &f)];
    out.extend(cluster(&eras(&mine.apps)));
    out.push(companies(mine, &f));
    out.push(advertisers(mine, &f));
    if f.friends > 0 {
        out.push(if_friends_used(f.friends, f.friends_before_cutoff, ONE_IN));
    }
    out
}

/// Why a section has no line of figures.
fn absent(section: Section, found: Found) -> Option<Line> {
    let what = section.as_str();
    let text = match found {
        Found::Read => return None,
        Found::Missing => say!("mine-absent-missing", section = what),
        Found::Empty => say!("mine-absent-empty", section = what),
        Found::NotUnderstood => say!("mine-absent-not-understood", section = what),
    };
    Some(Line {
        basis: Basis::Export,
        text,
        why: word!("mine-absent-why").into(),
    })
}

fn friends(mine: &Mine, f: &Figures) -> Line {
    if let Some(line) = absent(Section::Friends, mine.found(Section::Friends)) {
        return line;
    }
    let unknown = mine.friends.iter().filter(|x| x.since.is_none()).count();
    let cutoff = CUTOFF.to_string();
    let mut text = say!(
        "mine-line-friends",
        friends = f.friends,
        before = f.friends_before_cutoff,
        cutoff = cutoff.as_str()
    );
    if unknown > 0 {
        text.push(' ');
        text.push_str(&say!("mine-line-friends-unknown", count = unknown));
    }
    Line {
        basis: Basis::Export,
        text,
        why: say!("mine-line-friends-why", cutoff = cutoff),
    }
}

fn apps(mine: &Mine, f: &Figures) -> Line {
    if let Some(line) = absent(Section::Apps, mine.found(Section::Apps)) {
        return line;
    }
    let after = f.apps - f.apps_before_cutoff - f.apps_date_unknown;
    let cutoff = CUTOFF.to_string();
    Line {
        basis: Basis::Export,
        text: say!(
            "mine-line-apps",
            apps = f.apps,
            before = f.apps_before_cutoff,
            after = after,
            unknown = f.apps_date_unknown,
            cutoff = cutoff.as_str()
        ),
        why: say!("mine-line-apps-why", cutoff = cutoff),
    }
}

/// The note on apps dated October or November 2013, if any are.
pub fn cluster(eras: &Eras<'_>) -> Option<Line> {
    let n = eras.late_2013;
    (n > 0).then(|| Line {
        basis: Basis::Export,
        text: say!("mine-line-cluster", count = n),
        why: word!("mine-line-cluster-why").into(),
    })
}

fn companies(mine: &Mine, f: &Figures) -> Line {
    if let Some(line) = absent(Section::OffMeta, mine.found(Section::OffMeta)) {
        return line;
    }
    Line {
        basis: Basis::Export,
        text: say!(
            "mine-line-companies",
            companies = f.off_meta_companies,
            events = f.off_meta_events
        ),
        why: word!("mine-line-companies-why").into(),
    }
}

fn advertisers(mine: &Mine, f: &Figures) -> Line {
    if let Some(line) = absent(Section::Advertisers, mine.found(Section::Advertisers)) {
        return line;
    }
    Line {
        basis: Basis::Export,
        text: say!(
            "mine-line-advertisers",
            advertisers = f.advertisers,
            with_a_list = f.advertisers_with_a_list
        ),
        why: word!("mine-line-advertisers-why").into(),
    }
}

/// What an install rate of one in `one_in` means for a reader with `friends` friends (of
/// whom `before` were friends before the cut-off): how many would have used such an app, and
/// the chance that at least one did.
pub fn if_friends_used(friends: usize, before: usize, one_in: u32) -> Line {
    let rate = 1.0 / f64::from(one_in.max(1));
    let expected = friends as f64 * rate;
    let chance = chance_any(friends as u64, rate);
    Line {
        basis: Basis::Arithmetic,
        text: say!(
            "mine-if-friends-used",
            one_in = one_in,
            friends = friends,
            expected = about(expected),
            chance = percent(chance)
        ),
        why: say!(
            "mine-if-friends-used-why",
            one_in = one_in,
            friends = friends,
            before = before,
            cutoff = CUTOFF.to_string()
        ),
    }
}

/// A figure that is an expectation, for a message's number: 3.4, 120, 0.05 (one decimal from
/// 1, two significant ones below, none from 100; the catalogue writes it the language's way).
fn about(x: f64) -> FluentValue<'static> {
    let digits = if x >= 100.0 {
        0
    } else if x >= 1.0 {
        1
    } else {
        2
    };
    let scale = 10f64.powi(digits);
    FluentValue::from((x * scale).round() / scale)
}

/// The apps by era.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Eras<'a> {
    /// Connected before the cut-off, oldest first.
    pub before: Vec<&'a App>,
    /// Connected on or after it, oldest first.
    pub after: Vec<&'a App>,
    /// With no known date, in the export's order.
    pub unknown: Vec<&'a App>,
    /// How many are dated October or November 2013 (UTC).
    pub late_2013: usize,
}

/// `apps` split by era.
pub fn eras(apps: &[App]) -> Eras<'_> {
    let from = Date::from_ymd_const(2013, 10, 1).unix_seconds();
    let until = Date::from_ymd_const(2013, 12, 1).unix_seconds();
    let mut e = Eras::default();
    for app in apps {
        match app.added {
            None => e.unknown.push(app),
            Some(t) if before_cutoff(Some(t)) => e.before.push(app),
            Some(_) => e.after.push(app),
        }
        e.late_2013 += usize::from(app.added.is_some_and(|t| (from..until).contains(&t)));
    }
    e.before.sort_by_key(|a| a.added);
    e.after.sort_by_key(|a| a.added);
    e
}

/// A date of the export as shown: its day in UTC, or "date unknown".
pub fn date_of(seconds: Option<i64>) -> String {
    seconds.map_or(word!("mine-date-unknown").into(), |s| {
        Date::from_unix_seconds(s).to_string()
    })
}

/// The command line's JSON for `mine` (`spillover-cli mine`): the figures, the cut-off, what
/// each section came to, the files read and those not understood, and with `names` the
/// decoded names. Field names and order are part of the command line's contract.
pub fn report(mine: &Mine, names: bool) -> Value {
    let f = mine.figures();
    let mut out = Map::new();
    for (key, value) in [
        ("friends", json!(f.friends)),
        ("friends_before_cutoff", json!(f.friends_before_cutoff)),
        ("apps", json!(f.apps)),
        ("apps_before_cutoff", json!(f.apps_before_cutoff)),
        ("apps_date_unknown", json!(f.apps_date_unknown)),
        ("off_meta_companies", json!(f.off_meta_companies)),
        ("off_meta_events", json!(f.off_meta_events)),
        ("advertisers", json!(f.advertisers)),
        ("advertisers_with_a_list", json!(f.advertisers_with_a_list)),
        ("cutoff", json!(CUTOFF.to_string())),
    ] {
        out.insert(key.into(), value);
    }
    let sections: Map<String, Value> = Section::ALL
        .iter()
        .map(|&s| (s.as_str().to_string(), json!(found_word(mine.found(s)))))
        .collect();
    out.insert("sections".into(), Value::Object(sections));
    let (mut read, mut not) = (Vec::new(), Vec::new());
    for file in &mine.files {
        let list = file.list.map(|l| l.as_str());
        match &file.outcome {
            Outcome::Read { rows, note } => {
                let mut row = json!({ "path": file.path, "list": list, "rows": rows });
                if let (Some(note), Some(o)) = (note, row.as_object_mut()) {
                    o.insert("note".into(), json!(note));
                }
                read.push(row);
            }
            Outcome::NotRead(why) => {
                not.push(json!({ "path": file.path, "list": list, "why": why }))
            }
        }
    }
    out.insert("files_read".into(), json!(read));
    out.insert("files_not_understood".into(), json!(not));
    out.insert("other_files".into(), json!(mine.others));
    if let Some(refusal) = &mine.refusal {
        out.insert("refusal".into(), json!(refusal));
    }
    if names {
        let friends: Vec<&str> = mine.friends.iter().map(|x| x.name.as_str()).collect();
        let apps: Vec<&str> = mine.apps.iter().map(|x| x.name.as_str()).collect();
        let companies: Vec<&str> = mine.companies.iter().map(|x| x.name.as_str()).collect();
        let advertisers: Vec<&str> = mine.advertisers.iter().map(|x| x.name.as_str()).collect();
        out.insert("friend_names".into(), json!(friends));
        out.insert("app_names".into(), json!(apps));
        out.insert("off_meta_company_names".into(), json!(companies));
        out.insert("advertiser_names".into(), json!(advertisers));
    }
    Value::Object(out)
}

/// The command line's word for what the export says of a section.
pub fn found_word(found: Found) -> &'static str {
    match found {
        Found::Read => "read",
        Found::NotUnderstood => "not_understood",
        Found::Empty => "empty",
        Found::Missing => "missing",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::mine::{Advertiser, Company, Friend};

    fn app(name: &str, added: Option<i64>) -> App {
        App {
            name: name.into(),
            added,
            removed: None,
        }
    }

    fn mine() -> Mine {
        let cut = CUTOFF.unix_seconds();
        Mine {
            friends: vec![
                Friend {
                    name: "Ana Lima".into(),
                    since: Some(cut - 1),
                },
                Friend {
                    name: "Café Müller".into(),
                    since: Some(cut),
                },
                Friend {
                    name: "Bo".into(),
                    since: None,
                },
            ],
            apps: vec![
                app(
                    "Quiz",
                    Some(Date::from_ymd_const(2013, 11, 2).unix_seconds()),
                ),
                app(
                    "Old game",
                    Some(Date::from_ymd_const(2011, 1, 1).unix_seconds()),
                ),
                app("Shop", Some(cut)),
                app("Lost", None),
            ],
            companies: vec![Company {
                name: "shop.example".into(),
                events: 7,
            }],
            advertisers: vec![
                Advertiser {
                    name: "Brand".into(),
                    with_a_list: true,
                },
                Advertiser {
                    name: "Other".into(),
                    with_a_list: false,
                },
            ],
            sections: Section::ALL.iter().map(|&s| (s, Found::Read)).collect(),
            ..Mine::default()
        }
    }

    #[test]
    fn each_line_says_what_the_export_shows_and_what_is_arithmetic() {
        let lines = lines(&mine());
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "You have 3 friends in your export; 1 of them was your friend before 2015-04-30. For 1 the date is unknown.",
                "You connected 4 apps and sites with Facebook login: 2 before 2015-04-30, 1 on or after it, and 1 whose date is unknown.",
                "1 of your apps is dated October or November 2013.",
                "1 company sent Facebook your activity on its own apps and sites: 7 events in all.",
                "Your export names 2 advertisers using your activity or information; 1 of them uploaded or used a list with your information (such as your e-mail address or phone number).",
                "If 1 in 100 of your 3 friends used an app that asked for friends' data, about 0.03 of them would have, and the chance that at least one did is 3%.",
            ]
        );
        assert!(lines[..5].iter().all(|l| l.basis == Basis::Export));
        assert_eq!(lines[5].basis, Basis::Arithmetic);
        // Could, never did: no line says an app or company took anything.
        for l in &lines {
            for said in [&l.text, &l.why] {
                for word in [" took ", " stole ", " harvested ", " sold "] {
                    assert!(!said.contains(word), "{said}");
                }
            }
        }
    }

    #[test]
    fn a_missing_or_empty_section_says_so() {
        let mut m = mine();
        m.sections = vec![
            (Section::Friends, Found::Missing),
            (Section::Apps, Found::Empty),
            (Section::OffMeta, Found::NotUnderstood),
        ];
        let lines = lines(&m);
        assert!(lines[0].text.starts_with("Your export has no friends list"));
        assert!(lines[1]
            .text
            .starts_with("Facebook put no list of connected apps"));
        assert!(lines[3]
            .text
            .starts_with("Your export's off-Facebook activity could not be read"));
        assert!(lines[4]
            .text
            .starts_with("Your export has no list of advertisers"));
    }

    #[test]
    fn apps_split_by_era_with_the_2013_cluster() {
        let m = mine();
        let e = eras(&m.apps);
        let names = |v: &[&App]| v.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&e.before), ["Old game", "Quiz"]);
        assert_eq!(names(&e.after), ["Shop"]);
        assert_eq!(names(&e.unknown), ["Lost"]);
        assert_eq!(e.late_2013, 1);
        assert_eq!(date_of(m.apps[0].added), "2013-11-02");
        assert_eq!(date_of(None), "date unknown");
    }

    #[test]
    fn the_arithmetic_of_one_in_a_hundred() {
        let l = if_friends_used(338, 200, 100);
        assert_eq!(l.text, "If 1 in 100 of your 338 friends used an app that asked for friends' data, about 3.4 of them would have, and the chance that at least one did is 97%.");
        assert!(l
            .why
            .contains("all 338 friends in your export, of whom 200 were your friends then"));
        assert!(if_friends_used(1_000, 0, 100)
            .text
            .contains("about 10 of them"));
        assert!(if_friends_used(20_000, 0, 100)
            .text
            .contains("about 200 of them"));
    }
}

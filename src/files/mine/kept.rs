//! The copy of a reader's export kept on their device, when they chose "Keep on this device":
//! a [`Mine`] as JSON under its own storage key ([`KEY`]), written and read back whole.
//!
//! The key lies outside the sandboxes' `spillover.` keys on purpose: the sandbox store never
//! lists it, and the backup a reader can download after a crash (every `spillover.` key) never
//! carries their friends' names. Reading is strict about shape and lenient about nothing else:
//! a copy that is damaged, or of another version, is refused in words and left as it is, for
//! the reader to forget.

use serde::{Deserialize, Serialize};

use crate::core::mine::{
    Advertiser, App, Company, FileNote, Found, Friend, List, Mine, Outcome, Section,
};
use crate::say;

/// The storage key of the kept copy.
pub const KEY: &str = "spillover-your-data";
/// The format's name, and its version.
const FORMAT: &str = "spillover-your-data";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Kept {
    format: String,
    version: u32,
    friends: Vec<(String, Option<i64>)>,
    apps: Vec<(String, Option<i64>, Option<i64>)>,
    companies: Vec<(String, u64)>,
    advertisers: Vec<(String, bool)>,
    files: Vec<KeptFile>,
    sections: Vec<(String, String)>,
    others: u64,
    refusal: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeptFile {
    path: String,
    list: Option<String>,
    /// Rows read, for a file read; none for one not read.
    rows: Option<usize>,
    note: Option<String>,
    why: Option<String>,
}

const LISTS: [List; 5] = [
    List::Friends,
    List::Apps,
    List::OffMeta,
    List::Uploaded,
    List::Using,
];
const FOUND: [(Found, &str); 4] = [
    (Found::Read, "read"),
    (Found::NotUnderstood, "not_understood"),
    (Found::Empty, "empty"),
    (Found::Missing, "missing"),
];

/// `mine` as the text kept.
pub fn write(mine: &Mine) -> String {
    let kept = Kept {
        format: FORMAT.into(),
        version: VERSION,
        friends: mine
            .friends
            .iter()
            .map(|f| (f.name.clone(), f.since))
            .collect(),
        apps: mine
            .apps
            .iter()
            .map(|a| (a.name.clone(), a.added, a.removed))
            .collect(),
        companies: mine
            .companies
            .iter()
            .map(|c| (c.name.clone(), c.events))
            .collect(),
        advertisers: mine
            .advertisers
            .iter()
            .map(|a| (a.name.clone(), a.with_a_list))
            .collect(),
        files: mine
            .files
            .iter()
            .map(|f| {
                let (rows, note, why) = match &f.outcome {
                    Outcome::Read { rows, note } => (Some(*rows), note.clone(), None),
                    Outcome::NotRead(why) => (None, None, Some(why.clone())),
                };
                KeptFile {
                    path: f.path.clone(),
                    list: f.list.map(|l| l.as_str().to_string()),
                    rows,
                    note,
                    why,
                }
            })
            .collect(),
        sections: mine
            .sections
            .iter()
            .map(|(s, found)| {
                let word = FOUND.iter().find(|(f, _)| f == found).map_or("", |p| p.1);
                (s.as_str().to_string(), word.to_string())
            })
            .collect(),
        others: mine.others,
        refusal: mine.refusal.clone(),
    };
    // Plain data in memory: serialising it cannot fail.
    serde_json::to_string(&kept).unwrap_or_default()
}

/// The kept copy in `text`, or why it cannot be read.
pub fn read(text: &str) -> Result<Mine, String> {
    let kept: Kept = serde_json::from_str(text)
        .map_err(|e| say!("export-kept-damaged", error = e.to_string()))?;
    if kept.format != FORMAT || kept.version != VERSION {
        return Err(say!(
            "export-kept-version",
            format = kept.format.chars().take(40).collect::<String>(),
            version = kept.version.to_string()
        ));
    }
    let list = |word: &Option<String>| -> Result<Option<List>, String> {
        match word {
            None => Ok(None),
            Some(w) => LISTS
                .iter()
                .find(|l| l.as_str() == w)
                .map(|l| Some(*l))
                .ok_or_else(|| say!("export-kept-list")),
        }
    };
    let mut files = Vec::with_capacity(kept.files.len());
    for f in kept.files {
        let outcome = match (f.rows, f.why) {
            (Some(rows), None) => Outcome::Read { rows, note: f.note },
            (None, Some(why)) => Outcome::NotRead(why),
            _ => return Err(say!("export-kept-both")),
        };
        files.push(FileNote {
            list: list(&f.list)?,
            path: f.path,
            outcome,
        });
    }
    let mut sections = Vec::new();
    for (s, found) in &kept.sections {
        let section = Section::ALL.iter().find(|x| x.as_str() == s);
        let found = FOUND.iter().find(|(_, w)| w == found).map(|p| p.0);
        match (section, found) {
            (Some(s), Some(f)) => sections.push((*s, f)),
            _ => return Err(say!("export-kept-section")),
        }
    }
    Ok(Mine {
        friends: kept
            .friends
            .into_iter()
            .map(|(name, since)| Friend { name, since })
            .collect(),
        apps: kept
            .apps
            .into_iter()
            .map(|(name, added, removed)| App {
                name,
                added,
                removed,
            })
            .collect(),
        companies: kept
            .companies
            .into_iter()
            .map(|(name, events)| Company { name, events })
            .collect(),
        advertisers: kept
            .advertisers
            .into_iter()
            .map(|(name, with_a_list)| Advertiser { name, with_a_list })
            .collect(),
        files,
        sections,
        others: kept.others,
        refusal: kept.refusal,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_export_reads_back_as_it_was() {
        let mine = Mine {
            friends: vec![Friend {
                name: "Café \"Müller\"".into(),
                since: None,
            }],
            apps: vec![App {
                name: "Quiz".into(),
                added: Some(1_383_350_400),
                removed: Some(1_500_000_000),
            }],
            companies: vec![Company {
                name: "shop.example".into(),
                events: 7,
            }],
            advertisers: vec![Advertiser {
                name: "Brand".into(),
                with_a_list: true,
            }],
            files: vec![
                FileNote {
                    path: "a/your_friends.json".into(),
                    list: Some(List::Friends),
                    outcome: Outcome::Read {
                        rows: 1,
                        note: Some("1 row without a name left out".into()),
                    },
                },
                FileNote {
                    path: "../x".into(),
                    list: None,
                    outcome: Outcome::NotRead("outside".into()),
                },
            ],
            sections: vec![
                (Section::Friends, Found::Read),
                (Section::Apps, Found::Empty),
            ],
            others: 12,
            refusal: None,
        };
        assert_eq!(read(&write(&mine)), Ok(mine));
        assert_eq!(read(&write(&Mine::default())), Ok(Mine::default()));
    }

    #[test]
    fn a_damaged_copy_is_refused_in_words() {
        for text in [
            "",
            "{",
            "[]",
            r#"{"format": "spillover-your-data", "version": 2}"#,
            r#"{"format":"other","version":1,"friends":[],"apps":[],"companies":[],"advertisers":[],"files":[],"sections":[],"others":0,"refusal":null}"#,
            r#"{"format":"spillover-your-data","version":1,"friends":[],"apps":[],"companies":[],"advertisers":[],"files":[],"sections":[["friends","lost"]],"others":0,"refusal":null}"#,
            r#"{"format":"spillover-your-data","version":1,"friends":[[1, 2]],"apps":[],"companies":[],"advertisers":[],"files":[],"sections":[],"others":0,"refusal":null}"#,
        ] {
            let why = read(text).unwrap_err();
            assert!(why.starts_with("the copy kept on this device"), "{why}");
        }
    }

    #[test]
    fn the_key_is_outside_the_sandboxes_and_their_backup() {
        assert!(!KEY.starts_with(crate::files::storage::PREFIX));
    }
}

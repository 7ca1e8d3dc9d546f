//! A reader's own Facebook export ("Download your information", JSON), read into [`Mine`]:
//! their friends, the apps they connected, the companies that sent Facebook their activity
//! elsewhere, and the advertisers holding a list with their information.
//!
//! One small reader per file kind (`friends`, `apps`, `activity`, `advertisers`), each keyed
//! by the file's folder and name (`paths`) and by its top-level key, across the export's eras
//! from 2018 to 2026, each tolerant of a missing section; nothing matches the English of a
//! label, since labels are written in the account's language. Text is repaired of Facebook's
//! double encoding one string at a time (`json::repair`); timestamps of 0 or none are unknown.
//!
//! Nothing here reads a file. A [`Reading`] is told each file of the export (a ZIP's entries,
//! a folder's files, files dropped alone) and answers which to read; it is then handed their
//! bytes, one at a time, and [`Reading::finish`] gives the result. [`parts::read_from`] takes
//! those steps over any [`crate::files::zip::Fetch`], awaiting each byte range: the page's
//! `File`s, a promise a range, or (through [`parts::read`]) files on disk and bytes in memory.
//! The export's other files (photos above all, which make it gigabytes) are only ever listed.
//!
//! The same file read twice (the same export dropped as a ZIP and as a folder, or two
//! downloads) counts once: each name (each friend with their date) counts as many times as the
//! one file that lists it most. A hostile file is refused in words and the rest is read: a JSON
//! file over [`MAX_EXPORT_JSON_BYTES`] unread, a value of the wrong type (with its JSON path),
//! nesting past serde_json's limit of 128 inside a value read (what is skipped is skipped
//! without recursion, however deep), an entry whose path leaves the archive.

mod activity;
mod advertisers;
mod apps;
mod friends;
mod json;
pub mod kept;
pub mod parts;
mod paths;

use std::collections::HashMap;
use std::hash::Hash;

use crate::core::mine::{
    Advertiser, App, Company, FileNote, Found, Friend, List, Mine, Outcome, Section,
};
use crate::files::limits::MAX_EXPORT_JSON_BYTES;
use crate::files::zip::Refusal;

use crate::say;
pub use json::repair;
use paths::Class;

/// The rows one file gave, and how many had no name and were left out.
#[derive(Debug)]
struct Rows<T> {
    rows: Vec<T>,
    unnamed: usize,
}

impl<T> Default for Rows<T> {
    fn default() -> Self {
        Rows {
            rows: Vec::new(),
            unnamed: 0,
        }
    }
}

/// Reading an export: told every file, handed the wanted ones, finished into [`Mine`].
#[derive(Debug, Default)]
pub struct Reading {
    files: Vec<FileNote>,
    empty: Vec<List>,
    html: u64,
    others: u64,
    listed: u64,
    friends: Tally<(String, Option<i64>)>,
    apps: Vec<App>,
    app_at: HashMap<String, usize>,
    companies: Tally<String>,
    advertisers: Vec<Advertiser>,
    advertiser_at: HashMap<String, usize>,
}

impl Reading {
    /// A reading with nothing told yet.
    pub fn new() -> Reading {
        Reading::default()
    }

    /// Tells one file of the export: its `path` (in a ZIP, or from the folder picked, or
    /// its name alone), its `size` unpacked, and why the ZIP refuses it, if it does. Answers
    /// the kind to read it as, when it is wanted and can be read; everything else is noted.
    pub fn list(&mut self, path: &str, size: u64, refusal: Option<Refusal>) -> Option<List> {
        self.listed += 1;
        let class = paths::classify(path);
        if refusal == Some(Refusal::Path) {
            self.not_read(path, None, Refusal::Path.to_string());
            return None;
        }
        match class {
            Class::Wanted(kind) => {
                if let Some(why) = refusal {
                    self.not_read(path, Some(kind), why.to_string());
                    return None;
                }
                if size > MAX_EXPORT_JSON_BYTES {
                    self.not_read(
                        path,
                        Some(kind),
                        say!(
                            "export-too-big",
                            megabytes = size as f64 / 1_048_576.0,
                            most = MAX_EXPORT_JSON_BYTES / 1_048_576
                        ),
                    );
                    return None;
                }
                Some(kind)
            }
            Class::Elsewhere(kind) => {
                self.not_read(path, Some(kind), say!("export-elsewhere"));
                None
            }
            Class::NoData(kinds) => {
                self.empty.extend(kinds);
                None
            }
            Class::Html => {
                self.html += 1;
                None
            }
            Class::Folder | Class::MacCopy => None,
            Class::Other => {
                self.others += 1;
                None
            }
        }
    }

    /// Reads the file at `path` as `kind` (as [`Reading::list`] answered), from its bytes.
    pub fn read(&mut self, path: &str, kind: List, bytes: &[u8]) {
        let outcome = match kind {
            List::Friends => friends::read(bytes).map(|r| self.add_friends(r)),
            List::Apps => apps::read(bytes).map(|r| self.add_apps(r)),
            List::OffMeta => activity::read(bytes).map(|r| self.add_companies(r)),
            List::Uploaded => advertisers::read(bytes, advertisers::Which::Uploaded)
                .map(|r| self.add_advertisers(r)),
            List::Using => {
                advertisers::read(bytes, advertisers::Which::Using).map(|r| self.add_advertisers(r))
            }
        };
        let outcome = outcome
            .unwrap_or_else(|why| Outcome::NotRead(say!("export-not-understood", why = why)));
        self.files.push(FileNote {
            path: path.to_string(),
            list: Some(kind),
            outcome,
        });
    }

    /// Notes that the file at `path`, wanted as `kind`, could not be had, and why (its ZIP
    /// entry is damaged, the disk refused it).
    pub fn unreadable(&mut self, path: &str, kind: List, why: String) {
        self.not_read(path, Some(kind), why);
    }

    /// Notes that the part `name` (a ZIP, a file) could not be opened at all, and why.
    pub fn part_unreadable(&mut self, name: &str, why: String) {
        self.not_read(name, None, why);
    }

    fn not_read(&mut self, path: &str, kind: Option<List>, why: String) {
        self.files.push(FileNote {
            path: path.to_string(),
            list: kind,
            outcome: Outcome::NotRead(why),
        });
    }

    fn add_friends(&mut self, r: Rows<Friend>) -> Outcome {
        let rows = r.rows.len();
        self.friends
            .file(r.rows.into_iter().map(|f| ((f.name, f.since), 1)));
        Outcome::Read { rows, note: None }
    }

    fn add_apps(&mut self, r: Rows<App>) -> Outcome {
        let rows = r.rows.len();
        for app in r.rows {
            match self.app_at.get(&app.name) {
                Some(&i) => {
                    let kept = &mut self.apps[i];
                    kept.added = earliest(kept.added, app.added);
                    kept.removed = kept.removed.max(app.removed);
                }
                None => {
                    self.app_at.insert(app.name.clone(), self.apps.len());
                    self.apps.push(app);
                }
            }
        }
        Outcome::Read {
            rows,
            note: unnamed(r.unnamed),
        }
    }

    fn add_companies(&mut self, r: Rows<Company>) -> Outcome {
        let rows = r.rows.len();
        self.companies
            .file(r.rows.into_iter().map(|c| (c.name, c.events)));
        Outcome::Read {
            rows,
            note: unnamed(r.unnamed),
        }
    }

    fn add_advertisers(&mut self, r: Rows<Advertiser>) -> Outcome {
        let rows = r.rows.len();
        for a in r.rows {
            match self.advertiser_at.get(&a.name) {
                Some(&i) => self.advertisers[i].with_a_list |= a.with_a_list,
                None => {
                    self.advertiser_at
                        .insert(a.name.clone(), self.advertisers.len());
                    self.advertisers.push(a);
                }
            }
        }
        Outcome::Read {
            rows,
            note: unnamed(r.unnamed),
        }
    }

    /// The export as read, with why nothing could be shown when nothing could.
    pub fn finish(self) -> Mine {
        let sections = Section::ALL.iter().map(|&s| (s, self.found(s))).collect();
        let read_any = self
            .files
            .iter()
            .any(|f| matches!(f.outcome, Outcome::Read { .. }));
        let wanted_any = self.files.iter().any(|f| f.list.is_some());
        let refusal = if read_any {
            None
        } else if wanted_any {
            Some(say!("export-none-understood"))
        } else if self.html > 0 {
            Some(html_export())
        } else if self.listed == 0 && !self.files.is_empty() {
            Some(say!("export-nothing-opened"))
        } else {
            Some(say!("export-not-found", files = self.listed))
        };
        Mine {
            friends: self
                .friends
                .into_rows()
                .flat_map(|((name, since), n)| {
                    (0..n).map(move |_| Friend {
                        name: name.clone(),
                        since,
                    })
                })
                .collect(),
            apps: self.apps,
            companies: self
                .companies
                .into_rows()
                .map(|(name, events)| Company { name, events })
                .collect(),
            advertisers: self.advertisers,
            files: self.files,
            sections,
            others: self.others,
            refusal,
        }
    }

    fn found(&self, section: Section) -> Found {
        let mut listed = false;
        for f in self
            .files
            .iter()
            .filter(|f| f.list.is_some_and(|k| k.section() == section))
        {
            if matches!(f.outcome, Outcome::Read { .. }) {
                return Found::Read;
            }
            listed = true;
        }
        if listed {
            Found::NotUnderstood
        } else if self.empty.iter().any(|k| k.section() == section) {
            Found::Empty
        } else {
            Found::Missing
        }
    }
}

/// The words for an HTML export.
pub fn html_export() -> String {
    say!("export-html")
}

fn earliest(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn unnamed(n: usize) -> Option<String> {
    (n > 0).then(|| say!("export-unnamed", count = n))
}

/// Counts kept across files: each key as often (or as much) as the one file that has it
/// most, in the order keys were first met, so the same file read twice counts once.
#[derive(Debug)]
struct Tally<K> {
    order: Vec<K>,
    most: HashMap<K, u64>,
}

impl<K> Default for Tally<K> {
    fn default() -> Self {
        Tally {
            order: Vec::new(),
            most: HashMap::new(),
        }
    }
}

impl<K: Eq + Hash + Clone> Tally<K> {
    /// One file's keys, each with its count.
    fn file(&mut self, keys: impl IntoIterator<Item = (K, u64)>) {
        let mut here: HashMap<K, u64> = HashMap::new();
        let mut met = Vec::new();
        for (key, n) in keys {
            let count = here.entry(key.clone()).or_insert_with(|| {
                met.push(key);
                0
            });
            *count += n;
        }
        for key in met {
            let n = here.get(&key).copied().unwrap_or(0);
            match self.most.get_mut(&key) {
                Some(most) => *most = (*most).max(n),
                None => {
                    self.most.insert(key.clone(), n);
                    self.order.push(key);
                }
            }
        }
    }

    /// Every key with its count, in the order met.
    fn into_rows(self) -> impl Iterator<Item = (K, u64)> {
        let most = self.most;
        self.order.into_iter().map(move |k| {
            let n = most.get(&k).copied().unwrap_or(0);
            (k, n)
        })
    }
}

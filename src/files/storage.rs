//! The sandboxes a reader keeps in their browser: each under its own key, with an index.
//!
//! The layout (version 2), in the browser's localStorage:
//!
//! - `spillover.sandbox.<key>`, one per sandbox: `{"format": "spillover-sandbox", "version": 2,
//!   "key", "name", "revision", "writer", "scenario"}`. `revision` grows by one with each write,
//!   and `writer` names the copy of the app (the tab) that wrote it, so a tab can tell that
//!   another changed a sandbox since it last read it, and never writes over that unseen.
//! - `spillover.index`: `{"format": "spillover-sandboxes", "version": 2, "current", "sandboxes":
//!   [keys]}`, the order of the sandboxes and the one open when something was last saved. A tab
//!   merges its changes into the index it reads rather than replacing it, and a record missing
//!   from the index is still found by its key, so a lost race over the index loses nothing.
//! - `spillover.sandboxes`: version 1, one envelope holding every sandbox (`{"format":
//!   "spillover-sandboxes", "version": 1, "current", "sandboxes": [{key, name, scenario}]}`). It
//!   is still read, each sandbox on its own, and moved into the layout above the first time the
//!   reader changes something; the old key is removed only once everything was written. Builds
//!   of version 1 read and write only this key, so they never see, nor delete, the keys above.
//!
//! A version above the one this build writes means a newer Spillover wrote it: it is read as far
//! as it can be ([`Unreadable::Newer`]) and never written over. Text that cannot be read is
//! reported with a reason ([`Unreadable::Damaged`]) and left where it is, so it can be offered
//! for download. The browser layer reads and writes the text through a [`Shelf`]; the rules of
//! when to write what are [`crate::sandbox`]'s. Nothing here touches the browser.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::core::model::Scenario;
use crate::files::scenario::{parse, to_json, Problem, Written};

/// The key of version 1's single envelope.
pub const LEGACY_KEY: &str = "spillover.sandboxes";
/// The key of the index.
pub const INDEX_KEY: &str = "spillover.index";
/// What every sandbox's own key starts with.
pub const RECORD_PREFIX: &str = "spillover.sandbox.";
/// What every key Spillover keeps starts with.
pub const PREFIX: &str = "spillover.";
/// The envelope's and the index's `format`.
pub const FORMAT: &str = "spillover-sandboxes";
/// One sandbox's `format`.
pub const RECORD_FORMAT: &str = "spillover-sandbox";
/// The version of the envelope under [`LEGACY_KEY`].
pub const LEGACY_VERSION: u64 = 1;
/// The version of the layout this build writes.
pub const VERSION: u64 = 2;
/// The largest scenario file the sandbox loads, in bytes; larger files are refused unread.
pub const MAX_FILE_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// Where stored text is kept: localStorage in the browser, a map in tests.
pub trait Shelf {
    /// The text under `key`, if any.
    fn get(&self, key: &str) -> Option<String>;
    /// Keeps `text` under `key`, or says in words why it could not.
    fn set(&mut self, key: &str, text: &str) -> Result<(), String>;
    /// Forgets `key`.
    fn remove(&mut self, key: &str);
    /// Every key kept.
    fn keys(&self) -> Vec<String>;
}

impl Shelf for BTreeMap<String, String> {
    fn get(&self, key: &str) -> Option<String> {
        BTreeMap::get(self, key).cloned()
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), String> {
        self.insert(key.into(), text.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) {
        BTreeMap::remove(self, key);
    }
    fn keys(&self) -> Vec<String> {
        BTreeMap::keys(self).cloned().collect()
    }
}

/// The storage key of the sandbox with this key.
pub fn record_key(key: &str) -> String {
    format!("{RECORD_PREFIX}{key}")
}

/// Why stored text was not read.
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    /// It is not what Spillover wrote, or was cut or changed: the reason, in words.
    Damaged(String),
    /// A newer Spillover wrote it, in this version.
    Newer(u64),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::Damaged(reason) => f.write_str(reason),
            Unreadable::Newer(v) => write!(
                f,
                "it was saved by a newer Spillover (storage version {v}; this one reads up to {VERSION})"
            ),
        }
    }
}

/// One kept sandbox.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// A stable key, `s1`, `s2`, … (with the writing tab's mark after a dash, since version 2).
    pub key: String,
    /// The name the reader gave it.
    pub name: String,
    /// Its scenario.
    pub scenario: Scenario,
}

/// Every kept sandbox, and which one is open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Store {
    /// In the order they were made.
    pub sandboxes: Vec<Saved>,
    /// The key of the open one.
    pub current: Option<String>,
}

impl Store {
    /// A key no sandbox has.
    pub fn fresh_key(&self) -> String {
        fresh_key("", |k| self.get(k).is_some())
    }

    /// The sandbox with this key.
    pub fn get(&self, key: &str) -> Option<&Saved> {
        self.sandboxes.iter().find(|s| s.key == key)
    }
}

/// The first of `s1`, `s2`, … (each followed by `-tab` when `tab` is not empty) not `taken`.
pub fn fresh_key(tab: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| match tab {
            "" => format!("s{n}"),
            t => format!("s{n}-{t}"),
        })
        .find(|k| !taken(k))
        .unwrap_or_default()
}

/// One sandbox as kept under its own key.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// The sandbox.
    pub saved: Saved,
    /// How many times it was written.
    pub revision: u64,
    /// The tab that wrote it last.
    pub writer: String,
}

/// The index: the order of the sandboxes, and the one open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Keys, in the order the sandboxes were made.
    pub keys: Vec<String>,
    /// The key of the open one.
    pub current: Option<String>,
}

/// Version 1's envelope, read one sandbox at a time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Legacy {
    /// The sandboxes that could be read.
    pub store: Store,
    /// The ones that could not: key (or a made-up one), their text as kept, and why.
    pub damaged: Vec<(String, String, String)>,
}

/// A scenario as stored JSON.
fn scenario_value(s: &Scenario) -> Value {
    // `to_json` writes valid JSON by construction, so reading it back cannot fail.
    serde_json::from_str(&to_json(s)).unwrap_or(Value::Null)
}

/// The text of version 1's envelope.
pub fn encode(store: &Store) -> String {
    let sandboxes: Vec<Value> = store
        .sandboxes
        .iter()
        .map(|s| json!({ "key": s.key, "name": s.name, "scenario": scenario_value(&s.scenario) }))
        .collect();
    json!({ "format": FORMAT, "version": LEGACY_VERSION, "current": store.current, "sandboxes": sandboxes }).to_string()
}

/// Reads version 1's envelope whole, or says what is wrong with its first damaged part.
pub fn decode(text: &str) -> Result<Store, String> {
    let legacy = read_legacy(text).map_err(|e| e.to_string())?;
    match legacy.damaged.first() {
        Some((_, _, reason)) => Err(reason.clone()),
        None => Ok(legacy.store),
    }
}

/// Reads version 1's envelope, each sandbox on its own: one damaged sandbox keeps none of the
/// others from being read.
pub fn read_legacy(text: &str) -> Result<Legacy, Unreadable> {
    let v: Value = serde_json::from_str(text).map_err(|e| {
        Unreadable::Damaged(format!("the saved sandboxes are not valid JSON ({e})"))
    })?;
    if v["format"] != FORMAT {
        return Err(Unreadable::Damaged(
            "the saved data is not Spillover's sandboxes".into(),
        ));
    }
    match v["version"].as_u64() {
        Some(LEGACY_VERSION) => {}
        Some(n) if n > LEGACY_VERSION => return Err(Unreadable::Newer(n)),
        _ => {
            return Err(Unreadable::Damaged(format!(
            "the saved sandboxes are version {}, and this Spillover reads version {LEGACY_VERSION}",
            v["version"]
        )))
        }
    }
    let list = v["sandboxes"].as_array().ok_or(Unreadable::Damaged(
        "the saved data has no list of sandboxes".into(),
    ))?;
    let mut legacy = Legacy {
        store: Store {
            sandboxes: Vec::new(),
            current: v["current"].as_str().map(String::from),
        },
        damaged: Vec::new(),
    };
    for (i, item) in list.iter().enumerate() {
        match read_item(item, i) {
            Ok(saved) if legacy.store.get(&saved.key).is_none() => {
                legacy.store.sandboxes.push(saved)
            }
            Ok(saved) => legacy.damaged.push((
                format!("damaged-{}", i + 1),
                item.to_string(),
                format!("sandbox {} has the key {} of another", i + 1, saved.key),
            )),
            Err(reason) => legacy.damaged.push((
                item["key"]
                    .as_str()
                    .map(String::from)
                    .unwrap_or_else(|| format!("damaged-{}", i + 1)),
                item.to_string(),
                reason,
            )),
        }
    }
    Ok(legacy)
}

/// One sandbox of the envelope (or of a record): key, name and scenario.
fn read_item(item: &Value, i: usize) -> Result<Saved, String> {
    let key = item["key"]
        .as_str()
        .filter(|k| !k.is_empty())
        .ok_or(format!("sandbox {} has no key", i + 1))?;
    let name = item["name"]
        .as_str()
        .ok_or(format!("sandbox {} has no name", i + 1))?;
    let scenario =
        parse(&item["scenario"].to_string()).map_err(|problems| not_a_scenario(name, &problems))?;
    Ok(Saved {
        key: key.into(),
        name: name.into(),
        scenario,
    })
}

/// One sandbox under its own key as serde prints it, its fields in the order they are written.
#[derive(serde::Serialize)]
struct RecordText<'a> {
    format: &'a str,
    version: u64,
    key: &'a str,
    name: &'a str,
    revision: u64,
    writer: &'a str,
    scenario: Written<'a>,
}

/// The text of one sandbox under its own key: printed in one pass, the scenario straight from
/// its schema types (a big network's record is megabytes, written a moment after each edit).
pub fn encode_record(record: &Record) -> String {
    let s = &record.saved;
    let text = RecordText {
        format: RECORD_FORMAT,
        version: VERSION,
        key: &s.key,
        name: &s.name,
        revision: record.revision,
        writer: &record.writer,
        scenario: Written(&s.scenario),
    };
    // Only strings, numbers and the scenario's schema, which serde_json always prints.
    serde_json::to_string(&text).unwrap_or_default()
}

/// Reads one sandbox kept under its own key. A version 1 item (no format) kept there when it
/// was damaged reads as revision 0.
pub fn decode_record(text: &str) -> Result<Record, Unreadable> {
    let v: Value = serde_json::from_str(text)
        .map_err(|e| Unreadable::Damaged(format!("the saved sandbox is not valid JSON ({e})")))?;
    if !v["format"].is_null() {
        if v["format"] != RECORD_FORMAT {
            return Err(Unreadable::Damaged(
                "the saved data is not a Spillover sandbox".into(),
            ));
        }
        match v["version"].as_u64() {
            Some(VERSION) => {}
            Some(n) if n > VERSION => return Err(Unreadable::Newer(n)),
            _ => {
                return Err(Unreadable::Damaged(format!(
                    "the saved sandbox is version {}, and this Spillover reads version {VERSION}",
                    v["version"]
                )))
            }
        }
    }
    let saved = read_item(&v, 0).map_err(Unreadable::Damaged)?;
    Ok(Record {
        saved,
        revision: v["revision"].as_u64().unwrap_or(0),
        writer: v["writer"].as_str().unwrap_or_default().into(),
    })
}

/// The index's text.
pub fn encode_index(index: &Index) -> String {
    json!({ "format": FORMAT, "version": VERSION, "current": index.current, "sandboxes": index.keys })
        .to_string()
}

/// Reads the index.
pub fn decode_index(text: &str) -> Result<Index, Unreadable> {
    let v: Value = serde_json::from_str(text).map_err(|e| {
        Unreadable::Damaged(format!(
            "the list of saved sandboxes is not valid JSON ({e})"
        ))
    })?;
    if v["format"] != FORMAT {
        return Err(Unreadable::Damaged(
            "the list of saved sandboxes is not Spillover's".into(),
        ));
    }
    let keys: Vec<String> = v["sandboxes"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|k| k.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    match v["version"].as_u64() {
        Some(VERSION) => Ok(Index {
            keys,
            current: v["current"].as_str().map(String::from),
        }),
        Some(n) if n > VERSION => Err(Unreadable::Newer(n)),
        _ => Err(Unreadable::Damaged(format!(
            "the list of saved sandboxes is version {}, and this Spillover reads version {VERSION}",
            v["version"]
        ))),
    }
}

/// Everything Spillover keeps on `shelf`, in one JSON file to download: each key's text as it is.
/// None when nothing is kept.
pub fn backup(shelf: &dyn Shelf) -> Option<String> {
    let kept: serde_json::Map<String, Value> = shelf
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(PREFIX))
        .filter_map(|k| shelf.get(&k).map(|text| (k, Value::String(text))))
        .collect();
    (!kept.is_empty()).then(|| {
        let backup = json!({ "format": "spillover-backup", "version": 1, "keys": kept });
        serde_json::to_string_pretty(&backup).unwrap_or_default()
    })
}

/// Why the sandbox called `name` could not be read, from the first of `problems`.
fn not_a_scenario(name: &str, problems: &[Problem]) -> String {
    format!(
        "sandbox \"{name}\" does not hold a valid scenario: {}",
        Problem::first(problems)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;

    fn three() -> Store {
        let mut store = Store::default();
        for b in BUILTINS.iter().take(3) {
            let key = store.fresh_key();
            store.sandboxes.push(Saved {
                key,
                name: format!("From {}", b.slug),
                scenario: parse(&b.json()).unwrap(),
            });
        }
        store.current = Some("s2".into());
        store
    }

    #[test]
    fn round_trips_and_refuses_damage_with_a_reason() {
        let store = three();
        assert_eq!(decode(&encode(&store)), Ok(store.clone()));
        assert_eq!(store.fresh_key(), "s4");
        let text = encode(&store);
        assert!(decode(&text[..text.len() / 2])
            .unwrap_err()
            .contains("not valid JSON"));
        assert!(decode("{\"format\": \"other\"}")
            .unwrap_err()
            .contains("not Spillover's"));
        assert!(decode(&text.replace("\"version\":1", "\"version\":9"))
            .unwrap_err()
            .contains("version 9"));
        let broken = text.replacen("\"between\"", "\"betwen\"", 1);
        assert!(decode(&broken)
            .unwrap_err()
            .contains("does not hold a valid scenario"));
    }

    #[test]
    fn one_damaged_sandbox_of_an_envelope_keeps_the_others() {
        let store = three();
        let text = encode(&store);
        // The first friendship is in the first sandbox.
        let broken = text.replacen("\"between\"", "\"betwen\"", 1);
        let legacy = read_legacy(&broken).unwrap();
        let keys: Vec<&str> = legacy
            .store
            .sandboxes
            .iter()
            .map(|s| s.key.as_str())
            .collect();
        assert_eq!(keys, ["s2", "s3"]);
        assert_eq!(legacy.damaged.len(), 1);
        let (key, kept, reason) = &legacy.damaged[0];
        assert_eq!(key, "s1");
        assert!(
            kept.contains("\"betwen\""),
            "the damaged text is kept as it was"
        );
        assert!(reason.contains("\"From "), "{reason}");
        // A damaged item kept under its own key reads as damaged still, with the same reason.
        assert_eq!(
            decode_record(kept),
            Err(Unreadable::Damaged(reason.clone()))
        );
        assert_eq!(
            read_legacy(&text.replace("\"version\":1", "\"version\":3")),
            Err(Unreadable::Newer(3))
        );
    }

    #[test]
    fn records_and_the_index_round_trip_and_know_a_newer_version() {
        let store = three();
        let record = Record {
            saved: store.sandboxes[1].clone(),
            revision: 7,
            writer: "t1".into(),
        };
        let text = encode_record(&record);
        assert_eq!(decode_record(&text), Ok(record));
        assert_eq!(
            decode_record(&text.replace("\"version\":2", "\"version\":3")),
            Err(Unreadable::Newer(3))
        );
        assert!(matches!(
            decode_record(&text[..40]),
            Err(Unreadable::Damaged(_))
        ));
        let index = Index {
            keys: vec!["s1".into(), "s2-x".into()],
            current: Some("s2-x".into()),
        };
        let text = encode_index(&index);
        assert_eq!(decode_index(&text), Ok(index));
        assert_eq!(
            decode_index(&text.replace("\"version\":2", "\"version\":5")),
            Err(Unreadable::Newer(5))
        );
        assert_eq!(fresh_key("ab", |k| k == "s1-ab"), "s2-ab");
    }

    #[test]
    fn a_record_is_printed_in_one_pass_as_it_was_through_a_json_value() {
        for (i, b) in BUILTINS.iter().enumerate() {
            let record = Record {
                saved: Saved {
                    key: format!("s{i}-t"),
                    name: format!("From \"{}\"", b.slug),
                    scenario: parse(&b.json()).unwrap(),
                },
                revision: i as u64 + 1,
                writer: "t".into(),
            };
            let s = &record.saved;
            let through_a_value = json!({
                "format": RECORD_FORMAT, "version": VERSION, "key": s.key, "name": s.name,
                "revision": record.revision, "writer": record.writer,
                "scenario": scenario_value(&s.scenario),
            })
            .to_string();
            assert_eq!(encode_record(&record), through_a_value, "{}", b.slug);
        }
    }

    #[test]
    fn a_backup_holds_every_key_as_it_is() {
        let mut shelf = BTreeMap::new();
        assert_eq!(backup(&shelf), None);
        shelf.insert(LEGACY_KEY.to_string(), "{broken".to_string());
        shelf.insert("other.app".to_string(), "not ours".to_string());
        let text = backup(&shelf).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["keys"][LEGACY_KEY], "{broken");
        assert!(v["keys"]["other.app"].is_null());
    }

    #[test]
    fn an_empty_list_of_problems_is_reported_not_a_panic() {
        let message = not_a_scenario("Mine", &[]);
        assert!(
            message
                .starts_with("sandbox \"Mine\" does not hold a valid scenario: something is wrong"),
            "{message}"
        );
    }
}

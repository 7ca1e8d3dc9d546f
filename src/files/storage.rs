//! The sandboxes a reader keeps in their browser, as one versioned JSON envelope.
//!
//! The browser layer reads and writes the text (localStorage); this module only turns it into
//! sandboxes and back, and says precisely what is wrong with text it cannot read, so damaged
//! data can be reported and offered for download instead of being dropped.

use serde_json::{json, Value};

use crate::core::model::Scenario;
use crate::files::scenario::{parse, to_json, Problem};

/// The localStorage key.
pub const KEY: &str = "spillover.sandboxes";
/// The envelope's `format`.
pub const FORMAT: &str = "spillover-sandboxes";
/// The envelope's version.
pub const VERSION: u64 = 1;
/// The largest scenario file the sandbox loads, in bytes; larger files are refused unread.
pub const MAX_FILE_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// One kept sandbox.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// A stable key, `s1`, `s2`, …
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
        (1..)
            .map(|n| format!("s{n}"))
            .find(|k| self.sandboxes.iter().all(|s| &s.key != k))
            .unwrap_or_default()
    }

    /// The sandbox with this key.
    pub fn get(&self, key: &str) -> Option<&Saved> {
        self.sandboxes.iter().find(|s| s.key == key)
    }
}

/// The envelope's text.
pub fn encode(store: &Store) -> String {
    let sandboxes: Vec<Value> = store
        .sandboxes
        .iter()
        .map(|s| {
            // `to_json` writes valid JSON by construction, so reading it back cannot fail.
            let scenario: Value =
                serde_json::from_str(&to_json(&s.scenario)).unwrap_or(Value::Null);
            json!({ "key": s.key, "name": s.name, "scenario": scenario })
        })
        .collect();
    json!({ "format": FORMAT, "version": VERSION, "current": store.current, "sandboxes": sandboxes }).to_string()
}

/// Reads the envelope, or says what is wrong with it.
pub fn decode(text: &str) -> Result<Store, String> {
    let v: Value = serde_json::from_str(text)
        .map_err(|e| format!("the saved sandboxes are not valid JSON ({e})"))?;
    if v["format"] != FORMAT {
        return Err("the saved data is not Spillover's sandboxes".into());
    }
    if v["version"] != VERSION {
        return Err(format!(
            "the saved sandboxes are version {}, and this Spillover reads version {VERSION}",
            v["version"]
        ));
    }
    let list = v["sandboxes"]
        .as_array()
        .ok_or("the saved data has no list of sandboxes")?;
    let mut store = Store {
        sandboxes: Vec::new(),
        current: v["current"].as_str().map(String::from),
    };
    for (i, item) in list.iter().enumerate() {
        let key = item["key"]
            .as_str()
            .ok_or(format!("sandbox {} has no key", i + 1))?;
        let name = item["name"]
            .as_str()
            .ok_or(format!("sandbox {} has no name", i + 1))?;
        let scenario = parse(&item["scenario"].to_string())
            .map_err(|problems| not_a_scenario(name, &problems))?;
        store.sandboxes.push(Saved {
            key: key.into(),
            name: name.into(),
            scenario,
        });
    }
    Ok(store)
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

    #[test]
    fn round_trips_and_refuses_damage_with_a_reason() {
        let mut store = Store::default();
        for b in BUILTINS {
            let key = store.fresh_key();
            store.sandboxes.push(Saved {
                key,
                name: format!("From {}", b.slug),
                scenario: parse(b.json).unwrap(),
            });
        }
        store.current = Some("s2".into());
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
    fn an_empty_list_of_problems_is_reported_not_a_panic() {
        let message = not_a_scenario("Mine", &[]);
        assert!(
            message
                .starts_with("sandbox \"Mine\" does not hold a valid scenario: something is wrong"),
            "{message}"
        );
    }
}

//! Opening the store: every sandbox read on its own, in the index's order (and those the index
//! misses after them), version 1's envelope read beside them, and what cannot be read kept as
//! it is and told. Opening writes nothing; what it read is what the first flush writes over.

use std::rc::Rc;

use super::known::{Known, Print};
use super::{Keeper, Note};
use crate::files::storage::{
    decode_index, decode_record, fresh_key, read_legacy, record_key, Shelf, Store, INDEX_KEY,
    LEGACY_KEY, RECORD_PREFIX,
};

impl Keeper {
    /// Reads the store on `shelf` for the tab marked `tab`: the sandboxes to restore, and what to
    /// tell the reader. Writes nothing.
    pub fn open(shelf: &dyn Shelf, tab: &str) -> (Keeper, Store, Vec<Note>) {
        let mut k = Keeper {
            tab: tab.into(),
            ..Keeper::default()
        };
        let mut store = Store::default();
        let mut notes = Vec::new();
        let mut order = Vec::new();
        if let Some(text) = shelf.get(INDEX_KEY) {
            match decode_index(&text) {
                Ok(index) => (order, store.current) = (index.keys, index.current),
                Err(e) => k.unreadable(INDEX_KEY, text, e, &mut notes),
            }
        }
        let mut found: Vec<String> = shelf
            .keys()
            .iter()
            .filter_map(|s| s.strip_prefix(RECORD_PREFIX).map(String::from))
            .collect();
        found.sort();
        let listed = order.iter().filter(|key| found.contains(key)).cloned();
        let keys: Vec<String> = listed
            .chain(found.iter().filter(|key| !order.contains(key)).cloned())
            .collect();
        for key in keys {
            let Some(text) = shelf.get(&record_key(&key)) else {
                continue;
            };
            match decode_record(&text) {
                Ok(mut r) => {
                    r.saved.key = key.clone();
                    k.known.insert(key, Known::of(&r, Print::of(&text)));
                    store.sandboxes.push(r.saved);
                }
                Err(e) => k.unreadable(&record_key(&key), text, e, &mut notes),
            }
        }
        if let Some(text) = shelf.get(LEGACY_KEY) {
            k.open_legacy(shelf, text, &mut store, &mut notes);
        }
        let current = store.current.take();
        store.current = current
            .filter(|c| store.get(c).is_some())
            .or_else(|| store.sandboxes.first().map(|s| s.key.clone()));
        k.current = store.current.clone();
        (k, store, notes)
    }

    /// Reads version 1's envelope into `store`, each sandbox on its own; they are moved under
    /// their own keys at the first flush that writes.
    fn open_legacy(
        &mut self,
        shelf: &dyn Shelf,
        text: String,
        store: &mut Store,
        notes: &mut Vec<Note>,
    ) {
        let legacy = match read_legacy(&text) {
            Ok(legacy) => legacy,
            Err(e) => return self.unreadable(LEGACY_KEY, text, e, notes),
        };
        for mut s in legacy.store.sandboxes {
            if let Some(there) = store.get(&s.key) {
                if there.name == s.name && there.scenario == s.scenario {
                    continue;
                }
                s.key = fresh_key(&self.tab, |k| {
                    store.get(k).is_some() || shelf.get(&record_key(k)).is_some()
                });
            }
            let known = Known {
                revision: 0,
                writer: String::new(),
                name: s.name.clone(),
                scenario: Rc::new(s.scenario.clone()),
                print: None,
            };
            self.known.insert(s.key.clone(), known);
            store.sandboxes.push(s);
        }
        if store.current.is_none() {
            store.current = legacy.store.current;
        }
        for (key, text, reason) in &legacy.damaged {
            notes.push(Note::Damaged {
                key: record_key(key),
                text: text.clone(),
                reason: reason.clone(),
                forgettable: false,
            });
        }
        let damaged = legacy.damaged.into_iter().map(|(k, t, _)| (k, t)).collect();
        self.legacy = Some(damaged);
    }
}

#[cfg(test)]
mod tests {
    use crate::core::date::Date;
    use crate::files::storage::{
        decode_index, encode, record_key, Saved, Store, INDEX_KEY, LEGACY_KEY,
    };
    use crate::sandbox::keep::tabs::{seen, Map, Tab};
    use crate::sandbox::keep::Note;
    use crate::sandbox::{empty, Edit};

    #[test]
    fn one_damaged_sandbox_hides_none_of_the_others_and_is_never_written_over() {
        let mut shelf = Map::new();
        let mut a = Tab::open(&shelf, "a");
        for n in ["One", "Two", "Three"] {
            a.new_sandbox(n);
        }
        a.flush(&mut shelf);
        let two = record_key(&a.ws.store().sandboxes[1].key);
        let broken = shelf[&two].replacen("\"people\"", "\"peeple\"", 1);
        shelf.insert(two.clone(), broken.clone());
        let mut b = Tab::open(&shelf, "b");
        assert_eq!(b.seen(), seen(&[("One", &[]), ("Three", &[])]));
        assert!(
            matches!(&b.notes[..], [Note::Damaged { key, text, .. }] if *key == two && *text == broken)
        );
        b.add("ana");
        b.new_sandbox("Four");
        b.flush(&mut shelf);
        assert_eq!(shelf[&two], broken);
        let index = decode_index(&shelf[INDEX_KEY]).unwrap();
        assert_eq!(index.keys.len(), 4, "the damaged one stays listed");
    }

    #[test]
    fn a_damaged_index_hides_no_sandbox_and_is_not_written_over() {
        let mut shelf = Map::new();
        let mut a = Tab::open(&shelf, "a");
        a.new_sandbox("One");
        a.new_sandbox("Two");
        a.flush(&mut shelf);
        shelf.insert(INDEX_KEY.into(), "{\"format\": \"spillover-sandb".into());
        let mut b = Tab::open(&shelf, "b");
        assert_eq!(b.seen(), seen(&[("One", &[]), ("Two", &[])]));
        assert!(matches!(&b.notes[..], [Note::Damaged { key, .. }] if key == INDEX_KEY));
        b.new_sandbox("Three");
        b.flush(&mut shelf);
        assert_eq!(shelf[INDEX_KEY], "{\"format\": \"spillover-sandb");
        assert_eq!(Tab::open(&shelf, "c").seen().len(), 3);
    }

    #[test]
    fn a_store_from_a_newer_version_is_only_read() {
        let mut shelf = Map::new();
        let mut a = Tab::open(&shelf, "a");
        a.new_sandbox("Lesson");
        a.add("ana");
        a.flush(&mut shelf);
        let index = shelf[INDEX_KEY].replace("\"version\":2", "\"version\":3");
        shelf.insert(INDEX_KEY.into(), index);
        let before = shelf.clone();
        let mut old = Tab::open(&shelf, "old");
        assert_eq!(old.notes, [Note::Newer(3)]);
        assert_eq!(
            old.seen(),
            seen(&[("Lesson", &["ana"])]),
            "what it can read is shown"
        );
        old.add("ben");
        old.new_sandbox("Mine");
        old.flush(&mut shelf);
        assert_eq!(shelf, before, "nothing written");
        // A newer record is not written over either, by a tab that opened before it came.
        let mut b = Tab::open(&Map::new(), "b");
        let mut shelf = Map::new();
        b.new_sandbox("Lesson");
        b.flush(&mut shelf);
        let key = record_key(b.ws.current.as_ref().unwrap());
        let newer = shelf[&key].replace("\"version\":2", "\"version\":4");
        shelf.insert(key.clone(), newer.clone());
        b.hear(&mut shelf, &Map::new());
        b.add("ana");
        b.flush(&mut shelf);
        assert_eq!(shelf[&key], newer);
        assert!(b.notes.contains(&Note::Newer(4)));
    }

    #[test]
    fn version_one_opens_as_it_was_and_moves_at_the_first_change() {
        let mut store = Store::default();
        for (key, name) in [("s1", "One"), ("s2", "Two")] {
            let mut s = empty(Date::parse("2014-01-01").unwrap());
            s = crate::sandbox::apply(
                &s,
                &Edit::AddPerson {
                    id: key.into(),
                    name: name.into(),
                },
            )
            .unwrap();
            store.sandboxes.push(Saved {
                key: key.into(),
                name: name.into(),
                scenario: s,
            });
        }
        store.current = Some("s2".into());
        let mut shelf = Map::new();
        let mut v: serde_json::Value = serde_json::from_str(&encode(&store)).unwrap();
        let bad = serde_json::json!({ "key": "s3", "name": "Bad", "scenario": {} });
        v["sandboxes"].as_array_mut().unwrap().push(bad);
        let text = v.to_string();
        shelf.insert(LEGACY_KEY.into(), text);
        let mut a = Tab::open(&shelf, "a");
        assert_eq!(a.seen(), seen(&[("One", &["s1"]), ("Two", &["s2"])]));
        assert_eq!(a.ws.current.as_deref(), Some("s2"));
        assert!(matches!(
            &a.notes[..],
            [Note::Damaged {
                forgettable: false,
                ..
            }]
        ));
        let before = shelf.clone();
        a.flush(&mut shelf);
        assert_eq!(shelf, before, "opening moved nothing");
        a.add("ana");
        a.flush(&mut shelf);
        assert!(!shelf.contains_key(LEGACY_KEY), "moved, then removed");
        let b = Tab::open(&shelf, "b");
        assert_eq!(b.seen(), seen(&[("One", &["s1"]), ("Two", &["s2", "ana"])]));
        assert_eq!(b.ws.current.as_deref(), Some("s2"));
        assert!(
            matches!(&b.notes[..], [Note::Damaged { key, forgettable: true, text, .. }] if key == &record_key("s3") && text.contains("\"Bad\""))
        );
    }
}

//! Writing what this tab changed: only the sandboxes it changed, each over the version it last
//! saw. A record another tab wrote meanwhile is read first; when both tabs changed it, theirs
//! stays under its key and this tab's is kept as a copy. A deletion another tab's change came
//! after is not made. Damaged records and a damaged index are never written over.

use super::known::{Known, Print};
use super::{Keeper, Note, Outcome};
use crate::core::model::Scenario;
use crate::files::storage::{
    decode_index, decode_record, encode_index, encode_record, fresh_key, record_key, Index, Record,
    Saved, Shelf, Unreadable, INDEX_KEY, LEGACY_KEY,
};
use crate::sandbox::workspace::{WorkAction, Workspace};
use crate::say;

impl Keeper {
    /// Writes what this tab changed in `ws` since it last read or wrote storage, over nothing
    /// another tab wrote meanwhile. Writes nothing when this tab changed nothing.
    pub fn flush(&mut self, shelf: &mut dyn Shelf, ws: &Workspace) -> Outcome {
        let mut out = Outcome::default();
        if self.read_only() {
            return out;
        }
        let changed = |k: &Keeper, key: &str, name: &str, s: &Scenario| {
            k.known.get(key).is_none_or(|kn| !kn.holds(name, s))
        };
        let deleted: Vec<String> = self
            .known
            .keys()
            .filter(|key| ws.sandboxes.iter().all(|(k, _, _)| k != *key))
            .cloned()
            .collect();
        let any = ws.current != self.current
            || !deleted.is_empty()
            || ws
                .sandboxes
                .iter()
                .any(|(k, n, h)| changed(self, k, n, h.present()));
        if !any {
            return out;
        }
        let mut failed = false;
        for (key, name, h) in &ws.sandboxes {
            let moving = self.known.get(key).is_some_and(Known::legacy);
            if moving || changed(self, key, name, h.present()) {
                failed |= !self.write(shelf, ws, key, name, h.present(), &mut out);
            }
            if self.read_only() {
                return out;
            }
        }
        for key in deleted {
            self.delete(shelf, &key, &mut out);
        }
        if let Some(damaged) = self.legacy.take() {
            let mut left = Vec::new();
            for (key, text) in damaged {
                let key = match shelf.get(&record_key(&key)) {
                    None => key,
                    // Another tab moved it already.
                    Some(there) if there == text => continue,
                    Some(_) => fresh_key(&self.tab, |k| shelf.get(&record_key(k)).is_some()),
                };
                if shelf.set(&record_key(&key), &text).is_err() {
                    left.push((key, text));
                }
            }
            if failed || !left.is_empty() {
                self.legacy = Some(left);
            } else {
                shelf.remove(LEGACY_KEY);
            }
        }
        self.current = ws.current.clone();
        self.write_index(shelf, ws, &mut out);
        out
    }

    /// Writes one changed sandbox over the version this tab last saw; keeps both when another
    /// tab wrote since. False when it was not written.
    fn write(
        &mut self,
        shelf: &mut dyn Shelf,
        ws: &Workspace,
        key: &str,
        name: &str,
        scenario: &Scenario,
        out: &mut Outcome,
    ) -> bool {
        let known = self.known.get(key).cloned();
        let text = shelf.get(&record_key(key));
        // The very text this tab last read or wrote: no other tab wrote since. Not read again
        // (on a big network, reading it is most of the cost of keeping an edit).
        if let (Some(kn), Some(t)) = (&known, &text) {
            if kn.unchanged(t) {
                return self.put(shelf, key, name, scenario, kn.revision + 1, out);
            }
        }
        let revision = match (known, text.as_deref().map(|t| (decode_record(t), t))) {
            (_, Some((Err(Unreadable::Newer(v)), _))) => {
                self.unreadable(key, String::new(), Unreadable::Newer(v), &mut out.notes);
                return false;
            }
            (_, Some((Err(Unreadable::Damaged(_)), _))) => {
                out.notes
                    .push(Note::Unwritable(say!("storage-unwritable", name = name)));
                return false;
            }
            (None, None) => 1,
            (Some(kn), None) => {
                if !kn.legacy() {
                    out.notes.push(Note::KeptDeleted(name.into()));
                }
                kn.revision + 1
            }
            (Some(kn), Some((Ok(r), _))) if kn.stamped(&r) => kn.revision + 1,
            (_, Some((Ok(r), t))) if r.saved.name == name && r.saved.scenario == *scenario => {
                self.known.insert(key.into(), Known::of(&r, Print::of(t)));
                return true;
            }
            (_, Some((Ok(theirs), t))) => {
                let theirs = (theirs, Print::of(t));
                return self.fork(shelf, ws, key, name, scenario, theirs, out);
            }
        };
        self.put(shelf, key, name, scenario, revision, out)
    }

    /// Writes a sandbox under its key as this tab, at `revision`. False when storage refused.
    fn put(
        &mut self,
        shelf: &mut dyn Shelf,
        key: &str,
        name: &str,
        scenario: &Scenario,
        revision: u64,
        out: &mut Outcome,
    ) -> bool {
        let record = Record {
            saved: Saved {
                key: key.into(),
                name: name.into(),
                scenario: scenario.clone(),
            },
            revision,
            writer: self.tab.clone(),
        };
        let text = encode_record(&record);
        match shelf.set(&record_key(key), &text) {
            Ok(()) => {
                self.known
                    .insert(key.into(), Known::taking(record, Print::of(&text)));
                true
            }
            Err(message) => {
                out.notes.push(Note::Unwritable(message));
                false
            }
        }
    }

    /// Both this tab and another changed the sandbox `key`: theirs (with its text's print) stays
    /// under the key, and this tab's is written as a new sandbox and takes its place in this tab.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn fork(
        &mut self,
        shelf: &mut dyn Shelf,
        ws: &Workspace,
        key: &str,
        name: &str,
        scenario: &Scenario,
        (theirs, print): (Record, Print),
        out: &mut Outcome,
    ) -> bool {
        let to = fresh_key(&self.tab, |k| {
            self.known.contains_key(k)
                || ws.sandboxes.iter().any(|(key, _, _)| key == k)
                || shelf.get(&record_key(k)).is_some()
        });
        let copy: String = say!("storage-copy-name", name = name)
            .chars()
            .take(80)
            .collect();
        let written = self.put(shelf, &to, &copy, scenario, 1, out);
        self.known.insert(key.into(), Known::of(&theirs, print));
        out.notes.push(Note::Forked {
            name: theirs.saved.name.clone(),
            copy: copy.clone(),
        });
        out.actions.push(WorkAction::Arrived {
            key: key.into(),
            name: theirs.saved.name,
            scenario: theirs.saved.scenario,
            ours_to: Some((to, copy)),
        });
        self.write_index(shelf, ws, out);
        written
    }

    /// Removes a sandbox this tab deleted, unless another tab changed it since.
    fn delete(&mut self, shelf: &mut dyn Shelf, key: &str, out: &mut Outcome) {
        let Some(known) = self.known.remove(key) else {
            return;
        };
        // Gone already: nothing to do.
        let Some(text) = shelf.get(&record_key(key)) else {
            return;
        };
        if known.unchanged(&text) {
            return shelf.remove(&record_key(key));
        }
        match decode_record(&text) {
            Ok(r) if known.stamped(&r) || known.holds(&r.saved.name, &r.saved.scenario) => {
                shelf.remove(&record_key(key))
            }
            Ok(r) => {
                self.known
                    .insert(key.into(), Known::of(&r, Print::of(&text)));
                out.notes.push(Note::NotDeleted(r.saved.name.clone()));
                out.actions.push(WorkAction::Arrived {
                    key: key.into(),
                    name: r.saved.name,
                    scenario: r.saved.scenario,
                    ours_to: None,
                });
            }
            // Unreadable: left as it is.
            Err(_) => {}
        }
    }

    /// Merges this tab's sandboxes into the index as stored: keys of records gone are dropped,
    /// keys this tab keeps are added, the rest (other tabs', damaged ones) stay.
    fn write_index(&mut self, shelf: &mut dyn Shelf, ws: &Workspace, out: &mut Outcome) {
        if self.index_blocked || self.read_only() {
            return;
        }
        let text = shelf.get(INDEX_KEY);
        let mut index = match text.as_deref().map(decode_index) {
            None => Index::default(),
            Some(Ok(index)) => index,
            Some(Err(e)) => {
                return self.unreadable(INDEX_KEY, text.unwrap_or_default(), e, &mut out.notes)
            }
        };
        let before = index.clone();
        let stored = shelf.keys();
        index.keys.retain(|k| stored.contains(&record_key(k)));
        let ours = ws.sandboxes.iter().map(|(k, _, _)| k);
        for key in ours.chain(self.known.keys()) {
            if self.known.get(key).is_some_and(|kn| !kn.legacy()) && !index.keys.contains(key) {
                index.keys.push(key.clone());
            }
        }
        index.current = ws.current.clone().or(index.current);
        if index != before {
            if let Err(message) = shelf.set(INDEX_KEY, &encode_index(&index)) {
                out.notes.push(Note::Unwritable(message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::files::storage::{record_key, LEGACY_KEY};
    use crate::sandbox::keep::tabs::{changes, seen, Map, Tab};
    use crate::sandbox::keep::Note;
    use crate::sandbox::{Edit, WorkAction};

    #[test]
    fn a_copy_that_changes_nothing_writes_nothing() {
        let mut shelf = Map::new();
        shelf.insert(
            LEGACY_KEY.into(),
            "{\"format\": \"spillover-sandboxes\"".into(),
        );
        let mut a = Tab::open(&shelf, "a");
        a.new_sandbox("Lesson");
        a.add("ana");
        a.flush(&mut shelf);
        let before = shelf.clone();
        let mut preview = Tab::open(&shelf, "p");
        preview.flush(&mut shelf);
        a.add("ben");
        let heard = shelf.clone();
        a.flush(&mut shelf);
        preview.hear(&mut shelf, &heard);
        preview.flush(&mut shelf);
        assert_eq!(changes(&heard, &shelf).len(), 1, "only a's sandbox");
        assert_eq!(
            before[LEGACY_KEY], shelf[LEGACY_KEY],
            "the damaged envelope is untouched"
        );
        assert_eq!(preview.seen(), seen(&[("Lesson", &["ana", "ben"])]));
    }

    #[test]
    fn deleting_in_one_tab_what_another_changed_keeps_it() {
        let mut shelf = Map::new();
        let mut a = Tab::open(&shelf, "a");
        a.new_sandbox("One");
        a.new_sandbox("Two");
        a.flush(&mut shelf);
        let (one, two) = (a.ws.sandboxes[0].0.clone(), a.ws.sandboxes[1].0.clone());
        let mut b = Tab::open(&shelf, "b");
        b.ws.apply(WorkAction::Open(one.clone()));
        b.add("ana");
        a.ws.apply(WorkAction::Delete(one.clone()));
        let before = shelf.clone();
        b.flush(&mut shelf);
        a.flush(&mut shelf);
        b.hear(&mut shelf, &before);
        assert_eq!(a.seen(), seen(&[("Two", &[]), ("One", &["ana"])]));
        assert_eq!(a.notes, [Note::NotDeleted("One".into())]);
        // The deletion of a sandbox unchanged here is taken in.
        let before = shelf.clone();
        a.ws.apply(WorkAction::Delete(two));
        a.flush(&mut shelf);
        b.hear(&mut shelf, &before);
        assert_eq!(b.seen(), seen(&[("One", &["ana"])]));
        // The deletion of the sandbox changed here is not.
        b.add("ben");
        let before = shelf.clone();
        a.ws.apply(WorkAction::Delete(one));
        a.flush(&mut shelf);
        b.hear(&mut shelf, &before);
        assert_eq!(b.notes, [Note::KeptDeleted("One".into())]);
        let before = shelf.clone();
        b.flush(&mut shelf);
        a.hear(&mut shelf, &before);
        assert_eq!(a.seen(), seen(&[("One", &["ana", "ben"])]));
        assert_eq!(Tab::open(&shelf, "c").seen(), a.seen());
    }

    #[test]
    fn a_record_changed_behind_this_tabs_back_is_read_before_it_is_written_over() {
        // Each change comes with no storage event yet: the flush alone must see it.
        let fresh = || {
            let mut shelf = Map::new();
            let mut a = Tab::open(&shelf, "a");
            a.new_sandbox("Lesson");
            a.add("ana");
            a.flush(&mut shelf);
            let key = record_key(a.ws.current.as_ref().unwrap());
            (shelf, a, key)
        };
        // Damaged in place, its revision and writer still this tab's: not written over.
        let (mut shelf, mut a, key) = fresh();
        let damaged = shelf[&key].replace("\"people\"", "\"peeple\"");
        shelf.insert(key.clone(), damaged.clone());
        a.add("ben");
        a.flush(&mut shelf);
        assert_eq!(shelf[&key], damaged);
        assert!(matches!(&a.notes[..], [Note::Unwritable(_)]));
        // Written by a newer Spillover: not written over, and nothing else is written after.
        let (mut shelf, mut a, key) = fresh();
        let newer = shelf[&key].replace("\"version\":2", "\"version\":3");
        shelf.insert(key.clone(), newer.clone());
        a.add("ben");
        a.flush(&mut shelf);
        assert_eq!(shelf[&key], newer);
        assert_eq!(a.notes, [Note::Newer(3)]);
        // Another tab's version of the same length (its mark as long, one letter changed):
        // both kept.
        let (mut shelf, mut a, key) = fresh();
        let mut b = Tab::open(&shelf, "b");
        b.ws.apply(WorkAction::Edit(Edit::RenamePerson {
            id: "ana".into(),
            name: "anb".into(),
        }));
        let before = shelf[&key].clone();
        b.flush(&mut shelf);
        assert_eq!(shelf[&key].len(), before.len());
        a.add("ben");
        a.flush(&mut shelf);
        let c = Tab::open(&shelf, "c");
        assert_eq!(
            c.seen(),
            seen(&[
                ("Lesson", &["ana"]),
                ("Lesson (this tab's copy)", &["ana", "ben"])
            ])
        );
        let names: Vec<&str> = c.ws.sandboxes[0]
            .2
            .present()
            .people
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["anb"], "b's version under the key");
    }
}

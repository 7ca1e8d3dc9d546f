//! Keeping the workspace in storage when several tabs share it, and nothing lost on the way.
//!
//! A [`Keeper`] remembers what storage held for each sandbox when this tab last read or wrote
//! it (its revision and writer, name and scenario, and a print of the record's text).
//! [`Keeper::flush`] writes only what this tab changed since, and only over the version it last
//! saw: text with that print is that version, and only other text is read again (a big
//! network's record takes longer to read than to write). [`Keeper::pick_up`] takes in what
//! another tab wrote. When both tabs changed one sandbox, both versions are kept: the other
//! tab's under the sandbox's key, this tab's as a copy. Damaged records, a damaged index and a
//! store from a newer Spillover are never written over. What changed in the workspace comes
//! back as [`WorkAction`]s, and what the reader should hear as [`Note`]s. The layout itself is
//! [`crate::files::storage`]'s; timers and browser events are the web layer's.

use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::rc::Rc;

use super::workspace::{WorkAction, Workspace};
use crate::core::model::Scenario;
use crate::files::storage::{
    decode_index, decode_record, encode_index, encode_record, fresh_key, read_legacy, record_key,
    Index, Record, Saved, Shelf, Store, Unreadable, INDEX_KEY, LEGACY_KEY, RECORD_PREFIX, VERSION,
};

/// Something the reader should be told about their stored sandboxes.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// Stored text that could not be read, kept as it is under `key` (a storage key).
    Damaged {
        key: String,
        text: String,
        reason: String,
        /// Whether a reader may forget it (not while it still has to be moved out of the old
        /// envelope).
        forgettable: bool,
    },
    /// A newer Spillover wrote the store: this tab only reads it.
    Newer(u64),
    /// Storage refused a write, in words.
    Unwritable(String),
    /// Another tab changed the open sandbox, of this name; this tab shows its version now.
    Changed(String),
    /// Another tab changed `name` while this tab did too: this tab's is kept as `copy`.
    Forked { name: String, copy: String },
    /// Another tab deleted the open sandbox, of this name.
    Removed(String),
    /// Another tab deleted this sandbox, which this tab changed: it is kept.
    KeptDeleted(String),
    /// This tab deleted this sandbox after another changed it: it is kept.
    NotDeleted(String),
}

impl Note {
    /// The note in words.
    pub fn message(&self) -> String {
        match self {
            Note::Damaged { key, reason, .. } if key == LEGACY_KEY => format!("Your saved sandboxes could not be read: {reason}. Nothing was thrown away: download the saved data to keep it, then start afresh."),
            Note::Damaged { key, reason, .. } if key == INDEX_KEY => format!("The list of your saved sandboxes could not be read: {reason}. Your sandboxes are found without it, and it is kept as it was: download the saved data to keep it."),
            Note::Damaged { reason, .. } => format!("One of your saved sandboxes could not be read: {reason}. Your other sandboxes are here as usual, and this one is kept as it was: download the saved data to keep it."),
            Note::Newer(v) => format!("Your sandboxes were saved by a newer version of Spillover (storage version {v}; this one reads up to {VERSION}). They open here read-only: nothing you change is kept in this browser, and nothing saved is written over. Save your work as a file, or open the newer Spillover."),
            Note::Unwritable(message) => message.clone(),
            Note::Changed(name) => format!("Another tab changed \"{name}\": this tab now shows its latest version."),
            Note::Forked { name, copy } => format!("Another tab changed \"{name}\" while you were changing it here. Both are kept: the other tab's is \"{name}\", and yours is \"{copy}\"."),
            Note::Removed(name) => format!("Another tab deleted \"{name}\"."),
            Note::KeptDeleted(name) => format!("Another tab deleted \"{name}\", but you changed it here, so it is kept."),
            Note::NotDeleted(name) => format!("Another tab changed \"{name}\" after you deleted it here, so it is kept: delete it again if you no longer need it."),
        }
    }
}

/// What a flush or a pick-up did: changes for the workspace, and notes for the reader.
#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    /// To dispatch to the workspace, in order.
    pub actions: Vec<WorkAction>,
    /// To tell the reader.
    pub notes: Vec<Note>,
}

/// Stored text's length and hash: the same text has the same print, and changed text (all but
/// surely) another, so a tab can tell that a record is still the one it wrote without keeping
/// its text or reading it again.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Print {
    len: usize,
    hash: u64,
}

impl Print {
    fn of(text: &str) -> Print {
        // The standard hasher with its fixed keys, 64 bits on every target. A print never
        // leaves the tab that made it, so it need not be the same in another build.
        let mut h = DefaultHasher::new();
        text.hash(&mut h);
        Print {
            len: text.len(),
            hash: h.finish(),
        }
    }

    /// Whether `text` has this print (text of another length is not even hashed).
    fn matches(self, text: &str) -> bool {
        self.len == text.len() && self == Print::of(text)
    }
}

/// A sandbox as this tab last knew it in storage.
#[derive(Clone, Debug, PartialEq)]
struct Known {
    revision: u64,
    writer: String,
    name: String,
    /// Shared, so that knowing it again costs no copy of a big network.
    scenario: Rc<Scenario>,
    /// The print of its record's text as this tab last read or wrote it; None while it is still
    /// only in version 1's envelope, not under its own key.
    print: Option<Print>,
}

impl Known {
    /// What a tab knows after reading or writing `r`, in text of this print.
    fn of(r: &Record, print: Print) -> Known {
        Known::taking(r.clone(), print)
    }
    /// [`Known::of`] a record this tab no longer needs.
    fn taking(r: Record, print: Print) -> Known {
        Known {
            revision: r.revision,
            writer: r.writer,
            name: r.saved.name,
            scenario: Rc::new(r.saved.scenario),
            print: Some(print),
        }
    }
    fn legacy(&self) -> bool {
        self.print.is_none()
    }
    fn holds(&self, name: &str, scenario: &Scenario) -> bool {
        self.name == name && *self.scenario == *scenario
    }
    fn stamped(&self, r: &Record) -> bool {
        !self.legacy() && self.revision == r.revision && self.writer == r.writer
    }
    /// Whether `text` is exactly the record this tab last read or wrote: then it reads as that
    /// record (readable, of this revision and writer) without being read again.
    fn unchanged(&self, text: &str) -> bool {
        self.print.is_some_and(|p| p.matches(text))
    }
}

/// This tab's side of the store: what it last read or wrote, and what it may write.
#[derive(Clone, Debug, Default)]
pub struct Keeper {
    tab: String,
    known: BTreeMap<String, Known>,
    current: Option<String>,
    /// Damaged sandboxes of version 1's envelope, still to be moved under their own keys, while
    /// the envelope waits to be moved.
    legacy: Option<Vec<(String, String)>>,
    /// The newer version that wrote the store, when one did: nothing is written then.
    read_only: Option<u64>,
    /// The index could not be read: it is not written over.
    index_blocked: bool,
}

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

    /// Whether a newer Spillover wrote the store, so that this tab writes nothing.
    pub fn read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Notes stored text that cannot be read.
    fn unreadable(&mut self, key: &str, text: String, e: Unreadable, notes: &mut Vec<Note>) {
        match e {
            Unreadable::Newer(v) => {
                if self.read_only.is_none() {
                    notes.push(Note::Newer(v));
                }
                self.read_only = Some(v);
            }
            Unreadable::Damaged(reason) => {
                if key == INDEX_KEY {
                    self.index_blocked = true;
                }
                notes.push(Note::Damaged {
                    key: key.into(),
                    text,
                    reason,
                    forgettable: true,
                });
            }
        }
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
                out.notes.push(Note::Unwritable(format!("\"{name}\" is not kept in this browser: something unreadable is saved in its place. Save it as a file to keep it.")));
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
    fn fork(
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
        let copy: String = format!("{name} (this tab's copy)")
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

    /// Takes in what another tab changed under the storage key `key` (None: storage was
    /// cleared), given this tab's workspace `ws`.
    pub fn pick_up(&mut self, shelf: &mut dyn Shelf, ws: &Workspace, key: Option<&str>) -> Outcome {
        let mut out = Outcome::default();
        if self.read_only() {
            return out;
        }
        match key {
            None => {
                let mut keys: Vec<String> = self.known.keys().cloned().collect();
                keys.extend(shelf.keys().iter().filter_map(|k| {
                    k.strip_prefix(RECORD_PREFIX)
                        .filter(|k| !self.known.contains_key(*k))
                        .map(String::from)
                }));
                for k in keys {
                    self.pick_up_record(shelf, ws, &k, &mut out);
                }
            }
            Some(INDEX_KEY) => match shelf.get(INDEX_KEY).map(|t| decode_index(&t)) {
                Some(Ok(index)) => {
                    for k in &index.keys {
                        let new = !self.known.contains_key(k)
                            && ws.sandboxes.iter().all(|(key, _, _)| key != k);
                        if new {
                            self.pick_up_record(shelf, ws, k, &mut out);
                        }
                    }
                }
                Some(Err(Unreadable::Newer(v))) => self.unreadable(
                    INDEX_KEY,
                    String::new(),
                    Unreadable::Newer(v),
                    &mut out.notes,
                ),
                _ => {}
            },
            Some(k) => {
                if let Some(k) = k.strip_prefix(RECORD_PREFIX) {
                    self.pick_up_record(shelf, ws, k, &mut out);
                }
            }
        }
        out
    }

    /// Takes in another tab's version of the sandbox `key`.
    fn pick_up_record(
        &mut self,
        shelf: &mut dyn Shelf,
        ws: &Workspace,
        key: &str,
        out: &mut Outcome,
    ) {
        let ours = ws
            .sandboxes
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, n, h)| (n.clone(), h.present()));
        let known = self.known.get(key).cloned();
        let open = ws.current.as_deref() == Some(key);
        let text = shelf.get(&record_key(key));
        // What this tab last read or wrote, as it was: nothing to take in.
        if known
            .as_ref()
            .zip(text.as_deref())
            .is_some_and(|(kn, t)| kn.unchanged(t))
        {
            return;
        }
        let print = || Print::of(text.as_deref().unwrap_or_default());
        match (text.as_deref().map(decode_record), known, ours) {
            (Some(Err(e)), _, _) => self.unreadable(
                &record_key(key),
                text.unwrap_or_default(),
                e,
                &mut out.notes,
            ),
            (None, None, _) => {}
            (None, Some(_), None) => {
                self.known.remove(key);
            }
            (None, Some(kn), Some((name, scenario))) => {
                if kn.holds(&name, scenario) {
                    self.known.remove(key);
                    out.actions.push(WorkAction::Gone(key.into()));
                    if open {
                        out.notes.push(Note::Removed(name));
                        let next = ws.sandboxes.iter().find(|(k, _, _)| k != key);
                        self.current = next.map(|(k, _, _)| k.clone());
                    }
                } else {
                    out.notes.push(Note::KeptDeleted(name));
                }
            }
            (Some(Ok(r)), Some(kn), _) if kn.stamped(&r) => {}
            // Deleted here and not yet flushed: the flush sees the change.
            (Some(Ok(_)), Some(_), None) => {}
            (Some(Ok(r)), None, None) => {
                self.known.insert(key.into(), Known::of(&r, print()));
                out.actions.push(WorkAction::Arrived {
                    key: key.into(),
                    name: r.saved.name,
                    scenario: r.saved.scenario,
                    ours_to: None,
                });
            }
            (Some(Ok(r)), known, Some((name, scenario))) => {
                if r.saved.name == name && r.saved.scenario == *scenario {
                    self.known.insert(key.into(), Known::of(&r, print()));
                    return;
                }
                let unsaved = known.as_ref().is_none_or(|kn| !kn.holds(&name, scenario));
                let overwritten = known
                    .as_ref()
                    .is_some_and(|kn| kn.writer == self.tab && r.revision <= kn.revision);
                if unsaved || overwritten {
                    self.fork(shelf, ws, key, &name, scenario, (r, print()), out);
                    return;
                }
                self.known.insert(key.into(), Known::of(&r, print()));
                if open {
                    out.notes.push(Note::Changed(r.saved.name.clone()));
                }
                out.actions.push(WorkAction::Arrived {
                    key: key.into(),
                    name: r.saved.name,
                    scenario: r.saved.scenario,
                    ours_to: None,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::files::storage::{encode, LEGACY_KEY};
    use crate::sandbox::{empty, Edit};

    type Map = BTreeMap<String, String>;

    /// One copy of the app: its workspace and its keeper.
    struct Tab {
        ws: Workspace,
        keeper: Keeper,
        notes: Vec<Note>,
    }

    impl Tab {
        fn open(shelf: &Map, mark: &str) -> Tab {
            let (keeper, store, notes) = Keeper::open(shelf, mark);
            let mut ws = Workspace {
                tab: mark.into(),
                ..Workspace::default()
            };
            ws.apply(WorkAction::Restore(store));
            Tab { ws, keeper, notes }
        }
        fn take(&mut self, out: Outcome) {
            for a in out.actions {
                self.ws.apply(a);
            }
            self.notes.extend(out.notes);
        }
        fn flush(&mut self, shelf: &mut Map) {
            let out = self.keeper.flush(shelf, &self.ws);
            self.take(out);
        }
        /// Another tab changed storage since `before`: the storage events this tab gets.
        fn hear(&mut self, shelf: &mut Map, before: &Map) {
            for k in changes(before, shelf) {
                let out = self.keeper.pick_up(shelf, &self.ws, Some(&k));
                self.take(out);
            }
        }
        fn add(&mut self, id: &str) {
            self.ws.apply(WorkAction::Edit(Edit::AddPerson {
                id: id.into(),
                name: id.into(),
            }));
        }
        fn new_sandbox(&mut self, name: &str) {
            self.ws.apply(WorkAction::New {
                name: name.into(),
                scenario: empty(Date::parse("2014-01-01").unwrap()),
            });
        }
        /// Each sandbox's name and people, in order.
        fn seen(&self) -> Vec<(String, Vec<String>)> {
            let store = self.ws.store();
            let people = |s: &Saved| s.scenario.people.iter().map(|p| p.id.clone()).collect();
            store
                .sandboxes
                .iter()
                .map(|s| (s.name.clone(), people(s)))
                .collect()
        }
    }

    /// The keys whose text differs between two states of storage: the events another tab gets.
    fn changes(before: &Map, after: &Map) -> Vec<String> {
        let mut keys: Vec<String> = before.keys().chain(after.keys()).cloned().collect();
        keys.sort();
        keys.dedup();
        keys.retain(|k| before.get(k) != after.get(k));
        keys
    }

    fn seen(list: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
        let own = |p: &[&str]| p.iter().map(|s| s.to_string()).collect();
        list.iter().map(|(n, p)| (n.to_string(), own(p))).collect()
    }

    #[test]
    fn two_tabs_editing_in_turn_keep_both_people() {
        let mut shelf = Map::new();
        let mut a = Tab::open(&shelf, "a");
        a.new_sandbox("Lesson");
        a.flush(&mut shelf);
        let mut b = Tab::open(&shelf, "b");
        assert_eq!(b.seen(), seen(&[("Lesson", &[])]));
        let before = shelf.clone();
        a.add("ana");
        a.flush(&mut shelf);
        b.hear(&mut shelf, &before);
        assert_eq!(b.seen(), seen(&[("Lesson", &["ana"])]));
        assert_eq!(b.notes, [Note::Changed("Lesson".into())]);
        let before = shelf.clone();
        b.add("ben");
        b.flush(&mut shelf);
        a.hear(&mut shelf, &before);
        assert_eq!(a.seen(), seen(&[("Lesson", &["ana", "ben"])]));
        assert_eq!(Tab::open(&shelf, "c").seen(), a.seen());
    }

    #[test]
    fn two_tabs_changing_one_sandbox_at_once_keep_both_versions() {
        let mut shelf = Map::new();
        let mut a = Tab::open(&shelf, "a");
        a.new_sandbox("Lesson");
        a.flush(&mut shelf);
        let mut b = Tab::open(&shelf, "b");
        a.add("ana");
        b.add("ben");
        let before = shelf.clone();
        a.flush(&mut shelf);
        b.hear(&mut shelf, &before);
        let both = seen(&[("Lesson", &["ana"]), ("Lesson (this tab's copy)", &["ben"])]);
        assert_eq!(b.seen(), both);
        assert_eq!(
            b.ws.open_name(),
            Some("Lesson (this tab's copy)"),
            "b goes on with its own"
        );
        assert!(matches!(&b.notes[..], [Note::Forked { .. }]));
        assert_eq!(Tab::open(&shelf, "c").seen(), both, "both are stored");
        // Had b written first without hearing a (a lost race), a hears it was overwritten.
        let mut shelf = Map::new();
        let mut a = Tab::open(&shelf, "a");
        a.new_sandbox("Lesson");
        a.flush(&mut shelf);
        let mut b = Tab::open(&shelf, "b");
        a.add("ana");
        b.add("ben");
        let start = shelf.clone();
        a.flush(&mut shelf);
        let mut raced = start.clone();
        b.flush(&mut raced);
        a.hear(&mut raced, &shelf);
        assert_eq!(
            Tab::open(&raced, "c").seen(),
            seen(&[("Lesson", &["ben"]), ("Lesson (this tab's copy)", &["ana"])])
        );
    }

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
    fn a_print_tells_any_change_to_the_text_even_of_the_same_length() {
        let text = encode_record(&Record {
            saved: Saved {
                key: "s1".into(),
                name: "Lesson".into(),
                scenario: empty(Date::parse("2014-01-01").unwrap()),
            },
            revision: 3,
            writer: "a".into(),
        });
        let print = Print::of(&text);
        assert!(print.matches(&text.clone()));
        for changed in [
            text.replace("\"revision\":3", "\"revision\":4"),
            text.replace("\"writer\":\"a\"", "\"writer\":\"b\""),
            text.replace("\"people\"", "\"peeple\""),
            text.replace("\"version\":2", "\"version\":3"),
        ] {
            assert_eq!(changed.len(), text.len());
            assert_ne!(changed, text);
            assert!(!print.matches(&changed), "{changed}");
        }
        assert!(!print.matches(&text[1..]));
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

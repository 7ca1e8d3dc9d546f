//! Taking in what another tab wrote, as storage tells of it one key at a time (or all at once
//! when storage was cleared): a new or changed sandbox arrives, a deleted one goes unless this
//! tab changed it, and when both tabs changed one, both versions are kept.

use super::known::{Known, Print};
use super::{Keeper, Note, Outcome};
use crate::files::storage::{
    decode_index, decode_record, record_key, Shelf, Unreadable, INDEX_KEY, RECORD_PREFIX,
};
use crate::sandbox::workspace::{WorkAction, Workspace};

impl Keeper {
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
    use crate::sandbox::keep::tabs::{seen, Map, Tab};
    use crate::sandbox::keep::Note;

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
}

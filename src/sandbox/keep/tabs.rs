//! Tabs for the keeper's tests: a workspace and its keeper over one shared map of storage,
//! and the storage events another tab would hear.

use std::collections::BTreeMap;

use super::{Keeper, Note, Outcome};
use crate::core::date::Date;
use crate::files::storage::Saved;
use crate::sandbox::{empty, Edit, WorkAction, Workspace};

pub(super) type Map = BTreeMap<String, String>;

/// One copy of the app: its workspace and its keeper.
pub(super) struct Tab {
    pub(super) ws: Workspace,
    pub(super) keeper: Keeper,
    pub(super) notes: Vec<Note>,
}

impl Tab {
    pub(super) fn open(shelf: &Map, mark: &str) -> Tab {
        let (keeper, store, notes) = Keeper::open(shelf, mark);
        let mut ws = Workspace {
            tab: mark.into(),
            ..Workspace::default()
        };
        ws.apply(WorkAction::Restore(store));
        Tab { ws, keeper, notes }
    }
    pub(super) fn take(&mut self, out: Outcome) {
        for a in out.actions {
            self.ws.apply(a);
        }
        self.notes.extend(out.notes);
    }
    pub(super) fn flush(&mut self, shelf: &mut Map) {
        let out = self.keeper.flush(shelf, &self.ws);
        self.take(out);
    }
    /// Another tab changed storage since `before`: the storage events this tab gets.
    pub(super) fn hear(&mut self, shelf: &mut Map, before: &Map) {
        for k in changes(before, shelf) {
            let out = self.keeper.pick_up(shelf, &self.ws, Some(&k));
            self.take(out);
        }
    }
    pub(super) fn add(&mut self, id: &str) {
        self.ws.apply(WorkAction::Edit(Edit::AddPerson {
            id: id.into(),
            name: id.into(),
        }));
    }
    pub(super) fn new_sandbox(&mut self, name: &str) {
        self.ws.apply(WorkAction::New {
            name: name.into(),
            scenario: empty(Date::parse("2014-01-01").unwrap()),
        });
    }
    /// Each sandbox's name and people, in order.
    pub(super) fn seen(&self) -> Vec<(String, Vec<String>)> {
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
pub(super) fn changes(before: &Map, after: &Map) -> Vec<String> {
    let mut keys: Vec<String> = before.keys().chain(after.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    keys.retain(|k| before.get(k) != after.get(k));
    keys
}

/// What a tab should see: each sandbox's name and people, in order.
pub(super) fn seen(list: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    let own = |p: &[&str]| p.iter().map(|s| s.to_string()).collect();
    list.iter().map(|(n, p)| (n.to_string(), own(p))).collect()
}

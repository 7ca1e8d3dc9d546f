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
//!
//! `open` reads the store, `flush` writes this tab's changes (and keeps both versions of a
//! sandbox two tabs changed), `pick_up` takes in another tab's; `known` is what a tab remembers
//! of each record (and the print that tells it unchanged), `note` what the reader is told.

mod flush;
mod known;
mod note;
mod open;
mod pick_up;
#[cfg(test)]
mod tabs;

use std::collections::BTreeMap;

use super::workspace::WorkAction;
use crate::files::storage::{Unreadable, INDEX_KEY};
use known::Known;
pub use note::Note;

/// What a flush or a pick-up did: changes for the workspace, and notes for the reader.
#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    /// To dispatch to the workspace, in order.
    pub actions: Vec<WorkAction>,
    /// To tell the reader.
    pub notes: Vec<Note>,
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
}

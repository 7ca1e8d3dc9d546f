//! What a reader is told about their stored sandboxes, and the words of it: damaged records,
//! a store from a newer Spillover, a refused write, and another tab's changes taken in or kept
//! beside this tab's. When to tell it is the keeper's business, and how to show it the page's.

use crate::files::storage::{INDEX_KEY, LEGACY_KEY, VERSION};

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

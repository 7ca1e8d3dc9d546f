//! What a reader is told about their stored sandboxes, and the words of it: damaged records,
//! a store from a newer Spillover, a refused write, and another tab's changes taken in or kept
//! beside this tab's. When to tell it is the keeper's business, and how to show it the page's.

use crate::files::storage::{INDEX_KEY, LEGACY_KEY, VERSION};
use crate::say;

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
            Note::Damaged { key, reason, .. } if key == LEGACY_KEY => {
                say!("storage-damaged-all", reason = reason.as_str())
            }
            Note::Damaged { key, reason, .. } if key == INDEX_KEY => {
                say!("storage-damaged-index", reason = reason.as_str())
            }
            Note::Damaged { reason, .. } => say!("storage-damaged-one", reason = reason.as_str()),
            Note::Newer(v) => say!("storage-newer", version = *v, reads = VERSION),
            Note::Unwritable(message) => message.clone(),
            Note::Changed(name) => say!("storage-changed", name = name.as_str()),
            Note::Forked { name, copy } => {
                say!("storage-forked", name = name.as_str(), copy = copy.as_str())
            }
            Note::Removed(name) => say!("storage-removed", name = name.as_str()),
            Note::KeptDeleted(name) => say!("storage-kept-deleted", name = name.as_str()),
            Note::NotDeleted(name) => say!("storage-not-deleted", name = name.as_str()),
        }
    }
}

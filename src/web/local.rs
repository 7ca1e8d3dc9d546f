//! The sandboxes in the browser's localStorage: reading, writing, and every way that can fail.

use crate::files::storage::{decode, Store, KEY};

/// What storage held when the app opened.
pub enum Stored {
    /// Nothing yet.
    Empty,
    /// The reader's sandboxes.
    Found(Store),
    /// Something that cannot be read: kept as it is, to be offered for download.
    Damaged { text: String, reason: String },
    /// The browser does not let the app keep anything.
    Unavailable,
}

fn storage() -> Option<web_sys::Storage> {
    // Reading `localStorage` itself throws in sandboxed frames and some private windows.
    gloo::utils::window().local_storage().ok().flatten()
}

/// Reads the sandboxes.
pub fn load() -> Stored {
    let Some(storage) = storage() else {
        return Stored::Unavailable;
    };
    match storage.get_item(KEY) {
        Err(_) => Stored::Unavailable,
        Ok(None) => Stored::Empty,
        Ok(Some(text)) => match decode(&text) {
            Ok(store) => Stored::Found(store),
            Err(reason) => Stored::Damaged { text, reason },
        },
    }
}

/// Writes the sandboxes; says why in words when it cannot.
pub fn save(text: &str) -> Result<(), String> {
    let Some(storage) = storage() else {
        return Err("This browser does not let Spillover keep your work (a private window, or a page embedded in another). Save it as a file to keep it.".into());
    };
    storage.set_item(KEY, text).map_err(|_| {
        "Your browser's storage for this site is full, so your latest changes are not kept here. Save your sandbox as a file, or delete sandboxes you no longer need.".to_string()
    })
}

/// Forgets damaged data, after the reader chose to.
pub fn discard() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}

//! The browser's localStorage as a [`Shelf`] for the sandboxes, and every way it can fail; and
//! the copy of "Your data" a reader chose to keep (under `files::mine::kept::KEY`, its own).
//!
//! What to write and when is [`crate::sandbox::Keeper`]'s; this module only reads and writes
//! text, and turns the browser's refusals into words.

use crate::files::storage::{backup as backup_of, Shelf};

/// localStorage, when the browser lets the page use it.
pub struct Local(web_sys::Storage);

/// The page's localStorage; None when the browser keeps nothing for it.
pub fn shelf() -> Option<Local> {
    // Reading `localStorage` itself throws in sandboxed frames and some private windows.
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    // Some browsers hand out a storage that refuses even reads.
    storage.length().ok()?;
    Some(Local(storage))
}

impl Shelf for Local {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, text: &str) -> Result<(), String> {
        self.0.set_item(key, text).map_err(|_| {
            "Your browser's storage for this site is full, so your latest changes are not kept here. Save your sandbox as a file, or delete sandboxes you no longer need.".to_string()
        })
    }

    fn remove(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let n = self.0.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }
}

/// Everything Spillover keeps in this browser, as one file to download; None when nothing is.
pub fn backup() -> Option<String> {
    backup_of(&shelf()?)
}

/// Forgets the text under `key`, after the reader chose to.
pub fn forget(key: &str) {
    if let Some(mut shelf) = shelf() {
        shelf.remove(key);
    }
}

/// The text of the export kept on this device, if the reader kept one.
pub fn kept_export() -> Option<String> {
    shelf()?.get(crate::files::mine::kept::KEY)
}

/// Keeps `text`, the reader's export, on this device: or why it could not be.
pub fn keep_export(text: &str) -> Result<(), String> {
    let Some(mut shelf) = shelf() else {
        return Err(crate::word!("mine-no-storage").into());
    };
    shelf
        .set(crate::files::mine::kept::KEY, text)
        .map_err(|_| crate::word!("mine-storage-full").into())
}

/// Deletes the export kept on this device, if any.
pub fn forget_export() {
    forget(crate::files::mine::kept::KEY);
}

/// A mark for this copy of the app, different in every tab: the writer of what it keeps.
pub fn tab_mark() -> String {
    let n = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    let mut mark = String::new();
    let mut rest = n;
    while rest > 0 || mark.is_empty() {
        let d = (rest % 36) as u32;
        mark.push(char::from_digit(d, 36).unwrap_or('0'));
        rest /= 36;
    }
    mark
}

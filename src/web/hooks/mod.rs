//! The root's custom hooks: the effects and memos of the page, each named for what it keeps in
//! step (the address, the evaluation, the stored sandboxes, play, keys, announcements, the
//! frame's height) and for the graph's gestures. Components call them; none of them draws.

pub mod address;
pub mod announce;
pub mod escape;
pub mod evaluation;
pub mod focus;
pub mod frame;
pub mod gestures;
pub mod import;
pub mod keys;
pub mod layout;
pub mod play;
pub mod sandboxes;
pub mod scale;

use std::rc::Rc;

/// Compares by pointer: two memoised values are the same when they are the same computation.
/// Hooks that depend on a memo depend on it through this, so they rerun exactly when it did.
pub struct Same<T>(pub Rc<T>);

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(self.0.clone())
    }
}

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

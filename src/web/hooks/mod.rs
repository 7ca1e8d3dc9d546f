//! The root's custom hooks: the effects and memos of the page, each named for what it keeps in
//! step (the address, the evaluation, the stored sandboxes, play, keys, announcements, the
//! frame's height) and for the graph's gestures. Components call them; none of them draws.

pub mod address;
pub mod announce;
pub mod escape;
pub mod evaluation;
pub mod focus;
pub mod frame;
pub mod gather;
pub mod gestures;
pub mod import;
pub mod keys;
pub mod layout;
pub mod mine;
pub mod play;
pub mod print;
pub mod sandboxes;
pub mod scale;
pub mod words;

use std::rc::Rc;

use yew::prelude::*;

use crate::sandbox::WorkAction;
use crate::view::page::{Do, Page};
use crate::view::scale::ScaleView;
use crate::view::state::Action;

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

/// The callbacks children send the store's actions by, one of each kind.
#[derive(Clone, PartialEq)]
pub struct Sends {
    /// Any action of the page.
    pub page: Callback<Do>,
    /// An action of the scenarios' view.
    pub view: Callback<Action>,
    /// An action of the sandboxes.
    pub work: Callback<WorkAction>,
    /// A new "At scale" setting.
    pub scale: Callback<ScaleView>,
}

/// The callbacks to send `page`'s actions by: one set for the page's life, so what they reach is
/// not drawn again on every render of the page (a running layout renders a few times a second).
#[hook]
pub fn use_sends(page: &UseReducerHandle<Page>) -> Sends {
    let dispatcher = page.dispatcher();
    let sends = use_memo((), move |_| {
        let page = Callback::from(move |a: Do| dispatcher.dispatch(a));
        Sends {
            view: page.reform(Do::View),
            work: page.reform(Do::from),
            scale: page.reform(Do::Scale),
            page,
        }
    });
    (*sends).clone()
}

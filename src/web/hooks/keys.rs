//! The page's global keys: arrow keys walk the story and Escape closes "why?", wherever focus
//! is, except in controls that use those keys themselves; in the sandbox, Ctrl+Z and Ctrl+Y (or
//! Ctrl+Shift+Z) undo and redo, except in text fields, which keep the browser's own undo.
//!
//! One listener on the document, attached once, calls the handler of the latest render.

use std::rc::Rc;

use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::model::Step;
use crate::sandbox::WorkAction;
use crate::view::page::Do;
pub use crate::view::state::show_step;
use crate::view::state::Action;
use crate::web::browser;

/// What the keys act on.
pub struct Keys {
    /// The story and the scenario's own date, when a scenario is shown.
    pub steps: Option<(Rc<Vec<Step>>, Date)>,
    /// The story step shown.
    pub step: Option<usize>,
    /// Whether the sandbox is shown (undo and redo work).
    pub sandbox: bool,
    /// Whether the story is presented (a clicker's keys move it, Escape leaves).
    pub presenting: bool,
    /// Changes the page (leaves presenting).
    pub on_page: Callback<Do>,
    /// Changes the view.
    pub dispatch: Callback<Action>,
    /// Changes the sandboxes.
    pub on_work: Callback<WorkAction>,
}

/// Listens for the page's global keys.
#[hook]
pub fn use_global_keys(keys: Keys) {
    let on_key = use_mut_ref(Callback::noop);
    *on_key.borrow_mut() = Callback::from(move |e: KeyboardEvent| handle(&keys, &e));
    use_effect_with((), move |_| {
        let listener = browser::events::on_keys(move |e| {
            let handler = on_key.borrow().clone();
            handler.emit(e.clone());
        });
        move || drop(listener)
    });
}

/// Does what key `e` asks for, if anything.
fn handle(keys: &Keys, e: &KeyboardEvent) {
    // Undo and redo in the sandbox; text fields keep the browser's own undo.
    if keys.sandbox
        && (e.ctrl_key() || e.meta_key())
        && !e.alt_key()
        && !browser::dom::focus_in_text()
    {
        let key = e.key().to_ascii_lowercase();
        let action = match (key.as_str(), e.shift_key()) {
            ("z", false) => Some(WorkAction::Undo),
            ("z", true) | ("y", false) => Some(WorkAction::Redo),
            _ => None,
        };
        if let Some(a) = action {
            e.prevent_default();
            keys.on_work.emit(a);
            return;
        }
    }
    if e.alt_key() || e.ctrl_key() || e.meta_key() || browser::dom::focus_in_control() {
        return;
    }
    let in_graph = browser::events::target(e).is_some_and(|el| browser::dom::within(&el, ".graph"));
    let Some((steps, date)) = &keys.steps else {
        return;
    };
    if keys.presenting {
        return presenting(keys, e, steps, *date);
    }
    let wanted = match (e.key().as_str(), keys.step) {
        ("Escape", _) => {
            keys.dispatch.emit(Action::Select(None));
            return;
        }
        _ if in_graph => return,
        ("ArrowRight", Some(i)) => Some(i + 1),
        ("ArrowLeft", Some(i)) => i.checked_sub(1),
        _ => None,
    };
    if let Some(action) = wanted.and_then(|i| show_step(steps, i, *date)) {
        e.prevent_default();
        keys.dispatch.emit(action);
    }
}

/// The keys while the story is presented: →, ↓, Space and Page Down (a clicker's "next") go on,
/// ←, ↑ and Page Up back, Home and End to the ends; Escape leaves. Space on a button presses
/// the button.
fn presenting(keys: &Keys, e: &KeyboardEvent, steps: &[Step], date: Date) {
    let on_button =
        browser::dom::focused().is_some_and(|el| el.tag_name().eq_ignore_ascii_case("button"));
    let i = keys.step.unwrap_or(0);
    let wanted = match e.key().as_str() {
        "Escape" => {
            e.prevent_default();
            keys.on_page.emit(Do::Presenting(false));
            return;
        }
        " " if on_button => return,
        "ArrowRight" | "ArrowDown" | " " | "PageDown" => Some(i + 1),
        "ArrowLeft" | "ArrowUp" | "PageUp" => i.checked_sub(1),
        "Home" => Some(0),
        "End" => steps.len().checked_sub(1),
        _ => return,
    };
    e.prevent_default();
    if let Some(action) = wanted.and_then(|i| show_step(steps, i, date)) {
        keys.dispatch.emit(action);
    }
}

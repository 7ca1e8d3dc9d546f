//! Focus never falls to the page's body. When the element that had focus leaves the page (a
//! removed sandbox row, a sandbox deleted, "why?" closed), focus goes to the nearest place that is
//! still there: for "why?", the node it was about, else the drawing; otherwise the first control
//! of the closest surviving part of the page around the lost element.
//!
//! Components that know a better place (the story, the embed dialog) move focus themselves; this
//! hook runs after them and only acts when focus is on the body. It does not trap focus or move it
//! while it is anywhere on the page.
//!
//! [`use_focus_in_sight`] keeps what has focus out from under the picture pinned while a story is
//! read (WCAG 2.4.11): Shift+Tab back up the page would otherwise land under it.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::web::browser::dom::{self, find, find_all, focused, within};
use crate::web::browser::events::{on_document, target};
use crate::web::browser::time::soon;

/// Where focus was last: the element, its parents from the nearest up (a removed element
/// loses them), and, if it was in "why?", the node "why?" was about.
#[derive(Default)]
struct Last {
    element: Option<Element>,
    parents: Vec<Element>,
    node: Option<String>,
}

/// What may take focus, in the order a reader would Tab to it.
const FOCUSABLE: &str =
    "button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), \
    textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// Watches focus and, after every render of the caller, puts it back on the page if it fell off.
#[hook]
pub fn use_focus_rescue() {
    let last = use_mut_ref(Last::default);
    {
        let last = last.clone();
        use_effect_with((), move |_| {
            let listener = on_document("focusin", move |e| {
                let Some(el) = target(e) else {
                    return;
                };
                let mut last = last.borrow_mut();
                if !within(&el, ".why") {
                    last.node = None;
                } else if let Some(pressed) = find(".graph [data-id][aria-pressed='true']") {
                    last.node = pressed.get_attribute("data-id");
                }
                last.parents =
                    std::iter::successors(el.parent_element(), |p| p.parent_element()).collect();
                last.element = Some(el);
            });
            move || drop(listener)
        });
    }
    // After every render: components' own effects have run; a timeout lets theirs settle too.
    use_effect(move || {
        let last = last.clone();
        soon(move || rescue(&last));
        || ()
    });
}

/// After each move of focus, scrolls the page so the focused element is not under the pinned
/// picture of a story being read (on a phone it is pinned above the words).
#[hook]
pub fn use_focus_in_sight() {
    use_effect_with((), move |_| {
        let listener = on_document("focusin", move |e| {
            let Some(el) = target(e) else {
                return;
            };
            // After the browser's own scrolling to the element.
            soon(move || {
                if let Some(view) = find(".reading.in-story .view") {
                    dom::out_from_under(&el, &view);
                }
            });
        });
        move || drop(listener)
    });
}

/// Focuses the best place left if focus is on the body and the element that had it is gone.
fn rescue(last: &Rc<RefCell<Last>>) {
    let on_body = focused().is_none();
    let last = last.borrow();
    if !on_body || last.element.as_ref().is_none_or(|e| e.is_connected()) {
        return;
    }
    let node = last.node.as_ref().and_then(|id| graph_node(id));
    let target = node.or_else(|| nearest(&last.parents));
    // Focusing fires `focusin`, whose listener writes `last`.
    drop(last);
    if let Some(t) = target {
        dom::focus(&t);
    }
}

/// The node with id `id` on the drawing, or the drawing itself.
fn graph_node(id: &str) -> Option<Element> {
    find_all(".graph .node[data-id]")
        .into_iter()
        .find(|n| n.get_attribute("data-id").as_deref() == Some(id))
        .or_else(|| find(".graph [tabindex='0']"))
}

/// The first control in the closest part of the page around the lost element, of its
/// `parents` (nearest first), that is still there.
fn nearest(parents: &[Element]) -> Option<Element> {
    parents
        .iter()
        .filter(|p| p.is_connected())
        .find_map(|p| p.query_selector(FOCUSABLE).ok().flatten())
}

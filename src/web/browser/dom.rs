//! The page's elements as the app reaches them outside Yew: where focus is, an element found
//! by id or selector, focus moved and the page scrolled, and what the reader asked of their
//! system (less motion).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Whether the reader asked their system for less motion.
pub fn prefers_reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Whether keyboard focus is in a field where text is typed, which has its own undo.
pub fn focus_in_text() -> bool {
    gloo::utils::document().active_element().is_some_and(|e| {
        let tag = e.tag_name().to_ascii_lowercase();
        tag == "textarea"
            || (tag == "input"
                && matches!(
                    e.get_attribute("type").as_deref(),
                    None | Some("text") | Some("number") | Some("date")
                ))
    })
}

/// Whether keyboard focus is in a control that uses arrow keys itself.
pub fn focus_in_control() -> bool {
    gloo::utils::document()
        .active_element()
        .map(|e| {
            matches!(
                e.tag_name().to_ascii_lowercase().as_str(),
                "input" | "select" | "textarea"
            )
        })
        .unwrap_or(false)
}

/// Scrolls the element with this id into view and gives it focus (it takes focus by
/// `tabindex="-1"`), so keyboard and screen reader users land where the eye does.
pub fn bring_into_view(id: &str) {
    let Some(el) = gloo::utils::document().get_element_by_id(id) else {
        return;
    };
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        // Focus lost is only a worse place to continue from; nothing to report.
        let _ = el.focus();
    }
}

/// The element that has focus, if any besides the page's body.
pub fn focused() -> Option<Element> {
    let document = gloo::utils::document();
    document.active_element().filter(|a| {
        document
            .body()
            .is_none_or(|b| *a != *b.unchecked_ref::<Element>())
    })
}

/// The first element `selector` finds on the page.
pub fn find(selector: &str) -> Option<Element> {
    gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten()
}

/// Every element `selector` finds on the page, in order.
pub fn find_all(selector: &str) -> Vec<Element> {
    let Ok(nodes) = gloo::utils::document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Gives `el` focus (SVG elements focus as HTML ones do: `focus` is looked up on the object).
pub fn focus(el: &Element) {
    // Focus lost is only a worse place to continue from; nothing to report.
    let _ = el.unchecked_ref::<HtmlElement>().focus();
}

/// Gives the element with this id focus, if it is there.
pub fn focus_id(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        focus(&el);
    }
}

/// Scrolls the element `selector` finds into view, without touching focus or the address.
pub fn scroll_to(selector: &str) {
    if let Some(el) = find(selector) {
        el.scroll_into_view();
    }
}

/// Whether `el` sits inside an element `selector` finds (or is one).
pub fn within(el: &Element, selector: &str) -> bool {
    el.closest(selector).ok().flatten().is_some()
}

/// The element with this id, emptied of what it held (the still first screen the app takes
/// the place of), if it is there.
pub fn emptied(id: &str) -> Option<Element> {
    let root = gloo::utils::document().get_element_by_id(id)?;
    root.set_inner_html("");
    Some(root)
}

/// The id (`data-id`) of the person or company drawn at a client position, if any.
pub fn node_at(x: f64, y: f64) -> Option<String> {
    gloo::utils::document()
        .element_from_point(x as f32, y as f32)
        .and_then(|el| el.closest("[data-id]").ok().flatten())
        .and_then(|el| el.get_attribute("data-id"))
}

/// Whether the page was opened from a file on disk rather than from a site.
pub fn from_disk() -> bool {
    gloo::utils::window()
        .location()
        .protocol()
        .is_ok_and(|p| p == "file:")
}

/// Whether `el`, which has focus, lies under the picture pinned at the top while a story is
/// read (`view`, when it is pinned): then the page scrolls it into sight below the picture.
pub fn out_from_under(el: &Element, view: &Element) {
    let window = gloo::utils::window();
    if view.contains(Some(el)) || !el.is_connected() {
        return;
    }
    let sticky = window
        .get_computed_style(view)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("position").ok())
        .is_some_and(|p| p == "sticky");
    let (v, t) = (
        view.get_bounding_client_rect(),
        el.get_bounding_client_rect(),
    );
    let under = t.top() < v.bottom()
        && t.bottom() > v.top()
        && t.left() < v.right()
        && t.right() > v.left();
    if sticky && under {
        window.scroll_by_with_x_and_y(0.0, t.top() - v.bottom() - 12.0);
    }
}

/// Scrolls the page so that `head` (a story step's number and title) stands just below the
/// picture pinned at the top (`pinned`, when it is pinned above it; else the window's top), with
/// `room` pixels under it for the step's first line. Nothing moves when all that is in sight.
pub fn below_pinned(head: &Element, pinned: Option<&Element>, room: f64) {
    let window = gloo::utils::window();
    if !head.is_connected() {
        return;
    }
    let t = head.get_bounding_client_rect();
    // The pinned picture counts only where it is pinned and above the words (a phone's column);
    // on a laptop it stands beside them.
    let top = pinned
        .filter(|view| {
            window
                .get_computed_style(view)
                .ok()
                .flatten()
                .and_then(|s| s.get_property_value("position").ok())
                .is_some_and(|p| p == "sticky")
        })
        .map(|view| view.get_bounding_client_rect())
        .filter(|v| v.left() < t.right() && t.left() < v.right())
        .map_or(0.0, |v| v.bottom().max(0.0));
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if t.top() >= top && t.bottom() + room <= height {
        return;
    }
    window.scroll_by_with_x_and_y(0.0, t.top() - top - 8.0);
}

/// Gives focus back to `to` (what had it when a panel opened) as the panel, found by
/// `selector`, goes, if focus is in it (or already fell to the page's body); focus the reader
/// has put elsewhere stays there. Called while the panel is taken away, before the page's
/// rescue of lost focus looks for a place.
pub fn give_back(to: Option<Element>, selector: &'static str) {
    let Some(to) = to.filter(|t| t.is_connected() && !within(t, selector)) else {
        return;
    };
    if focused().is_none_or(|a| !a.is_connected() || within(&a, selector)) {
        focus(&to);
    }
}

/// Scrolls the page so the person or company selected on the graph stands above `sheet` ("why?"
/// laid over the lower half of a phone's screen), when the sheet is fixed there and covers it.
pub fn selected_above(sheet: &Element) {
    let window = gloo::utils::window();
    let fixed = window
        .get_computed_style(sheet)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("position").ok())
        .is_some_and(|p| p == "fixed");
    let Some(node) = find(".graph [data-id][aria-pressed='true']").filter(|_| fixed) else {
        return;
    };
    let (n, s) = (
        node.get_bounding_client_rect(),
        sheet.get_bounding_client_rect(),
    );
    if n.bottom() > s.top() {
        window.scroll_by_with_x_and_y(0.0, n.bottom() - s.top() + 12.0);
    }
}

/// Whether the page is as narrow as a phone's (600 CSS pixels or less: the style sheet's own
/// line between a phone's layout and a wider one).
pub fn narrow() -> bool {
    gloo::utils::window()
        .match_media("(max-width: 600px)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

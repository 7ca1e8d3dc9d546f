//! Everything the app asks of the browser itself, and nothing else: the rest of the web layer
//! is Yew components and hooks that call these functions, never the browser's own API
//! (`tests/core/tidy.rs` holds them to it). Here: the address (hash, query, theme) and the
//! frame's height to a host page; in the modules, the clock and what is put off ([`time`]),
//! events ([`events`]), the page's elements and focus ([`dom`]), files, downloads and the
//! clipboard ([`files`]), localStorage ([`storage`]), the big network's canvas ([`canvas`]),
//! the first paint ([`paint`]) and the panel after a panic ([`crash`]).

pub mod canvas;
pub mod crash;
pub mod dom;
pub mod events;
pub mod files;
pub mod paint;
pub mod storage;
pub mod time;
pub mod words;

use wasm_bindgen::JsValue;

use crate::view::route::Theme;

/// The current hash, with its `#`, or empty.
pub fn hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Replaces the hash without adding a history entry or reloading.
pub fn set_hash(hash: &str) {
    if self::hash() == hash {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Whether the page's query string (`?…`) holds `key`, as `key` or `key=…`.
pub fn query_has(key: &str) -> bool {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == key || p.split_once('=').is_some_and(|(k, v)| k == key && v != "0"))
}

/// Forces the light or dark theme, or follows the system, by a class on `<html>`.
pub fn set_theme(theme: Theme) {
    if let Some(root) = gloo::utils::document().document_element() {
        // The class forces a theme; following the system needs none.
        let class = match theme {
            Theme::Auto => "",
            forced => forced.as_str(),
        };
        if root.class_name() != class {
            root.set_class_name(class);
        }
    }
}

/// Opens the browser's print dialog (the page's print style sheet makes a story a handout).
pub fn print() {
    // A browser that cannot print says so itself; there is nothing to add.
    let _ = gloo::utils::window().print();
}

/// The page's address without its hash and query, and without a trailing `index.html`.
pub fn base_address() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let path = path.strip_suffix("index.html").unwrap_or(&path).to_string();
    format!("{origin}{path}")
}

/// Tells the embedding page how tall this page is: in Spillover's own message, and in the
/// Datawrapper-style message many publishing systems already listen for.
pub fn post_height() {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    // The body's own box, not the document's scroll height: the latter is never less than
    // the frame, so a frame could grow but never shrink back.
    let height = gloo::utils::body()
        .get_bounding_client_rect()
        .height()
        .ceil() as i32;
    let ours = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ours, &"type".into(), &"spillover:height".into());
    let _ = js_sys::Reflect::set(&ours, &"height".into(), &height.into());
    let _ = parent.post_message(&ours, "*");
    let theirs = js_sys::Object::new();
    let inner = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&inner, &"spillover".into(), &height.into());
    let _ = js_sys::Reflect::set(&theirs, &"datawrapper-height".into(), &inner);
    let _ = parent.post_message(&theirs, "*");
}

/// The height a frame of this app inside `frame` asks for in `event`, as `static/embed.js`
/// reads it: only from this page's own origin and from that frame.
pub fn frame_height(
    event: &web_sys::MessageEvent,
    frame: &web_sys::HtmlIFrameElement,
) -> Option<u32> {
    let own = gloo::utils::window().location().origin().ok()?;
    if event.origin() != own {
        return None;
    }
    let from = event.source()?;
    let inner = frame.content_window()?;
    if !js_sys::Object::is(&from, &inner) {
        return None;
    }
    let data = event.data();
    let kind = js_sys::Reflect::get(&data, &"type".into())
        .ok()?
        .as_string()?;
    let height = js_sys::Reflect::get(&data, &"height".into())
        .ok()?
        .as_f64()?;
    (kind == "spillover:height" && (50.0..=20_000.0).contains(&height))
        .then(|| height.ceil() as u32)
}

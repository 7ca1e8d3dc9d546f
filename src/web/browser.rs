//! The few things the app asks of the browser directly: the URL's hash and the reader's
//! motion preference. Everything else goes through Yew.

use wasm_bindgen::{JsCast, JsValue};

use crate::route::Theme;

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

/// Whether the reader asked their system for less motion.
pub fn prefers_reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
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
        let class = match theme {
            Theme::Auto => "",
            Theme::Light => "light",
            Theme::Dark => "dark",
        };
        if root.class_name() != class {
            root.set_class_name(class);
        }
    }
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

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    match write.call1(&clipboard, &text.into()) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

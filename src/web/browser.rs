//! The few things the app asks of the browser directly: the URL's hash and the reader's
//! motion preference. Everything else goes through Yew.

use wasm_bindgen::JsValue;

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

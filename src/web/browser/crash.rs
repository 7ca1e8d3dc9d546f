//! What the reader sees when Spillover fails: a panel that says so, a way to reload, and a way to
//! take their sandboxes with them.
//!
//! Release builds abort on a panic (`panic = "abort"`): after the panic hook the WebAssembly
//! instance is dead and no Rust code runs again. So the hook builds the panel with plain DOM calls
//! and wires it with plain JavaScript functions (a bound `location.reload`, a `blob:` link made
//! before the abort), which keep working without the app. It leaves out any attempt to recover:
//! the page's state after a panic cannot be trusted, and the sandboxes are safe in storage.

use std::panic::PanicHookInfo;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The event a test dispatches on `window` to make the app panic, so that the panel can be
/// tested in the release build. Only the page's own scripts can dispatch it.
pub const TEST_EVENT: &str = "spillover-test-panic";

/// Installs the panic hook, and the listener for [`TEST_EVENT`].
pub fn install() {
    // Through Yew, which otherwise puts its own hook in place when it starts rendering.
    yew::set_custom_panic_hook(Box::new(|info| {
        let what = describe(info);
        web_sys::console::error_1(&JsValue::from_str(&format!("Spillover stopped: {what}")));
        // Nothing here may panic again: a failure to draw the panel is only logged.
        if show_panel(&what).is_err() {
            web_sys::console::error_1(&JsValue::from_str("…and could not show its panel."));
        }
    }));
    let on_test = Closure::<dyn Fn()>::new(|| panic!("a panic forced by a test"));
    let _ = gloo::utils::window()
        .add_event_listener_with_callback(TEST_EVENT, on_test.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_test.forget();
}

fn describe(info: &PanicHookInfo<'_>) -> String {
    let payload = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unexpected error".to_string());
    match info.location() {
        Some(at) => format!("{payload} (at {}:{})", at.file(), at.line()),
        None => payload,
    }
}

fn show_panel(what: &str) -> Result<(), JsValue> {
    let window = gloo::utils::window();
    let document = gloo::utils::document();
    let body = document.body().ok_or("no body")?;
    if document.get_element_by_id("crash").is_some() {
        return Ok(());
    }
    // The app underneath no longer answers: take it out of reach of the keyboard and readers.
    if let Some(app) = document.get_element_by_id("app") {
        app.set_attribute("inert", "")?;
        app.set_attribute("aria-hidden", "true")?;
    }
    let element = |tag: &str, text: &str| -> Result<web_sys::Element, JsValue> {
        let e = document.create_element(tag)?;
        e.set_text_content(Some(text));
        Ok(e)
    };

    let panel = document.create_element("div")?;
    panel.set_id("crash");
    panel.set_class_name("crash");
    panel.set_attribute("role", "alertdialog")?;
    panel.set_attribute("aria-modal", "true")?;
    panel.set_attribute("aria-labelledby", "crash-title")?;
    panel.set_attribute("aria-describedby", "crash-text")?;
    let title = element("h2", "Spillover stopped")?;
    title.set_id("crash-title");
    panel.append_child(&title)?;
    let text = element(
        "p",
        "Something went wrong inside Spillover, and it had to stop. Nothing was sent anywhere. \
         Your sandboxes are still kept in this browser: reload the page to carry on, or download \
         them first to be safe.",
    )?;
    text.set_id("crash-text");
    panel.append_child(&text)?;

    let actions = document.create_element("p")?;
    actions.set_class_name("crash-actions");
    let reload = element("button", "Reload the page")?;
    reload.set_attribute("type", "button")?;
    // A bound browser function, not a Rust closure: it must work after the abort.
    let location: JsValue = window.location().into();
    let reload_fn = js_sys::Reflect::get(&location, &JsValue::from_str("reload"))?
        .dyn_into::<js_sys::Function>()?
        .bind0(&location);
    reload.add_event_listener_with_callback("click", &reload_fn)?;
    actions.append_child(&reload)?;
    match stored_sandboxes() {
        Some(text) => {
            let link = element("a", "Download my sandboxes")?;
            let parts = js_sys::Array::of1(&JsValue::from_str(&text));
            let options = web_sys::BlobPropertyBag::new();
            options.set_type("application/json");
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
            link.set_attribute("href", &web_sys::Url::create_object_url_with_blob(&blob)?)?;
            link.set_attribute("download", "spillover-sandboxes.json")?;
            actions.append_child(&link)?;
        }
        None => {
            let none = element(
                "span",
                "No sandboxes are kept in this browser, so there is nothing to download.",
            )?;
            actions.append_child(&none)?;
        }
    }
    panel.append_child(&actions)?;

    let details = document.create_element("details")?;
    let summary = element("summary", "What happened, for a bug report")?;
    details.append_child(&summary)?;
    let report = element("pre", what)?;
    details.append_child(&report)?;
    panel.append_child(&details)?;

    body.append_child(&panel)?;
    if let Some(button) = reload.dyn_ref::<web_sys::HtmlElement>() {
        button.focus()?;
    }
    Ok(())
}

/// Everything kept in localStorage for the sandboxes, if anything is.
fn stored_sandboxes() -> Option<String> {
    super::storage::backup()
}

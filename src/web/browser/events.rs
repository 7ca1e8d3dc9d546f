//! Listening to the browser: the window's and the document's events, keys wherever focus is,
//! and what an event carries that Yew does not read (a storage event's key, whether a page came
//! back from the back-forward cache). A [`Listener`] listens until dropped.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, KeyboardEvent, MessageEvent, WheelEvent};

/// Listens until dropped.
pub struct Listener(#[allow(dead_code)] EventListener);

/// Calls `f` with each `event` on the window (`hashchange`, `resize`, `storage`, `pagehide`,
/// `pageshow`, `message`).
pub fn on_window(event: &'static str, f: impl FnMut(&Event) + 'static) -> Listener {
    Listener(EventListener::new(&gloo::utils::window(), event, f))
}

/// Calls `f` with each `event` on the document (`visibilitychange`, `focusin`).
pub fn on_document(event: &'static str, f: impl FnMut(&Event) + 'static) -> Listener {
    Listener(EventListener::new(&gloo::utils::document(), event, f))
}

/// Calls `f` with each key pressed anywhere on the page; `f` may prevent the browser's own use
/// of the key.
pub fn on_keys(mut f: impl FnMut(&KeyboardEvent) + 'static) -> Listener {
    let options = EventListenerOptions::enable_prevent_default();
    Listener(EventListener::new_with_options(
        &gloo::utils::document(),
        "keydown",
        options,
        move |e| {
            if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                f(e);
            }
        },
    ))
}

/// Calls `f` with each turn of the wheel over `element`; `f` may keep the page from scrolling.
pub fn on_wheel(element: &Element, mut f: impl FnMut(&WheelEvent) + 'static) -> Listener {
    Listener(EventListener::new_with_options(
        element,
        "wheel",
        EventListenerOptions::enable_prevent_default(),
        move |e| {
            if let Some(e) = e.dyn_ref::<WheelEvent>() {
                f(e);
            }
        },
    ))
}

/// Calls `f` with each message posted to the window.
pub fn on_message(mut f: impl FnMut(&MessageEvent) + 'static) -> Listener {
    Listener(EventListener::new(
        &gloo::utils::window(),
        "message",
        move |e| {
            if let Some(e) = e.dyn_ref::<MessageEvent>() {
                f(e);
            }
        },
    ))
}

/// Whether the page is printed now: print media apply (the browser's print, or print media
/// emulated).
pub fn printing() -> bool {
    print_media().is_some_and(|m| m.matches())
}

fn print_media() -> Option<web_sys::MediaQueryList> {
    gloo::utils::window().match_media("print").ok().flatten()
}

/// Calls `f` with whether the page is printed, each time that may have changed: before and
/// after the browser prints, and when print media start or stop applying.
pub fn on_print(f: impl Fn(bool) + 'static) -> Vec<Listener> {
    let f = std::rc::Rc::new(f);
    let (before, after, media) = (f.clone(), f.clone(), f);
    let mut listeners = vec![
        on_window("beforeprint", move |_| before(true)),
        on_window("afterprint", move |_| after(printing())),
    ];
    if let Some(m) = print_media() {
        listeners.push(Listener(EventListener::new(&m, "change", move |_| {
            media(printing())
        })));
    }
    listeners
}

/// The element an event happened on, if it was an element.
pub fn target(e: &Event) -> Option<Element> {
    e.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// A `storage` event's key (None when storage was cleared).
pub fn storage_key(e: &Event) -> Option<String> {
    js_sys::Reflect::get(e, &JsValue::from_str("key"))
        .ok()
        .and_then(|k| k.as_string())
}

/// Whether a `pageshow` event brought the page back from the back-forward cache.
pub fn persisted(e: &Event) -> bool {
    js_sys::Reflect::get(e, &JsValue::from_str("persisted"))
        .ok()
        .and_then(|p| p.as_bool())
        == Some(true)
}

/// Whether the page is hidden (another tab in front, the window minimised, the page closing),
/// by its visibility state (the standard's word; `document.hidden` is its older alias).
pub fn hidden() -> bool {
    js_sys::Reflect::get(
        &gloo::utils::document(),
        &JsValue::from_str("visibilityState"),
    )
    .ok()
    .and_then(|v| v.as_string())
    .is_some_and(|v| v == "hidden")
}

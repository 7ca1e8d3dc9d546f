//! Escape anywhere on the page dismisses what pointing showed (WCAG 1.4.13: content shown on
//! hover can be dismissed without moving the pointer or the focus).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// Calls `dismiss` whenever Escape is pressed anywhere on the page.
#[hook]
pub fn use_escape(dismiss: Callback<()>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::document(), "keydown", move |e| {
            if e.dyn_ref::<KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape")
            {
                dismiss.emit(());
            }
        });
        move || drop(listener)
    });
}

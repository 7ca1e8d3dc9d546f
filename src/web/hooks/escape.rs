//! Escape anywhere on the page dismisses what pointing showed (WCAG 1.4.13: content shown on
//! hover can be dismissed without moving the pointer or the focus).

use yew::prelude::*;

use crate::web::browser::events::on_keys;

/// Calls `dismiss` whenever Escape is pressed anywhere on the page.
#[hook]
pub fn use_escape(dismiss: Callback<()>) {
    use_effect_with((), move |_| {
        let listener = on_keys(move |k| {
            if k.key() == "Escape" {
                dismiss.emit(());
            }
        });
        move || drop(listener)
    });
}

//! Inside a frame, the page tells the host page its height after every render and on resize,
//! so an embedding article can size the frame (see `static/embed.js`).

use yew::prelude::*;

use crate::web::browser;

/// Posts the page's height to the host page after every render and on resize.
#[hook]
pub fn use_frame_height() {
    use_effect(|| {
        browser::post_height();
    });
    use_effect_with((), |_| {
        let listener = browser::events::on_window("resize", |_| browser::post_height());
        move || drop(listener)
    });
}

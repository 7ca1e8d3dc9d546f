//! The browser layer: Yew components that show the core's results and send [`Action`]s.
//!
//! Nothing here computes exposure, layout or words; it maps the core's results (a [`Scene`],
//! figures, rows, "why?" texts) to HTML and SVG. `app` is the root: one reducer holds the
//! [`State`], and children get data and callbacks. `hooks` hold the memos and effects (the
//! evaluation pipeline, the address, stored sandboxes, play, keys, announcements, the graph's
//! gestures); `components` draw. `browser` and `local` are the only glue to browser APIs
//! that Yew does not wrap (the hash, downloads, localStorage).
//!
//! [`Action`]: crate::view::state::Action
//! [`State`]: crate::view::state::State
//! [`Scene`]: crate::present::scene::Scene

use crate::catalogue::{self, Lang};

mod app;
pub mod browser;
mod components;
mod hooks;

/// Mounts the app on the element `#app`, replacing what the HTML holds there (the still first
/// screen, `present::first_screen`) in one step, so the two are never shown together; and only
/// once the browser has painted that still copy ([`paint::after_first_paint`]).
///
/// A reader who opens the page in a language whose words are not embedded (German, say) reads
/// the still page until those words are at hand (from the page itself, else fetched), and the
/// app's first render already speaks it: never English first, then the language.
pub fn start() {
    let lang = opening_language();
    if catalogue::has(lang) {
        return browser::paint::after_first_paint(mount);
    }
    browser::time::spawn(async move {
        // Words that cannot be had leave English, which the page then says it kept.
        hooks::words::get(lang).await;
        browser::paint::after_first_paint(mount);
    });
}

/// The language the page opens in: the address's (`lang=de`), else the page's default.
fn opening_language() -> Lang {
    let (_, named, _) = crate::view::route::take_lang(&browser::hash());
    named.unwrap_or_else(hooks::words::default_language)
}

fn mount() {
    match browser::dom::emptied("app") {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}

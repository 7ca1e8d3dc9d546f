//! The page's address: read into the store when the page opens and whenever the reader changes
//! it, and written from the store after every change. The address is derived from the store
//! ([`Page::address`]), never kept beside it.
//!
//! Reading and writing are [`crate::view::page::read_address`] and [`Page::address`]; this
//! module only connects them to the browser's hash.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::core::model::Scenario;
use crate::view::page::{Do, Location, Page};
use crate::web::browser;
use crate::web::browser::events::{hidden, on_document, on_window};
use crate::web::browser::time::{after_paint, now, AfterPaint, Timer};

/// The page's address now.
pub fn current() -> Location {
    Location {
        hash: browser::hash(),
        embed: browser::query_has("embed"),
    }
}

/// Follows the address when the reader changes it, and writes the address of `page` (its ids
/// resolved in `scenario`, the scenario shown, when one is) after every change, with its colour
/// theme.
///
/// The browser takes milliseconds to replace the address (tens for a scenario in the link) and
/// then reads the page's icon again, which a move of the date should not wait for. So a change
/// is written just after it is painted, and changes in quick succession (moving the date, a
/// played story) at most once every [`ADDRESS_PAUSE_MS`], the last one always. A change still
/// waiting is written when the page is hidden or left.
#[hook]
pub fn use_address(page: &Page, send: &Callback<Do>, scenario: Option<Rc<Scenario>>) {
    {
        let send = send.clone();
        use_effect_with((), move |_| {
            let listener = on_window("hashchange", move |_| send.emit(Do::Address(current())));
            move || drop(listener)
        });
    }
    let waiting = use_mut_ref(Waiting::default);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            let write_now = move |_: &Event| Waiting::write(&waiting);
            let listeners = [
                on_window("pagehide", write_now.clone()),
                on_document("visibilitychange", write_now),
            ];
            move || drop(listeners)
        });
    }
    // The address is formatted once per change of what it says, not on every render.
    let address = {
        // "Your data"'s view, never its export: the address holds nothing of it.
        let key = (
            page.view.clone(),
            page.scale.clone(),
            page.mine.clone(),
            scenario.map(Same),
            page.language,
        );
        use_memo(key, |(view, scale, mine, scenario, language)| {
            let page = Page {
                view: view.clone(),
                scale: scale.clone(),
                mine: mine.clone(),
                language: *language,
                ..Page::default()
            };
            (page.address(scenario.as_ref().map(|s| &*s.0)), page.theme())
        })
    };
    use_effect_with(address, move |address| {
        let (hash, theme) = &**address;
        browser::set_theme(*theme);
        let Some(hash) = hash.clone() else { return };
        let since = now() - waiting.borrow().last;
        let later = waiting.clone();
        let mut w = waiting.borrow_mut();
        w.hash = Some(hash);
        if hidden() {
            // A hidden page paints no frames: written at once.
            (w.frame, w.timer) = (None, None);
            drop(w);
            Waiting::write(&waiting);
        } else if since >= f64::from(ADDRESS_PAUSE_MS) {
            w.timer = None;
            w.frame = Some(after_paint(move || Waiting::write(&later)));
        } else {
            w.frame = None;
            let wait = (f64::from(ADDRESS_PAUSE_MS) - since).ceil() as u32;
            w.timer = Some(Timer::after(wait, move || Waiting::write(&later)));
        }
    });
}

/// The least time between two writes of the address while the view keeps changing, in
/// milliseconds.
pub const ADDRESS_PAUSE_MS: u32 = 300;

/// The address waiting to be written, what will write it (kept until the next change, so
/// neither is dropped while it runs), and when the address was last written.
#[derive(Default)]
struct Waiting {
    hash: Option<String>,
    frame: Option<AfterPaint>,
    timer: Option<Timer>,
    last: f64,
}

impl Waiting {
    /// Writes the address waiting, if any.
    fn write(waiting: &Rc<RefCell<Waiting>>) {
        let hash = waiting.borrow_mut().hash.take();
        if let Some(hash) = hash {
            browser::set_hash(&hash);
            waiting.borrow_mut().last = now();
        }
    }
}

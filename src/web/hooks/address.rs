//! The view state and the page's address: the state opens as the address asks, follows it when
//! the reader edits it, and writes itself back after every change.
//!
//! The reading and writing are [`crate::view::route`] and [`State::from_route`]; this module
//! only connects them to the browser's hash and the one reducer that holds the [`State`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::core::engine::Engine;
use crate::core::model::Scenario;
use crate::files::builtin::BUILTINS;
use crate::files::scenario::parse;
use crate::view::state::{Action, State};
use crate::view::{route, scale};
use crate::web::browser;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// The view state, and notes on what the address asked for that could not be used.
pub struct ViewState {
    /// The one reducer of the page.
    pub state: UseReducerHandle<State>,
    /// Notes on the parts of the link that could not be used, shown until dismissed.
    pub notes: UseStateHandle<Vec<String>>,
}

/// The state the page's address asks for, and notes on what it could not use.
fn from_address() -> (State, Vec<String>) {
    let parsed: Vec<Option<Scenario>> = BUILTINS.iter().map(|b| parse(b.json).ok()).collect();
    // The "At scale" view keeps its own hash (`web::hooks::scale`); the scenarios' state opens
    // at its default beside it.
    let hash = Some(browser::hash())
        .filter(|h| !scale::is_scale(h))
        .unwrap_or_default();
    let (mut r, mut notes) = route::parse(&hash, |i| {
        parsed
            .get(i)
            .and_then(|s| s.as_ref())
            .map_or(0, |s| s.steps.len())
    });
    // `?embed=1` in the query works too, for hosts that cannot put a hash in an iframe's address.
    if r.embed.is_none() && browser::query_has("embed") {
        r.embed = Some(route::Controls::Story);
    }
    let state = match parsed.get(r.scenario) {
        Some(Some(s)) => State::from_route(&r, s, &mut notes),
        _ => State::opening(r.scenario),
    };
    (state, notes)
}

/// The view state as the address asks, restored again whenever the reader changes the hash.
#[hook]
pub fn use_view_state() -> ViewState {
    let initial = use_memo((), |_| from_address());
    let state = {
        let initial = initial.clone();
        use_reducer(move || initial.0.clone())
    };
    let notes = use_state(|| initial.1.clone());
    {
        let (state, notes) = (state.clone(), notes.clone());
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                if scale::is_scale(&browser::hash()) {
                    return;
                }
                let (next, new_notes) = from_address();
                state.dispatch(Action::Restore(Box::new(next)));
                notes.set(new_notes);
            });
            move || drop(listener)
        });
    }
    ViewState { state, notes }
}

/// Writes `state` into the address (its ids resolved in the scenario of `engine`, when one
/// could be read) and sets the colour theme, after every change of the state, while the
/// scenarios are `shown` (not the "At scale" view, which writes its own).
///
/// The browser takes milliseconds to replace the address (tens for a scenario in the link) and
/// then reads the page's icon again, which a move of the date should not wait for. So a change
/// is written just after it is painted, and changes in quick succession (moving the date, a
/// played story) at most once every [`ADDRESS_PAUSE_MS`], the last one always. A change still
/// waiting is written when the page is hidden or left.
#[hook]
pub fn use_address_sync(state: &State, engine: Option<Rc<Engine>>, shown: bool) {
    let waiting = use_mut_ref(Waiting::default);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            let write_now = move |_: &Event| Waiting::write(&waiting);
            let window = gloo::utils::window();
            let listeners = [
                EventListener::new(&window, "pagehide", write_now.clone()),
                EventListener::new(&gloo::utils::document(), "visibilitychange", write_now),
            ];
            move || drop(listeners)
        });
    }
    use_effect_with((state.clone(), shown), move |(state, shown)| {
        if !*shown {
            let mut w = waiting.borrow_mut();
            (w.hash, w.frame, w.timer) = (None, None, None);
            return;
        }
        browser::set_theme(state.theme);
        let Some(engine) = engine else { return };
        let hash = route::format(&state.route(engine.scenario()));
        let since = now() - waiting.borrow().last;
        let later = waiting.clone();
        let mut w = waiting.borrow_mut();
        w.hash = Some(hash);
        if gloo::utils::document().hidden() {
            // A hidden page paints no frames: written at once.
            (w.frame, w.timer) = (None, None);
            drop(w);
            Waiting::write(&waiting);
        } else if since >= f64::from(ADDRESS_PAUSE_MS) {
            w.timer = None;
            w.frame = Some(browser::after_paint(move || Waiting::write(&later)));
        } else {
            w.frame = None;
            let wait = (f64::from(ADDRESS_PAUSE_MS) - since).ceil() as u32;
            w.timer = Some(Timeout::new(wait, move || Waiting::write(&later)));
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
    frame: Option<browser::AfterPaint>,
    timer: Option<Timeout>,
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

/// The clock, in milliseconds.
fn now() -> f64 {
    js_sys::Date::now()
}

//! When the app may replace the still first screen: once the browser has painted it.
//!
//! Where the WebAssembly arrives as fast as the page (a fast network, a cache, the single file),
//! starting at once would swap the still copy out before, or just as, it is painted: the
//! reader's first view and the browser's largest contentful paint would then wait for the app,
//! and Chrome drops a paint it has not yet reported when its element goes. So the app waits
//! until the browser has reported the still copy's largest contentful paint (at most a frame or
//! two; at once when the WebAssembly came later than that), or, where it reports none, until a
//! frame has been painted; never longer than [`PAINT_WAIT_MS`], and not at all in a hidden tab,
//! which paints nothing.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{PerformanceObserver, PerformanceObserverInit};

/// The longest the app waits for a paint before it starts anyway (an off-screen frame paints
/// nothing either).
pub const PAINT_WAIT_MS: u32 = 1000;

const LARGEST: &str = "largest-contentful-paint";

/// A function run once, however many of the waits end.
#[derive(Clone)]
struct Once {
    done: Rc<Cell<bool>>,
    f: fn(),
}

impl Once {
    fn run(&self) {
        if !self.done.replace(true) {
            (self.f)();
        }
    }

    /// Runs it in a task of its own, after whatever the browser is doing now.
    fn soon(&self) {
        let me = self.clone();
        Timeout::new(0, move || me.run()).forget();
    }
}

/// Runs `f` once the page's first view has been painted (see the module's words).
pub fn after_first_paint(f: fn()) {
    if gloo::utils::document().hidden() {
        f();
        return;
    }
    let once = Once {
        done: Rc::new(Cell::new(false)),
        f,
    };
    if !on_largest_paint(&once) {
        let me = once.clone();
        std::mem::forget(super::time::after_paint(move || me.run()));
    }
    Timeout::new(PAINT_WAIT_MS, move || once.run()).forget();
}

/// Runs `once` after the browser's first report of a largest contentful paint, those made
/// before now included; false where the browser makes no such reports.
fn on_largest_paint(once: &Once) -> bool {
    let supported = Reflect::get(&js_sys::global(), &"PerformanceObserver".into())
        .and_then(|ctor| Reflect::get(&ctor, &"supportedEntryTypes".into()))
        .ok()
        .and_then(|types| types.dyn_into::<Array>().ok())
        .is_some_and(|types| types.includes(&LARGEST.into(), 0));
    if !supported {
        return false;
    }
    let me = once.clone();
    let callback = Closure::<dyn FnMut(JsValue, PerformanceObserver)>::new(
        move |_: JsValue, observer: PerformanceObserver| {
            observer.disconnect();
            me.soon();
        },
    );
    let Ok(observer) = PerformanceObserver::new(callback.as_ref().unchecked_ref()) else {
        return false;
    };
    // The observer lives as long as the page; it disconnects itself after its first report.
    callback.forget();
    // `type` with `buffered` (web-sys's dictionary knows only `entryTypes`, which cannot ask
    // for the reports already made).
    let init = Object::new();
    let set = |key: &str, value: JsValue| Reflect::set(&init, &key.into(), &value).is_ok();
    if !(set("type", LARGEST.into()) && set("buffered", true.into())) {
        return false;
    }
    observer.observe(init.unchecked_ref::<PerformanceObserverInit>());
    true
}

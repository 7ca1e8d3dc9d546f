//! The browser's clock and the ways the page puts work off: a moment later ([`Timer`],
//! [`soon`]), at a steady pace ([`Every`]), just after the next frame is painted
//! ([`after_paint`]), a slice each animation frame ([`Frames`]), a turn for the page between
//! two slices of a long task ([`turn`]), or when a promise settles ([`spawn`]). Dropping a handle cancels what it waits for.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::{Interval, Timeout};

/// The clock, in milliseconds.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Work waiting for a time to pass; dropped before then, it is not done.
pub struct Timer(#[allow(dead_code)] Timeout);

impl Timer {
    /// Runs `f` once `ms` milliseconds have passed.
    pub fn after(ms: u32, f: impl FnOnce() + 'static) -> Timer {
        Timer(Timeout::new(ms, f))
    }
}

/// Runs `f` in a task of its own, after whatever the browser is doing now; it cannot be
/// cancelled.
pub fn soon(f: impl FnOnce() + 'static) {
    Timeout::new(0, f).forget();
}

/// Resolves in a task of its own, after whatever the browser has waiting (the reader's input,
/// a frame to paint): the turn a long piece of work gives the page between two slices.
pub async fn turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        soon(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `f` once `ms` milliseconds have passed, whatever happens meanwhile.
pub fn later(ms: u32, f: impl FnOnce() + 'static) {
    Timeout::new(ms, f).forget();
}

/// Work done every so often until dropped.
pub struct Every(#[allow(dead_code)] Interval);

impl Every {
    /// Runs `f` every `ms` milliseconds.
    pub fn ms(ms: u32, f: impl FnMut() + 'static) -> Every {
        Every(Interval::new(ms, f))
    }
}

/// Work waiting for the next frame to be painted ([`after_paint`]); dropped before then, it is
/// not done.
pub struct AfterPaint {
    _frame: AnimationFrame,
    _task: Rc<RefCell<Option<Timeout>>>,
}

/// Runs `f` in a task of its own just after the next frame is painted: a frame callback runs
/// before the painting, and a task queued from it after.
pub fn after_paint(f: impl FnOnce() + 'static) -> AfterPaint {
    let task = Rc::new(RefCell::new(None));
    let slot = task.clone();
    let frame = request_animation_frame(move |_| {
        *slot.borrow_mut() = Some(Timeout::new(0, f));
    });
    AfterPaint {
        _frame: frame,
        _task: task,
    }
}

/// Work done a slice per animation frame, until a slice says it is finished or the handle is
/// dropped: how the page lays out, generates and counts big networks without ever holding up
/// the reader.
pub struct Frames {
    frame: Rc<RefCell<Option<AnimationFrame>>>,
}

impl Frames {
    /// Runs `slice` in each animation frame from the next one on, as long as it returns true.
    pub fn run(slice: impl FnMut() -> bool + 'static) -> Frames {
        let frame = Rc::new(RefCell::new(None));
        let slice: Rc<RefCell<dyn FnMut() -> bool>> = Rc::new(RefCell::new(slice));
        schedule(&frame, slice);
        Frames { frame }
    }
}

impl Drop for Frames {
    fn drop(&mut self) {
        // Dropping the pending frame cancels it, and with it the chain of slices.
        self.frame.borrow_mut().take();
    }
}

/// Asks for the next frame, in which `slice` runs and, if it wants more, asks again.
fn schedule(frame: &Rc<RefCell<Option<AnimationFrame>>>, slice: Rc<RefCell<dyn FnMut() -> bool>>) {
    let next = frame.clone();
    let handle = request_animation_frame(move |_| {
        let more = (slice.borrow_mut())();
        if more && next.borrow().is_some() {
            schedule(&next, slice);
        } else {
            next.borrow_mut().take();
        }
    });
    *frame.borrow_mut() = Some(handle);
}

/// Runs `future` to its end on the page's own thread (a file read, the clipboard).
pub fn spawn(future: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(future);
}

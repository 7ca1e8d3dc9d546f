//! What companies could have collected over thousands of change days, counted a slice per
//! animation frame so the page never stops answering.
//!
//! The collected view evaluates every day where something starts or ends up to the date shown
//! (`core::engine::Engine::collected`). Each engine keeps what it gathered, so the page gathers
//! a few days each frame ([`Engine::gather_toward`]) until the result is instant; meanwhile the
//! page says it is counting and shows what companies can see on the date (the evaluation
//! decides this by [`Gathering::needed`]). A small network is counted at once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::engine::Engine;

/// The most time one frame's slice of gathering takes before it lets the page run.
const SLICE_MS: f64 = 12.0;
/// The least time between two reports of progress (each renders the page).
const REPORT_MS: f64 = 250.0;
/// Work (change days still to gather, times the network's size) counted at once.
const AT_ONCE: u64 = 400_000;

/// What the collected view needs gathered before it can be shown at once.
#[derive(Clone)]
pub struct Gathering {
    /// The engines an evaluation reads.
    pub engines: Vec<Rc<Engine>>,
    /// The date shown.
    pub date: Date,
}

impl PartialEq for Gathering {
    fn eq(&self, other: &Self) -> bool {
        self.date == other.date
            && self.engines.len() == other.engines.len()
            && self
                .engines
                .iter()
                .zip(&other.engines)
                .all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

impl Gathering {
    /// How far gathering has come, from 0 to 1, while it is too much to do at once; `None`
    /// when the collected result can be computed now.
    pub fn needed(&self) -> Option<f64> {
        let (mut done, mut all, mut work) = (0, 0, 0u64);
        for e in &self.engines {
            let (d, a) = e.gathering(self.date);
            let s = e.scenario();
            let size = (s.people.len() + s.friendships.len() + s.grants.len() + 1) as u64;
            work += (a - d) as u64 * size;
            (done, all) = (done + d, all + a);
        }
        (work > AT_ONCE).then(|| done as f64 / all.max(1) as f64)
    }
}

/// Gathers what `want` needs, a slice per frame, while it is needed; renders again each quarter
/// second with the progress, and once it is done.
#[hook]
pub fn use_gathering(want: Option<Gathering>) -> u64 {
    let reports = use_state(|| 0u64);
    {
        let reports = reports.clone();
        use_effect_with(want, move |want| {
            let runner = want.clone().filter(|w| w.needed().is_some()).map(|w| {
                let runner = Rc::new(Runner {
                    want: w,
                    frame: RefCell::new(None),
                    reported: Cell::new(js_sys::Date::now()),
                    report: Callback::from(move |()| reports.set(*reports + 1)),
                });
                runner.next();
                runner
            });
            // Dropping the pending frame cancels it and breaks the runner's cycle.
            move || {
                if let Some(r) = runner {
                    r.frame.borrow_mut().take();
                }
            }
        });
    }
    *reports
}

/// Gathering running between frames.
struct Runner {
    want: Gathering,
    frame: RefCell<Option<AnimationFrame>>,
    reported: Cell<f64>,
    report: Callback<()>,
}

impl Runner {
    fn next(self: &Rc<Self>) {
        let me = self.clone();
        let frame = request_animation_frame(move |_| me.slice());
        *self.frame.borrow_mut() = Some(frame);
    }

    fn slice(self: &Rc<Self>) {
        let start = js_sys::Date::now();
        let date = self.want.date;
        let mut done = true;
        for e in &self.want.engines {
            while !e.gather_toward(date, 1) {
                if js_sys::Date::now() - start >= SLICE_MS {
                    done = false;
                    break;
                }
            }
            if !done {
                break;
            }
        }
        let now = js_sys::Date::now();
        if done || now - self.reported.get() >= REPORT_MS {
            self.reported.set(now);
            self.report.emit(());
        }
        if !done {
            self.next();
        }
    }
}

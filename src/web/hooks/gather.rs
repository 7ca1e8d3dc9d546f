//! What companies could have collected over thousands of change days, counted a slice per
//! animation frame so the page never stops answering.
//!
//! The collected view evaluates every day where something starts or ends up to the date shown
//! (`core::engine::Engine::collected`). Each engine keeps what it gathered, so the page gathers
//! a few days each frame ([`Engine::gather_toward`]) until the result is instant; meanwhile the
//! page says it is counting and shows what companies can see on the date (the evaluation
//! decides this by [`Gathering::needed`]). A small network is counted at once.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::date::Date;
use crate::core::engine::Engine;
use crate::web::browser::time::{now, Frames};

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
    // Kept: how often counting reported, which renders the page again.
    let reports = use_state(|| 0u64);
    {
        let reports = reports.clone();
        use_effect_with(want, move |want| {
            let frames = want.clone().filter(|w| w.needed().is_some()).map(|w| {
                let mut reported = now();
                let mut count = *reports;
                Frames::run(move || {
                    let done = slice(&w);
                    if done || now() - reported >= REPORT_MS {
                        reported = now();
                        count += 1;
                        reports.set(count);
                    }
                    !done
                })
            });
            move || drop(frames)
        });
    }
    *reports
}

/// One frame's gathering for `want`, at most [`SLICE_MS`] long; true once it is all gathered.
fn slice(want: &Gathering) -> bool {
    let start = now();
    for e in &want.engines {
        while !e.gather_toward(want.date, 1) {
            if now() - start >= SLICE_MS {
                return false;
            }
        }
    }
    true
}

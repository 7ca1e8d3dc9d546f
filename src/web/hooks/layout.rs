//! A big network's layout, run a slice at a time between animation frames so the page never
//! freezes, and remembered so reopening it is instant.
//!
//! Each frame runs [`Simulation::tick`] until about [`SLICE_MS`] have passed, then the frame is
//! free for the page; a few times a second (and at the end) a frame instead places the
//! positions so far and hands them out, so the drawing follows the layout as it settles. Handing
//! out only moves what the canvas draws (the scene is not rebuilt; see
//! `web::hooks::evaluation`), yet redrawing thousands of people and lines still costs tens of
//! milliseconds, so it waits at least [`PUBLISH_MS`] and four times its own last cost. Networks
//! of up to [`crate::present::layout::BIG`] people never come here: their layout is computed at
//! once.
//!
//! Where the page drew nodes is kept in one place, [`Places`], for the page's life: each settled
//! network's people, keyed by the people and friendships (opening the same network again, or
//! editing anything but them, draws at once), and where the open sandbox's nodes stand, by id
//! (an edit moves nothing already there). Where the reader moved a node by hand is theirs, in
//! the page's store (`State::moved`).

use std::cell::{Cell, RefCell};
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::core::engine::Engine;
use crate::core::model::Scenario;
use crate::present::force::Simulation;
use crate::present::layout::{first_layout, place, Layout, Placed, Point};
use crate::web::browser::time::{now, spawn, Frames};

/// The most time one frame's slice of ticks takes before it lets the page run.
pub const SLICE_MS: f64 = 12.0;
/// The least time between two drawings while the layout runs.
pub const PUBLISH_MS: f64 = 300.0;
/// How many settled networks are remembered.
const REMEMBERED: usize = 8;

/// Where the page drew nodes (see the module's words).
#[derive(Default)]
pub struct Places {
    /// Settled people positions (in the simulation's units) by [`key`].
    settled: HashMap<u64, Rc<Vec<Point>>>,
    /// The sandbox whose nodes stand at `at`.
    sandbox: Option<String>,
    /// Where each of its nodes stands, by id.
    at: Placed,
    /// Whether `at` is a settled layout (not a big network's start).
    at_settled: bool,
}

impl Places {
    /// Where `s` is first drawn, and whether that is settled: a small network laid out at once
    /// (a sandbox's nodes where they stood), a big one where it settled before or where its
    /// layout starts. `sandbox` names the sandbox `s` is the scenario of.
    pub fn first_layout(&mut self, s: &Scenario, sandbox: Option<&String>) -> (Layout, bool) {
        let remembered = || self.settled.get(&key(s)).cloned();
        let Some(sandbox) = sandbox else {
            return first_layout(s, None, false, remembered);
        };
        // A big network trusts only the settled places of the same sandbox (when they place
        // everyone, nothing remembered is looked up).
        let trusted = self.at_settled && self.sandbox.as_ref() == Some(sandbox);
        let (l, settled) = first_layout(s, Some(&self.at), trusted, remembered);
        self.keep(s, &l, settled);
        self.sandbox = Some(sandbox.clone());
        (l, settled)
    }

    /// Keeps where `layout` puts the nodes of `s`, the open sandbox's scenario.
    fn keep(&mut self, s: &Scenario, layout: &Layout, settled: bool) {
        self.at.clear();
        let people = s.people.iter().map(|p| &p.id).zip(&layout.people);
        let companies = s.companies.iter().map(|c| &c.id).zip(&layout.companies);
        for (id, at) in people.chain(companies) {
            self.at.insert(id.clone(), *at);
        }
        self.at_settled = settled;
    }

    /// Remembers the settled places of the people of `s` (`people`, in the simulation's units),
    /// and, for the open sandbox, where `layout` puts its nodes.
    fn settle(&mut self, s: &Scenario, people: &[Point], layout: &Layout, in_sandbox: bool) {
        if self.settled.len() >= REMEMBERED {
            self.settled.clear();
        }
        self.settled.insert(key(s), Rc::new(people.to_vec()));
        if in_sandbox {
            self.keep(s, layout, true);
        }
    }
}

/// What the layout hook gives: the positions to draw, and how far the layout has come while
/// it runs.
#[derive(Clone)]
pub struct Placing {
    /// Where to draw each node now.
    pub layout: Rc<Layout>,
    /// From 0 to 1 while the layout runs; `None` once it is settled.
    pub progress: Option<f64>,
}

/// The people and friendships of `s`, as a number: what the layout of people depends on.
fn key(s: &Scenario) -> u64 {
    let mut h = DefaultHasher::new();
    s.people.len().hash(&mut h);
    for p in &s.people {
        p.id.hash(&mut h);
    }
    for f in &s.friendships {
        (f.between[0].ix(), f.between[1].ix()).hash(&mut h);
    }
    h.finish()
}

/// A layout running between frames: the simulation, when the positions were last handed out
/// and what that cost, and where a sandbox keeps its nodes' places.
struct Run {
    engine: Rc<Engine>,
    sim: Simulation,
    published: Rc<Cell<(f64, f64)>>,
    publish: Callback<Placing>,
    /// Where the page's places are kept, and whether this is the open sandbox's network.
    places: (Rc<RefCell<Places>>, bool),
}

impl Run {
    /// One frame's ticks, or the drawing brought up to date when it is time; false once the
    /// layout has settled.
    fn slice(&mut self) -> bool {
        let start = now();
        let (last, cost) = self.published.get();
        // A frame either ticks or draws, so no frame does both.
        let due = start - last >= PUBLISH_MS.max(4.0 * cost);
        while !due && !self.sim.settled() && now() - start < SLICE_MS {
            self.sim.tick();
        }
        let settled = self.sim.settled();
        if settled || due {
            let s = self.engine.scenario();
            let layout = place(s, self.sim.positions().to_vec());
            if settled {
                let (places, in_sandbox) = &self.places;
                places
                    .borrow_mut()
                    .settle(s, self.sim.positions(), &layout, *in_sandbox);
            }
            let progress = (!settled).then(|| self.sim.progress());
            self.publish.emit(Placing {
                layout: Rc::new(layout),
                progress,
            });
            // Yew renders in a microtask queued by the emit; this one runs after it, so the
            // cost counts the scene and the drawing too.
            let published = self.published.clone();
            spawn(async move {
                let end = now();
                published.set((end, end - start));
            });
        }
        !settled
    }
}

/// The layout of `engine`'s scenario: `start` as it is when `settled`, else `start` then the
/// simulation's progress, a slice per animation frame. `places` remembers it once settled,
/// with where its nodes stand when it is the open sandbox's network (the flag beside it).
#[hook]
pub fn use_layout(
    engine: &Rc<Engine>,
    start: &Rc<Layout>,
    settled: bool,
    places: (Rc<RefCell<Places>>, bool),
) -> Placing {
    // Kept: the latest placing of a running layout, computed between frames.
    // The latest placing, and the layout it grew from (to ignore one from an older network).
    let live = use_state(|| None::<(Rc<Layout>, Placing)>);
    {
        let (engine, live, from) = (engine.clone(), live.clone(), start.clone());
        use_effect_with(Same(start.clone()), move |_| {
            let frames = (!settled).then(|| {
                let publish = {
                    let from = from.clone();
                    Callback::from(move |p: Placing| live.set(Some((from.clone(), p))))
                };
                let mut run = Run {
                    sim: Simulation::new(engine.scenario()),
                    engine,
                    published: Rc::new(Cell::new((now(), 0.0))),
                    publish,
                    places,
                };
                Frames::run(move || run.slice())
            });
            move || drop(frames)
        });
    }
    match &*live {
        Some((from, placing)) if Rc::ptr_eq(from, start) => placing.clone(),
        _ => Placing {
            layout: start.clone(),
            progress: (!settled).then_some(0.0),
        },
    }
}

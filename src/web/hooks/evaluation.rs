//! The evaluation pipeline: from the page's store to what the page shows, as a chain of memos.
//!
//! The scenario shown is read and laid out once ([`Loaded`]); the what-if switches rewrite it
//! into a second engine, and everyone's settings open into a third (the counterfactual that
//! tells who a setting protected); the date and mode evaluate them and count their figures once
//! ([`Evaluated`]: the exposure, the figures per company and per person, the headline); the
//! selection, story step and moved nodes make the [`Scene`]. Each step is memoised on exactly
//! what it reads, so moving the date re-evaluates but dragging a node only rebuilds the scene.
//! Every figure, line and headline the page shows comes from one [`Evaluated`], so no two of
//! them can speak of different dates, modes or what-ifs. What a sandbox edit did is worded from
//! the same view ([`use_sandbox_effect`]).
//! A big network's layout runs between frames ([`use_layout`]); its new positions never rebuild
//! the scene: they go out beside it ([`Ready::layout`]), and the canvas and the SVG export
//! place the scene's nodes and lines by them. Nothing here draws.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::catalogue::Lang;
use crate::core::date::Date;
use crate::core::engine::{Engine, Mode};
use crate::core::model::{Scenario, Source, Step, WhatIf};
use crate::files::builtin;
use crate::present::layout::Layout;
use crate::present::scene::{Focus, Scene};
use crate::present::timeline::Timeline;
pub use crate::view::derive::Evaluated;
use crate::view::derive::{effect, evaluate, moved_to, scene, variant, Effect, Reach, Variant};
use crate::view::page::{first_sandbox_date, Page};
use crate::view::state::{Shown, State};
use crate::web::hooks::gather::{use_gathering, Gathering};
use crate::web::hooks::layout::{use_layout, Places};

/// The scenario shown, read and laid out once.
#[derive(Clone)]
pub struct Loaded {
    /// The scenario as it is, without what-if switches.
    pub engine: Rc<Engine>,
    /// Where each node is drawn (for a big network not yet settled: where its layout starts).
    pub layout: Rc<Layout>,
    /// Whether `layout` is final; if not, [`use_layout`] runs it.
    pub settled: bool,
    /// The date slider's span, eras and revelations.
    pub timeline: Rc<Timeline>,
    /// The scenario's sources.
    pub sources: Rc<Vec<Source>>,
    /// The scenario's story.
    pub steps: Rc<Vec<Step>>,
}

/// Everything the page needs to draw a scenario, once each step of the chain has an answer.
#[derive(Clone)]
pub struct Ready {
    /// The scenario as read.
    pub loaded: Loaded,
    /// The scenario under the what-if switches (and with everyone's settings open).
    pub variant: Variant,
    /// The evaluation at the date shown.
    pub evaluated: Evaluated,
    /// What to draw.
    pub scene: Rc<Scene>,
    /// Where each node is now, the reader's moves included: the scene's own positions, or
    /// newer ones while a big network's layout runs.
    pub layout: Rc<Layout>,
    /// The date shown.
    pub date: Date,
    /// The view `evaluated` counts: what companies can see while the collected view is still
    /// counted.
    pub mode: Mode,
    /// How far a big network's layout has come, from 0 to 1, while it runs.
    pub progress: Option<f64>,
    /// In the collected view over many change days: how far counting has come, from 0 to 1,
    /// while `evaluated` is still access on the date.
    pub counting: Option<f64>,
}

/// Two answers are the same when they are the same computation; comparing by pointer keeps
/// components from comparing whole results on every render.
impl PartialEq for Ready {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded.engine, &other.loaded.engine)
            && Rc::ptr_eq(&self.variant.engine, &other.variant.engine)
            && Rc::ptr_eq(&self.evaluated.exposure, &other.evaluated.exposure)
            && Rc::ptr_eq(&self.scene, &other.scene)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.date == other.date
            && self.mode == other.mode
            && self.progress == other.progress
            && self.counting == other.counting
    }
}

/// What the pipeline gives: the scenario as read, and the whole answer.
pub struct Evaluation {
    /// The scenario shown, read and laid out.
    pub loaded: Rc<Loaded>,
    /// The answer.
    pub ready: Ready,
}

/// Runs the chain for what `page` shows.
#[hook]
pub fn use_evaluation(page: &Page) -> Evaluation {
    let state = &page.view;
    let places = use_mut_ref(Places::default);
    let source = shown_scenario(page);
    let sandbox = page
        .work
        .current
        .clone()
        .filter(|_| state.shown.is_sandbox());
    // Everything derived has words in it (a headline, a timeline's eras, a scene's lines): a
    // new language derives it all again, from the scenario read on.
    let loaded = use_loaded(&source, (sandbox, page.language.speaks), &places);
    let placing = use_layout(
        &loaded.engine,
        &loaded.layout,
        loaded.settled,
        (places, state.shown.is_sandbox()),
    );
    let variant: Rc<Variant> = {
        let loaded = loaded.clone();
        use_memo(
            (Same(loaded.clone()), state.what_if.clone()),
            move |(_, what_if)| variant(&loaded.engine, what_if),
        )
    };
    let date = state.date.unwrap_or(loaded.engine.scenario().date);
    // The collected view over many change days is gathered a slice per frame; until it is,
    // the page shows access on the date and says it is counting.
    let gathering = (state.mode == Mode::Collected).then(|| Gathering {
        engines: gathered_by(&loaded.engine, &variant, &state.what_if),
        date,
    });
    let reports = use_gathering(gathering.clone());
    let counting = gathering.as_ref().and_then(Gathering::needed);
    let mode = if counting.is_some() {
        Mode::Access
    } else {
        state.mode
    };
    let evaluated = use_evaluated(&loaded, &variant, &state.what_if, (date, mode), reports);
    let placed = use_placed(&placing.layout, &variant, state);
    // The scene keeps the positions the scenario was read with (a big network's start), so a
    // new placing costs no scene; what draws it places it by `placed`.
    let scene = use_scene(&loaded, &variant, &evaluated, state);
    let ready = Ready {
        loaded: (*loaded).clone(),
        variant: (*variant).clone(),
        evaluated: (*evaluated).clone(),
        scene,
        layout: placed,
        date,
        mode,
        progress: placing.progress,
        counting,
    };
    Evaluation { loaded, ready }
}

/// The engines an evaluation of `variant` (the scenario of `base` under `what_if`) reads.
fn gathered_by(base: &Rc<Engine>, variant: &Variant, what_if: &WhatIf) -> Vec<Rc<Engine>> {
    let mut engines = vec![variant.engine.clone()];
    if !Rc::ptr_eq(&variant.open, &variant.engine) {
        engines.push(variant.open.clone());
    }
    if what_if.is_active() {
        engines.push(base.clone());
    }
    engines
}

/// The scenario `page` shows: a built-in (read once), the open sandbox's (an empty one until
/// storage gave one), or the one a link carried; always shared, never copied.
fn shown_scenario(page: &Page) -> Rc<Scenario> {
    match &page.view.shown {
        Shown::Shared { scenario, .. } => scenario.clone(),
        Shown::Sandbox => match page.work.open() {
            Some(h) => h.shared().clone(),
            None => empty_sandbox(),
        },
        Shown::Builtin(i) => builtin::scenario_or_first(*i),
    }
}

thread_local! {
    /// The empty scenario a sandbox view shows until storage gave it a sandbox.
    static EMPTY: Rc<Scenario> = Rc::new(crate::sandbox::empty(first_sandbox_date()));
}

fn empty_sandbox() -> Rc<Scenario> {
    EMPTY.with(Rc::clone)
}

/// Reads and lays out `source`, the scenario shown (the open sandbox's, when `sandbox` names
/// it: its nodes stay where they were drawn, so an edit moves nothing already there).
#[hook]
fn use_loaded(
    source: &Rc<Scenario>,
    key: (Option<String>, Lang),
    places: &Rc<RefCell<Places>>,
) -> Rc<Loaded> {
    let (sandbox, lang) = key;
    let places = places.clone();
    // The engine made last: the next scenario is usually a change of it (a sandbox edit, its
    // undo), and an engine made after it takes what the change left alone.
    let last = use_mut_ref(|| None::<Rc<Engine>>);
    use_memo(
        (Same(source.clone()), sandbox, lang),
        move |(source, sandbox, _)| {
            let s = &source.0;
            let (layout, settled) = places.borrow_mut().first_layout(s, sandbox.as_ref());
            let (sources, steps) = (Rc::new(s.sources.clone()), Rc::new(s.steps.clone()));
            let engine = Rc::new(match last.borrow().as_deref() {
                Some(before) => Engine::after(before, source.0.clone()),
                None => Engine::new(source.0.clone()),
            });
            *last.borrow_mut() = Some(engine.clone());
            Loaded {
                layout: Rc::new(layout),
                settled,
                // Stops only on days where what a reader sees changes.
                timeline: Rc::new(Timeline::of_results(&engine)),
                sources,
                steps,
                engine,
            }
        },
    )
}

/// Evaluates at the date and mode given, and counts the figures once. `reports` is how often
/// gathering reported: while it runs the mode given is access, and its end evaluates again.
#[hook]
fn use_evaluated(
    loaded: &Rc<Loaded>,
    variant: &Rc<Variant>,
    what_if: &WhatIf,
    at: (Date, Mode),
    reports: u64,
) -> Rc<Evaluated> {
    let (date, mode) = at;
    let (loaded, variant) = (loaded.clone(), variant.clone());
    // Reports matter only to the collected view (its gathering ended).
    let reports = if mode == Mode::Collected { reports } else { 0 };
    use_memo(
        (Same(variant.clone()), what_if.clone(), date, mode, reports),
        move |(_, what_if, date, mode, _)| {
            evaluate(&loaded.engine, &variant, what_if, *date, *mode)
        },
    )
}

/// `layout` with the nodes the reader moved where they put them (the same `Rc` when none moved).
#[hook]
fn use_placed(layout: &Rc<Layout>, variant: &Rc<Variant>, state: &State) -> Rc<Layout> {
    let variant = variant.clone();
    let placed = use_memo(
        (
            Same(layout.clone()),
            Same(variant.clone()),
            state.moved.clone(),
        ),
        move |(layout, _, moved)| {
            if moved.is_empty() {
                return layout.0.clone();
            }
            Rc::new(moved_to(&variant.engine, &layout.0, moved))
        },
    );
    (*placed).clone()
}

/// What to draw: the evaluation with the selection, the story step's highlights and the nodes
/// the reader moved.
#[hook]
fn use_scene(
    loaded: &Rc<Loaded>,
    variant: &Rc<Variant>,
    evaluated: &Rc<Evaluated>,
    state: &State,
) -> Rc<Scene> {
    let highlight: Vec<String> = state
        .step
        .and_then(|i| loaded.steps.get(i))
        .map(|s| s.highlight.clone())
        .unwrap_or_default();
    let focus = Focus {
        selected: state.selected,
        highlight,
    };
    let (variant, evaluated, loaded) = (variant.clone(), evaluated.clone(), loaded.clone());
    let drawn = use_memo(
        (
            Same(evaluated.clone()),
            Same(loaded.layout.clone()),
            focus,
            state.moved.clone(),
        ),
        move |(_, layout, focus, moved)| {
            let layout = moved_to(&variant.engine, &layout.0, moved);
            Rc::new(scene(&loaded.engine, &variant, &evaluated, &layout, focus))
        },
    );
    (*drawn).clone()
}

/// A scenario's engine, the what-ifs it was seen under, and its engines under them.
type Engines = (Rc<Engine>, WhatIf, Variant);

/// What the last change of the sandbox shown did, counted at the view of `ready` (the one the
/// reader is looking at): the reach after is the page's own, and the reach before is the
/// scenario before the change under the same view.
#[hook]
pub fn use_sandbox_effect(page: &Page, ready: &Ready) -> Option<Effect> {
    let change = page
        .in_sandbox()
        .then(|| page.work.change.clone())
        .flatten()
        // Only the change that made the scenario shown.
        .filter(|_| {
            page.work
                .open()
                .is_some_and(|h| Rc::ptr_eq(h.shared(), ready.loaded.engine.shared()))
        });
    // The view the page shows: while the collected view is being counted, access.
    let view = (
        page.view.what_if.clone(),
        ready.date,
        ready.evaluated.exposure.mode,
    );
    // The engines of the scenario before the change, under the view's what-ifs, kept while
    // the change is shown (the date may move): usually those of the scenario shown before the
    // change, which have gathered what a collected count needs already.
    let shown = use_mut_ref(|| None::<Engines>);
    let kept = use_mut_ref(|| None::<Engines>);
    if let Some(c) = &change {
        let what_if = &view.0;
        let fits = |e: &Engines| Rc::ptr_eq(e.0.shared(), &c.before) && e.1 == *what_if;
        if !kept.borrow().as_ref().is_some_and(fits) {
            let prior = shown.borrow().clone().filter(fits);
            *kept.borrow_mut() = Some(prior.unwrap_or_else(|| {
                let base = Rc::new(Engine::new(c.before.clone()));
                let v = variant(&base, what_if);
                (base, what_if.clone(), v)
            }));
        }
    }
    let before = {
        let kept = kept.clone();
        use_memo(
            (
                change.as_ref().map(|c| Same(c.before.clone())),
                view.clone(),
            ),
            move |(before, (what_if, date, mode))| {
                before.as_ref()?;
                let (base, _, v) = kept.borrow().clone()?;
                Some(Reach::of(
                    &v.engine,
                    &evaluate(&base, &v, what_if, *date, *mode),
                ))
            },
        )
    };
    *shown.borrow_mut() = Some((ready.loaded.engine.clone(), view.0, ready.variant.clone()));
    let (change, before) = (change?, before.as_ref().as_ref()?);
    Some(effect(&change, before, &ready.variant, &ready.evaluated))
}

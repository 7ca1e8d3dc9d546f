//! The evaluation pipeline: from the view state to what the page shows, as a chain of memos.
//!
//! The scenario shown is read and laid out once ([`Loaded`]); the what-if switches rewrite it
//! into a second engine, and everyone's settings open into a third (the counterfactual that
//! tells who a setting protected); the date and mode evaluate them ([`Evaluated`]); the
//! selection, story step and moved nodes make the [`Scene`]. Each step is memoised on exactly
//! what it reads, so moving the date re-evaluates but dragging a node only rebuilds the scene.
//! A big network's layout runs between frames ([`use_layout`]); its new positions never rebuild
//! the scene: they go out beside it ([`Ready::layout`]), and the canvas and the SVG export
//! place the scene's nodes and lines by them. Nothing here draws.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::core::date::Date;
use crate::core::engine::{Engine, Exposure, Mode};
use crate::core::model::{Source, Step};
use crate::core::whatif::settings_open;
use crate::files::builtin::BUILTINS;
use crate::files::scenario::{parse, Problem};
use crate::present::figures::{company_figures, CompanyFigures};
use crate::present::layout::{first_layout, Layout, Point};
use crate::present::scene::{build, compare, Focus, Scene};
use crate::present::timeline::Timeline;
use crate::sandbox::Workspace;
use crate::view::state::{Shown, State};
use crate::web::hooks::layout::{remembered, use_layout, Kept};

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

/// One evaluation: the result, the same with everyone's settings open, the company figures, and
/// the figures without the what-if switches when any is on.
#[derive(Clone)]
pub struct Evaluated {
    /// What companies can see (or collected), under the what-if switches.
    pub exposure: Rc<Exposure>,
    /// The same with everyone's settings open.
    pub open: Rc<Exposure>,
    /// Counts per company.
    pub figures: Rc<Vec<CompanyFigures>>,
    /// Counts per company without the what-if switches, when any is on.
    pub original: Option<Rc<Vec<CompanyFigures>>>,
    /// In the collected view: what companies can see on the date, which tells kept copies
    /// from live access.
    pub live: Option<Rc<Exposure>>,
    /// Under a what-if: the result of the scenario as it happened, which tells what the
    /// what-if took away.
    pub without: Option<Rc<Exposure>>,
}

/// Everything the page needs to draw a scenario, once each step of the chain has an answer.
#[derive(Clone)]
pub struct Ready {
    /// The scenario as read.
    pub loaded: Loaded,
    /// The engine under the what-if switches.
    pub engine: Rc<Engine>,
    /// The evaluation at the date shown.
    pub evaluated: Evaluated,
    /// What to draw.
    pub scene: Rc<Scene>,
    /// Where each node is now, the reader's moves included: the scene's own positions, or
    /// newer ones while a big network's layout runs.
    pub layout: Rc<Layout>,
    /// The date shown.
    pub date: Date,
    /// How far a big network's layout has come, from 0 to 1, while it runs.
    pub progress: Option<f64>,
}

/// Two answers are the same when they are the same computation; comparing by pointer keeps
/// components from comparing whole results on every render.
impl PartialEq for Ready {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded.engine, &other.loaded.engine)
            && Rc::ptr_eq(&self.engine, &other.engine)
            && Rc::ptr_eq(&self.evaluated.exposure, &other.evaluated.exposure)
            && Rc::ptr_eq(&self.scene, &other.scene)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.date == other.date
            && self.progress == other.progress
    }
}

/// What the pipeline gives: the scenario as read (or why it could not be), and the whole answer
/// when there is one.
pub struct Evaluation {
    /// The scenario shown, or the problems that kept it from being read.
    pub loaded: Rc<Result<Loaded, Vec<Problem>>>,
    /// The answer, when the scenario could be read.
    pub ready: Option<Ready>,
    /// The date shown (the scenario's own date unless the reader chose one).
    pub date: Date,
}

/// The scenario under the what-if switches, and the same with everyone's settings open.
type Variant = Option<(Rc<Engine>, Rc<Engine>)>;

/// Runs the chain for `state`; the sandbox's scenario comes from `workspace`.
#[hook]
pub fn use_evaluation(state: &State, workspace: &Workspace) -> Evaluation {
    let placed = use_mut_ref(Kept::default);
    let loaded = use_loaded(&state.shown, workspace, &placed);
    let placing = {
        let (engine, start, settled) = match loaded.as_ref() {
            Ok(l) => (l.engine.clone(), l.layout.clone(), l.settled),
            Err(_) => (
                Rc::new(Engine::new(crate::sandbox::empty(Date::from_day_number(0)))),
                Rc::new(Layout {
                    people: Vec::new(),
                    companies: Vec::new(),
                }),
                true,
            ),
        };
        use_layout(
            &engine,
            &start,
            settled,
            state.shown.is_sandbox().then_some(placed),
        )
    };
    let variant: Rc<Variant> = {
        let loaded = loaded.clone();
        use_memo(
            (Same(loaded.clone()), state.what_if.clone()),
            move |(_, what_if)| {
                let l = loaded.as_ref().as_ref().ok()?;
                let engine = if what_if.is_active() {
                    Rc::new(Engine::new(crate::core::whatif::apply(
                        what_if,
                        l.engine.scenario(),
                    )))
                } else {
                    l.engine.clone()
                };
                let open = Rc::new(Engine::new(settings_open(engine.scenario())));
                Some((engine, open))
            },
        )
    };
    let date = match loaded.as_ref() {
        Ok(l) => state.date.unwrap_or(l.engine.scenario().date),
        Err(_) => Date::from_day_number(0),
    };
    let result = use_evaluated(&loaded, &variant, state, date);
    let placed = use_placed(&placing.layout, &variant, state);
    // The scene keeps the positions the scenario was read with (a big network's start), so a
    // new placing costs no scene; what draws it places it by `placed`.
    let scene_layout = match loaded.as_ref() {
        Ok(l) => l.layout.clone(),
        Err(_) => placing.layout.clone(),
    };
    let scene = use_scene(&scene_layout, &variant, &result, state, &loaded);
    let ready = match (
        loaded.as_ref(),
        variant.as_ref(),
        result.as_ref(),
        scene.as_ref(),
    ) {
        (Ok(l), Some((engine, _)), Some(evaluated), Some(scene)) => Some(Ready {
            loaded: l.clone(),
            engine: engine.clone(),
            evaluated: evaluated.clone(),
            scene: scene.clone(),
            layout: placed,
            date,
            progress: placing.progress,
        }),
        _ => None,
    };
    Evaluation {
        loaded,
        ready,
        date,
    }
}

/// Reads and lays out the scenario shown. A sandbox keeps where its nodes were drawn in
/// `placed`, so an edit does not move what is already there.
#[hook]
fn use_loaded(
    shown: &Shown,
    workspace: &Workspace,
    placed: &Rc<RefCell<Kept>>,
) -> Rc<Result<Loaded, Vec<Problem>>> {
    let placed = placed.clone();
    use_memo(
        (shown.clone(), workspace.revision, workspace.current.clone()),
        move |(shown, _, _)| {
            let scenario = match shown {
                Shown::Shared { scenario, .. } => Ok((**scenario).clone()),
                Shown::Sandbox => Ok(workspace
                    .open()
                    .map(|h| h.present().clone())
                    .unwrap_or_else(|| {
                        crate::sandbox::empty(
                            Date::parse("2014-01-01").unwrap_or(Date::from_day_number(0)),
                        )
                    })),
                // An index past the list cannot come from a link (route reads slugs), but
                // falls back to the first scenario rather than panic.
                Shown::Builtin(i) => parse(BUILTINS.get(*i).unwrap_or(&BUILTINS[0]).json),
            };
            scenario.map(|s| {
                let (layout, settled) = if shown.is_sandbox() {
                    let mut placed = placed.borrow_mut();
                    // A big network trusts only the settled places of the same sandbox.
                    let trusted = placed.settled && placed.sandbox == workspace.current;
                    let (l, settled) = first_layout(
                        &s,
                        Some(&placed.at),
                        trusted,
                        remembered(&s).as_deref().map(Vec::as_slice),
                    );
                    placed.at.clear();
                    for (p, at) in s.people.iter().zip(&l.people) {
                        placed.at.insert(p.id.clone(), *at);
                    }
                    for (c, at) in s.companies.iter().zip(&l.companies) {
                        placed.at.insert(c.id.clone(), *at);
                    }
                    placed.sandbox.clone_from(&workspace.current);
                    placed.settled = settled;
                    (l, settled)
                } else {
                    first_layout(
                        &s,
                        None,
                        false,
                        remembered(&s).as_deref().map(Vec::as_slice),
                    )
                };
                let (sources, steps) = (Rc::new(s.sources.clone()), Rc::new(s.steps.clone()));
                let engine = Engine::new(s);
                Loaded {
                    layout: Rc::new(layout),
                    settled,
                    // Stops only on days where what a reader sees changes.
                    timeline: Rc::new(Timeline::of_results(&engine)),
                    sources,
                    steps,
                    engine: Rc::new(engine),
                }
            })
        },
    )
}

/// Evaluates at the date and mode shown.
#[hook]
fn use_evaluated(
    loaded: &Rc<Result<Loaded, Vec<Problem>>>,
    variant: &Rc<Variant>,
    state: &State,
    date: Date,
) -> Rc<Option<Evaluated>> {
    let (loaded, variant) = (loaded.clone(), variant.clone());
    use_memo(
        (
            Same(variant.clone()),
            state.what_if.clone(),
            date,
            state.mode,
        ),
        move |(_, what_if, date, mode)| {
            let l = loaded.as_ref().as_ref().ok()?;
            let (engine, open) = variant.as_ref().as_ref()?;
            let exposure = engine.evaluate(*date, *mode);
            let figures = company_figures(engine.scenario(), &exposure);
            let without = what_if
                .is_active()
                .then(|| Rc::new(l.engine.evaluate(*date, *mode)));
            let original = without
                .as_ref()
                .map(|w| Rc::new(company_figures(l.engine.scenario(), w)));
            let live = (*mode == Mode::Collected).then(|| Rc::new(engine.access(*date)));
            Some(Evaluated {
                exposure: Rc::new(exposure),
                open: Rc::new(open.evaluate(*date, *mode)),
                figures: Rc::new(figures),
                original,
                live,
                without,
            })
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
            let engine = match variant.as_ref() {
                Some((engine, _)) if !moved.is_empty() => engine,
                _ => return layout.0.clone(),
            };
            Rc::new(moved_to(engine, &layout.0, moved))
        },
    );
    (*placed).clone()
}

/// `layout` with each of `moved` (ids and places) where the reader put it.
fn moved_to(engine: &Engine, layout: &Layout, moved: &BTreeMap<String, Point>) -> Layout {
    let mut layout = layout.clone();
    for (id, at) in moved {
        if let Some(p) = engine.scenario().person_by_id(id) {
            layout.people[p.ix()] = *at;
        } else if let Some(c) = engine.scenario().company_by_id(id) {
            layout.companies[c.ix()] = *at;
        }
    }
    layout
}

/// What to draw: the evaluation with the selection, the story step's highlights and the nodes
/// the reader moved.
#[hook]
fn use_scene(
    layout: &Rc<Layout>,
    variant: &Rc<Variant>,
    result: &Rc<Option<Evaluated>>,
    state: &State,
    loaded: &Rc<Result<Loaded, Vec<Problem>>>,
) -> Rc<Option<Rc<Scene>>> {
    let highlight: Vec<String> = match (loaded.as_ref(), state.step) {
        (Ok(l), Some(i)) => l
            .steps
            .get(i)
            .map(|s| s.highlight.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let focus = Focus {
        selected: state.selected,
        highlight,
    };
    let (variant, result, loaded) = (variant.clone(), result.clone(), loaded.clone());
    use_memo(
        (
            Same(result.clone()),
            Same(layout.clone()),
            focus,
            state.moved.clone(),
        ),
        move |(_, layout, focus, moved)| {
            let (engine, _) = variant.as_ref().as_ref()?;
            let Evaluated {
                exposure,
                open,
                live,
                without,
                ..
            } = result.as_ref().as_ref()?;
            let l = loaded.as_ref().as_ref().ok()?;
            let layout = moved_to(engine, &layout.0, moved);
            let mut scene = build(engine, exposure, open, &layout, focus);
            compare(
                &mut scene,
                engine.scenario(),
                exposure,
                live.as_deref(),
                without.as_deref().map(|w| (l.engine.scenario(), w)),
                &layout,
            );
            Some(Rc::new(scene))
        },
    )
}

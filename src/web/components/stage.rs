//! The stage: the graph or the table with its tabs and export buttons, and beside it "why?",
//! the company figures and the what-if switches. Also the parts the explorer and the embedded
//! app both show: the story, the time line, and the graph or table itself.
//!
//! What is shown is computed in `present`; here it is only handed to the components that draw.

use std::rc::Rc;

use yew::prelude::*;

use super::canvas::CanvasGraph;
use super::exports::Exports;
use super::graph::Graph;
use super::panels::{company_rows, CompanyTable, TimelinePanel};
use super::search::Search;
use super::story::Story;
use super::table::FactTable;
use super::whatif::WhatIfPanel;
use super::why::WhyPanel;
use crate::core::model::Node;
use crate::present::switches::relevant;
use crate::present::table::Sorting;
use crate::present::timeline::Timeline;
use crate::view::derive::why;
use crate::view::page::Do;
use crate::view::state::{Action, Presentation, State};
use crate::web::hooks::evaluation::Ready;
use crate::web::hooks::keys::show_step;
use crate::web::hooks::Same;

/// The story stepper of the scenario shown; with `offers` (how to change the page, and how to
/// print the story), it offers to present and print the story too.
pub fn story(
    ready: &Ready,
    state: &State,
    dispatch: &Callback<Action>,
    offers: Option<(&Callback<Do>, &Callback<()>)>,
) -> Html {
    let l = &ready.loaded;
    let on_step = {
        let (dispatch, steps, d) = (dispatch.clone(), l.steps.clone(), l.engine.scenario().date);
        Callback::from(move |i: usize| {
            if let Some(a) = show_step(&steps, i, d) {
                dispatch.emit(a);
            }
        })
    };
    let on_leave = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: ()| dispatch.emit(Action::LeaveStory))
    };
    // A step's guess is answered from the scenario as it is, whatever the switches say.
    let guess = state
        .step
        .and_then(|i| l.steps.get(i))
        .and_then(|st| st.guess)
        .map(|g| crate::present::guess::answer(&l.engine, g));
    let on_present = offers.map(|(on_page, _)| {
        let (on_page, on_step) = (on_page.clone(), on_step.clone());
        let at = state.step.unwrap_or(0);
        Callback::from(move |_: ()| {
            on_step.emit(at);
            on_page.emit(Do::Presenting(true));
        })
    });
    let on_print = offers.map(|(_, print)| print.clone());
    html! {
        <Story steps={l.steps.clone()} sources={l.sources.clone()} step={state.step} {on_step} {on_leave} {guess}
            {on_present} {on_print} />
    }
}

/// The time line of the scenario shown, as the what-if switches make it (with "never closed",
/// friend permissions never close on it either).
pub fn timeline(ready: &Ready, state: &State, dispatch: &Callback<Action>) -> Html {
    let timeline = if state.what_if.is_active() {
        Rc::new(Timeline::of(ready.variant.engine.scenario()))
    } else {
        ready.loaded.timeline.clone()
    };
    html! {
        <TimelinePanel {timeline} date={ready.date} mode={state.mode}
            playing={state.playing} on_action={dispatch.clone()} />
    }
}

/// Where the graph's nodes point: the node whose summary shows under it, and how to point.
#[derive(Clone, PartialEq)]
pub struct Pointing {
    /// The node pointed at.
    pub pointed: Option<Node>,
    /// Points at a node, or at nothing.
    pub on_page: Callback<Do>,
}

/// The graph or the table, as the state says: a big network's graph on a canvas, a small one's
/// in SVG. `connect` is the sandbox's drag-to-connect, when it is on (SVG only).
pub fn presented(
    ready: &Ready,
    state: &State,
    dispatch: &Callback<Action>,
    pointing: &Pointing,
    connect: Option<Callback<(String, String)>>,
) -> Html {
    let s = ready.loaded.engine.scenario();
    let Pointing { pointed, on_page } = pointing.clone();
    match state.presentation {
        Presentation::Graph if crate::present::detail::on_canvas(s) => html! {
            <CanvasGraph scene={ready.scene.clone()} layout={ready.layout.clone()} title={s.title.clone()} camera={state.camera}
                selected={state.selected} {pointed} {on_page} on_action={dispatch.clone()} progress={ready.progress} />
        },
        Presentation::Graph => html! {
            <Graph scene={ready.scene.clone()} title={ready.loaded.engine.scenario().title.clone()} camera={state.camera}
                selected={state.selected} {pointed} {on_page} on_action={dispatch.clone()} {connect} />
        },
        Presentation::Table => html! {
            <FactTable engine={ready.variant.engine.clone()} exposure={ready.evaluated.exposure.clone()}
                sorting={state.sorting} on_action={dispatch.clone()} />
        },
    }
}

/// The stage's inputs.
#[derive(Properties, PartialEq)]
pub struct StageProps {
    /// The evaluation shown.
    pub ready: Ready,
    /// The view state.
    pub state: State,
    /// Changes the view.
    pub dispatch: Callback<Action>,
    /// The node whose summary shows under the graph.
    pub pointed: Option<Node>,
    /// Changes the page (points at a node).
    pub on_page: Callback<Do>,
    /// Drag-to-connect on the graph, when the sandbox has it on.
    pub connect: Option<Callback<(String, String)>>,
    /// The start of the export files' names.
    pub file_stem: String,
    /// What the last change did, in words (the live region says it to screen readers).
    pub caption: String,
}

/// The graph or table with its tabs and exports, and the side panels.
#[component]
pub fn Stage(props: &StageProps) -> Html {
    let (ready, state, dispatch) = (&props.ready, &props.state, &props.dispatch);
    let l = &ready.loaded;
    let s = l.engine.scenario();
    let evaluated = &ready.evaluated;
    // Which what-if switches change anything here, worked out once per scenario.
    let relevant = use_memo(Same(l.engine.clone()), |e| relevant(&e.0));
    let rows = Rc::new(company_rows(
        s,
        &evaluated.figures.companies,
        evaluated.original.as_deref().map(Vec::as_slice),
    ));
    let tab = |p: Presentation, label: &'static str| {
        let dispatch = dispatch.clone();
        html! {
            <button type="button" class={classes!("tab", (state.presentation == p).then_some("current"))}
                aria-pressed={(state.presentation == p).to_string()}
                onclick={Callback::from(move |_: MouseEvent| dispatch.emit(Action::Present(p)))}>{ label }</button>
        }
    };
    let subtitle = crate::present::export::subtitle(ready.date, state.mode);
    let sources = crate::present::export::source_lines(&l.sources);
    let csv = {
        let (engine, exposure) = (ready.variant.engine.clone(), evaluated.exposure.clone());
        Callback::from(move |_: ()| {
            crate::present::export::csv(&crate::present::table::rows(
                &engine,
                &exposure,
                Sorting::default(),
            ))
        })
    };
    // Local: whether the reader asked for the picture large while a story is read on a phone
    // (the style sheet pins it small above the words otherwise).
    let enlarged = use_state(|| false);
    let enlarge = {
        let enlarged = enlarged.clone();
        Callback::from(move |_: MouseEvent| enlarged.set(!*enlarged))
    };
    html! {
        <div class="stage">
            <div class={classes!("view", enlarged.then_some("enlarged"))} id="picture" tabindex="-1" aria-busy={ready.counting.is_some().to_string()}>
                if let Some(done) = ready.counting {
                    <p class="counting" role="status">{ crate::present::figures::counting(ready.date, done) }</p>
                }
                <div class="view-bar">
                    <div class="tabs" role="group" aria-label={crate::word!("show-as")}>
                        { tab(Presentation::Graph, crate::word!("show-graph")) }
                        { tab(Presentation::Table, crate::word!("show-table")) }
                    </div>
                    <button type="button" class="enlarge" onclick={enlarge}>
                        { if *enlarged { crate::word!("picture-pin-small") } else { crate::word!("picture-enlarge") } }</button>
                </div>
                <Search engine={ready.variant.engine.clone()} selected={state.selected} layout={ready.layout.clone()}
                    on_action={dispatch.clone()} />
                { presented(ready, state, dispatch, &Pointing { pointed: props.pointed, on_page: props.on_page.clone() }, props.connect.clone()) }
                <p class="caption" aria-hidden="true">{ props.caption.clone() }</p>
            </div>
            <Exports scene={ready.scene.clone()} layout={ready.layout.clone()} title={s.title.clone()} {subtitle}
                sources={Rc::new(sources)} file_stem={props.file_stem.clone()} {csv} />
            <aside class="side">
                if let Some(content) = why(&ready.loaded.engine, &ready.variant, evaluated, state.selected, &state.what_if) {
                    <WhyPanel {content} what_if={state.what_if.clone()} on_action={dispatch.clone()} />
                }
                <CompanyTable {rows} mode={state.mode} on_action={dispatch.clone()} />
                <WhatIfPanel what_if={state.what_if.clone()} relevant={*relevant} on_action={dispatch.clone()} />
            </aside>
        </div>
    }
}

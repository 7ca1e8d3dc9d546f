//! The explorer: the whole page's body for a scenario that could be read. The scenario's title,
//! what it is and how to share it; in the sandbox the editor around the rest; the story, the
//! time line, the stage, the legend and the sources.

use yew::prelude::*;

use super::editor::{Editor, Sandbox};
use super::handout::Handout;
use super::panels::{Legend, Sources};
use super::present::Presenting;
use super::share::Share;
use super::stage::{story, timeline, Stage};
use crate::core::date::Interval;
use crate::core::date::FRIENDS_DATA_OPEN;
use crate::core::model::Node;
use crate::present::headline::real_event;
use crate::sandbox::{starter, Edit, WorkAction};
use crate::view::page::Do;
use crate::view::route::{Route, Theme};
use crate::view::state::{Action, Presentation, State};
use crate::web::hooks::evaluation::Ready;
use crate::web::hooks::{Same, Sends};
use crate::{say, word};

/// The explorer's inputs.
#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    /// The evaluation shown.
    pub ready: Ready,
    /// The view state.
    pub state: State,
    /// Changes the page.
    pub sends: Sends,
    /// The open sandbox, when the sandbox is shown and one is open.
    pub sandbox: Option<Sandbox>,
    /// The node whose summary shows under the graph.
    pub pointed: Option<Node>,
    /// In the sandbox: whether dragging on the graph connects nodes.
    pub connect: bool,
    /// In the sandbox: a person and a company dragged together, for the grant form.
    pub grant_for: Option<(String, String)>,
    /// The start of the export files' names.
    pub file_stem: String,
    /// What the last change did, shown beside the graph.
    pub caption: String,
    /// Loads a scenario file into a new sandbox.
    pub on_load: Callback<Vec<web_sys::File>>,
    /// Saves the open sandbox as a file.
    pub on_save: Callback<()>,
    /// Whether the story is presented.
    pub presenting: bool,
    /// In the sandbox: whether its story is read as a reader, without the editor.
    pub preview: bool,
    /// Whether the page is printed now (the story's handout is drawn only then).
    pub printing: bool,
    /// Prints the story's handout.
    pub print: Callback<()>,
}

/// The page's body for a scenario that could be read.
#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let (ready, state) = (&props.ready, &props.state);
    let dispatch = &props.sends.view;
    let on_connect = {
        let (on_work, on_page) = (props.sends.work.clone(), props.sends.page.clone());
        let engine = ready.loaded.engine.clone();
        Callback::from(move |(a, b): (String, String)| {
            let s = engine.scenario();
            let person = |id: &str| s.person_by_id(id).is_some();
            let company = |id: &str| s.company_by_id(id).is_some();
            if person(&a) && person(&b) {
                on_work.emit(WorkAction::Edit(Edit::AddFriendship {
                    a,
                    b,
                    messages: false,
                    interval: Interval::ALWAYS,
                }));
            } else if person(&a) && company(&b) {
                on_page.emit(Do::GrantFor(Some((a, b))));
            } else if company(&a) && person(&b) {
                on_page.emit(Do::GrantFor(Some((b, a))));
            }
        })
    };
    let handout = if props.printing {
        html! {
            <Handout engine={Same(ready.loaded.engine.clone())} layout={Same(ready.loaded.layout.clone())} shown={state.shown.clone()} />
        }
    } else {
        html! {}
    };
    if props.presenting {
        return html! {
            <>
                <Presenting ready={ready.clone()} state={state.clone()} dispatch={dispatch.clone()} on_page={props.sends.page.clone()}
                    pointed={props.pointed} file_stem={props.file_stem.clone()} caption={props.caption.clone()} />
                { handout }
            </>
        };
    }
    let sandbox_shown = state.shown.is_sandbox();
    // While a story step is shown, the picture stays in view beside (or, on a phone, above) the
    // words, so the reader never scrolls away to do what a step asks.
    let reading = classes!("reading", state.step.is_some().then_some("in-story"));
    let middle = html! {
        <div class={reading}>
            { story(ready, state, dispatch, Some((&props.sends.page, &props.print))) }
            { timeline(ready, state, dispatch) }
            if sandbox_shown && state.presentation == Presentation::Graph {
                { connect_choice(props.connect, &props.sends.page) }
            }
            <Stage ready={ready.clone()} state={state.clone()} dispatch={dispatch.clone()}
                pointed={props.pointed} on_page={props.sends.page.clone()}
                connect={(sandbox_shown && props.connect).then_some(on_connect)}
                file_stem={props.file_stem.clone()} caption={props.caption.clone()} />
        </div>
    };
    html! {
        <>
            <Intro ready={ready.clone()} state={state.clone()} dispatch={dispatch.clone()} on_work={props.sends.work.clone()} />
            if props.preview {
                { preview_bar(&props.sends.page) }
                { middle }
            } else if let Some(sandbox) = props.sandbox.clone() {
                <Editor {sandbox} on_work={props.sends.work.clone()} on_view={props.sends.view.clone()} on_load={props.on_load.clone()}
                    on_save={props.on_save.clone()} grant_for={props.grant_for.clone()}
                    view_step={state.as_step(ready.loaded.engine.scenario(), ready.date)} on_page={props.sends.page.clone()}
                    print={props.print.clone()}>
                    { middle }
                </Editor>
            } else {
                { middle }
            }
            <Legend />
            <Sources sources={ready.loaded.sources.clone()} />
            { handout }
        </>
    }
}

/// Above the sandbox's story read as a reader: what this is, and the way back to editing.
fn preview_bar(on_page: &Callback<Do>) -> Html {
    let back = {
        let on_page = on_page.clone();
        Callback::from(move |_: MouseEvent| on_page.emit(Do::Preview(false)))
    };
    html! {
        <div class="preview-bar" role="status">
            <p>{ crate::present::story::previewing() }</p>
            <button type="button" class="primary" onclick={back}>{ crate::present::story::back_to_editing() }</button>
        </div>
    }
}

/// Whether dragging on the graph moves nodes or connects them.
fn connect_choice(connect: bool, on_page: &Callback<Do>) -> Html {
    let set = |on: bool| {
        let on_page = on_page.clone();
        Callback::from(move |_: Event| on_page.emit(Do::Connect(on)))
    };
    html! {
        <div class="connect-mode" role="group" aria-label={word!("drag")}>
            <span>{ word!("drag") }{ " " }</span>
            <label class="check"><input type="radio" name="drag" checked={!connect}
                onchange={set(false)} />{ word!("drag-moves") }</label>
            <label class="check"><input id="drag-connects" type="radio" name="drag" checked={connect}
                onchange={set(true)} />{ word!("drag-connects") }</label>
        </div>
    }
}

/// The intro's inputs.
#[derive(Properties, PartialEq)]
struct IntroProps {
    ready: Ready,
    state: State,
    dispatch: Callback<Action>,
    on_work: Callback<WorkAction>,
}

/// The scenario's title and description, where it came from, and how to share it.
#[component]
fn Intro(props: &IntroProps) -> Html {
    let state = &props.state;
    let s = props.ready.loaded.engine.scenario();
    // A sandbox is shared as a whole scenario inside the link, which the share buttons pack
    // when the reader asks for it: packing a network of thousands takes a while.
    let sandbox = state
        .shown
        .is_sandbox()
        .then(|| Same(props.ready.loaded.engine.clone()));
    let share_view = Route {
        embed: None,
        theme: Theme::Auto,
        // The sandbox's link carries its scenario instead (`Share` packs it).
        sandbox: false,
        ..state.route(s)
    };
    let keep_copy = {
        // The scenario is copied when the reader asks, not on every render.
        let (on_work, dispatch, engine) = (
            props.on_work.clone(),
            props.dispatch.clone(),
            props.ready.loaded.engine.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let s = engine.scenario();
            on_work.emit(WorkAction::New {
                name: s.title.clone(),
                scenario: s.clone(),
            });
            dispatch.emit(Action::ShowSandbox);
        })
    };
    // What the view comes to: the headline of the same result as everything else shown.
    let lede = props.ready.evaluated.headline.text();
    let start = {
        let (on_work, date) = (props.on_work.clone(), s.date);
        Callback::from(move |_: MouseEvent| {
            if let Ok(scenario) = starter::one_quiz_five_friends(date) {
                on_work.emit(WorkAction::New {
                    name: starter::name().into(),
                    scenario,
                });
            }
        })
    };
    html! {
        <section class="intro" aria-labelledby="scenario-title">
            // A sandbox's or a shared scenario's title is its author's, not the page's words.
            <h2 id="scenario-title" translate={(state.shown.is_sandbox() || state.shown.shared().is_some()).then_some("no")}>{ &s.title }</h2>
            <p class="lede">{ lede }
                if let Some(event) = real_event(s) {
                    <span class="scale">{ " " }{ (event.text)() }{ " (" }
                        <a href={event.url} rel="noopener noreferrer">{ say!("intro-scale-source", publisher = event.publisher, date = event.date) }</a>{ ")" }
                    </span>
                }
            </p>
            <details class="about">
                <summary>{ word!("page-about") }</summary>
                <p class="description">{ &s.description }</p>
            </details>
            if state.shown.shared().is_some() {
                <p class="shared-note">{ word!("intro-shared") }{ " " }
                    <button type="button" onclick={keep_copy}>{ word!("intro-keep-copy") }</button>
                </p>
            }
            if state.shown.is_sandbox() {
                <p class="hint">{ word!("intro-sandbox-kept") }</p>
                if s.friend_permissions == [FRIENDS_DATA_OPEN] {
                    <p class="hint">{ word!("intro-sandbox-period") }</p>
                }
                if s.people.is_empty() {
                    <p class="empty-start">{ word!("intro-sandbox-empty") }{ " " }
                        <button type="button" onclick={start}>{ word!("intro-sandbox-start") }</button>
                        { word!("intro-sandbox-or-add") }
                    </p>
                }
            }
            <Share view={share_view} {sandbox} title={s.title.clone()} has_story={!s.steps.is_empty()} steps={s.steps.len()} />
        </section>
    }
}

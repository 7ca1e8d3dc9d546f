//! The root component: it owns the one reducer of the [`State`] and the [`Workspace`] of
//! sandboxes, runs the page's hooks (address, evaluation, storage, play, keys, announcements,
//! frame height), and hands data and callbacks to the components that draw. In an article's
//! frame it draws the [`Embedded`] app; otherwise the header, the notices and the [`Explorer`].
//!
//! [`State`]: crate::view::state::State
//! [`Workspace`]: crate::sandbox::Workspace

use yew::prelude::*;

use super::components::editor::Sandbox;
use super::components::embedded::Embedded;
use super::components::explorer::Explorer;
use super::components::notices::{LinkNotes, LoadProblems, StorageNotices};
use super::components::scale::{AtScale, EmbeddedScale};
use super::components::top_bar::TopBar;
use super::hooks::address::{use_address_sync, use_view_state, ViewState};
use super::hooks::announce::{use_announcement, Answer};
use super::hooks::evaluation::use_evaluation;
use super::hooks::focus::{use_focus_in_sight, use_focus_rescue};
use super::hooks::frame::use_frame_height;
use super::hooks::keys::{use_global_keys, Keys};
use super::hooks::play::use_play;
use super::hooks::sandboxes::{use_sandboxes, use_scenario_files, Sandboxes};
use super::hooks::scale::{use_scale_route, ScaleRoute};
use crate::sandbox::WorkAction;
use crate::view::scale::ScaleView;
use crate::view::state::Action;

/// The app.
#[component]
pub fn App() -> Html {
    let ViewState { state, notes } = use_view_state();
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let Sandboxes { workspace, notices } = use_sandboxes(&state, &dispatch);
    let files = use_scenario_files(&workspace);
    // One callback for the page's life, so the editor's forms it reaches are not drawn again
    // on every render of the page (a running layout renders a few times a second).
    let on_work = {
        let dispatcher = workspace.dispatcher();
        use_callback((), move |a: WorkAction, _| dispatcher.dispatch(a))
    };
    let evaluation = use_evaluation(&state, &workspace);
    // The editor's view of the open sandbox, made again only when the workspace changed: it
    // holds a copy of the scenario, which for a network of thousands is no copy to make on
    // every render (a running layout renders a few times a second).
    let sandbox = {
        let w = &*workspace;
        let key = (
            state.shown.is_sandbox(),
            w.revision,
            w.current.clone(),
            w.refusal.clone(),
            w.change.clone(),
            w.sandboxes.len(),
        );
        let workspace = workspace.clone();
        use_memo(key, move |(shown, ..)| {
            shown.then(|| Sandbox::of(&workspace)).flatten()
        })
    };
    let loaded = evaluation.loaded.as_ref().as_ref().ok();
    let ScaleRoute {
        view: scale,
        notes: scale_notes,
    } = use_scale_route();
    let at_scale = (*scale).clone();
    use_address_sync(&state, loaded.map(|l| l.engine.clone()), at_scale.is_none());
    use_play(&state, loaded.map(|l| l.timeline.clone()), evaluation.date);
    use_global_keys(Keys {
        steps: loaded
            .filter(|_| at_scale.is_none())
            .map(|l| (l.steps.clone(), l.engine.scenario().date)),
        step: state.step,
        sandbox: state.shown.is_sandbox(),
        dispatch: dispatch.clone(),
        on_work: on_work.clone(),
    });
    let announcement = use_announcement(
        (
            state.shown.is_sandbox(),
            state.shown.builtin(),
            workspace.current.clone(),
        ),
        evaluation.ready.as_ref().map(|r| Answer {
            engine: r.loaded.engine.clone(),
            timeline: r.loaded.timeline.clone(),
            date: r.date,
            figures: r.evaluated.figures.clone(),
        }),
        state.playing,
    );
    use_frame_height();
    use_focus_rescue();
    use_focus_in_sight();
    // The built-in scenario read last, which "Stories" goes back to from a sandbox.
    let last_builtin = use_mut_ref(|| 0);
    if let Some(i) = state.shown.builtin() {
        *last_builtin.borrow_mut() = i;
    }

    let on_scale_view = {
        let scale = scale.clone();
        Callback::from(move |v: ScaleView| scale.set(Some(v)))
    };
    if let Some(view) = at_scale.clone().filter(|v| v.embed) {
        return html! { <EmbeddedScale {view} on_change={on_scale_view} /> };
    }
    if let (Some(controls), Some(ready)) = (state.embed, &evaluation.ready) {
        return html! {
            <Embedded ready={ready.clone()} state={(*state).clone()} {controls} {dispatch} {announcement} />
        };
    }
    let body = match (&evaluation.ready, evaluation.loaded.as_ref()) {
        _ if at_scale.is_some() => {
            let view = at_scale.clone().unwrap_or_default();
            html! { <AtScale {view} on_change={on_scale_view.clone()} /> }
        }
        (Some(ready), _) => {
            let sandbox = (*sandbox).clone();
            html! {
                <Explorer ready={ready.clone()} state={(*state).clone()} dispatch={dispatch.clone()} {sandbox}
                    file_stem={state.shown.file_stem(workspace.open_name(), evaluation.date)}
                    caption={announcement.caption.clone()}
                    on_work={on_work.clone()} on_load={files.on_load.clone()} on_save={files.on_save.clone()} />
            }
        }
        (None, Err(problems)) => html! {
            <section class="problem" role="alert">
                <h2>{ "This scenario could not be read" }</h2>
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
            </section>
        },
        (None, Ok(_)) => html! {},
    };
    let on_drop = {
        let on_load = files.on_load.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                on_load.emit((0..files.length()).filter_map(|i| files.get(i)).collect());
            }
        })
    };
    let on_scale = {
        let scale = scale.clone();
        Callback::from(move |open: bool| {
            if open {
                if scale.is_none() {
                    scale.set(Some(ScaleView::default()));
                }
            } else {
                scale.set(None);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    html! {
        <div class="app" ondrop={on_drop} ondragover={on_drag_over}>
            <TopBar shown={state.shown.clone()} last_builtin={*last_builtin.borrow()} dispatch={dispatch.clone()}
                at_scale={at_scale.is_some()} {on_scale} />
            <LinkNotes {notes} />
            <LinkNotes notes={scale_notes} />
            <StorageNotices {notices} />
            <LoadProblems problems={files.problems.clone()} />
            <main>{ body }</main>
            <div id="announcer" class="sr-only" role="status" aria-label="Announcements" aria-live="polite" aria-atomic="true">{ announcement.spoken.clone() }</div>
            <footer class="honesty">
                <p>{ crate::present::words::HONESTY }</p>
            </footer>
        </div>
    }
}

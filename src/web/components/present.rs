//! Presenting a story to a room: the step in large type beside the picture, which fills the
//! rest of the screen; arrows, Space and Page Up/Down (a clicker's keys) move through the
//! steps (`web/hooks/keys.rs`), Escape leaves. Everything shown is the page's own story and
//! stage.

use yew::prelude::*;

use super::stage::{story, Stage};
use crate::core::model::Node;
use crate::present::story as words;
use crate::view::page::Do;
use crate::view::state::{Action, State};
use crate::web::hooks::evaluation::Ready;

/// The presentation's inputs.
#[derive(Properties, PartialEq)]
pub struct PresentingProps {
    /// The evaluation shown.
    pub ready: Ready,
    /// The view state.
    pub state: State,
    /// Changes the view.
    pub dispatch: Callback<Action>,
    /// Changes the page.
    pub on_page: Callback<Do>,
    /// The node whose summary shows under the graph.
    pub pointed: Option<Node>,
    /// The start of the export files' names.
    pub file_stem: String,
    /// What the last change did.
    pub caption: String,
}

/// The story, presented.
#[component]
pub fn Presenting(props: &PresentingProps) -> Html {
    let leave = {
        let on_page = props.on_page.clone();
        Callback::from(move |_: MouseEvent| on_page.emit(Do::Presenting(false)))
    };
    let title = props.ready.loaded.engine.scenario().title.clone();
    // The presentation takes focus as it opens, so the keyboard starts in it (a screen reader
    // hears its name); Escape gives the page back.
    let region = use_node_ref();
    {
        let region = region.clone();
        use_effect_with((), move |_| {
            if let Some(el) = region.cast::<web_sys::HtmlElement>() {
                // Focus lost is only a worse place to start from; nothing to report.
                let _ = el.focus();
            }
        });
    }
    html! {
        <div class="presenting" role="region" aria-label={words::presenting(&title)} ref={region} tabindex="-1">
            <div class="present-words">
                { story(&props.ready, &props.state, &props.dispatch, None) }
                <p class="hint present-keys">{ words::present_keys() }</p>
                <button type="button" class="leave-present" onclick={leave}>{ words::leave_present() }</button>
            </div>
            <div class="present-picture">
                <Stage ready={props.ready.clone()} state={props.state.clone()} dispatch={props.dispatch.clone()}
                    pointed={props.pointed} on_page={props.on_page.clone()} connect={None::<Callback<(String, String)>>}
                    file_stem={props.file_stem.clone()} caption={props.caption.clone()} />
            </div>
        </div>
    }
}

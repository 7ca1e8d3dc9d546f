//! The embedded app: what an article shows in a frame. The graph, the controls the embed
//! snippet chose, a way out to the full app, and credit for the sources; no header, editor or
//! side panels.

use yew::prelude::*;

use super::stage::{presented, story, timeline, Pointing};
use crate::core::model::Node;
use crate::view::page::Do;
use crate::view::route::{self, Controls, Route};
use crate::view::state::{Action, State};
use crate::web::browser;
use crate::web::hooks::announce::Announcement;
use crate::web::hooks::evaluation::Ready;
use crate::{say, word};

/// The embedded app's inputs.
#[derive(Properties, PartialEq)]
pub struct EmbeddedProps {
    /// The evaluation shown.
    pub ready: Ready,
    /// The view state.
    pub state: State,
    /// The controls the embed asked for.
    pub controls: Controls,
    /// Changes the view.
    pub dispatch: Callback<Action>,
    /// The node whose summary shows under the graph.
    pub pointed: Option<Node>,
    /// Changes the page (points at a node).
    pub on_page: Callback<Do>,
    /// What the live region says, and the caption beside the graph.
    pub announcement: Announcement,
}

/// The whole page when it is embedded in an article.
#[component]
pub fn Embedded(props: &EmbeddedProps) -> Html {
    let (ready, state, dispatch) = (&props.ready, &props.state, &props.dispatch);
    let l = &ready.loaded;
    let s = l.engine.scenario();
    let has_story = !l.steps.is_empty();
    let (show_story, show_timeline) = match props.controls {
        Controls::Story => (has_story, !has_story),
        Controls::Timeline => (false, true),
        Controls::Both => (has_story, true),
        Controls::None => (false, false),
    };
    let full = format!(
        "{}{}",
        browser::base_address(),
        route::format(&Route {
            embed: None,
            ..state.route(s)
        })
    );
    let credit: Vec<String> = l
        .sources
        .iter()
        .map(|src| src.publisher.clone().unwrap_or_else(|| src.title.clone()))
        .collect();
    html! {
        <div class="app embedded">
            <header class="embed-top">
                <h2 id="scenario-title">{ &s.title }</h2>
                <a class="open-full" href={full} target="_blank" rel="noopener">{ word!("embed-open-full") }</a>
            </header>
            if state.shown.shared().is_some() {
                // A link can carry any scenario; it must not pass itself off as Spillover's own.
                <p class="shared-note">{ word!("embed-shared") }</p>
            }
            if show_story { { story(ready, state, dispatch, None) } }
            if show_timeline { { timeline(ready, state, dispatch) } }
            if let Some(done) = ready.counting {
                <p class="counting" role="status">{ crate::present::figures::counting(ready.date, done) }</p>
            }
            { presented(ready, state, dispatch, &Pointing { pointed: props.pointed, on_page: props.on_page.clone() }, None) }
            <p class="caption" aria-hidden="true">{ props.announcement.caption.clone() }</p>
            <footer class="attribution">
                { say!("embed-attribution", count = credit.len(), sources = credit.join("; ")) }
            </footer>
            <div id="announcer" class="sr-only" role="status" aria-label={word!("announcements")} aria-live="polite" aria-atomic="true">{ props.announcement.spoken.clone() }</div>
        </div>
    }
}

//! The notices above the page's body: parts of a link that could not be used, trouble with
//! the stored sandboxes (and what other tabs did to them), and a scenario file that was not
//! loaded. Each stays until dismissed.

use yew::prelude::*;

use super::pager::ShowMore;
use crate::files::storage::LEGACY_KEY;
use crate::view::notices::{NoticeAction, Notices};
use crate::view::page::Do;
use crate::web::browser;
use crate::word;

/// Notes on a link.
#[derive(Properties, PartialEq)]
pub struct LinkNotesProps {
    /// The notes; none shows nothing.
    pub notes: Vec<String>,
    /// Dismisses them.
    pub on_page: Callback<Do>,
}

/// What a link asked for that could not be used.
#[component]
pub fn LinkNotes(props: &LinkNotesProps) -> Html {
    let notes = &props.notes;
    if notes.is_empty() {
        return html! {};
    }
    let dismiss = {
        let on_page = props.on_page.clone();
        Callback::from(move |_: MouseEvent| on_page.emit(Do::DismissNotes))
    };
    html! {
        <div class="notes" role="status">
            <p>{ word!("notice-link") }</p>
            <ul>{ for notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            <button type="button" onclick={dismiss}>{ word!("notice-dismiss") }</button>
        </div>
    }
}

/// The notices about storage.
#[derive(Properties, PartialEq)]
pub struct StorageNoticesProps {
    /// The notices; none shows nothing.
    pub notices: Notices,
    /// Dismisses one.
    pub on_page: Callback<Do>,
}

/// Trouble with the stored sandboxes and news from other tabs, each with a way to keep damaged
/// data, to forget it, or to dismiss the notice. Each is an alert, so that screen readers say
/// it when it appears.
#[component]
pub fn StorageNotices(props: &StorageNoticesProps) -> Html {
    let notices = &props.notices;
    let shown = notices.list.iter().map(|n| {
        let id = n.id;
        let dismiss = {
            let on_page = props.on_page.clone();
            Callback::from(move |_: MouseEvent| on_page.emit(Do::Notice(NoticeAction::Dismiss(id))))
        };
        let download = n.download.clone().map(|(file, text)| {
            let save = Callback::from(move |_: MouseEvent| {
                let _ = browser::files::download(&file, "application/json", text.as_bytes());
            });
            html! { <button type="button" onclick={save}>{ word!("notice-download") }</button> }
        });
        let forget = n.forget.clone().map(|key| {
            let label = if key == LEGACY_KEY {
                word!("notice-start-afresh")
            } else {
                word!("notice-forget")
            };
            let on_page = props.on_page.clone();
            let forget = Callback::from(move |_: MouseEvent| {
                browser::storage::forget(&key);
                on_page.emit(Do::Notice(NoticeAction::Dismiss(id)));
            });
            html! { <button type="button" onclick={forget}>{ label }</button> }
        });
        html! {
            <div key={id} class="notes storage-notice" role="alert">
                <p>{ &n.message }</p>
                { for download }
                { for forget }
                <button type="button" onclick={dismiss}>{ word!("notice-dismiss") }</button>
            </div>
        }
    });
    html! { <>{ for shown }</> }
}

/// Why a file was not loaded.
#[derive(Properties, PartialEq)]
pub struct LoadProblemsProps {
    /// One line each; none shows nothing.
    pub problems: Vec<String>,
    /// Dismisses them.
    pub on_page: Callback<Do>,
}

/// What is wrong with a scenario file that was not loaded.
#[component]
pub fn LoadProblems(props: &LoadProblemsProps) -> Html {
    let problems = &props.problems;
    if problems.is_empty() {
        return html! {};
    }
    let dismiss = {
        let on_page = props.on_page.clone();
        Callback::from(move |_: MouseEvent| on_page.emit(Do::Problems(Vec::new())))
    };
    html! {
        <div class="notes load-problems" role="alert">
            <p>{ word!("notice-not-loaded") }</p>
            <ShowMore lines={problems.clone()} step={20} noun={word!("pager-problems")} />
            <button type="button" onclick={dismiss}>{ word!("notice-dismiss") }</button>
        </div>
    }
}

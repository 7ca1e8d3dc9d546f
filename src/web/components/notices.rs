//! The notices above the page's body: parts of a link that could not be used, trouble with
//! the stored sandboxes, and a scenario file that was not loaded. Each stays until dismissed.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::pager::ShowMore;
use crate::web::hooks::sandboxes::StorageNotice;
use crate::web::{browser, local};

/// Notes on a link.
#[derive(Properties, PartialEq)]
pub struct LinkNotesProps {
    /// The notes; none shows nothing.
    pub notes: UseStateHandle<Vec<String>>,
}

/// What a link asked for that could not be used.
#[component]
pub fn LinkNotes(props: &LinkNotesProps) -> Html {
    let notes = &props.notes;
    if notes.is_empty() {
        return html! {};
    }
    let dismiss = {
        let notes = notes.clone();
        Callback::from(move |_: MouseEvent| notes.set(Vec::new()))
    };
    html! {
        <div class="notes" role="status">
            <p>{ "Part of this link could not be used:" }</p>
            <ul>{ for notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}

/// A notice about storage.
#[derive(Properties, PartialEq)]
pub struct StorageNoticesProps {
    /// The notice, when there is one.
    pub notice: UseStateHandle<Option<StorageNotice>>,
    /// Set while damaged stored text must not be overwritten.
    pub saving_blocked: Rc<RefCell<bool>>,
}

/// Trouble with the stored sandboxes, with a way to keep damaged data or forget it.
#[component]
pub fn StorageNotices(props: &StorageNoticesProps) -> Html {
    let Some(n) = (*props.notice).clone() else {
        return html! {};
    };
    let forget = {
        let (notice, blocked) = (props.notice.clone(), props.saving_blocked.clone());
        Callback::from(move |_: MouseEvent| {
            local::discard();
            *blocked.borrow_mut() = false;
            notice.set(None);
        })
    };
    let dismiss = {
        let n = props.notice.clone();
        Callback::from(move |_: MouseEvent| n.set(None))
    };
    html! {
        <div class="notes storage-notice" role="alert">
            <p>{ &n.message }</p>
            if let Some(text) = n.damaged.clone() {
                <button type="button" onclick={Callback::from(move |_: MouseEvent| { let _ = browser::download("spillover-saved-sandboxes.json", "application/json", text.as_bytes()); })}>
                    { "Download the saved data" }</button>
                <button type="button" onclick={forget}>{ "Start afresh (forget it)" }</button>
            } else {
                <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
            }
        </div>
    }
}

/// Why a file was not loaded.
#[derive(Properties, PartialEq)]
pub struct LoadProblemsProps {
    /// One line each; none shows nothing.
    pub problems: UseStateHandle<Vec<String>>,
}

/// What is wrong with a scenario file that was not loaded.
#[component]
pub fn LoadProblems(props: &LoadProblemsProps) -> Html {
    let problems = &props.problems;
    if problems.is_empty() {
        return html! {};
    }
    let dismiss = {
        let p = problems.clone();
        Callback::from(move |_: MouseEvent| p.set(Vec::new()))
    };
    html! {
        <div class="notes load-problems" role="alert">
            <p>{ "That file was not loaded; your work is as it was. What is wrong with it:" }</p>
            <ShowMore lines={(**problems).clone()} step={20} noun="problems" />
            <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}

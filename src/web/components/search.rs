//! The search box beside the graph: type part of a name, pick a person or company from the
//! matches (by arrow keys and Enter, or by pointer), and their "why?" opens exactly as a click
//! on the graph opens it. It follows the ARIA combobox pattern: the text box is the combobox,
//! the matches a listbox, the option in focus its active descendant. The matching and ranking
//! are [`crate::present::search`]'s.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::core::engine::Engine;
use crate::present::paging::thousands;
use crate::present::search::{Found, Index};
use crate::view::state::Action;
use crate::web::hooks::Same;

/// How many matches the list shows at most.
const SHOWN: usize = 12;

/// The search's inputs.
#[derive(Properties)]
pub struct SearchProps {
    /// The engine of the scenario shown; its people and companies are searched.
    pub engine: Rc<Engine>,
    /// Changes the view.
    pub on_action: Callback<Action>,
}

/// The same search when it searches the same scenario (compared by pointer).
impl PartialEq for SearchProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.engine, &other.engine) && self.on_action == other.on_action
    }
}

/// A labelled search box for people and companies by name.
#[component]
pub fn Search(props: &SearchProps) -> Html {
    let index = use_memo(Same(props.engine.clone()), |e| Index::new(e.0.scenario()));
    let query = use_state(String::new);
    let expanded = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let matches = {
        let q = (*query).clone();
        use_memo((Same(index.clone()), q), |(index, q)| {
            index.0.find(q, SHOWN)
        })
    };
    let choose = {
        let (on_action, query, expanded, active) = (
            props.on_action.clone(),
            query.clone(),
            expanded.clone(),
            active.clone(),
        );
        Callback::from(move |f: Found| {
            on_action.emit(Action::Select(Some(f.node)));
            query.set(f.name);
            expanded.set(false);
            active.set(None);
        })
    };
    let oninput = {
        let (query, expanded, active) = (query.clone(), expanded.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            expanded.set(true);
            active.set(None);
        })
    };
    let n = matches.shown.len();
    let open = *expanded && n > 0;
    let onkeydown = {
        let (matches, choose, expanded, active, query) = (
            matches.clone(),
            choose.clone(),
            expanded.clone(),
            active.clone(),
            query.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let step = |forward: bool| {
                let next = match (*active, forward) {
                    (None, true) => 0,
                    (None, false) => n - 1,
                    (Some(i), true) => (i + 1) % n,
                    (Some(i), false) => (i + n - 1) % n,
                };
                expanded.set(true);
                active.set(Some(next));
            };
            match e.key().as_str() {
                "ArrowDown" | "ArrowUp" if n > 0 => {
                    e.prevent_default();
                    step(e.key() == "ArrowDown");
                }
                // Enter takes the option in focus, or the best match.
                "Enter" if open || (n > 0 && active.is_some()) => {
                    e.prevent_default();
                    if let Some(f) = matches.shown.get(active.unwrap_or(0)) {
                        choose.emit(f.clone());
                    }
                }
                "Escape" => {
                    e.stop_propagation();
                    if *expanded && n > 0 {
                        expanded.set(false);
                        active.set(None);
                    } else {
                        query.set(String::new());
                    }
                }
                _ => {}
            }
        })
    };
    let onblur = {
        let (expanded, active) = (expanded.clone(), active.clone());
        Callback::from(move |_: FocusEvent| {
            expanded.set(false);
            active.set(None);
        })
    };
    let options = matches.shown.iter().enumerate().map(|(i, f)| {
        // The press, not the click: the text box keeps its focus.
        let onmousedown = {
            let (choose, f) = (choose.clone(), f.clone());
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                choose.emit(f.clone());
            })
        };
        let on = *active == Some(i);
        html! {
            <li id={format!("search-match-{i}")} role="option" aria-selected={on.to_string()}
                class={classes!(on.then_some("active"))} {onmousedown}>
                { &f.name }<span class="sub">{ format!(" {}", f.kind) }</span>
            </li>
        }
    });
    let status = if query.trim().is_empty() {
        String::new()
    } else if matches.total == 0 {
        "nobody by that name".to_string()
    } else if matches.total > n {
        format!("{n} of {} matches", thousands(matches.total))
    } else {
        format!("{n} {}", if n == 1 { "match" } else { "matches" })
    };
    html! {
        <div class="search">
            <label for="search-box">{ "Find a person or company " }</label>
            <input id="search-box" type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-expanded={open.to_string()} aria-controls="search-matches"
                aria-activedescendant={active.filter(|_| open).map(|i| format!("search-match-{i}"))}
                aria-describedby="search-status" placeholder="type part of a name"
                value={(*query).clone()} {oninput} {onkeydown} {onblur} />
            <span id="search-status" class="sub" aria-live="polite">{ status }</span>
            <ul id="search-matches" role="listbox" aria-label="Matches" hidden={!open}>{ for options }</ul>
        </div>
    }
}

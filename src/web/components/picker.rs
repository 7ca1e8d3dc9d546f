//! A searchable picker for a form's person or company on a big network, where a drop-down of
//! every person (thousands of options) could be neither read nor scrolled. It follows the ARIA
//! combobox pattern as the search box beside the graph does: type part of a name, the best
//! matches show (a bounded list, so the page stays small), arrow keys and Enter or a pointer
//! choose one. Matching is blind to case and accents ([`crate::present::paging::filter`]).

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::present::paging::{filter, fold, thousands};

/// How many matches the list shows at most.
const SHOWN: usize = 12;

/// The picker's inputs.
#[derive(Properties, PartialEq)]
pub struct PickerProps {
    /// The text box's id.
    pub id: String,
    /// The words before it.
    pub label: String,
    /// Its name where the words around it give it none.
    pub name: Option<String>,
    /// Everyone to choose from: (id, name).
    pub choices: Rc<Vec<(String, String)>>,
    /// The id chosen, or empty.
    pub value: String,
    /// Called with the id chosen (empty when the text no longer names anyone).
    pub on_pick: Callback<String>,
    /// `aria-invalid` when the form's refusal points here.
    pub invalid: Option<&'static str>,
}

#[component]
pub fn Picker(props: &PickerProps) -> Html {
    // What the reader typed since the last choice; `None` shows the chosen name.
    let typed = use_state(|| None::<String>);
    let expanded = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let chosen_name = props
        .choices
        .iter()
        .find(|(id, _)| *id == props.value)
        .map(|(_, n)| n.clone())
        .unwrap_or_default();
    let text = (*typed).clone().unwrap_or(chosen_name);
    let (shown, total): (Vec<usize>, usize) = match &*typed {
        Some(q) if !q.trim().is_empty() => {
            let all = filter(props.choices.iter().map(|(_, n)| n.as_str()), q);
            let total = all.len();
            (all.into_iter().take(SHOWN).collect(), total)
        }
        _ => (Vec::new(), 0),
    };
    let n = shown.len();
    let open = *expanded && n > 0;
    let choose = {
        let (on_pick, typed, expanded, active) = (
            props.on_pick.clone(),
            typed.clone(),
            expanded.clone(),
            active.clone(),
        );
        Callback::from(move |id: String| {
            on_pick.emit(id);
            typed.set(None);
            expanded.set(false);
            active.set(None);
        })
    };
    let oninput = {
        let (on_pick, typed, expanded, active, choices) = (
            props.on_pick.clone(),
            typed.clone(),
            expanded.clone(),
            active.clone(),
            props.choices.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let q = input.value();
            // A name typed out in full chooses its person, as long as it names only one.
            let exact: Vec<&(String, String)> = choices
                .iter()
                .filter(|(_, n)| !q.trim().is_empty() && fold(n) == fold(&q))
                .collect();
            on_pick.emit(match exact.as_slice() {
                [(id, _)] => id.clone(),
                _ => String::new(),
            });
            typed.set(Some(q));
            expanded.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let (shown, choices, choose, expanded, active, typed) = (
            shown.clone(),
            props.choices.clone(),
            choose.clone(),
            expanded.clone(),
            active.clone(),
            typed.clone(),
        );
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" | "ArrowUp" if n > 0 => {
                e.prevent_default();
                let next = match (*active, e.key() == "ArrowDown") {
                    (None, true) => 0,
                    (None, false) => n - 1,
                    (Some(i), true) => (i + 1) % n,
                    (Some(i), false) => (i + n - 1) % n,
                };
                expanded.set(true);
                active.set(Some(next));
            }
            // Enter takes the option in focus, or the best match; it never sends the form
            // while the list is open.
            "Enter" if open => {
                e.prevent_default();
                if let Some(&i) = shown.get(active.unwrap_or(0)) {
                    choose.emit(choices[i].0.clone());
                }
            }
            "Escape" if *expanded || typed.is_some() => {
                e.stop_propagation();
                expanded.set(false);
                active.set(None);
            }
            _ => {}
        })
    };
    let onblur = {
        let (expanded, active) = (expanded.clone(), active.clone());
        Callback::from(move |_: FocusEvent| {
            expanded.set(false);
            active.set(None);
        })
    };
    let list_id = format!("{}-matches", props.id);
    let status_id = format!("{}-status", props.id);
    let options = shown.iter().enumerate().map(|(k, &i)| {
        let (id, name) = &props.choices[i];
        // The press, not the click: the text box keeps its focus.
        let onmousedown = {
            let (choose, id) = (choose.clone(), id.clone());
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                choose.emit(id.clone());
            })
        };
        let on = *active == Some(k);
        html! {
            <li id={format!("{}-match-{k}", props.id)} role="option" aria-selected={on.to_string()}
                class={classes!(on.then_some("active"))} {onmousedown}>{ name }</li>
        }
    });
    let status = match &*typed {
        Some(q) if !q.trim().is_empty() => {
            if total == 0 {
                "nobody by that name".to_string()
            } else if total > n {
                format!("{n} of {} matches", thousands(total))
            } else {
                format!("{n} {}", if n == 1 { "match" } else { "matches" })
            }
        }
        _ => String::new(),
    };
    html! {
        <div class="search picker">
            <label class="field">{ &props.label }
                <input id={props.id.clone()} type="text" role="combobox" autocomplete="off" spellcheck="false"
                    aria-label={props.name.clone()} aria-invalid={props.invalid}
                    aria-autocomplete="list" aria-expanded={open.to_string()} aria-controls={list_id.clone()}
                    aria-activedescendant={active.filter(|_| open).map(|k| format!("{}-match-{k}", props.id))}
                    aria-describedby={status_id.clone()} placeholder="type part of a name"
                    value={text} {oninput} {onkeydown} {onblur} />
            </label>
            <span id={status_id} class="sub" aria-live="polite">{ status }</span>
            <ul id={list_id} role="listbox" aria-label="Matches" hidden={!open}>{ for options }</ul>
        </div>
    }
}

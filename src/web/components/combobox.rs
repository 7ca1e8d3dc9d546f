//! A text box that finds among many by part of a name, in the ARIA combobox pattern: the text
//! box is the combobox, the matches a listbox (a bounded list, so the page stays small), the
//! option the arrow keys are on its active descendant; Enter or a press chooses one. The search
//! beside the graph ([`super::search`]) and a form's person picker on a big network
//! ([`super::picker`]) are both this one component with their own matching.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::{say, word};

/// One match: what choosing it sends, its name, and words after the name ("person").
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// Sent when it is chosen.
    pub key: String,
    /// Its name.
    pub name: String,
    /// Words after the name, when the list mixes kinds.
    pub kind: Option<String>,
}

/// The matches of a text: the first few, and how many there are in all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matches {
    /// The matches shown, best first.
    pub shown: Vec<Choice>,
    /// How many match in all.
    pub total: usize,
}

/// The combobox's inputs.
#[derive(Properties, PartialEq)]
pub struct ComboboxProps {
    /// The text box's id; the list's, the options' and the status's ids start with `prefix`.
    pub id: String,
    /// The start of the list's, options' and status's ids.
    pub prefix: String,
    /// The words of its label.
    pub label: String,
    /// Classes of the label.
    #[prop_or_default]
    pub label_class: Classes,
    /// Its name where the words around it give it none.
    #[prop_or_default]
    pub name: Option<String>,
    /// `aria-invalid` when a form's refusal points here.
    #[prop_or_default]
    pub invalid: Option<&'static str>,
    /// Classes of the whole.
    #[prop_or_default]
    pub class: Classes,
    /// What the box says when the reader is not typing: the name chosen, or nothing.
    pub resting: String,
    /// The matches of a text.
    pub find: Finder,
    /// A choice made: its key.
    pub on_choose: Callback<String>,
    /// Each change of the text, as typed.
    #[prop_or_default]
    pub on_type: Callback<String>,
}

/// How a combobox finds the matches of a text, compared by pointer: it is made once per list
/// to search.
#[derive(Clone)]
pub struct Finder(pub Rc<dyn Fn(&str) -> Matches>);

impl PartialEq for Finder {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The combobox.
#[component]
pub fn Combobox(props: &ComboboxProps) -> Html {
    // Local: the text typed since the last choice (`None` shows `resting`), whether the list is
    // open, and the option the arrow keys are on.
    let typed = use_state(|| None::<String>);
    let expanded = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let matches = match &*typed {
        Some(q) if !q.trim().is_empty() => (props.find.0)(q),
        _ => Matches::default(),
    };
    let n = matches.shown.len();
    let open = *expanded && n > 0;
    let close = {
        let (expanded, active) = (expanded.clone(), active.clone());
        move || {
            expanded.set(false);
            active.set(None);
        }
    };
    let choose = {
        let (on_choose, typed, close) = (props.on_choose.clone(), typed.clone(), close.clone());
        Callback::from(move |key: String| {
            on_choose.emit(key);
            typed.set(None);
            close();
        })
    };
    let oninput = {
        let (on_type, typed, expanded, active) = (
            props.on_type.clone(),
            typed.clone(),
            expanded.clone(),
            active.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_type.emit(input.value());
            typed.set(Some(input.value()));
            expanded.set(true);
            active.set(None);
        })
    };
    let onkeydown = keys(
        &matches,
        open,
        (&typed, &expanded, &active),
        &choose,
        close.clone(),
    );
    let onblur = Callback::from(move |_: FocusEvent| close());
    let options = matches.shown.iter().enumerate().map(|(k, c)| {
        // The press, not the click: the text box keeps its focus.
        let onmousedown = {
            let (choose, key) = (choose.clone(), c.key.clone());
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                choose.emit(key.clone());
            })
        };
        let on = *active == Some(k);
        html! {
            <li id={format!("{}-match-{k}", props.prefix)} role="option" aria-selected={on.to_string()}
                class={classes!(on.then_some("active"))} {onmousedown}>
                { &c.name }
                if let Some(kind) = &c.kind { <span class="sub">{ format!(" {kind}") }</span> }
            </li>
        }
    });
    let status = match &*typed {
        Some(q) if !q.trim().is_empty() => status(n, matches.total),
        _ => String::new(),
    };
    let (list_id, status_id) = (
        format!("{}-matches", props.prefix),
        format!("{}-status", props.prefix),
    );
    html! {
        <div class={classes!("search", props.class.clone())}>
            <label class={props.label_class.clone()} for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-label={props.name.clone()} aria-invalid={props.invalid}
                aria-autocomplete="list" aria-expanded={open.to_string()} aria-controls={list_id.clone()}
                aria-activedescendant={active.filter(|_| open).map(|k| format!("{}-match-{k}", props.prefix))}
                aria-describedby={status_id.clone()} placeholder={word!("find-placeholder")}
                value={(*typed).clone().unwrap_or_else(|| props.resting.clone())} {oninput} {onkeydown} {onblur} />
            <span id={status_id} class="sub" aria-live="polite">{ status }</span>
            <ul id={list_id} role="listbox" aria-label={word!("find-matches")} hidden={!open}>{ for options }</ul>
        </div>
    }
}

/// How many matches, in words: "3 matches", "12 of 1,500 matches", "nobody by that name".
fn status(shown: usize, total: usize) -> String {
    if total > shown {
        say!("find-status-some", shown = shown, total = total)
    } else {
        say!("find-status", shown = shown, total = total)
    }
}

/// The arrow keys move through the matches, Enter takes the one they are on (or the best), and
/// Escape closes the list, or else puts back the resting text.
fn keys(
    matches: &Matches,
    open: bool,
    (typed, expanded, active): (
        &UseStateHandle<Option<String>>,
        &UseStateHandle<bool>,
        &UseStateHandle<Option<usize>>,
    ),
    choose: &Callback<String>,
    close: impl Fn() + 'static,
) -> Callback<KeyboardEvent> {
    let n = matches.shown.len();
    let keys: Vec<String> = matches.shown.iter().map(|c| c.key.clone()).collect();
    let (typed, expanded, active, choose) = (
        typed.clone(),
        expanded.clone(),
        active.clone(),
        choose.clone(),
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
        // Enter takes the option in focus, or the best match; it never sends a form while the
        // list is open.
        "Enter" if open => {
            e.prevent_default();
            if let Some(key) = keys.get(active.unwrap_or(0)) {
                choose.emit(key.clone());
            }
        }
        "Escape" if open => {
            e.stop_propagation();
            close();
        }
        "Escape" if typed.is_some() => {
            e.stop_propagation();
            typed.set(None);
        }
        _ => {}
    })
}

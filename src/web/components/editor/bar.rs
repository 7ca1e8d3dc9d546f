//! The sandbox bar: keep, switch, rename and delete sandboxes, save and load files, undo and
//! redo; and the scenario's own fields (title, date, when apps may ask for friends' data).
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::core::date::{Date, Interval};
use crate::core::model::Scenario;
use crate::files::builtin::{self, BUILTINS};
use crate::sandbox::{typed_date, Edit, Field, Refusal, WorkAction};
use crate::web::components::import::{accept, SaveNetwork};
use crate::{say, word};

use super::*;

#[derive(Properties, PartialEq)]
pub(super) struct BarProps {
    pub(super) sandboxes: Rc<Vec<(String, String)>>,
    pub(super) current: Option<String>,
    pub(super) can_undo: bool,
    pub(super) can_redo: bool,
    pub(super) on_work: Callback<WorkAction>,
    pub(super) on_load: Callback<Vec<web_sys::File>>,
    pub(super) on_save: Callback<()>,
    pub(super) scenario: Rc<Scenario>,
    pub(super) title: String,
    pub(super) date: Date,
    pub(super) policy: Option<Interval>,
    pub(super) submit: Callback<(Form, Edit)>,
    pub(super) refuse: Callback<(Form, Refusal)>,
    pub(super) refusal: Option<Refusal>,
}

#[component]
pub(super) fn SandboxBar(props: &BarProps) -> Html {
    // Local: the scenario a new sandbox starts from.
    let from = use_state(|| "empty".to_string());
    let on_work = props.on_work.clone();
    let current_name = props
        .current
        .as_ref()
        .and_then(|k| props.sandboxes.iter().find(|(key, _)| key == k))
        .map(|(_, n)| n.clone())
        .unwrap_or_default();
    let open = {
        let on_work = on_work.clone();
        Callback::from(move |e: Event| on_work.emit(WorkAction::Open(select_value(&e))))
    };
    let rename = {
        let (on_work, key) = (on_work.clone(), props.current.clone());
        Callback::from(move |e: Event| {
            if let Some(k) = &key {
                on_work.emit(WorkAction::Rename(k.clone(), value(&e)));
            }
        })
    };
    let make = {
        let (on_work, from, date, n) = (
            on_work.clone(),
            from.clone(),
            props.date,
            props.sandboxes.len(),
        );
        Callback::from(move |_: MouseEvent| {
            let (name, scenario) = match BUILTINS
                .iter()
                .position(|b| b.slug == *from)
                .and_then(builtin::scenario)
            {
                Some(s) => (
                    say!("sandbox-copy-of", title = s.title.as_str()),
                    (*s).clone(),
                ),
                None => (
                    say!("sandbox-numbered", number = n + 1),
                    crate::sandbox::empty(date),
                ),
            };
            on_work.emit(WorkAction::New { name, scenario });
        })
    };
    let options = props.sandboxes.iter().map(|(k, n)| html! { <option value={k.clone()} selected={Some(k) == props.current.as_ref()} translate="no">{ n }</option> });
    let titles = BUILTINS
        .iter()
        .enumerate()
        .map(|(i, b)| (b.slug, builtin::title(i)));
    let start_options = std::iter::once(("empty", say!("sandbox-from-empty")))
        .chain(titles)
        .map(|(slug, title)| html! { <option value={slug} selected={*from == slug}>{ title }</option> });
    let on_from = {
        let from = from.clone();
        Callback::from(move |e: Event| from.set(select_value(&e)))
    };
    html! {
        <div class="sandbox-bar">
            <div class="row">
                if !props.sandboxes.is_empty() {
                    <label class="field">{ word!("sandbox") }{ " " }
                        <select id="sandbox-picker" onchange={open}>{ for options }</select>
                    </label>
                    <label class="field">{ word!("sandbox-name") }{ " " }
                        <input id="sandbox-name" type="text" value={current_name.clone()} onchange={rename} maxlength="80" />
                    </label>
                }
                <label class="field">{ word!("sandbox-new-from") }{ " " }
                    <select id="sandbox-from" onchange={on_from}>{ for start_options }</select>
                </label>
                <button type="button" onclick={make}>{ word!("sandbox-new") }</button>
            </div>
            if let Some(sandbox) = props.current.clone() {
                <SandboxActions {sandbox} name={current_name} can_undo={props.can_undo} can_redo={props.can_redo}
                    on_work={props.on_work.clone()} on_load={props.on_load.clone()} on_save={props.on_save.clone()}
                    scenario={props.scenario.clone()} />
                <ScenarioFields title={props.title.clone()} date={props.date} policy={props.policy}
                    submit={props.submit.clone()} refuse={props.refuse.clone()} refusal={props.refusal.clone()} />
                { refusal_html(&props.refusal) }
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ActionsProps {
    sandbox: String,
    name: String,
    can_undo: bool,
    can_redo: bool,
    on_work: Callback<WorkAction>,
    on_load: Callback<Vec<web_sys::File>>,
    on_save: Callback<()>,
    scenario: Rc<Scenario>,
}

/// What can be done with the open sandbox (of key `sandbox` and its `name`): undo, redo, save it as a file
/// or a network, load a file into a new one, delete it (asked first).
#[component]
fn SandboxActions(props: &ActionsProps) -> Html {
    // Local: the delete being confirmed.
    let confirm_delete = use_state(|| false);
    let on_work = props.on_work.clone();
    let delete = {
        let (on_work, key, confirm) = (
            on_work.clone(),
            props.sandbox.clone(),
            confirm_delete.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            on_work.emit(WorkAction::Delete(key.clone()));
            confirm.set(false);
        })
    };
    let ask = {
        let confirm = confirm_delete.clone();
        Callback::from(move |_: MouseEvent| confirm.set(!*confirm))
    };
    let undo = {
        let on_work = on_work.clone();
        Callback::from(move |_: MouseEvent| on_work.emit(WorkAction::Undo))
    };
    let redo = Callback::from(move |_: MouseEvent| on_work.emit(WorkAction::Redo));
    let save = {
        let on_save = props.on_save.clone();
        Callback::from(move |_: MouseEvent| on_save.emit(()))
    };
    let load = {
        let on_load = props.on_load.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files = input
                .files()
                .map(|f| (0..f.length()).filter_map(|i| f.get(i)).collect());
            on_load.emit(files.unwrap_or_default());
            input.set_value("");
        })
    };
    html! {
        <div class="row">
            <button type="button" onclick={undo} disabled={!props.can_undo} aria-keyshortcuts="Control+Z">{ word!("sandbox-undo") }</button>
            <button type="button" onclick={redo} disabled={!props.can_redo} aria-keyshortcuts="Control+Shift+Z Control+Y">{ word!("sandbox-redo") }</button>
            <button type="button" onclick={save}>{ word!("sandbox-save") }</button>
            <SaveNetwork scenario={props.scenario.clone()} />
            <label class="file-button">{ word!("sandbox-load") }
                <input id="load-file" type="file" multiple=true accept={accept()} onchange={load} />
            </label>
            <span class="hint">{ word!("sandbox-load-hint") }</span>
            if *confirm_delete {
                <span class="confirm">{ say!("sandbox-delete-ask", name = props.name.as_str()) }{ " " }
                    <button type="button" class="danger" onclick={delete}>{ word!("sandbox-delete-yes") }</button>
                    <button type="button" onclick={ask.clone()}>{ word!("sandbox-delete-no") }</button>
                </span>
            } else {
                <button type="button" onclick={ask}>{ word!("sandbox-delete") }</button>
            }
        </div>
    }
}

/// The fields of the scenario itself.
#[derive(Properties, PartialEq)]
pub(super) struct ScenarioFieldsProps {
    pub(super) title: String,
    pub(super) date: Date,
    pub(super) policy: Option<Interval>,
    pub(super) submit: Callback<(Form, Edit)>,
    pub(super) refuse: Callback<(Form, Refusal)>,
    pub(super) refusal: Option<Refusal>,
}

/// The scenario's title, its date, and when apps may ask for friends' data.
#[component]
pub(super) fn ScenarioFields(props: &ScenarioFieldsProps) -> Html {
    let title = {
        let submit = props.submit.clone();
        Callback::from(move |e: Event| submit.emit((Form::Bar, Edit::SetTitle(value(&e)))))
    };
    let date = {
        let (submit, refuse) = (props.submit.clone(), props.refuse.clone());
        Callback::from(move |e: Event| match typed_date(&value(&e), Field::Date) {
            Ok(Some(d)) => submit.emit((Form::Bar, Edit::SetDate(d))),
            Ok(None) => refuse.emit((
                Form::Bar,
                Refusal {
                    field: Field::Date,
                    message: say!("sandbox-date-needed"),
                },
            )),
            Err(r) => refuse.emit((Form::Bar, r)),
        })
    };
    let policy_from = props
        .policy
        .and_then(|p| p.from)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let policy_until = props
        .policy
        .and_then(|p| p.until)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let policy = |which: Field| {
        let (submit, refuse, current) = (props.submit.clone(), props.refuse.clone(), props.policy);
        Callback::from(move |e: Event| {
            let mut p = current.unwrap_or(Interval::ALWAYS);
            let d = match typed_date(&value(&e), which) {
                Ok(d) => d,
                Err(r) => return refuse.emit((Form::Bar, r)),
            };
            if which == Field::From {
                p.from = d;
            } else {
                p.until = d;
            }
            submit.emit((Form::Bar, Edit::SetFriendPermissions(vec![p])));
        })
    };
    let policy_toggle = {
        let (submit, on) = (props.submit.clone(), props.policy.is_some());
        Callback::from(move |_: Event| {
            let periods = if on { vec![] } else { vec![Interval::ALWAYS] };
            submit.emit((Form::Bar, Edit::SetFriendPermissions(periods)));
        })
    };
    html! {
        <div class="row">
            <label class="field">{ word!("sandbox-title") }{ " " }<input id="scenario-title-input" type="text" value={props.title.clone()} onchange={title} maxlength="200"
                aria-invalid={invalid(&props.refusal, &[Field::Title])} /></label>
            <label class="field">{ word!("sandbox-date") }{ " " }<input id="scenario-date" class="date" type="text" inputmode="numeric" placeholder={word!("date-placeholder")} maxlength="10"
                autocomplete="off" value={props.date.to_string()} onchange={date} aria-invalid={invalid(&props.refusal, &[Field::Date])} aria-describedby="date-hint" /></label>
            <label class="check"><input id="policy-on" type="checkbox" checked={props.policy.is_some()} onchange={policy_toggle} />{ word!("sandbox-policy") }</label>
            if props.policy.is_some() {
                <label class="field">{ word!("sandbox-policy-from") }{ " " }<input id="policy-from" class="date" type="text" inputmode="numeric" placeholder={word!("date-placeholder")} maxlength="10"
                    autocomplete="off" value={policy_from} onchange={policy(Field::From)} aria-invalid={invalid(&props.refusal, &[Field::From])} aria-describedby="date-hint" /></label>
                <label class="field">{ word!("sandbox-policy-until") }{ " " }<input id="policy-until" class="date" type="text" inputmode="numeric" placeholder={word!("date-placeholder")} maxlength="10"
                    autocomplete="off" value={policy_until} onchange={policy(Field::Until)}
                    aria-invalid={invalid(&props.refusal, &[Field::Until])} aria-describedby="date-hint" /></label>
            }
        </div>
    }
}

//! The sandbox editor: the sandbox bar (keep, switch, rename, delete, save and load files, undo
//! and redo) and the forms that add and remove people, companies, friendships, grants, deals and
//! transfers. Every form is the keyboard equivalent of a gesture on the graph, and a refused edit
//! is reported at the form and field that sent it. The bar sits above the rest of the page and
//! the forms below it; both are one [`Editor`], drawn once around what lies between them.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew::TargetCast;

use crate::core::date::{Date, Interval};
use crate::core::model::{Category, CategorySet, Company, CompanyKind, Person, Scenario, Scope};
use crate::files::builtin::{self, BUILTINS};
use crate::present::effect::Fix;
use crate::present::entries::{deal_text, friendship_text, grant_text, transfer_text};
use crate::present::paging::{filter, thousands, window, LIST_SIZE};
use crate::present::words::Label;
use crate::sandbox::{
    new_id, typed_date, typed_interval, Edit, Field, Refusal, Timed, WorkAction, Workspace,
};
use crate::view::derive::Effect;
use crate::view::state::Action;
use crate::web::components::bulk::RulesInBulk;
use crate::web::components::import::{SaveNetwork, ACCEPT};
use crate::web::components::pager::Pager;
use crate::web::components::picker::Picker;

/// A form of the editor, to route a refusal back to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Bar,
    Person,
    Company,
    Friendship,
    Grant,
    Deal,
    Transfer,
    Settings,
    List,
    Bulk,
}

/// The open sandbox, as the editor shows it.
#[derive(Clone, PartialEq)]
pub struct Sandbox {
    /// Its scenario as it is now.
    pub scenario: Rc<Scenario>,
    /// Every sandbox, by key and name.
    pub sandboxes: Rc<Vec<(String, String)>>,
    /// The open one's key.
    pub current: Option<String>,
    /// Whether there is an edit to undo.
    pub can_undo: bool,
    /// Whether there is an edit to redo.
    pub can_redo: bool,
    /// The last refused edit.
    pub refusal: Option<Refusal>,
    /// What the last change did, counted at the view the reader is looking at.
    pub change: Option<Effect>,
}

impl Sandbox {
    /// The open sandbox of `workspace`, when one is open, with what its last `change` did.
    pub fn of(workspace: &Workspace, change: Option<Effect>) -> Option<Sandbox> {
        let h = workspace.open()?;
        Some(Sandbox {
            scenario: h.shared().clone(),
            sandboxes: Rc::new(
                workspace
                    .sandboxes
                    .iter()
                    .map(|(k, n, _)| (k.clone(), n.clone()))
                    .collect(),
            ),
            current: workspace.current.clone(),
            can_undo: h.can_undo(),
            can_redo: h.can_redo(),
            refusal: workspace.refusal.clone(),
            change,
        })
    }
}

/// The editor's inputs.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The open sandbox.
    pub sandbox: Sandbox,
    /// Changes the sandboxes.
    pub on_work: Callback<WorkAction>,
    /// Loads a scenario file, or a network in one file or two, into a new sandbox.
    pub on_load: Callback<Vec<web_sys::File>>,
    /// Saves the open sandbox as a file.
    pub on_save: Callback<()>,
    /// Changes the view (a fix that shows another date).
    pub on_view: Callback<Action>,
    /// A person and a company dragged together on the graph: the grant form is filled with them.
    pub grant_for: Option<(String, String)>,
    /// What the page shows between the bar (above) and the forms (below): the story, the time
    /// line and the stage.
    pub children: Html,
}

fn value(e: &Event) -> String {
    let input: HtmlInputElement = e.target_unchecked_into();
    input.value()
}

fn select_value(e: &Event) -> String {
    let select: HtmlSelectElement = e.target_unchecked_into();
    select.value()
}

#[derive(Properties, PartialEq)]
struct EditStatusProps {
    change: Option<Effect>,
    can_undo: bool,
    on_work: Callback<WorkAction>,
    on_view: Callback<Action>,
}

/// What the last change did, with Undo; and, when it changed nobody's reach, why, with the fix
/// for the usual cause.
#[component]
fn EditStatus(props: &EditStatusProps) -> Html {
    let undo = {
        let on_work = props.on_work.clone();
        Callback::from(move |_: MouseEvent| on_work.emit(WorkAction::Undo))
    };
    let fix = props
        .change
        .as_ref()
        .and_then(|c| c.unchanged.as_ref())
        .and_then(|u| u.fix.clone())
        .map(|(words, fix)| {
            let (on_work, on_view) = (props.on_work.clone(), props.on_view.clone());
            let click = Callback::from(move |_: MouseEvent| match &fix {
                Fix::ShowDate(d) => on_view.emit(Action::SetDate(*d)),
                Fix::Scopes(index, scopes) => on_work.emit(WorkAction::Edit(Edit::SetScopes {
                    index: *index,
                    scopes: scopes.clone(),
                })),
            });
            html! { <button type="button" onclick={click}>{ words }</button> }
        });
    html! {
        <div class="edit-status">
            <div role="status">
                <p class="change">{ props.change.as_ref().map(|c| c.words.clone()).unwrap_or_default() }</p>
                if let Some(u) = props.change.as_ref().and_then(|c| c.unchanged.as_ref()) {
                    <p class="why-unchanged">{ &u.words }</p>
                }
            </div>
            { for fix }
            if let (Some(change), true) = (&props.change, props.can_undo) {
                <button type="button" onclick={undo} aria-label={format!("Undo: {}", change.words)}>{ "Undo" }</button>
            }
        </div>
    }
}

/// Where a form's edits go, and its refusals of what it could not make an edit of.
type Senders<'a> = (&'a Callback<(Form, Edit)>, &'a Callback<(Form, Refusal)>);

/// Sends the edit `make` builds from the period typed in `from` and `until`, or, when a date
/// is not one, refuses it at that field: a typo never silently leaves a period open.
fn send_timed(
    (submit, refuse): Senders,
    form: Form,
    (from, until): (&str, &str),
    make: impl FnOnce(Interval) -> Edit,
) {
    match typed_interval(from, until) {
        Ok(interval) => submit.emit((form, make(interval))),
        Err(r) => refuse.emit((form, r)),
    }
}

/// The sandbox bar above the page's `children` and the forms and lists below them: one
/// component, so one memory of which form sent the last edit.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    // Local: which form sent the last edit, so that a refusal shows there and nowhere else.
    // The form that sent the last edit, so that a refusal shows there and nowhere else.
    let form = use_state(|| None::<Form>);
    // The same callbacks from render to render (while `on_work` stays), so that forms whose
    // scenario did not change are not drawn again.
    let submit = {
        let form = form.setter();
        use_callback(
            props.on_work.clone(),
            move |(f, edit): (Form, Edit), on_work| {
                form.set(Some(f));
                on_work.emit(WorkAction::Edit(edit));
            },
        )
    };
    let refuse = {
        let form = form.setter();
        use_callback(
            props.on_work.clone(),
            move |(f, r): (Form, Refusal), on_work| {
                form.set(Some(f));
                on_work.emit(WorkAction::Refuse(r));
            },
        )
    };
    let bulk = use_callback(
        (submit.clone(), refuse.clone()),
        |e: Result<Edit, Refusal>, (submit, refuse)| match e {
            Ok(e) => submit.emit((Form::Bulk, e)),
            Err(r) => refuse.emit((Form::Bulk, r)),
        },
    );
    let sandbox = &props.sandbox;
    let refusal_for = |f: Form| sandbox.refusal.clone().filter(|_| *form == Some(f));
    let s = &sandbox.scenario;
    // On a narrow screen the forms are below the picture: one tap brings them up.
    let to_forms =
        Callback::from(|_: MouseEvent| crate::web::browser::dom::bring_into_view("forms-title"));
    let to_graph =
        Callback::from(|_: MouseEvent| crate::web::browser::dom::bring_into_view("picture"));
    html! {
        <>
            <section class="editor" aria-labelledby="editor-title">
                <h2 id="editor-title" tabindex="-1">{ "Build your own" }</h2>
                <SandboxBar sandboxes={sandbox.sandboxes.clone()} current={sandbox.current.clone()} can_undo={sandbox.can_undo}
                    can_redo={sandbox.can_redo} on_work={props.on_work.clone()} on_load={props.on_load.clone()} on_save={props.on_save.clone()}
                    scenario={s.clone()} title={s.title.clone()} date={s.date} policy={s.friend_permissions.first().copied()} submit={submit.clone()}
                    refuse={refuse.clone()} refusal={refusal_for(Form::Bar)} />
                <button type="button" class="to-forms" onclick={to_forms}>{ "Add people and companies ↓" }</button>
            </section>
            <div class="sandbox-layout">
                <div class="sandbox-main">{ props.children.clone() }</div>
                <section class="editor forms-part" aria-labelledby="forms-title">
                    <h2 id="forms-title" tabindex="-1">{ "Add and remove" }</h2>
                    <EditStatus change={sandbox.change.clone()} can_undo={sandbox.can_undo}
                        on_work={props.on_work.clone()} on_view={props.on_view.clone()} />
                    <p class="hint">{ "Every form here does what a gesture on the graph does, by keyboard alone. Changes count at once; Undo takes them back." }</p>
                    <p class="hint" id="date-hint">{ "Dates are written year-month-day, as 2014-05-13; leave one empty for no limit." }</p>
                    <div class="forms">
                        <AddPerson scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Person)} />
                        <AddCompany scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Company)} />
                        <AddFriendship scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Friendship)} />
                        <AddGrant scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Grant)} prefill={props.grant_for.clone()} />
                        <AddDeal scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Deal)} />
                        <AddTransfer scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Transfer)} />
                    </div>
                    <RulesInBulk scenario={s.clone()} submit={bulk} refusal={refusal_for(Form::Bulk)} />
                    <Lists scenario={s.clone()} submit={submit} refuse={refuse} refusal={refusal_for(Form::List).or(refusal_for(Form::Settings))} />
                    <button type="button" class="to-graph" onclick={to_graph}>{ "Back to the picture ↑" }</button>
                </section>
            </div>
        </>
    }
}

/// The message of a refusal, at its form; `field` is which input it points at.
fn refusal_html(r: &Option<Refusal>) -> Html {
    match r {
        Some(r) => {
            html! { <p class="refusal" role="alert" data-field={r.field.as_str()}>{ &r.message }</p> }
        }
        None => html! {},
    }
}

fn invalid(r: &Option<Refusal>, fields: &[Field]) -> Option<&'static str> {
    r.as_ref()
        .filter(|r| fields.contains(&r.field))
        .map(|_| "true")
}

#[derive(Properties, PartialEq)]
struct BarProps {
    sandboxes: Rc<Vec<(String, String)>>,
    current: Option<String>,
    can_undo: bool,
    can_redo: bool,
    on_work: Callback<WorkAction>,
    on_load: Callback<Vec<web_sys::File>>,
    on_save: Callback<()>,
    scenario: Rc<Scenario>,
    title: String,
    date: Date,
    policy: Option<Interval>,
    submit: Callback<(Form, Edit)>,
    refuse: Callback<(Form, Refusal)>,
    refusal: Option<Refusal>,
}

#[component]
fn SandboxBar(props: &BarProps) -> Html {
    // Local: the delete being confirmed, and the scenario a new sandbox starts from.
    let confirm_delete = use_state(|| false);
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
                Some(s) => (format!("My copy of {}", s.title), (*s).clone()),
                None => (format!("Sandbox {}", n + 1), crate::sandbox::empty(date)),
            };
            on_work.emit(WorkAction::New { name, scenario });
        })
    };
    let delete = {
        let (on_work, key, confirm) = (
            on_work.clone(),
            props.current.clone(),
            confirm_delete.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(k) = &key {
                on_work.emit(WorkAction::Delete(k.clone()));
            }
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
    let redo = {
        let on_work = on_work.clone();
        Callback::from(move |_: MouseEvent| on_work.emit(WorkAction::Redo))
    };
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
    let options = props.sandboxes.iter().map(|(k, n)| html! { <option value={k.clone()} selected={Some(k) == props.current.as_ref()}>{ n }</option> });
    let titles = BUILTINS
        .iter()
        .enumerate()
        .map(|(i, b)| (b.slug, builtin::title(i)));
    let start_options = std::iter::once(("empty", "an empty network".to_string()))
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
                    <label class="field">{ "Sandbox " }
                        <select id="sandbox-picker" onchange={open}>{ for options }</select>
                    </label>
                    <label class="field">{ "Name " }
                        <input id="sandbox-name" type="text" value={current_name.clone()} onchange={rename} maxlength="80" />
                    </label>
                }
                <label class="field">{ "New from " }
                    <select id="sandbox-from" onchange={on_from}>{ for start_options }</select>
                </label>
                <button type="button" onclick={make}>{ "New sandbox" }</button>
            </div>
            if props.current.is_some() {
                <div class="row">
                    <button type="button" onclick={undo} disabled={!props.can_undo} aria-keyshortcuts="Control+Z">{ "↶ Undo" }</button>
                    <button type="button" onclick={redo} disabled={!props.can_redo} aria-keyshortcuts="Control+Shift+Z Control+Y">{ "↷ Redo" }</button>
                    <button type="button" onclick={save}>{ "Save as file" }</button>
                    <SaveNetwork scenario={props.scenario.clone()} />
                    <label class="file-button">{ "Load a file" }
                        <input id="load-file" type="file" multiple=true accept={ACCEPT} onchange={load} />
                    </label>
                    <span class="hint">{ "or drop one on the page: a scenario, or a network as an edge list, CSV (people and friendships together), GraphML or GEXF" }</span>
                    if *confirm_delete {
                        <span class="confirm">{ format!("Delete \"{current_name}\" for good? ") }
                            <button type="button" class="danger" onclick={delete}>{ "Yes, delete" }</button>
                            <button type="button" onclick={ask.clone()}>{ "No" }</button>
                        </span>
                    } else {
                        <button type="button" onclick={ask}>{ "Delete…" }</button>
                    }
                </div>
                <ScenarioFields title={props.title.clone()} date={props.date} policy={props.policy}
                    submit={props.submit.clone()} refuse={props.refuse.clone()} refusal={props.refusal.clone()} />
                { refusal_html(&props.refusal) }
            }
        </div>
    }
}

/// The fields of the scenario itself.
#[derive(Properties, PartialEq)]
struct ScenarioFieldsProps {
    title: String,
    date: Date,
    policy: Option<Interval>,
    submit: Callback<(Form, Edit)>,
    refuse: Callback<(Form, Refusal)>,
    refusal: Option<Refusal>,
}

/// The scenario's title, its date, and when apps may ask for friends' data.
#[component]
fn ScenarioFields(props: &ScenarioFieldsProps) -> Html {
    let title = {
        let submit = props.submit.clone();
        Callback::from(move |e: Event| submit.emit((Form::Bar, Edit::SetTitle(value(&e)))))
    };
    let date = {
        let (submit, refuse) = (props.submit.clone(), props.refuse.clone());
        Callback::from(move |e: Event| {
            match typed_date(&value(&e), Field::Date) {
            Ok(Some(d)) => submit.emit((Form::Bar, Edit::SetDate(d))),
            Ok(None) => refuse.emit((
                Form::Bar,
                Refusal {
                    field: Field::Date,
                    message: "The sandbox needs a date to show: write one as year-month-day, for example 2014-05-13.".into(),
                },
            )),
            Err(r) => refuse.emit((Form::Bar, r)),
        }
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
            <label class="field">{ "Title " }<input id="scenario-title-input" type="text" value={props.title.clone()} onchange={title} maxlength="200"
                aria-invalid={invalid(&props.refusal, &[Field::Title])} /></label>
            <label class="field">{ "Date shown " }<input id="scenario-date" class="date" type="text" inputmode="numeric" placeholder="yyyy-mm-dd" maxlength="10"
                autocomplete="off" value={props.date.to_string()} onchange={date} aria-invalid={invalid(&props.refusal, &[Field::Date])} aria-describedby="date-hint" /></label>
            <label class="check"><input id="policy-on" type="checkbox" checked={props.policy.is_some()} onchange={policy_toggle} />{ "Apps may ask for friends' data" }</label>
            if props.policy.is_some() {
                <label class="field">{ "from " }<input id="policy-from" class="date" type="text" inputmode="numeric" placeholder="yyyy-mm-dd" maxlength="10"
                    autocomplete="off" value={policy_from} onchange={policy(Field::From)} aria-invalid={invalid(&props.refusal, &[Field::From])} aria-describedby="date-hint" /></label>
                <label class="field">{ "until " }<input id="policy-until" class="date" type="text" inputmode="numeric" placeholder="yyyy-mm-dd" maxlength="10"
                    autocomplete="off" value={policy_until} onchange={policy(Field::Until)}
                    aria-invalid={invalid(&props.refusal, &[Field::Until])} aria-describedby="date-hint" /></label>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    scenario: Rc<Scenario>,
    submit: Callback<(Form, Edit)>,
    /// Refuses what a form could not make an edit of (a date that is not one).
    refuse: Callback<(Form, Refusal)>,
    refusal: Option<Refusal>,
    #[prop_or_default]
    prefill: Option<(String, String)>,
}

fn text_input(
    id: &str,
    label: &str,
    state: &UseStateHandle<String>,
    bad: Option<&'static str>,
) -> Html {
    let state = state.clone();
    html! {
        <label class="field">{ label }
            <input id={id.to_string()} type="text" value={(*state).clone()} aria-invalid={bad}
                oninput={Callback::from(move |e: InputEvent| { let i: HtmlInputElement = e.target_unchecked_into(); state.set(i.value()); })} />
        </label>
    }
}

fn date_input(
    id: &str,
    label: &str,
    state: &UseStateHandle<String>,
    bad: Option<&'static str>,
) -> Html {
    let state = state.clone();
    html! {
        <label class="field">{ label }
            <input id={id.to_string()} class="date" type="text" inputmode="numeric" placeholder="yyyy-mm-dd" maxlength="10"
                autocomplete="off" value={(*state).clone()} aria-invalid={bad} aria-describedby="date-hint"
                oninput={Callback::from(move |e: InputEvent| { let i: HtmlInputElement = e.target_unchecked_into(); state.set(i.value()); })} />
        </label>
    }
}

/// Above this many choices a form's drop-down becomes a searchable [`Picker`].
const PICKER_ABOVE: usize = 100;

/// A choice of one person or company for a form: a drop-down, or on a big network a
/// searchable [`Picker`] with a bounded list.
fn pick(
    id: &str,
    label: &str,
    // The picker's name where the words around it give it none.
    name: Option<&str>,
    state: &UseStateHandle<String>,
    choices: Vec<(String, String)>,
    bad: Option<&'static str>,
) -> Html {
    if choices.len() > PICKER_ABOVE {
        return html! {
            <Picker id={id.to_string()} label={label.to_string()} name={name.map(str::to_string)}
                choices={Rc::new(choices)} value={(**state).clone()} on_pick={state.setter().to_callback()} invalid={bad} />
        };
    }
    let state2 = state.clone();
    html! {
        <label class="field">{ label }
            <select id={id.to_string()} aria-label={name.map(str::to_string)} aria-invalid={bad} onchange={Callback::from(move |e: Event| state2.set(select_value(&e)))}>
                <option value="" selected={state.is_empty()}>{ "choose…" }</option>
                { for choices.into_iter().map(|(v, n)| html! { <option value={v.clone()} selected={**state == v}>{ n }</option> }) }
            </select>
        </label>
    }
}

fn people_of(s: &Scenario) -> Vec<(String, String)> {
    s.people
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect()
}

fn companies_of(s: &Scenario) -> Vec<(String, String)> {
    s.companies
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect()
}

fn checks(
    prefix: &str,
    state: &UseStateHandle<CategorySet>,
    cats: &[Category],
    label: impl Fn(Category) -> String,
) -> Html {
    let boxes = cats.iter().map(|c| {
        let (state, c) = (state.clone(), *c);
        let on = state.contains(c);
        html! {
            <label class="check">
                <input type="checkbox" id={format!("{prefix}-{}", c.as_str())} checked={on}
                    onchange={Callback::from(move |_: Event| { let mut s = *state; if on { s.remove(c) } else { s.insert(c) } state.set(s); })} />
                { label(c) }
            </label>
        }
    });
    html! { <div class="checks">{ for boxes }</div> }
}

/// Asks before a second node of a name already in use is added: the first press of Add warns
/// (at the form, in words), a second press with the same name adds it. `add` sends the edit.
fn add_unless_taken(
    s: &Scenario,
    name: &UseStateHandle<String>,
    warned: &UseStateHandle<Option<String>>,
    add: impl FnOnce(),
) {
    let typed = name.trim().to_string();
    if crate::sandbox::name_in_use(s, &typed).is_some() && warned.as_deref() != Some(typed.as_str())
    {
        warned.set(Some(typed));
        return;
    }
    warned.set(None);
    add();
    name.set(String::new());
}

/// The warning of [`add_unless_taken`], while the name it was about is still typed.
fn taken_warning(s: &Scenario, name: &str, warned: &Option<String>, button: &str) -> Html {
    match (warned, crate::sandbox::name_in_use(s, name)) {
        (Some(w), Some(words)) if w == name.trim() => html! {
            <p class="refusal" role="alert">{ format!("{words} Press \"{button}\" again to add a second one, or change the name.") }</p>
        },
        _ => html! {},
    }
}

#[component]
fn AddPerson(props: &FormProps) -> Html {
    // Local: the name typed, and a name in use that the reader was warned about.
    let name = use_state(String::new);
    let warned = use_state(|| None::<String>);
    let add = {
        let (name, warned, submit, s) = (
            name.clone(),
            warned.clone(),
            props.submit.clone(),
            props.scenario.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            add_unless_taken(&s, &name, &warned, || {
                submit.emit((
                    Form::Person,
                    Edit::AddPerson {
                        id: new_id(&s, &name),
                        name: (*name).clone(),
                    },
                ))
            });
        })
    };
    html! {
        <form class="edit-form" onsubmit={add} aria-label="Add a person">
            <h3>{ "Add a person" }</h3>
            { text_input("person-name", "Name ", &name, invalid(&props.refusal, &[Field::Name, Field::Id])) }
            <button type="submit">{ "Add person" }</button>
            { taken_warning(&props.scenario, &name, &warned, "Add person") }
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
fn AddCompany(props: &FormProps) -> Html {
    // Local: the name typed, a name in use the reader was warned about, the kind chosen.
    let name = use_state(String::new);
    let warned = use_state(|| None::<String>);
    let kind = use_state(|| CompanyKind::App.as_str().to_string());
    let add = {
        let (name, warned, kind, submit, s) = (
            name.clone(),
            warned.clone(),
            kind.clone(),
            props.submit.clone(),
            props.scenario.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let k = CompanyKind::parse(&kind).unwrap_or(CompanyKind::App);
            add_unless_taken(&s, &name, &warned, || {
                submit.emit((
                    Form::Company,
                    Edit::AddCompany {
                        id: new_id(&s, &name),
                        name: (*name).clone(),
                        kind: k,
                    },
                ))
            });
        })
    };
    let kinds = vec![
        (CompanyKind::App.as_str().to_string(), "an app".to_string()),
        (CompanyKind::Partner.as_str().into(), "a partner".into()),
        (CompanyKind::Broker.as_str().into(), "a data broker".into()),
    ];
    html! {
        <form class="edit-form" onsubmit={add} aria-label="Add a company">
            <h3>{ "Add a company" }</h3>
            { text_input("company-name", "Name ", &name, invalid(&props.refusal, &[Field::Name, Field::Id])) }
            { pick("company-kind", "Kind ", None, &kind, kinds, None) }
            <button type="submit">{ "Add company" }</button>
            { taken_warning(&props.scenario, &name, &warned, "Add company") }
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
fn AddFriendship(props: &FormProps) -> Html {
    // Local: what the reader picks and types in this form.
    let (a, b) = (use_state(String::new), use_state(String::new));
    let messages = use_state(|| false);
    let (from, until) = (use_state(String::new), use_state(String::new));
    let add = {
        let (a, b, messages, from, until, submit) = (
            a.clone(),
            b.clone(),
            messages.clone(),
            from.clone(),
            until.clone(),
            props.submit.clone(),
        );
        let refuse = props.refuse.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            send_timed(
                (&submit, &refuse),
                Form::Friendship,
                (&from, &until),
                |interval| Edit::AddFriendship {
                    a: (*a).clone(),
                    b: (*b).clone(),
                    messages: *messages,
                    interval,
                },
            );
        })
    };
    let people = people_of(&props.scenario);
    let bad = invalid(&props.refusal, &[Field::Between]);
    let toggle = {
        let messages = messages.clone();
        Callback::from(move |_: Event| messages.set(!*messages))
    };
    html! {
        <form class="edit-form" onsubmit={add} aria-label="Make two people friends">
            <h3>{ "Make two people friends" }</h3>
            { pick("friend-a", "", Some("First friend"), &a, people.clone(), bad) }
            { pick("friend-b", " and ", None, &b, people, bad) }
            <label class="check"><input id="friend-messages" type="checkbox" checked={*messages} onchange={toggle} />{ "they message each other" }</label>
            { date_input("friend-from", "from ", &from, invalid(&props.refusal, &[Field::From])) }
            { date_input("friend-until", "until ", &until, invalid(&props.refusal, &[Field::Until])) }
            <button type="submit">{ "Add friendship" }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
fn AddGrant(props: &FormProps) -> Html {
    // Local: what the reader picks, ticks and types in this form.
    let (person, company) = (use_state(String::new), use_state(String::new));
    let own = use_state(|| [Category::Name].into_iter().collect::<CategorySet>());
    // A quiz's first lesson: it asks for friends' likes, as thisisyourdigitallife did.
    let friends = use_state(|| [Category::Likes].into_iter().collect::<CategorySet>());
    let asked = use_state(|| true);
    let (from, until) = (use_state(String::new), use_state(String::new));
    {
        // A person dragged onto a company on the graph fills the form.
        let (person, company) = (person.clone(), company.clone());
        use_effect_with(props.prefill.clone(), move |prefill| {
            if let Some((p, c)) = prefill {
                person.set(p.clone());
                company.set(c.clone());
                crate::web::browser::dom::focus_id("grant-own-user_id");
            }
        });
    }
    let add = {
        let (person, company, own, friends, asked, from, until, submit) = (
            person.clone(),
            company.clone(),
            own.clone(),
            friends.clone(),
            asked.clone(),
            from.clone(),
            until.clone(),
            props.submit.clone(),
        );
        let refuse = props.refuse.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let scopes: Vec<Scope> = own
                .iter()
                .map(Scope::Own)
                .chain(friends.iter().map(Scope::Friends))
                .collect();
            send_timed(
                (&submit, &refuse),
                Form::Grant,
                (&from, &until),
                |interval| Edit::AddGrant {
                    person: (*person).clone(),
                    company: (*company).clone(),
                    scopes,
                    explicit: *asked,
                    interval,
                },
            );
        })
    };
    let toggle = {
        let asked = asked.clone();
        Callback::from(move |_: Event| asked.set(!*asked))
    };
    let friend_cats: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| *c != Category::Messages)
        .collect();
    html! {
        <form id="grant-form" class="edit-form wide" onsubmit={add} aria-label="A person signs in to a company">
            <h3>{ "A person signs in to a company" }</h3>
            { pick("grant-person", "", Some("Person who signs in"), &person, people_of(&props.scenario), invalid(&props.refusal, &[Field::Person])) }
            { pick("grant-company", " signs in to ", None, &company, companies_of(&props.scenario), invalid(&props.refusal, &[Field::Company])) }
            <fieldset aria-invalid={invalid(&props.refusal, &[Field::Scopes])}>
                <legend>{ "and lets it see their own" }</legend>
                { checks("grant-own", &own, &Category::ALL, |c| c.label().to_string()) }
            </fieldset>
            <fieldset>
                <legend>{ "and their friends'" }</legend>
                { checks("grant-friends", &friends, &friend_cats, |c| c.label().to_string()) }
                <p class="sub">{ "There is no box for friends' messages: a person's own messages already hold what everyone writes to them." }</p>
            </fieldset>
            <label class="check"><input id="grant-asked" type="checkbox" checked={*asked} onchange={toggle} />
                { "they were asked (untick for a connection nobody asked them about: a deal)" }</label>
            { date_input("grant-from", "from ", &from, invalid(&props.refusal, &[Field::From])) }
            { date_input("grant-until", "until ", &until, invalid(&props.refusal, &[Field::Until])) }
            <button type="submit">{ "Add grant" }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
fn AddDeal(props: &FormProps) -> Html {
    // Local: what the reader picks, ticks and types in this form.
    let company = use_state(String::new);
    let friend_data = use_state(|| CategorySet::EMPTY);
    let all_users = use_state(|| CategorySet::EMPTY);
    let ignores = use_state(|| false);
    let (from, until) = (use_state(String::new), use_state(String::new));
    let add = {
        let (company, friend_data, all_users, ignores, from, until, submit) = (
            company.clone(),
            friend_data.clone(),
            all_users.clone(),
            ignores.clone(),
            from.clone(),
            until.clone(),
            props.submit.clone(),
        );
        let refuse = props.refuse.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            send_timed(
                (&submit, &refuse),
                Form::Deal,
                (&from, &until),
                |interval| Edit::AddAgreement {
                    company: (*company).clone(),
                    friend_data: *friend_data,
                    ignores_settings: *ignores,
                    all_users: *all_users,
                    interval,
                },
            );
        })
    };
    let toggle = {
        let ignores = ignores.clone();
        Callback::from(move |_: Event| ignores.set(!*ignores))
    };
    let friend_cats: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| *c != Category::Messages)
        .collect();
    html! {
        <form class="edit-form wide" onsubmit={add} aria-label="A deal with the platform">
            <h3>{ "A deal with the platform" }</h3>
            { pick("deal-company", "for ", None, &company, companies_of(&props.scenario), invalid(&props.refusal, &[Field::Company])) }
            <fieldset aria-invalid={invalid(&props.refusal, &[Field::FriendData])}>
                <legend>{ "friends' data it may reach through its users, even when apps may not" }</legend>
                { checks("deal-friends", &friend_data, &friend_cats, |c| c.label().to_string()) }
                <label class="check"><input id="deal-ignores" type="checkbox" checked={*ignores} onchange={toggle} />{ "even where friends' settings say no" }</label>
            </fieldset>
            <fieldset>
                <legend>{ "data of every user, without asking" }</legend>
                { checks("deal-all", &all_users, &Category::ALL, |c| c.label().to_string()) }
            </fieldset>
            { date_input("deal-from", "from ", &from, invalid(&props.refusal, &[Field::From])) }
            { date_input("deal-until", "until ", &until, invalid(&props.refusal, &[Field::Until])) }
            <button type="submit">{ "Add deal" }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
fn AddTransfer(props: &FormProps) -> Html {
    // Local: what the reader picks, ticks and types in this form.
    let (from_c, to_c) = (use_state(String::new), use_state(String::new));
    let cats = use_state(|| CategorySet::EMPTY);
    let (from, until) = (use_state(String::new), use_state(String::new));
    let add = {
        let (from_c, to_c, cats, from, until, submit) = (
            from_c.clone(),
            to_c.clone(),
            cats.clone(),
            from.clone(),
            until.clone(),
            props.submit.clone(),
        );
        let refuse = props.refuse.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            send_timed(
                (&submit, &refuse),
                Form::Transfer,
                (&from, &until),
                |interval| Edit::AddTransfer {
                    from: (*from_c).clone(),
                    to: (*to_c).clone(),
                    categories: *cats,
                    interval,
                },
            );
        })
    };
    let companies = companies_of(&props.scenario);
    html! {
        <form class="edit-form" onsubmit={add} aria-label="One company hands data to another">
            <h3>{ "One company hands data to another" }</h3>
            { pick("transfer-from", "", Some("Company that hands data on"), &from_c, companies.clone(), invalid(&props.refusal, &[Field::FromCompany])) }
            { pick("transfer-to", " hands to ", None, &to_c, companies, invalid(&props.refusal, &[Field::ToCompany])) }
            <fieldset aria-invalid={invalid(&props.refusal, &[Field::Categories])}>
                <legend>{ "this data" }</legend>
                { checks("transfer-cats", &cats, &Category::ALL, |c| c.label().to_string()) }
            </fieldset>
            { date_input("transfer-from-date", "from ", &from, None) }
            { date_input("transfer-until-date", "until ", &until, invalid(&props.refusal, &[Field::Until])) }
            <button type="submit">{ "Add transfer" }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

/// Draws entry `i` of a list, with where its edits and refusals go.
type Draw = fn(&Scenario, usize, Senders) -> Html;

#[derive(Properties, PartialEq)]
struct ListsProps {
    scenario: Rc<Scenario>,
    submit: Callback<(Form, Edit)>,
    refuse: Callback<(Form, Refusal)>,
    refusal: Option<Refusal>,
}

/// What the sandbox holds, each with its remove button; people and companies can be renamed,
/// and people's settings changed, in place. Each list shows one page of its entries, with a
/// filter by name once it is longer than a page, so a network of thousands stays a short page.
#[component]
fn Lists(props: &ListsProps) -> Html {
    let s = &props.scenario;
    // What a list's filter reads of each entry, and how an entry is drawn.
    let part = |n: usize, text: fn(&Scenario, usize) -> String, draw: Draw| {
        let texts: Rc<Vec<String>> = Rc::new((0..n).map(|i| text(s, i)).collect());
        let (s, submit, refuse) = (s.clone(), props.submit.clone(), props.refuse.clone());
        (
            texts,
            Callback::from(move |i: usize| draw(&s, i, (&submit, &refuse))),
        )
    };
    let (people, person) = part(
        s.people.len(),
        |s, i| s.people[i].name.clone(),
        |s, i, (submit, _)| person_entry(&s.people[i], submit),
    );
    let (companies, company) = part(
        s.companies.len(),
        |s, i| s.companies[i].name.clone(),
        |s, i, (submit, _)| company_entry(&s.companies[i], submit),
    );
    let (friendships, friendship) = part(s.friendships.len(), friendship_text, |s, i, senders| {
        timed_item(
            senders,
            friendship_text(s, i),
            Edit::RemoveFriendship { index: i },
            Timed::Friendship,
            i,
            s.friendships[i].interval,
        )
    });
    let (grants, grant) = part(s.grants.len(), grant_text, |s, i, senders| {
        timed_item(
            senders,
            grant_text(s, i),
            Edit::RemoveGrant { index: i },
            Timed::Grant,
            i,
            s.grants[i].interval,
        )
    });
    let (deals, deal) = part(s.agreements.len(), deal_text, |s, i, senders| {
        timed_item(
            senders,
            deal_text(s, i),
            Edit::RemoveAgreement { index: i },
            Timed::Agreement,
            i,
            s.agreements[i].interval,
        )
    });
    let (transfers, transfer) = part(s.transfers.len(), transfer_text, |s, i, senders| {
        timed_item(
            senders,
            transfer_text(s, i),
            Edit::RemoveTransfer { index: i },
            Timed::Transfer,
            i,
            s.transfers[i].interval,
        )
    });
    html! {
        <div class="lists">
            { refusal_html(&props.refusal) }
            <ListPart title="People" id="people-list" noun="people" texts={people} entry={person} />
            <ListPart title="Companies" id="company-list" noun="companies" texts={companies} entry={company} />
            <ListPart title="Friendships" id="friendship-list" noun="friendships" texts={friendships} entry={friendship} />
            <ListPart title="Grants" id="grant-list" noun="grants" texts={grants} entry={grant} />
            <ListPart title="Deals" id="deal-list" noun="deals" texts={deals} entry={deal} />
            <ListPart title="Transfers" id="transfer-list" noun="transfers" texts={transfers} entry={transfer} />
        </div>
    }
}

/// One of the sandbox's lists.
#[derive(Properties, PartialEq)]
struct ListPartProps {
    /// Its heading and name ("People").
    title: AttrValue,
    /// The list's id.
    id: AttrValue,
    /// What its entries are, in the plural and lower case.
    noun: AttrValue,
    /// What the filter reads of each entry.
    texts: Rc<Vec<String>>,
    /// Draws an entry, by index.
    entry: Callback<usize, Html>,
}

/// A list's heading with its count, a filter by name when it is longer than a page, one page
/// of its entries, and the pages.
#[component]
fn ListPart(props: &ListPartProps) -> Html {
    // Local: the filter typed over this list, and the page of it shown.
    let query = use_state(String::new);
    let page = use_state(|| 0usize);
    let kept = filter(props.texts.iter().map(String::as_str), &query);
    let w = window(kept.len(), LIST_SIZE, *page);
    let total = props.texts.len();
    let noun = props.noun.clone();
    let on_filter = {
        let (query, page) = (query.clone(), page.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            page.set(0);
        })
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |p: usize| page.set(p))
    };
    let long = total > LIST_SIZE || !query.is_empty();
    html! {
        <section>
            <h3>{ format!("{} ({})", props.title, thousands(total)) }</h3>
            if long {
                <label class="field small filter">{ "Filter " }
                    <input type="search" value={(*query).clone()} oninput={on_filter}
                        aria-label={format!("Filter {noun} by name")} aria-controls={props.id.clone()} />
                </label>
            }
            <ul id={props.id.clone()} aria-label={props.title.clone()}>
                { for kept[w.range()].iter().map(|i| props.entry.emit(*i)) }
            </ul>
            if long {
                <Pager window={w} noun={noun.clone()} label={format!("Pages of {noun}")} {on_page}
                    controls={Some(props.id.clone())} />
            }
        </section>
    }
}

/// A timed entry: its words, its dates (editable in place), and its remove button.
fn timed_item(
    (submit, refuse): Senders,
    text: String,
    edit: Edit,
    what: Timed,
    index: usize,
    iv: Interval,
) -> Html {
    let remove = {
        let submit = submit.clone();
        Callback::from(move |_: MouseEvent| submit.emit((Form::List, edit.clone())))
    };
    let set = |from_side: bool| {
        let (submit, refuse) = (submit.clone(), refuse.clone());
        Callback::from(move |e: Event| {
            let field = if from_side { Field::From } else { Field::Until };
            let d = match typed_date(&value(&e), field) {
                Ok(d) => d,
                Err(r) => return refuse.emit((Form::List, r)),
            };
            let interval = if from_side {
                Interval { from: d, ..iv }
            } else {
                Interval { until: d, ..iv }
            };
            submit.emit((
                Form::List,
                Edit::SetInterval {
                    what,
                    index,
                    interval,
                },
            ));
        })
    };
    let shown = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    html! {
        <li>
            <span class="entry">{ text.clone() }</span>
            <label class="field small">{ "from " }<input class="date" type="text" inputmode="numeric" placeholder="yyyy-mm-dd" maxlength="10" autocomplete="off"
                value={shown(iv.from)} onchange={set(true)} aria-label={format!("From: {text}")} /></label>
            <label class="field small">{ "until " }<input class="date" type="text" inputmode="numeric" placeholder="yyyy-mm-dd" maxlength="10" autocomplete="off"
                value={shown(iv.until)} onchange={set(false)} aria-label={format!("Until: {text}")} /></label>
            <button type="button" class="remove" onclick={remove} aria-label={format!("Remove: {text}")}>{ "Remove" }</button>
        </li>
    }
}

/// A person in the list: their name to edit, their settings, and a remove button.
fn person_entry(p: &Person, submit: &Callback<(Form, Edit)>) -> Html {
    let remove = |edit: Edit| {
        let submit = submit.clone();
        Callback::from(move |_: MouseEvent| submit.emit((Form::List, edit.clone())))
    };
    let rename = {
        let (submit, id) = (submit.clone(), p.id.clone());
        Callback::from(move |e: Event| {
            submit.emit((
                Form::List,
                Edit::RenamePerson {
                    id: id.clone(),
                    name: value(&e),
                },
            ))
        })
    };
    let setting = |platform_apps: bool, apps_others_use: CategorySet| {
        let (submit, id) = (submit.clone(), p.id.clone());
        Callback::from(move |_: Event| {
            submit.emit((
                Form::Settings,
                Edit::SetSettings {
                    id: id.clone(),
                    platform_apps,
                    apps_others_use,
                },
            ))
        })
    };
    let boxes = Category::ALL.iter().filter(|c| **c != Category::Messages).map(|c| {
        let mut next = p.apps_others_use;
        if next.contains(*c) { next.remove(*c) } else { next.insert(*c) }
        html! {
            <label class="check"><input type="checkbox" checked={p.apps_others_use.contains(*c)} onchange={setting(p.platform_apps, next)} />{ c.label() }</label>
        }
    });
    html! {
        <li key={p.id.clone()} data-person={p.id.clone()}>
            <input type="text" class="inline-name" value={p.name.clone()} onchange={rename} aria-label={format!("Name of {}", p.name)} />
            <details>
                <summary>{ "settings" }</summary>
                <label class="check"><input type="checkbox" checked={p.platform_apps} onchange={setting(!p.platform_apps, p.apps_others_use)} />{ "platform apps on" }</label>
                <p class="sub">{ "\"Apps others use\":" }</p>
                <div class="checks">{ for boxes }</div>
            </details>
            <button type="button" class="remove" onclick={remove(Edit::RemovePerson { id: p.id.clone() })} aria-label={format!("Remove {}", p.name)}>{ "Remove" }</button>
        </li>
    }
}

/// A company in the list: its name to edit, its kind, and a remove button.
fn company_entry(c: &Company, submit: &Callback<(Form, Edit)>) -> Html {
    let remove = |edit: Edit| {
        let submit = submit.clone();
        Callback::from(move |_: MouseEvent| submit.emit((Form::List, edit.clone())))
    };
    let rename = {
        let (submit, id) = (submit.clone(), c.id.clone());
        Callback::from(move |e: Event| {
            submit.emit((
                Form::List,
                Edit::RenameCompany {
                    id: id.clone(),
                    name: value(&e),
                },
            ))
        })
    };
    html! {
        <li key={c.id.clone()} data-company={c.id.clone()}>
            <input type="text" class="inline-name" value={c.name.clone()} onchange={rename} aria-label={format!("Name of {}", c.name)} />
            <span class="sub">{ format!(" {}", c.kind.as_str()) }</span>
            <button type="button" class="remove" onclick={remove(Edit::RemoveCompany { id: c.id.clone() })} aria-label={format!("Remove {}", c.name)}>{ "Remove" }</button>
        </li>
    }
}

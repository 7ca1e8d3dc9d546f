//! The sandbox editor: the sandbox bar (keep, switch, rename, delete, save and load files, undo
//! and redo) and the forms that add and remove people, companies, friendships, grants, deals and
//! transfers. Every form is the keyboard equivalent of a gesture on the graph, and a refused edit
//! is reported at the form and field that sent it. The bar sits above the rest of the page and
//! the forms below it; both are one [`Editor`], drawn once around what lies between them.
//!
//! The bar is [`bar`]'s, the forms [`forms`]', the lists of what the sandbox holds [`lists`]'.

mod bar;
mod forms;
mod lists;
mod story;

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew::TargetCast;

use crate::core::date::Interval;
use crate::core::model::{Scenario, Step};
use crate::present::effect::Fix;
use crate::sandbox::{typed_interval, Edit, Field, Refusal, WorkAction, Workspace};
use crate::view::derive::Effect;
use crate::view::page::Do;
use crate::view::state::{show_step, Action};
use crate::web::components::bulk::RulesInBulk;
use crate::{say, word};

use bar::SandboxBar;
use forms::{AddCompany, AddDeal, AddFriendship, AddGrant, AddPerson, AddTransfer};
use lists::Lists;
use story::StoryPart;

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
    Story,
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
    /// What the page shows now, as a story step with no words yet.
    pub view_step: Step,
    /// Changes the page (the story read as a reader, or presented).
    pub on_page: Callback<Do>,
    /// Prints the story's handout.
    pub print: Callback<()>,
    /// What the page shows between the bar (above) and the forms (below): the story, the time
    /// line and the stage.
    pub children: Html,
}

pub(super) fn value(e: &Event) -> String {
    let input: HtmlInputElement = e.target_unchecked_into();
    input.value()
}

pub(super) fn select_value(e: &Event) -> String {
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
                <button type="button" onclick={undo} aria-label={say!("editor-undo-label", change = change.words.as_str())}>{ word!("editor-undo") }</button>
            }
        </div>
    }
}

/// Where a form's edits go, and its refusals of what it could not make an edit of.
pub(super) type Senders<'a> = (&'a Callback<(Form, Edit)>, &'a Callback<(Form, Refusal)>);

/// Sends the edit `make` builds from the period typed in `from` and `until`, or, when a date
/// is not one, refuses it at that field: a typo never silently leaves a period open.
pub(super) fn send_timed(
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
                <h2 id="editor-title" tabindex="-1">{ word!("editor-title") }</h2>
                <SandboxBar sandboxes={sandbox.sandboxes.clone()} current={sandbox.current.clone()} can_undo={sandbox.can_undo}
                    can_redo={sandbox.can_redo} on_work={props.on_work.clone()} on_load={props.on_load.clone()} on_save={props.on_save.clone()}
                    scenario={s.clone()} title={s.title.clone()} date={s.date} policy={s.friend_permissions.first().copied()} submit={submit.clone()}
                    refuse={refuse.clone()} refusal={refusal_for(Form::Bar)} />
                <button type="button" class="to-forms" onclick={to_forms}>{ word!("editor-to-forms") }</button>
            </section>
            <div class="sandbox-layout">
                <div class="sandbox-main">{ props.children.clone() }</div>
                <section class="editor forms-part" aria-labelledby="forms-title">
                    <h2 id="forms-title" tabindex="-1">{ word!("editor-forms-title") }</h2>
                    <EditStatus change={sandbox.change.clone()} can_undo={sandbox.can_undo}
                        on_work={props.on_work.clone()} on_view={props.on_view.clone()} />
                    <p class="hint">{ word!("editor-forms-hint") }</p>
                    <p class="hint" id="date-hint">{ word!("editor-date-hint") }</p>
                    <div class="forms">
                        <AddPerson scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Person)} />
                        <AddCompany scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Company)} />
                        <AddFriendship scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Friendship)} />
                        <AddGrant scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Grant)} prefill={props.grant_for.clone()} />
                        <AddDeal scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Deal)} />
                        <AddTransfer scenario={s.clone()} submit={submit.clone()} refuse={refuse.clone()} refusal={refusal_for(Form::Transfer)} />
                    </div>
                    { story_part(props, (&submit, &refuse), refusal_for(Form::Story), *form == Some(Form::Story)) }
                    <RulesInBulk scenario={s.clone()} submit={bulk} refusal={refusal_for(Form::Bulk)} />
                    <Lists scenario={s.clone()} submit={submit} refuse={refuse} refusal={refusal_for(Form::List).or(refusal_for(Form::Settings))} />
                    <button type="button" class="to-graph" onclick={to_graph}>{ word!("editor-to-graph") }</button>
                </section>
            </div>
        </>
    }
}

/// The story part of the editor; `last` is whether it made the last change.
fn story_part(
    props: &EditorProps,
    (submit, refuse): Senders,
    refusal: Option<Refusal>,
    last: bool,
) -> Html {
    let s = &props.sandbox.scenario;
    let show_first = {
        let (on_view, on_page, s) = (props.on_view.clone(), props.on_page.clone(), s.clone());
        move |then: Do| {
            let (on_view, on_page, s) = (on_view.clone(), on_page.clone(), s.clone());
            Callback::from(move |_: ()| {
                if let Some(a) = show_step(&s.steps, 0, s.date) {
                    on_view.emit(a);
                    on_page.emit(then.clone());
                }
            })
        }
    };
    let change = props
        .sandbox
        .change
        .as_ref()
        .filter(|_| last && props.sandbox.can_undo)
        .map(|c| c.words.clone());
    html! {
        <StoryPart scenario={s.clone()} view_step={props.view_step.clone()} submit={submit.clone()} refuse={refuse.clone()}
            {refusal} {change} on_work={props.on_work.clone()} on_read={show_first(Do::Preview(true))}
            on_present={show_first(Do::Presenting(true))}
            on_print={props.print.clone()} />
    }
}

/// The message of a refusal, at its form; `field` is which input it points at.
pub(super) fn refusal_html(r: &Option<Refusal>) -> Html {
    match r {
        Some(r) => {
            html! { <p class="refusal" role="alert" data-field={r.field.as_str()}>{ &r.message }</p> }
        }
        None => html! {},
    }
}

pub(super) fn invalid(r: &Option<Refusal>, fields: &[Field]) -> Option<&'static str> {
    r.as_ref()
        .filter(|r| fields.contains(&r.field))
        .map(|_| "true")
}

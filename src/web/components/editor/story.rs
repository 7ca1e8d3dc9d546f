//! The sandbox's story part: its steps in order, each edited in place, moved up and down (by
//! its buttons, or Alt+↑ and Alt+↓), deleted with Undo; a step added from an empty form or
//! from the view shown; and the story read as a reader, presented or printed.
//!
//! A step is written in a [`StepForm`] whose fields are a [`StepDraft`]; the step it makes is
//! checked as an edit before the form closes, so a refused step keeps the teacher's words and
//! says which field is at fault. The words are `present::story`'s.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;
use yew::TargetCast;

use super::forms::{text_input, PICKER_ABOVE};
use super::{invalid, refusal_html, select_value, Form};
use crate::core::model::{FriendPermissions, Scenario, Step};
use crate::present::story as words;
use crate::sandbox::{Edit, Field, Refusal, StepDraft, WorkAction};
use crate::web::browser;
use crate::web::hooks::Same;
use crate::word;

/// The story part's inputs.
#[derive(Properties, PartialEq)]
pub(super) struct StoryPartProps {
    pub(super) scenario: Rc<Scenario>,
    /// What the page shows now, as a step with no words yet.
    pub(super) view_step: Step,
    pub(super) submit: Callback<(Form, Edit)>,
    pub(super) refuse: Callback<(Form, Refusal)>,
    pub(super) refusal: Option<Refusal>,
    /// What the last change did, when the story part made it (shown with its Undo).
    pub(super) change: Option<String>,
    pub(super) on_work: Callback<WorkAction>,
    /// Reads the story as a reader, presents it, prints it.
    pub(super) on_read: Callback<()>,
    pub(super) on_present: Callback<()>,
    pub(super) on_print: Callback<()>,
}

/// Which step the form writes: a new one (put at the end) or the one at an index.
#[derive(Clone, Copy, PartialEq)]
enum Writing {
    New,
    At(usize),
}

#[component]
pub(super) fn StoryPart(props: &StoryPartProps) -> Html {
    // Local: which step the form is open for, and the fields it opened with.
    let writing = use_state(|| None::<(Writing, StepDraft)>);
    // Local: the control to give focus to once the story the last edit made is drawn.
    let focus_after = use_mut_ref(|| None::<String>);
    {
        let focus_after = focus_after.clone();
        use_effect_with(Same(props.scenario.clone()), move |_| {
            if let Some(id) = focus_after.borrow_mut().take() {
                browser::dom::focus_id(&id);
            }
        });
    }
    let s = &props.scenario;
    let n = s.steps.len();
    let edit = checked_edit(props, &focus_after);
    let on_save = {
        let (writing, refuse, edit, s) = (
            writing.clone(),
            props.refuse.clone(),
            edit.clone(),
            s.clone(),
        );
        Callback::from(move |draft: StepDraft| {
            let Some((at, _)) = *writing else { return };
            let step = match draft.step(&s) {
                Ok(step) => step,
                Err(r) => return refuse.emit((Form::Story, r)),
            };
            let (e, index) = match at {
                Writing::New => (
                    Edit::AddStep {
                        at: s.steps.len(),
                        step,
                    },
                    s.steps.len(),
                ),
                Writing::At(index) => (Edit::SetStep { index, step }, index),
            };
            if edit.emit((e, format!("story-step-{index}-edit"))) {
                writing.set(None);
            }
        })
    };
    let on_cancel = cancel(&writing);
    let open = |at: Writing, draft: StepDraft| {
        let writing = writing.clone();
        Callback::from(move |_: MouseEvent| writing.set(Some((at, draft.clone()))))
    };
    let form = |at: Writing| {
        (*writing)
            .as_ref()
            .filter(|(w, _)| *w == at)
            .map(|(_, draft)| {
                let label = match at {
                    Writing::New => words::form_label(n),
                    Writing::At(i) => words::form_label(i),
                };
                html! {
                    <StepForm scenario={s.clone()} draft={draft.clone()} {label} on_save={on_save.clone()}
                        on_cancel={on_cancel.clone()} refusal={props.refusal.clone()} />
                }
            })
    };
    let items = s
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| match form(Writing::At(i)) {
            Some(f) => html! { <li>{ f }</li> },
            None => step_item(
                (i, n),
                step,
                &edit,
                open(Writing::At(i), StepDraft::of(step, s)),
            ),
        });
    html! {
        <section class="story-part" aria-labelledby="story-part-title">
            <h3 id="story-part-title">{ words::heading() }</h3>
            <p class="hint">{ words::intro() }</p>
            if n == 0 {
                <p>{ words::empty() }</p>
            } else {
                <ol class="story-steps">{ for items }</ol>
                <p class="hint">{ words::keys_hint() }</p>
            }
            { for form(Writing::New) }
            if writing.is_none() {
                { refusal_html(&props.refusal) }
            }
            { actions(props, open(Writing::New, StepDraft::default()), open(Writing::New, StepDraft::of(&props.view_step, s))) }
            <AddSource {edit} refusal={props.refusal.clone().filter(|_| writing.is_none())} />
        </section>
    }
}

/// What the last story edit did with its Undo, and the story's buttons: add a step (`add`),
/// add the view as one (`add_view`), and once there is a step, read, present and print it.
fn actions(
    props: &StoryPartProps,
    add: Callback<MouseEvent>,
    add_view: Callback<MouseEvent>,
) -> Html {
    let undo = {
        let on_work = props.on_work.clone();
        Callback::from(move |_: MouseEvent| on_work.emit(WorkAction::Undo))
    };
    let cb = |c: &Callback<()>| {
        let c = c.clone();
        Callback::from(move |_: MouseEvent| c.emit(()))
    };
    html! {
        <>
            if let Some(change) = props.change.clone() {
                <p class="story-change">{ change }{ " " }
                    <button type="button" onclick={undo}>{ word!("editor-undo") }</button></p>
            }
            <div class="story-actions">
                <button type="button" id="story-add" onclick={add}>{ words::add() }</button>
                <button type="button" onclick={add_view}>{ words::add_view() }</button>
                if !props.scenario.steps.is_empty() {
                    <button type="button" onclick={cb(&props.on_read)}>{ words::preview() }</button>
                    <button type="button" onclick={cb(&props.on_present)}>{ words::present() }</button>
                    <button type="button" onclick={cb(&props.on_print)}>{ words::print() }</button>
                }
            </div>
        </>
    }
}

/// Closes the form without saving; focus goes back to the button that opened it, once the
/// form is gone.
fn cancel(writing: &UseStateHandle<Option<(Writing, StepDraft)>>) -> Callback<()> {
    let writing = writing.clone();
    Callback::from(move |_: ()| {
        let back = match (*writing).as_ref().map(|(at, _)| *at) {
            Some(Writing::At(i)) => format!("story-step-{i}-edit"),
            _ => "story-add".to_string(),
        };
        writing.set(None);
        browser::time::later(0, move || browser::dom::focus_id(&back));
    })
}

/// An edit checked before it is sent: sent when the sandbox would take it (and focus then goes
/// to the control named), else refused at the story part. Answers whether it was sent.
fn checked_edit(
    props: &StoryPartProps,
    focus_after: &Rc<std::cell::RefCell<Option<String>>>,
) -> Callback<(Edit, String), bool> {
    let (submit, refuse, focus_after) = (
        props.submit.clone(),
        props.refuse.clone(),
        focus_after.clone(),
    );
    let s = props.scenario.clone();
    Callback::from(
        move |(e, focus): (Edit, String)| match crate::sandbox::apply(&s, &e) {
            Ok(_) => {
                *focus_after.borrow_mut() = Some(focus);
                submit.emit((Form::Story, e));
                true
            }
            Err(r) => {
                refuse.emit((Form::Story, r));
                false
            }
        },
    )
}

/// Step `i` of `n` in the list: its title, Edit (`on_edit`), Move up, Move down (also Alt+↑ and
/// Alt+↓ anywhere on it, focus following the step) and Delete.
fn step_item(
    (i, n): (usize, usize),
    step: &Step,
    edit: &Callback<(Edit, String), bool>,
    on_edit: Callback<MouseEvent>,
) -> Html {
    let mover = |to: usize, focus: &'static str| {
        let edit = edit.clone();
        move || {
            edit.emit((
                Edit::MoveStep { index: i, to },
                format!("story-step-{to}-{focus}"),
            ));
        }
    };
    let (up, down) = (i.checked_sub(1), (i + 1 < n).then_some(i + 1));
    let click = |to: Option<usize>, focus: &'static str| {
        let go = to.map(|to| mover(to, focus));
        Callback::from(move |_: MouseEvent| {
            if let Some(go) = &go {
                go()
            }
        })
    };
    let on_key = {
        let (up, down) = (up.map(|t| mover(t, "edit")), down.map(|t| mover(t, "edit")));
        Callback::from(move |e: KeyboardEvent| {
            let go = match (e.alt_key(), e.key().as_str()) {
                (true, "ArrowUp") => up.as_ref(),
                (true, "ArrowDown") => down.as_ref(),
                _ => None,
            };
            if let Some(go) = go {
                e.prevent_default();
                go();
            }
        })
    };
    let delete = {
        let edit = edit.clone();
        let focus = if n > 1 {
            format!("story-step-{}-edit", i.min(n - 2))
        } else {
            "story-add".into()
        };
        Callback::from(move |_: MouseEvent| {
            edit.emit((Edit::RemoveStep { index: i }, focus.clone()));
        })
    };
    let name = words::step_name(i, &step.title);
    html! {
        <li onkeydown={on_key}>
            <span class="story-step-name">{ words::step_line(i, &step.title) }</span>
            <span class="story-step-actions">
                <button type="button" id={format!("story-step-{i}-edit")} aria-label={words::acts_on(words::edit(), &name)}
                    onclick={on_edit}>{ words::edit() }</button>
                <button type="button" id={format!("story-step-{i}-up")} aria-label={words::acts_on(words::up(), &name)}
                    disabled={up.is_none()} onclick={click(up, "up")}>{ "↑" }</button>
                <button type="button" id={format!("story-step-{i}-down")} aria-label={words::acts_on(words::down(), &name)}
                    disabled={down.is_none()} onclick={click(down, "down")}>{ "↓" }</button>
                <button type="button" aria-label={words::acts_on(words::delete(), &name)} onclick={delete}>{ words::delete() }</button>
            </span>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct AddSourceProps {
    edit: Callback<(Edit, String), bool>,
    refusal: Option<Refusal>,
}

/// A source for steps to cite: its title, who published it, its web address.
#[component]
fn AddSource(props: &AddSourceProps) -> Html {
    // Local: the source's fields as typed.
    let title = use_state(String::new);
    let publisher = use_state(String::new);
    let url = use_state(String::new);
    let add = {
        let (title, publisher, url, edit) = (
            title.clone(),
            publisher.clone(),
            url.clone(),
            props.edit.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let given = |x: &String| (!x.trim().is_empty()).then(|| x.trim().to_string());
            let source = Edit::AddSource {
                title: (*title).clone(),
                publisher: given(&publisher),
                url: given(&url),
            };
            if edit.emit((source, "write-source-title".into())) {
                title.set(String::new());
                publisher.set(String::new());
                url.set(String::new());
            }
        })
    };
    let bad = |fields: &[Field]| invalid(&props.refusal, fields);
    html! {
        <form class="edit-form" onsubmit={add} aria-label={words::add_source()}>
            <h4>{ words::add_source() }</h4>
            { text_input("write-source-title", words::source_title(), &title, bad(&[Field::Title])) }
            { text_input("write-source-publisher", words::source_publisher(), &publisher, bad(&[Field::Publisher])) }
            { text_input("write-source-url", words::source_url(), &url, bad(&[Field::Url])) }
            <button type="submit">{ words::add_source() }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct StepFormProps {
    scenario: Rc<Scenario>,
    draft: StepDraft,
    /// "Step 3", the form's name.
    label: String,
    on_save: Callback<StepDraft>,
    on_cancel: Callback<()>,
    refusal: Option<Refusal>,
}

/// One step's fields: title, text, date, who or what it points at, its view, its switches,
/// its source and its guess.
#[component]
fn StepForm(props: &StepFormProps) -> Html {
    // Local: the fields as the teacher types them.
    let draft = use_state(|| props.draft.clone());
    // The form takes focus at its title as it opens, so the keyboard writes where the eye looks.
    use_effect_with((), |_| browser::dom::focus_id("write-step-title"));
    let s = &props.scenario;
    let d = (*draft).clone();
    let set = Setter(draft.clone());
    let on_area = {
        let set = set.clone();
        Callback::from(move |e: InputEvent| {
            let a: HtmlTextAreaElement = e.target_unchecked_into();
            set.put(|d, v| d.text = v, a.value())
        })
    };
    let save = {
        let (draft, on_save) = (draft.clone(), props.on_save.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_save.emit((*draft).clone());
        })
    };
    let cancel = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };
    let bad = |fields: &[Field]| invalid(&props.refusal, fields);
    let nodes: Vec<(String, String)> = s
        .people
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .chain(s.companies.iter().map(|c| (c.id.clone(), c.name.clone())))
        .collect();
    let companies: Vec<(String, String)> = s
        .companies
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    let sources: Vec<(String, String)> = s
        .sources
        .iter()
        .map(|x| (x.id.clone(), x.title.clone()))
        .collect();
    html! {
        <form class="edit-form step-form" onsubmit={save} aria-label={props.label.clone()}>
            <h4>{ &props.label }</h4>
            <label class="field">{ words::title() }{ " " }
                <input id="write-step-title" type="text" value={d.title.clone()} aria-invalid={bad(&[Field::Title])}
                    oninput={set.input(|d, v| d.title = v)} />
            </label>
            <label class="field">{ words::text() }{ " " }
                <textarea id="write-step-text" rows="5" value={d.text.clone()} aria-invalid={bad(&[Field::Text])}
                    aria-describedby="write-step-text-hint" oninput={on_area} />
            </label>
            <p class="hint" id="write-step-text-hint">{ words::text_hint() }</p>
            <label class="field">{ words::date() }{ " " }
                <input id="write-step-date" class="date" type="text" inputmode="numeric" placeholder="yyyy-mm-dd" maxlength="10"
                    autocomplete="off" value={d.date.clone()} aria-invalid={bad(&[Field::Date])} oninput={set.input(|d, v| d.date = v)} />
            </label>
            { choose("write-step-point", words::point_at(), words::nobody(), &d.point_at, nodes, bad(&[Field::Highlight]), set.select(|d, v| d.point_at = v)) }
            { view_and_switches(&d, &set) }
            { choose("write-step-source", words::source(), words::no_source(), &d.source, sources, bad(&[Field::Source]), set.select(|d, v| d.source = v)) }
            { choose("write-step-guess", words::guess(), words::no_guess(), &d.guess, companies, bad(&[Field::Company]), set.select(|d, v| d.guess = v)) }
            if !d.guess.is_empty() {
                <label class="field">{ words::guess_by() }{ " " }
                    <input id="write-step-guess-by" class="date" type="text" inputmode="numeric" placeholder="yyyy-mm-dd" maxlength="10"
                        autocomplete="off" value={d.guess_by.clone()} aria-invalid={bad(&[Field::By])} oninput={set.input(|d, v| d.guess_by = v)} />
                </label>
            }
            { refusal_html(&props.refusal) }
            <div class="story-actions">
                <button type="submit" class="primary">{ words::save() }</button>
                <button type="button" onclick={cancel}>{ words::cancel() }</button>
            </div>
        </form>
    }
}

/// Callbacks that change one field of a step's draft.
#[derive(Clone)]
struct Setter(UseStateHandle<StepDraft>);

impl Setter {
    /// Sets a field by `f` to `value`.
    fn put(&self, f: fn(&mut StepDraft, String), value: String) {
        let mut d = (*self.0).clone();
        f(&mut d, value);
        self.0.set(d);
    }

    /// A text field's input sets a field by `f`.
    fn input(&self, f: fn(&mut StepDraft, String)) -> Callback<InputEvent> {
        let set = self.clone();
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            set.put(f, i.value())
        })
    }

    /// A drop-down's choice sets a field by `f`.
    fn select(&self, f: fn(&mut StepDraft, String)) -> Callback<Event> {
        let set = self.clone();
        Callback::from(move |e: Event| set.put(f, select_value(&e)))
    }

    /// A check box or radio button changes the draft by `f`.
    fn toggle(&self, f: fn(&mut StepDraft)) -> Callback<Event> {
        let draft = self.0.clone();
        Callback::from(move |_: Event| {
            let mut d = (*draft).clone();
            f(&mut d);
            draft.set(d);
        })
    }
}

/// The step's view (can see, could have collected) and its what-if switches.
fn view_and_switches(d: &StepDraft, set: &Setter) -> Html {
    let fp = d.what_if.friend_permissions;
    html! {
        <>
            <fieldset class="checks">
                <legend>{ words::view() }</legend>
                <label class="check"><input type="radio" name="write-step-mode" checked={!d.collected}
                    onchange={set.toggle(|d| d.collected = false)} />{ words::can_see() }</label>
                <label class="check"><input type="radio" name="write-step-mode" checked={d.collected}
                    onchange={set.toggle(|d| d.collected = true)} />{ words::collected() }</label>
            </fieldset>
            <fieldset class="checks">
                <legend>{ words::switches() }</legend>
                <label class="field">{ words::friend_permissions() }
                    <select id="write-step-fp" onchange={set.select(|d, v| d.what_if.friend_permissions = FriendPermissions::parse(&v).unwrap_or_default())}>
                        <option value={FriendPermissions::AsScenario.as_str()} selected={fp == FriendPermissions::AsScenario}>{ words::as_they_were() }</option>
                        <option value={FriendPermissions::Never.as_str()} selected={fp == FriendPermissions::Never}>{ words::never_open() }</option>
                        <option value={FriendPermissions::Always.as_str()} selected={fp == FriendPermissions::Always}>{ words::never_closed() }</option>
                    </select>
                </label>
                <label class="check"><input type="checkbox" checked={d.what_if.no_deals}
                    onchange={set.toggle(|d| d.what_if.no_deals = !d.what_if.no_deals)} />{ words::no_deals() }</label>
                <label class="check"><input type="checkbox" checked={d.what_if.everyone_opted_out}
                    onchange={set.toggle(|d| d.what_if.everyone_opted_out = !d.what_if.everyone_opted_out)} />{ words::opted_out() }</label>
            </fieldset>
        </>
    }
}

/// A choice of one of `choices` (id, name) or none (`none`, the empty value). A big network's
/// people are not listed whole: the step points at whom the view selects ("Add this view as a
/// step"), and the field says so.
fn choose(
    id: &str,
    label: &str,
    none: &str,
    value: &str,
    choices: Vec<(String, String)>,
    bad: Option<&'static str>,
    on_change: Callback<Event>,
) -> Html {
    if choices.len() > PICKER_ABOVE {
        return html! { <p class="hint" id={id.to_string()}>{ words::choose_on_graph(label, value) }</p> };
    }
    html! {
        <label class="field">{ label }{ " " }
            <select id={id.to_string()} aria-invalid={bad} onchange={on_change}>
                <option value="" selected={value.is_empty()}>{ none }</option>
                { for choices.into_iter().map(|(v, n)| { let on = value == v; html! { <option selected={on} value={v}>{ n }</option> } }) }
            </select>
        </label>
    }
}

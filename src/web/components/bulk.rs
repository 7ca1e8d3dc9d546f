//! Rules in bulk, as forms: a quiz installed by a share of people, a share of people narrowing
//! "Apps others use", a deal over everyone. Each form sends one [`Edit`], so one Undo takes it
//! back; which people a share holds is the seeded draw of [`crate::sandbox::pick`], so the
//! same seed picks the same people again.
//!
//! The forms know nothing of the editor around them: they send edits and show the refusal they
//! are given.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::core::date::Interval;
use crate::core::model::{Category, CategorySet, Scenario, Scope};
use crate::present::words::Label;
use crate::sandbox::{new_id, typed_interval, Edit, Field, Refusal};
use crate::word;

/// What the forms work on and where their edits go.
#[derive(Properties, PartialEq)]
pub struct RulesInBulkProps {
    /// The open sandbox's scenario.
    pub scenario: Rc<Scenario>,
    /// Sends an edit, or what was refused before it became one (a date that is not one).
    pub submit: Callback<Result<Edit, Refusal>>,
    /// The refusal of the last edit these forms sent, if any.
    pub refusal: Option<Refusal>,
}

/// The three forms of rules in bulk, in a group of their own.
#[component]
pub fn RulesInBulk(props: &RulesInBulkProps) -> Html {
    // Local: which form of these sent the last edit (its refusal shows there only).
    // Which of the three forms sent the last edit, so its refusal shows there only.
    let sent = use_state(|| 0u8);
    let send = |which: u8| {
        let (sent, submit) = (sent.clone(), props.submit.clone());
        Callback::from(move |edit: Result<Edit, Refusal>| {
            sent.set(which);
            submit.emit(edit);
        })
    };
    let refusal = |which: u8| props.refusal.clone().filter(|_| *sent == which);
    html! {
        <div class="forms bulk" role="group" aria-labelledby="bulk-title">
            <h3 id="bulk-title">{ word!("bulk") }</h3>
            <p class="hint">{ word!("bulk-hint") }</p>
            <QuizByShare scenario={props.scenario.clone()} submit={send(1)} refusal={refusal(1)} />
            <NarrowByShare scenario={props.scenario.clone()} submit={send(2)} refusal={refusal(2)} />
            <DealOverEveryone scenario={props.scenario.clone()} submit={send(3)} refusal={refusal(3)} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    scenario: Rc<Scenario>,
    submit: Callback<Result<Edit, Refusal>>,
    refusal: Option<Refusal>,
}

/// The company named `name`, or a new id for one.
fn company_id(s: &Scenario, name: &str) -> String {
    match s.companies.iter().find(|c| c.name == name.trim()) {
        Some(c) => c.id.clone(),
        None => new_id(s, name),
    }
}

#[component]
fn QuizByShare(props: &FormProps) -> Html {
    // Local: what the reader types and ticks in this form.
    let name = use_state(|| "Quiz".to_string());
    let share = use_state(|| "1".to_string());
    let seed = use_state(|| "1".to_string());
    let own = use_state(|| CategorySet::from_iter([Category::Name, Category::Likes]));
    let friends = use_state(|| [Category::Likes].into_iter().collect::<CategorySet>());
    let (from, until) = (use_state(String::new), use_state(String::new));
    let add = {
        let dates = (from.clone(), until.clone());
        let (name, share, seed, own, friends, submit, s) = (
            name.clone(),
            share.clone(),
            seed.clone(),
            own.clone(),
            friends.clone(),
            props.submit.clone(),
            props.scenario.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let scopes: Vec<Scope> = own
                .iter()
                .map(Scope::Own)
                .chain(friends.iter().map(Scope::Friends))
                .collect();
            submit.emit(
                typed_interval(&dates.0, &dates.1).map(|interval| Edit::QuizByShare {
                    id: company_id(&s, &name),
                    name: name.trim().to_string(),
                    scopes,
                    percent: percent(&share),
                    seed: seed.trim().parse().unwrap_or(0),
                    interval,
                }),
            );
        })
    };
    let friend_cats: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| *c != Category::Messages)
        .collect();
    html! {
        <form class="edit-form wide" onsubmit={add} aria-label={word!("bulk-quiz-title")}>
            <h4>{ word!("bulk-quiz-title") }</h4>
            { text("bulk-quiz-name", &format!("{} ", word!("bulk-quiz-app")), &name, bad(&props.refusal, &[Field::Id, Field::Name])) }
            { number("bulk-quiz-share", &format!("{} ", word!("bulk-quiz-share")), &share, bad(&props.refusal, &[Field::Share])) }
            { number("bulk-quiz-seed", &format!("{} ", word!("bulk-draw")), &seed, None) }
            <fieldset aria-invalid={bad(&props.refusal, &[Field::Scopes])}>
                <legend>{ word!("bulk-quiz-own") }</legend>
                { checks("bulk-quiz-own", &own, &Category::ALL) }
            </fieldset>
            <fieldset>
                <legend>{ word!("bulk-quiz-friends") }</legend>
                { checks("bulk-quiz-friends", &friends, &friend_cats) }
            </fieldset>
            { input("bulk-quiz-from", &format!("{} ", word!("form-from")), "date", &from, bad(&props.refusal, &[Field::From])) }
            { input("bulk-quiz-until", &format!("{} ", word!("form-until")), "date", &until, bad(&props.refusal, &[Field::Until])) }
            <button type="submit">{ word!("bulk-quiz-add") }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
fn NarrowByShare(props: &FormProps) -> Html {
    // Local: what the reader types and ticks in this form.
    let share = use_state(|| "20".to_string());
    let seed = use_state(|| "1".to_string());
    let keep = use_state(|| CategorySet::EMPTY);
    let add = {
        let (share, seed, keep, submit) = (
            share.clone(),
            seed.clone(),
            keep.clone(),
            props.submit.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            submit.emit(Ok(Edit::NarrowByShare {
                percent: percent(&share),
                seed: seed.trim().parse().unwrap_or(0),
                keep: *keep,
            }));
        })
    };
    html! {
        <form class="edit-form wide" onsubmit={add} aria-label={word!("bulk-narrow-label")}>
            <h4>{ word!("bulk-narrow-title") }</h4>
            { number("bulk-narrow-share", &format!("{} ", word!("bulk-narrow-share")), &share, bad(&props.refusal, &[Field::Share])) }
            { number("bulk-narrow-seed", &format!("{} ", word!("bulk-draw")), &seed, None) }
            <fieldset>
                <legend>{ word!("bulk-narrow-keep") }</legend>
                { checks("bulk-narrow-keep", &keep, &Category::ALL) }
            </fieldset>
            <button type="submit">{ word!("bulk-narrow-add") }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
fn DealOverEveryone(props: &FormProps) -> Html {
    // Local: what the reader types and ticks in this form.
    let name = use_state(|| "Partner".to_string());
    let data = use_state(|| {
        [Category::UserId, Category::Name]
            .into_iter()
            .collect::<CategorySet>()
    });
    let add = {
        let (name, data, submit, s) = (
            name.clone(),
            data.clone(),
            props.submit.clone(),
            props.scenario.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            submit.emit(Ok(Edit::DealOverEveryone {
                id: company_id(&s, &name),
                name: name.trim().to_string(),
                all_users: *data,
                interval: Interval::default(),
            }));
        })
    };
    html! {
        <form class="edit-form wide" onsubmit={add} aria-label={word!("bulk-deal-title")}>
            <h4>{ word!("bulk-deal-title") }</h4>
            { text("bulk-deal-name", &format!("{} ", word!("bulk-deal-partner")), &name, bad(&props.refusal, &[Field::Id, Field::Name])) }
            <fieldset aria-invalid={bad(&props.refusal, &[Field::AllUsers])}>
                <legend>{ word!("bulk-deal-data") }</legend>
                { checks("bulk-deal-data", &data, &Category::ALL) }
            </fieldset>
            <button type="submit">{ word!("bulk-deal-add") }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

/// A share typed as a whole number of percent; what is not one is 0, which is refused in words.
fn percent(text: &str) -> u8 {
    text.trim().parse().unwrap_or(0)
}

fn bad(r: &Option<Refusal>, fields: &[Field]) -> Option<&'static str> {
    r.as_ref()
        .filter(|r| fields.contains(&r.field))
        .map(|_| "true")
}

fn refusal_html(r: &Option<Refusal>) -> Html {
    match r {
        Some(r) => {
            html! { <p class="refusal" role="alert" data-field={r.field.as_str()}>{ &r.message }</p> }
        }
        None => html! {},
    }
}

fn text(id: &str, label: &str, state: &UseStateHandle<String>, bad: Option<&'static str>) -> Html {
    input(id, label, "text", state, bad)
}

fn number(
    id: &str,
    label: &str,
    state: &UseStateHandle<String>,
    bad: Option<&'static str>,
) -> Html {
    input(id, label, "number", state, bad)
}

fn input(
    id: &str,
    label: &str,
    kind: &'static str,
    state: &UseStateHandle<String>,
    bad: Option<&'static str>,
) -> Html {
    let value = (**state).clone();
    let state = state.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let i: HtmlInputElement = e.target_unchecked_into();
        state.set(i.value());
    });
    if kind == "date" {
        // Dates are typed as the app writes them, year-month-day, and checked on submit.
        return html! {
            <label class="field">{ label }
                <input id={id.to_string()} class="date" type="text" inputmode="numeric" placeholder={word!("date-placeholder")} maxlength="10"
                    autocomplete="off" aria-describedby="date-hint" {value} aria-invalid={bad} {oninput} />
            </label>
        };
    }
    html! {
        <label class="field">{ label }
            <input id={id.to_string()} type={kind} {value} aria-invalid={bad} {oninput} />
        </label>
    }
}

fn checks(prefix: &str, state: &UseStateHandle<CategorySet>, cats: &[Category]) -> Html {
    let boxes = cats.iter().map(|c| {
        let (state, c) = (state.clone(), *c);
        let on = state.contains(c);
        let onchange = Callback::from(move |_: Event| {
            let mut s = *state;
            if on {
                s.remove(c)
            } else {
                s.insert(c)
            }
            state.set(s);
        });
        html! {
            <label class="check">
                <input type="checkbox" id={format!("{prefix}-{}", c.as_str())} checked={on} {onchange} />
                { c.label() }
            </label>
        }
    });
    html! { <div class="checks">{ for boxes }</div> }
}

//! The forms that add people, companies, friendships, sign-ins, deals and handovers, each the
//! keyboard equivalent of a gesture on the graph, each refusing at the field it names.
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::core::model::{Category, CategorySet, CompanyKind, Scenario, Scope};
use crate::present::words::Label;
use crate::sandbox::{new_id, Edit, Field, Refusal};
use crate::web::components::picker::Picker;

use super::*;
use crate::web::hooks::Same;
use crate::{say, word};

#[derive(Properties, PartialEq)]
pub(super) struct FormProps {
    pub(super) scenario: Rc<Scenario>,
    pub(super) submit: Callback<(Form, Edit)>,
    /// Refuses what a form could not make an edit of (a date that is not one).
    pub(super) refuse: Callback<(Form, Refusal)>,
    pub(super) refusal: Option<Refusal>,
    #[prop_or_default]
    pub(super) prefill: Option<(String, String)>,
}

pub(super) fn text_input(
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

pub(super) fn date_input(
    id: &str,
    label: &str,
    state: &UseStateHandle<String>,
    bad: Option<&'static str>,
) -> Html {
    let state = state.clone();
    html! {
        <label class="field">{ label }
            <input id={id.to_string()} class="date" type="text" inputmode="numeric" placeholder={word!("date-placeholder")} maxlength="10"
                autocomplete="off" value={(*state).clone()} aria-invalid={bad} aria-describedby="date-hint"
                oninput={Callback::from(move |e: InputEvent| { let i: HtmlInputElement = e.target_unchecked_into(); state.set(i.value()); })} />
        </label>
    }
}

/// Above this many choices a form's drop-down becomes a searchable [`Picker`].
pub(super) const PICKER_ABOVE: usize = 100;

/// A choice of one person or company for a form: a drop-down, or on a big network a
/// searchable [`Picker`] with a bounded list.
pub(super) fn pick(
    id: &str,
    label: &str,
    // The picker's name where the words around it give it none.
    name: Option<&str>,
    state: &UseStateHandle<String>,
    choices: Rc<Vec<(String, String)>>,
    bad: Option<&'static str>,
) -> Html {
    if choices.len() > PICKER_ABOVE {
        return html! {
            <Picker id={id.to_string()} label={label.to_string()} name={name.map(str::to_string)}
                {choices} value={(**state).clone()} on_pick={state.setter().to_callback()} invalid={bad} />
        };
    }
    let state2 = state.clone();
    html! {
        <label class="field">{ label }
            <select id={id.to_string()} aria-label={name.map(str::to_string)} aria-invalid={bad} onchange={Callback::from(move |e: Event| state2.set(select_value(&e)))}>
                <option value="" selected={state.is_empty()}>{ word!("form-choose") }</option>
                { for choices.iter().map(|(v, n)| html! { <option value={v.clone()} selected={**state == *v}>{ n }</option> }) }
            </select>
        </label>
    }
}

/// The people of `s` as a form chooses among them (id, name), made once per scenario: a
/// network of thousands would otherwise copy every name for every form on every render.
#[hook]
pub(super) fn use_people(s: &Rc<Scenario>) -> Rc<Vec<(String, String)>> {
    let s = s.clone();
    let people = use_memo(Same(s), |s| {
        s.0.people
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect::<Vec<_>>()
    });
    people
}

/// The companies of `s` as a form chooses among them, made once per scenario.
#[hook]
pub(super) fn use_companies(s: &Rc<Scenario>) -> Rc<Vec<(String, String)>> {
    let s = s.clone();
    let companies = use_memo(Same(s), |s| {
        s.0.companies
            .iter()
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect::<Vec<_>>()
    });
    companies
}

pub(super) fn checks(
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
pub(super) fn add_unless_taken(
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
pub(super) fn taken_warning(
    s: &Scenario,
    name: &str,
    warned: &Option<String>,
    button: &str,
) -> Html {
    match (warned, crate::sandbox::name_in_use(s, name)) {
        (Some(w), Some(words)) if w == name.trim() => html! {
            <p class="refusal" role="alert">{ say!("form-name-taken", words = words, button = button) }</p>
        },
        _ => html! {},
    }
}

#[component]
pub(super) fn AddPerson(props: &FormProps) -> Html {
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
        <form class="edit-form" onsubmit={add} aria-label={word!("form-add-person-title")}>
            <h3>{ word!("form-add-person-title") }</h3>
            { text_input("person-name", &format!("{} ", word!("form-name")), &name, invalid(&props.refusal, &[Field::Name, Field::Id])) }
            <button type="submit">{ word!("form-add-person") }</button>
            { taken_warning(&props.scenario, &name, &warned, word!("form-add-person")) }
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
pub(super) fn AddCompany(props: &FormProps) -> Html {
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
        (
            CompanyKind::App.as_str().to_string(),
            say!("company-kind-app"),
        ),
        (
            CompanyKind::Partner.as_str().into(),
            say!("company-kind-partner"),
        ),
        (
            CompanyKind::Broker.as_str().into(),
            say!("company-kind-broker"),
        ),
    ];
    html! {
        <form class="edit-form" onsubmit={add} aria-label={word!("form-add-company-title")}>
            <h3>{ word!("form-add-company-title") }</h3>
            { text_input("company-name", &format!("{} ", word!("form-name")), &name, invalid(&props.refusal, &[Field::Name, Field::Id])) }
            { pick("company-kind", &format!("{} ", word!("form-kind")), None, &kind, Rc::new(kinds), None) }
            <button type="submit">{ word!("form-add-company") }</button>
            { taken_warning(&props.scenario, &name, &warned, word!("form-add-company")) }
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
pub(super) fn AddFriendship(props: &FormProps) -> Html {
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
    let people = use_people(&props.scenario);
    let bad = invalid(&props.refusal, &[Field::Between]);
    let toggle = {
        let messages = messages.clone();
        Callback::from(move |_: Event| messages.set(!*messages))
    };
    html! {
        <form class="edit-form" onsubmit={add} aria-label={word!("form-friends-title")}>
            <h3>{ word!("form-friends-title") }</h3>
            { pick("friend-a", "", Some(word!("form-friends-first")), &a, people.clone(), bad) }
            { pick("friend-b", word!("form-friends-and"), None, &b, people, bad) }
            <label class="check"><input id="friend-messages" type="checkbox" checked={*messages} onchange={toggle} />{ word!("form-friends-message") }</label>
            { date_input("friend-from", &format!("{} ", word!("form-from")), &from, invalid(&props.refusal, &[Field::From])) }
            { date_input("friend-until", &format!("{} ", word!("form-until")), &until, invalid(&props.refusal, &[Field::Until])) }
            <button type="submit">{ word!("form-friends-add") }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
pub(super) fn AddGrant(props: &FormProps) -> Html {
    let (people, companies) = (use_people(&props.scenario), use_companies(&props.scenario));
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
        <form id="grant-form" class="edit-form wide" onsubmit={add} aria-label={word!("form-grant-title")}>
            <h3>{ word!("form-grant-title") }</h3>
            { pick("grant-person", "", Some(word!("form-grant-person")), &person, people, invalid(&props.refusal, &[Field::Person])) }
            { pick("grant-company", word!("form-grant-signs-in-to"), None, &company, companies, invalid(&props.refusal, &[Field::Company])) }
            <fieldset aria-invalid={invalid(&props.refusal, &[Field::Scopes])}>
                <legend>{ word!("form-grant-own") }</legend>
                { checks("grant-own", &own, &Category::ALL, |c| c.label().to_string()) }
            </fieldset>
            <fieldset>
                <legend>{ word!("form-grant-friends") }</legend>
                { checks("grant-friends", &friends, &friend_cats, |c| c.label().to_string()) }
                <p class="sub">{ word!("form-grant-no-messages") }</p>
            </fieldset>
            <label class="check"><input id="grant-asked" type="checkbox" checked={*asked} onchange={toggle} />
                { word!("form-grant-asked") }</label>
            { date_input("grant-from", &format!("{} ", word!("form-from")), &from, invalid(&props.refusal, &[Field::From])) }
            { date_input("grant-until", &format!("{} ", word!("form-until")), &until, invalid(&props.refusal, &[Field::Until])) }
            <button type="submit">{ word!("form-grant-add") }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
pub(super) fn AddDeal(props: &FormProps) -> Html {
    let companies = use_companies(&props.scenario);
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
        <form class="edit-form wide" onsubmit={add} aria-label={word!("form-deal-title")}>
            <h3>{ word!("form-deal-title") }</h3>
            { pick("deal-company", word!("form-deal-for"), None, &company, companies, invalid(&props.refusal, &[Field::Company])) }
            <fieldset aria-invalid={invalid(&props.refusal, &[Field::FriendData])}>
                <legend>{ word!("form-deal-friends") }</legend>
                { checks("deal-friends", &friend_data, &friend_cats, |c| c.label().to_string()) }
                <label class="check"><input id="deal-ignores" type="checkbox" checked={*ignores} onchange={toggle} />{ word!("form-deal-ignores") }</label>
            </fieldset>
            <fieldset>
                <legend>{ word!("form-deal-all") }</legend>
                { checks("deal-all", &all_users, &Category::ALL, |c| c.label().to_string()) }
            </fieldset>
            { date_input("deal-from", &format!("{} ", word!("form-from")), &from, invalid(&props.refusal, &[Field::From])) }
            { date_input("deal-until", &format!("{} ", word!("form-until")), &until, invalid(&props.refusal, &[Field::Until])) }
            <button type="submit">{ word!("form-deal-add") }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

#[component]
pub(super) fn AddTransfer(props: &FormProps) -> Html {
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
    let companies = use_companies(&props.scenario);
    html! {
        <form class="edit-form" onsubmit={add} aria-label={word!("form-transfer-title")}>
            <h3>{ word!("form-transfer-title") }</h3>
            { pick("transfer-from", "", Some(word!("form-transfer-from")), &from_c, companies.clone(), invalid(&props.refusal, &[Field::FromCompany])) }
            { pick("transfer-to", word!("form-transfer-hands-to"), None, &to_c, companies, invalid(&props.refusal, &[Field::ToCompany])) }
            <fieldset aria-invalid={invalid(&props.refusal, &[Field::Categories])}>
                <legend>{ word!("form-transfer-data") }</legend>
                { checks("transfer-cats", &cats, &Category::ALL, |c| c.label().to_string()) }
            </fieldset>
            { date_input("transfer-from-date", &format!("{} ", word!("form-from")), &from, None) }
            { date_input("transfer-until-date", &format!("{} ", word!("form-until")), &until, invalid(&props.refusal, &[Field::Until])) }
            <button type="submit">{ word!("form-transfer-add") }</button>
            { refusal_html(&props.refusal) }
        </form>
    }
}

//! The lists of what the sandbox holds, a page at a time with a filter by name, each entry with
//! its own changes (rename, settings, dates) and a way to remove it.
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::core::date::{Date, Interval};
use crate::core::model::{Category, CategorySet, Company, Person, Scenario};
use crate::present::entries::{deal_text, friendship_text, grant_text, transfer_text};
use crate::present::paging::{filter, window, LIST_SIZE};
use crate::present::words::Label;
use crate::sandbox::{typed_date, Edit, Field, Refusal, Timed};
use crate::web::components::pager::Pager;
use crate::{say, word};

use super::*;

/// Draws entry `i` of a list, with where its edits and refusals go.
pub(super) type Draw = fn(&Scenario, usize, Senders) -> Html;

#[derive(Properties, PartialEq)]
pub(super) struct ListsProps {
    pub(super) scenario: Rc<Scenario>,
    pub(super) submit: Callback<(Form, Edit)>,
    pub(super) refuse: Callback<(Form, Refusal)>,
    pub(super) refusal: Option<Refusal>,
}

/// What the sandbox holds, each with its remove button; people and companies can be renamed,
/// and people's settings changed, in place. Each list shows one page of its entries, with a
/// filter by name once it is longer than a page, so a network of thousands stays a short page.
#[component]
pub(super) fn Lists(props: &ListsProps) -> Html {
    let s = &props.scenario;
    // What a list's filter reads of each entry (written only while the reader filters: a
    // network of thousands has a hundred thousand friendships, and an edit would write them
    // all), and how an entry is drawn.
    let part = |n: usize, text: fn(&Scenario, usize) -> String, draw: Draw| {
        let texts = Texts {
            count: n,
            text: Callback::from({
                let s = s.clone();
                move |i: usize| text(&s, i)
            }),
        };
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
            <ListPart title={word!("list-people")} id="people-list" noun={word!("list-people-noun")} texts={people} entry={person} />
            <ListPart title={word!("list-companies")} id="company-list" noun={word!("list-companies-noun")} texts={companies} entry={company} />
            <ListPart title={word!("list-friendships")} id="friendship-list" noun={word!("list-friendships-noun")} texts={friendships} entry={friendship} />
            <ListPart title={word!("list-grants")} id="grant-list" noun={word!("list-grants-noun")} texts={grants} entry={grant} />
            <ListPart title={word!("list-deals")} id="deal-list" noun={word!("list-deals-noun")} texts={deals} entry={deal} />
            <ListPart title={word!("list-transfers")} id="transfer-list" noun={word!("list-transfers-noun")} texts={transfers} entry={transfer} />
        </div>
    }
}

/// One of the sandbox's lists.
#[derive(Properties, PartialEq)]
pub(super) struct ListPartProps {
    /// Its heading and name ("People").
    pub(super) title: AttrValue,
    /// The list's id.
    pub(super) id: AttrValue,
    /// What its entries are, in the plural and lower case.
    pub(super) noun: AttrValue,
    /// What the filter reads of each entry.
    pub(super) texts: Texts,
    /// Draws an entry, by index.
    pub(super) entry: Callback<usize, Html>,
}

/// A list's entries as its filter reads them: how many, and the words of one.
#[derive(Clone, PartialEq)]
pub(super) struct Texts {
    /// How many entries the list has.
    pub(super) count: usize,
    /// The words of entry `i`.
    pub(super) text: Callback<usize, String>,
}

/// A list's heading with its count, a filter by name when it is longer than a page, one page
/// of its entries, and the pages.
#[component]
pub(super) fn ListPart(props: &ListPartProps) -> Html {
    // Local: the filter typed over this list, and the page of it shown.
    let query = use_state(String::new);
    let page = use_state(|| 0usize);
    let total = props.texts.count;
    // The entries the filter keeps (none typed: all of them, in order, read from no text).
    let kept: Option<Vec<usize>> = (!query.is_empty()).then(|| {
        let texts: Vec<String> = (0..total).map(|i| props.texts.text.emit(i)).collect();
        filter(texts.iter().map(String::as_str), &query)
    });
    let w = window(kept.as_ref().map_or(total, Vec::len), LIST_SIZE, *page);
    let shown = w.range().map(|k| kept.as_ref().map_or(k, |kept| kept[k]));
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
            <h3>{ say!("list-heading", title = props.title.as_str(), count = total) }</h3>
            if long {
                <label class="field small filter">{ word!("list-filter") }{ " " }
                    <input type="search" value={(*query).clone()} oninput={on_filter}
                        aria-label={say!("list-filter-label", noun = noun.as_str())} aria-controls={props.id.clone()} />
                </label>
            }
            <ul id={props.id.clone()} aria-label={props.title.clone()}>
                { for shown.map(|i| props.entry.emit(i)) }
            </ul>
            if long {
                <Pager window={w} noun={noun.clone()} label={say!("list-pages", noun = noun.as_str())} {on_page}
                    controls={Some(props.id.clone())} />
            }
        </section>
    }
}

/// A timed entry: its words, its dates (editable in place), and its remove button.
pub(super) fn timed_item(
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
            <label class="field small">{ word!("form-from") }{ " " }<input class="date" type="text" inputmode="numeric" placeholder={word!("date-placeholder")} maxlength="10" autocomplete="off"
                value={shown(iv.from)} onchange={set(true)} aria-label={say!("list-from", entry = text.as_str())} /></label>
            <label class="field small">{ word!("form-until") }{ " " }<input class="date" type="text" inputmode="numeric" placeholder={word!("date-placeholder")} maxlength="10" autocomplete="off"
                value={shown(iv.until)} onchange={set(false)} aria-label={say!("list-until", entry = text.as_str())} /></label>
            <button type="button" class="remove" onclick={remove} aria-label={say!("list-remove-entry", entry = text.as_str())}>{ word!("list-remove") }</button>
        </li>
    }
}

/// A person in the list: their name to edit, their settings, and a remove button.
pub(super) fn person_entry(p: &Person, submit: &Callback<(Form, Edit)>) -> Html {
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
            <input type="text" class="inline-name" value={p.name.clone()} onchange={rename} aria-label={say!("list-name-of", name = p.name.as_str())} />
            <details>
                <summary>{ word!("list-settings") }</summary>
                <label class="check"><input type="checkbox" checked={p.platform_apps} onchange={setting(!p.platform_apps, p.apps_others_use)} />{ word!("list-platform-apps") }</label>
                <p class="sub">{ word!("list-apps-others-use") }</p>
                <div class="checks">{ for boxes }</div>
            </details>
            <button type="button" class="remove" onclick={remove(Edit::RemovePerson { id: p.id.clone() })} aria-label={say!("list-remove-named", name = p.name.as_str())}>{ word!("list-remove") }</button>
        </li>
    }
}

/// A company in the list: its name to edit, its kind, and a remove button.
pub(super) fn company_entry(c: &Company, submit: &Callback<(Form, Edit)>) -> Html {
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
            <input type="text" class="inline-name" value={c.name.clone()} onchange={rename} aria-label={say!("list-name-of", name = c.name.as_str())} />
            <span class="sub">{ " " }{ say!("list-company-kind", kind = c.kind.as_str()) }</span>
            <button type="button" class="remove" onclick={remove(Edit::RemoveCompany { id: c.id.clone() })} aria-label={say!("list-remove-named", name = c.name.as_str())}>{ word!("list-remove") }</button>
        </li>
    }
}

//! "Why?": the panel for the selected person or company, with the person's own what-if
//! settings.

use yew::prelude::*;

use super::graph::reason_class;
use crate::core::model::{Category, CategorySet, PersonIx};
use crate::core::model::{Settings, WhatIf};
use crate::present::why::Route;
use crate::present::words::{Label, Name};
use crate::view::derive::WhyContent;
use crate::view::state::Action;
use crate::web::browser;
use crate::{say, word};

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    pub content: WhyContent,
    pub what_if: WhatIf,
    pub on_action: Callback<Action>,
}

/// "Why?" for the selected person or company. It opens where the reader is looking (a sheet over
/// the lower half of a phone's screen, beside the graph on a laptop: the style sheet's), takes
/// focus to its heading whenever it opens or turns to someone else, and gives focus back to what
/// had it before it opened when it closes.
#[component]
pub fn WhyPanel(props: &WhyProps) -> Html {
    let heading = use_node_ref();
    // Local: what had focus when the panel opened, to give it back on close.
    let opener = use_mut_ref(|| None::<web_sys::Element>);
    {
        let opener = opener.clone();
        use_effect_with((), move |_| {
            *opener.borrow_mut() = browser::dom::focused();
            move || browser::dom::give_back(opener.borrow_mut().take(), ".why")
        });
    }
    {
        let heading = heading.clone();
        use_effect_with(subject(&props.content), move |_| {
            if let Some(h) = heading.cast::<web_sys::Element>() {
                browser::dom::focus(&h);
                // On a phone, what it is about stays in sight above the sheet (once the
                // graph shows it selected).
                if let Some(sheet) = h.closest(".why").ok().flatten() {
                    browser::time::soon(move || browser::dom::selected_above(&sheet));
                }
            }
        });
    }
    let close = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Select(None)))
    };
    let body = match &props.content {
        WhyContent::Company(why) => html! {
            <>
                <h2 id="why-title" ref={heading.clone()} tabindex="-1">{ say!("why-company-heading", company = why.name.as_str()) }</h2>
                <p class="why-summary">{ &why.summary }</p>
                <h3>{ word!("why-said-yes") }</h3>
                if why.said_yes.is_empty() { <p>{ word!("why-nobody") }</p> } else { <p>{ why.said_yes.join(", ") }</p> }
                <h3>{ word!("why-without-yes") }</h3>
                if why.without_yes.is_empty() { <p>{ word!("why-nobody") }</p> } else { <p>{ why.without_yes.join(", ") }</p> }
                if let Some(why_not) = &why.why_not { <p class="why-not">{ why_not }</p> }
                <p class="hint">{ word!("why-select-person") }</p>
            </>
        },
        WhyContent::Person {
            person,
            why,
            settings,
            original,
        } => {
            let holders = why.holders.iter().map(|h| {
                let routes = h.routes.iter().map(|r| route_line(r, &props.on_action));
                let items = h.items.iter().map(|item| {
                    html! {
                        <li class={classes!("why-item", reason_class(item.reason))}>
                            <span class="why-category">{ item.category.label() }</span>
                            <span class="why-reason">{ say!("why-reason", reason = item.reason.label()) }</span>
                            <p class="explanation">{ item.explanation.steps.join(" ") }</p>
                        </li>
                    }
                });
                html! {
                    <li class="holder">
                        <h3>{ say!("why-holder", company = h.name.as_str(), said_yes = if h.said_yes { "yes" } else { "no" }) }</h3>
                        <ul class="routes">{ for routes }</ul>
                        <details class="why-details">
                            <summary>{ say!("why-whole-chain", kinds = h.items.len()) }</summary>
                            <ul>{ for items }</ul>
                        </details>
                    </li>
                }
            });
            let kept = why.kept_back.iter().map(|(company, cats)| {
                let words: Vec<&str> = cats.iter().map(|c| c.label()).collect();
                html! { <li>{ say!("why-kept-from", company = company.as_str(), categories = words.join(", ")) }</li> }
            });
            html! {
                <>
                    <h2 id="why-title" ref={heading.clone()} tabindex="-1">{ &why.heading }</h2>
                    <p class="why-summary">{ &why.summary }</p>
                    if let Some(why_not) = &why.why_not { <p class="why-not">{ why_not }</p> }
                    <ul class="holders">{ for holders }</ul>
                    if !why.kept_back.is_empty() {
                        <h3>{ say!("why-held-back", person = why.name.as_str(), you = Name(&why.name).you()) }</h3>
                        <ul class="kept">{ for kept }</ul>
                    }
                    <PersonSettings person={*person} name={why.name.clone()} settings={*settings} original={*original}
                        what_if={props.what_if.clone()} on_action={props.on_action.clone()} />
                </>
            }
        }
    };
    html! {
        <section class="why" aria-labelledby="why-title">
            <div class="why-head">
                <button type="button" class="close" onclick={close} aria-label={word!("why-close")}>{ "×" }</button>
            </div>
            { body }
        </section>
    }
}

/// Whom "why?" is about (a person by index, a company by name), whatever the date or mode.
fn subject(content: &WhyContent) -> Result<u32, String> {
    match content {
        WhyContent::Company(why) => Err(why.name.clone()),
        WhyContent::Person { person, .. } => Ok(person.0),
    }
}

/// One route in a line: the data, then the way it came, the name it came through a button that
/// opens "why?" for that person or company.
fn route_line(r: &Route, on_action: &Callback<Action>) -> Html {
    let what: Vec<&str> = r.categories.iter().map(|c| c.label()).collect();
    let through = r.through.clone().map(|(node, name, after)| {
        let on_action = on_action.clone();
        let select = Callback::from(move |_: MouseEvent| on_action.emit(Action::Select(Some(node))));
        html! {
            <>{ " " }<button type="button" class="link" translate="no" onclick={select}>{ name }</button>{ after }</>
        }
    });
    html! {
        <li class={classes!("route", reason_class(r.reason))}>
            <span class="why-category">{ what.join(", ") }</span>
            { " ← " }{ &r.words }{ for through }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct PersonSettingsProps {
    person: PersonIx,
    name: String,
    settings: Settings,
    original: Settings,
    what_if: WhatIf,
    on_action: Callback<Action>,
}

/// "What if this person had other settings?": platform apps and "Apps others use".
#[component]
fn PersonSettings(props: &PersonSettingsProps) -> Html {
    let set = |next: Settings| {
        let mut w = props.what_if.clone();
        if next == props.original {
            w.people.remove(&props.person);
        } else {
            w.people.insert(props.person, next);
        }
        Action::SetWhatIf(w)
    };
    let platform = {
        let on_action = props.on_action.clone();
        let action = set(Settings {
            platform_apps: !props.settings.platform_apps,
            ..props.settings
        });
        Callback::from(move |_: Event| on_action.emit(action.clone()))
    };
    let boxes = Category::ALL
        .iter()
        .filter(|c| **c != Category::Messages)
        .map(|c| {
            let mut cats: CategorySet = props.settings.apps_others_use;
            if cats.contains(*c) {
                cats.remove(*c);
            } else {
                cats.insert(*c);
            }
            let on_action = props.on_action.clone();
            let action = set(Settings {
                apps_others_use: cats,
                ..props.settings
            });
            html! {
                <label class="check">
                    <input type="checkbox" checked={props.settings.apps_others_use.contains(*c)}
                        onchange={Callback::from(move |_: Event| on_action.emit(action.clone()))} />
                    { c.label() }
                </label>
            }
        });
    let changed = props.settings != props.original;
    html! {
        <fieldset class="person-settings">
            <legend>{ say!("why-settings", person = props.name.as_str(), you = Name(&props.name).you()) }{ if changed { word!("why-settings-changed") } else { "" } }</legend>
            <label class="check">
                <input type="checkbox" checked={props.settings.platform_apps} onchange={platform} />
                { say!("why-platform-apps", you = Name(&props.name).you()) }
            </label>
            <p class="sub">{ say!("why-apps-others-use", you = Name(&props.name).you()) }</p>
            <div class="checks">{ for boxes }</div>
        </fieldset>
    }
}

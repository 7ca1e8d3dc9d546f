//! The page's header: the name, the switch between the stories and the sandbox, and the
//! scenario picker.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::files::builtin::BUILTINS;
use crate::files::scenario::parse;
use crate::view::state::{Action, Shown};

/// The header's inputs.
#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    /// What is shown.
    pub shown: Shown,
    /// The built-in scenario "Stories" goes back to.
    pub last_builtin: usize,
    /// Changes the view.
    pub dispatch: Callback<Action>,
    /// Whether the "At scale" view is shown.
    #[prop_or_default]
    pub at_scale: bool,
    /// Opens (`true`) or leaves (`false`) the "At scale" view.
    #[prop_or_default]
    pub on_scale: Callback<bool>,
}

/// The header.
#[component]
pub fn TopBar(props: &TopBarProps) -> Html {
    let titles: Rc<Vec<String>> = use_memo((), |_| {
        BUILTINS
            .iter()
            .map(|b| {
                parse(b.json)
                    .map(|s| s.title)
                    .unwrap_or_else(|_| b.slug.to_string())
            })
            .collect()
    });
    let at_scale = props.at_scale;
    let sandbox = props.shown.is_sandbox() && !at_scale;
    let stories_shown = !sandbox && !at_scale;
    let on_pick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                dispatch.emit(Action::PickScenario(i));
            }
        })
    };
    let options: Html = titles
        .iter()
        .enumerate()
        .map(|(i, title)| html! { <option value={i.to_string()} selected={props.shown.builtin() == Some(i)}>{ title }</option> })
        .collect();
    let stories = {
        let (d, last, s) = (
            props.dispatch.clone(),
            props.last_builtin,
            props.on_scale.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            s.emit(false);
            d.emit(Action::PickScenario(last))
        })
    };
    let build = {
        let (d, s) = (props.dispatch.clone(), props.on_scale.clone());
        Callback::from(move |_: MouseEvent| {
            s.emit(false);
            d.emit(Action::ShowSandbox)
        })
    };
    let scale = {
        let s = props.on_scale.clone();
        Callback::from(move |_: MouseEvent| s.emit(true))
    };
    html! {
        <header class="top">
            <div class="brand">
                <h1>{ "Spillover" }</h1>
                <p class="tagline">{ crate::present::words::TAGLINE }</p>
            </div>
            <nav class="modes-switch" aria-label="What to see">
                <button type="button" class={classes!("tab", stories_shown.then_some("current"))} aria-pressed={stories_shown.to_string()}
                    onclick={stories}>{ "Stories" }</button>
                <button type="button" class={classes!("tab", sandbox.then_some("current"))} aria-pressed={sandbox.to_string()}
                    onclick={build}>{ "Build your own" }</button>
                <button type="button" class={classes!("tab", at_scale.then_some("current"))} aria-pressed={at_scale.to_string()}
                    onclick={scale}>{ "At scale" }</button>
            </nav>
            if stories_shown {
                <div class="picker">
                    <label for="scenario-picker">{ "Scenario" }</label>
                    <select id="scenario-picker" onchange={on_pick}>
                        // A scenario from a link is none of the built-ins: the picker says so
                        // rather than name the last built-in read.
                        if let Some(shared) = props.shown.shared() {
                            <option value="" selected=true disabled=true>{ format!("From the link: {}", shared.title) }</option>
                        }
                        { options }
                    </select>
                </div>
            }
        </header>
    }
}

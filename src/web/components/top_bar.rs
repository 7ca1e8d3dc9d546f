//! The page's header: the name, the switch between the stories, the sandbox, "At scale" and
//! "Your data", and the scenario picker.

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::catalogue::Lang;
use crate::files::builtin::{self, BUILTINS};
use crate::view::page::{Do, Language};
use crate::view::state::{Action, Shown};
use crate::{say, word};

/// The header's inputs.
#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    /// What is shown.
    pub shown: Shown,
    /// Whether the "At scale" view is shown.
    #[prop_or_default]
    pub at_scale: bool,
    /// Whether "Your data" is shown.
    #[prop_or_default]
    pub mine: bool,
    /// The language chosen, and the one whose words could not be had.
    #[prop_or_default]
    pub language: Language,
    /// Changes the page.
    pub on_page: Callback<Do>,
}

/// The header.
#[component]
pub fn TopBar(props: &TopBarProps) -> Html {
    let (at_scale, mine) = (props.at_scale, props.mine && !props.at_scale);
    let sandbox = props.shown.is_sandbox() && !at_scale && !mine;
    let stories_shown = !sandbox && !at_scale && !mine;
    let on_pick = {
        let on_page = props.on_page.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                on_page.emit(Do::View(Action::PickScenario(i)));
            }
        })
    };
    let options: Html = (0..BUILTINS.len())
        .map(|i| html! { <option value={i.to_string()} selected={props.shown.builtin() == Some(i)}>{ builtin::title(i) }</option> })
        .collect();
    let go = |to: Do| {
        let on_page = props.on_page.clone();
        Callback::from(move |_: MouseEvent| on_page.emit(to.clone()))
    };
    let (stories, build, scale, yours) = (
        go(Do::Stories),
        go(Do::Build),
        {
            // On a phone, a phone-sized network first (decided when the tab is pressed).
            let on_page = props.on_page.clone();
            Callback::from(move |_: MouseEvent| {
                on_page.emit(if crate::web::browser::dom::narrow() {
                    Do::AtScaleOnPhone
                } else {
                    Do::AtScale
                })
            })
        },
        go(Do::YourData),
    );
    html! {
        <header class="top">
            <div class="brand">
                <h1 translate="no">{ "Spillover" }</h1>
                <p class="tagline">{ crate::present::words::tagline() }</p>
            </div>
            <nav class="modes-switch" aria-label={word!("page-what-to-see")}>
                <button type="button" class={classes!("tab", stories_shown.then_some("current"))} aria-pressed={stories_shown.to_string()}
                    onclick={stories}>{ word!("tab-stories") }</button>
                <button type="button" class={classes!("tab", sandbox.then_some("current"))} aria-pressed={sandbox.to_string()}
                    onclick={build}>{ word!("tab-build") }</button>
                <button type="button" class={classes!("tab", at_scale.then_some("current"))} aria-pressed={at_scale.to_string()}
                    onclick={scale}>{ word!("tab-scale") }</button>
                <button type="button" class={classes!("tab", mine.then_some("current"))} aria-pressed={mine.to_string()}
                    onclick={yours}>{ word!("tab-mine") }</button>
            </nav>
            <LanguagePicker language={props.language} on_page={props.on_page.clone()} />
            if stories_shown {
                <div class="picker">
                    <label for="scenario-picker">{ word!("page-scenario") }</label>
                    <select id="scenario-picker" onchange={on_pick}>
                        // A scenario from a link is none of the built-ins: the picker says so
                        // rather than name the last built-in read.
                        if let Some(shared) = props.shown.shared() {
                            <option value="" selected=true disabled=true>{ say!("page-from-link", title = shared.title.as_str()) }</option>
                        }
                        { options }
                    </select>
                </div>
            }
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct LanguagePickerProps {
    language: Language,
    on_page: Callback<Do>,
}

/// The languages of the catalogue, each by its own name; choosing one changes the store (and
/// so the address).
#[component]
fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let on_change = {
        let on_page = props.on_page.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::parse(&select.value()) {
                on_page.emit(Do::Language(lang));
            }
        })
    };
    let chosen = props.language.chosen();
    html! {
        <div class="language">
            <label class="sr-only" for="language-picker">{ word!("language-picker") }</label>
            <select id="language-picker" onchange={on_change}>
                { for Lang::all().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={l == chosen}>{ l.name() }</option>
                }) }
            </select>
            <p class="language-note" role="status">{ props.language.failed.map(|l| say!("language-not-loaded", language = l.name())) }</p>
        </div>
    }
}

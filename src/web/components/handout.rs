//! A story's handout for paper: one sheet per step (`view::handout`), drawn in the page but
//! shown only by the print style sheet, so "Print this story" and the browser's own print both
//! give it. It is made once per scenario, not per render.

use yew::prelude::*;

use crate::catalogue::number;
use crate::core::engine::Engine;
use crate::present::layout::Layout;
use crate::present::story as words;
use crate::view::handout::{handout, Sheet};
use crate::view::route::{format, Route};
use crate::view::state::Shown;
use crate::web::browser;
use crate::web::hooks::Same;

/// The handout's inputs.
#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    /// The scenario shown, read.
    pub engine: Same<Engine>,
    /// Where its nodes stand.
    pub layout: Same<Layout>,
    /// Which scenario it is (a built-in's address names it, another's carries it).
    pub shown: Shown,
}

/// Every step of the story shown, a sheet each, for print only.
#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let sheets = use_memo(
        (
            props.engine.clone(),
            props.layout.clone(),
            props.shown.clone(),
        ),
        |(engine, layout, shown)| {
            let s = engine.0.scenario();
            if s.steps.is_empty() {
                return Vec::new();
            }
            let data = match shown {
                Shown::Builtin(_) => None,
                Shown::Shared { packed, .. } => Some(packed.to_string()),
                Shown::Sandbox => Some(crate::files::link::pack(s)),
            };
            let base = browser::base_address();
            let scenario = shown.builtin().unwrap_or(0);
            handout(&engine.0, &layout.0, |i| {
                let route = Route {
                    scenario,
                    step: Some(i),
                    data: data.clone(),
                    ..Route::default()
                };
                format!("{base}{}", format(&route))
            })
        },
    );
    if sheets.is_empty() {
        return html! {};
    }
    html! {
        <section class="handout" aria-label={words::handout()}>
            { for sheets.iter().map(sheet) }
        </section>
    }
}

/// One step's sheet.
fn sheet(p: &Sheet) -> Html {
    let picture = match &p.picture {
        // The export's SVG: built by `present::export::svg`, every text in it escaped.
        Ok(svg) => Html::from_html_unchecked(AttrValue::from(svg.clone())),
        Err(why) => html! { <p>{ why }</p> },
    };
    let [company, reached, yes, without] = words::heads();
    html! {
        <article class="sheet">
            <p class="step-count">{ &p.position }</p>
            <h2>{ &p.title }</h2>
            <p class="sheet-when">{ &p.when }</p>
            if let Some(w) = &p.what_if {
                <p class="sheet-when">{ w }</p>
            }
            { for p.paragraphs.iter().map(|t| html! { <p class="step-text">{ t }</p> }) }
            <div class="sheet-picture">{ picture }</div>
            <table class="sheet-figures">
                <caption>{ words::figures() }</caption>
                <thead><tr><th scope="col">{ company }</th><th scope="col">{ reached }</th><th scope="col">{ yes }</th><th scope="col">{ without }</th></tr></thead>
                <tbody>
                    { for p.figures.iter().map(|(name, r, y, w)| html! {
                        <tr><th scope="row">{ name }</th><td>{ number(*r) }</td><td>{ number(*y) }</td><td>{ number(*w) }</td></tr>
                    }) }
                </tbody>
            </table>
            if let Some(src) = &p.source {
                <p class="sheet-source">{ words::cited(&src.title, src.publisher.as_deref(), src.url.as_deref()) }</p>
            }
            <p class="sheet-address">{ words::live() }{ " " }<span class="address">{ &p.address }</span></p>
        </article>
    }
}

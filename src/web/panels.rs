//! The panels beside the graph: date and mode, company figures, legend and sources.

use std::rc::Rc;

use yew::prelude::*;

use super::graph::reason_class;
use crate::engine::{Mode, ReasonKind};
use crate::figures::CompanyFigures;
use crate::model::{Scenario, Source};

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub date: String,
    pub mode: Mode,
    pub on_mode: Callback<Mode>,
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let radio = |mode: Mode, label: &'static str| {
        let on_mode = props.on_mode.clone();
        html! {
            <label class="mode">
                <input type="radio" name="mode" value={mode.as_str()} checked={props.mode == mode}
                    onchange={Callback::from(move |_| on_mode.emit(mode))} />
                { label }
            </label>
        }
    };
    html! {
        <section class="controls" aria-label="What is shown">
            <p class="date">{ "Date shown: " }<time datetime={props.date.clone()}>{ &props.date }</time></p>
            <fieldset>
                <legend>{ "Show" }</legend>
                { radio(Mode::Access, "what companies can see on this date") }
                { radio(Mode::Collected, "everything collected up to this date") }
            </fieldset>
        </section>
    }
}

/// A row of the company table, with names resolved.
#[derive(Clone, PartialEq)]
pub struct CompanyRow {
    pub id: String,
    pub name: String,
    pub figures: CompanyFigures,
}

pub fn company_rows(s: &Scenario, figures: &[CompanyFigures]) -> Vec<CompanyRow> {
    figures
        .iter()
        .map(|f| CompanyRow {
            id: s.company(f.company).id.clone(),
            name: s.company(f.company).name.clone(),
            figures: f.clone(),
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct CompanyTableProps {
    pub rows: Rc<Vec<CompanyRow>>,
    pub mode: Mode,
}

#[component]
pub fn CompanyTable(props: &CompanyTableProps) -> Html {
    let rows = props.rows.iter().map(|r| {
        let f = &r.figures;
        html! {
            <tr key={r.id.clone()} data-company={r.id.clone()}>
                <th scope="row">{ &r.name }</th>
                <td class="reached">{ f.reached }</td>
                <td class="consented">{ f.consented }</td>
                <td class="without-consent">{ f.without_consent }</td>
                <td class="amplification">{ format!("×{:.1}", f.amplification) }</td>
            </tr>
        }
    });
    let caption = match props.mode {
        Mode::Access => "Who each company can reach on this date",
        Mode::Collected => "Who each company has reached up to this date",
    };
    html! {
        <aside class="figures">
            <table>
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Company" }</th>
                        <th scope="col">{ "Reached" }</th>
                        <th scope="col">{ "Said yes" }</th>
                        <th scope="col">{ "Never said yes" }</th>
                        <th scope="col"><abbr title="people reached for each person who said yes">{ "Reach per yes" }</abbr></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </aside>
    }
}

#[component]
pub fn Legend() -> Html {
    let reasons = ReasonKind::ALL.iter().map(|r| {
        html! {
            <li>
                <svg class="swatch" viewBox="0 0 40 10" aria-hidden="true">
                    <line class={classes!("flow", reason_class(*r))} x1="0" y1="5" x2="40" y2="5" />
                </svg>
                { r.label() }
            </li>
        }
    });
    html! {
        <section class="legend" aria-label="Legend">
            <h3>{ "How to read the graph" }</h3>
            <ul class="reasons">{ for reasons }</ul>
            <ul class="shapes">
                <li><svg class="swatch" viewBox="0 0 20 20" aria-hidden="true"><circle class="person exposed" cx="10" cy="10" r="7" /></svg>{ "a person whose data reached a company they never said yes to" }</li>
                <li><svg class="swatch" viewBox="0 0 20 20" aria-hidden="true"><circle class="person consented" cx="10" cy="10" r="7" /></svg>{ "a person reached only by companies they said yes to" }</li>
                <li><svg class="swatch" viewBox="0 0 20 20" aria-hidden="true"><circle class="person untouched" cx="10" cy="10" r="7" /></svg>{ "a person no company reached" }</li>
                <li><svg class="swatch" viewBox="0 0 20 20" aria-hidden="true"><rect class="company app" x="3" y="3" width="14" height="14" rx="3" /></svg>{ "a company: an app, a partner or a data broker" }</li>
                <li><svg class="swatch" viewBox="0 0 40 10" aria-hidden="true"><line class="friendship" x1="0" y1="5" x2="40" y2="5" /></svg>{ "friends" }</li>
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub sources: Rc<Vec<Source>>,
}

#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let items = props.sources.iter().map(|s| {
        let title = match &s.url {
            Some(url) => html! { <a href={url.clone()} rel="noopener noreferrer" target="_blank">{ &s.title }</a> },
            None => html! { <cite>{ &s.title }</cite> },
        };
        let by = [s.publisher.clone(), s.date.map(|d| d.to_string())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        html! { <li id={format!("source-{}", s.id)}>{ title }{ if by.is_empty() { String::new() } else { format!(" ({by})") } }</li> }
    });
    html! {
        <section class="sources" aria-labelledby="sources-title">
            <h3 id="sources-title">{ "Sources" }</h3>
            <ol>{ for items }</ol>
        </section>
    }
}

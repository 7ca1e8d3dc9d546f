//! The panels around the graph: time line, company figures, legend and sources.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use super::graph::reason_class;
use crate::core::date::{Date, Sureness};
use crate::core::engine::{Mode, ReasonKind};
use crate::core::model::Node;
use crate::core::model::{CompanyIx, Scenario, Source};
use crate::present::figures::{headings, reach_per_yes, reach_per_yes_means, CompanyFigures};
use crate::present::timeline::{EraKind, Timeline};
use crate::present::words::Label;
use crate::view::state::Action;
use crate::{say, word};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub timeline: Rc<Timeline>,
    pub date: Date,
    pub mode: Mode,
    pub playing: bool,
    pub on_action: Callback<Action>,
}

/// The date slider with its eras and revelations, play, step to the previous or next change,
/// and the access / collected switch.
#[component]
pub fn TimelinePanel(props: &TimelineProps) -> Html {
    let t = &props.timeline;
    let (start, end) = (t.start.day_number(), t.end.day_number());
    let on_input = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(n) = input.value().parse::<i32>() {
                on_action.emit(Action::SetDate(Date::from_day_number(n)));
            }
        })
    };
    let jump = |to: Option<Date>| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = to {
                on_action.emit(Action::SetDate(d));
            }
        })
    };
    let previous = t.previous_change(props.date);
    let next = t.next_change(props.date);
    let play = {
        let on_action = props.on_action.clone();
        let playing = props.playing;
        let at_end = props.date >= t.end;
        let start = t.start;
        let shown = props.date;
        Callback::from(move |_: MouseEvent| {
            if !playing && at_end {
                on_action.emit(Action::SetDate(start));
            } else if !playing {
                // The date may still be the scenario's own, unset in the state: fix it, so the
                // clock has somewhere to start from.
                on_action.emit(Action::SetDate(shown));
            }
            on_action.emit(Action::SetPlaying(!playing));
        })
    };
    let era_now = t.era_at(props.date).map(|e| e.kind.label()).unwrap_or("");
    let mode = |m: Mode, label: &'static str| {
        let on_action = props.on_action.clone();
        html! {
            <label class="mode">
                <input type="radio" name="mode" value={m.as_str()} checked={props.mode == m}
                    onchange={Callback::from(move |_| on_action.emit(Action::SetMode(m)))} />
                { label }
            </label>
        }
    };
    let (lanes, band_height, deal_words) = deals(t);
    let spoken = if era_now.is_empty() {
        props.date.to_string()
    } else {
        say!(
            "timeline-date-era",
            date = props.date.to_string(),
            era = era_now
        )
    };
    html! {
        <section class="timeline" aria-label={word!("timeline")}>
            <div class="timeline-row">
                <button type="button" class="play" onclick={play} aria-pressed={props.playing.to_string()}
                    aria-label={if props.playing { word!("timeline-pause-label") } else { word!("timeline-play-label") }}>
                    { if props.playing { word!("timeline-pause") } else { word!("timeline-play") } }
                </button>
                <label class="date-label" for="date-slider">
                    { word!("timeline-date") }{ " " }<time datetime={props.date.to_string()}>{ props.date.to_string() }</time>
                </label>
                // The visible words are the name (WCAG 2.5.3), so a voice command can say them.
                <button type="button" disabled={previous.is_none()} onclick={jump(previous)}
                    title={word!("timeline-previous-title")}>{ word!("timeline-previous") }</button>
                <button type="button" disabled={next.is_none()} onclick={jump(next)}
                    title={word!("timeline-next-title")}>{ word!("timeline-next") }</button>
            </div>
            <div class="track">
                <input id="date-slider" type="range" min={start.to_string()} max={end.to_string()} step="1"
                    value={props.date.day_number().to_string()} oninput={on_input} aria-valuetext={spoken} />
                { band(t, props.date, lanes, band_height) }
                <div class="ends" aria-hidden="true"><span>{ t.start.to_string() }</span><span>{ t.end.to_string() }</span></div>
            </div>
            { key(t, era_now, &jump, deal_words) }
            <fieldset class="modes">
                <legend>{ word!("modes") }</legend>
                { mode(Mode::Access, word!("mode-access")) }
                { mode(Mode::Collected, word!("mode-collected")) }
            </fieldset>
        </section>
    }
}

/// The band under the slider: the eras, a tick and a number where each source was published,
/// the deals' `lanes` (the band `band_height` high with them), and a line at `date`. An SVG in percentages of its width (no viewBox, so
/// its numbers keep their shape; no inline styles, so a strict Content-Security-Policy holds);
/// its words are in the key below it, always shown.
fn band(t: &Timeline, date: Date, lanes: Html, band_height: f64) -> Html {
    let (start, end) = (t.start.day_number(), t.end.day_number());
    let span = f64::from((end - start).max(1));
    let x = |d: Date| (f64::from(d.day_number() - start) / span * 100.0).clamp(0.0, 100.0);
    let eras = t.eras.iter().filter(|e| e.kind != EraKind::Before).map(|e| {
        let (from, until) = (x(e.from), x(e.until.min(t.end.succ())));
        html! {
            <rect class={classes!("era", format!("era-{}", e.kind.as_str()))} x={format!("{from:.2}%")} y="0"
                width={format!("{:.2}%", (until - from).max(0.0))} height="14">
                <title>{ say!("timeline-era-span", era = e.kind.label(), from = e.from.to_string(), until = e.until.to_string()) }</title>
            </rect>
        }
    });
    let ticks = t.markers.iter().map(|m| {
        let at = format!("{:.2}%", x(m.date));
        html! {
            <line class="revelation" x1={at.clone()} x2={at} y1="0" y2="18"><title>{ &m.label }</title></line>
        }
    });
    let numbers = marker_groups(t.markers.iter().map(|m| x(m.date)))
        .into_iter()
        .map(|(first, last, at)| {
            let words = if first == last {
                (first + 1).to_string()
            } else {
                format!("{}–{}", first + 1, last + 1)
            };
            html! { <text x={format!("{at:.2}%")} y="30" text-anchor="middle">{ words }</text> }
        });
    let now = x(date);
    html! {
        <svg class="band" height={format!("{band_height:.0}")} aria-hidden="true">
            { for eras }
            { for ticks }
            { for numbers }
            { lanes }
            <line class="now" x1={format!("{now:.2}%")} x2={format!("{now:.2}%")} y1="0" y2="14" />
        </svg>
    }
}

/// The key to the time line: the era now, every era and (`deal_words`) deal in words, and each
/// source's publication, a button to go there.
fn key(
    t: &Timeline,
    era_now: &str,
    jump: &dyn Fn(Option<Date>) -> Callback<MouseEvent>,
    deal_words: Html,
) -> Html {
    let era_words = t
        .eras
        .iter()
        .filter(|e| e.kind != EraKind::Before)
        .map(|e| {
            html! {
                <li class={format!("era-{}", e.kind.as_str())}>
                    <span class="era-swatch" aria-hidden="true"></span>
                    { e.words(t.end) }
                </li>
            }
        });
    let revelations = t.markers.iter().enumerate().map(|(i, m)| {
        let go = jump(Some(m.date.clamp(t.start, t.end)));
        html! {
            <li class="revelation-item">
                <button type="button" class="link" onclick={go}>{ say!("timeline-source", number = i + 1, label = m.label.as_str()) }</button>
            </li>
        }
    });
    html! {
        <div class="eras-key" role="group" aria-label={word!("timeline-key")}>
            <p class="era-now">{ if era_now.is_empty() { say!("timeline-now-before") } else { say!("timeline-now", era = era_now) } }</p>
            <ul class="era-list">{ for era_words }</ul>
            { deal_words }
            if !t.markers.is_empty() {
                <p class="revelation-note">{ word!("timeline-sources") }</p>
                <ol class="revelation-list">{ for revelations }</ol>
            }
        </div>
    }
}

/// The time line's deals: a lane each under the band (in percent of its width, as the band),
/// the band's height with them, and their words for the key. A start no source gives is drawn
/// as a faint dotted run from the band's start to the stand-in day, never as a start.
fn deals(t: &Timeline) -> (Html, f64, Html) {
    const LANE: f64 = 8.0;
    const LANES_TOP: f64 = 40.0;
    let (start, end) = (t.start.day_number(), t.end.day_number());
    let span = f64::from((end - start).max(1));
    let x = |d: Date| (f64::from(d.day_number() - start) / span * 100.0).clamp(0.0, 100.0);
    let unknown = |d: &crate::present::timeline::Deal| d.from_sure == Sureness::Unknown;
    let lanes = t.deals.iter().enumerate().map(|(i, d)| {
        let y = format!("{:.0}", LANES_TOP + LANE * i as f64);
        let from = d.from.map_or(0.0, x);
        let until = d.until.map_or(100.0, |u| x(u.min(t.end.succ())));
        html! {
            <g class="deal">
                <title>{ d.words(t.end) }</title>
                if unknown(d) {
                    <line class="deal-unknown" x1="0%" x2={format!("{from:.2}%")} y1={y.clone()} y2={y.clone()} />
                }
                <line class="deal-known" x1={format!("{from:.2}%")} x2={format!("{until:.2}%")} y1={y.clone()} y2={y} />
            </g>
        }
    });
    let height = if t.deals.is_empty() {
        34.0
    } else {
        LANES_TOP + LANE * t.deals.len() as f64
    };
    let words = t.deals.iter().map(|d| {
        html! {
            <li>
                <svg class="deal-swatch" viewBox="0 0 30 6" aria-hidden="true">
                    if unknown(d) { <line class="deal-unknown" x1="0" x2="14" y1="3" y2="3" /> }
                    <line class="deal-known" x1={if unknown(d) { "14" } else { "0" }} x2="30" y1="3" y2="3" />
                </svg>
                { d.words(t.end) }
            </li>
        }
    });
    let key = if t.deals.is_empty() {
        html! {}
    } else {
        html! {
            <>
                <p class="revelation-note">{ word!("timeline-deals") }</p>
                <ul class="era-list deal-list">{ for words }</ul>
            </>
        }
    };
    (html! { <>{ for lanes }</> }, height, key)
}

/// The markers' numbers as written under the band: markers closer than 8% of its width share
/// one label ("2–5"), so numbers never lie on one another. Each group is (first index, last
/// index, where to write it in percent), from `xs` in percent, in order.
fn marker_groups(xs: impl Iterator<Item = f64>) -> Vec<(usize, usize, f64)> {
    let mut groups: Vec<(usize, usize, f64, f64)> = Vec::new();
    for (i, x) in xs.enumerate() {
        match groups.last_mut() {
            Some(g) if x - g.3 < 8.0 => {
                g.1 = i;
                g.3 = x;
            }
            _ => groups.push((i, i, x, x)),
        }
    }
    groups
        .into_iter()
        .map(|(first, last, from, to)| (first, last, ((from + to) / 2.0).clamp(1.5, 98.5)))
        .collect()
}

/// A row of the company table, with names resolved and the original's figures beside.
#[derive(Clone, PartialEq)]
pub struct CompanyRow {
    pub id: String,
    pub company: CompanyIx,
    pub name: String,
    pub figures: CompanyFigures,
    /// The same figures without the what-if switches, when any is on.
    pub original: Option<CompanyFigures>,
}

pub fn company_rows(
    s: &Scenario,
    figures: &[CompanyFigures],
    original: Option<&[CompanyFigures]>,
) -> Vec<CompanyRow> {
    figures
        .iter()
        .enumerate()
        .map(|(i, f)| CompanyRow {
            id: s.company(f.company).id.clone(),
            company: f.company,
            name: s.company(f.company).name.clone(),
            figures: f.clone(),
            original: original.and_then(|o| o.get(i).cloned()),
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct CompanyTableProps {
    pub rows: Rc<Vec<CompanyRow>>,
    pub mode: Mode,
    pub on_action: Callback<Action>,
}

fn with_diff(now: u32, before: Option<u32>) -> Html {
    match before {
        Some(b) if b != now => {
            let d = i64::from(now) - i64::from(b);
            html! { <>{ now }<span class="diff" title={word!("figures-against")}>{ format!(" ({d:+})") }</span></> }
        }
        _ => html! { { now } },
    }
}

#[component]
pub fn CompanyTable(props: &CompanyTableProps) -> Html {
    let rows = props.rows.iter().map(|r| {
        let f = &r.figures;
        let o = r.original.as_ref();
        let on_action = props.on_action.clone();
        let company = r.company;
        html! {
            <tr key={r.id.clone()} data-company={r.id.clone()}>
                <th scope="row">
                    <button type="button" class="link" translate="no" onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::Select(Some(Node::Company(company)))))}>
                        { &r.name }
                    </button>
                </th>
                <td class="reached">{ with_diff(f.reached, o.map(|o| o.reached)) }</td>
                <td class="consented">{ with_diff(f.consented, o.map(|o| o.consented)) }</td>
                <td class="without-consent">{ with_diff(f.without_consent, o.map(|o| o.without_consent)) }</td>
                <td class="amplification">{ reach_per_yes(f) }</td>
            </tr>
        }
    });
    let caption = say!("figures-caption", mode = props.mode.as_str());
    html! {
        <div class="figures">
            <table>
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ headings()[0] }</th>
                        <th scope="col">{ headings()[1] }</th>
                        <th scope="col">{ headings()[2] }</th>
                        <th scope="col">{ headings()[3] }</th>
                        <th scope="col"><abbr title={reach_per_yes_means()}>{ headings()[4] }</abbr></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
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
    let ring = |class: &'static str, text: &'static str| {
        html! {
            <li><svg class="swatch dot" viewBox="0 0 24 24" aria-hidden="true"><circle class={classes!("person", class)} cx="12" cy="12" r="7" /></svg>{ text }</li>
        }
    };
    html! {
        <section class="legend" aria-labelledby="legend-title">
            <h2 id="legend-title">{ word!("legend") }</h2>
            <p class="legend-note">{ word!("legend-note") }</p>
            <ul class="reasons">{ for reasons }</ul>
            <ul class="shapes">
                { ring("exposed", word!("legend-exposed")) }
                { ring("consented", word!("legend-consented")) }
                { ring("untouched", word!("legend-untouched")) }
                <li><svg class="swatch dot" viewBox="0 0 24 24" aria-hidden="true"><circle class="shield" cx="12" cy="12" r="10" /><circle class="person untouched" cx="12" cy="12" r="6" /></svg>{ word!("legend-shield") }</li>
                <li><svg class="swatch dot" viewBox="0 0 24 24" aria-hidden="true"><rect class="company app" x="5" y="5" width="14" height="14" rx="3" /></svg>{ word!("legend-company") }</li>
                <li><svg class="swatch" viewBox="0 0 40 10" aria-hidden="true"><line class="friendship" x1="0" y1="5" x2="40" y2="5" /></svg>{ word!("legend-friends") }</li>
                <li><svg class="swatch" viewBox="0 0 40 10" aria-hidden="true"><line class="transfer-link" x1="0" y1="5" x2="40" y2="5" /></svg>{ word!("legend-transfer") }</li>
                <li><svg class="swatch" viewBox="0 0 40 10" aria-hidden="true"><line class="flow reason-friend kept" x1="2" y1="5" x2="32" y2="5" /><circle class="kept-end" cx="35" cy="5" r="3.5" /></svg>
                    { word!("legend-kept") }</li>
                <li><svg class="swatch" viewBox="0 0 40 10" aria-hidden="true"><line class="ghost" x1="0" y1="5" x2="40" y2="5" /></svg>
                    { word!("legend-ghost") }</li>
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
            // A title as it was published: not the page's words, and not for a browser to translate.
            Some(url) => html! { <a href={url.clone()} rel="noopener noreferrer external" target="_blank" translate="no">{ &s.title }</a> },
            None => html! { <cite translate="no">{ &s.title }</cite> },
        };
        let by = [s.publisher.clone(), s.date.map(|d| d.to_string())].into_iter().flatten().collect::<Vec<_>>().join(", ");
        html! { <li id={format!("source-{}", s.id)}>{ title }{ if by.is_empty() { String::new() } else { say!("source-by", by = by) } }</li> }
    });
    html! {
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ word!("page-sources") }</h2>
            <ol>{ for items }</ol>
        </section>
    }
}

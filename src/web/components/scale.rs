//! "At scale": a generated network of up to a million people, the reader's controls, the whole
//! network's figures, the plot of reach against install rate with the 2018 point, a picture of
//! a sample lighting up, and the story from one installer to 87 million. The numbers and words
//! come from [`crate::core::scale`] and [`crate::present::scale`]; this draws them.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew::TargetCast;

use crate::core::scale::{Fate, Model, Reach};
use crate::files::limits::thousands;
use crate::present::scale::{
    self as words, bins, curve, first_installer, lines, meaning, model_name, nearest, percent,
    plot, plot_in, rates, sample, sample_caption, spoken, story, Curve, Frame, Plot,
};
use crate::view::scale::{self, ScaleView};
use crate::web::browser;
use crate::web::hooks::scale::{use_network, Network};
use crate::{say, word};

/// The people sizes offered.
const SIZES: [u32; 4] = [1_000, 10_000, 100_000, 1_000_000];
/// The friend counts offered: small, medium, and Pew's mean.
const FRIENDS: [u32; 4] = [20, 50, 150, 338];

/// The view's inputs.
#[derive(Properties, PartialEq)]
pub struct AtScaleProps {
    /// What the reader chose.
    pub view: ScaleView,
    /// Changes it.
    pub on_change: Callback<ScaleView>,
}

/// The whole "At scale" view.
#[component]
pub fn AtScale(props: &AtScaleProps) -> Html {
    let network = use_network(props.view.params);
    // In a lesson page's frame, the host learns the new height whenever this draws again.
    use_effect(browser::post_height);
    let view = &props.view;
    let body = match &network {
        Network::Refused(why) => html! {
            <p class="scale-refused" role="alert">{ say!("scale-refused", why = why.as_str()) }</p>
        },
        Network::Generating(p) => html! {
            <div class="scale-progress">
                <label for="scale-progress">{ say!("scale-generating", people = view.params.people) }</label>
                <progress id="scale-progress" max="100" value={format!("{:.0}", p * 100.0)}>{ format!("{:.0}%", p * 100.0) }</progress>
            </div>
        },
        Network::Ready(reach, ms) => html! {
            <Results reach={reach.clone()} view={view.clone()} ms={*ms} on_change={props.on_change.clone()} />
        },
    };
    let status = match &network {
        Network::Generating(_) => say!("scale-generating-status", people = view.params.people),
        Network::Ready(reach, _) => spoken(&reach.figures(view.setting())),
        Network::Refused(_) => String::new(),
    };
    // What the install rate moves, shown beside its slider, which stays in view as the page
    // scrolls (a phone's results start far below it).
    let readout = match &network {
        Network::Ready(reach, _) => Some(words::readout(&reach.figures(view.setting()))),
        _ => None,
    };
    html! {
        <section class="at-scale" aria-labelledby="scale-title">
            <h2 id="scale-title">{ word!("scale-title") }</h2>
            <p class="scale-lede">{ word!("scale-lede") }</p>
            { install(view, &props.on_change, readout) }
            { controls(view, &props.on_change) }
            { body }
            <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">{ status }</div>
        </section>
    }
}

fn controls(view: &ScaleView, on_change: &Callback<ScaleView>) -> Html {
    let set = |f: fn(&mut ScaleView, &str)| {
        let (view, on_change) = (view.clone(), on_change.clone());
        move |value: String| {
            let mut next = view.clone();
            f(&mut next, &value);
            if next != view {
                on_change.emit(next);
            }
        }
    };
    let on_select = |f: fn(&mut ScaleView, &str)| {
        let set = set(f);
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_range = |f: fn(&mut ScaleView, &str)| {
        let set = set(f);
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let open = view.open;
    let on_policy = |to: bool| {
        let (view, on_change) = (view.clone(), on_change.clone());
        Callback::from(move |_: Event| {
            on_change.emit(ScaleView {
                open: to,
                ..view.clone()
            })
        })
    };
    let p = &view.params;
    html! {
        <form class="scale-controls" aria-label={word!("scale-controls")} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="scale-range">
                <label for="scale-optout">{ word!("scale-opt-out") }</label>
                <input id="scale-optout" type="range" min="0" max="100" step="5"
                    value={format!("{:.0}", view.opt_out * 100.0)} aria-valuetext={percent(view.opt_out)}
                    oninput={on_range(|v, s| if let Ok(n) = s.parse::<u32>() { v.opt_out = f64::from(n.min(100)) / 100.0 })} />
                <output for="scale-optout">{ percent(view.opt_out) }</output>
            </div>
            <fieldset class="scale-policy">
                <legend>{ word!("scale-policy") }</legend>
                <label><input type="radio" name="scale-fp" checked={open} onchange={on_policy(true)} />{ word!("scale-open") }</label>
                <label><input type="radio" name="scale-fp" checked={!open} onchange={on_policy(false)} />{ word!("scale-closed") }</label>
            </fieldset>
            <div class="scale-network">
                <div class="field">
                    <label for="scale-model">{ word!("scale-model") }</label>
                    <select id="scale-model" onchange={on_select(|v, s| if let Some(m) = Model::parse(s) { v.params.model = m })}>
                        { for Model::ALL.iter().map(|m| html! { <option value={m.as_str()} selected={*m == p.model}>{ model_name(*m) }</option> }) }
                    </select>
                </div>
                <div class="field">
                    <label for="scale-people">{ word!("scale-people") }</label>
                    <select id="scale-people" onchange={on_select(|v, s| if let Ok(n) = s.parse() { v.params.people = n })}>
                        { for SIZES.iter().map(|n| html! { <option value={n.to_string()} selected={*n == p.people}>{ thousands(*n as usize) }</option> }) }
                        if !SIZES.contains(&p.people) { <option value={p.people.to_string()} selected=true>{ thousands(p.people as usize) }</option> }
                    </select>
                </div>
                <div class="field">
                    <label for="scale-friends">{ word!("scale-friends") }</label>
                    <select id="scale-friends" onchange={on_select(|v, s| if let Ok(n) = s.parse() { v.params.friends = n })}>
                        { for FRIENDS.iter().map(|n| html! { <option value={n.to_string()} selected={*n == p.friends}>{ if *n == 338 { say!("scale-friends-pew", friends = *n) } else { n.to_string() } }</option> }) }
                        if !FRIENDS.contains(&p.friends) { <option value={p.friends.to_string()} selected=true>{ p.friends.to_string() }</option> }
                    </select>
                </div>
                <SeedField seed={p.seed} on_seed={{ let (view, on_change) = (view.clone(), on_change.clone()); Callback::from(move |seed: u64| {
                    let mut next = view.clone();
                    next.params.seed = seed;
                    if next != view { on_change.emit(next) }
                }) }} />
                <p id="scale-seed-help" class="hint">{ word!("scale-seed-help") }</p>
            </div>
        </form>
    }
}

/// The install rate's slider, with the figures it moves beside it (`readout`, once the network
/// is ready): pinned at the top of the screen while the page scrolls past the results.
fn install(view: &ScaleView, on_change: &Callback<ScaleView>, readout: Option<String>) -> Html {
    let rates = rates();
    let at = nearest(&rates, view.install);
    let oninput = {
        let (view, on_change) = (view.clone(), on_change.clone());
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut next = view.clone();
            if let Some(rate) = value
                .parse::<usize>()
                .ok()
                .and_then(|i| words::rates().get(i).copied())
            {
                next.install = rate;
            }
            if next != view {
                on_change.emit(next);
            }
        })
    };
    html! {
        <div class="scale-now">
            <div class="scale-range">
                <label for="scale-install">{ word!("scale-install") }</label>
                <input id="scale-install" type="range" min="0" max={(rates.len() - 1).to_string()} step="1"
                    value={at.to_string()} aria-valuetext={percent(view.install)} {oninput} />
                <output for="scale-install">{ percent(view.install) }</output>
            </div>
            if let Some(line) = readout {
                <p class="scale-readout">{ line }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SeedProps {
    seed: u64,
    on_seed: Callback<u64>,
}

/// The seed, typed: a whole number makes a new network; anything else is named under the field
/// and changes nothing, the text kept for the reader to correct.
#[component]
fn SeedField(props: &SeedProps) -> Html {
    // Local: the seed as typed, and why it is not one yet.
    let text = use_state(|| props.seed.to_string());
    let problem = use_state(|| None::<String>);
    {
        // A seed set elsewhere (a link, the address) shows here.
        let (text, problem) = (text.clone(), problem.clone());
        use_effect_with(props.seed, move |seed| {
            text.set(seed.to_string());
            problem.set(None);
        });
    }
    let onchange = {
        let (text, problem, on_seed) = (text.clone(), problem.clone(), props.on_seed.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            text.set(value.clone());
            match value.trim().parse::<u64>() {
                Ok(seed) => {
                    problem.set(None);
                    on_seed.emit(seed);
                }
                Err(_) => problem.set(Some(say!(
                    "scale-seed-problem",
                    text = value.chars().take(40).collect::<String>(),
                    max = u64::MAX.to_string(),
                ))),
            }
        })
    };
    let described = if problem.is_some() {
        "scale-seed-problem scale-seed-help"
    } else {
        "scale-seed-help"
    };
    html! {
        <div class="field">
            <label for="scale-seed">{ word!("scale-seed") }</label>
            <input id="scale-seed" type="text" inputmode="numeric" value={(*text).clone()}
                aria-describedby={described} aria-invalid={problem.is_some().to_string()} {onchange} />
            if let Some(p) = &*problem {
                <p id="scale-seed-problem" class="field-problem" role="alert">{ p.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties)]
struct ResultsProps {
    reach: Rc<Reach>,
    view: ScaleView,
    ms: f64,
    on_change: Callback<ScaleView>,
}

impl PartialEq for ResultsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.reach, &other.reach)
            && self.view == other.view
            && self.on_change == other.on_change
    }
}

#[component]
fn Results(props: &ResultsProps) -> Html {
    let (reach, view) = (&props.reach, &props.view);
    let setting = view.setting();
    let figures = reach.figures(setting);
    // The curve changes with the narrowing and the policy, not with the install rate.
    let placed = use_memo(Rc::as_ptr(reach) as usize, {
        let reach = reach.clone();
        move |_| bins(&reach)
    });
    let drawn = use_memo(
        (Rc::as_ptr(reach) as usize, setting.narrowed, setting.open),
        {
            let (reach, placed) = (reach.clone(), placed.clone());
            move |_| curve(&reach, &placed, setting.narrowed, setting.open)
        },
    );
    let plotted = plot(&figures, view.install);
    let p = &view.params;
    html! {
        <>
            <p class="scale-about">
                { say!("scale-about", people = p.people, friendships = reach.friendships(), model = p.model.as_str(), seed = p.seed.to_string(), seconds = props.ms / 1000.0) }
            </p>
            <div class="scale-grid">
                <div class="figures scale-figures">
                    <table>
                        <caption>{ word!("scale-whole") }</caption>
                        <tbody>
                            { for lines(&figures).into_iter().map(|l| html! {
                                <tr><th scope="row">{ l.name }</th><td class="value">{ l.value }</td><td class="note">{ l.note }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                { plot_figure(&drawn, &plotted, &plot_in(&figures, view.install, Frame::NARROW)) }
            </div>
            <div class="scale-meaning">
                { for meaning(reach, p.friends).into_iter().map(|t| html! { <p>{ t }</p> }) }
                <h3 id="scale-sources">{ word!("page-sources") }</h3>
                <ul class="scale-sources" aria-labelledby="scale-sources">
                    { for words::sources().into_iter().map(|(what, url)| html! {
                        <li>if let Some(url) = url { <a href={url} rel="noopener noreferrer">{ what }</a> } else { { what } }</li>
                    }) }
                </ul>
            </div>
            { picture(reach, view) }
            { story_steps(view, &props.on_change, reach) }
            { command(view) }
        </>
    }
}

fn plot_figure(c: &Curve, p: &Plot, narrow: &Plot) -> Html {
    html! {
        <figure class="scale-plot">
            { plot_svg(&c.path, p, Frame::WIDE, "wide") }
            { plot_svg(&c.narrow, narrow, Frame::NARROW, "narrow") }
            <figcaption>
                <ul class="plot-key">
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><path class="curve" d="M1 15L19 5" /></svg>{ word!("scale-plot-curve") }</li>
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><rect class="real-range" x="7" y="3" width="6" height="16" /><line class="real-cap" x1="4" x2="16" y1="3" y2="3" /></svg>{ p.real.label.clone() }</li>
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><circle class="reader-point" cx="10" cy="10" r="6" /></svg>{ p.reader.label.clone() }</li>
                </ul>
                <details>
                    <summary>{ word!("scale-plot-table") }</summary>
                    <table class="plot-table">
                        <thead><tr><th scope="col">{ word!("scale-plot-rate") }</th><th scope="col">{ word!("scale-plot-installers") }</th><th scope="col">{ word!("scale-plot-reached") }</th><th scope="col">{ word!("scale-plot-share") }</th></tr></thead>
                        <tbody>{ for c.rows.iter().map(|r| html! {
                            <tr><th scope="row">{ &r.rate }</th><td>{ &r.installers }</td><td>{ &r.reached }</td><td>{ &r.share }</td></tr>
                        }) }</tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
}

/// The plot in one frame (`which`: its class, "wide" or "narrow").
fn plot_svg(path: &str, p: &Plot, frame: Frame, which: &'static str) -> Html {
    let (left, top, right, bottom) = p.area;
    html! {
        <svg class={which} viewBox={format!("0 0 {} {}", frame.w, frame.h)} role="img" aria-labelledby={format!("scale-plot-title-{which} scale-plot-desc-{which}")}>
            <title id={format!("scale-plot-title-{which}")}>{ word!("scale-plot-title") }</title>
            <desc id={format!("scale-plot-desc-{which}")}>{ say!("scale-plot-desc", reader = p.reader.label.as_str(), real = p.real.label.as_str()) }</desc>
            <rect class="plot-area" x={left.to_string()} y={top.to_string()} width={(right - left).to_string()} height={(bottom - top).to_string()} />
            { for p.y_ticks.iter().map(|t| html! { <g class="tick">
                <line x1={left.to_string()} x2={right.to_string()} y1={t.at.to_string()} y2={t.at.to_string()} />
                <text x={(left - 6.0).to_string()} y={(t.at + 4.0).to_string()} text-anchor="end">{ &t.label }</text>
            </g> }) }
            // A phone's frame names every other rate (from the second, clear of the lowest
            // share's label in the corner), so a language's longer numbers ("0,001 %") never
            // meet; its lines stay.
            { for p.x_ticks.iter().enumerate().map(|(i, t)| html! { <g class="tick">
                <line x1={t.at.to_string()} x2={t.at.to_string()} y1={top.to_string()} y2={bottom.to_string()} />
                if which == "wide" || i % 2 == 1 {
                    <text x={t.at.to_string()} y={(bottom + 16.0).to_string()} text-anchor="middle">{ &t.label }</text>
                }
            </g> }) }
            <text class="axis-label" x={((left + right) / 2.0).to_string()} y={(frame.h - 6.0).to_string()} text-anchor="middle">{ word!("scale-plot-axis-install") }</text>
            // The vertical axis is named on a laptop; on a phone the plot's heading and its
            // percentages say it, and the name would crowd them.
            if which == "wide" {
                <text class="axis-label" transform={format!("translate(14 {}) rotate(-90)", (top + bottom) / 2.0)} text-anchor="middle">{ word!("scale-plot-share") }</text>
            }
            <path class="curve" d={path.to_string()} />
            <rect class="real-range" x={format!("{:.1}", p.real.left)} y={format!("{:.1}", p.real.top)}
                width={format!("{:.1}", p.real.right - p.real.left)} height={format!("{:.1}", p.real.bottom - p.real.top)} />
            <line class="real-cap" x1={format!("{:.1}", p.real.left - 4.0)} x2={format!("{:.1}", p.real.right + 4.0)} y1={format!("{:.1}", p.real.top)} y2={format!("{:.1}", p.real.top)} />
            <text class="point-label" x={(p.real.right + 8.0).to_string()} y={(p.real.top + 4.0).to_string()}>{ &p.real.short }</text>
            <circle class="reader-point" cx={format!("{:.1}", p.reader.x)} cy={format!("{:.1}", p.reader.y)} r="7" />
        </svg>
    }
}

/// The sample's dots, 40 a row.
fn picture(reach: &Reach, view: &ScaleView) -> Html {
    let setting = view.setting();
    let (caption, _) = sample_caption(reach, setting);
    const COLS: u32 = 40;
    let dots = sample(reach.people()).into_iter().enumerate().map(|(k, i)| {
        let (x, y) = (8.0 + 14.0 * f64::from(k as u32 % COLS), 8.0 + 14.0 * f64::from(k as u32 / COLS));
        match reach.fate(i, setting) {
            Fate::Installed => html! { <rect class="dot installed" x={format!("{}", x - 5.0)} y={format!("{}", y - 5.0)} width="10" height="10" /> },
            Fate::Reached => html! { <circle class="dot reached" cx={x.to_string()} cy={y.to_string()} r="5" /> },
            Fate::Spared => html! { <circle class="dot spared" cx={x.to_string()} cy={y.to_string()} r="4" /> },
            Fate::Untouched => html! { <circle class="dot untouched" cx={x.to_string()} cy={y.to_string()} r="2" /> },
        }
    });
    let rows = sample(reach.people()).len() as u32 / COLS + 1;
    html! {
        <figure class="scale-picture">
            <svg viewBox={format!("0 0 {} {}", 14 * COLS + 2, 14 * rows + 2)} role="img" aria-label={caption.clone()}>
                { for dots }
            </svg>
            <figcaption>
                <p>{ caption }</p>
                <ul class="plot-key">
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><rect class="dot installed" x="5" y="5" width="10" height="10" /></svg>{ word!("scale-dot-installed") }</li>
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><circle class="dot reached" cx="10" cy="10" r="5" /></svg>{ word!("scale-dot-reached") }</li>
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><circle class="dot spared" cx="10" cy="10" r="4" /></svg>{ word!("scale-dot-spared") }</li>
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><circle class="dot untouched" cx="10" cy="10" r="2" /></svg>{ word!("scale-dot-untouched") }</li>
                </ul>
            </figcaption>
        </figure>
    }
}

fn story_steps(view: &ScaleView, on_change: &Callback<ScaleView>, reach: &Reach) -> Html {
    let steps = story();
    let one = first_installer(&rates(), reach.smallest_install_key());
    html! {
        <section class="scale-story" aria-labelledby="scale-story-title">
            <h3 id="scale-story-title">{ word!("scale-story") }</h3>
            <ol>
                { for steps.into_iter().map(|s| {
                    let (rate, narrowed, open) = s.show;
                    let rate = rate.unwrap_or(one);
                    let next = ScaleView { install: snap(rate), opt_out: narrowed, open, ..view.clone() };
                    let on_change = on_change.clone();
                    let shown = *view == next;
                    html! {
                        <li>
                            <h4>{ s.title }</h4>
                            <p>{ s.text }</p>
                            <p class="source">{ word!("scale-source") }{ " " }if let Some(url) = s.url { <a href={url} rel="noopener noreferrer">{ s.source }</a> } else { { s.source } }</p>
                            <button type="button" class="secondary" aria-pressed={shown.to_string()}
                                onclick={Callback::from(move |_: MouseEvent| { on_change.emit(next.clone()); show_results(); })}>
                                { if shown { say!("scale-shown", title = s.title) } else { say!("scale-show-me", title = s.title) } }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// Scrolls to what a "Show me" changed, once it is drawn: the whole network's figures and the
/// plot, just below the pinned slider.
fn show_results() {
    browser::time::soon(|| {
        if let Some(results) = browser::dom::find(".scale-grid") {
            let pinned = browser::dom::find(".scale-now");
            browser::dom::below_pinned(&results, pinned.as_ref(), f64::INFINITY);
        }
    });
}

/// The slider's rate nearest `rate`.
fn snap(rate: f64) -> f64 {
    let r = rates();
    r[nearest(&r, rate)]
}

fn command(view: &ScaleView) -> Html {
    let embed = ScaleView {
        embed: true,
        ..view.clone()
    };
    let address = format!("{}{}", browser::base_address(), scale::format(&embed));
    let snippet = scale::snippet(&address);
    let from_disk = browser::dom::from_disk();
    html! {
        <section class="scale-reuse" aria-labelledby="scale-reuse-title">
            <h3 id="scale-reuse-title">{ word!("scale-reuse") }</h3>
            <p>{ word!("scale-reuse-before") }{ " " }<code translate="no">{ "exposure" }</code>{ " " }{ word!("scale-reuse-after") }</p>
            <pre class="command"><code translate="no">{ view.command() }</code></pre>
            // A page opened from a file has no address another page could embed.
            if !from_disk {
                <label for="scale-embed">{ word!("scale-embed") }</label>
                <textarea id="scale-embed" readonly=true rows="3" value={snippet} />
            }
        </section>
    }
}

/// The embedded view's inputs.
#[derive(Properties, PartialEq)]
pub struct EmbeddedScaleProps {
    /// What the reader chose.
    pub view: ScaleView,
    /// Changes it.
    pub on_change: Callback<ScaleView>,
}

/// "At scale" alone, in a lesson page's frame: the view, a way out to the full app, and credit.
#[component]
pub fn EmbeddedScale(props: &EmbeddedScaleProps) -> Html {
    let full = format!(
        "{}{}",
        browser::base_address(),
        scale::format(&ScaleView {
            embed: false,
            ..props.view.clone()
        })
    );
    html! {
        <div class="app embedded">
            <header class="embed-top">
                <p class="embed-name">{ "Spillover" }</p>
                <a class="open-full" href={full} target="_blank" rel="noopener">{ word!("embed-open-full") }</a>
            </header>
            <main><AtScale view={props.view.clone()} on_change={props.on_change.clone()} /></main>
            <footer class="attribution">
                { word!("scale-attribution") }
            </footer>
        </div>
    }
}

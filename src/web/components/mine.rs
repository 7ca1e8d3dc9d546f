//! "Your data": what to ask Facebook for, the place to give the export (a file picker for the
//! ZIP, its parts or JSON files, a folder picker, and a drop anywhere on the view, which the
//! root hands to [`crate::web::hooks::mine`]), the reading's progress, and then the picture of
//! who could hold the reader's data, the figures, a line for each list with its "why?", the
//! reader's point on "At scale"'s plot, friends' names on request, the lists, the files read
//! and not, saving (asking first) and sharing (counts only), and keeping or forgetting it.
//!
//! Every word is [`crate::present::mine`]'s or [`crate::present::mine_view`]'s, every figure
//! `core::mine`'s; this maps them to HTML and SVG.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew::TargetCast;

use super::pager::ShowMore;
use crate::core::mine::Mine;
use crate::present::mine::{self as words, if_friends_used, Basis, Line};
use crate::present::mine_graph::{self as graph, Kind, Picture, Shape, YourPlot};
use crate::present::mine_view as view_words;
use crate::present::scale::PLOT_H;
use crate::present::scale::PLOT_W;
use crate::view::mine::{at_scale, Export, MineAction, MineView, Stage, ONE_IN};
use crate::view::page::Do;
use crate::web::browser;
use crate::web::hooks::mine::read;
use crate::word;

/// The view's inputs.
#[derive(Properties, PartialEq)]
pub struct YourDataProps {
    /// The view, as its address has it.
    pub view: MineView,
    /// The reader's export.
    pub export: Export,
    /// Changes the page.
    pub on_page: Callback<Do>,
}

/// The whole "Your data" view.
#[component]
pub fn YourData(props: &YourDataProps) -> Html {
    let send = |a: MineAction| {
        let on_page = props.on_page.clone();
        move || on_page.emit(Do::Mine(a.clone()))
    };
    let e = &props.export;
    let problem = e.problem.as_ref().map(|p| {
        let dismiss = send(MineAction::Dismiss);
        html! {
            <div class="notes" role="alert">
                <p>{ p }</p>
                <button type="button" onclick={Callback::from(move |_: MouseEvent| dismiss())}>{ word!("mine-dismiss") }</button>
            </div>
        }
    });
    let (body, status) = match &e.stage {
        Stage::Nothing => (
            html! {
                <>
                    if e.forgotten > 0 { <p class="mine-forgotten" role="status">{ word!("mine-forgotten") }</p> }
                    { steps() }
                    { give(&props.on_page, true) }
                </>
            },
            String::new(),
        ),
        Stage::Reading { progress, .. } => {
            let words = view_words::progress(*progress);
            let (done, of) = match progress {
                Some(crate::files::mine::parts::Progress::Reading { file, of }) => (*file, *of),
                _ => (0, 1),
            };
            (
                html! {
                    <div class="mine-progress">
                        <label for="mine-progress">{ words.clone() }</label>
                        <progress id="mine-progress" max={of.to_string()} value={done.to_string()}>{ words.clone() }</progress>
                    </div>
                },
                words,
            )
        }
        Stage::Read(mine) => match &mine.refusal {
            Some(why) => (
                html! {
                    <>
                        <p class="mine-refused" role="alert">{ view_words::refused(why) }</p>
                        { files(mine) }
                        { give(&props.on_page, true) }
                    </>
                },
                String::new(),
            ),
            None => (
                html! {
                    <>
                        if e.kept { <p class="mine-restored">{ word!("mine-restored") }</p> }
                        <Results mine={mine.clone()} view={props.view.clone()} names={e.names} on_page={props.on_page.clone()} />
                        { give(&props.on_page, false) }
                    </>
                },
                view_words::spoken(mine),
            ),
        },
    };
    let keep = keep_or_forget(e, &props.on_page);
    html! {
        <section class="your-data" aria-labelledby="mine-title">
            <h2 id="mine-title">{ word!("mine-title") }</h2>
            <p class="mine-lede">{ words::privacy() }</p>
            { for problem }
            { body }
            { keep }
            <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">{ status }</div>
        </section>
    }
}

fn steps() -> Html {
    html! {
        <section class="mine-steps" aria-labelledby="mine-steps-title">
            <h3 id="mine-steps-title">{ word!("mine-steps-title") }</h3>
            <ol>{ for words::steps().iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
        </section>
    }
}

/// The pickers, open (`open`) or folded under "read another export".
fn give(on_page: &Callback<Do>, open: bool) -> Html {
    let pick = {
        let on_page = on_page.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let given = browser::files::picked(&input);
            browser::files::clear_picker(&input);
            read(given, &on_page);
        })
    };
    let pickers = html! {
        <div class="mine-give" role="group" aria-label={word!("mine-drop-zone")}>
            <div class="field">
                <label for="mine-files">{ word!("mine-pick-files") }</label>
                <input id="mine-files" type="file" multiple=true accept=".zip,.json,application/zip,application/json" onchange={pick.clone()} />
            </div>
            <div class="field">
                <label for="mine-folder">{ word!("mine-pick-folder") }</label>
                <input id="mine-folder" type="file" webkitdirectory=true multiple=true onchange={pick} />
            </div>
            <p class="hint">{ word!("mine-drop-hint") }</p>
        </div>
    };
    if open {
        html! {
            <section class="mine-take" aria-labelledby="mine-give-title">
                <h3 id="mine-give-title">{ word!("mine-give-title") }</h3>
                { pickers }
            </section>
        }
    } else {
        html! {
            <details class="mine-take">
                <summary>{ word!("mine-another") }</summary>
                { pickers }
            </details>
        }
    }
}

#[derive(Properties, PartialEq)]
struct ResultsProps {
    mine: Rc<Mine>,
    view: MineView,
    names: bool,
    on_page: Callback<Do>,
}

/// Everything shown of an export read.
#[component]
fn Results(props: &ResultsProps) -> Html {
    let mine = &props.mine;
    let f = mine.figures();
    let pictures = use_memo(props.mine.clone(), |m| {
        (
            graph::picture(m, Shape::Wide),
            graph::picture(m, Shape::Narrow),
        )
    });
    let lines: Vec<Line> = words::lines(mine)
        .into_iter()
        .filter(|l| l.basis == Basis::Export)
        .collect();
    html! {
        <>
            <div class="mine-top">
                if let (Some(wide), Some(narrow)) = &*pictures {
                    <figure class="mine-picture" aria-labelledby="mine-picture-title">
                        <h3 id="mine-picture-title">{ word!("mine-picture-title") }</h3>
                        { drawing(wide, "wide") }
                        { drawing(narrow, "narrow") }
                        <figcaption>{ key() }</figcaption>
                    </figure>
                }
                <section class="mine-lines" aria-labelledby="mine-lines-title">
                    <h3 id="mine-lines-title">{ word!("mine-lines-title") }</h3>
                    <table class="mine-figures">
                        <caption>{ view_words::figures_title() }</caption>
                        <tbody>{ for view_words::figure_rows(&f).into_iter().map(|(name, value)| html! {
                            <tr><th scope="row">{ name }</th><td>{ value }</td></tr>
                        }) }</tbody>
                    </table>
                    <ul class="mine-line-list">{ for lines.iter().map(line) }</ul>
                </section>
                { arithmetic(mine, &props.view, &props.on_page) }
            </div>
            { names(mine, props.names, &props.on_page) }
            { lists(mine) }
            { files(mine) }
            <SaveOrShare mine={mine.clone()} pictures={pictures.clone()} />
        </>
    }
}

/// A line, with what it rests on and its "why?".
fn line(l: &Line) -> Html {
    let basis = match l.basis {
        Basis::Export => "export",
        Basis::Arithmetic => "arithmetic",
    };
    html! {
        <li class={classes!("mine-line", basis)}>
            <p class="basis">{ l.basis.label() }</p>
            <p class="text">{ &l.text }</p>
            <details><summary>{ word!("mine-why") }</summary><p>{ &l.why }</p></details>
        </li>
    }
}

/// The picture of `p` as SVG, in one of its two shapes (the style sheet shows the one that fits).
fn drawing(p: &Picture, shape: &'static str) -> Html {
    let title = format!("mine-{shape}-title");
    let desc = format!("mine-{shape}-desc");
    let flows = p.flows.iter().map(|f| {
        html! { <path class={f.how.class()} d={graph::path(p, f)}><title>{ &f.words }</title></path> }
    });
    let groups = p.groups.iter().map(|g| {
        let kind = match g.kind {
            Kind::You => "you",
            Kind::Friends => "friends",
            Kind::Apps => "apps",
            Kind::Companies => "companies",
            Kind::Advertisers => "advertisers",
        };
        let lines = g.label.iter().enumerate().map(|(i, text)| {
            let (x, y, anchor) = graph::label_at(g, i);
            html! { <text class={classes!((i == 0 && g.kind != Kind::You).then_some("count"))} x={format!("{x:.1}")} y={format!("{y:.1}")} text-anchor={anchor}>{ text }</text> }
        });
        html! {
            <g class={classes!("mine-node", kind)}>
                <circle cx={format!("{:.1}", g.x)} cy={format!("{:.1}", g.y)} r={format!("{:.1}", g.r)} />
                { for lines }
            </g>
        }
    });
    html! {
        <svg class={classes!("mine-drawing", shape)} viewBox={format!("-10 -10 {} {}", p.width + 20.0, p.height + 20.0)}
            role="img" aria-labelledby={format!("{title} {desc}")}>
            <title id={title}>{ &p.title }</title>
            <desc id={desc}>{ &p.description }</desc>
            { for flows }
            { for groups }
        </svg>
    }
}

fn key() -> Html {
    html! {
        <ul class="plot-key">
            { for graph::key().into_iter().map(|(how, words)| html! {
                <li><svg class="key" viewBox="0 0 30 20" aria-hidden="true"><path class={how.class()} d="M1 10H29" /></svg>{ words }</li>
            }) }
        </ul>
    }
}

/// The arithmetic: one in N of the reader's friends, and their point on "At scale"'s plot.
fn arithmetic(mine: &Mine, view: &MineView, on_page: &Callback<Do>) -> Html {
    let f = mine.figures();
    if f.friends == 0 {
        return html! {};
    }
    let l = if_friends_used(f.friends, f.friends_before_cutoff, view.one_in);
    let on_rate = {
        let on_page = on_page.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(n) = select.value().parse() {
                on_page.emit(Do::Mine(MineAction::OneIn(n)));
            }
        })
    };
    let to_scale = {
        let (on_page, to) = (on_page.clone(), at_scale(f.friends, view.theme));
        Callback::from(move |_: MouseEvent| on_page.emit(Do::Scale(to.clone())))
    };
    let p = graph::your_plot(f.friends, view.one_in);
    html! {
        <section class="mine-arithmetic" aria-labelledby="mine-plot-title">
            <h3 id="mine-plot-title">{ word!("mine-plot-title") }</h3>
            <div class="field">
                <label for="mine-rate">{ word!("mine-rate-label") }</label>
                <select id="mine-rate" onchange={on_rate}>
                    { for ONE_IN.iter().map(|n| html! { <option value={n.to_string()} selected={*n == view.one_in}>{ view_words::one_in(*n) }</option> }) }
                </select>
            </div>
            <ul class="mine-line-list">{ line(&l) }</ul>
            { plot(&p) }
            <button type="button" class="secondary" onclick={to_scale}>{ view_words::see_at_scale(at_scale(f.friends, view.theme).params.friends) }</button>
        </section>
    }
}

fn plot(p: &YourPlot) -> Html {
    let (left, top, right, bottom) = p.plot.area;
    let real = &p.plot.real;
    html! {
        <figure class="scale-plot">
            <svg viewBox={format!("0 0 {PLOT_W} {PLOT_H}")} role="img" aria-labelledby="mine-plot-svg-title mine-plot-desc">
                <title id="mine-plot-svg-title">{ &p.title }</title>
                <desc id="mine-plot-desc">{ graph::plot_description(p) }</desc>
                <rect class="plot-area" x={left.to_string()} y={top.to_string()} width={(right - left).to_string()} height={(bottom - top).to_string()} />
                { for p.plot.y_ticks.iter().map(|t| html! { <g class="tick">
                    <line x1={left.to_string()} x2={right.to_string()} y1={t.at.to_string()} y2={t.at.to_string()} />
                    <text x={(left - 6.0).to_string()} y={(t.at + 4.0).to_string()} text-anchor="end">{ &t.label }</text>
                </g> }) }
                { for p.plot.x_ticks.iter().map(|t| html! { <g class="tick">
                    <line x1={t.at.to_string()} x2={t.at.to_string()} y1={top.to_string()} y2={bottom.to_string()} />
                    <text x={t.at.to_string()} y={(bottom + 16.0).to_string()} text-anchor="middle">{ &t.label }</text>
                </g> }) }
                <text class="axis-label" x={((left + right) / 2.0).to_string()} y={(PLOT_H - 6.0).to_string()} text-anchor="middle">{ word!("mine-plot-x") }</text>
                <text class="axis-label" transform={format!("translate(14 {}) rotate(-90)", (top + bottom) / 2.0)} text-anchor="middle">{ word!("mine-plot-y") }</text>
                <path class="curve" d={p.curve.clone()} />
                <rect class="real-range" x={format!("{:.1}", real.left)} y={format!("{:.1}", real.top)}
                    width={format!("{:.1}", real.right - real.left)} height={format!("{:.1}", real.bottom - real.top)} />
                <line class="real-cap" x1={format!("{:.1}", real.left - 4.0)} x2={format!("{:.1}", real.right + 4.0)} y1={format!("{:.1}", real.top)} y2={format!("{:.1}", real.top)} />
                <text class="point-label" x={(real.right + 8.0).to_string()} y={(real.top + 4.0).to_string()}>{ &real.short }</text>
                <circle class="reader-point" cx={format!("{:.1}", p.you.x)} cy={format!("{:.1}", p.you.y)} r="7" />
            </svg>
            <figcaption>
                <ul class="plot-key">
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><path class="curve" d="M1 15L19 5" /></svg>{ &p.curve_words }</li>
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><rect class="real-range" x="7" y="3" width="6" height="16" /><line class="real-cap" x1="4" x2="16" y1="3" y2="3" /></svg>{ &real.label }</li>
                    <li><svg class="key" viewBox="0 0 20 20" aria-hidden="true"><circle class="reader-point" cx="10" cy="10" r="6" /></svg>{ &p.you.label }</li>
                </ul>
            </figcaption>
        </figure>
    }
}

/// Friends' names, only when the reader asks.
fn names(mine: &Mine, shown: bool, on_page: &Callback<Do>) -> Html {
    if mine.friends.is_empty() {
        return html! {};
    }
    let toggle = {
        let on_page = on_page.clone();
        Callback::from(move |_: MouseEvent| on_page.emit(Do::Mine(MineAction::Names(!shown))))
    };
    html! {
        <section class="mine-names" aria-labelledby="mine-names-title">
            <h3 id="mine-names-title">{ view_words::friends_title(mine.friends.len()) }</h3>
            <p class="hint">{ word!("mine-names-hint") }</p>
            <button type="button" aria-pressed={shown.to_string()} aria-controls="mine-names-list" onclick={toggle}>
                { if shown { word!("mine-hide-names") } else { word!("mine-show-names") } }
            </button>
            <div id="mine-names-list">
                if shown {
                    <ShowMore lines={mine.friends.iter().map(view_words::friend).collect::<Vec<_>>()} step={50} noun={word!("mine-noun-friends")} />
                }
            </div>
        </section>
    }
}

/// The apps by era, the companies and the advertisers, each folded.
fn lists(mine: &Mine) -> Html {
    let listings = view_words::listings(mine);
    if listings.is_empty() {
        return html! {};
    }
    html! {
        <section class="mine-lists" aria-labelledby="mine-lists-title">
            <h3 id="mine-lists-title">{ word!("mine-lists-title") }</h3>
            { for listings.into_iter().map(|l| html! {
                <details>
                    <summary>{ l.title }</summary>
                    <ShowMore lines={l.lines} step={25} noun={word!("mine-noun-entries")} />
                </details>
            }) }
        </section>
    }
}

/// The files read and not read.
fn files(mine: &Mine) -> Html {
    let read = view_words::files_read(mine);
    let not = view_words::files_not_read(mine);
    html! {
        <section class="mine-files" aria-labelledby="mine-files-title">
            <h3 id="mine-files-title">{ word!("mine-files-title") }</h3>
            <p>{ view_words::files_summary(mine) }</p>
            if !not.is_empty() {
                <h4>{ view_words::not_read_title(not.len()) }</h4>
                <ShowMore lines={not} step={10} noun={word!("mine-noun-files")} />
            }
            if !read.is_empty() {
                <details>
                    <summary>{ word!("mine-read-title") }</summary>
                    <ShowMore lines={read} step={10} noun={word!("mine-noun-files")} />
                </details>
            }
        </section>
    }
}

/// "Keep on this device" and "Forget".
fn keep_or_forget(e: &Export, on_page: &Callback<Do>) -> Html {
    let read = e.mine().is_some();
    if !read && e.problem.is_none() {
        return html! {};
    }
    let on_keep = {
        let on_page = on_page.clone();
        Callback::from(move |ev: Event| {
            let input: HtmlInputElement = ev.target_unchecked_into();
            on_page.emit(Do::Mine(MineAction::Keep(input.checked())));
        })
    };
    let forget = {
        let on_page = on_page.clone();
        Callback::from(move |_: MouseEvent| on_page.emit(Do::Mine(MineAction::Forget)))
    };
    html! {
        <section class="mine-keep" aria-labelledby="mine-keep-title">
            <h3 id="mine-keep-title">{ word!("mine-keep-title") }</h3>
            if read {
                <div class="check">
                    <input id="mine-keep" type="checkbox" checked={e.kept} onchange={on_keep} aria-describedby="mine-keep-hint" />
                    <label for="mine-keep">{ word!("mine-keep") }</label>
                </div>
                <p id="mine-keep-hint" class="hint">{ word!("mine-keep-hint") }</p>
            }
            <button type="button" onclick={forget} aria-describedby="mine-forget-hint">{ word!("mine-forget") }</button>
            <p id="mine-forget-hint" class="hint">{ word!("mine-forget-hint") }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SaveProps {
    mine: Rc<Mine>,
    pictures: Rc<(Option<Picture>, Option<Picture>)>,
}

/// What a file saved holds.
#[derive(Clone, Copy, PartialEq)]
enum Saving {
    Svg,
    Png,
    Csv,
}

/// Saving a file (which says what it will hold before it is saved; friends' names only in the
/// CSV, and only ticked), and copying a summary of counts.
#[component]
fn SaveOrShare(props: &SaveProps) -> Html {
    // Local: which file the reader is choosing to save, and whether they ticked the names.
    let what = use_state(|| Saving::Svg);
    let with_names = use_state(|| false);
    // Local: whether the last copy of the summary worked, to say so beside the button.
    let copied = use_state(|| None::<bool>);
    let choose = |to: Saving| {
        let what = what.clone();
        Callback::from(move |_: Event| what.set(to))
    };
    let on_names = {
        let with_names = with_names.clone();
        Callback::from(move |e: Event| {
            with_names.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let pictured = props.pictures.0.is_some();
    // Without a picture, the CSV is the only file.
    let chosen = if pictured { *what } else { Saving::Csv };
    let save = {
        let (mine, pictures, what, names) = (
            props.mine.clone(),
            props.pictures.clone(),
            chosen,
            *with_names,
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let stem = view_words::FILE_STEM;
            match (what, &pictures.0) {
                (Saving::Csv, _) => {
                    let csv = view_words::csv(&mine, names);
                    let _ = browser::files::download(
                        &format!("{stem}.csv"),
                        "text/csv",
                        csv.as_bytes(),
                    );
                }
                (Saving::Svg, Some(p)) => {
                    let _ = browser::files::download(
                        &format!("{stem}.svg"),
                        "image/svg+xml",
                        graph::svg(p).as_bytes(),
                    );
                }
                (Saving::Png, Some(p)) => {
                    let (w, h) = graph::svg_size(p);
                    browser::files::offer_png(format!("{stem}.png"), graph::svg(p), w, h);
                }
                (_, None) => {}
            }
        })
    };
    let summary = view_words::summary(&props.mine, &format!("{}#mine", browser::base_address()));
    let copy = {
        let (text, copied) = (summary.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::files::copy_then(text.clone(), move |done| copied.set(Some(done)));
        })
    };
    let csv = chosen == Saving::Csv;
    html! {
        <section class="mine-save" aria-labelledby="mine-save-title">
            <h3 id="mine-save-title">{ word!("mine-save-title") }</h3>
            <form aria-label={word!("mine-save-what")} onsubmit={save}>
                <fieldset>
                    <legend>{ word!("mine-save-what") }</legend>
                    if pictured {
                        <label><input type="radio" name="mine-save" checked={chosen == Saving::Svg} onchange={choose(Saving::Svg)} />{ " " }{ word!("mine-save-svg") }</label>
                        <label><input type="radio" name="mine-save" checked={chosen == Saving::Png} onchange={choose(Saving::Png)} />{ " " }{ word!("mine-save-png") }</label>
                    }
                    <label><input type="radio" name="mine-save" checked={csv} onchange={choose(Saving::Csv)} />{ " " }{ word!("mine-save-csv") }</label>
                </fieldset>
                if csv {
                    <div class="check">
                        <input id="mine-save-names" type="checkbox" checked={*with_names} onchange={on_names} />
                        <label for="mine-save-names">{ word!("mine-save-names") }</label>
                    </div>
                }
                <p class="hint" role="status">{ if csv { view_words::save_csv_holds(*with_names) } else { word!("mine-save-picture-holds") } }</p>
                <button type="submit">{ word!("mine-save") }</button>
            </form>
            <p class="hint">{ word!("mine-share-hint") }</p>
            <p class="mine-summary">{ summary }</p>
            <button type="button" onclick={copy}>{ word!("mine-copy-summary") }</button>
            <span class="copied" role="status">{ match *copied { Some(true) => word!("mine-copied"), Some(false) => word!("mine-not-copied"), None => "" } }</span>
        </section>
    }
}

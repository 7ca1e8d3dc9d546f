//! The browser layer: Yew components that show the core's results and send [`Action`]s.
//!
//! Nothing here computes exposure, layout or words; it maps a [`Scene`] and the figures to
//! HTML and SVG. One reducer at the root holds the [`State`]; children get data and callbacks.

mod graph;
mod panels;

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::app::{Action, State};
use crate::builtin::BUILTINS;
use crate::engine::{Engine, Mode};
use crate::figures::company_figures;
use crate::layout::{layout, Layout};
use crate::model::Source;
use crate::scenario_file::{parse, Problem};
use crate::scene::{build, Focus, Scene};

/// Mounts the app on the element `#app`, replacing its loading message.
pub fn start() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// A built-in scenario, read and laid out once.
struct Loaded {
    engine: Engine,
    layout: Layout,
    sources: Rc<Vec<Source>>,
}

/// What one date and mode of a scenario shows.
struct View {
    date: String,
    rows: Rc<Vec<panels::CompanyRow>>,
    scene: Rc<Scene>,
}

#[component]
fn App() -> Html {
    let state = use_reducer(State::default);
    let loaded: Rc<Result<Loaded, Vec<Problem>>> = use_memo(state.scenario, |&i| {
        parse(BUILTINS[i].json).map(|s| Loaded {
            layout: layout(&s),
            sources: Rc::new(s.sources.clone()),
            engine: Engine::new(s),
        })
    });
    let view: Rc<Option<View>> = {
        let loaded = loaded.clone();
        use_memo((state.scenario, state.mode), move |&(_, mode)| {
            let loaded = loaded.as_ref().as_ref().ok()?;
            let date = loaded.engine.scenario().date;
            let exposure = loaded.engine.evaluate(date, mode);
            let figures = company_figures(loaded.engine.scenario(), &exposure);
            Some(View {
                date: date.to_string(),
                rows: Rc::new(panels::company_rows(loaded.engine.scenario(), &figures)),
                scene: Rc::new(build(&loaded.engine, &exposure, &exposure, &loaded.layout, &Focus::default())),
            })
        })
    };

    let on_pick = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                state.dispatch(Action::PickScenario(i));
            }
        })
    };
    let on_mode = {
        let state = state.clone();
        Callback::from(move |mode: Mode| state.dispatch(Action::SetMode(mode)))
    };

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
    let options: Html = titles
        .iter()
        .enumerate()
        .map(|(i, title)| {
            html! { <option value={i.to_string()} selected={i == state.scenario}>{ title }</option> }
        })
        .collect();

    let body = match (loaded.as_ref(), view.as_ref()) {
        (Ok(loaded), Some(view)) => {
            let s = loaded.engine.scenario();
            html! {
                <>
                    <section class="intro" aria-labelledby="scenario-title">
                        <h2 id="scenario-title">{ &s.title }</h2>
                        <p class="description">{ &s.description }</p>
                    </section>
                    <panels::Controls date={view.date.clone()} mode={state.mode} on_mode={on_mode} />
                    <div class="stage">
                        <graph::Graph scene={view.scene.clone()} title={s.title.clone()} />
                        <panels::CompanyTable rows={view.rows.clone()} mode={state.mode} />
                    </div>
                    <panels::Legend />
                    <panels::Sources sources={loaded.sources.clone()} />
                </>
            }
        }
        (Err(problems), _) => html! {
            <section class="problem" role="alert">
                <h2>{ "This scenario could not be read" }</h2>
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
            </section>
        },
        (Ok(_), None) => html! {},
    };

    html! {
        <div class="app">
            <header class="top">
                <div class="brand">
                    <h1>{ "Spillover" }</h1>
                    <p class="tagline">{ "How your data reached companies you never dealt with" }</p>
                </div>
                <div class="picker">
                    <label for="scenario-picker">{ "Scenario" }</label>
                    <select id="scenario-picker" onchange={on_pick}>{ options }</select>
                </div>
            </header>
            <main>{ body }</main>
            <footer class="honesty">
                <p>{ "Spillover simplifies: the people in every scenario are invented, and each rule is a model of how the platform worked, not its code. Claims about real companies and events come from the sources listed with each scenario; what is uncertain says so." }</p>
            </footer>
        </div>
    }
}

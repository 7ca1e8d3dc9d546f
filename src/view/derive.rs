//! What a view shows, derived from the scenario and the view's choices (date, mode, what-ifs,
//! selection), one stage at a time: the scenario under the what-ifs ([`variant`]), its result
//! and figures counted once ([`evaluate`]), the picture ([`scene`]) and "why?" ([`why`]).
//!
//! The page memoises each stage on exactly what it reads (`web::hooks::evaluation`); the command
//! line runs them straight through ([`crate::view::screen`]). Both call these functions and
//! nothing else, so the page and `spillover-cli view` cannot disagree about a figure or a line.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::core::date::Date;
use crate::core::engine::{Engine, Exposure, Mode};
use crate::core::model::{Node, PersonIx, Settings, WhatIf};
use crate::core::whatif::settings_open;
use crate::present::figures::{company_figures, CompanyFigures, Figures};
use crate::present::headline::{headline, Headline};
use crate::present::layout::{Layout, Point};
use crate::present::scene::{build, compare, Focus, Scene};
use crate::present::why::{company_why, person_why, CompanyWhy, PersonWhy};

/// The scenario under the what-if switches, and the same with everyone's settings open (the
/// counterfactual that tells who a setting protected).
#[derive(Clone)]
pub struct Variant {
    /// The scenario under the switches (the scenario itself when none is on).
    pub engine: Rc<Engine>,
    /// The same with everyone's settings open.
    pub open: Rc<Engine>,
}

/// `base` under `what_if`.
pub fn variant(base: &Rc<Engine>, what_if: &WhatIf) -> Variant {
    let engine = if what_if.is_active() {
        Rc::new(Engine::new(crate::core::whatif::apply(
            what_if,
            base.scenario(),
        )))
    } else {
        base.clone()
    };
    let open = Rc::new(Engine::new(settings_open(engine.scenario())));
    Variant { engine, open }
}

/// One evaluation: the result, the same with everyone's settings open, its figures and
/// headline, and the figures without the what-if switches when any is on.
#[derive(Clone)]
pub struct Evaluated {
    /// What companies can see (or collected), under the what-if switches.
    pub exposure: Rc<Exposure>,
    /// The same with everyone's settings open.
    pub open: Rc<Exposure>,
    /// Counts per company and per person, counted once.
    pub figures: Rc<Figures>,
    /// What the result comes to, in one line.
    pub headline: Rc<Headline>,
    /// Counts per company without the what-if switches, when any is on.
    pub original: Option<Rc<Vec<CompanyFigures>>>,
    /// In the collected view: what companies can see on the date, which tells kept copies
    /// from live access.
    pub live: Option<Rc<Exposure>>,
    /// Under a what-if: the result of the scenario as it happened, which tells what the
    /// what-if took away.
    pub without: Option<Rc<Exposure>>,
}

/// Evaluates `v` (the scenario `base` under `what_if`) at `date` in `mode`, and counts the
/// figures once.
pub fn evaluate(base: &Engine, v: &Variant, what_if: &WhatIf, date: Date, mode: Mode) -> Evaluated {
    let s = v.engine.scenario();
    let exposure = v.engine.evaluate(date, mode);
    let figures = Figures::of(s, &exposure);
    let without = what_if
        .is_active()
        .then(|| Rc::new(base.evaluate(date, mode)));
    let original = without
        .as_ref()
        .map(|w| Rc::new(company_figures(base.scenario(), w)));
    let live = (mode == Mode::Collected).then(|| Rc::new(v.engine.access(date)));
    Evaluated {
        headline: Rc::new(headline(s, &figures)),
        exposure: Rc::new(exposure),
        open: Rc::new(v.open.evaluate(date, mode)),
        figures: Rc::new(figures),
        original,
        live,
        without,
    }
}

/// `layout` with each of `moved` (ids and places) where the reader put it, in `engine`'s
/// scenario.
pub fn moved_to(engine: &Engine, layout: &Layout, moved: &BTreeMap<String, Point>) -> Layout {
    let mut layout = layout.clone();
    for (id, at) in moved {
        if let Some(p) = engine.scenario().person_by_id(id) {
            layout.people[p.ix()] = *at;
        } else if let Some(c) = engine.scenario().company_by_id(id) {
            layout.companies[c.ix()] = *at;
        }
    }
    layout
}

/// What to draw of `e` (an evaluation of `v`, the scenario `base` under its what-ifs), placed by
/// `layout`, with `focus` brought forward: the kept copies in the collected view and what a
/// what-if took away drawn apart.
pub fn scene(base: &Engine, v: &Variant, e: &Evaluated, layout: &Layout, focus: &Focus) -> Scene {
    let engine = &v.engine;
    let mut scene = build(engine, (&e.exposure, &e.figures), &e.open, layout, focus);
    compare(
        &mut scene,
        engine.scenario(),
        &e.exposure,
        e.live.as_deref(),
        e.without.as_deref().map(|w| (base.scenario(), w)),
        layout,
    );
    scene
}

/// What "why?" shows.
#[derive(Clone, Debug, PartialEq)]
pub enum WhyContent {
    /// For a person: why, their settings now (under the what-ifs) and as the scenario has them.
    Person {
        /// The person.
        person: PersonIx,
        /// Why, in words.
        why: PersonWhy,
        /// Their settings under the what-ifs.
        settings: Settings,
        /// Their settings in the scenario.
        original: Settings,
    },
    /// For a company.
    Company(CompanyWhy),
}

/// "Why?" for `selected` in `e` (an evaluation of `v`, the scenario `base` under `what_if`),
/// when something still in the scenario is selected.
pub fn why(
    base: &Engine,
    v: &Variant,
    e: &Evaluated,
    selected: Option<Node>,
    what_if: &WhatIf,
) -> Option<WhyContent> {
    let engine = &v.engine;
    let in_range = |sel: &Node| match sel {
        Node::Person(p) => p.ix() < engine.scenario().people.len(),
        Node::Company(c) => c.ix() < engine.scenario().companies.len(),
    };
    selected.filter(in_range).map(|sel| match sel {
        Node::Person(p) => {
            let person = base.scenario().person(p);
            let original = Settings {
                platform_apps: person.platform_apps,
                apps_others_use: person.apps_others_use,
            };
            WhyContent::Person {
                person: p,
                why: person_why(engine, &e.exposure, &e.open, &e.figures, p),
                settings: what_if.people.get(&p).copied().unwrap_or(original),
                original,
            }
        }
        Node::Company(c) => WhyContent::Company(company_why(engine, &e.exposure, &e.figures, c)),
    })
}

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
use crate::core::model::{Node, PersonIx, Scenario, Settings, WhatIf};
use crate::core::whatif::{settings_all_open, settings_open};
use crate::present::effect::{exposed_without_consent, message, unchanged, Added, Unchanged};
use crate::present::figures::{self, company_figures, CompanyFigures, Compared, Figures};
use crate::present::headline::{headline, Headline};
use crate::present::layout::{Layout, Point};
use crate::present::scene::{build, compare, Focus, Scene};
use crate::present::timeline::Timeline;
use crate::present::why::{company_why, person_why, CompanyWhy, PersonWhy};
use crate::sandbox::{Change, Done, Edit};

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
    // Where nobody's settings hold anything back, the counterfactual is the scenario itself.
    let open = if settings_all_open(engine.scenario()) {
        engine.clone()
    } else {
        Rc::new(Engine::new(settings_open(engine.scenario())))
    };
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
    let exposure = Rc::new(exposure);
    let open = if Rc::ptr_eq(&v.open, &v.engine) {
        exposure.clone()
    } else {
        Rc::new(v.open.evaluate(date, mode))
    };
    Evaluated {
        headline: Rc::new(headline(s, &figures)),
        exposure,
        open,
        figures: Rc::new(figures),
        original,
        live,
        without,
    }
}

/// The caption under the graph for `e`, the evaluation of the scenario `base` (under any
/// what-if) at `date` in `mode`, from the state alone: with a what-if on, against the scenario
/// as it happened; on a day something starts or ends (a stop of `timeline`, in the view of what
/// companies can see), against the day before; else each company's reach.
pub fn caption(
    base: &Engine,
    timeline: &Timeline,
    e: &Evaluated,
    date: Date,
    mode: Mode,
) -> String {
    let s = base.scenario();
    let era = timeline
        .era_at(date)
        .filter(|era| era.from == date)
        .map(|era| (era.kind.label(), era.from_illustrative));
    let now = &e.figures.companies;
    let changes_today = mode == Mode::Access && timeline.changes.binary_search(&date).is_ok();
    let day_before = (e.original.is_none() && changes_today)
        .then(|| company_figures(s, &base.access(date.pred())));
    let compared = match (&e.original, &day_before) {
        (Some(original), _) => Compared::WhatIf(original),
        (None, Some(before)) => Compared::DayBefore(before),
        (None, None) => Compared::Nothing,
    };
    figures::caption(s, date, era, compared, now)
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

/// Who a scenario reaches at a view: each company's reach by id, and the people exposed without
/// consent. What a sandbox change did is the difference of two of these.
#[derive(Clone, Debug, PartialEq)]
pub struct Reach {
    /// People reached, by company id, in file order.
    pub companies: Vec<(String, u32)>,
    /// People reached by a company they never said yes to.
    pub without_consent: usize,
}

impl Reach {
    /// The reach of `e`, an evaluation of the scenario of `engine`.
    pub fn of(engine: &Engine, e: &Evaluated) -> Reach {
        let s = engine.scenario();
        Reach {
            companies: e
                .figures
                .companies
                .iter()
                .map(|f| (s.company(f.company).id.clone(), f.reached))
                .collect(),
            without_consent: exposed_without_consent(s, &e.exposure),
        }
    }

    /// The reach of `s` under `what_if` at `date` in `mode`.
    pub fn under(s: &Rc<Scenario>, what_if: &WhatIf, date: Date, mode: Mode) -> Reach {
        let base = Rc::new(Engine::new(s.clone()));
        let v = variant(&base, what_if);
        Reach::of(&v.engine, &evaluate(&base, &v, what_if, date, mode))
    }
}

/// What the last change of a sandbox did, at the view shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Effect {
    /// "Added Ana. +4 people exposed without consent (now 5)."
    pub words: String,
    /// When it added something and changed nobody's reach: why, and the fix.
    pub unchanged: Option<Unchanged>,
}

/// What `change` did: `before` is the reach of the scenario before it at the view shown, and
/// `e` the evaluation after it (of `v`, the sandbox's scenario under the view's what-ifs).
pub fn effect(change: &Change, before: &Reach, v: &Variant, e: &Evaluated) -> Effect {
    let after = Reach::of(&v.engine, e);
    let done = match &change.done {
        Done::Edit(_, words) => words.clone(),
        Done::Undo => Some("Undone".to_string()),
        Done::Redo => Some("Redone".to_string()),
    };
    let why = match &change.done {
        Done::Edit(edit, _) if after == *before => {
            added(edit, v.engine.scenario()).and_then(|a| unchanged(&v.engine, &e.exposure, a))
        }
        _ => None,
    };
    // A story is for readers: it changes no figure, and says so rather than count.
    let story = matches!(
        &change.done,
        Done::Edit(
            Edit::AddStep { .. }
                | Edit::SetStep { .. }
                | Edit::MoveStep { .. }
                | Edit::RemoveStep { .. }
                | Edit::AddSource { .. },
            _
        )
    );
    let words = match done.as_deref() {
        Some(done) if story => crate::present::story::changes_no_figure(done),
        done => message(done, before.without_consent, after.without_consent),
    };
    Effect {
        words,
        unchanged: why,
    }
}

/// What `edit` added to `s` (the scenario after it), when it added one friendship, sign-in,
/// deal or handover, or changed when one holds or what a sign-in asks for.
fn added(edit: &Edit, s: &Scenario) -> Option<Added> {
    let last = |n: usize| n.checked_sub(1);
    Some(match edit {
        Edit::AddFriendship { .. } => Added::Friendship(last(s.friendships.len())?),
        Edit::AddGrant { .. } => Added::Grant(last(s.grants.len())?),
        Edit::AddAgreement { .. } => Added::Agreement(last(s.agreements.len())?),
        Edit::AddTransfer { .. } => Added::Transfer(last(s.transfers.len())?),
        Edit::SetScopes { index, .. } => Added::Grant(*index),
        Edit::SetInterval { what, index, .. } => match what {
            crate::sandbox::Timed::Friendship => Added::Friendship(*index),
            crate::sandbox::Timed::Grant => Added::Grant(*index),
            crate::sandbox::Timed::Agreement => Added::Agreement(*index),
            crate::sandbox::Timed::Transfer => Added::Transfer(*index),
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Interval;
    use crate::core::model::{Category, CategorySet, CompanyKind, Scope};
    use crate::present::effect::Fix;
    use crate::sandbox::{starter, WorkAction, Workspace};

    fn day(t: &str) -> Date {
        Date::parse(t).unwrap()
    }

    /// A workspace holding the starter sandbox with `edits` made, and what the last one did at
    /// `date` in the access view.
    fn after(edits: &[Edit], date: Date) -> (Workspace, Effect) {
        let mut w = Workspace::default();
        w.apply(WorkAction::New {
            name: "Lesson".into(),
            scenario: starter::one_quiz_five_friends(day("2014-01-01")).unwrap(),
        });
        for e in edits {
            w.apply(WorkAction::Edit(e.clone()));
            assert!(w.refusal.is_none(), "{e:?}: {:?}", w.refusal);
        }
        let change = w.change.clone().unwrap();
        let none = WhatIf::default();
        let before = Reach::under(&change.before, &none, date, Mode::Access);
        let base = Rc::new(Engine::new(w.open().unwrap().shared().clone()));
        let v = variant(&base, &none);
        let e = evaluate(&base, &v, &none, date, Mode::Access);
        let said = effect(&change, &before, &v, &e);
        (w, said)
    }

    #[test]
    fn a_story_edit_says_it_changes_no_figure() {
        let step = crate::core::model::Step {
            title: "One".into(),
            text: "Words.".into(),
            date: None,
            highlight: vec![],
            source: None,
            what_if: WhatIf::default(),
            collected: false,
            guess: None,
        };
        let (_, said) = after(&[Edit::AddStep { at: 0, step }], day("2014-01-01"));
        assert_eq!(
            said.words,
            "Added step 1, \"One\". A story changes no figure."
        );
        assert_eq!(said.unchanged, None);
    }

    fn partner() -> Edit {
        Edit::AddCompany {
            id: "partner".into(),
            name: "Partner".into(),
            kind: CompanyKind::Partner,
        }
    }

    fn sign_in(person: &str, company: &str, scopes: Vec<Scope>, interval: Interval) -> Edit {
        Edit::AddGrant {
            person: person.into(),
            company: company.into(),
            scopes,
            explicit: true,
            interval,
        }
    }

    #[test]
    fn an_edit_is_counted_at_the_date_shown() {
        // Before the quiz existed nothing changes; when it holds, Cat and Dev are reached.
        let late = Interval {
            from: Some(day("2013-06-01")),
            ..Interval::ALWAYS
        };
        let quiz = sign_in("ben", "quiz", vec![Scope::Friends(Category::Likes)], late);
        let (_, then) = after(std::slice::from_ref(&quiz), day("2013-01-01"));
        assert!(then.words.contains("No change"), "{}", then.words);
        let (_, now) = after(&[quiz], day("2014-01-01"));
        assert!(
            now.words
                .starts_with("Ben signs in to Personality quiz. +1 person"),
            "{}",
            now.words
        );
        assert_eq!(now.unchanged, None);
    }

    #[test]
    fn a_sign_in_that_starts_later_says_so_and_offers_its_date() {
        let later = Interval {
            from: Some(day("2016-02-01")),
            ..Interval::ALWAYS
        };
        let (_, said) = after(
            &[sign_in(
                "eli",
                "quiz",
                vec![Scope::Friends(Category::Likes)],
                later,
            )],
            day("2014-01-01"),
        );
        let why = said.unchanged.unwrap();
        assert!(
            why.words
                .starts_with("It starts on 2016-02-01, after the date shown (2014-01-01)"),
            "{}",
            why.words
        );
        assert_eq!(
            why.fix,
            Some(("Show 2016-02-01".into(), Fix::ShowDate(day("2016-02-01"))))
        );
    }

    #[test]
    fn a_deal_over_friends_data_without_a_sign_in_asking_for_it_says_so_and_fixes_it() {
        let deal = Edit::AddAgreement {
            company: "partner".into(),
            friend_data: [Category::Contact].into_iter().collect(),
            ignores_settings: false,
            all_users: CategorySet::EMPTY,
            interval: Interval::ALWAYS,
        };
        let own = sign_in(
            "you",
            "partner",
            vec![Scope::Own(Category::Name)],
            Interval::ALWAYS,
        );
        let (w, said) = after(&[partner(), own, deal], day("2014-01-01"));
        let why = said.unchanged.expect("the deal reached nobody");
        assert!(
            why.words
                .contains("your sign-in to Partner does not ask for friends' data"),
            "{}",
            why.words
        );
        let Some((button, Fix::Scopes(g, scopes))) = why.fix else {
            panic!("{:?}", why.fix)
        };
        assert_eq!(button, "Ask for friends' contact details in your sign-in");
        // The fix, made, reaches your friends.
        let fixed = Edit::SetScopes { index: g, scopes };
        let mut w = w;
        w.apply(WorkAction::Edit(fixed));
        let s = w.open().unwrap().shared().clone();
        let reach = Reach::under(&s, &WhatIf::default(), day("2014-01-01"), Mode::Access);
        let partner_reach = reach
            .companies
            .iter()
            .find(|(id, _)| id == "partner")
            .unwrap()
            .1;
        assert_eq!(partner_reach, 3, "you and your two friends");
    }

    #[test]
    fn friends_who_all_keep_the_data_back_are_named_as_the_reason() {
        let keep = |id: &str| Edit::SetSettings {
            id: id.into(),
            platform_apps: true,
            apps_others_use: CategorySet::EMPTY,
        };
        let quiz = sign_in(
            "eli",
            "quiz",
            vec![Scope::Friends(Category::Location)],
            Interval::ALWAYS,
        );
        let (_, said) = after(&[keep("ben"), quiz], day("2014-01-01"));
        let why = said.unchanged.expect("Eli's only friend keeps it back");
        assert!(
            why.words
                .starts_with("Each of Eli's friends keeps their location from apps others use"),
            "{}",
            why.words
        );
        assert_eq!(why.fix, None);
    }

    #[test]
    fn closed_friend_permissions_say_so_and_offer_the_last_open_day() {
        let closed = Edit::SetFriendPermissions(vec![Interval {
            from: Some(day("2010-04-21")),
            until: Some(day("2013-01-01")),
            illustrative: Default::default(),
        }]);
        let quiz = sign_in(
            "eli",
            "quiz",
            vec![Scope::Friends(Category::Likes)],
            Interval::ALWAYS,
        );
        let (_, said) = after(&[closed, quiz], day("2014-01-01"));
        let why = said.unchanged.unwrap();
        assert!(
            why.words
                .starts_with("Apps could not ask for friends' data on 2014-01-01"),
            "{}",
            why.words
        );
        assert_eq!(why.fix.map(|f| f.1), Some(Fix::ShowDate(day("2012-12-31"))));
    }

    #[test]
    fn why_for_a_person_a_deal_missed_names_the_deal() {
        let deal = Edit::AddAgreement {
            company: "partner".into(),
            friend_data: [Category::Contact].into_iter().collect(),
            ignores_settings: false,
            all_users: CategorySet::EMPTY,
            interval: Interval::ALWAYS,
        };
        let own = sign_in(
            "ben",
            "partner",
            vec![Scope::Own(Category::Name)],
            Interval::ALWAYS,
        );
        let (w, _) = after(&[partner(), own, deal], day("2012-01-01"));
        let base = Rc::new(Engine::new(w.open().unwrap().shared().clone()));
        let none = WhatIf::default();
        let v = variant(&base, &none);
        // Before the quiz's date nobody reaches Eli, Ben's friend.
        let e = evaluate(&base, &v, &none, day("2012-01-01"), Mode::Access);
        let eli = base.scenario().person_by_id("eli").unwrap();
        let Some(WhyContent::Person { why, .. }) =
            why(&base, &v, &e, Some(Node::Person(eli)), &none)
        else {
            panic!("no why for Eli")
        };
        let words = why.why_not.unwrap();
        assert!(
            words.ends_with("Partner's deal over friends' data works through a sign-in that asks for friends' data, and the sign-in of Ben to Partner does not."),
            "{words}"
        );
    }
}

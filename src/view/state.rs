//! The app's view state and the one function that changes it, kept apart from Yew so it is
//! tested natively. The browser layer owns a [`State`] through a reducer and sends [`Action`]s;
//! it never changes the state any other way. Actions carry what they need from the scenario
//! (a step's date and switches, the time line's end), so `apply` needs nothing else.
//! Which scenario is shown (a built-in, the sandbox, or one a link carried) is one [`Shown`],
//! which also names the files the page exports.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::core::date::Date;
use crate::core::engine::Mode;
use crate::core::model::Node;
use crate::core::model::Scenario;
use crate::core::model::{Settings, Step, WhatIf};
use crate::files::builtin::BUILTINS;
use crate::present::layout::{Point, HEIGHT, WIDTH};
use crate::present::table::{SortKey, Sorting};
use crate::say;
use crate::view::route::{Controls, PersonSettings, Route, Theme};

/// Graph or table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Presentation {
    /// The network drawing.
    #[default]
    Graph,
    /// The table of facts.
    Table,
}

/// The visible part of the drawing: a zoom factor and the top-left corner, in layout units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    /// 1 shows the whole drawing; 2 shows a quarter of it.
    pub zoom: f64,
    /// The left edge of the view.
    pub x: f64,
    /// The top edge of the view.
    pub y: f64,
}

impl Default for Camera {
    fn default() -> Self {
        Camera {
            zoom: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

impl Camera {
    /// The smallest zoom.
    pub const MIN_ZOOM: f64 = 0.5;
    /// The largest zoom.
    pub const MAX_ZOOM: f64 = 8.0;

    /// The SVG `viewBox` of this camera.
    pub fn view_box(&self) -> String {
        format!(
            "{:.1} {:.1} {:.1} {:.1}",
            self.x,
            self.y,
            WIDTH / self.zoom,
            HEIGHT / self.zoom
        )
    }

    /// Zooms by `factor`, keeping the layout point `around` where it is on screen.
    pub fn zoom_by(&mut self, factor: f64, around: Point) {
        let zoom = (self.zoom * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        if !zoom.is_finite() {
            return;
        }
        let k = self.zoom / zoom;
        self.x = around.x - (around.x - self.x) * k;
        self.y = around.y - (around.y - self.y) * k;
        self.zoom = zoom;
    }

    /// Moves the view by (`dx`, `dy`) layout units.
    pub fn pan(&mut self, dx: f64, dy: f64) {
        if dx.is_finite() && dy.is_finite() {
            self.x = (self.x + dx).clamp(-WIDTH, 2.0 * WIDTH);
            self.y = (self.y + dy).clamp(-HEIGHT, 2.0 * HEIGHT);
        }
    }

    /// The move, `(dx, dy)` for [`Camera::pan`], that centres the view on `p` when `p` is not
    /// well inside it (a tenth of the view from each edge), as when a person is found by name;
    /// `None` when it is.
    pub fn towards(&self, p: Point) -> Option<(f64, f64)> {
        let (w, h) = (WIDTH / self.zoom, HEIGHT / self.zoom);
        let inside = |at: f64, from: f64, size: f64| {
            at >= from + size / 10.0 && at <= from + size - size / 10.0
        };
        if !(p.x.is_finite() && p.y.is_finite())
            || (inside(p.x, self.x, w) && inside(p.y, self.y, h))
        {
            return None;
        }
        let c = self.centre();
        Some((p.x - c.x, p.y - c.y))
    }

    /// The centre of the view.
    pub fn centre(&self) -> Point {
        Point {
            x: self.x + WIDTH / self.zoom / 2.0,
            y: self.y + HEIGHT / self.zoom / 2.0,
        }
    }
}

/// Which scenario is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    /// A built-in scenario, by index in [`BUILTINS`].
    Builtin(usize),
    /// The reader's open sandbox.
    Sandbox,
    /// A scenario a link carried, with its packed form (which goes back into the link).
    Shared {
        /// The scenario.
        scenario: Rc<Scenario>,
        /// The link's `data=` value it came from.
        packed: Rc<str>,
    },
}

impl Default for Shown {
    fn default() -> Self {
        Shown::Builtin(0)
    }
}

impl Shown {
    /// The built-in scenario's index, when a built-in is shown.
    pub fn builtin(&self) -> Option<usize> {
        match self {
            Shown::Builtin(i) => Some(*i),
            _ => None,
        }
    }

    /// Whether the reader's sandbox is shown.
    pub fn is_sandbox(&self) -> bool {
        matches!(self, Shown::Sandbox)
    }

    /// The scenario a link carried, when one is shown.
    pub fn shared(&self) -> Option<&Rc<Scenario>> {
        match self {
            Shown::Shared { scenario, .. } => Some(scenario),
            _ => None,
        }
    }

    /// The start of an export's file name: `spillover-`, what is shown, and the date, as in
    /// `spillover-friends-2014-01-01`. A built-in is named by its slug, a sandbox by its own
    /// name (`sandbox_name`), a shared scenario by its title; names are made safe for a file.
    pub fn file_stem(&self, sandbox_name: Option<&str>, date: Date) -> String {
        let name = match self {
            Shown::Builtin(i) => BUILTINS.get(*i).map_or("", |b| b.slug).to_string(),
            Shown::Sandbox => file_safe(sandbox_name.unwrap_or("")),
            Shown::Shared { scenario, .. } => file_safe(&scenario.title),
        };
        let name = if name.is_empty() {
            match self {
                Shown::Shared { .. } => "shared",
                _ => "sandbox",
            }
            .to_string()
        } else {
            name
        };
        format!("spillover-{name}-{date}")
    }
}

/// `name` as a part of a file name: lower-case ASCII letters and digits, everything else one
/// `-` between words, at most 60 characters. Empty when nothing of `name` is left.
pub fn file_safe(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.chars().take(60).collect();
    out.trim_end_matches('-').to_string()
}

/// What the reader is looking at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// Which scenario is shown.
    pub shown: Shown,
    /// Access or collected.
    pub mode: Mode,
    /// The date shown; `None` for the scenario's own date.
    pub date: Option<Date>,
    /// The node whose "why?" is open.
    pub selected: Option<Node>,
    /// The switches of the what-if panel.
    pub what_if: WhatIf,
    /// The story step shown, by index; `None` when exploring freely.
    pub step: Option<usize>,
    /// Graph or table.
    pub presentation: Presentation,
    /// The table's order.
    pub sorting: Sorting,
    /// The visible part of the graph.
    pub camera: Camera,
    /// Nodes the reader dragged, by id, with their new place.
    pub moved: BTreeMap<String, Point>,
    /// Whether the time line is playing.
    pub playing: bool,
    /// Embedded in another page, with these controls.
    pub embed: Option<Controls>,
    /// The colour theme.
    pub theme: Theme,
}

/// Something the reader did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show the built-in scenario with this index, from its start.
    PickScenario(usize),
    /// Switch between access and collected.
    SetMode(Mode),
    /// Show this date.
    SetDate(Date),
    /// Open "why?" for a node, or close it.
    Select(Option<Node>),
    /// Replace the what-if switches.
    SetWhatIf(WhatIf),
    /// Show a story step: its date, its switches, its view, nothing selected.
    ShowStep {
        /// The step's index.
        index: usize,
        /// The date it shows.
        date: Date,
        /// The switches it sets.
        what_if: WhatIf,
        /// Access or collected.
        mode: Mode,
    },
    /// Leave the story and explore.
    LeaveStory,
    /// Graph or table.
    Present(Presentation),
    /// Sort the table by a column (again: reverse it).
    SortBy(SortKey),
    /// Zoom by a factor around a layout point.
    Zoom(f64, Point),
    /// Move the view.
    Pan(f64, f64),
    /// Bring a layout point into view, centred at the same zoom, if it stands outside it (a
    /// node found by name).
    Show(Point),
    /// Show the whole drawing again, with every node where the layout put it.
    ResetView,
    /// Put a node somewhere else.
    MoveNode(String, Point),
    /// Start or stop playing the time line.
    SetPlaying(bool),
    /// Show the reader's sandbox, from the start.
    ShowSandbox,
    /// Replace the whole view (a link was opened).
    Restore(Box<State>),
    /// One tick of play: move the date forward by `days`, stopping at `end`.
    Tick {
        /// How far.
        days: i32,
        /// The last day of the time line.
        end: Date,
    },
}

/// The action that shows step `index` of `steps`, the story of a scenario whose own date is
/// `date`: the step's date (else the scenario's), its switches and its view.
pub fn show_step(steps: &[Step], index: usize, date: Date) -> Option<Action> {
    let step = steps.get(index)?;
    Some(Action::ShowStep {
        index,
        date: step.date.unwrap_or(date),
        what_if: step.what_if.clone(),
        mode: step_mode(step),
    })
}

/// The view a step shows.
fn step_mode(step: &Step) -> Mode {
    if step.collected {
        Mode::Collected
    } else {
        Mode::Access
    }
}

impl State {
    /// The state in which a scenario opens.
    pub fn opening(scenario: usize) -> State {
        State {
            shown: Shown::Builtin(scenario),
            ..State::default()
        }
    }

    /// The state a link asks for, in scenario `s` (the route's scenario). What the link names
    /// that `s` lacks (an unknown person, say) is left out, with a note.
    pub fn from_route(route: &Route, s: &Scenario, notes: &mut Vec<String>) -> State {
        // A scenario in the link takes the place of the built-in one.
        let shared = route
            .data
            .as_ref()
            .and_then(|d| match crate::files::link::unpack(d) {
                Ok(s) => Some(Shown::Shared {
                    scenario: Rc::new(s),
                    packed: Rc::from(d.as_str()),
                }),
                Err(e) => {
                    notes.push(say!("address-bad-scenario", reason = e));
                    None
                }
            });
        let shown = match shared {
            Some(shared) => shared,
            None if route.sandbox => Shown::Sandbox,
            None => Shown::Builtin(route.scenario),
        };
        let shared_scenario = shown.shared().cloned();
        let s: &Scenario = shared_scenario.as_deref().unwrap_or(s);
        let mut state = State {
            embed: route.embed,
            theme: route.theme,
            shown,
            ..State::default()
        };
        // A story that came inside a link opens at its first step, as a built-in story's link
        // to a step does, unless the link names a view of its own.
        let plain = route.date.is_none()
            && route.mode.is_none()
            && route.select.is_none()
            && !route.what_if_given
            && !route.table;
        let step = match route.step {
            None if plain && state.shown.shared().is_some() && !s.steps.is_empty() => Some(0),
            step => step,
        };
        if let Some(i) = step {
            match show_step(&s.steps, i, s.date) {
                Some(step) => state.apply(step),
                None => notes.push(format!(
                    "This story has {} steps, so there is no step {}; showing the start.",
                    s.steps.len(),
                    i + 1
                )),
            }
        }
        if let Some(d) = route.date {
            state.date = Some(d);
        }
        if let Some(mode) = route.mode {
            state.mode = mode;
        }
        if let Some(id) = &route.select {
            state.selected = s
                .person_by_id(id)
                .map(Node::Person)
                .or_else(|| s.company_by_id(id).map(Node::Company));
            if state.selected.is_none() {
                notes.push(say!(
                    "address-no-such-id",
                    id = id.escape_debug().to_string()
                ));
            }
        }
        if route.what_if_given {
            let mut w = WhatIf {
                friend_permissions: route.friend_permissions,
                no_deals: route.no_deals,
                everyone_opted_out: route.everyone_opted_out,
                people: BTreeMap::new(),
            };
            for p in &route.people {
                match s.person_by_id(&p.id) {
                    Some(ix) => {
                        w.people.insert(
                            ix,
                            Settings {
                                platform_apps: p.platform_apps,
                                apps_others_use: p.apps_others_use,
                            },
                        );
                    }
                    None => notes.push(say!(
                        "address-no-such-id-settings",
                        id = p.id.escape_debug().to_string()
                    )),
                }
            }
            state.what_if = w;
        }
        if route.table {
            state.presentation = Presentation::Table;
        }
        state
    }

    /// What this view shows of `s` on `date` (the date shown) as a story step with no words
    /// yet: its date, its view, its switches (but people's own settings, which a step cannot
    /// hold) and who or what is selected, pointed at.
    pub fn as_step(&self, s: &Scenario, date: Date) -> Step {
        let id = |n: Node| match n {
            Node::Person(p) => s.people.get(p.ix()).map(|x| x.id.clone()),
            Node::Company(c) => s.companies.get(c.ix()).map(|x| x.id.clone()),
        };
        Step {
            title: String::new(),
            text: String::new(),
            date: Some(date),
            highlight: self.selected.and_then(id).into_iter().collect(),
            source: None,
            what_if: WhatIf {
                people: BTreeMap::new(),
                ..self.what_if.clone()
            },
            collected: self.mode == Mode::Collected,
            guess: None,
        }
    }

    /// The link to this state, in scenario `s`: only what differs from what the scenario (or
    /// the story step) shows anyway.
    pub fn route(&self, s: &Scenario) -> Route {
        let step = self.step.and_then(|i| s.steps.get(i));
        let default_date = step.and_then(|st| st.date).unwrap_or(s.date);
        let default_what_if = step.map(|st| st.what_if.clone()).unwrap_or_default();
        let default_mode = step.map_or(Mode::Access, step_mode);
        // Indices that `s` does not have (a sandbox just lost someone) are left out, not followed.
        let id = |sel: Node| match sel {
            Node::Person(p) => s.people.get(p.ix()).map(|x| x.id.clone()),
            Node::Company(c) => s.companies.get(c.ix()).map(|x| x.id.clone()),
        };
        Route {
            scenario: self.shown.builtin().unwrap_or(0),
            step: self.step.filter(|_| step.is_some()),
            date: self.date.filter(|d| *d != default_date),
            mode: (self.mode != default_mode).then_some(self.mode),
            select: self.selected.and_then(id),
            what_if_given: self.what_if != default_what_if,
            friend_permissions: self.what_if.friend_permissions,
            no_deals: self.what_if.no_deals,
            everyone_opted_out: self.what_if.everyone_opted_out,
            people: self
                .what_if
                .people
                .iter()
                .filter_map(|(p, set)| {
                    Some(PersonSettings {
                        id: s.people.get(p.ix())?.id.clone(),
                        platform_apps: set.platform_apps,
                        apps_others_use: set.apps_others_use,
                    })
                })
                .collect(),
            table: self.presentation == Presentation::Table,
            embed: self.embed,
            theme: self.theme,
            sandbox: self.shown.is_sandbox(),
            data: match &self.shown {
                Shown::Shared { packed, .. } => Some(packed.to_string()),
                _ => None,
            },
            // A link copied or embedded speaks the language the reader reads it in (the page's
            // own address says the one chosen, `Page::address`).
            lang: Some(crate::catalogue::language()).filter(|l| *l != crate::catalogue::Lang::EN),
        }
    }

    /// Applies `action`. Out-of-range indices and non-finite numbers leave the state as it was.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::PickScenario(i) if i < BUILTINS.len() => {
                *self = State {
                    embed: self.embed,
                    theme: self.theme,
                    ..State::opening(i)
                }
            }
            Action::PickScenario(_) => {}
            Action::SetMode(mode) => self.mode = mode,
            Action::SetDate(date) => self.date = Some(date),
            Action::Select(selected) => self.selected = selected,
            Action::SetWhatIf(what_if) => self.what_if = what_if,
            Action::ShowStep {
                index,
                date,
                what_if,
                mode,
            } => {
                self.step = Some(index);
                self.date = Some(date);
                self.what_if = what_if;
                self.mode = mode;
                self.selected = None;
                self.playing = false;
            }
            Action::LeaveStory => self.step = None,
            Action::Present(p) => self.presentation = p,
            Action::SortBy(key) => self.sorting = self.sorting.by(key),
            Action::Zoom(factor, around) => self.camera.zoom_by(factor, around),
            Action::Pan(dx, dy) => self.camera.pan(dx, dy),
            Action::Show(at) => {
                if let Some((dx, dy)) = self.camera.towards(at) {
                    self.camera.pan(dx, dy);
                }
            }
            Action::ResetView => {
                self.camera = Camera::default();
                self.moved.clear();
            }
            Action::MoveNode(id, at) => {
                if at.x.is_finite() && at.y.is_finite() {
                    let at = Point {
                        x: at.x.clamp(0.0, WIDTH),
                        y: at.y.clamp(0.0, HEIGHT),
                    };
                    self.moved.insert(id, at);
                }
            }
            Action::SetPlaying(playing) => self.playing = playing,
            Action::Restore(state) => *self = *state,
            Action::ShowSandbox => {
                *self = State {
                    shown: Shown::Sandbox,
                    embed: self.embed,
                    theme: self.theme,
                    ..State::default()
                }
            }
            Action::Tick { days, end } => {
                if let Some(d) = self.date {
                    let next = Date::from_day_number(d.day_number().saturating_add(days));
                    if next >= end {
                        self.date = Some(end);
                        self.playing = false;
                    } else {
                        self.date = Some(next);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{CompanyIx, FriendPermissions, PersonIx};

    fn day(t: &str) -> Date {
        Date::parse(t).unwrap()
    }

    #[test]
    fn picking_a_scenario_starts_it_afresh_and_bad_indices_are_ignored() {
        let mut s = State::default();
        s.apply(Action::SetMode(Mode::Collected));
        s.apply(Action::SetDate(day("2014-01-01")));
        s.apply(Action::PickScenario(2));
        assert_eq!(s, State::opening(2));
        s.apply(Action::PickScenario(BUILTINS.len()));
        assert_eq!(s.shown, Shown::Builtin(2));
    }

    #[test]
    fn a_step_sets_its_date_and_switches_and_clears_the_selection() {
        let mut s = State::default();
        s.apply(Action::Select(Some(Node::Person(PersonIx(1)))));
        s.apply(Action::SetPlaying(true));
        let w = WhatIf {
            friend_permissions: FriendPermissions::Never,
            ..WhatIf::default()
        };
        s.apply(Action::ShowStep {
            index: 3,
            date: day("2014-06-01"),
            what_if: w.clone(),
            mode: Mode::Collected,
        });
        assert_eq!(
            (s.step, s.date, &s.what_if, s.selected, s.playing, s.mode),
            (
                Some(3),
                Some(day("2014-06-01")),
                &w,
                None,
                false,
                Mode::Collected
            )
        );
        s.apply(Action::LeaveStory);
        assert_eq!(s.step, None);
        assert_eq!(
            s.date,
            Some(day("2014-06-01")),
            "leaving the story keeps the view"
        );
    }

    #[test]
    fn a_view_survives_its_link() {
        use crate::files::scenario::parse;
        for (i, b) in BUILTINS.iter().enumerate() {
            let s = parse(&b.json()).unwrap();
            let mut state = State::opening(i);
            let states = [
                state.clone(),
                {
                    state.apply(show_step(&s.steps, 1, s.date).unwrap());
                    state.clone()
                },
                {
                    state.apply(Action::SetDate(day("2014-02-03")));
                    state.apply(Action::SetMode(Mode::Collected));
                    state.apply(Action::Select(Some(Node::Person(PersonIx(1)))));
                    let mut w = WhatIf {
                        no_deals: true,
                        ..WhatIf::default()
                    };
                    w.people.insert(
                        PersonIx(0),
                        Settings {
                            platform_apps: false,
                            apps_others_use: crate::core::model::CategorySet::EMPTY,
                        },
                    );
                    state.apply(Action::SetWhatIf(w));
                    state.apply(Action::Present(Presentation::Table));
                    state.clone()
                },
                {
                    // Back to the step's own switches: the link must say so explicitly.
                    state.apply(Action::SetWhatIf(WhatIf::default()));
                    state.apply(Action::Select(Some(Node::Company(CompanyIx(0)))));
                    state.embed = Some(Controls::Both);
                    state.theme = Theme::Dark;
                    state.clone()
                },
            ];
            for want in states {
                let hash = crate::view::route::format(&want.route(&s));
                let (route, notes) = crate::view::route::parse(&hash, |_| s.steps.len());
                assert!(notes.is_empty(), "{hash}: {notes:?}");
                let mut notes = Vec::new();
                let got = State::from_route(&route, &s, &mut notes);
                assert!(notes.is_empty());
                assert_eq!(got.route(&s), want.route(&s), "{hash}");
                assert_eq!(
                    (
                        got.date.unwrap_or(s.date),
                        &got.what_if,
                        got.selected,
                        got.mode
                    ),
                    (
                        want.date.unwrap_or(s.date),
                        &want.what_if,
                        want.selected,
                        want.mode
                    ),
                    "{hash}"
                );
            }
        }
    }

    #[test]
    fn a_scenario_carried_by_a_link_comes_back_whole() {
        let builtin = crate::files::scenario::parse(&BUILTINS[0].json()).unwrap();
        let mut mine = crate::sandbox::empty(day("2014-01-01"));
        mine.title = "Lesson".into();
        let packed = crate::files::link::pack(&mine);
        let (route, _) =
            crate::view::route::parse(&format!("#data={packed}&date=2013-02-03"), |_| 0);
        let mut notes = Vec::new();
        let state = State::from_route(&route, &builtin, &mut notes);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(
            state.shown.shared().map(|s| (**s).clone()),
            Some(mine.clone())
        );
        assert_eq!(state.date, Some(day("2013-02-03")));
        assert_eq!(state.route(&mine).data.as_deref(), Some(packed.as_str()));
        let (broken, _) = crate::view::route::parse("#data=zzz", |_| 0);
        let state = State::from_route(&broken, &builtin, &mut notes);
        assert!(state.shown.shared().is_none() && notes.len() == 1);
    }

    #[test]
    fn a_story_in_a_link_opens_at_its_first_step_with_each_steps_view() {
        use crate::core::model::Step;
        let builtin = crate::files::scenario::parse(&BUILTINS[0].json()).unwrap();
        let mut mine = crate::sandbox::starter::one_quiz_five_friends(day("2014-01-01")).unwrap();
        let step = |title: &str, collected: bool| Step {
            title: title.into(),
            text: "Words.".into(),
            date: Some(day("2013-05-01")),
            highlight: vec![],
            source: None,
            what_if: WhatIf::default(),
            collected,
            guess: None,
        };
        mine.steps = (0..5).map(|i| step(&format!("Step {i}"), i == 3)).collect();
        let packed = crate::files::link::pack(&mine);
        let open = |hash: String| {
            let (route, notes) = crate::view::route::parse(&hash, |_| 2);
            assert!(notes.is_empty(), "{hash}: {notes:?}");
            let mut notes = Vec::new();
            let state = State::from_route(&route, &builtin, &mut notes);
            (state, notes)
        };
        let (state, notes) = open(format!("#data={packed}"));
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!((state.step, state.date), (Some(0), Some(day("2013-05-01"))));
        assert_eq!(
            crate::view::route::format(&state.route(&mine)),
            format!("#data={packed}&step=1")
        );
        // Further than a built-in's story, in the collected view the step asks for.
        let (state, _) = open(format!("#data={packed}&step=4"));
        assert_eq!((state.step, state.mode), (Some(3), Mode::Collected));
        assert_eq!(
            crate::view::route::format(&state.route(&mine)),
            format!("#data={packed}&step=4"),
            "the step's own view is not repeated in its link"
        );
        let mut access = state.clone();
        access.apply(Action::SetMode(Mode::Access));
        let hash = crate::view::route::format(&access.route(&mine));
        assert!(hash.ends_with("&step=4&mode=access"), "{hash}");
        assert_eq!(open(hash).0.mode, Mode::Access);
        let (state, notes) = open(format!("#data={packed}&step=9"));
        assert_eq!(state.step, None);
        assert!(notes[0].contains("no step 9"), "{notes:?}");
        // A link naming a view of its own shows that view, outside the story.
        let (state, _) = open(format!("#data={packed}&date=2014-02-02"));
        assert_eq!((state.step, state.date), (None, Some(day("2014-02-02"))));
    }

    #[test]
    fn a_view_made_a_step_shows_that_view_again() {
        use crate::core::model::CategorySet;
        let s = crate::sandbox::starter::one_quiz_five_friends(day("2014-01-01")).unwrap();
        let mut state = State::default();
        state.apply(Action::SetDate(day("2013-03-04")));
        state.apply(Action::SetMode(Mode::Collected));
        state.apply(Action::Select(Some(Node::Company(CompanyIx(0)))));
        let mut w = WhatIf {
            no_deals: true,
            ..WhatIf::default()
        };
        w.people.insert(
            PersonIx(1),
            Settings {
                platform_apps: false,
                apps_others_use: CategorySet::EMPTY,
            },
        );
        state.apply(Action::SetWhatIf(w));
        let mut step = state.as_step(&s, day("2013-03-04"));
        assert_eq!(step.highlight, [s.companies[0].id.clone()]);
        assert!(step.what_if.no_deals && step.what_if.people.is_empty());
        step.title = "Now".into();
        step.text = "Look.".into();
        let mut shown = State::default();
        shown.apply(show_step(&[step], 0, s.date).unwrap());
        assert_eq!(
            (shown.date, shown.mode, shown.what_if.no_deals),
            (Some(day("2013-03-04")), Mode::Collected, true)
        );
    }

    #[test]
    fn a_link_of_a_state_pointing_past_the_scenario_leaves_those_parts_out() {
        let s = crate::sandbox::empty(day("2014-01-01"));
        let mut state = State {
            selected: Some(Node::Person(PersonIx(4))),
            ..State::default()
        };
        state.what_if.people.insert(
            PersonIx(9),
            Settings {
                platform_apps: false,
                apps_others_use: crate::core::model::CategorySet::EMPTY,
            },
        );
        let route = state.route(&s);
        assert_eq!((route.select, route.people.len()), (None, 0));
    }

    #[test]
    fn a_sandbox_link_opens_the_sandbox() {
        let s = crate::files::scenario::parse(&BUILTINS[0].json()).unwrap();
        let (route, notes) = crate::view::route::parse("#sandbox", |_| 5);
        assert!(notes.is_empty());
        let state = State::from_route(&route, &s, &mut Vec::new());
        assert!(state.shown.is_sandbox());
        assert_eq!(crate::view::route::format(&state.route(&s)), "#sandbox");
    }

    #[test]
    fn a_link_naming_nobody_says_so() {
        let s = crate::files::scenario::parse(&BUILTINS[0].json()).unwrap();
        let (route, _) =
            crate::view::route::parse("#scenario=friends&select=zed&set=zed:0:", |_| 5);
        let mut notes = Vec::new();
        let state = State::from_route(&route, &s, &mut notes);
        assert_eq!(state.selected, None);
        assert_eq!(notes.len(), 2, "{notes:?}");
    }

    #[test]
    fn exports_are_named_after_what_is_shown() {
        let date = day("2014-01-01");
        let check = |shown: Shown, sandbox_name: Option<&str>, want: &str| {
            assert_eq!(shown.file_stem(sandbox_name, date), want);
        };
        check(Shown::Builtin(0), None, "spillover-friends-2014-01-01");
        check(
            Shown::Builtin(2),
            Some("Ignored"),
            "spillover-partners-2014-01-01",
        );
        check(
            Shown::Sandbox,
            Some("My copy of Partners: behind the wall!"),
            "spillover-my-copy-of-partners-behind-the-wall-2014-01-01",
        );
        check(
            Shown::Sandbox,
            Some("../../etc/passwd"),
            "spillover-etc-passwd-2014-01-01",
        );
        check(Shown::Sandbox, Some("¿¡"), "spillover-sandbox-2014-01-01");
        check(Shown::Sandbox, None, "spillover-sandbox-2014-01-01");
        let mut mine = crate::sandbox::empty(date);
        mine.title = "Lesson 3 / Ana's network".into();
        let packed = crate::files::link::pack(&mine);
        check(
            Shown::Shared {
                scenario: Rc::new(mine),
                packed: Rc::from(packed.as_str()),
            },
            Some("Not this"),
            "spillover-lesson-3-ana-s-network-2014-01-01",
        );
        assert_eq!(file_safe(&"a".repeat(100)).len(), 60);
    }

    #[test]
    fn playing_stops_at_the_end() {
        let mut s = State {
            date: Some(day("2015-01-01")),
            playing: true,
            ..State::default()
        };
        s.apply(Action::Tick {
            days: 200,
            end: day("2015-06-01"),
        });
        assert_eq!((s.date, s.playing), (Some(day("2015-06-01")), false));
    }

    #[test]
    fn a_point_found_off_the_view_is_brought_to_its_middle() {
        let mut c = Camera::default();
        c.zoom_by(4.0, Point { x: 0.0, y: 0.0 });
        let seen = Point { x: 100.0, y: 80.0 };
        assert_eq!(c.towards(seen), None, "already in view");
        let far = Point { x: 900.0, y: 600.0 };
        let (dx, dy) = c.towards(far).expect("out of view");
        c.pan(dx, dy);
        assert_eq!(c.centre(), far);
        assert_eq!(c.zoom, 4.0, "the zoom stays");
        assert_eq!(c.towards(far), None);
        let edge = Point {
            x: c.x + 1.0,
            y: c.centre().y,
        };
        assert!(
            c.towards(edge).is_some(),
            "a point at the very edge is brought in"
        );
        // As the search box asks it: the view moves to a node found off it.
        let mut s = State::opening(0);
        s.camera = c;
        s.apply(Action::Show(Point { x: 50.0, y: 40.0 }));
        assert_eq!(s.camera.centre(), Point { x: 50.0, y: 40.0 });
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer_and_stays_in_bounds() {
        let mut c = Camera::default();
        let p = Point { x: 250.0, y: 160.0 };
        c.zoom_by(2.0, p);
        assert_eq!(c.zoom, 2.0);
        // The point is as far across the view as before: a quarter.
        assert!(((p.x - c.x) / (WIDTH / c.zoom) - 0.25).abs() < 1e-9);
        c.zoom_by(1000.0, p);
        assert_eq!(c.zoom, Camera::MAX_ZOOM);
        c.zoom_by(f64::NAN, p);
        assert_eq!(c.zoom, Camera::MAX_ZOOM);
        c.pan(f64::INFINITY, 0.0);
        assert!(c.x.is_finite());
    }

    #[test]
    fn moved_nodes_stay_on_the_drawing_and_reset_puts_them_back() {
        let mut s = State::default();
        s.apply(Action::MoveNode(
            "ana".into(),
            Point {
                x: -50.0,
                y: 9999.0,
            },
        ));
        assert_eq!(s.moved["ana"], Point { x: 0.0, y: HEIGHT });
        s.apply(Action::Zoom(2.0, Point { x: 0.0, y: 0.0 }));
        s.apply(Action::ResetView);
        assert!(s.moved.is_empty());
        assert_eq!(s.camera, Camera::default());
    }
}

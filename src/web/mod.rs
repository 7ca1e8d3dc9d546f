//! The browser layer: Yew components that show the core's results and send [`Action`]s.
//!
//! Nothing here computes exposure, layout or words; it maps the core's results (a [`Scene`],
//! figures, rows, "why?" texts) to HTML and SVG. One reducer at the root holds the [`State`];
//! children get data and callbacks. Timers, the URL's hash and global keys live in effects.

mod browser;
mod components;
mod local;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use web_sys::{HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;
use yew::TargetCast;

use components::{editor, exports, graph, panels, share, story, table, whatif, why};

use crate::core::date::Date;
use crate::core::engine::{Engine, Exposure};
use crate::core::model::Node;
use crate::core::model::Settings;
use crate::core::model::{Source, Step};
use crate::core::whatif::settings_open;
use crate::files::builtin::BUILTINS;
use crate::files::scenario::{parse, Problem};
use crate::present::figures::{company_figures, describe_change, CompanyFigures};
use crate::present::layout::{layout, layout_keeping, Layout};
use crate::present::scene::{build, Focus, Scene};
use crate::present::timeline::Timeline;
use crate::present::why::{company_why, person_why};
use crate::sandbox::{WorkAction, Workspace};
use crate::view::route::{self, Controls, Route};
use crate::view::state::{Action, Presentation, Shown, State};

/// Mounts the app on the element `#app`, replacing its loading message.
pub fn start() {
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

impl Reducible for Workspace {
    type Action = WorkAction;

    fn reduce(self: Rc<Self>, action: WorkAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// A notice about the reader's stored sandboxes.
#[derive(Clone, PartialEq)]
struct StorageNotice {
    message: String,
    /// Stored text that could not be read, offered for download.
    damaged: Option<String>,
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
    engine: Rc<Engine>,
    layout: Rc<Layout>,
    timeline: Rc<Timeline>,
    sources: Rc<Vec<Source>>,
    steps: Rc<Vec<Step>>,
}

/// One evaluation: the result, the same with everyone's settings open, the company figures, and
/// the figures without the what-if switches when any is on.
struct Evaluated {
    exposure: Rc<Exposure>,
    open: Rc<Exposure>,
    figures: Vec<CompanyFigures>,
    original: Option<Vec<CompanyFigures>>,
}

/// Compares by pointer: two memoised values are the same when they are the same computation.
/// Hooks that depend on a memo depend on it through this, so they rerun exactly when it did.
struct Same<T>(Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Two evaluations are the same when they are the same computation; comparing by pointer keeps
/// the hooks that depend on one from comparing whole results on every render.
impl PartialEq for Evaluated {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.exposure, &other.exposure) && Rc::ptr_eq(&self.open, &other.open)
    }
}

/// The action that shows step `index` of `steps`, in a scenario whose own date is `date`.
fn show_step(steps: &[Step], index: usize, date: Date) -> Option<Action> {
    let step = steps.get(index)?;
    Some(Action::ShowStep {
        index,
        date: step.date.unwrap_or(date),
        what_if: step.what_if.clone(),
    })
}

/// The state the page's address asks for, and notes on what it could not use.
fn from_address() -> (State, Vec<String>) {
    let parsed: Vec<Option<crate::core::model::Scenario>> =
        BUILTINS.iter().map(|b| parse(b.json).ok()).collect();
    let (mut r, mut notes) = route::parse(&browser::hash(), |i| {
        parsed
            .get(i)
            .and_then(|s| s.as_ref())
            .map_or(0, |s| s.steps.len())
    });
    // `?embed=1` in the query works too, for hosts that cannot put a hash in an iframe's address.
    if r.embed.is_none() && browser::query_has("embed") {
        r.embed = Some(route::Controls::Story);
    }
    let state = match parsed.get(r.scenario) {
        Some(Some(s)) => State::from_route(&r, s, &mut notes),
        _ => State::opening(r.scenario),
    };
    (state, notes)
}

#[component]
fn App() -> Html {
    let initial = use_memo((), |_| from_address());
    let state = {
        let initial = initial.clone();
        use_reducer(move || initial.0.clone())
    };
    let notes = use_state(|| initial.1.clone());
    // The built-in scenario read last, which "Stories" goes back to from a sandbox.
    let last_builtin = use_mut_ref(|| 0);
    if let Some(i) = state.shown.builtin() {
        *last_builtin.borrow_mut() = i;
    }
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };

    let workspace = use_reducer(Workspace::default);
    // Where each node of the sandbox was drawn, so an edit does not move what is already there.
    let placed =
        use_mut_ref(std::collections::HashMap::<String, crate::present::layout::Point>::new);
    let loaded: Rc<Result<Loaded, Vec<Problem>>> = {
        let (workspace, placed) = (workspace.clone(), placed.clone());
        use_memo(
            (
                state.shown.clone(),
                workspace.revision,
                workspace.current.clone(),
            ),
            move |(shown, _, _)| {
                let sandbox = shown.is_sandbox();
                let scenario = match shown {
                    Shown::Shared { scenario, .. } => Ok((**scenario).clone()),
                    Shown::Sandbox => match workspace.open() {
                        Some(h) => Ok(h.present().clone()),
                        None => Ok(crate::sandbox::empty(
                            Date::parse("2014-01-01").unwrap_or(Date::from_day_number(0)),
                        )),
                    },
                    Shown::Builtin(i) => parse(BUILTINS.get(*i).unwrap_or(&BUILTINS[0]).json),
                };
                scenario.map(|s| {
                    let layout = if sandbox {
                        let mut placed = placed.borrow_mut();
                        let l = layout_keeping(&s, &placed);
                        placed.clear();
                        for (p, at) in s.people.iter().zip(&l.people) {
                            placed.insert(p.id.clone(), *at);
                        }
                        for (c, at) in s.companies.iter().zip(&l.companies) {
                            placed.insert(c.id.clone(), *at);
                        }
                        l
                    } else {
                        layout(&s)
                    };
                    Loaded {
                        layout: Rc::new(layout),
                        timeline: Rc::new(Timeline::of(&s)),
                        sources: Rc::new(s.sources.clone()),
                        steps: Rc::new(s.steps.clone()),
                        engine: Rc::new(Engine::new(s)),
                    }
                })
            },
        )
    };

    // The sandboxes kept in this browser: read once, then written a moment after each change.
    let storage_notice = use_state(|| None::<StorageNotice>);
    let saving_blocked = use_mut_ref(|| false);
    let storage_read = use_state(|| false);
    {
        let (workspace, notice, blocked, read) = (
            workspace.clone(),
            storage_notice.clone(),
            saving_blocked.clone(),
            storage_read.clone(),
        );
        use_effect_with((), move |_| {
            read.set(true);
            match local::load() {
                local::Stored::Found(store) => workspace.dispatch(WorkAction::Restore(store)),
                local::Stored::Empty => {}
                local::Stored::Damaged { text, reason } => {
                    *blocked.borrow_mut() = true;
                    notice.set(Some(StorageNotice {
                        message: format!("Your saved sandboxes could not be read: {reason}. Nothing was thrown away: download the saved data to keep it, then start afresh."),
                        damaged: Some(text),
                    }));
                }
                local::Stored::Unavailable => notice.set(Some(StorageNotice {
                    message: "This browser does not let Spillover keep your sandbox between visits (a private window, or a page embedded in another). Save it as a file to keep it.".into(),
                    damaged: None,
                })),
            }
        });
    }
    let save_timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let (notice, blocked, timer) = (
            storage_notice.clone(),
            saving_blocked.clone(),
            save_timer.clone(),
        );
        let store = workspace.store();
        use_effect_with(workspace.revision, move |revision| {
            if *revision > 0 && !*blocked.borrow() {
                let text = crate::files::storage::encode(&store);
                *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(400, move || {
                    if let Err(message) = local::save(&text) {
                        notice.set(Some(StorageNotice {
                            message,
                            damaged: None,
                        }));
                    }
                }));
            }
        });
    }
    // A sandbox view needs a sandbox: make the first one when there is none.
    {
        let workspace = workspace.clone();
        // Only once storage was read, so a kept sandbox is not shadowed by a new empty one.
        use_effect_with(
            (
                state.shown.is_sandbox(),
                workspace.sandboxes.is_empty(),
                *storage_read,
            ),
            move |(sandbox, none, read)| {
                if *sandbox && *none && *read {
                    if let Ok(d) = Date::parse("2014-01-01") {
                        workspace.dispatch(WorkAction::New {
                            name: "Sandbox 1".into(),
                            scenario: crate::sandbox::empty(d),
                        });
                    }
                }
            },
        );
    }
    // Indices into the sandbox change with its edits: what pointed at them is let go. Only on a
    // change of the sandbox, not when the page opens (a link may have selected someone).
    let seen_revision = use_mut_ref(|| None::<(u64, Option<String>)>);
    {
        let dispatch = dispatch.clone();
        let (selected, what_if, sandbox) = (
            state.selected,
            state.what_if.clone(),
            state.shown.is_sandbox(),
        );
        let seen = seen_revision.clone();
        use_effect_with(
            (workspace.revision, workspace.current.clone()),
            move |now| {
                let changed = seen.borrow().as_ref().is_some_and(|was| was != now);
                *seen.borrow_mut() = Some(now.clone());
                if sandbox && changed {
                    if selected.is_some() {
                        dispatch.emit(Action::Select(None));
                    }
                    if !what_if.people.is_empty() {
                        dispatch.emit(Action::SetWhatIf(crate::core::model::WhatIf {
                            people: Default::default(),
                            ..what_if
                        }));
                    }
                }
            },
        );
    }
    // The scenario under the what-if switches, and the same with everyone's settings open.
    let variant: Rc<Option<(Rc<Engine>, Rc<Engine>)>> = {
        let loaded = loaded.clone();
        use_memo(
            (Same(loaded.clone()), state.what_if.clone()),
            move |(_, what_if)| {
                let l = loaded.as_ref().as_ref().ok()?;
                let engine = if what_if.is_active() {
                    Rc::new(Engine::new(crate::core::whatif::apply(
                        &what_if,
                        l.engine.scenario(),
                    )))
                } else {
                    l.engine.clone()
                };
                let open = Rc::new(Engine::new(settings_open(engine.scenario())));
                Some((engine, open))
            },
        )
    };
    let date = match loaded.as_ref() {
        Ok(l) => state.date.unwrap_or(l.engine.scenario().date),
        Err(_) => Date::from_day_number(0),
    };
    let result: Rc<Option<Evaluated>> = {
        let (loaded, variant) = (loaded.clone(), variant.clone());
        use_memo(
            (
                Same(variant.clone()),
                state.what_if.clone(),
                date,
                state.mode,
            ),
            move |(_, what_if, date, mode)| {
                let l = loaded.as_ref().as_ref().ok()?;
                let (engine, open) = variant.as_ref().as_ref()?;
                let exposure = engine.evaluate(*date, *mode);
                let figures = company_figures(engine.scenario(), &exposure);
                let original = what_if.is_active().then(|| {
                    company_figures(l.engine.scenario(), &l.engine.evaluate(*date, *mode))
                });
                Some(Evaluated {
                    exposure: Rc::new(exposure),
                    open: Rc::new(open.evaluate(*date, *mode)),
                    figures,
                    original,
                })
            },
        )
    };
    let highlight: Vec<String> = match (loaded.as_ref(), state.step) {
        (Ok(l), Some(i)) => l
            .steps
            .get(i)
            .map(|s| s.highlight.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let scene: Rc<Option<Scene>> = {
        let (loaded, variant, result) = (loaded.clone(), variant.clone(), result.clone());
        let focus = Focus {
            selected: state.selected,
            highlight,
        };
        use_memo(
            (result.clone(), focus, state.moved.clone()),
            move |(_, focus, moved)| {
                let l = loaded.as_ref().as_ref().ok()?;
                let (engine, _) = variant.as_ref().as_ref()?;
                let Evaluated { exposure, open, .. } = result.as_ref().as_ref()?;
                let mut layout = (*l.layout).clone();
                for (id, at) in moved {
                    if let Some(p) = engine.scenario().person_by_id(id) {
                        layout.people[p.ix()] = *at;
                    } else if let Some(c) = engine.scenario().company_by_id(id) {
                        layout.companies[c.ix()] = *at;
                    }
                }
                Some(build(engine, exposure, open, &layout, focus))
            },
        )
    };

    // Keep the address in step with the view, and follow it when the reader edits it.
    {
        let loaded = loaded.clone();
        use_effect_with((*state).clone(), move |state| {
            if let Ok(l) = loaded.as_ref() {
                browser::set_hash(&route::format(&state.route(l.engine.scenario())));
            }
            browser::set_theme(state.theme);
        });
    }
    {
        let state = state.clone();
        let notes = notes.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let (next, new_notes) = from_address();
                state.dispatch(Action::Restore(Box::new(next)));
                notes.set(new_notes);
            });
            move || drop(listener)
        });
    }

    // Play: step through time on a timer; with reduced motion, jump from change to change.
    let latest_date = use_mut_ref(|| date);
    *latest_date.borrow_mut() = date;
    {
        let dispatcher = state.dispatcher();
        let timeline = loaded.as_ref().as_ref().ok().map(|l| l.timeline.clone());
        let latest_date = latest_date.clone();
        use_effect_with(
            (state.playing, state.shown.builtin()),
            move |(playing, _)| {
                let timer = match (playing, timeline) {
                    (true, Some(t)) if browser::prefers_reduced_motion() => {
                        Some(Interval::new(1500, move || {
                            let now = *latest_date.borrow();
                            match t.next_change(now) {
                                Some(d) => dispatcher.dispatch(Action::SetDate(d)),
                                None => dispatcher.dispatch(Action::SetPlaying(false)),
                            }
                        }))
                    }
                    (true, Some(t)) => {
                        let days = ((t.end.day_number() - t.start.day_number()) / 120).max(1);
                        Some(Interval::new(100, move || {
                            dispatcher.dispatch(Action::Tick { days, end: t.end })
                        }))
                    }
                    _ => None,
                };
                move || drop(timer)
            },
        );
    }

    // Arrow keys walk the story, Escape closes "why?", wherever focus is, except in controls
    // that use those keys themselves. The listener calls the latest handler.
    let on_key: Rc<RefCell<Callback<KeyboardEvent>>> = use_mut_ref(Callback::noop);
    {
        let steps = loaded
            .as_ref()
            .as_ref()
            .ok()
            .map(|l| (l.steps.clone(), l.engine.scenario().date));
        let (step, dispatch) = (state.step, dispatch.clone());
        let (sandbox, workspace) = (state.shown.is_sandbox(), workspace.clone());
        *on_key.borrow_mut() = Callback::from(move |e: KeyboardEvent| {
            // Undo and redo in the sandbox; text fields keep the browser's own undo.
            if sandbox
                && (e.ctrl_key() || e.meta_key())
                && !e.alt_key()
                && !browser::focus_in_text()
            {
                let key = e.key().to_ascii_lowercase();
                let action = match (key.as_str(), e.shift_key()) {
                    ("z", false) => Some(WorkAction::Undo),
                    ("z", true) | ("y", false) => Some(WorkAction::Redo),
                    _ => None,
                };
                if let Some(a) = action {
                    e.prevent_default();
                    workspace.dispatch(a);
                    return;
                }
            }
            if e.alt_key() || e.ctrl_key() || e.meta_key() || browser::focus_in_control() {
                return;
            }
            let in_graph = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| el.closest(".graph").ok().flatten().is_some());
            let Some((steps, date)) = &steps else { return };
            let wanted = match (e.key().as_str(), step) {
                ("Escape", _) => {
                    dispatch.emit(Action::Select(None));
                    return;
                }
                _ if in_graph => return,
                ("ArrowRight", Some(i)) => Some(i + 1),
                ("ArrowLeft", Some(i)) => i.checked_sub(1),
                _ => None,
            };
            if let Some(action) = wanted.and_then(|i| show_step(steps, i, *date)) {
                e.prevent_default();
                dispatch.emit(action);
            }
        });
    }
    {
        let on_key = on_key.clone();
        use_effect_with((), move |_| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                        let handler = on_key.borrow().clone();
                        handler.emit(e.clone());
                    }
                },
            );
            move || drop(listener)
        });
    }

    // What a screen reader hears after a change of date, mode or switches: the companies whose
    // reach changed since the last result of the same scenario.
    let announcement = use_state(String::new);
    let previous =
        use_mut_ref(|| None::<((bool, Option<usize>, Option<String>), Vec<CompanyFigures>)>);
    {
        let (announcement, previous, loaded) =
            (announcement.clone(), previous.clone(), loaded.clone());
        let source = (
            state.shown.is_sandbox(),
            state.shown.builtin(),
            workspace.current.clone(),
        );
        use_effect_with((source, result.clone()), move |(scenario, result)| {
            if let (Some(Evaluated { figures, .. }), Ok(l)) = (result.as_ref(), loaded.as_ref()) {
                let mut prev = previous.borrow_mut();
                let before = prev
                    .as_ref()
                    .filter(|(i, _)| i == scenario)
                    .map(|(_, f)| f.as_slice());
                announcement.set(describe_change(l.engine.scenario(), before, figures));
                *prev = Some((scenario.clone(), figures.clone()));
            }
        });
    }

    // Inside a frame, tell the host page our height after every render and on resize.
    use_effect(|| {
        browser::post_height();
    });
    use_effect_with((), |_| {
        let listener =
            EventListener::new(&gloo::utils::window(), "resize", |_| browser::post_height());
        move || drop(listener)
    });

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
    let on_pick = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                dispatch.emit(Action::PickScenario(i));
            }
        })
    };
    let options: Html = titles
        .iter()
        .enumerate()
        .map(|(i, title)| html! { <option value={i.to_string()} selected={state.shown.builtin() == Some(i)}>{ title }</option> })
        .collect();

    let note_banner = if notes.is_empty() {
        html! {}
    } else {
        let dismiss = {
            let notes = notes.clone();
            Callback::from(move |_: MouseEvent| notes.set(Vec::new()))
        };
        html! {
            <div class="notes" role="status">
                <p>{ "Part of this link could not be used:" }</p>
                <ul>{ for notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
            </div>
        }
    };

    let connect_mode = use_state(|| false);
    let grant_for = use_state(|| None::<(String, String)>);
    let load_problems = use_state(Vec::<String>::new);
    let on_work = {
        let workspace = workspace.clone();
        Callback::from(move |a: WorkAction| workspace.dispatch(a))
    };
    let on_connect = {
        let (workspace, grant_for, loaded) = (workspace.clone(), grant_for.clone(), loaded.clone());
        Callback::from(move |(a, b): (String, String)| {
            let Ok(l) = loaded.as_ref() else { return };
            let s = l.engine.scenario();
            let person = |id: &str| s.person_by_id(id).is_some();
            let company = |id: &str| s.company_by_id(id).is_some();
            if person(&a) && person(&b) {
                workspace.dispatch(WorkAction::Edit(crate::sandbox::Edit::AddFriendship {
                    a,
                    b,
                    messages: false,
                    interval: crate::core::date::Interval::ALWAYS,
                }));
            } else if person(&a) && company(&b) {
                grant_for.set(Some((a, b)));
            } else if company(&a) && person(&b) {
                grant_for.set(Some((b, a)));
            }
        })
    };
    let on_load = {
        let (workspace, problems) = (workspace.clone(), load_problems.clone());
        Callback::from(move |file: web_sys::File| {
            let name = file.name();
            if file.size() > crate::files::storage::MAX_FILE_BYTES {
                problems.set(vec![format!(
                    "{name} is {:.1} MB; the sandbox loads scenario files up to {:.0} MB. Nothing was read.",
                    file.size() / 1_048_576.0,
                    crate::files::storage::MAX_FILE_BYTES / 1_048_576.0
                )]);
                return;
            }
            let (workspace, problems) = (workspace.clone(), problems.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                match text.map(|t| parse(&t)) {
                    Some(Ok(s)) => {
                        problems.set(Vec::new());
                        workspace.dispatch(WorkAction::New {
                            name: s.title.clone(),
                            scenario: s,
                        });
                    }
                    Some(Err(list)) => {
                        problems.set(list.iter().map(|p| format!("{name}: {p}")).collect())
                    }
                    None => problems.set(vec![format!("{name} could not be read as text.")]),
                }
            });
        })
    };
    let on_save = {
        let workspace = workspace.clone();
        Callback::from(move |_: ()| {
            if let Some(h) = workspace.open() {
                let s = h.present();
                let name = format!("{}.json", crate::sandbox::new_id(s, &s.title));
                let _ = browser::download(
                    &name,
                    "application/json",
                    crate::files::scenario::to_json(s).as_bytes(),
                );
            }
        })
    };
    let on_drop = {
        let on_load = on_load.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                on_load.emit(file);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());

    let body = match (
        loaded.as_ref(),
        variant.as_ref(),
        result.as_ref(),
        scene.as_ref(),
    ) {
        (
            Ok(l),
            Some((engine, _)),
            Some(Evaluated {
                exposure,
                open,
                figures,
                original,
            }),
            Some(scene),
        ) => {
            let s = l.engine.scenario();
            let on_step = {
                let (dispatch, steps, d) = (dispatch.clone(), l.steps.clone(), s.date);
                Callback::from(move |i: usize| {
                    if let Some(a) = show_step(&steps, i, d) {
                        dispatch.emit(a);
                    }
                })
            };
            let on_leave = {
                let dispatch = dispatch.clone();
                Callback::from(move |_: ()| dispatch.emit(Action::LeaveStory))
            };
            let rows = Rc::new(panels::company_rows(s, figures, original.as_deref()));
            // A sandbox is shared as a whole scenario inside the link.
            let share_view = {
                let mut r = Route {
                    embed: None,
                    theme: route::Theme::Auto,
                    ..state.route(s)
                };
                if state.shown.is_sandbox() {
                    r.sandbox = false;
                    r.data = Some(crate::files::link::pack(s));
                }
                r
            };
            let in_range = |sel: &Node| match sel {
                Node::Person(p) => p.ix() < engine.scenario().people.len(),
                Node::Company(c) => c.ix() < engine.scenario().companies.len(),
            };
            let why = state.selected.filter(in_range).map(|sel| match sel {
                Node::Person(p) => {
                    let base = s.person(p);
                    let original = Settings {
                        platform_apps: base.platform_apps,
                        apps_others_use: base.apps_others_use,
                    };
                    let settings = state.what_if.people.get(&p).copied().unwrap_or(original);
                    why::WhyContent::Person {
                        person: p,
                        why: person_why(engine, exposure, open, p),
                        settings,
                        original,
                    }
                }
                Node::Company(c) => why::WhyContent::Company(company_why(engine, exposure, c)),
            });
            let presentation = |p: Presentation, label: &'static str| {
                let dispatch = dispatch.clone();
                html! {
                    <button type="button" class={classes!("tab", (state.presentation == p).then_some("current"))}
                        aria-pressed={(state.presentation == p).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| dispatch.emit(Action::Present(p)))}>{ label }</button>
                }
            };
            let scene_rc = Rc::new(scene.clone());
            let view = match state.presentation {
                Presentation::Graph => html! {
                    <graph::Graph scene={scene_rc.clone()} title={s.title.clone()} camera={state.camera}
                        selected={state.selected} on_action={dispatch.clone()}
                        connect={(state.shown.is_sandbox() && *connect_mode).then(|| on_connect.clone())} />
                },
                Presentation::Table => html! {
                    <table::FactTable rows={Rc::new(crate::present::table::rows(engine, exposure, state.sorting))}
                        sorting={state.sorting} on_action={dispatch.clone()} />
                },
            };
            let story = html! {
                <story::Story steps={l.steps.clone()} sources={l.sources.clone()} step={state.step} {on_step} {on_leave} />
            };
            let timeline = html! {
                <panels::TimelinePanel timeline={l.timeline.clone()} {date} mode={state.mode} playing={state.playing} on_action={dispatch.clone()} />
            };
            if let Some(controls) = state.embed {
                // Embedded in an article: the graph, the chosen controls, a way out, and credit.
                let has_story = !l.steps.is_empty();
                let (show_story, show_timeline) = match controls {
                    Controls::Story => (has_story, !has_story),
                    Controls::Timeline => (false, true),
                    Controls::Both => (has_story, true),
                    Controls::None => (false, false),
                };
                let full = format!(
                    "{}{}",
                    browser::base_address(),
                    route::format(&Route {
                        embed: None,
                        ..state.route(s)
                    })
                );
                let credit: Vec<String> = l
                    .sources
                    .iter()
                    .map(|src| src.publisher.clone().unwrap_or_else(|| src.title.clone()))
                    .collect();
                return html! {
                    <div class="app embedded">
                        <header class="embed-top">
                            <h2 id="scenario-title">{ &s.title }</h2>
                            <a class="open-full" href={full} target="_blank" rel="noopener">{ "Open in full ↗" }</a>
                        </header>
                        if show_story { { story } }
                        if show_timeline { { timeline } }
                        { view }
                        <footer class="attribution">
                            { "Spillover: an explorable of how data spread to companies people never dealt with. People are invented; sources: " }
                            { credit.join("; ") }{ "." }
                        </footer>
                        <div id="announcer" class="sr-only" aria-live="polite" aria-atomic="true">{ (*announcement).clone() }</div>
                    </div>
                };
            }
            html! {
                <>
                    <section class="intro" aria-labelledby="scenario-title">
                        <h2 id="scenario-title">{ &s.title }</h2>
                        <details class="about">
                            <summary>{ "About this scenario: what is real, invented and uncertain" }</summary>
                            <p class="description">{ &s.description }</p>
                        </details>
                        if state.shown.shared().is_some() {
                            <p class="shared-note">{ "This scenario came inside the link you opened; nothing was fetched from anywhere. " }
                                <button type="button" onclick={{
                                    let (workspace, dispatch, s) = (workspace.clone(), dispatch.clone(), s.clone());
                                    Callback::from(move |_: MouseEvent| {
                                        workspace.dispatch(WorkAction::New { name: s.title.clone(), scenario: s.clone() });
                                        dispatch.emit(Action::ShowSandbox);
                                    })
                                }}>{ "Keep a copy in my sandboxes" }</button>
                            </p>
                        }
                        if state.shown.is_sandbox() {
                            <p class="hint">{ "Your sandbox is kept in this browser. Copy link puts the whole sandbox inside the link, so whoever opens it sees it too; nothing goes through a server." }</p>
                        }
                        <share::Share view={share_view.clone()} title={s.title.clone()} />
                    </section>
                    if state.shown.is_sandbox() {
                        if let Some(h) = workspace.open() {
                            <editor::Editor scenario={Rc::new(h.present().clone())}
                                sandboxes={Rc::new(workspace.sandboxes.iter().map(|(k, n, _)| (k.clone(), n.clone())).collect::<Vec<_>>())}
                                current={workspace.current.clone()} can_undo={h.can_undo()} can_redo={h.can_redo()}
                                refusal={workspace.refusal.clone()} change={workspace.change.clone()}
                                on_work={on_work.clone()} on_load={on_load.clone()} on_save={on_save.clone()}
                                grant_for={(*grant_for).clone()} forms=false />
                        }
                    }
                    { story }
                    { timeline }
                    if state.shown.is_sandbox() && state.presentation == Presentation::Graph {
                        <div class="connect-mode" role="group" aria-label="Dragging on the graph">
                            <span>{ "Dragging on the graph " }</span>
                            <label class="check"><input type="radio" name="drag" checked={!*connect_mode}
                                onchange={{ let c = connect_mode.clone(); Callback::from(move |_: Event| c.set(false)) }} />{ "moves people and companies" }</label>
                            <label class="check"><input id="drag-connects" type="radio" name="drag" checked={*connect_mode}
                                onchange={{ let c = connect_mode.clone(); Callback::from(move |_: Event| c.set(true)) }} />{ "connects them: person to person befriends, person to company starts a grant" }</label>
                        </div>
                    }
                    <div class="stage">
                        <div class="view">
                            <div class="tabs" role="group" aria-label="Show as">
                                { presentation(Presentation::Graph, "Graph") }
                                { presentation(Presentation::Table, "Table") }
                            </div>
                            { view }
                            <exports::Exports scene={scene_rc.clone()} title={s.title.clone()}
                                subtitle={format!("{date}: {}", if state.mode == crate::core::engine::Mode::Access { "what companies can see on this date" } else { "everything collected up to this date" })}
                                sources={Rc::new(l.sources.iter().map(|src| format!("{}{}", src.publisher.as_ref().map(|p| format!("{p}, ")).unwrap_or_default(), src.title)).collect::<Vec<_>>())}
                                file_stem={state.shown.file_stem(workspace.open_name(), date)}
                                csv={{
                                    let (engine, exposure) = (engine.clone(), exposure.clone());
                                    Callback::from(move |_: ()| crate::present::export::csv(&crate::present::table::rows(&engine, &exposure, crate::present::table::Sorting::default())))
                                }} />
                        </div>
                        <aside class="side">
                            if let Some(content) = why {
                                <why::WhyPanel {content} what_if={state.what_if.clone()} on_action={dispatch.clone()} />
                            }
                            <panels::CompanyTable {rows} mode={state.mode} on_action={dispatch.clone()} />
                            <whatif::WhatIfPanel what_if={state.what_if.clone()} on_action={dispatch.clone()} />
                        </aside>
                    </div>
                    if state.shown.is_sandbox() {
                        if let Some(h) = workspace.open() {
                            <editor::Editor scenario={Rc::new(h.present().clone())}
                                sandboxes={Rc::new(Vec::new())} current={workspace.current.clone()} can_undo={h.can_undo()} can_redo={h.can_redo()}
                                refusal={workspace.refusal.clone()} change={workspace.change.clone()}
                                on_work={on_work.clone()} on_load={on_load.clone()} on_save={on_save.clone()}
                                grant_for={(*grant_for).clone()} forms=true />
                        }
                    }
                    <panels::Legend />
                    <panels::Sources sources={l.sources.clone()} />
                </>
            }
        }
        (Err(problems), ..) => html! {
            <section class="problem" role="alert">
                <h2>{ "This scenario could not be read" }</h2>
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
            </section>
        },
        _ => html! {},
    };

    html! {
        <div class="app" ondrop={on_drop} ondragover={on_drag_over}>
            <header class="top">
                <div class="brand">
                    <h1>{ "Spillover" }</h1>
                    <p class="tagline">{ "How your data reached companies you never dealt with" }</p>
                </div>
                <nav class="modes-switch" aria-label="What to see">
                    <button type="button" class={classes!("tab", (!state.shown.is_sandbox()).then_some("current"))} aria-pressed={(!state.shown.is_sandbox()).to_string()}
                        onclick={{ let (d, last) = (dispatch.clone(), last_builtin.clone()); Callback::from(move |_: MouseEvent| d.emit(Action::PickScenario(*last.borrow()))) }}>{ "Stories" }</button>
                    <button type="button" class={classes!("tab", state.shown.is_sandbox().then_some("current"))} aria-pressed={state.shown.is_sandbox().to_string()}
                        onclick={{ let d = dispatch.clone(); Callback::from(move |_: MouseEvent| d.emit(Action::ShowSandbox)) }}>{ "Build your own" }</button>
                </nav>
                if !state.shown.is_sandbox() {
                    <div class="picker">
                        <label for="scenario-picker">{ "Scenario" }</label>
                        <select id="scenario-picker" onchange={on_pick}>{ options }</select>
                    </div>
                }
            </header>
            { note_banner }
            if let Some(n) = (*storage_notice).clone() {
                <div class="notes storage-notice" role="alert">
                    <p>{ &n.message }</p>
                    if let Some(text) = n.damaged.clone() {
                        <button type="button" onclick={Callback::from(move |_: MouseEvent| { let _ = browser::download("spillover-saved-sandboxes.json", "application/json", text.as_bytes()); })}>
                            { "Download the saved data" }</button>
                        <button type="button" onclick={{
                            let (notice, blocked) = (storage_notice.clone(), saving_blocked.clone());
                            Callback::from(move |_: MouseEvent| { local::discard(); *blocked.borrow_mut() = false; notice.set(None); })
                        }}>{ "Start afresh (forget it)" }</button>
                    } else {
                        <button type="button" onclick={{ let n = storage_notice.clone(); Callback::from(move |_: MouseEvent| n.set(None)) }}>{ "Dismiss" }</button>
                    }
                </div>
            }
            if !load_problems.is_empty() {
                <div class="notes load-problems" role="alert">
                    <p>{ "That file was not loaded; your work is as it was. What is wrong with it:" }</p>
                    <ul>{ for load_problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                    <button type="button" onclick={{ let p = load_problems.clone(); Callback::from(move |_: MouseEvent| p.set(Vec::new())) }}>{ "Dismiss" }</button>
                </div>
            }
            <main>{ body }</main>
            <div id="announcer" class="sr-only" aria-live="polite" aria-atomic="true">{ (*announcement).clone() }</div>
            <footer class="honesty">
                <p>{ "Spillover simplifies: the people in every scenario are invented, and each rule is a model of how the platform worked, not its code. Claims about real companies and events come from the sources listed with each scenario; what is uncertain says so." }</p>
            </footer>
        </div>
    }
}

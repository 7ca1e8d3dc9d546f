//! The reader's sandboxes: the [`Workspace`] in a reducer, kept in localStorage, and the
//! scenario files loaded into it and saved from it.
//!
//! Storage is read once when the page opens. After that, what this tab changed is written a
//! moment after each change and at once when the page is hidden or closed (`visibilitychange`,
//! `pagehide`), and what other tabs write is taken in as their `storage` events arrive. When to
//! write what, and how two tabs' changes are both kept, is [`Keeper`]'s; this module connects it
//! to the browser's timers and events. Everything the reader should know becomes a
//! [`StorageNotice`], and nothing is thrown away without the reader's word.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::model::WhatIf;
use crate::files::storage::{LEGACY_KEY, PREFIX};
use crate::sandbox::{Keeper, Note, Outcome, WorkAction, Workspace};
use crate::view::state::{Action, State};
use crate::web::browser;
use crate::web::local::{self, Local};

impl Reducible for Workspace {
    type Action = WorkAction;

    fn reduce(self: Rc<Self>, action: WorkAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// A notice about the reader's stored sandboxes.
#[derive(Clone, Debug, PartialEq)]
pub struct StorageNotice {
    /// Tells notices apart, for dismissing one.
    pub id: u64,
    /// What happened, in words.
    pub message: String,
    /// Stored text offered for download: file name and text.
    pub download: Option<(String, String)>,
    /// The storage key of damaged text the reader may forget.
    pub forget: Option<String>,
}

impl StorageNotice {
    /// The notice for `note` (its id is given when it is shown).
    fn of(note: &Note) -> StorageNotice {
        let (download, forget) = match note {
            Note::Damaged {
                key,
                text,
                forgettable,
                ..
            } => {
                let file = match key.as_str() {
                    LEGACY_KEY => "spillover-saved-sandboxes.json".to_string(),
                    k => format!("{}-damaged.json", k.replace('.', "-")),
                };
                (Some((file, text.clone())), forgettable.then(|| key.clone()))
            }
            Note::Newer(_) => (
                local::backup().map(|text| ("spillover-sandboxes-backup.json".to_string(), text)),
                None,
            ),
            _ => (None, None),
        };
        StorageNotice {
            id: 0,
            message: note.message(),
            download,
            forget,
        }
    }
}

/// The notices shown about storage, each until dismissed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices {
    /// Oldest first.
    pub list: Vec<StorageNotice>,
    next: u64,
}

/// A change to the notices.
pub enum NoticeAction {
    /// Shows these, unless the same words are shown already.
    Add(Vec<StorageNotice>),
    /// Takes away the notice with this id.
    Dismiss(u64),
}

impl Reducible for Notices {
    type Action = NoticeAction;

    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            NoticeAction::Add(list) => {
                for mut n in list {
                    if next.list.iter().all(|m| m.message != n.message) {
                        next.next += 1;
                        n.id = next.next;
                        next.list.push(n);
                    }
                }
            }
            NoticeAction::Dismiss(id) => next.list.retain(|n| n.id != id),
        }
        Rc::new(next)
    }
}

/// The workspace and what the page shows about its storage.
pub struct Sandboxes {
    /// The reader's sandboxes.
    pub workspace: UseReducerHandle<Workspace>,
    /// Notices about storage, shown until dismissed.
    pub notices: UseReducerHandle<Notices>,
}

/// The reader's sandboxes, read from storage once and kept in step with it after. While
/// `state` shows the sandbox, the first one is made when there is none, and what pointed into
/// the sandbox (a selection, people's settings) is let go when an edit changes it.
#[hook]
pub fn use_sandboxes(state: &State, dispatch: &Callback<Action>) -> Sandboxes {
    let workspace = use_reducer(|| Workspace {
        tab: local::tab_mark(),
        ..Workspace::default()
    });
    let notices = use_reducer(Notices::default);
    let storage_read = use_storage(&workspace, &notices);
    // A sandbox view needs a sandbox: make the first one when there is none.
    {
        let workspace = workspace.clone();
        // Only once storage was read, so a kept sandbox is not shadowed by a new empty one.
        use_effect_with(
            (
                state.shown.is_sandbox(),
                workspace.sandboxes.is_empty(),
                storage_read,
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
    use_let_go_on_edit(state, dispatch, &workspace);
    Sandboxes { workspace, notices }
}

/// This tab's link to storage, shared by the timer and the browser's events.
#[derive(Clone)]
struct Sync {
    /// None until storage was read, and when the browser keeps nothing.
    keeper: Rc<RefCell<Option<Keeper>>>,
    /// The workspace as last drawn; None until storage was read into it.
    latest: Rc<RefCell<Option<UseReducerHandle<Workspace>>>>,
    notices: UseReducerHandle<Notices>,
    timer: Rc<RefCell<Option<Timeout>>>,
}

impl Sync {
    /// Runs `step` of the keeper on storage and the latest workspace, and takes in its outcome.
    fn run(&self, step: impl FnOnce(&mut Keeper, &mut Local, &Workspace) -> Outcome) {
        let Some(workspace) = self.latest.borrow().clone() else {
            return;
        };
        let Some(mut shelf) = local::shelf() else {
            return;
        };
        let out = match self.keeper.borrow_mut().as_mut() {
            Some(keeper) => step(keeper, &mut shelf, &workspace),
            None => return,
        };
        for action in out.actions {
            workspace.dispatch(action);
        }
        if !out.notes.is_empty() {
            let list = out.notes.iter().map(StorageNotice::of).collect();
            self.notices.dispatch(NoticeAction::Add(list));
        }
    }

    /// Writes what this tab changed, now.
    fn flush(&self) {
        self.timer.borrow_mut().take();
        self.run(|keeper, shelf, ws| keeper.flush(shelf, ws));
    }

    /// Takes in what another tab wrote under `key`.
    fn pick_up(&self, key: Option<String>) {
        self.run(|keeper, shelf, ws| keeper.pick_up(shelf, ws, key.as_deref()));
    }
}

/// The `storage` event's key (None when storage was cleared).
fn event_key(e: &Event) -> Option<String> {
    js_sys::Reflect::get(e, &JsValue::from_str("key"))
        .ok()
        .and_then(|k| k.as_string())
}

/// Whether the page is hidden (another tab in front, the window minimised, the page closing).
fn hidden() -> bool {
    js_sys::Reflect::get(
        &gloo::utils::document(),
        &JsValue::from_str("visibilityState"),
    )
    .ok()
    .and_then(|v| v.as_string())
    .is_some_and(|v| v == "hidden")
}

/// Reads storage once into `workspace`, then keeps the two in step: writes a moment after each
/// change and when the page is hidden, and takes in other tabs' changes. True once storage was
/// read.
#[hook]
fn use_storage(
    workspace: &UseReducerHandle<Workspace>,
    notices: &UseReducerHandle<Notices>,
) -> bool {
    let storage_read = use_state(|| false);
    let sync = {
        let notices = notices.clone();
        use_mut_ref(|| None::<Sync>)
            .borrow_mut()
            .get_or_insert_with(|| Sync {
                keeper: Rc::new(RefCell::new(None)),
                latest: Rc::new(RefCell::new(None)),
                notices,
                timer: Rc::new(RefCell::new(None)),
            })
            .clone()
    };
    {
        let (workspace, read, sync) = (workspace.clone(), storage_read.clone(), sync.clone());
        use_effect_with((), move |_| {
            read.set(true);
            let Some(shelf) = local::shelf() else {
                sync.notices.dispatch(NoticeAction::Add(vec![StorageNotice {
                    id: 0,
                    message: "This browser does not let Spillover keep your sandbox between visits (a private window, or a page embedded in another). Save it as a file to keep it.".into(),
                    download: None,
                    forget: None,
                }]));
                return Box::new(|| ()) as Box<dyn FnOnce()>;
            };
            let (keeper, store, notes) = Keeper::open(&shelf, &workspace.tab);
            *sync.keeper.borrow_mut() = Some(keeper);
            workspace.dispatch(WorkAction::Restore(store));
            if !notes.is_empty() {
                let list = notes.iter().map(StorageNotice::of).collect();
                sync.notices.dispatch(NoticeAction::Add(list));
            }
            let window = gloo::utils::window();
            let on_storage = {
                let sync = sync.clone();
                EventListener::new(&window, "storage", move |e| {
                    let key = event_key(e);
                    if key.as_deref().is_none_or(|k| k.starts_with(PREFIX)) {
                        sync.pick_up(key);
                    }
                })
            };
            let on_hide = {
                let sync = sync.clone();
                EventListener::new(&window, "pagehide", move |_| sync.flush())
            };
            let on_hidden = {
                let sync = sync.clone();
                EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                    if hidden() {
                        sync.flush();
                    }
                })
            };
            // A page back from the browser's back-forward cache missed what other tabs wrote.
            let on_show = {
                let sync = sync.clone();
                EventListener::new(&window, "pageshow", move |e| {
                    let persisted = js_sys::Reflect::get(e, &JsValue::from_str("persisted"));
                    if persisted.ok().and_then(|p| p.as_bool()) == Some(true) {
                        sync.pick_up(None);
                    }
                })
            };
            Box::new(move || drop((on_storage, on_hide, on_hidden, on_show))) as Box<dyn FnOnce()>
        });
    }
    {
        let (workspace, sync) = (workspace.clone(), sync.clone());
        use_effect_with(workspace.revision, move |revision| {
            // Revision 0 is the workspace before storage was read into it: writing it would
            // delete what storage holds.
            if *revision > 0 {
                *sync.latest.borrow_mut() = Some(workspace);
                let later = sync.clone();
                *sync.timer.borrow_mut() = Some(Timeout::new(400, move || later.flush()));
            }
        });
    }
    *storage_read
}

/// Indices into the sandbox change with its edits: what pointed at them is let go. Only on a
/// change of the sandbox, not when the page opens (a link may have selected someone).
#[hook]
fn use_let_go_on_edit(
    state: &State,
    dispatch: &Callback<Action>,
    workspace: &UseReducerHandle<Workspace>,
) {
    let seen_revision = use_mut_ref(|| None::<(u64, Option<String>)>);
    let dispatch = dispatch.clone();
    let (selected, what_if, sandbox) = (
        state.selected,
        state.what_if.clone(),
        state.shown.is_sandbox(),
    );
    use_effect_with(
        (workspace.revision, workspace.current.clone()),
        move |now| {
            let changed = seen_revision
                .borrow()
                .as_ref()
                .is_some_and(|was| was != now);
            *seen_revision.borrow_mut() = Some(now.clone());
            if sandbox && changed {
                if selected.is_some() {
                    dispatch.emit(Action::Select(None));
                }
                if !what_if.people.is_empty() {
                    dispatch.emit(Action::SetWhatIf(WhatIf {
                        people: Default::default(),
                        ..what_if
                    }));
                }
            }
        },
    );
}

/// Loading scenario files into the workspace and saving the open sandbox as one.
pub struct Files {
    /// Why the last file was not loaded, one line each; empty when it was.
    pub problems: UseStateHandle<Vec<String>>,
    /// Reads the files the reader chose or dropped (a scenario, or a network in one file or
    /// two CSV files), and opens them as a new sandbox.
    pub on_load: Callback<Vec<web_sys::File>>,
    /// Downloads the open sandbox as a scenario file.
    pub on_save: Callback<()>,
}

/// Loads and saves scenario files for `workspace`.
#[hook]
pub fn use_scenario_files(workspace: &UseReducerHandle<Workspace>) -> Files {
    let problems = use_state(Vec::<String>::new);
    let on_load = {
        let (workspace, problems) = (workspace.clone(), problems.clone());
        Callback::from(move |files: Vec<web_sys::File>| {
            crate::web::hooks::import::load(files, &workspace, &problems)
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
    Files {
        problems,
        on_load,
        on_save,
    }
}

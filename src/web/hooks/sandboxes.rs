//! The reader's sandboxes: the [`Workspace`] in a reducer, kept in localStorage, and the
//! scenario files loaded into it and saved from it.
//!
//! Storage is read once when the page opens and written a moment after each change; every way
//! that can fail becomes a [`StorageNotice`] and nothing is thrown away without the reader's
//! word. The workspace's rules (edits, history, names) are [`crate::sandbox`]'s; this module
//! only connects them to the browser.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::model::WhatIf;
use crate::sandbox::{WorkAction, Workspace};
use crate::view::state::{Action, State};
use crate::web::{browser, local};

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
pub struct StorageNotice {
    /// What happened, in words.
    pub message: String,
    /// Stored text that could not be read, offered for download.
    pub damaged: Option<String>,
}

/// The workspace and what the page shows about its storage.
pub struct Sandboxes {
    /// The reader's sandboxes.
    pub workspace: UseReducerHandle<Workspace>,
    /// A notice about storage, shown until dismissed.
    pub notice: UseStateHandle<Option<StorageNotice>>,
    /// Set while stored text could not be read, so it is not overwritten before the reader
    /// downloads it or forgets it.
    pub saving_blocked: Rc<RefCell<bool>>,
}

/// The reader's sandboxes, read from storage once and written back after each change. While
/// `state` shows the sandbox, the first one is made when there is none, and what pointed into
/// the sandbox (a selection, people's settings) is let go when an edit changes it.
#[hook]
pub fn use_sandboxes(state: &State, dispatch: &Callback<Action>) -> Sandboxes {
    let workspace = use_reducer(Workspace::default);
    let notice = use_state(|| None::<StorageNotice>);
    let saving_blocked = use_mut_ref(|| false);
    let storage_read = use_storage(&workspace, &notice, &saving_blocked);
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
    Sandboxes {
        workspace,
        notice,
        saving_blocked,
    }
}

/// Reads storage once into `workspace`, then writes it a moment after each change. True once
/// storage was read.
#[hook]
fn use_storage(
    workspace: &UseReducerHandle<Workspace>,
    notice: &UseStateHandle<Option<StorageNotice>>,
    blocked: &Rc<RefCell<bool>>,
) -> bool {
    let storage_read = use_state(|| false);
    {
        let (workspace, notice, blocked, read) = (
            workspace.clone(),
            notice.clone(),
            blocked.clone(),
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
    let save_timer = use_mut_ref(|| None::<Timeout>);
    {
        let (notice, blocked, timer) = (notice.clone(), blocked.clone(), save_timer.clone());
        let store = workspace.store();
        use_effect_with(workspace.revision, move |revision| {
            if *revision > 0 && !*blocked.borrow() {
                let text = crate::files::storage::encode(&store);
                *timer.borrow_mut() = Some(Timeout::new(400, move || {
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

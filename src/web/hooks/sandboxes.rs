//! The reader's sandboxes in the browser: the store's workspace kept in localStorage, and
//! scenario files loaded into it and saved from it.
//!
//! Storage is read once when the page opens ([`use_stored`]). After that, what this tab changed
//! is written a moment after each change and at once when the page is hidden or closed
//! (`visibilitychange`, `pagehide`), and what other tabs write is taken in as their `storage`
//! events arrive. When to write what, and how two tabs' changes are both kept, is [`Keeper`]'s;
//! this module connects it to the browser's timers and events. Everything the reader should know
//! becomes a [`StorageNotice`] in the store, and nothing is thrown away without the reader's word.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::files::storage::{Store, LEGACY_KEY, PREFIX};
use crate::sandbox::{Keeper, Note, Outcome, Workspace};
use crate::view::notices::{NoticeAction, StorageNotice};
use crate::view::page::Do;
use crate::web::browser;
use crate::web::browser::events::{hidden, on_document, on_window, persisted, storage_key};
use crate::web::browser::storage::{self as local, Local};
use crate::web::browser::time::Timer;

/// The notice for `note` (its id is given when it is shown).
fn notice(note: &Note) -> StorageNotice {
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

/// This tab's link to storage, shared by the timer and the browser's events.
#[derive(Clone)]
struct Sync {
    /// None until storage was read, and when the browser keeps nothing.
    keeper: Rc<RefCell<Option<Keeper>>>,
    /// The workspace as last drawn.
    latest: Rc<RefCell<Option<Workspace>>>,
    /// Where what other tabs did goes: the store of the latest render.
    send: Rc<RefCell<Callback<Do>>>,
    timer: Rc<RefCell<Option<Timer>>>,
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
        let send = self.send.borrow().clone();
        for action in out.actions {
            send.emit(Do::from(action));
        }
        if !out.notes.is_empty() {
            let list = out.notes.iter().map(notice).collect();
            send.emit(Do::Notice(NoticeAction::Add(list)));
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

/// What storage kept when the page opened: the sandboxes (`None` when the browser keeps
/// nothing) and what to tell the reader about them.
pub struct Opened {
    /// The sandboxes kept.
    pub store: Option<Store>,
    /// What to tell the reader.
    pub notices: Vec<StorageNotice>,
}

/// This tab's link to storage: read once, as the page opens (before its first drawing, so an
/// address can name the sandbox's people), then kept in step by [`use_storage`].
pub struct Storage {
    sync: Sync,
    /// What storage kept when the page opened.
    pub opened: Rc<Opened>,
}

/// Reads storage, once for the page's life.
#[hook]
pub fn use_stored(tab: &str) -> Storage {
    let tab = tab.to_string();
    let once = use_mut_ref(move || {
        let sync = Sync {
            keeper: Rc::new(RefCell::new(None)),
            latest: Rc::new(RefCell::new(None)),
            send: Rc::new(RefCell::new(Callback::noop())),
            timer: Rc::new(RefCell::new(None)),
        };
        let opened = match local::shelf() {
            None => Opened {
                store: None,
                notices: vec![StorageNotice {
                    id: 0,
                    message: "This browser does not let Spillover keep your sandbox between visits (a private window, or a page embedded in another). Save it as a file to keep it.".into(),
                    download: None,
                    forget: None,
                }],
            },
            Some(shelf) => {
                let (keeper, store, notes) = Keeper::open(&shelf, &tab);
                *sync.keeper.borrow_mut() = Some(keeper);
                Opened {
                    store: Some(store),
                    notices: notes.iter().map(notice).collect(),
                }
            }
        };
        Storage {
            sync,
            opened: Rc::new(opened),
        }
    });
    let once = once.borrow();
    Storage {
        sync: once.sync.clone(),
        opened: once.opened.clone(),
    }
}

/// Keeps storage and the store's workspace (`work`) in step: writes a moment after each change
/// and when the page is hidden, and takes in other tabs' changes, which go to `send`.
#[hook]
pub fn use_storage(storage: &Storage, work: &Workspace, send: &Callback<Do>) {
    let sync = storage.sync.clone();
    *sync.send.borrow_mut() = send.clone();
    {
        let sync = sync.clone();
        use_effect_with((), move |_| {
            let on_storage = {
                let sync = sync.clone();
                on_window("storage", move |e| {
                    let key = storage_key(e);
                    if key.as_deref().is_none_or(|k| k.starts_with(PREFIX)) {
                        sync.pick_up(key);
                    }
                })
            };
            let on_hide = {
                let sync = sync.clone();
                on_window("pagehide", move |_| sync.flush())
            };
            let on_hidden = {
                let sync = sync.clone();
                on_document("visibilitychange", move |_| {
                    if hidden() {
                        sync.flush();
                    }
                })
            };
            // A page back from the browser's back-forward cache missed what other tabs wrote.
            let on_show = on_window("pageshow", move |e| {
                if persisted(e) {
                    sync.pick_up(None);
                }
            });
            move || drop((on_storage, on_hide, on_hidden, on_show))
        });
    }
    // The workspace is shared scenarios and their histories: a copy is pointers.
    let latest = work.clone();
    use_effect_with(work.revision, move |_| {
        *sync.latest.borrow_mut() = Some(latest);
        let later = sync.clone();
        *sync.timer.borrow_mut() = Some(Timer::after(400, move || later.flush()));
    });
}

/// Loading scenario files into the workspace and saving the open sandbox as one.
pub struct Files {
    /// Reads the files the reader chose or dropped (a scenario, or a network in one file or
    /// two CSV files), and opens them as a new sandbox.
    pub on_load: Callback<Vec<web_sys::File>>,
    /// Downloads the open sandbox as a scenario file.
    pub on_save: Callback<()>,
}

/// Loads and saves scenario files for the workspace `work`.
#[hook]
pub fn use_scenario_files(work: &Workspace, send: &Callback<Do>) -> Files {
    let on_load = {
        let send = send.clone();
        use_callback((), move |files: Vec<web_sys::File>, _| {
            crate::web::hooks::import::load(files, &send)
        })
    };
    let open = work.open().map(|h| h.shared().clone());
    let on_save = use_callback(open.map(super::Same), |_: (), open| {
        if let Some(s) = open.as_ref().map(|s| &s.0) {
            let name = format!("{}.json", crate::sandbox::new_id(s, &s.title));
            let _ = browser::files::download(
                &name,
                "application/json",
                crate::files::scenario::to_json(s).as_bytes(),
            );
        }
    });
    Files { on_load, on_save }
}

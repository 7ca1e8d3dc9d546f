//! "Your data"'s effects: reading the files a reader picks or drops, and keeping the export on
//! this device only while they chose to.
//!
//! A reading is `files::mine::parts::read_watched` over the browser's files
//! ([`files::Slices`]): each ZIP's tail and directory, then each wanted file, every range a
//! promise of `Blob.slice(a, b).arrayBuffer()`, so the page answers between any two steps and
//! only the ranges asked for are ever in memory. Each step goes to the store as it is taken
//! (for the words "Reading the export: 3 of 12 files"), under the reading's id, so a reading
//! replaced by a newer one, or forgotten, changes nothing when it ends. Nothing here sends
//! anything anywhere: the files are read where they are.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::files::mine::{kept, parts};
use crate::present::mine_view;
use crate::view::mine::{Export, MineAction};
use crate::view::page::Do;
use crate::web::browser::files::{self, Dropped, Given};
use crate::web::browser::storage;
use crate::web::browser::time::spawn;

thread_local! {
    /// The last reading's id: one counter for the page's life, so no two readings share one.
    static READINGS: Cell<u32> = const { Cell::new(0) };
}

/// Reads the export `given` (a picker's files), telling the store each step.
pub fn read(given: Vec<Given>, send: &Callback<Do>) {
    if given.is_empty() {
        return;
    }
    let id = start(send);
    let send = send.clone();
    spawn(run(id, given, send));
}

/// Reads what was `dropped`: its folders walked first.
pub fn read_dropped(dropped: Dropped, send: &Callback<Do>) {
    if dropped.is_empty() {
        return;
    }
    let id = start(send);
    let send = send.clone();
    spawn(async move {
        match files::walk(dropped).await {
            Ok(given) => run(id, given, send).await,
            Err(why) => {
                let refused = crate::core::mine::Mine {
                    refusal: Some(why),
                    ..Default::default()
                };
                send.emit(Do::Mine(MineAction::Done(id, Rc::new(refused))));
            }
        }
    });
}

fn start(send: &Callback<Do>) -> u32 {
    let id = READINGS.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    send.emit(Do::Mine(MineAction::Started(id)));
    id
}

async fn run(id: u32, given: Vec<Given>, send: Callback<Do>) {
    let parts = given.into_iter().map(Given::part).collect();
    let told = send.clone();
    let mine = parts::read_watched(parts, move |p| {
        told.emit(Do::Mine(MineAction::Step(id, p)));
    })
    .await;
    send.emit(Do::Mine(MineAction::Done(id, Rc::new(mine))));
}

/// The action that restores the export kept on this device, if the reader kept one: the
/// export, or why it cannot be shown.
pub fn restored() -> Option<MineAction> {
    let text = storage::kept_export()?;
    Some(match kept::read(&text) {
        Ok(mine) => MineAction::Restored(Rc::new(mine)),
        Err(why) => MineAction::KeepFailed(mine_view::kept_unreadable(&why)),
    })
}

/// Keeps the export on this device while the reader has "Keep on this device" chosen, and
/// deletes the kept copy when they unchoose it, when a new export replaces the kept one, and on
/// every "Forget". An export never kept is never written.
#[hook]
pub fn use_kept(export: &Export, send: &Callback<Do>) {
    let last = use_mut_ref(|| (export.kept, export.forgotten));
    let key = (
        export.kept,
        export.mine().cloned().map(Same),
        export.forgotten,
    );
    let send = send.clone();
    use_effect_with(key, move |(kept, mine, forgotten)| {
        let (was_kept, was_forgotten) = *last.borrow();
        if *kept {
            if let Some(Same(mine)) = mine {
                if let Err(why) = storage::keep_export(&kept::write(mine)) {
                    send.emit(Do::Mine(MineAction::KeepFailed(why)));
                }
            }
        } else if was_kept || *forgotten != was_forgotten {
            storage::forget_export();
        }
        *last.borrow_mut() = (*kept, *forgotten);
    });
}

//! The sandbox: editing a scenario one checked step at a time, with undo and redo.
//!
//! `edit` holds the changes a reader can make ([`Edit`]) and [`apply`], which checks every
//! result with the scenario file's own validation, so the sandbox never holds a scenario a file
//! could not; `bulk` applies a rule to a seeded share of people in one edit ([`pick`]);
//! `history` keeps a bounded undo and redo ([`History`]); `workspace` keeps every named sandbox
//! and which one is open ([`Workspace`]); `keep` writes what a tab changed to storage and takes
//! in what other tabs wrote, losing neither ([`Keeper`]); `starter` is a sandbox to start a
//! lesson from. Nothing here draws or stores: the web layer shows the sandbox and keeps it in the
//! browser through [`crate::files::storage`].

mod bulk;
mod edit;
mod history;
mod keep;
pub mod starter;
mod workspace;

pub use bulk::pick;
pub use edit::{
    apply, apply_checking_everything, empty, name_in_use, new_id, typed_date, typed_interval, Edit,
    Field, Refusal, StepDraft, Timed,
};
pub use history::History;
pub use keep::{Keeper, Note, Outcome};
pub use workspace::{describe_edit, Change, Done, WorkAction, Workspace};

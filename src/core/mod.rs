//! The core: what a scenario is and what the rules make of it, with no words and no formats.
//!
//! [`date`] counts days; [`model`] is the validated, indexed scenario (and the what-if switches a
//! story step may carry); [`whatif`] rewrites a scenario under those switches; [`engine`] applies
//! the exposure rules of the scenario format at a date or over time; [`mine`] holds a
//! reader's own export as read, and its figures. Nothing here knows JSON, the
//! browser or a reader's language: the files layer builds a [`model::Scenario`], the
//! presentation layer turns results into words and pictures.

pub mod date;
pub mod engine;
pub mod mine;
pub mod model;
pub mod scale;
pub mod whatif;

//! Spillover shows how personal data reached companies people never dealt with.
//!
//! The crate is a pure core with a thin browser layer. A scenario file ([`scenario_file`]) is
//! read into an indexed [`model::Scenario`]; the [`engine`] evaluates the exposure rules of
//! MODEL.md at a date; [`explain`] and [`figures`] turn a result into words and counts;
//! [`report`] is the command line's JSON. [`layout`] places the graph and [`scene`] decides
//! what to draw, still without a browser. Only [`web`], compiled for `wasm32` alone, knows
//! Yew and the DOM: nothing else in the crate imports a browser crate, and the compiler
//! enforces that, because those crates are dependencies of the `wasm32` target only.

pub mod app;
pub mod builtin;
pub mod date;
pub mod embed;
pub mod engine;
pub mod explain;
pub mod export;
pub mod figures;
pub mod layout;
pub mod link;
pub mod model;
pub mod report;
pub mod route;
pub mod sandbox;
pub mod scenario_file;
pub mod scene;
pub mod storage;
pub mod table;
pub mod timeline;
pub mod whatif;
pub mod why;

#[cfg(target_arch = "wasm32")]
pub mod web;

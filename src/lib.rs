//! Spillover shows how personal data reached companies people never dealt with.
//!
//! The crate is layered, and its folders are the layers. Each may use the ones listed before it,
//! never one after it (`tests/core/tidy.rs` checks this):
//!
//! 1. [`core`]: dates, the validated scenario, what-if switches and the exposure engine; a
//!    reader's own export as read.
//! 2. [`catalogue`]: every word a reader sees, as Project Fluent messages in each language
//!    (`static/words/`), said by id with named arguments (`say!`, `word!`).
//! 3. [`files`]: the scenario file format (read, checked, written), the sandbox store, links that
//!    carry a scenario, the built-in scenarios; ZIPs read a range at a time and a reader's own
//!    Facebook export.
//! 4. [`present`]: words, figures, layout, the scene to draw, the time line, tables and exports.
//! 5. [`sandbox`]: checked edits of a scenario, undo and redo, and the named sandboxes.
//! 6. [`view`]: the state of the page, its link and its embed snippet.
//! 7. `web`: compiled for `wasm32` alone, the only place that knows Yew and the DOM. The browser
//!    crates are dependencies of the `wasm32` target only, so the compiler also guards that line.

pub mod catalogue;
pub mod core;
pub mod files;
pub mod present;
pub mod sandbox;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod web;

//! The view: what the page shows and how that is written into a link, still with no browser.
//!
//! [`state`] is the one view state and its `apply(action)`; [`route`] reads and writes it in the
//! URL hash; [`embed`] writes the snippet an article pastes. The web layer renders this state and
//! sends it actions; everything here is tested natively.

pub mod embed;
pub mod route;
pub mod scale;
pub mod state;
pub mod still;

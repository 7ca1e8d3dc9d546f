//! The view: what the page shows and how that is written into a link, still with no browser.
//!
//! [`page`] is the page's one store and its `apply(action)`: the scenarios' view ([`state`]),
//! the sandboxes, "At scale" ([`scale`]), "Your data" and the reader's export ([`mine`]), the
//! notices ([`notices`]); [`route`] reads and writes
//! the view in the URL hash; [`embed`] writes the snippet an article pastes; [`handout`] a story's printed pages. The web layer
//! renders the store and sends it actions; everything here is tested natively.

pub mod derive;
pub mod embed;
pub mod handout;
pub mod mine;
pub mod notices;
pub mod page;
pub mod route;
pub mod scale;
pub mod screen;
pub mod state;
pub mod still;

//! Presentation: what a reader is shown of a result, in words, numbers and pictures, with no
//! browser.
//!
//! Every word comes from [`crate::catalogue`], the Fluent messages of `static/words/` (`say!`, `word!`).
//! [`explain`] and [`why`] say why a company holds a piece of data; [`figures`] counts;
//! [`headline`] says what a scenario comes to; [`switches`] which what-ifs change anything; [`words`]
//! holds the small shared phrasing helpers; [`layout`] places the graph (big networks by
//! [`force`]'s Barnes-Hut simulation over a [`quadtree`], the index hit testing uses too) and
//! [`scene`] decides what to draw, [`labels`] where the SVG graph writes its names and how big
//! a finger's target is, [`detail`] how much of it a canvas shows at a zoom;
//! [`timeline`] gives the date slider its eras; [`table`] the table view's rows;
//! [`paging`] cuts long lists into pages and filters them by name; [`search`] finds people and
//! companies by name; [`entries`] puts the sandbox's entries in words; [`export`] writes the
//! picture as SVG and the facts as CSV; [`first_screen`] the opening view as still HTML for `index.html`; [`report`] is the command line's JSON; [`mine`] the words and figures of a reader's own export ("Your data"), [`mine_view`] the
//! words around them on the page and the files it saves, [`mine_graph`] its pictures; [`story`] the words of a story's steps, its part of the sandbox, presenting and printing. It reads
//! the core and the files layer, never the view.

pub mod community;
pub mod detail;
pub mod effect;
pub mod entries;
pub mod explain;
pub mod export;
pub mod figures;
pub mod first_screen;
pub mod force;
pub mod guess;
pub mod headline;
pub mod labels;
pub mod layout;
pub mod mine;
pub mod mine_graph;
pub mod mine_view;
pub mod paging;
pub mod point;
pub mod quadtree;
pub mod raster;
pub mod report;
pub mod scale;
pub mod scene;
pub mod search;
pub mod story;
pub mod style;
pub mod switches;
pub mod table;
pub mod timeline;
pub mod why;
pub mod words;

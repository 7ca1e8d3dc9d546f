//! The page's parts, each a Yew function component that gets data and callbacks as props and
//! never sees the root's reducer.
//!
//! [`explorer`] and [`embedded`] are the two bodies the root chooses between; [`stage`] holds
//! what both show; the rest are the panels, the graph, the table and the sandbox's [`editor`].

pub mod bulk;
pub mod canvas;
pub mod combobox;
pub mod editor;
pub mod embedded;
pub mod explorer;
pub mod exports;
pub mod graph;
pub mod handout;
pub mod import;
pub mod mine;
pub mod notices;
pub mod pager;
pub mod panels;
pub mod picker;
pub mod present;
pub mod scale;
pub mod search;
pub mod share;
pub mod stage;
pub mod story;
pub mod table;
pub mod top_bar;
pub mod whatif;
pub mod why;

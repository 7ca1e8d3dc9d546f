//! The page's parts, each a Yew function component that gets data and callbacks as props and
//! never sees the root's reducer.

pub mod editor;
pub mod exports;
pub mod graph;
pub mod panels;
pub mod share;
pub mod story;
pub mod table;
pub mod whatif;
pub mod why;

//! Files: the scenario format and every other shape Spillover's data takes outside memory.
//!
//! [`scenario`] reads, checks and writes scenario files (format version 1); [`storage`] is the
//! envelope the sandboxes are kept in; [`link`] packs a whole scenario into a link; [`builtin`]
//! holds the built-in scenarios' bytes; [`network`] reads friend networks from the formats
//! research data and network tools use (edge lists, CSV, GraphML, GEXF) and writes GraphML and GEXF;
//! [`zip`] reads ZIP files a byte range at a time, driven by a caller that fetches the ranges,
//! and [`mine`] reads a reader's own Facebook export (its ZIPs, its folder, its JSON files) into
//! [`crate::core::mine::Mine`]; [`limits`] holds the largest network any of them takes, and
//! the largest file of an export. Everything here depends on the core alone, and nothing
//! here computes exposure or writes words for a reader beyond the problems it reports.

pub mod builtin;
pub mod generated;
pub mod limits;
pub mod link;
pub mod mine;
pub mod network;
pub mod scenario;
pub mod storage;
pub mod zip;

/// A date read from a file, or the problem with it in the reader's language: "\"2014-13-01\"
/// is not a day of the calendar". The core reads dates and knows no words; this says why one
/// was refused.
pub fn read_date(text: &str) -> Result<crate::core::date::Date, String> {
    use crate::core::date::{Date, NotADate};
    Date::parse(text).map_err(|why| match why {
        NotADate::Shape => crate::say!("problem-date-shape", text = text),
        NotADate::NoSuchDay => crate::say!("problem-date-calendar", text = text),
    })
}

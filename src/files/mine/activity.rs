//! Off-Facebook activity: what companies told Facebook you did on their apps and sites.
//! `ads_and_businesses/your_off-facebook_activity.json` (2019 to 2020), then
//! `apps_and_websites_off_of_facebook/your_off-facebook_activity.json` and
//! `your_activity_off_meta_technologies.json`: an object whose `off_facebook_activity` or
//! `off_facebook_activity_v2` lists `{name, events: [...]}`; since 2026, a list of
//! `{title, label_values: [{label, vec: [...]}, ...]}`. The labels are in the account's
//! language, so the events are the first labelled value that is a list (`vec`), whatever
//! its label says.

use serde::Deserialize;

use super::json::{self, repair, Count};
use super::Rows;
use crate::core::mine::Company;
use crate::say;

#[derive(Deserialize)]
struct File {
    off_facebook_activity: Option<Vec<Row>>,
    off_facebook_activity_v2: Option<Vec<Row>>,
}

#[derive(Deserialize)]
struct Row {
    name: Option<String>,
    title: Option<String>,
    events: Option<Count>,
    label_values: Option<Vec<Labelled>>,
}

#[derive(Deserialize)]
struct Labelled {
    vec: Option<Count>,
}

/// The companies in `bytes` with their events, in the file's order; rows without a name are
/// counted, not kept.
pub(super) fn read(bytes: &[u8]) -> Result<Rows<Company>, String> {
    let rows: Vec<Row> = if json::starts_with_list(bytes) {
        json::parse(bytes)?
    } else {
        let file: File = json::parse(bytes)?;
        match (file.off_facebook_activity, file.off_facebook_activity_v2) {
            (None, None) => return Err(say!("export-no-activity-lists")),
            (a, b) => a.into_iter().chain(b).flatten().collect(),
        }
    };
    let mut out = Rows::default();
    for r in rows {
        let events = r.events.map(|c| c.0).unwrap_or_else(|| {
            r.label_values
                .iter()
                .flatten()
                .find_map(|l| l.vec)
                .map_or(0, |c| c.0)
        });
        match r
            .name
            .or(r.title)
            .map(repair)
            .filter(|n| !n.trim().is_empty())
        {
            Some(name) => out.rows.push(Company { name, events }),
            None => out.unnamed += 1,
        }
    }
    Ok(out)
}

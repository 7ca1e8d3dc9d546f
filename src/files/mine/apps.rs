//! Apps and sites connected with Facebook login: `apps_and_websites/apps_and_websites.json`
//! (2018 to 2020), then under `apps_and_websites_off_of_facebook/`, `apps_and_websites.json` or
//! `connected_apps_and_websites.json`: an object whose `installed_apps` or `installed_apps_v2`
//! lists `{name, added_timestamp, removed_timestamp, category}`. The same app may come twice
//! (once removed, once inactive); [`super::Reading`] keeps one of each name.

use serde::Deserialize;

use super::json::{self, repair, Stamp};
use super::Rows;
use crate::core::mine::App;
use crate::say;

#[derive(Deserialize)]
struct File {
    installed_apps: Option<Vec<Row>>,
    installed_apps_v2: Option<Vec<Row>>,
}

#[derive(Deserialize)]
struct Row {
    name: Option<String>,
    added_timestamp: Option<Stamp>,
    removed_timestamp: Option<Stamp>,
}

/// The apps in `bytes`, in the file's order; rows without a name are counted, not kept.
pub(super) fn read(bytes: &[u8]) -> Result<Rows<App>, String> {
    if json::starts_with_list(bytes) {
        return Err(say!("export-apps-list"));
    }
    let file: File = json::parse(bytes)?;
    let rows = match (file.installed_apps, file.installed_apps_v2) {
        (None, None) => return Err(say!("export-no-apps-lists")),
        (a, b) => a.into_iter().chain(b).flatten(),
    };
    let mut out = Rows::default();
    for r in rows {
        match r.name.map(repair).filter(|n| !n.trim().is_empty()) {
            Some(name) => out.rows.push(App {
                name,
                added: r.added_timestamp.and_then(|t| t.0),
                removed: r.removed_timestamp.and_then(|t| t.0),
            }),
            None => out.unnamed += 1,
        }
    }
    Ok(out)
}

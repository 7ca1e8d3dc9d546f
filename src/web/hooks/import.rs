//! Reading the files a reader picks or drops: one scenario file, or a friend network in one
//! file (an edge list, CSV, GraphML, GEXF) or two CSV files (people and friendships). Whatever
//! reads becomes a new sandbox, as loading a scenario file does; whatever does not is listed
//! with its file, line and column, and the reader's work stays as it was.
//!
//! The formats and their checks are [`crate::files::network`]'s and [`crate::files::scenario`]'s;
//! the size limit is [`crate::files::limits`]'s, checked on the file's size before a byte is read.

use yew::prelude::*;

use crate::files::network::{self, Input};
use crate::files::{limits, scenario};
use crate::sandbox::WorkAction;
use crate::view::page::Do;
use crate::web::browser;

/// Reads `files` and opens what they hold as a new sandbox, or tells the store why not.
pub fn load(files: Vec<web_sys::File>, send: &Callback<Do>) {
    if files.is_empty() {
        return;
    }
    for file in &files {
        if let Err(message) = limits::file_size(&file.name(), file.size() as u64) {
            send.emit(Do::Problems(vec![message]));
            return;
        }
    }
    let send = send.clone();
    browser::time::spawn(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in &files {
            let name = file.name();
            let text = browser::files::text(file).await;
            match text {
                Some(text) => read.push((name, text)),
                None => {
                    send.emit(Do::Problems(vec![format!(
                        "{name} could not be read as text."
                    )]));
                    return;
                }
            }
        }
        match open(&read) {
            Ok((name, scenario)) => {
                send.emit(Do::Problems(Vec::new()));
                send.emit(Do::from(WorkAction::New { name, scenario }));
                // A file dropped on a story opens where it went.
                send.emit(Do::Build);
            }
            Err(list) => send.emit(Do::Problems(list)),
        }
    });
}

/// The sandbox's name and scenario that the files `(name, text)` hold, or their problems.
fn open(files: &[(String, String)]) -> Result<(String, crate::core::model::Scenario), Vec<String>> {
    if let [(name, text)] = files {
        if network::is_scenario(name, text) {
            return match scenario::parse(text) {
                Ok(s) => Ok((s.title.clone(), s)),
                Err(list) => Err(list.iter().map(|p| format!("{name}: {p}")).collect()),
            };
        }
    }
    let inputs: Vec<Input<'_>> = files
        .iter()
        .map(|(name, text)| Input { name, text })
        .collect();
    match network::import(&inputs) {
        Ok(imported) => Ok((imported.scenario.title.clone(), imported.scenario)),
        Err(list) => Err(list.iter().map(ToString::to_string).collect()),
    }
}

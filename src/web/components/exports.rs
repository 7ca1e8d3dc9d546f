//! The export buttons: the picture as PNG or SVG, the table as CSV.

use std::rc::Rc;

use yew::prelude::*;

use crate::present::layout::Layout;
use crate::present::scene::Scene;
use crate::web::browser;
use crate::{say, word};

#[derive(Properties)]
pub struct ExportProps {
    pub scene: Rc<Scene>,
    /// Where the scene's nodes are now.
    pub layout: Rc<Layout>,
    pub title: String,
    /// Date and mode, under the title.
    pub subtitle: String,
    /// Sources, one line each.
    pub sources: Rc<Vec<String>>,
    /// The start of each file's name: `spillover-friends-2014-01-01`.
    pub file_stem: String,
    /// The result table as CSV, made when asked for.
    pub csv: Callback<(), String>,
}

/// The scene and layout by pointer: each is made once per change, and comparing a big
/// network's whole scene on every render took milliseconds.
impl PartialEq for ExportProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scene, &other.scene)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.title == other.title
            && self.subtitle == other.subtitle
            && self.sources == other.sources
            && self.file_stem == other.file_stem
            && self.csv == other.csv
    }
}

#[component]
pub fn Exports(props: &ExportProps) -> Html {
    // Local: what became of the last download the reader asked for.
    let status = use_state(String::new);
    // The picture is made when asked for: a big network's SVG is megabytes, too much to
    // write on every render.
    let picture = {
        let (scene, layout, title, subtitle, sources) = (
            props.scene.clone(),
            props.layout.clone(),
            props.title.clone(),
            props.subtitle.clone(),
            props.sources.clone(),
        );
        Rc::new(move || crate::present::export::svg((&scene, &layout), &title, &subtitle, &sources))
    };
    let report =
        |status: &UseStateHandle<String>, result: Result<(), wasm_bindgen::JsValue>, what: &str| {
            status.set(match result {
                Ok(()) => say!("save-done", what = what),
                Err(_) => say!("save-failed", what = what),
            });
        };
    let svg = {
        let (status, picture, name) = (
            status.clone(),
            picture.clone(),
            format!("{}.svg", props.file_stem),
        );
        Callback::from(move |_: MouseEvent| {
            report(
                &status,
                browser::files::download(&name, "image/svg+xml", picture().as_bytes()),
                word!("save-svg"),
            )
        })
    };
    let png = {
        let (status, picture, name) = (status.clone(), picture, format!("{}.png", props.file_stem));
        Callback::from(move |_: MouseEvent| {
            let (status, svg, name) = (status.clone(), picture(), name.clone());
            // The picture's size is in its first line: width="1000" height="…".
            let height = svg
                .split("height=\"")
                .nth(1)
                .and_then(|h| h.split('"').next())
                .and_then(|h| h.parse::<f64>().ok())
                .unwrap_or(800.0) as u32;
            browser::time::spawn(async move {
                let result = browser::files::download_png(&name, &svg, 1000, height).await;
                report(&status, result, word!("save-png"));
            });
        })
    };
    let csv = {
        let (status, make, name) = (
            status.clone(),
            props.csv.clone(),
            format!("{}.csv", props.file_stem),
        );
        Callback::from(move |_: MouseEvent| {
            let text = make.emit(());
            report(
                &status,
                browser::files::download(&name, "text/csv", text.as_bytes()),
                word!("save-csv"),
            )
        })
    };
    html! {
        <div class="exports" role="group" aria-label={word!("save")}>
            <span class="exports-label">{ word!("save-label") }</span>
            <button type="button" onclick={png}>{ word!("save-png") }</button>
            <button type="button" onclick={svg}>{ word!("save-svg") }</button>
            <button type="button" onclick={csv}>{ word!("save-csv") }</button>
            <span class="exports-status" role="status">{ (*status).clone() }</span>
        </div>
    }
}

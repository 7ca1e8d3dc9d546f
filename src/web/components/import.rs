//! Saving the open sandbox's network for network tools: "Save as GEXF" (Gephi) and "Save as
//! GraphML" (Cytoscape, yEd, networkx). The files are [`crate::files::network`]'s exports,
//! named after the sandbox as "Save as file" names its scenario file.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::model::Scenario;
use crate::files::network::{to_gexf, to_graphml};
use crate::web::browser;

/// What "Load a file" offers to pick: scenario files and every network format read
/// (`files::network::Format::ALL`'s endings).
pub fn accept() -> String {
    format!(
        ".json,application/json,text/csv,{}",
        crate::files::network::picker_endings()
    )
}

/// The scenario whose network is saved.
#[derive(Properties, PartialEq)]
pub struct SaveNetworkProps {
    /// The open sandbox's scenario.
    pub scenario: Rc<Scenario>,
}

/// Two buttons that download the network as GEXF and as GraphML.
#[component]
pub fn SaveNetwork(props: &SaveNetworkProps) -> Html {
    let save = |ending: &'static str, mime: &'static str, write: fn(&Scenario) -> String| {
        let s = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("{}.{ending}", crate::sandbox::new_id(&s, &s.title));
            let _ = browser::files::download(&name, mime, write(&s).as_bytes());
        })
    };
    html! {
        <>
            <button type="button" onclick={save("gexf", "application/gexf+xml", to_gexf)}>{ crate::word!("save-gexf") }</button>
            <button type="button" onclick={save("graphml", "application/graphml+xml", to_graphml)}>{ crate::word!("save-graphml") }</button>
        </>
    }
}

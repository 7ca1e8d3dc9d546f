//! GraphML, as Gephi, Cytoscape, yEd and networkx write it: `<key>`s name the data, `<node>`s
//! carry an id and data (a `label` or `name` is the person's name, yEd's `NodeLabel` too), and
//! `<edge>`s join a `source` and a `target`. Edges count as friendships whichever way they
//! point. Data Spillover has no place for is left alone; nested graphs and hyperedges too.

use std::collections::HashMap;

use roxmltree::Node;

use super::xml::{self, children};
use super::{Builder, Format};
use crate::say;

/// Reads `text` into `b`.
pub(super) fn read(text: &str, b: &mut Builder) {
    let Some(doc) = xml::document(text, b, (Format::GraphMl, "graphml")) else {
        return;
    };
    let root = doc.root_element();
    let keys: HashMap<&str, String> = children(root, "key")
        .filter_map(|k| {
            let id = k.attribute("id")?;
            Some((id, xml::normal(k.attribute("attr.name").unwrap_or(id))))
        })
        .collect();
    let Some(graph) = children(root, "graph").next() else {
        b.problem(
            xml::at(&doc, root),
            say!("network-no-graph", format = "GraphML"),
        );
        return;
    };
    xml::add_nodes(b, &doc, children(graph, "node"), |node| {
        let mut data = data(node, &keys);
        let label = data.remove("label").or_else(|| data.remove("name"));
        (label, xml::kind(data.get("kind").map(String::as_str)))
    });
    xml::add_edges(b, &doc, children(graph, "edge"), |edge| data(edge, &keys));
}

/// The `<data>` of an element, by the normalised name of its key. yEd's graphics data counts
/// as a `label` when it holds a `NodeLabel`.
fn data(element: Node<'_, '_>, keys: &HashMap<&str, String>) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for d in children(element, "data") {
        let Some(key) = d.attribute("key") else {
            continue;
        };
        let name = keys.get(key).cloned().unwrap_or_else(|| xml::normal(key));
        if d.children().any(|c| c.is_element()) {
            if let Some(label) = d.descendants().find(|n| n.tag_name().name() == "NodeLabel") {
                out.entry("label".to_string())
                    .or_insert_with(|| label.text().unwrap_or("").to_string());
            }
        } else {
            out.insert(name, d.text().unwrap_or("").to_string());
        }
    }
    out
}

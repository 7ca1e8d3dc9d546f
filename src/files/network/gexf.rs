//! GEXF, Gephi's own format: `<nodes>` with an `id` and a `label` each, `<edges>` joining a
//! `source` and a `target`, and typed attributes declared in `<attributes>` and given in
//! `<attvalues>`. Edges count as friendships whichever way they point. Visual data
//! (`viz:` colours, positions, sizes), dynamics and attributes Spillover has no place for are
//! left alone.

use std::collections::HashMap;

use roxmltree::Node;

use super::xml::{self, children};
use super::{Builder, Format};
use crate::say;

/// Reads `text` into `b`.
pub(super) fn read(text: &str, b: &mut Builder) {
    let Some(doc) = xml::document(text, b, (Format::Gexf, "gexf")) else {
        return;
    };
    let root = doc.root_element();
    let Some(graph) = children(root, "graph").next() else {
        b.problem(
            xml::at(&doc, root),
            say!("network-no-graph", format = "GEXF"),
        );
        return;
    };
    let titles = |class: &str| -> HashMap<String, String> {
        children(graph, "attributes")
            .filter(|a| a.attribute("class") == Some(class))
            .flat_map(|a| children(a, "attribute"))
            .filter_map(|a| {
                let id = a.attribute("id")?;
                Some((
                    id.to_string(),
                    xml::normal(a.attribute("title").unwrap_or(id)),
                ))
            })
            .collect()
    };
    let (node_titles, edge_titles) = (titles("node"), titles("edge"));
    let nodes = children(graph, "nodes").flat_map(|n| children(n, "node"));
    xml::add_nodes(b, &doc, nodes, |node| {
        let mut values = values(node, &node_titles);
        let label = node
            .attribute("label")
            .map(String::from)
            .or_else(|| values.remove("label"));
        (label, xml::kind(values.get("kind").map(String::as_str)))
    });
    xml::add_edges(
        b,
        &doc,
        children(graph, "edges").flat_map(|e| children(e, "edge")),
        |edge| values(edge, &edge_titles),
    );
}

/// An element's attribute values, by the normalised title of their attribute.
fn values(element: Node<'_, '_>, titles: &HashMap<String, String>) -> HashMap<String, String> {
    children(element, "attvalues")
        .flat_map(|v| children(v, "attvalue"))
        .filter_map(|v| {
            let id = v.attribute("for").or_else(|| v.attribute("id"))?;
            let title = titles.get(id).cloned().unwrap_or_else(|| xml::normal(id));
            Some((title, v.attribute("value").unwrap_or("").to_string()))
        })
        .collect()
}

//! What the GraphML and GEXF readers share: the checks before any work (counting elements,
//! parsing with line and column on a fault, the first element), where an element stands, the
//! loops over the nodes and the edges, and the words of a node's kind.
//!
//! `roxmltree` refuses a document type declaration by default, so no entity can expand a small
//! file into a huge one.

use roxmltree::{Document, Node};

use std::collections::HashMap;

use super::{At, Builder, Details, Format};
use crate::core::model::CompanyKind;
use crate::say;

/// The document, or `None` after reporting where it stops being XML.
pub(super) fn parse<'a>(text: &'a str, b: &mut Builder) -> Option<Document<'a>> {
    match Document::parse(text) {
        Ok(doc) => Some(doc),
        Err(roxmltree::Error::DtdDetected) => {
            b.problem((1, 1), say!("network-xml-doctype"));
            None
        }
        Err(e) => {
            let pos = e.pos();
            let message = e.to_string();
            // The parser's message ends with its own " at 3:5"; the position is given apart.
            let message = match message.rsplit_once(" at ") {
                Some((m, _)) => m.to_string(),
                None => message,
            };
            b.problem(
                (pos.row as usize, pos.col as usize),
                say!("network-xml", detail = message),
            );
            None
        }
    }
}

/// The document of a `format` file (GraphML, GEXF), checked before any work: no more nodes and
/// edges than the limits, well-formed XML, and `<root>` its first element; `None` after
/// reporting what is wrong.
pub(super) fn document<'a>(
    text: &'a str,
    b: &mut Builder,
    (format, root): (Format, &str),
) -> Option<Document<'a>> {
    if !b.within_limits(count(text, "node"), 0, count(text, "edge")) {
        return None;
    }
    let doc = parse(text, b)?;
    let first = doc.root_element();
    if first.tag_name().name() != root {
        b.problem(
            at(&doc, first),
            say!(
                "network-xml-root",
                format = format.name(),
                found = first.tag_name().name(),
                root = root
            ),
        );
        return None;
    }
    Some(doc)
}

/// Where `node` starts.
pub(super) fn at(doc: &Document<'_>, node: Node<'_, '_>) -> At {
    let pos = doc.text_pos_at(node.range().start);
    (pos.row as usize, pos.col as usize)
}

/// How many `<tag>` elements `text` holds, counted by their opening before any parsing.
pub(super) fn count(text: &str, tag: &str) -> usize {
    let open = format!("<{tag}");
    text.match_indices(&open)
        .filter(|(i, _)| {
            text[i + open.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_whitespace() || c == '>' || c == '/')
        })
        .count()
}

/// The child elements of `node` called `name` (in any namespace).
pub(super) fn children<'a, 'input: 'a>(
    node: Node<'a, 'input>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'input>> + 'a {
    node.children()
        .filter(move |n| n.is_element() && n.tag_name().name() == name)
}

/// Adds each of `nodes` as a person or company by its `id`, with the name and kind `read` finds
/// for it, until the builder is full. GraphML and GEXF differ only in where those stand.
pub(super) fn add_nodes<'a, 'input: 'a>(
    b: &mut Builder,
    doc: &Document<'input>,
    nodes: impl Iterator<Item = Node<'a, 'input>>,
    read: impl Fn(Node<'a, 'input>) -> (Option<String>, Option<CompanyKind>),
) {
    for node in nodes {
        if b.full() {
            return;
        }
        let at = at(doc, node);
        let Some(id) = node.attribute("id") else {
            b.problem(at, say!("network-xml-node-id"));
            continue;
        };
        let (label, kind) = read(node);
        b.node(id, label.as_deref(), kind, at);
    }
}

/// Adds each of `edges` as a friendship between its `source` and `target`, with the details
/// `values` reads from it (its `messages`, `from` and `until`), until the builder is full.
/// GraphML and GEXF differ only in where an edge's values stand.
pub(super) fn add_edges<'a, 'input: 'a>(
    b: &mut Builder,
    doc: &Document<'input>,
    edges: impl Iterator<Item = Node<'a, 'input>>,
    values: impl Fn(Node<'a, 'input>) -> HashMap<String, String>,
) {
    for edge in edges {
        if b.full() {
            return;
        }
        let at = at(doc, edge);
        let (Some(source), Some(target)) = (edge.attribute("source"), edge.attribute("target"))
        else {
            b.problem(at, say!("network-xml-edge-ends"));
            continue;
        };
        let ends = [source, target].map(|id| b.reference(id, at, false));
        if let [Some(x), Some(y)] = ends {
            let values = values(edge);
            let get = |k: &str| values.get(k).map(String::as_str);
            let details = Details {
                messages: get("messages"),
                from: get("from"),
                until: get("until"),
            };
            b.link([x, y], details, at);
        }
    }
}

/// A node's kind as Spillover's exports write it: `person`, or a company's kind.
pub(super) fn kind(word: Option<&str>) -> Option<CompanyKind> {
    match word.map(str::trim) {
        Some("company") => Some(CompanyKind::App),
        Some(w) => CompanyKind::parse(w),
        None => None,
    }
}

/// An attribute's name as compared: lower case, without spaces or underscores.
pub(super) fn normal(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

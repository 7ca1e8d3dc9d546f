//! The network of a scenario as GraphML and GEXF: people and companies as nodes (their ids,
//! their names as labels, a `kind` telling a person from each kind of company) and friendships
//! as undirected edges with `messages`, `from` and `until` where they are set. The readers of
//! this module's siblings take both back to the same people, companies and friendships.
//!
//! Grants, deals, transfers and people's settings are left out: network tools have no words for
//! them, and the scenario file keeps them.

use std::fmt::Write;

use crate::core::model::{Friendship, Scenario};

/// `s`'s network as GraphML.
pub fn to_graphml(s: &Scenario) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n",
        "  <key id=\"messages\" for=\"edge\" attr.name=\"messages\" attr.type=\"boolean\"/>\n",
        "  <key id=\"from\" for=\"edge\" attr.name=\"from\" attr.type=\"string\"/>\n",
        "  <key id=\"until\" for=\"edge\" attr.name=\"until\" attr.type=\"string\"/>\n",
    ));
    let _ = writeln!(
        out,
        "  <graph id=\"{}\" edgedefault=\"undirected\">",
        super::escape_xml(&s.title)
    );
    for (id, name, kind) in nodes(s) {
        let _ = writeln!(
            out,
            "    <node id=\"{}\"><data key=\"label\">{}</data><data key=\"kind\">{kind}</data></node>",
            super::escape_xml(id),
            super::escape_xml(name)
        );
    }
    for (i, f) in s.friendships.iter().enumerate() {
        let [a, b] = ends(s, f);
        let _ = write!(
            out,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            super::escape_xml(a),
            super::escape_xml(b)
        );
        for (key, value) in details(f) {
            let _ = write!(out, "<data key=\"{key}\">{value}</data>");
        }
        out.push_str("</edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// `s`'s network as GEXF 1.3.
pub fn to_gexf(s: &Scenario) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n",
    ));
    let _ = writeln!(
        out,
        "  <meta><creator>Spillover</creator><description>{}</description></meta>",
        super::escape_xml(&s.title)
    );
    out.push_str(concat!(
        "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n",
        "    <attributes class=\"node\"><attribute id=\"kind\" title=\"kind\" type=\"string\"/></attributes>\n",
        "    <attributes class=\"edge\"><attribute id=\"messages\" title=\"messages\" type=\"boolean\"/>",
        "<attribute id=\"from\" title=\"from\" type=\"string\"/><attribute id=\"until\" title=\"until\" type=\"string\"/></attributes>\n",
        "    <nodes>\n",
    ));
    for (id, name, kind) in nodes(s) {
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\"><attvalues><attvalue for=\"kind\" value=\"{kind}\"/></attvalues></node>",
            super::escape_xml(id),
            super::escape_xml(name)
        );
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (i, f) in s.friendships.iter().enumerate() {
        let [a, b] = ends(s, f);
        let _ = write!(
            out,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\">",
            super::escape_xml(a),
            super::escape_xml(b)
        );
        let details = details(f);
        if !details.is_empty() {
            out.push_str("<attvalues>");
            for (key, value) in details {
                let _ = write!(out, "<attvalue for=\"{key}\" value=\"{value}\"/>");
            }
            out.push_str("</attvalues>");
        }
        out.push_str("</edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

/// Every node: id, name and kind (`person`, or the company's kind).
fn nodes(s: &Scenario) -> impl Iterator<Item = (&str, &str, &'static str)> {
    let people = s
        .people
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str(), "person"));
    let companies = s
        .companies
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str(), c.kind.as_str()));
    people.chain(companies)
}

fn ends<'a>(s: &'a Scenario, f: &Friendship) -> [&'a str; 2] {
    f.between.map(|p| s.people[p.ix()].id.as_str())
}

/// A friendship's details that differ from the defaults, as key and value (dates need no
/// escaping).
fn details(f: &Friendship) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if f.messages {
        out.push(("messages", "true".to_string()));
    }
    if let Some(from) = f.interval.from {
        out.push(("from", from.to_string()));
    }
    if let Some(until) = f.interval.until {
        out.push(("until", until.to_string()));
    }
    out
}

//! Exports of the current view: the picture as a standalone SVG (which the browser also turns
//! into a PNG) and the result table as CSV.
//!
//! The SVG is written from the [`Scene`], not copied from the page, so it carries its own
//! colours and needs no style sheet: it opens the same in a browser, a slide editor or an
//! illustration program.

use std::fmt::Write as _;

use crate::core::date::Date;
use crate::core::engine::{Mode, ReasonKind};
use crate::core::model::CompanyKind;
use crate::core::model::{Node, Source};
use crate::files::network::escape_xml;
use crate::present::labels::{self, Placed, Rect, Want};
use crate::present::layout::{Layout, HEIGHT, WIDTH};
use crate::present::scene::{Emphasis, Line, NodeKind, Scene};
use crate::present::style::{ring, Stroke};
use crate::present::table::Row;
use crate::present::words::Label;
use crate::say;

/// The colour and dash pattern of a reason (the page's light theme: Okabe-Ito, darkened to 3:1 on white).
fn reason_style(r: ReasonKind) -> (&'static str, &'static str) {
    match r {
        ReasonKind::Consent => ("#008a64", ""),
        ReasonKind::Friend => ("#a97200", "8 4"),
        ReasonKind::Mailbox => ("#b35d8f", "2 3"),
        ReasonKind::Deal => ("#0072b2", "14 4"),
        ReasonKind::Transfer => ("#d55e00", "10 3 2 3"),
    }
}

/// The attribute that fades what is dimmed (when something else is in focus).
fn faded(e: Emphasis) -> &'static str {
    if e == Emphasis::Dimmed {
        " opacity=\"0.18\""
    } else {
        ""
    }
}

/// What a what-if takes away (thin grey dashes) and the flows, data out of reach now in round dots.
fn flows(s: &mut String, (scene, layout): (&Scene, &Layout)) {
    // A flow's gentle curve from its person to its company, as the page draws it, with `look`
    // (its stroke attributes) and its words.
    let mut curve = |f: &crate::present::scene::Flow, look: &str| {
        let (from, to) = (
            layout.at(Node::Person(f.person)),
            layout.at(Node::Company(f.company)),
        );
        let mx = (from.x + to.x) / 2.0 + (to.y - from.y) * 0.12;
        let my = (from.y + to.y) / 2.0 - (to.x - from.x) * 0.12;
        let _ = writeln!(
            s,
            "<path d=\"M{:.1} {:.1} Q{mx:.1} {my:.1} {:.1} {:.1}\" fill=\"none\" {look}><title>{}</title></path>",
            from.x, from.y, to.x, to.y,
            escape_xml(&f.label)
        );
    };
    for f in &scene.ghosts {
        curve(
            f,
            "stroke=\"#5b5b62\" stroke-width=\"1.5\" stroke-dasharray=\"5 5\"",
        );
    }
    for f in &scene.flows {
        let (colour, dash) = reason_style(f.reason);
        // Collected earlier, out of reach now: round dots whatever the reason.
        let (dash, width, cap) = if f.kept {
            ("0 7", 4, " stroke-linecap=\"round\"")
        } else {
            (dash, if f.emphasis == Emphasis::Strong { 4 } else { 2 }, "")
        };
        let look = format!(
            "stroke=\"{colour}\" stroke-width=\"{width}\" stroke-dasharray=\"{dash}\"{cap}{}",
            faded(f.emphasis)
        );
        curve(f, &look);
    }
}

/// The line under the picture's title: the date and what is shown.
pub fn subtitle(date: Date, mode: Mode) -> String {
    say!(
        "picture-subtitle",
        date = date.to_string(),
        mode = mode.as_str()
    )
}

/// The sources as the picture lists them, one line each: publisher, title.
pub fn source_lines(sources: &[Source]) -> Vec<String> {
    sources
        .iter()
        .map(|src| match &src.publisher {
            Some(p) => say!(
                "picture-source",
                publisher = p.as_str(),
                title = src.title.as_str()
            ),
            None => src.title.clone(),
        })
        .collect()
}

/// The picture: a heading, the graph, a legend and the sources, as a standalone SVG document.
/// Nodes and lines stand where `layout` puts them (a big network's layout may have moved on
/// since its scene was built).
pub fn svg(
    (scene, layout): (&Scene, &Layout),
    title: &str,
    subtitle: &str,
    sources: &[String],
) -> String {
    const TOP: f64 = 64.0;
    let legend_y = TOP + HEIGHT + 18.0;
    let total = legend_y + 46.0 + 16.0 * sources.len() as f64;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{total}\" viewBox=\"0 0 {WIDTH} {total}\" \
         font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\n\
         <title>{}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fbfaf7\"/>\n\
         <text x=\"20\" y=\"30\" font-size=\"22\" font-weight=\"700\" fill=\"#1d1d1f\">{}</text>\n\
         <text x=\"20\" y=\"52\" font-size=\"14\" fill=\"#5b5b62\">{}</text>\n<g transform=\"translate(0 {TOP})\">\n",
        escape_xml(title),
        escape_xml(title),
        escape_xml(subtitle)
    );
    lines(&mut s, (scene, layout));
    flows(&mut s, (scene, layout));
    nodes(&mut s, (scene, layout), &Names::Under);
    s.push_str("</g>\n");
    legend(&mut s, legend_y);
    credits(&mut s, legend_y + 30.0, sources);
    s.push_str("</svg>\n");
    s
}

/// The friendships and the transfers, as straight lines.
fn lines(s: &mut String, (scene, layout): (&Scene, &Layout)) {
    let ends = |l: &Line| l.ends.map(|n| layout.at(n));
    for l in &scene.friendships {
        let [from, to] = ends(l);
        let _ = writeln!(
            s,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#8a867e\" stroke-width=\"{}\"{}/>",
            from.x, from.y, to.x, to.y, if l.messages { "3" } else { "1.5" }, faded(l.emphasis)
        );
    }
    for l in &scene.transfers {
        let [from, to] = ends(l);
        let _ = writeln!(
            s,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#d55e00\" stroke-width=\"3\" stroke-dasharray=\"10 3 2 3\"{}><title>{}</title></line>",
            from.x, from.y, to.x, to.y, faded(l.emphasis), escape_xml(&scene.words(l))
        );
    }
}

/// Where each node's name is written, and how big.
enum Names {
    /// Under every node, 13 units high: the picture as a whole, seen at its own size.
    Under,
    /// Where [`labels::place`] put them for a screen (some left out), `font` units high.
    Placed(Vec<Option<Placed>>, f64),
}

/// People (their rings, in the page's patterns) and companies, each with its name and summary.
fn nodes(s: &mut String, (scene, layout): (&Scene, &Layout), names: &Names) {
    for (i, n) in scene.nodes.iter().enumerate() {
        let at = layout.at(n.selects);
        let (x, y) = (at.x, at.y);
        let _ = write!(
            s,
            "<g{}><title>{}</title>",
            faded(n.emphasis),
            escape_xml(&n.summary())
        );
        match n.kind {
            NodeKind::Person(state) => {
                if state.protected {
                    let _ = write!(s, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"19\" fill=\"none\" stroke=\"#0072b2\" stroke-width=\"2.5\" stroke-dasharray=\"3 2\"/>");
                }
                // The page's patterns, so the rings differ by more than colour (WCAG 1.4.1).
                let stroke = match state.ring() {
                    "exposed" => "#d55e00",
                    "consented" => "#008a64",
                    _ => "#5b5b62",
                };
                let Stroke { width, dash } = ring(state);
                let dash: Vec<String> = dash.iter().map(f64::to_string).collect();
                let dash = dash.join(" ");
                let _ = write!(
                    s,
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"13\" fill=\"#f1efe9\" stroke=\"{stroke}\" stroke-width=\"{width}\" stroke-dasharray=\"{dash}\"/>"
                );
            }
            NodeKind::Company(kind) => {
                let fill = if kind == CompanyKind::Broker {
                    "#d55e00"
                } else {
                    "#3b3b44"
                };
                let _ = write!(
                    s,
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"30\" height=\"30\" rx=\"5\" fill=\"{fill}\"/>",
                    x - 15.0,
                    y - 15.0
                );
            }
        }
        let (at, font) = match names {
            Names::Under => (Some((x, y + 32.0, "middle")), 13.0),
            Names::Placed(placed, font) => (
                placed
                    .get(i)
                    .copied()
                    .flatten()
                    .map(|p| (p.x, p.y, p.anchor.as_str())),
                *font,
            ),
        };
        if let Some((tx, ty, anchor)) = at {
            let _ = write!(
                s,
                "<text x=\"{tx:.1}\" y=\"{ty:.1}\" font-size=\"{font:.1}\" text-anchor=\"{anchor}\" fill=\"#1d1d1f\" stroke=\"#fbfaf7\" stroke-width=\"{:.1}\" paint-order=\"stroke\">{}</text>",
                font * 4.0 / 13.0,
                escape_xml(&n.label)
            );
        }
        s.push_str("</g>\n");
    }
}

/// The graph alone, for a screen that shows it `width_px` pixels wide (a phone's): cropped to
/// its people and companies, with names 12.5 px high there, placed where they overlap no other
/// name or node (the most important first, as the page places them), the rest left out. The
/// page around it gives the title, the key and the sources.
pub fn graph_svg((scene, layout): (&Scene, &Layout), width_px: f64) -> String {
    const PAD: f64 = 60.0;
    let wants: Vec<Want> = scene
        .nodes
        .iter()
        .map(|n| Want {
            at: layout.at(n.selects),
            text: &n.label,
            rank: labels::rank(n, false),
        })
        .collect();
    let (mut x0, mut y0, mut x1, mut y1) = (WIDTH, HEIGHT, 0.0_f64, 0.0_f64);
    for w in &wants {
        (x0, y0) = (x0.min(w.at.x), y0.min(w.at.y));
        (x1, y1) = (x1.max(w.at.x), y1.max(w.at.y));
    }
    let view = if wants.is_empty() {
        Rect {
            x: 0.0,
            y: 0.0,
            w: WIDTH,
            h: HEIGHT,
        }
    } else {
        Rect {
            x: x0 - PAD,
            y: y0 - PAD,
            w: x1 - x0 + 2.0 * PAD,
            h: y1 - y0 + 2.0 * PAD,
        }
    };
    let px_per_unit = width_px / view.w;
    let names = Names::Placed(
        labels::place(&wants, view, px_per_unit),
        labels::font_units(px_per_unit),
    );
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{:.1} {:.1} {:.1} {:.1}\" \
         font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\n\
         <rect x=\"{:.1}\" y=\"{:.1}\" width=\"100%\" height=\"100%\" fill=\"#fbfaf7\"/>\n",
        view.x, view.y, view.w, view.h, view.x, view.y
    );
    lines(&mut s, (scene, layout));
    flows(&mut s, (scene, layout));
    nodes(&mut s, (scene, layout), &names);
    s.push_str("</svg>\n");
    s
}

/// The reasons' line styles and names, in a row at `legend_y`.
fn legend(s: &mut String, legend_y: f64) {
    let mut x = 20.0;
    for r in ReasonKind::ALL {
        let (colour, dash) = reason_style(r);
        let _ = writeln!(
            s,
            "<line x1=\"{x}\" y1=\"{legend_y}\" x2=\"{}\" y2=\"{legend_y}\" stroke=\"{colour}\" stroke-width=\"3\" stroke-dasharray=\"{dash}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1d1d1f\">{}</text>",
            x + 30.0,
            x + 36.0,
            legend_y + 4.0,
            escape_xml(r.label())
        );
        x += 42.0 + 6.2 * r.label().len() as f64;
    }
}

/// The credit line at `y`, and a line for each source under it.
fn credits(s: &mut String, mut y: f64, sources: &[String]) {
    let credit = escape_xml(&say!("picture-credit", sources = sources.len()));
    let _ = writeln!(
        s,
        "<text x=\"20\" y=\"{y}\" font-size=\"11\" fill=\"#5b5b62\">{credit}</text>"
    );
    for src in sources {
        y += 16.0;
        let _ = writeln!(
            s,
            "<text x=\"20\" y=\"{y}\" font-size=\"11\" fill=\"#5b5b62\">{}</text>",
            escape_xml(src)
        );
    }
}

/// One cell of a CSV file: quoted when it must be, with a leading apostrophe when a
/// spreadsheet would run it as a formula (see [`csv`]).
pub fn csv_field(t: &str) -> String {
    let inert = if t.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{t}")
    } else {
        t.to_string()
    };
    if inert.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", inert.replace('"', "\"\""))
    } else {
        inert
    }
}

/// The result table as CSV (RFC 4180: commas, CRLF line ends, quotes doubled). Names come
/// from scenario files, which anyone can write, so a cell that a spreadsheet would run as a
/// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a
/// leading apostrophe, as OWASP advises: the spreadsheet then shows it as text.
pub fn csv(rows: &[Row]) -> String {
    let field = csv_field;
    let mut out = String::from("company,person,data,reason,via,explanation\r\n");
    for r in rows {
        let line = [
            field(&r.company),
            field(&r.person),
            field(r.category.label()),
            field(r.reason.as_str()),
            field(r.via.as_deref().unwrap_or("")),
            field(&r.explanation),
        ]
        .join(",");
        out.push_str(&line);
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::Engine;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;
    use crate::present::layout::layout;
    use crate::present::scene::{build, Focus};
    use crate::present::table::{rows, Sorting};

    #[test]
    fn the_svg_stands_alone_and_holds_what_the_page_shows() {
        let s = parse(&BUILTINS[0].json()).unwrap();
        let l = layout(&s);
        let e = Engine::new(s);
        let x = e.access(e.scenario().date);
        let scene = build(
            &e,
            (&x, &crate::present::figures::Figures::of(e.scenario(), &x)),
            &x,
            &l,
            &Focus::default(),
        );
        let out = svg(
            (&scene, &l),
            "You & your friends",
            "2014-01-01, what companies can see",
            &["Facebook Newsroom <2018>".into()],
        );
        assert!(out.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(out.contains("<title>You &amp; your friends</title>"));
        assert!(out.contains(">Chloé</text>") && out.contains(">Personality quiz</text>"));
        assert_eq!(out.matches("<path ").count(), scene.flows.len());
        assert!(out.contains("Facebook Newsroom &lt;2018&gt;"));
        assert!(!out.contains("class="), "no style sheet needed");
        // Ben said yes: his ring is dash-dotted, as on the page.
        assert!(out.contains("stroke=\"#008a64\" stroke-width=\"3\" stroke-dasharray=\"8 2 2 2\""));
        // A layout newer than the scene's moves what the picture shows.
        let mut moved = l.clone();
        moved.people[0] = crate::present::layout::Point { x: 123.0, y: 45.0 };
        let out = svg((&scene, &moved), "t", "s", &[]);
        assert!(out.contains("cx=\"123.0\" cy=\"45.0\""));
        // A scenario without sources says so, never "sources:" with nothing after it.
        let bare = svg((&scene, &l), "t", "s", &[]);
        assert!(bare.contains("this scenario cites no sources."));
        assert!(!bare.contains("sources:"));
    }

    #[test]
    fn csv_cells_never_start_a_spreadsheet_formula() {
        let mut s = parse(&BUILTINS[0].json()).unwrap();
        s.people[0].name = "=HYPERLINK(\"http://x.example\",\"click\")".into();
        s.companies[0].name = "@SUM(1+1)".into();
        let e = Engine::new(s);
        let x = e.access(e.scenario().date);
        let out = csv(&rows(&e, &x, Sorting::default()));
        assert!(
            out.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\""),
            "{out}"
        );
        assert!(out.contains("\r\n'@SUM(1+1),"));
        for line in out.split("\r\n") {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{cell}"
                );
            }
        }
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let e = Engine::new(parse(&BUILTINS[0].json()).unwrap());
        let x = e.access(e.scenario().date);
        let r = rows(&e, &x, Sorting::default());
        let out = csv(&r);
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines[0], "company,person,data,reason,via,explanation");
        assert_eq!(
            lines.len(),
            r.len() + 2,
            "a header, a line a fact, and the final line end"
        );
        assert!(lines[1].starts_with("Personality quiz,"));
        assert!(out.contains("\"Chloé and Ben are friends, and Ben signed in to Personality quiz on 2013-06-10 (an illustrative date), granting it their friends' name. Apps could still ask for friends' data then (until 2015-04-30). Chloé's \"\"Apps others use\"\" setting allowed their name.\""));
    }
}

//! Where the graph's names go, and how big a node is to a finger, at the size the drawing has on
//! screen.
//!
//! The drawing is scaled to fit its box, so a name written at a fixed size in layout units is
//! 4 px high on a phone. Here the names are sized in screen pixels (at least [`FONT_PX`]) and
//! placed one at a time, the most important first (what is selected, what a step points at,
//! companies, then people), each below, above, right or left of its node, wherever it touches
//! no name already placed, no node and no edge of the view. A name that fits nowhere is left
//! out: the node keeps it as its accessible name and its summary. Only what is selected or a
//! story step points at may, when nowhere else is free, lie over other nodes. Nothing here knows the
//! browser; the web layer passes the scale it measured.

use crate::present::layout::Point;
use crate::present::scene::{DrawnNode, Emphasis, NodeKind};

/// The size of a name on screen, in CSS pixels.
pub const FONT_PX: f64 = 12.5;
/// The radius a finger is given around a node where the neighbours leave room (44 px across).
pub const HIT_PX: f64 = 22.0;
/// The smallest radius a finger is ever given (25 px across, so rounding never makes it 24).
pub const MIN_HIT_PX: f64 = 12.5;
/// Half the side of the square each node keeps free of names, in layout units.
const NODE_HALF: f64 = 16.0;
/// Space between a node and its name, and between two names, in screen pixels.
const GAP_PX: f64 = 2.0;

/// A rectangle in layout units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    fn within(&self, o: &Rect) -> bool {
        self.x >= o.x
            && self.y >= o.y
            && self.x + self.w <= o.x + o.w
            && self.y + self.h <= o.y + o.h
    }

    fn grown(&self, by: f64) -> Rect {
        Rect {
            x: self.x - by,
            y: self.y - by,
            w: self.w + 2.0 * by,
            h: self.h + 2.0 * by,
        }
    }
}

/// A name to place: where its node is, the name, and how much it matters (lower first).
#[derive(Clone, Copy, Debug)]
pub struct Want<'a> {
    /// The node's centre.
    pub at: Point,
    /// The name.
    pub text: &'a str,
    /// Lower ranks are placed first.
    pub rank: u8,
}

/// How a placed name is anchored at its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Centred on x.
    Middle,
    /// Starting at x.
    Start,
    /// Ending at x.
    End,
}

impl Anchor {
    /// SVG's `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Middle => "middle",
            Anchor::Start => "start",
            Anchor::End => "end",
        }
    }
}

/// A placed name: its anchor point (x, and y on the baseline) in layout units, and the box it
/// takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    /// Anchor x.
    pub x: f64,
    /// Baseline y.
    pub y: f64,
    /// How the text hangs on x.
    pub anchor: Anchor,
    /// The box the name takes, as estimated.
    pub area: Rect,
}

/// How much a node's name matters, lower first: what is selected, then what a story step
/// points at, companies, people reached without a yes, everyone else, and what is dimmed last,
/// its companies before its people (a step about a person still names the companies their
/// lines reach).
pub fn rank(n: &DrawnNode, selected: bool) -> u8 {
    match (selected, n.emphasis, n.kind) {
        (true, _, _) => 0,
        (_, Emphasis::Strong, _) => 1,
        (_, Emphasis::Dimmed, NodeKind::Company(_)) => 6,
        (_, Emphasis::Dimmed, _) => 7,
        (_, _, NodeKind::Company(_)) => 2,
        (_, _, NodeKind::Person(state)) if state.exposed => 3,
        _ => 4,
    }
}

/// The font size to write names at, in layout units, for `px_per_unit` screen pixels a unit.
pub fn font_units(px_per_unit: f64) -> f64 {
    FONT_PX / px_per_unit.max(1e-6)
}

/// Places each name of `wants` inside `view` (layout units) at `px_per_unit`, or leaves it out.
/// The result is in the order of `wants`.
pub fn place(wants: &[Want], view: Rect, px_per_unit: f64) -> Vec<Option<Placed>> {
    let em = font_units(px_per_unit);
    let gap = GAP_PX / px_per_unit.max(1e-6);
    let nodes: Vec<Rect> = wants
        .iter()
        .map(|w| Rect {
            x: w.at.x - NODE_HALF,
            y: w.at.y - NODE_HALF,
            w: 2.0 * NODE_HALF,
            h: 2.0 * NODE_HALF,
        })
        .collect();
    let mut order: Vec<usize> = (0..wants.len()).collect();
    order.sort_by_key(|&i| (wants[i].rank, i));
    let mut placed: Vec<Option<Placed>> = vec![None; wants.len()];
    let mut taken: Vec<Rect> = Vec::new();
    for i in order {
        let w = &wants[i];
        if w.text.trim().is_empty() {
            continue;
        }
        let width = text_em(w.text) * em;
        // A name by the edge of the view slides along it (still hanging by its node: a name
        // slid onto its own node is refused like one on any other).
        let free = |c: &Placed, over_nodes: bool| {
            c.area.within(&view)
                && !taken.iter().any(|t| t.grown(gap).overlaps(&c.area))
                && (over_nodes || !nodes.iter().any(|n| n.overlaps(&c.area)))
        };
        let tried = candidates(w.at, width, em, gap).map(|c| slide_into(c, &view));
        // What is selected or a story step points at keeps its name where the picture is
        // small, over other nodes if it must (never over another name or its own node).
        let found = tried.iter().find(|c| free(c, false)).or_else(|| {
            tried
                .iter()
                .filter(|_| w.rank <= 1)
                .find(|c| free(c, true) && !nodes[i].overlaps(&c.area))
        });
        let found = found.copied();
        if let Some(c) = found {
            taken.push(c.area);
            placed[i] = Some(c);
        }
    }
    placed
}

/// `c` moved sideways, as little as may be, to lie within `view` (unchanged if it is too wide).
fn slide_into(mut c: Placed, view: &Rect) -> Placed {
    let dx = if c.area.x < view.x {
        view.x - c.area.x
    } else if c.area.x + c.area.w > view.x + view.w {
        view.x + view.w - (c.area.x + c.area.w)
    } else {
        0.0
    };
    if c.area.w <= view.w {
        c.x += dx;
        c.area.x += dx;
    }
    c
}

/// Below, above, right and left of a node at `at`, for a name `width` wide at `em`; then at
/// its corners, then a line further below and above.
fn candidates(at: Point, width: f64, em: f64, gap: f64) -> [Placed; 10] {
    // A line of text takes about 1.25 em: 0.95 above the baseline and 0.3 below.
    let (ascent, descent) = (0.95 * em, 0.3 * em);
    let height = ascent + descent;
    let reach = NODE_HALF + gap;
    let below = at.y + reach + ascent;
    let above = at.y - reach - descent;
    let side = at.y + 0.35 * em;
    let boxed = |x: f64, y: f64, anchor: Anchor| {
        let left = match anchor {
            Anchor::Middle => x - width / 2.0,
            Anchor::Start => x,
            Anchor::End => x - width,
        };
        Placed {
            x,
            y,
            anchor,
            area: Rect {
                x: left,
                y: y - ascent,
                w: width,
                h: height,
            },
        }
    };
    [
        boxed(at.x, below, Anchor::Middle),
        boxed(at.x, above, Anchor::Middle),
        boxed(at.x + reach, side, Anchor::Start),
        boxed(at.x - reach, side, Anchor::End),
        boxed(at.x + reach, below, Anchor::Start),
        boxed(at.x - reach, below, Anchor::End),
        boxed(at.x + reach, above, Anchor::Start),
        boxed(at.x - reach, above, Anchor::End),
        boxed(at.x, below + height, Anchor::Middle),
        boxed(at.x, above - height, Anchor::Middle),
    ]
}

/// The width of `text` in ems, estimated generously from a common sans-serif's advance
/// widths (DejaVu Sans, the widest of the usual system faces), so a real name is never wider.
pub fn text_em(text: &str) -> f64 {
    text.chars().map(char_em).sum::<f64>() * 1.05
}

fn char_em(c: char) -> f64 {
    const LOWER: [f64; 26] = [
        0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974,
        0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525,
    ];
    const UPPER: [f64; 26] = [
        0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863,
        0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685,
    ];
    match c {
        'a'..='z' => LOWER[c as usize - 'a' as usize],
        'A'..='Z' => UPPER[c as usize - 'A' as usize],
        '0'..='9' => 0.636,
        ' ' | '.' | ',' | ':' | ';' | '!' | '|' => 0.32,
        '\'' | '"' | '`' => 0.4,
        '(' | ')' | '[' | ']' | '{' | '}' | '-' | '/' | '\\' => 0.4,
        c if c.is_ascii() => 0.84,
        // Accented Latin letters are about as wide as the widest plain ones; wide scripts
        // (CJK, emoji) about an em.
        c if (c as u32) < 0x2E80 => 0.8,
        _ => 1.05,
    }
}

/// How far a finger may be from each node's centre and still mean it, in layout units: 22 px
/// where the neighbours leave room, half the way to the nearest other node where they do not,
/// and never under [`MIN_HIT_PX`].
pub fn hit_radii(points: &[Point], px_per_unit: f64) -> Vec<f64> {
    let scale = px_per_unit.max(1e-6);
    points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let nearest = points
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, q)| ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt())
                .fold(f64::INFINITY, f64::min);
            (nearest * scale / 2.0).clamp(MIN_HIT_PX, HIT_PX) / scale
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: Rect = Rect {
        x: 0.0,
        y: 0.0,
        w: 1000.0,
        h: 640.0,
    };

    fn want(x: f64, y: f64, text: &str, rank: u8) -> Want<'_> {
        Want {
            at: Point { x, y },
            text,
            rank,
        }
    }

    #[test]
    fn names_never_overlap_one_another_or_a_node() {
        // A tight grid of long names at a phone's scale.
        let names: Vec<String> = (0..60).map(|i| format!("Person number {i}")).collect();
        let wants: Vec<Want> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                want(
                    80.0 + (i % 10) as f64 * 90.0,
                    80.0 + (i / 10) as f64 * 90.0,
                    n,
                    3,
                )
            })
            .collect();
        let placed = place(&wants, VIEW, 0.36);
        let boxes: Vec<Rect> = placed.iter().flatten().map(|p| p.area).collect();
        assert!(!boxes.is_empty());
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.within(&VIEW));
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} and {b:?}");
            }
            for w in &wants {
                let n = Rect {
                    x: w.at.x - NODE_HALF,
                    y: w.at.y - NODE_HALF,
                    w: 32.0,
                    h: 32.0,
                };
                assert!(!a.overlaps(&n));
            }
        }
    }

    #[test]
    fn what_matters_most_is_placed_first_and_everything_fits_when_there_is_room() {
        let wants = [
            want(500.0, 300.0, "Ana", 3),
            want(520.0, 300.0, "Cambridge Analytica", 0),
        ];
        let placed = place(&wants, VIEW, 0.36);
        assert!(placed[1].is_some(), "the highlighted name is placed");
        let roomy = [want(100.0, 100.0, "Ana", 3), want(700.0, 400.0, "Ben", 3)];
        assert!(place(&roomy, VIEW, 1.0).iter().all(Option::is_some));
    }

    #[test]
    fn a_long_name_by_the_edge_slides_along_it_and_stays_by_its_node() {
        let wants = [want(985.0, 300.0, "Royal Bank of Canada", 1)];
        let p = place(&wants, VIEW, 0.37)[0].expect("placed");
        assert!(p.area.within(&VIEW));
        assert!(
            p.area.x <= 985.0 && p.area.x + p.area.w >= 985.0,
            "under or over its node"
        );
    }

    #[test]
    fn names_are_written_at_twelve_pixels_or_more_at_any_scale() {
        for scale in [0.3, 0.36, 0.7, 1.5] {
            assert!(font_units(scale) * scale >= 12.0);
        }
    }

    #[test]
    fn a_finger_gets_22_px_where_there_is_room_and_never_under_the_floor() {
        let points = [
            Point { x: 0.0, y: 0.0 },
            Point { x: 500.0, y: 0.0 },
            Point { x: 520.0, y: 0.0 },
        ];
        let r = hit_radii(&points, 0.5);
        assert!((r[0] * 0.5 - HIT_PX).abs() < 1e-9);
        // 20 units apart at 0.5 px a unit is 10 px: each gets the floor.
        assert!((r[1] * 0.5 - MIN_HIT_PX).abs() < 1e-9);
        const { assert!(MIN_HIT_PX * 2.0 >= 24.0) };
        let r = hit_radii(&points, 2.0);
        // 40 px apart: 20 px each, so neither covers the other's centre.
        assert!((r[1] * 2.0 - 20.0).abs() < 1e-9);
    }

    #[test]
    fn an_estimate_is_not_narrower_than_a_common_face() {
        // "GSR (thisisyourdigitallife)" is about 12.9 em in DejaVu Sans.
        assert!(text_em("GSR (thisisyourdigitallife)") >= 12.9);
    }
}

//! How a big network is drawn on a canvas: which labels show and how strong thin lines are at
//! a zoom (level of detail), how big a node is on screen, and the words around the canvas (its
//! text alternative and the layout's progress).
//!
//! These are the decisions a renderer would otherwise hide in drawing code; here they are plain
//! functions, tested natively. The canvas itself (colours, paths) is the web layer's.

use std::collections::HashSet;

use crate::core::model::Scenario;
use crate::present::layout::{is_big, HEIGHT, WIDTH};
use crate::present::scene::{Emphasis, Scene};
use crate::say;

/// The largest a person's radius is in layout units on the canvas (companies are drawn twice
/// as big); crowded networks draw people smaller ([`person_size`]).
pub const PERSON_RADIUS: f64 = 4.0;
/// The smallest a person is drawn, in screen pixels, however far out the view is zoomed.
pub const MIN_RADIUS_PX: f64 = 1.5;
/// Hit testing reaches this far (in screen pixels) beyond a node's edge, for fingers.
pub const REACH_PX: f64 = 6.0;
/// The most people's labels drawn at once, so a zoomed-in dense view stays readable and quick.
pub const MAX_LABELS: usize = 200;

/// The most lines (friendships, grants, transfers and the flows of deals over every user)
/// drawn as SVG elements; a network with more, or with more than
/// [`crate::present::layout::BIG`] people or [`MAX_SVG_COMPANIES`] companies, is drawn on a
/// canvas.
pub const MAX_SVG_LINES: usize = 2000;

/// The most companies drawn as SVG elements.
pub const MAX_SVG_COMPANIES: usize = 100;

/// Whether `s` is drawn on a canvas rather than as SVG: too many people, companies or lines
/// for one element each. A company with a deal over every user draws a flow from everyone.
pub fn on_canvas(s: &Scenario) -> bool {
    let over_everyone: HashSet<_> = s
        .agreements
        .iter()
        .filter(|a| !a.all_users.is_empty())
        .map(|a| a.company)
        .collect();
    let lines = s.friendships.len()
        + s.grants.len()
        + s.transfers.len()
        + s.people.len().saturating_mul(over_everyone.len());
    is_big(s) || s.companies.len() > MAX_SVG_COMPANIES || lines > MAX_SVG_LINES
}

/// The most data flows the canvas draws in one picture. Past it, lines from nearly everyone to
/// the same companies (deals over every user, say) only make a solid blot that takes seconds
/// to paint each frame, so only the flows of what is selected are drawn ([`flows_words`]).
pub const MAX_DRAWN_FLOWS: usize = 20_000;

/// Which flows the canvas draws, out of `flows` with `strong` of them lit by a selection: all,
/// those of the selection, or none.
pub fn flows_drawn(flows: usize, strong: usize) -> FlowsDrawn {
    if flows <= MAX_DRAWN_FLOWS {
        FlowsDrawn::All
    } else if strong > 0 && strong <= MAX_DRAWN_FLOWS {
        FlowsDrawn::Selected
    } else {
        FlowsDrawn::None
    }
}

/// The answer of [`flows_drawn`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowsDrawn {
    /// Every flow.
    All,
    /// Only the flows of the selection.
    Selected,
    /// No flow.
    None,
}

/// What the canvas says when it does not draw every flow, or nothing when it does.
pub fn flows_words(flows: usize, drawn: FlowsDrawn) -> Option<String> {
    match drawn {
        FlowsDrawn::All => None,
        FlowsDrawn::Selected => Some(say!(
            "canvas-flows-selected",
            flows = flows,
            limit = MAX_DRAWN_FLOWS
        )),
        FlowsDrawn::None => Some(say!(
            "canvas-flows-none",
            flows = flows,
            limit = MAX_DRAWN_FLOWS
        )),
    }
}

/// The progress line while a big network is laid out: "Laying out 4,039 people: 40%".
pub fn progress_words(people: usize, done: f64) -> String {
    say!(
        "canvas-laying-out",
        people = people,
        percent = percent(done)
    )
}

/// `done` (0 to 1) as a whole percentage, never 100 before the end.
pub fn percent(done: f64) -> u32 {
    let p = (done.clamp(0.0, 1.0) * 100.0).floor() as u32;
    if done < 1.0 {
        p.min(99)
    } else {
        100
    }
}

/// The canvas's text alternative.
pub fn canvas_words(title: &str, people: usize, companies: usize, friendships: usize) -> String {
    say!(
        "canvas-label",
        title = title,
        people = people,
        companies = companies,
        friendships = friendships,
    )
}

/// A person's radius in layout units for a network of `people`: a quarter of the room each
/// would have on the picture, at most [`PERSON_RADIUS`].
pub fn person_size(people: usize) -> f64 {
    let room = (WIDTH * HEIGHT * 0.4 / people.max(1) as f64).sqrt();
    (room / 4.0).clamp(1.0, PERSON_RADIUS)
}

/// A person's radius in layout units, of `size` ([`person_size`]) at `scale` screen pixels per
/// layout unit: never under [`MIN_RADIUS_PX`] on screen.
pub fn person_radius(size: f64, scale: f64) -> f64 {
    size.max(MIN_RADIUS_PX / scale.max(1e-9))
}

/// How far from a point (in layout units) hit testing finds a person of `size` at `scale`.
pub fn reach(size: f64, scale: f64) -> f64 {
    2.0 * person_radius(size, scale) + REACH_PX / scale.max(1e-9)
}

/// Whether a node's label is drawn: always for companies and for what is selected or
/// highlighted; for other people (of radius `size`) only once they are drawn big enough to
/// carry a name (at least 7 pixels across).
pub fn label_shown(
    company: bool,
    emphasis: Emphasis,
    selected: bool,
    size: f64,
    scale: f64,
) -> bool {
    company
        || selected
        || emphasis == Emphasis::Strong
        || (emphasis == Emphasis::Normal && 2.0 * size * scale >= 7.0)
}

/// The most friendships drawn while a layout runs. Each drawing of a running layout draws the
/// friendships anew, and at the start, when friends still sit far apart, every line crosses
/// the picture: a browser without a GPU takes half a second for 88,000 of them. A sample shows
/// the shape as it forms (as sigma.js hides edges while the camera moves); all of them come
/// back when the layout settles.
pub const MOVING_LINES: usize = 6000;

/// Which friendships a drawing shows: every one when still, every `n`-th while the layout
/// runs so that at most [`MOVING_LINES`] are drawn. Gives `n`.
pub fn line_stride(lines: usize, moving: bool) -> usize {
    if moving {
        lines.div_ceil(MOVING_LINES).max(1)
    } else {
        1
    }
}

/// How opaque friendship lines are: faint when there are many of them and the view is far
/// out, stronger as the reader zooms in or when there are few.
pub fn line_alpha(lines: usize, zoom: f64) -> f64 {
    (600.0 * zoom / (lines.max(1) as f64).sqrt() / 10.0).clamp(0.06, 0.7)
}

/// The most flows of one kind in view drawn at their full width. A browser without a GPU
/// strokes a line wider than one pixel as a shape to fill, and 1,400 dashed curves 1.5 px wide
/// took it 50 ms a frame here, against 5 ms at one pixel, which it draws as a hairline. Past a
/// few hundred, where one flow cannot be followed anyway, flows are one pixel wide.
pub const MAX_WIDE_FLOWS: usize = 250;

/// The width in screen pixels of a flow the style sheet draws `width` wide, with `in_view`
/// flows of its kind in view: its own width, or one pixel when they are many. A screen with
/// `dpr` device pixels per pixel gets whole device pixels, so one pixel is one device pixel
/// (a hairline) where `dpr` is 1.
pub fn flow_width_px(width: f64, in_view: usize, dpr: f64) -> f64 {
    let width = if in_view <= MAX_WIDE_FLOWS {
        width
    } else {
        dpr.max(1.0).floor() / dpr.max(1.0)
    };
    hairline(width, dpr)
}

/// A line `px` screen pixels wide as the canvas should be asked for it on a screen of `dpr`
/// device pixels a pixel: as it is, but one device pixel or less just under one. The
/// rasteriser draws a line of at most one device pixel as a hairline, by a path ten times
/// cheaper without a GPU; it checks in 32-bit floats, where one layout unit's width times the
/// zoom often comes to a hair over one (1,400 dashed curves: 100 ms a frame against 10 here).
pub fn hairline(px: f64, dpr: f64) -> f64 {
    if px * dpr <= 1.0 + 1e-6 {
        px.min(0.99 / dpr)
    } else {
        px
    }
}

/// Which of the scene's flows the canvas draws ([`flows_drawn`]).
pub fn drawn_flows(scene: &Scene) -> FlowsDrawn {
    let strong = scene
        .flows
        .iter()
        .filter(|f| f.emphasis == Emphasis::Strong)
        .count();
    // What a what-if took away counts with the flows: drawn too, it would be as slow.
    flows_drawn(scene.flows.len() + scene.ghosts.len(), strong)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::limits::thousands;

    #[test]
    fn many_flows_are_one_device_pixel_wide() {
        assert_eq!(flow_width_px(1.5, MAX_WIDE_FLOWS, 1.0), 1.5);
        // One device pixel, asked for as a hair under it.
        assert_eq!(flow_width_px(1.5, MAX_WIDE_FLOWS + 1, 1.0), 0.99);
        assert_eq!(flow_width_px(3.0, 5000, 2.0), 1.0);
        // A screen of 1.5 device pixels a pixel gets one device pixel, not one and a half.
        assert!((flow_width_px(1.5, 5000, 1.5) * 1.5 - 0.99).abs() < 1e-9);
        assert_eq!(flow_width_px(1.0, 5000, 0.5), 1.0);
    }

    #[test]
    fn lines_of_a_device_pixel_or_less_are_asked_for_under_one() {
        assert_eq!(hairline(1.0, 1.0), 0.99);
        assert_eq!(hairline(0.5, 1.0), 0.5);
        assert_eq!(hairline(1.0, 2.0), 1.0);
        assert_eq!(hairline(0.5, 2.0), 0.495);
        assert_eq!(hairline(2.5, 1.0), 2.5);
    }

    #[test]
    fn words_say_how_far_and_how_many() {
        assert_eq!(thousands(4039), "4,039");
        assert_eq!(thousands(88234), "88,234");
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(thousands(7), "7");
        assert_eq!(progress_words(4039, 0.404), "Laying out 4,039 people: 40%");
        assert_eq!(percent(0.999), 99);
        assert_eq!(percent(1.0), 100);
        assert!(canvas_words("Ego", 4039, 1, 88234)
            .starts_with("Network of Ego: 4,039 people, 1 company and 88,234 friendships"));
    }

    #[test]
    fn the_stories_stay_svg() {
        for b in crate::files::builtin::BUILTINS {
            let s = crate::files::scenario::parse(&b.json()).expect("built-ins are valid");
            assert!(!on_canvas(&s), "{}", b.slug);
        }
    }

    #[test]
    fn past_the_limit_only_the_selections_flows_are_drawn_and_the_page_says_so() {
        assert_eq!(flows_drawn(MAX_DRAWN_FLOWS, 0), FlowsDrawn::All);
        assert_eq!(flows_drawn(MAX_DRAWN_FLOWS + 1, 0), FlowsDrawn::None);
        assert_eq!(flows_drawn(200_000, 1000), FlowsDrawn::Selected);
        assert_eq!(flows_drawn(200_000, 100_000), FlowsDrawn::None);
        assert_eq!(flows_words(10, FlowsDrawn::All), None);
        assert_eq!(
            flows_words(200_000, FlowsDrawn::None).unwrap(),
            "200,000 data flows are too many to draw at once (up to 20,000): select a person or a company to see theirs. The rings and the table show everyone's."
        );
        assert!(flows_words(200_000, FlowsDrawn::Selected)
            .unwrap()
            .contains("the selection's are drawn"));
    }

    #[test]
    fn few_people_with_many_companies_or_deals_go_on_a_canvas() {
        let text = |companies: usize, deals: usize| {
            let people: Vec<String> = (0..100)
                .map(|i| format!(r#"{{"id": "p{i}", "name": "P{i}"}}"#))
                .collect();
            let companies: Vec<String> = (0..companies)
                .map(|i| format!(r#"{{"id": "c{i}", "name": "C{i}"}}"#))
                .collect();
            let deals: Vec<String> = (0..deals)
                .map(|i| format!(r#"{{"company": "c{i}", "all_users": ["name"]}}"#))
                .collect();
            format!(
                r#"{{"format": "spillover-scenario", "version": 1, "title": "T", "date": "2015-01-01", "people": [{}], "companies": [{}], "agreements": [{}]}}"#,
                people.join(","),
                companies.join(","),
                deals.join(",")
            )
        };
        let drawn = |c, d| on_canvas(&crate::files::scenario::parse(&text(c, d)).unwrap());
        assert!(!drawn(20, 20), "100 people and 20 deals: 2,000 flows");
        assert!(drawn(21, 21), "2,100 flows");
        assert!(drawn(MAX_SVG_COMPANIES + 1, 0));
    }

    #[test]
    fn labels_and_lines_follow_the_zoom() {
        // At the whole-network view (under a pixel per unit) only what stands out is named.
        let size = person_size(4039);
        assert!((1.0..PERSON_RADIUS).contains(&size));
        assert_eq!(person_size(301), PERSON_RADIUS);
        assert!(!label_shown(false, Emphasis::Normal, false, size, 0.8));
        assert!(label_shown(false, Emphasis::Strong, false, size, 0.8));
        assert!(label_shown(false, Emphasis::Normal, true, size, 0.8));
        assert!(label_shown(true, Emphasis::Dimmed, false, size, 0.8));
        assert!(label_shown(false, Emphasis::Normal, false, size, 8.0));
        assert!(!label_shown(false, Emphasis::Dimmed, false, size, 8.0));
        assert!(line_alpha(88_000, 1.0) < line_alpha(88_000, 4.0));
        assert_eq!(line_stride(88_234, false), 1);
        assert_eq!(line_stride(88_234, true), 15);
        assert!(88_234usize.div_ceil(line_stride(88_234, true)) <= MOVING_LINES);
        assert_eq!(line_stride(5_000, true), 1);
        assert!(line_alpha(100, 1.0) > line_alpha(88_000, 1.0));
        assert!(person_radius(4.0, 0.1) > 4.0 && person_radius(4.0, 1.0) == 4.0);
        assert!(reach(4.0, 1.0) > 8.0);
    }
}

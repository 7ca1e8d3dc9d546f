//! How a big network is drawn on a canvas: which labels show and how strong thin lines are at
//! a zoom (level of detail), how big a node is on screen, and the words around the canvas (its
//! text alternative and the layout's progress).
//!
//! These are the decisions a renderer would otherwise hide in drawing code; here they are plain
//! functions, tested natively. The canvas itself (colours, paths) is the web layer's.

use crate::core::model::Scenario;
use crate::files::limits::thousands;
use crate::present::layout::{is_big, HEIGHT, WIDTH};
use crate::present::scene::Emphasis;

/// The largest a person's radius is in layout units on the canvas (companies are drawn twice
/// as big); crowded networks draw people smaller ([`person_size`]).
pub const PERSON_RADIUS: f64 = 4.0;
/// The smallest a person is drawn, in screen pixels, however far out the view is zoomed.
pub const MIN_RADIUS_PX: f64 = 1.5;
/// Hit testing reaches this far (in screen pixels) beyond a node's edge, for fingers.
pub const REACH_PX: f64 = 6.0;
/// The most people's labels drawn at once, so a zoomed-in dense view stays readable and quick.
pub const MAX_LABELS: usize = 200;

/// The most lines (friendships and grants) drawn as SVG elements; a network with more, or
/// with more than [`crate::present::layout::BIG`] people, is drawn on a canvas.
pub const MAX_SVG_LINES: usize = 2000;

/// Whether `s` is drawn on a canvas rather than as SVG: too many people or lines for one
/// element each.
pub fn on_canvas(s: &Scenario) -> bool {
    is_big(s) || s.friendships.len() + s.grants.len() > MAX_SVG_LINES
}

/// The progress line while a big network is laid out: "Laying out 4,039 people: 40%".
pub fn progress_words(people: usize, done: f64) -> String {
    format!(
        "Laying out {} people: {}%",
        thousands(people),
        percent(done)
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
    format!(
        "Network of {title}: {} people, {} {} and {} friendships, drawn as a picture. Use the search or the table to reach anyone; arrow keys pan, plus and minus zoom.",
        thousands(people),
        thousands(companies),
        if companies == 1 { "company" } else { "companies" },
        thousands(friendships)
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

/// How opaque friendship lines are: faint when there are many of them and the view is far
/// out, stronger as the reader zooms in or when there are few.
pub fn line_alpha(lines: usize, zoom: f64) -> f64 {
    (600.0 * zoom / (lines.max(1) as f64).sqrt() / 10.0).clamp(0.06, 0.7)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let s = crate::files::scenario::parse(b.json).expect("built-ins are valid");
            assert!(!on_canvas(&s), "{}", b.slug);
        }
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
        assert!(line_alpha(100, 1.0) > line_alpha(88_000, 1.0));
        assert!(person_radius(4.0, 0.1) > 4.0 && person_radius(4.0, 1.0) == 4.0);
        assert!(reach(4.0, 1.0) > 8.0);
    }
}

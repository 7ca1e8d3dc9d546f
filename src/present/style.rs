//! How everything on the picture looks, decided in one place: the colours (the light and the
//! dark theme's, which `static/style.css` carries as custom properties, a test checks), each
//! ring's and line's stroke and dash pattern, and the gentle curve of a flow. The SVG graph
//! (through the style sheet's classes), the canvas of a big network and the picture exported
//! as SVG or PNG only draw what this module says.

use crate::core::engine::ReasonKind;
use crate::present::point::Point;
use crate::present::scene::PersonState;

/// A colour of the picture, by what it is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// The page.
    Background,
    /// Text.
    Text,
    /// Quieter text and lines: what a what-if took away.
    Muted,
    /// Panels.
    Panel,
    /// The lines between friends.
    FriendLine,
    /// Keyboard focus.
    Focus,
    /// A person's disc.
    Person,
    /// A company's square.
    Company,
    /// The flows of a reason, and the rings that go with them.
    Reason(ReasonKind),
}

impl Ink {
    /// Every ink, in the style sheet's order.
    pub const ALL: [Ink; 13] = [
        Ink::Background,
        Ink::Text,
        Ink::Muted,
        Ink::Panel,
        Ink::FriendLine,
        Ink::Focus,
        Ink::Reason(ReasonKind::Consent),
        Ink::Reason(ReasonKind::Friend),
        Ink::Reason(ReasonKind::Mailbox),
        Ink::Reason(ReasonKind::Deal),
        Ink::Reason(ReasonKind::Transfer),
        Ink::Person,
        Ink::Company,
    ];

    /// Its custom property in the style sheet.
    pub fn property(self) -> &'static str {
        match self {
            Ink::Background => "--bg",
            Ink::Text => "--fg",
            Ink::Muted => "--muted",
            Ink::Panel => "--panel",
            Ink::FriendLine => "--friend-line",
            Ink::Focus => "--focus",
            Ink::Person => "--person",
            Ink::Company => "--company",
            Ink::Reason(ReasonKind::Consent) => "--consent",
            Ink::Reason(ReasonKind::Friend) => "--friend",
            Ink::Reason(ReasonKind::Mailbox) => "--mailbox",
            Ink::Reason(ReasonKind::Deal) => "--deal",
            Ink::Reason(ReasonKind::Transfer) => "--transfer",
        }
    }

    /// Its colour in the light theme (Okabe-Ito's, darkened to 3:1 on white where needed).
    pub fn light(self) -> &'static str {
        match self {
            Ink::Background => "#fbfaf7",
            Ink::Text => "#1d1d1f",
            Ink::Muted => "#5b5b62",
            Ink::Panel => "#ffffff",
            Ink::FriendLine => "#8a867e",
            Ink::Focus => "#1a5fd1",
            Ink::Person => "#f1efe9",
            Ink::Company => "#3b3b44",
            Ink::Reason(ReasonKind::Consent) => "#008a64",
            Ink::Reason(ReasonKind::Friend) => "#a97200",
            Ink::Reason(ReasonKind::Mailbox) => "#b35d8f",
            Ink::Reason(ReasonKind::Deal) => "#0072b2",
            Ink::Reason(ReasonKind::Transfer) => "#d55e00",
        }
    }

    /// Its colour in the dark theme.
    pub fn dark(self) -> &'static str {
        match self {
            Ink::Background => "#141416",
            Ink::Text => "#ececef",
            Ink::Muted => "#a8a8b0",
            Ink::Panel => "#1d1d21",
            Ink::FriendLine => "#7a7a82",
            Ink::Focus => "#7fb0ff",
            Ink::Person => "#2a2a30",
            Ink::Company => "#d9d9de",
            Ink::Reason(ReasonKind::Consent) => "#009e73",
            Ink::Reason(ReasonKind::Friend) => "#e69f00",
            Ink::Reason(ReasonKind::Mailbox) => "#cc79a7",
            Ink::Reason(ReasonKind::Deal) => "#3a8fd0",
            Ink::Reason(ReasonKind::Transfer) => "#d55e00",
        }
    }
}

/// The ink of a person's ring, by their state: exposed in the transfer's orange, said yes in
/// consent's green, untouched muted.
pub fn ring_ink(state: PersonState) -> Ink {
    match state.ring() {
        "exposed" => Ink::Reason(ReasonKind::Transfer),
        "consented" => Ink::Reason(ReasonKind::Consent),
        _ => Ink::Muted,
    }
}

/// The point a flow from `from` to `to` bends toward: its gentle curve (a quadratic Bézier
/// with this control point), so that flows between the same places do not lie on the
/// friendships' straight lines.
pub fn bend(from: Point, to: Point) -> Point {
    Point {
        x: (from.x + to.x) / 2.0 + (to.y - from.y) * 0.12,
        y: (from.y + to.y) / 2.0 - (to.x - from.x) * 0.12,
    }
}

/// A person's circle's radius in the SVG picture, the unit of [`ring`]'s widths and dashes
/// (the layout's, which keeps circles this wide apart).
pub use crate::present::layout::SVG_PERSON_RADIUS;
/// The radius of the shield of a person whose settings held data back, in the same units.
pub const SVG_SHIELD_RADIUS: f64 = 19.0;

/// How a ring or line is stroked: its width and dash pattern (empty: solid), as the style sheet
/// draws it in the SVG picture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// The line's width.
    pub width: f64,
    /// Dash, gap, dash, gap…; empty for a solid line.
    pub dash: &'static [f64],
}

/// The ring around a person, by their state, in the units of a circle of radius
/// [`SVG_PERSON_RADIUS`]: each state differs by its pattern and not by colour alone (WCAG
/// 1.4.1): exposed solid and thick, said yes dash-dotted, untouched in short dashes.
pub fn ring(state: PersonState) -> Stroke {
    match state.ring() {
        "exposed" => Stroke {
            width: 4.0,
            dash: &[],
        },
        "consented" => Stroke {
            width: 3.0,
            dash: &[8.0, 2.0, 2.0, 2.0],
        },
        _ => Stroke {
            width: 3.0,
            dash: &[3.0, 2.0],
        },
    }
}

/// The shield around a person whose settings held data back (at [`SVG_SHIELD_RADIUS`]).
pub const SHIELD: Stroke = Stroke {
    width: 2.5,
    dash: &[3.0, 2.0],
};

/// A data flow's line by its reason: consent solid, the others each in their own dashes.
pub fn flow_stroke(reason: ReasonKind) -> Stroke {
    let (width, dash): (f64, &'static [f64]) = match reason {
        ReasonKind::Consent => (2.5, &[]),
        ReasonKind::Friend => (2.5, &[8.0, 4.0]),
        ReasonKind::Mailbox => (3.0, &[2.0, 3.0]),
        ReasonKind::Deal => (2.5, &[14.0, 4.0]),
        ReasonKind::Transfer => (2.5, &[10.0, 3.0, 2.0, 3.0]),
    };
    Stroke { width, dash }
}

/// The least radius on screen, in pixels, at which a ring's dashes are drawn: below it a dash
/// would be a pixel or less, which no eye tells from a solid line, and dashing thousands of
/// tiny rings costs the browser seconds. The reader zooms in to see the patterns (and the
/// exposed ring stays thicker at any size).
pub const PATTERN_PX: f64 = 5.0;

/// `stroke` for a ring of `radius` layout units seen at `scale` screen pixels per unit: the
/// SVG's width and pattern grown or shrunk with the ring, so the canvas shows the same
/// pattern, but never thinner than 0.4 of its SVG width in pixels, so a ring stays visible
/// when the whole network is in view; solid when the ring is under [`PATTERN_PX`] on screen.
/// Both in layout units.
pub fn ring_on_canvas(stroke: Stroke, radius: f64, scale: f64) -> (f64, Vec<f64>) {
    let width = (stroke.width * radius / SVG_PERSON_RADIUS).max(stroke.width * 0.4 / scale);
    let k = width / stroke.width;
    if radius * scale < PATTERN_PX {
        return (width, Vec::new());
    }
    (width, stroke.dash.iter().map(|d| d * k).collect())
}

/// The style sheet's class of a reason, which sets its colour and dash pattern (the app's
/// graph, its legend and the still first screen's key).
pub fn reason_class(r: ReasonKind) -> &'static str {
    match r {
        ReasonKind::Consent => "reason-consent",
        ReasonKind::Friend => "reason-friend",
        ReasonKind::Mailbox => "reason-mailbox",
        ReasonKind::Deal => "reason-deal",
        ReasonKind::Transfer => "reason-transfer",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers of `property` in the style sheet's rule for `selector` (exactly that
    /// selector), if it has one.
    fn css(selector: &str, property: &str) -> Option<Vec<f64>> {
        let sheet = include_str!("../../static/style.css");
        let start = sheet.find(&format!("\n{selector} {{"))? + selector.len() + 3;
        let rule = &sheet[start..start + sheet[start..].find('}')?];
        let value = rule.split(';').find_map(|d| {
            let (k, v) = d.split_once(':')?;
            (k.trim() == property).then(|| v.trim().to_string())
        })?;
        Some(
            value
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect(),
        )
    }

    #[test]
    fn the_canvas_strokes_rings_and_flows_as_the_style_sheet_does() {
        let state = |exposed, said_yes| PersonState {
            exposed,
            said_yes,
            protected: false,
        };
        for (st, class) in [
            (state(true, true), ".person.exposed"),
            (state(false, true), ".person.consented"),
            (state(false, false), ".person.untouched"),
        ] {
            let r = ring(st);
            let width = css(class, "stroke-width").or_else(|| css(".person", "stroke-width"));
            assert_eq!(width, Some(vec![r.width]), "{class}");
            let dash = css(class, "stroke-dasharray").unwrap_or_default();
            assert_eq!(dash, r.dash, "{class}");
        }
        // No two rings share a pattern: they differ by more than colour.
        let patterns = [
            ring(state(true, false)),
            ring(state(false, true)),
            ring(state(false, false)),
        ];
        for (i, a) in patterns.iter().enumerate() {
            for b in &patterns[i + 1..] {
                assert_ne!((a.width, a.dash), (b.width, b.dash));
            }
        }
        assert_eq!(
            css(".shield", "stroke-dasharray"),
            Some(SHIELD.dash.to_vec())
        );
        assert_eq!(css(".shield", "stroke-width"), Some(vec![SHIELD.width]));
        for r in ReasonKind::ALL {
            let class = format!(".reason-{}", r.as_str());
            let f = flow_stroke(r);
            assert_eq!(
                css(&class, "stroke-dasharray").unwrap_or_default(),
                f.dash,
                "{class}"
            );
            let width = css(&class, "stroke-width").or_else(|| css(".flow", "stroke-width"));
            assert_eq!(width, Some(vec![f.width]), "{class}");
        }
        // At the SVG's radius the canvas draws the SVG's ring; at a tenth of it, a tenth (but
        // never under 0.4 of the width in pixels).
        let said_yes = ring(state(false, true));
        assert_eq!(
            ring_on_canvas(said_yes, 13.0, 1.0),
            (3.0, vec![8.0, 2.0, 2.0, 2.0])
        );
        let (w, d) = ring_on_canvas(said_yes, 1.3, 10.0);
        assert!((w - 0.3).abs() < 1e-9 && (d[0] - 0.8).abs() < 1e-9);
        // Too small on screen for a pattern to show: solid, but still 1.2 pixels wide.
        let (w, d) = ring_on_canvas(said_yes, 1.3, 1.0);
        assert!((w - 1.2).abs() < 1e-9 && d.is_empty());
    }

    /// The custom properties of the style sheet's block that starts at `opening`.
    fn properties(opening: &str) -> Vec<(String, String)> {
        let sheet = include_str!("../../static/style.css");
        let start = sheet.find(opening).unwrap() + opening.len();
        let block = &sheet[start..start + sheet[start..].find('}').unwrap()];
        // Without its comments, whose words may hold a `;` or a `:`.
        let mut bare = String::new();
        let mut rest = block;
        while let Some(at) = rest.find("/*") {
            bare.push_str(&rest[..at]);
            rest = rest[at..]
                .find("*/")
                .map_or("", |end| &rest[at + end + 2..]);
        }
        bare.push_str(rest);
        bare.split(';')
            .filter_map(|d| {
                let (k, v) = d.split_once(':')?;
                k.trim()
                    .starts_with("--")
                    .then(|| (k.trim().to_string(), v.trim().to_string()))
            })
            .collect()
    }

    #[test]
    fn the_style_sheet_carries_the_picture_s_colours_in_both_themes() {
        let light = properties(":root {");
        let dark = properties("@media (prefers-color-scheme: dark) {\n  :root:not(.light) {");
        let forced = properties(":root.dark {");
        assert!(light.len() >= Ink::ALL.len(), "{light:?}");
        for ink in Ink::ALL {
            let value = |block: &[(String, String)]| {
                block
                    .iter()
                    .find(|(k, _)| k == ink.property())
                    .map(|(_, v)| v.clone())
            };
            assert_eq!(value(&light).as_deref(), Some(ink.light()), "{ink:?}");
            // The dark theme keeps the light colour of what it does not list.
            let dark_or_light =
                |block: &[(String, String)]| value(block).unwrap_or_else(|| ink.light().into());
            assert_eq!(
                dark_or_light(&dark),
                ink.dark(),
                "{ink:?} in the dark theme"
            );
            assert_eq!(
                dark_or_light(&forced),
                ink.dark(),
                "{ink:?} in the forced dark theme"
            );
        }
    }

    #[test]
    fn a_flow_bends_to_one_side_of_its_straight_line() {
        let (a, b) = (Point { x: 0.0, y: 0.0 }, Point { x: 100.0, y: 0.0 });
        assert_eq!(bend(a, b), Point { x: 50.0, y: -12.0 });
        assert_eq!(bend(b, a), Point { x: 50.0, y: 12.0 });
    }
}

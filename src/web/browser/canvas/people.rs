//! The big network's people and companies on the canvas: people stamped with pictures drawn
//! once, or painted as pixels when too small for a pattern; companies; the marks of what is
//! selected and pointed at; and the names that fit.

use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use crate::core::model::Node;
use crate::present::detail::{label_shown, MAX_LABELS};
use crate::present::layout::Layout;
use crate::present::raster::{parse_colour, Look, Pixels};
use crate::present::scene::{DrawnNode, Emphasis, NodeKind, PersonState, Scene};
use crate::present::style::{ring, ring_on_canvas, SHIELD, SVG_PERSON_RADIUS, SVG_SHIELD_RADIUS};
use crate::view::state::Camera;

use super::*;

/// How people are drawn: stamped with pictures drawn once ([`stamps`]), at canvas pixels
/// `k` per layout unit from `camera`'s corner.
pub(super) struct People<'a> {
    pub(super) stamps: &'a [Stamp],
    pub(super) camera: Camera,
    pub(super) k: f64,
}

/// The people's pictures for a radius of `r` layout units at `scale` screen pixels (`k` canvas
/// pixels) per unit, drawn again when the size or colours change: a ring for each state
/// (untouched, said yes, exposed), in the SVG picture's patterns, then the shield.
pub(super) fn stamps<'a>(
    layer: &'a mut Layer,
    colours: &Colours,
    r: f64,
    (scale, k): (f64, f64),
) -> &'a [Stamp] {
    let key = fingerprint(
        [r * k, scale, k]
            .map(f64::to_bits)
            .into_iter()
            .chain(colours.node_key()),
    );
    if layer.stamps.as_ref().map(|(k, _)| *k) != Some(key) {
        let states = [
            ((false, false), &colours.muted),
            ((false, true), &colours.consent),
            ((true, false), &colours.transfer),
        ];
        let mut made: Vec<Stamp> = states
            .iter()
            .filter_map(|((exposed, said_yes), colour)| {
                let state = PersonState {
                    exposed: *exposed,
                    said_yes: *said_yes,
                    protected: false,
                };
                let (width, dash) = ring_on_canvas(ring(state), r, scale);
                stamp(r * k, (width * k, dash, colour), Some(&colours.person), k)
            })
            .collect();
        let (width, dash) = ring_on_canvas(SHIELD, r, scale);
        let shield = SVG_SHIELD_RADIUS / SVG_PERSON_RADIUS * r * k;
        made.extend(stamp(shield, (width * k, dash, &colours.deal), None, k));
        layer.stamps = Some((key, made));
    }
    layer.stamps.as_ref().map_or(&[], |(_, s)| s.as_slice())
}

/// A circle of `radius` canvas pixels stroked `width` canvas pixels wide in `dash` (layout
/// units, `k` canvas pixels each), filled with `fill` if given, on a canvas of its own.
pub(super) fn stamp(
    radius: f64,
    (width, dash, colour): (f64, Vec<f64>, &str),
    fill: Option<&str>,
    k: f64,
) -> Option<Stamp> {
    let half = (radius + width).ceil() + 1.0;
    let image: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    image.set_width((2.0 * half) as u32);
    image.set_height((2.0 * half) as u32);
    let ctx = context(&image)?;
    ctx.begin_path();
    ctx.arc(half, half, radius, 0.0, std::f64::consts::TAU).ok();
    if let Some(fill) = fill {
        ctx.set_fill_style_str(fill);
        ctx.fill();
    }
    let dash = dash.into_iter().map(|d| d * k).collect();
    stroke_with(&ctx, (width, dash), colour);
    ctx.stroke();
    Some(Stamp { image, half })
}

/// Paints the people in view into `layer.painted`, each a disc in its ring's colour (solid:
/// too small for a pattern to show) over the page's person colour, shielded when their settings
/// held data back: one image for the browser to copy, instead of thousands of circles to
/// stroke. `false` when the theme's colours cannot be read as numbers.
pub(super) fn paint(
    layer: &mut Layer,
    (scene, layout): (&Scene, &Layout),
    colours: &Colours,
    (r, scale, k, camera): (f64, f64, f64, Camera),
    view: (f64, f64, f64, f64),
    (w, h): (u32, u32),
) -> bool {
    let rgb = |c: &String| parse_colour(c);
    let (Some(fill), Some(muted), Some(consent), Some(transfer), Some(deal)) = (
        rgb(&colours.person),
        rgb(&colours.muted),
        rgb(&colours.consent),
        rgb(&colours.transfer),
        rgb(&colours.deal),
    ) else {
        return false;
    };
    layer.pixels.clear();
    layer.pixels.resize(w as usize * h as usize * 4, 0);
    let mut pixels = Pixels {
        data: &mut layer.pixels,
        width: w as usize,
        height: h as usize,
    };
    let (shield_width, _) = ring_on_canvas(SHIELD, r, scale);
    let shield = (
        deal,
        SVG_SHIELD_RADIUS / SVG_PERSON_RADIUS * r * k,
        shield_width * k,
    );
    for emphasis in [Emphasis::Dimmed, Emphasis::Normal, Emphasis::Strong] {
        let alpha = if emphasis == Emphasis::Dimmed {
            0.25
        } else {
            1.0
        };
        let people = scene.nodes.iter().filter(|n| n.emphasis == emphasis);
        for n in people {
            let NodeKind::Person(state) = n.kind else {
                continue;
            };
            let at = layout.at(n.selects);
            if !inside(view, at, 4.0 * r) {
                continue;
            }
            let colour = match (state.exposed, state.said_yes) {
                (true, _) => transfer,
                (false, true) => consent,
                (false, false) => muted,
            };
            let (width, _) = ring_on_canvas(ring(state), r, scale);
            let look = Look {
                ring: (colour, width * k),
                fill,
                shield: state.protected.then_some(shield),
                alpha,
            };
            pixels.disc((at.x - camera.x) * k, (at.y - camera.y) * k, r * k, &look);
        }
    }
    let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&layer.pixels), w, h)
    else {
        return false;
    };
    if layer.painted.is_none() {
        layer.painted = gloo::utils::document()
            .create_element("canvas")
            .ok()
            .and_then(|e| e.dyn_into().ok());
    }
    let Some(canvas) = &layer.painted else {
        return false;
    };
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    context(canvas).is_some_and(|c| c.put_image_data(&image, 0.0, 0.0).is_ok())
}

/// People (ringed by their state, shielded when their settings held data back), unless they
/// were painted, and companies.
pub(super) fn nodes(
    ctx: &CanvasRenderingContext2d,
    (scene, layout): (&Scene, &Layout),
    colours: &Colours,
    (scale, r): (f64, f64),
    view: (f64, f64, f64, f64),
    people: &People,
) {
    let at = |n: &DrawnNode| layout.at(n.selects);
    let shown = |n: &&DrawnNode| inside(view, at(n), 4.0 * r);
    let (cam, k) = (people.camera, people.k);
    for emphasis in [Emphasis::Dimmed, Emphasis::Normal, Emphasis::Strong] {
        ctx.set_global_alpha(if emphasis == Emphasis::Dimmed {
            0.25
        } else {
            1.0
        });
        let these = || {
            scene
                .nodes
                .iter()
                .filter(move |n| n.emphasis == emphasis)
                .filter_map(|n| match n.kind {
                    NodeKind::Person(s) => Some((n, s)),
                    NodeKind::Company(_) => None,
                })
        };
        // In whole canvas pixels (a stamp between pixels would blur).
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
        let put = |n: &DrawnNode, s: &Stamp| {
            let p = at(n);
            let x = ((p.x - cam.x) * k - s.half).round();
            let y = ((p.y - cam.y) * k - s.half).round();
            ctx.draw_image_with_html_canvas_element(&s.image, x, y).ok();
        };
        // The shields first, so the rings cover their inner edge.
        if let Some(shield) = people.stamps.get(3) {
            for (n, _) in these().filter(|(n, s)| s.protected && shown(n)) {
                put(n, shield);
            }
        }
        let stamped = these().filter(|(n, _)| !people.stamps.is_empty() && shown(n));
        for (n, s) in stamped {
            let i = match (s.exposed, s.said_yes) {
                (true, _) => 2,
                (false, true) => 1,
                (false, false) => 0,
            };
            if let Some(stamp) = people.stamps.get(i) {
                put(n, stamp);
            }
        }
        ctx.set_transform(k, 0.0, 0.0, k, -cam.x * k, -cam.y * k)
            .ok();
        ctx.set_fill_style_str(&colours.company);
        ctx.begin_path();
        let companies = scene
            .nodes
            .iter()
            .filter(|n| n.emphasis == emphasis && matches!(n.kind, NodeKind::Company(_)));
        for n in companies.filter(shown) {
            let (p, half) = (at(n), (2.0 * r).max(5.0 / scale));
            ctx.rect(p.x - half, p.y - half, 2.0 * half, 2.0 * half);
        }
        ctx.fill();
    }
    ctx.set_global_alpha(1.0);
}

/// The marks of the selected and the pointed node.
pub(super) fn marks(
    ctx: &CanvasRenderingContext2d,
    (scene, layout): (&Scene, &Layout),
    colours: &Colours,
    (scale, r): (f64, f64),
    selected: Option<Node>,
    hovered: Option<usize>,
) {
    let mark = |n: &DrawnNode, colour: &str| {
        let p = layout.at(n.selects);
        ctx.set_stroke_style_str(colour);
        ctx.set_line_width(2.5 / scale);
        ctx.begin_path();
        ctx.arc(p.x, p.y, 2.2 * r + 3.0 / scale, 0.0, std::f64::consts::TAU)
            .ok();
        ctx.stroke();
    };
    if let Some(n) = scene.nodes.iter().find(|n| Some(n.selects) == selected) {
        mark(n, &colours.focus);
    }
    if let Some(n) = hovered.and_then(|i| scene.nodes.get(i)) {
        mark(n, &colours.fg);
    }
}

/// Sets the stroke to `colour`, `width` wide in `dash`es (layout units).
pub(super) fn stroke_with(
    ctx: &CanvasRenderingContext2d,
    (width, dash): (f64, Vec<f64>),
    colour: &str,
) {
    ctx.set_stroke_style_str(colour);
    ctx.set_line_width(width);
    let pattern: js_sys::Array = dash.into_iter().map(JsValue::from_f64).collect();
    ctx.set_line_dash(&pattern).ok();
}

/// The names the level of detail allows: companies and what stands out first, then people in
/// view up to [`MAX_LABELS`].
pub(super) fn labels(
    ctx: &CanvasRenderingContext2d,
    (scene, layout): (&Scene, &Layout),
    colours: &Colours,
    (scale, size): (f64, f64),
    view: (f64, f64, f64, f64),
    selected: Option<Node>,
    r: f64,
) {
    let named = scene.nodes.iter().filter(|n| {
        let company = matches!(n.kind, NodeKind::Company(_));
        inside(view, layout.at(n.selects), 0.0)
            && label_shown(
                company,
                n.emphasis,
                Some(n.selects) == selected,
                size,
                scale,
            )
    });
    let (mut first, mut rest): (Vec<&DrawnNode>, Vec<&DrawnNode>) = named.partition(|n| {
        matches!(n.kind, NodeKind::Company(_))
            || n.emphasis == Emphasis::Strong
            || Some(n.selects) == selected
    });
    rest.truncate(MAX_LABELS.saturating_sub(first.len()));
    first.append(&mut rest);
    ctx.set_font(&format!("{}px system-ui, sans-serif", 12.0 / scale));
    ctx.set_text_align("center");
    ctx.set_line_width(3.0 / scale);
    ctx.set_stroke_style_str(&colours.panel);
    ctx.set_fill_style_str(&colours.fg);
    for n in first {
        let below = if matches!(n.kind, NodeKind::Company(_)) {
            2.0 * r
        } else {
            r
        };
        let at = layout.at(n.selects);
        let y = at.y + below + 13.0 / scale;
        ctx.stroke_text(&n.label, at.x, y).ok();
        ctx.fill_text(&n.label, at.x, y).ok();
    }
}

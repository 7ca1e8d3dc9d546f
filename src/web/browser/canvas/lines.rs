//! The big network's lines on the canvas: the friendships drawn into their own layer a margin
//! larger than the view and copied while they stay, then transfers, the highlighted
//! friendships and the flows, each reason in its pattern.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::CanvasRenderingContext2d;

use crate::core::engine::ReasonKind;
use crate::core::model::Node;
use crate::present::detail::{
    drawn_flows, flow_width_px, hairline, line_alpha, line_stride, FlowsDrawn,
};
use crate::present::layout::{Layout, Point};
use crate::present::scene::{Emphasis, Flow, Scene};
use crate::present::style::{bend, flow_stroke};
use crate::view::state::Camera;

use super::*;

/// Brings the friendship layer up to date for `view`: redrawn when the lines, their places,
/// colours, zoom or size changed or the view left the part it holds; otherwise kept, and only
/// its copy moves.
pub(super) fn friendships(
    layer: &mut Layer,
    (scene, layout, moving): (&Scene, &Rc<Layout>, bool),
    colours: &Colours,
    camera: Camera,
    (w, h): (u32, u32),
    (scale, k): (f64, f64),
    view: (f64, f64, f64, f64),
) {
    let stride = line_stride(scene.friendships.len(), moving);
    let lines = fingerprint(
        scene
            .friendships
            .iter()
            .flat_map(|l| l.ends.map(node_number))
            .chain([u64::from(scene.focused), colours.key(), stride as u64]),
    );
    let key = (lines, camera.zoom.to_bits(), w, h);
    let c = layer.covers;
    let inside = view.0 >= c.0 && view.1 >= c.1 && view.2 <= c.2 && view.3 <= c.3;
    // The lines run between people: new places for them (a big network's layout moving on)
    // draw the layer again, and a new layout with the people where they were (a sandbox edit
    // adding a company) does not.
    let same_places = layer
        .layout
        .as_ref()
        .is_some_and(|l| Rc::ptr_eq(l, layout) || l.people == layout.people);
    if layer.drawn_for == Some(key) && same_places && inside {
        return;
    }
    let (mw, mh) = (
        (view.2 - view.0) * LAYER_MARGIN,
        (view.3 - view.1) * LAYER_MARGIN,
    );
    let covers = (view.0 - mw, view.1 - mh, view.2 + mw, view.3 + mh);
    let size = (
        (f64::from(w) * (1.0 + 2.0 * LAYER_MARGIN)).ceil() as u32,
        (f64::from(h) * (1.0 + 2.0 * LAYER_MARGIN)).ceil() as u32,
    );
    let Some(off) = friendship_layer(layer, size.0, size.1) else {
        return;
    };
    off.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
    off.clear_rect(0.0, 0.0, f64::from(size.0), f64::from(size.1));
    off.set_transform(k, 0.0, 0.0, k, -covers.0 * k, -covers.1 * k)
        .ok();
    off.set_stroke_style_str(&colours.friend_line);
    let alpha = line_alpha(scene.friendships.len() / stride, camera.zoom);
    off.set_global_alpha(if scene.focused { alpha * 0.4 } else { alpha });
    off.set_line_width(hairline(1.0, k / scale) / scale);
    let ends = scene
        .friendships
        .iter()
        .step_by(stride)
        .map(|l| l.ends.map(|n| layout.at(n)))
        .filter(|[a, b]| crosses(covers, *a, *b));
    // Strokes of a thousand lines each: the browser strokes those faster than one long path.
    off.begin_path();
    for (i, [a, b]) in ends.enumerate() {
        if i % 1000 == 999 {
            off.stroke();
            off.begin_path();
        }
        off.move_to(a.x, a.y);
        off.line_to(b.x, b.y);
    }
    off.stroke();
    layer.drawn_for = Some(key);
    layer.layout = Some(layout.clone());
    layer.covers = covers;
}

/// The offscreen canvas of the friendships, sized `w` by `h`.
pub(super) fn friendship_layer(
    layer: &mut Layer,
    w: u32,
    h: u32,
) -> Option<CanvasRenderingContext2d> {
    if layer.canvas.is_none() {
        layer.canvas = gloo::utils::document()
            .create_element("canvas")
            .ok()
            .and_then(|e| e.dyn_into().ok());
    }
    let off = layer.canvas.as_ref()?;
    if off.width() != w || off.height() != h {
        off.set_width(w);
        off.set_height(h);
    }
    context(off)
}

/// The most flows of one reason and emphasis drawn as patterned curves in one frame.
const MAX_PATTERNED_FLOWS: usize = 2000;
/// The most flows stroked as one path.
const PATH_BATCH: usize = 256;

/// Transfers, flows (one path per reason and emphasis) and the highlighted friendships.
pub(super) fn lines(
    ctx: &CanvasRenderingContext2d,
    (scene, layout): (&Scene, &Layout),
    colours: &Colours,
    (scale, dpr): (f64, f64),
    view: (f64, f64, f64, f64),
) {
    ctx.set_global_alpha(1.0);
    ctx.set_stroke_style_str(&colours.fg);
    ctx.set_line_width(3.0 / scale);
    ctx.begin_path();
    let strong = scene
        .friendships
        .iter()
        .filter(|l| l.emphasis == Emphasis::Strong);
    for [a, b] in strong.map(|l| l.ends.map(|n| layout.at(n))) {
        ctx.move_to(a.x, a.y);
        ctx.line_to(b.x, b.y);
    }
    ctx.stroke();
    ctx.set_stroke_style_str(&colours.transfer);
    ctx.set_line_width(2.0 / scale);
    ctx.begin_path();
    for [a, b] in scene.transfers.iter().map(|l| l.ends.map(|n| layout.at(n))) {
        ctx.move_to(a.x, a.y);
        ctx.line_to(b.x, b.y);
    }
    ctx.stroke();
    let drawn = drawn_flows(scene);
    // What a what-if took away: thin grey dashes, under the flows (when every flow is drawn).
    ctx.set_global_alpha(0.8);
    ctx.set_line_width(hairline(1.0, dpr) / scale);
    ctx.set_line_dash(&dash(&[5.0, 5.0], scale)).ok();
    ctx.set_stroke_style_str(&colours.muted);
    ctx.begin_path();
    let ghosts = scene
        .ghosts
        .iter()
        .filter(|_| drawn == FlowsDrawn::All)
        .map(|f| ends(layout, f))
        .filter(|(a, b)| crosses(view, *a, *b));
    for (i, (from, to)) in ghosts.enumerate() {
        if i > 0 && i % PATH_BATCH == 0 {
            ctx.stroke();
            ctx.begin_path();
        }
        curve(ctx, from, to);
    }
    ctx.stroke();
    for emphasis in [Emphasis::Dimmed, Emphasis::Normal, Emphasis::Strong] {
        let shown = match drawn {
            FlowsDrawn::All => true,
            FlowsDrawn::Selected => emphasis == Emphasis::Strong,
            FlowsDrawn::None => false,
        };
        if !shown {
            continue;
        }
        let (alpha, width) = match emphasis {
            Emphasis::Dimmed => (0.12, 1.0),
            Emphasis::Normal => (0.8, 1.5),
            Emphasis::Strong => (1.0, 3.0),
        };
        ctx.set_global_alpha(alpha);
        for (r, colour) in ReasonKind::ALL.iter().zip(&colours.reasons) {
            let of = |kept: bool| -> Vec<(Point, Point)> {
                scene
                    .flows
                    .iter()
                    .filter(|f| f.reason == *r && f.emphasis == emphasis && f.kept == kept)
                    .map(|f| ends(layout, f))
                    .filter(|(a, b)| crosses(view, *a, *b))
                    .collect()
            };
            ctx.set_stroke_style_str(colour);
            flows(ctx, &of(false), flow_stroke(*r).dash, (width, scale, dpr));
            kept(ctx, &of(true), (width, scale));
        }
    }
    ctx.set_line_dash(&js_sys::Array::new()).ok();
    ctx.set_global_alpha(1.0);
}

/// Where a flow runs: from its person to its company, where `layout` has them now.
fn ends(layout: &Layout, f: &Flow) -> (Point, Point) {
    (
        layout.at(Node::Person(f.person)),
        layout.at(Node::Company(f.company)),
    )
}

/// A flow's curve, on the path being drawn.
fn curve(ctx: &CanvasRenderingContext2d, from: Point, to: Point) {
    let m = bend(from, to);
    ctx.move_to(from.x, from.y);
    ctx.quadratic_curve_to(m.x, m.y, to.x, to.y);
}

/// A dash pattern in screen pixels as the canvas takes it, at `scale` pixels a layout unit.
fn dash(d: &[f64], scale: f64) -> js_sys::Array {
    d.iter().map(|d| JsValue::from_f64(d / scale)).collect()
}

/// The flows of one reason and emphasis, `width` pixels wide in their `pattern`. Patterned
/// curves cost the rasteriser dearly: tens of thousands of them (a deal over every user of a
/// big network) took seconds a frame, so past a few thousand in view, where a pattern can no
/// longer be told apart anyway, they are plain lines.
fn flows(
    ctx: &CanvasRenderingContext2d,
    flows: &[(Point, Point)],
    pattern: &[f64],
    (width, scale, dpr): (f64, f64, f64),
) {
    let patterned = flows.len() <= MAX_PATTERNED_FLOWS;
    ctx.set_line_width(flow_width_px(width, flows.len(), dpr) / scale);
    let pattern = if patterned {
        dash(pattern, scale)
    } else {
        js_sys::Array::new()
    };
    ctx.set_line_dash(&pattern).ok();
    ctx.begin_path();
    for (i, &(from, to)) in flows.iter().enumerate() {
        // Many lines meeting at one company make one path the rasteriser chokes on (seconds
        // for 40,000); short paths stroke in a fraction of that.
        if i > 0 && i % PATH_BATCH == 0 {
            ctx.stroke();
            ctx.begin_path();
        }
        if patterned {
            curve(ctx, from, to);
        } else {
            ctx.move_to(from.x, from.y);
            ctx.line_to(to.x, to.y);
        }
    }
    ctx.stroke();
}

/// Copies kept from earlier, out of reach on the date: round dots in the reason's colour,
/// whatever its pattern, and a ring at the company.
fn kept(ctx: &CanvasRenderingContext2d, kept: &[(Point, Point)], (width, scale): (f64, f64)) {
    ctx.set_line_dash(&dash(&[0.0, 7.0], scale)).ok();
    ctx.set_line_cap("round");
    ctx.set_line_width((width + 1.5) / scale);
    ctx.begin_path();
    for &(from, to) in kept {
        curve(ctx, from, to);
    }
    ctx.stroke();
    ctx.set_line_dash(&js_sys::Array::new()).ok();
    ctx.set_line_width(1.5 / scale);
    for (_, to) in kept {
        ctx.begin_path();
        let _ = ctx.arc(to.x, to.y, 19.0, 0.0, std::f64::consts::TAU);
        ctx.stroke();
    }
    ctx.set_line_cap("butt");
}

//! The big network's graph painted on a `<canvas>`: the part of the canvas graph
//! (`web::components::canvas`) that calls the browser's 2D context.
//!
//! Layers, as sigma.js keeps them: the friendships are drawn once into an offscreen canvas a
//! margin larger than the view, and copied while the lines and the zoom stay (a hover, a
//! selection, a new date with the same friendships, or a pan within the margin reuse it); the
//! flows, transfers, highlighted friendships and the nodes are drawn over it each time. What is
//! named and how strong thin lines are follow the zoom ([`crate::present::detail`]); a frame is
//! drawn again only when something it shows changed.

use std::rc::Rc;

use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use crate::core::engine::ReasonKind;
use crate::core::model::Node;
use crate::present::detail::{
    drawn_flows, flow_width_px, hairline, label_shown, line_alpha, line_stride, person_radius,
    FlowsDrawn, MAX_LABELS,
};
use crate::present::layout::{Layout, Point, WIDTH};
use crate::present::raster::{parse_colour, Look, Pixels};
use crate::present::scene::{DrawnNode, Emphasis, Flow, NodeKind, PersonState, Scene};
use crate::present::style::{
    bend, flow_stroke, ring, ring_on_canvas, Ink, PATTERN_PX, SHIELD, SVG_PERSON_RADIUS,
    SVG_SHIELD_RADIUS,
};
use crate::view::state::Camera;

/// A person's picture (their ring, or the shield around it) drawn once and copied to each
/// person: a copy of a small image costs microseconds, where one path of thousands of circles
/// costs the browser hundreds of milliseconds to stroke.
struct Stamp {
    image: HtmlCanvasElement,
    /// Half its side, in canvas pixels.
    half: f64,
}

/// The friendship layer and what it was drawn for.
#[derive(Default)]
pub struct Layer {
    canvas: Option<HtmlCanvasElement>,
    /// The lines, colours, zoom and canvas size it was drawn for.
    drawn_for: Option<(u64, u64, u32, u32)>,
    /// The positions it was drawn with (held, so no other layout can take its address).
    layout: Option<Rc<Layout>>,
    /// The pictures people are stamped with, and what they were drawn for.
    stamps: Option<(u64, Vec<Stamp>)>,
    /// The people painted as pixels ([`paint`]), and the buffer they are painted in.
    painted: Option<HtmlCanvasElement>,
    pixels: Vec<u8>,
    /// The part of the picture it holds (left, top, right, bottom in layout units): the view
    /// with a margin on every side, so a pan within the margin only moves the copy.
    covers: (f64, f64, f64, f64),
    /// The scene and positions the canvas shows now (held, so no other can take their
    /// addresses), and the rest of what its frame was drawn for: a render that changes none of
    /// it draws nothing.
    frame: Option<(Rc<Scene>, Rc<Layout>, u64)>,
}

/// How much of the view's size the friendship layer holds beyond each side.
const LAYER_MARGIN: f64 = 0.25;

/// The colours of the page's theme, read from its style sheet's custom properties.
#[derive(Debug)]
struct Colours {
    fg: String,
    panel: String,
    friend_line: String,
    focus: String,
    person: String,
    company: String,
    muted: String,
    consent: String,
    transfer: String,
    deal: String,
    reasons: [String; 5],
}

impl Colours {
    fn of(canvas: &HtmlCanvasElement) -> Colours {
        let style = gloo::utils::window()
            .get_computed_style(canvas)
            .ok()
            .flatten();
        let get = |name: &str, fallback: &str| {
            style
                .as_ref()
                .and_then(|s| s.get_property_value(name).ok())
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| fallback.to_string())
        };
        // The theme's colours as the style sheet has them now (light, dark, forced), and the
        // light theme's where a property is missing.
        let ink = |i: Ink| get(i.property(), i.light());
        Colours {
            fg: ink(Ink::Text),
            panel: ink(Ink::Panel),
            friend_line: ink(Ink::FriendLine),
            focus: ink(Ink::Focus),
            person: ink(Ink::Person),
            company: ink(Ink::Company),
            muted: ink(Ink::Muted),
            consent: ink(Ink::Reason(ReasonKind::Consent)),
            transfer: ink(Ink::Reason(ReasonKind::Transfer)),
            deal: ink(Ink::Reason(ReasonKind::Deal)),
            reasons: ReasonKind::ALL.map(|r| ink(Ink::Reason(r))),
        }
    }

    fn key(&self) -> u64 {
        fingerprint(self.friend_line.bytes().map(u64::from))
    }

    /// Every colour (all of its fields, as `Debug` writes them), for the whole frame's key.
    fn all_key(&self) -> u64 {
        fingerprint(format!("{self:?}").bytes().map(u64::from))
    }

    /// What the people's pictures depend on.
    fn node_key(&self) -> impl Iterator<Item = u64> + '_ {
        [
            &self.person,
            &self.muted,
            &self.consent,
            &self.transfer,
            &self.deal,
        ]
        .into_iter()
        .flat_map(|c| c.bytes().chain([0]))
        .map(u64::from)
    }
}

/// A cheap hash of numbers (FNV-1a over their bits): the friendship layer's key.
fn fingerprint(values: impl Iterator<Item = u64>) -> u64 {
    values.fold(0xcbf2_9ce4_8422_2325, |h, v| {
        (h ^ v).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The 2D context of `canvas`.
fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

/// Draws `scene` placed by `layout` on `canvas` as `camera` sees it, the friendships through
/// `layer`.
pub fn draw(
    canvas: &HtmlCanvasElement,
    layer: &mut Layer,
    (scene, layout, moving): (&Rc<Scene>, &Rc<Layout>, bool),
    camera: Camera,
    selected: Option<Node>,
    hovered: Option<usize>,
    size: f64,
) {
    let (cw, ch) = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    if cw < 1.0 || ch < 1.0 {
        return;
    }
    let dpr = gloo::utils::window().device_pixel_ratio().max(1.0);
    let (w, h) = ((cw * dpr).round() as u32, (ch * dpr).round() as u32);
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let Some(ctx) = context(canvas) else { return };
    let colours = Colours::of(canvas);
    // The page renders this component whenever any of its inputs is a new value, a callback
    // included; a frame is drawn again only when something it shows changed.
    let frame = fingerprint(
        [
            u64::from(moving),
            camera.zoom.to_bits(),
            camera.x.to_bits(),
            camera.y.to_bits(),
            selected.map_or(u64::MAX, node_number),
            hovered.map_or(u64::MAX, |h| h as u64),
            size.to_bits(),
            u64::from(w),
            u64::from(h),
            dpr.to_bits(),
            colours.all_key(),
        ]
        .into_iter(),
    );
    let drawn = layer
        .frame
        .as_ref()
        .is_some_and(|(s, l, f)| Rc::ptr_eq(s, scene) && Rc::ptr_eq(l, layout) && *f == frame);
    if drawn {
        return;
    }
    layer.frame = Some((scene.clone(), layout.clone(), frame));
    // Screen pixels per layout unit, and the transform from layout units to the canvas's.
    let scale = cw / (WIDTH / camera.zoom);
    let k = scale * dpr;
    let view = (
        camera.x,
        camera.y,
        camera.x + cw / scale,
        camera.y + ch / scale,
    );
    friendships(
        layer,
        (scene, layout, moving),
        &colours,
        camera,
        (w, h),
        (scale, k),
        view,
    );
    ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
    ctx.set_global_alpha(1.0);
    ctx.clear_rect(0.0, 0.0, f64::from(w), f64::from(h));
    if let Some(off) = &layer.canvas {
        let (x, y) = (
            (layer.covers.0 - camera.x) * k,
            (layer.covers.1 - camera.y) * k,
        );
        ctx.draw_image_with_html_canvas_element(off, x, y).ok();
    }
    ctx.set_transform(k, 0.0, 0.0, k, -camera.x * k, -camera.y * k)
        .ok();
    lines(&ctx, (scene, layout), &colours, (scale, dpr), view);
    let r = person_radius(size, scale);
    // Rings too small for a pattern are painted as pixels; bigger ones are stamped.
    let painted = r * scale < PATTERN_PX
        && paint(
            layer,
            (scene, layout),
            &colours,
            (r, scale, k, camera),
            view,
            (w, h),
        );
    if let Some(image) = layer.painted.as_ref().filter(|_| painted) {
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
        ctx.draw_image_with_html_canvas_element(image, 0.0, 0.0)
            .ok();
    }
    let stamps = if painted {
        &[]
    } else {
        stamps(layer, &colours, r, (scale, k))
    };
    let people = People { stamps, camera, k };
    nodes(&ctx, (scene, layout), &colours, (scale, r), view, &people);
    marks(
        &ctx,
        (scene, layout),
        &colours,
        (scale, r),
        selected,
        hovered,
    );
    labels(
        &ctx,
        (scene, layout),
        &colours,
        (scale, size),
        view,
        selected,
        r,
    );
}

/// Brings the friendship layer up to date for `view`: redrawn when the lines, their places,
/// colours, zoom or size changed or the view left the part it holds; otherwise kept, and only
/// its copy moves.
fn friendships(
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
    let same_places = layer.layout.as_ref().is_some_and(|l| Rc::ptr_eq(l, layout));
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

/// A node as one number, for the friendship layer's key.
fn node_number(n: Node) -> u64 {
    match n {
        Node::Person(p) => p.ix() as u64,
        Node::Company(c) => (1 << 40) | c.ix() as u64,
    }
}

/// The offscreen canvas of the friendships, sized `w` by `h`.
fn friendship_layer(layer: &mut Layer, w: u32, h: u32) -> Option<CanvasRenderingContext2d> {
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

/// Whether the box around the segment from `a` to `b` meets `view` (left, top, right, bottom).
fn crosses(view: (f64, f64, f64, f64), a: Point, b: Point) -> bool {
    a.x.max(b.x) >= view.0
        && a.x.min(b.x) <= view.2
        && a.y.max(b.y) >= view.1
        && a.y.min(b.y) <= view.3
}

fn inside(view: (f64, f64, f64, f64), p: Point, margin: f64) -> bool {
    p.x >= view.0 - margin
        && p.x <= view.2 + margin
        && p.y >= view.1 - margin
        && p.y <= view.3 + margin
}

/// The most flows of one reason and emphasis drawn as patterned curves in one frame.
const MAX_PATTERNED_FLOWS: usize = 2000;
/// The most flows stroked as one path.
const PATH_BATCH: usize = 256;

/// Transfers, flows (one path per reason and emphasis) and the highlighted friendships.
fn lines(
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
    // Where a flow runs: from its person to its company, where the layout has them now.
    let ends = |f: &Flow| {
        (
            layout.at(Node::Person(f.person)),
            layout.at(Node::Company(f.company)),
        )
    };
    let curve = |(from, to): (Point, Point)| {
        let m = bend(from, to);
        ctx.move_to(from.x, from.y);
        ctx.quadratic_curve_to(m.x, m.y, to.x, to.y);
    };
    let dash =
        |d: &[f64]| -> js_sys::Array { d.iter().map(|d| JsValue::from_f64(d / scale)).collect() };
    let drawn = drawn_flows(scene);
    // What a what-if took away: thin grey dashes, under the flows (when every flow is drawn).
    ctx.set_global_alpha(0.8);
    ctx.set_line_width(hairline(1.0, dpr) / scale);
    ctx.set_line_dash(&dash(&[5.0, 5.0])).ok();
    ctx.set_stroke_style_str(&colours.muted);
    ctx.begin_path();
    let ghosts = scene
        .ghosts
        .iter()
        .filter(|_| drawn == FlowsDrawn::All)
        .map(ends)
        .filter(|(a, b)| crosses(view, *a, *b));
    for (i, e) in ghosts.enumerate() {
        if i > 0 && i % PATH_BATCH == 0 {
            ctx.stroke();
            ctx.begin_path();
        }
        curve(e);
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
            let flows: Vec<(Point, Point)> = scene
                .flows
                .iter()
                .filter(|f| f.reason == *r && f.emphasis == emphasis && !f.kept)
                .map(ends)
                .filter(|(a, b)| crosses(view, *a, *b))
                .collect();
            // Patterned curves cost the rasteriser dearly: tens of thousands of them (a deal
            // over every user of a big network) took seconds a frame. Past a few thousand in
            // view, where a pattern can no longer be told apart anyway, they are plain lines.
            let patterned = flows.len() <= MAX_PATTERNED_FLOWS;
            ctx.set_line_width(flow_width_px(width, flows.len(), dpr) / scale);
            // The SVG graph's dashes, in pixels.
            let pattern = if patterned {
                dash(flow_stroke(*r).dash)
            } else {
                js_sys::Array::new()
            };
            ctx.set_line_dash(&pattern).ok();
            ctx.set_stroke_style_str(colour);
            ctx.begin_path();
            for (i, (from, to)) in flows.into_iter().enumerate() {
                // Many lines meeting at one company make one path the rasteriser chokes on
                // (seconds for 40,000); short paths stroke in a fraction of that.
                if i > 0 && i % PATH_BATCH == 0 {
                    ctx.stroke();
                    ctx.begin_path();
                }
                if patterned {
                    curve((from, to));
                } else {
                    ctx.move_to(from.x, from.y);
                    ctx.line_to(to.x, to.y);
                }
            }
            ctx.stroke();
            // Kept copies: round dots in the reason's colour, whatever its pattern, and a ring
            // at the company.
            ctx.set_line_dash(&dash(&[0.0, 7.0])).ok();
            ctx.set_line_cap("round");
            ctx.set_line_width((width + 1.5) / scale);
            ctx.begin_path();
            let kept: Vec<(Point, Point)> = scene
                .flows
                .iter()
                .filter(|f| f.reason == *r && f.emphasis == emphasis && f.kept)
                .map(ends)
                .filter(|(a, b)| crosses(view, *a, *b))
                .collect();
            for e in &kept {
                curve(*e);
            }
            ctx.stroke();
            ctx.set_line_dash(&js_sys::Array::new()).ok();
            ctx.set_line_width(1.5 / scale);
            for (_, to) in &kept {
                ctx.begin_path();
                let _ = ctx.arc(to.x, to.y, 19.0, 0.0, std::f64::consts::TAU);
                ctx.stroke();
            }
            ctx.set_line_cap("butt");
        }
    }
    ctx.set_line_dash(&js_sys::Array::new()).ok();
    ctx.set_global_alpha(1.0);
}

/// How people are drawn: stamped with pictures drawn once ([`stamps`]), at canvas pixels
/// `k` per layout unit from `camera`'s corner.
struct People<'a> {
    stamps: &'a [Stamp],
    camera: Camera,
    k: f64,
}

/// The people's pictures for a radius of `r` layout units at `scale` screen pixels (`k` canvas
/// pixels) per unit, drawn again when the size or colours change: a ring for each state
/// (untouched, said yes, exposed), in the SVG picture's patterns, then the shield.
fn stamps<'a>(
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
fn stamp(
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
fn paint(
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
fn nodes(
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
fn marks(
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
fn stroke_with(ctx: &CanvasRenderingContext2d, (width, dash): (f64, Vec<f64>), colour: &str) {
    ctx.set_stroke_style_str(colour);
    ctx.set_line_width(width);
    let pattern: js_sys::Array = dash.into_iter().map(JsValue::from_f64).collect();
    ctx.set_line_dash(&pattern).ok();
}

/// The names the level of detail allows: companies and what stands out first, then people in
/// view up to [`MAX_LABELS`].
fn labels(
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

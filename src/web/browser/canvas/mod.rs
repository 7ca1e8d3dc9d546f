//! The big network's graph painted on a `<canvas>`: the part of the canvas graph
//! (`web::components::canvas`) that calls the browser's 2D context.
//!
//! Layers, as sigma.js keeps them: the friendships are drawn once into an offscreen canvas a
//! margin larger than the view, and copied while the lines and the zoom stay (a hover, a
//! selection, a new date with the same friendships, or a pan within the margin reuse it); the
//! flows, transfers, highlighted friendships and the nodes are drawn over it each time. What is
//! named and how strong thin lines are follow the zoom ([`crate::present::detail`]); a frame is
//! drawn again only when something it shows changed.

//! The painting is in two rooms: [`lines`] (friendships, through their layer; transfers; flows)
//! and [`people`] (stamped, painted as pixels, marked, named).

mod lines;
mod people;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::core::engine::ReasonKind;
use crate::core::model::Node;
use crate::present::detail::person_radius;
use crate::present::layout::{Layout, Point, WIDTH};
use crate::present::scene::Scene;
use crate::present::style::{Ink, PATTERN_PX};
use crate::view::state::Camera;

use lines::{friendships, lines};
use people::{labels, marks, nodes, paint, stamps, People};

/// A person's picture (their ring, or the shield around it) drawn once and copied to each
/// person: a copy of a small image costs microseconds, where one path of thousands of circles
/// costs the browser hundreds of milliseconds to stroke.
pub(super) struct Stamp {
    pub(super) image: HtmlCanvasElement,
    /// Half its side, in canvas pixels.
    pub(super) half: f64,
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
pub(super) const LAYER_MARGIN: f64 = 0.25;

/// The colours of the page's theme, read from its style sheet's custom properties.
#[derive(Debug)]
pub(super) struct Colours {
    pub(super) fg: String,
    pub(super) panel: String,
    pub(super) friend_line: String,
    pub(super) focus: String,
    pub(super) person: String,
    pub(super) company: String,
    pub(super) muted: String,
    pub(super) consent: String,
    pub(super) transfer: String,
    pub(super) deal: String,
    pub(super) reasons: [String; 5],
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
pub(super) fn fingerprint(values: impl Iterator<Item = u64>) -> u64 {
    values.fold(0xcbf2_9ce4_8422_2325, |h, v| {
        (h ^ v).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The 2D context of `canvas`.
pub(super) fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
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
    everyone(
        (&ctx, layer),
        (scene, layout),
        &colours,
        (size, scale, k, camera),
        (view, (w, h)),
        (selected, hovered),
    );
}

/// Draws the people and companies over the lines: rings too small for a pattern painted as
/// pixels, bigger ones stamped; then the marks of what is selected and pointed at, and the
/// names.
fn everyone(
    (ctx, layer): (&CanvasRenderingContext2d, &mut Layer),
    (scene, layout): (&Rc<Scene>, &Rc<Layout>),
    colours: &Colours,
    (size, scale, k, camera): (f64, f64, f64, Camera),
    (view, (w, h)): ((f64, f64, f64, f64), (u32, u32)),
    (selected, hovered): (Option<Node>, Option<usize>),
) {
    let r = person_radius(size, scale);
    let painted = r * scale < PATTERN_PX
        && paint(
            layer,
            (scene, layout),
            colours,
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
        stamps(layer, colours, r, (scale, k))
    };
    let people = People { stamps, camera, k };
    nodes(ctx, (scene, layout), colours, (scale, r), view, &people);
    marks(ctx, (scene, layout), colours, (scale, r), selected, hovered);
    labels(
        ctx,
        (scene, layout),
        colours,
        (scale, size),
        view,
        selected,
        r,
    );
}

/// A node as one number, for the friendship layer's key.
pub(super) fn node_number(n: Node) -> u64 {
    match n {
        Node::Person(p) => p.ix() as u64,
        Node::Company(c) => (1 << 40) | c.ix() as u64,
    }
}

/// Whether the box around the segment from `a` to `b` meets `view` (left, top, right, bottom).
pub(super) fn crosses(view: (f64, f64, f64, f64), a: Point, b: Point) -> bool {
    a.x.max(b.x) >= view.0
        && a.x.min(b.x) <= view.2
        && a.y.max(b.y) >= view.1
        && a.y.min(b.y) <= view.3
}

pub(super) fn inside(view: (f64, f64, f64, f64), p: Point, margin: f64) -> bool {
    p.x >= view.0 - margin
        && p.x <= view.2 + margin
        && p.y >= view.1 - margin
        && p.y <= view.3 + margin
}

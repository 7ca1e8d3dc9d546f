//! The graph of a big network, drawn on a `<canvas>` instead of thousands of SVG elements.
//!
//! Layers, as sigma.js keeps them: the friendships are drawn once into an offscreen canvas a
//! margin larger than the view, and copied while the lines and the zoom stay (a hover, a
//! selection, a new date with the same friendships, or a pan within the margin reuse it); the
//! flows, transfers, highlighted friendships and the nodes are drawn over it each time. What
//! is named and how strong thin lines are follow the zoom ([`crate::present::detail`]). What is
//! under the pointer comes from a [`QuadTree`] over the nodes, never from the DOM. Zoom and pan
//! are [`use_gestures`]'s, as on the SVG graph; nodes cannot be dragged here. The canvas carries
//! a text alternative, and the summary of the node pointed at (or selected) shows under it;
//! "why?" follows the selection as anywhere.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::core::engine::ReasonKind;
use crate::core::model::Node;
use crate::present::detail::{
    canvas_words, label_shown, line_alpha, percent, person_radius, person_size, progress_words,
    reach, MAX_LABELS,
};
use crate::present::layout::{Point, WIDTH};
use crate::present::quadtree::QuadTree;
use crate::present::scene::{DrawnNode, Emphasis, Flow, NodeKind, Scene};
use crate::view::state::{Action, Camera};
use crate::web::components::graph::zoom_buttons;
use crate::web::hooks::gestures::{to_layout, use_gestures};
use crate::web::hooks::Same;

/// The canvas graph's inputs: as the SVG graph's, and how far the layout has come.
#[derive(Properties, PartialEq)]
pub struct CanvasGraphProps {
    pub scene: Rc<Scene>,
    pub title: String,
    pub camera: Camera,
    pub selected: Option<Node>,
    pub on_action: Callback<Action>,
    /// From 0 to 1 while the layout runs.
    #[prop_or_default]
    pub progress: Option<f64>,
}

/// The friendship layer and what it was drawn for.
#[derive(Default)]
struct Layer {
    canvas: Option<HtmlCanvasElement>,
    /// The lines, colours, zoom and canvas size it was drawn for.
    drawn_for: Option<(u64, u64, u32, u32)>,
    /// The part of the picture it holds (left, top, right, bottom in layout units): the view
    /// with a margin on every side, so a pan within the margin only moves the copy.
    covers: (f64, f64, f64, f64),
}

/// How much of the view's size the friendship layer holds beyond each side.
const LAYER_MARGIN: f64 = 0.25;

/// The drawing on a canvas, the zoom buttons, the layout's progress, and the summary of the
/// node pointed at.
#[component]
pub fn CanvasGraph(props: &CanvasGraphProps) -> Html {
    let scene = &props.scene;
    let gestures = use_gestures(props.camera, &props.on_action, None, scene);
    let canvas_ref = gestures.svg_ref.clone();
    let hovered = use_state(|| None::<usize>);
    let layer = use_mut_ref(Layer::default);
    let down = use_mut_ref(|| None::<(f64, f64)>);
    let index = use_memo(Same(scene.clone()), |s| {
        QuadTree::new(&s.0.nodes.iter().map(|n| n.at).collect::<Vec<Point>>())
    });
    let people = scene
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Person(_)))
        .count();
    let size = person_size(people);
    use_redraw_on_resize();
    {
        let (canvas_ref, layer, scene) = (canvas_ref.clone(), layer.clone(), scene.clone());
        let (camera, selected, hovered) = (props.camera, props.selected, *hovered);
        use_effect(move || {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                draw(
                    &canvas,
                    &mut layer.borrow_mut(),
                    &scene,
                    camera,
                    selected,
                    hovered,
                    size,
                );
            }
        });
    }
    // The node under a client position, by the index.
    let hit = {
        let (canvas_ref, index, scene, camera) = (
            canvas_ref.clone(),
            index.clone(),
            scene.clone(),
            props.camera,
        );
        move |x: f64, y: f64| -> Option<usize> {
            let canvas = canvas_ref.cast::<web_sys::Element>()?;
            let at = to_layout(&canvas, &camera, x, y);
            let width = f64::from(canvas.client_width()).max(1.0);
            let i = index.nearest(at, reach(size, width / (WIDTH / camera.zoom)))?;
            scene.nodes.get(i).map(|_| i)
        }
    };
    let on_pointer_down = {
        let (down, inner) = (down.clone(), gestures.on_pointer_down.clone());
        Callback::from(move |e: PointerEvent| {
            *down.borrow_mut() = Some((f64::from(e.client_x()), f64::from(e.client_y())));
            inner.emit(e);
        })
    };
    let on_pointer_move = {
        let (hovered, inner, hit) = (
            hovered.clone(),
            gestures.on_pointer_move.clone(),
            hit.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            if e.buttons() == 0 {
                let now = hit(f64::from(e.client_x()), f64::from(e.client_y()));
                if now != *hovered {
                    hovered.set(now);
                }
            }
            inner.emit(e);
        })
    };
    let on_leave = {
        let hovered = hovered.clone();
        Callback::from(move |_: PointerEvent| hovered.set(None))
    };
    let on_click = {
        let (on_action, scene, selected) = (props.on_action.clone(), scene.clone(), props.selected);
        Callback::from(move |e: MouseEvent| {
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            // A click that ends a pan selects nothing.
            if let Some((dx, dy)) = *down.borrow() {
                if (x - dx).abs() + (y - dy).abs() > 5.0 {
                    return;
                }
            }
            if let Some(n) = hit(x, y).and_then(|i| scene.nodes.get(i)) {
                let choice = (selected != Some(n.selects)).then_some(n.selects);
                on_action.emit(Action::Select(choice));
            }
        })
    };
    let on_key = {
        let (on_action, inner) = (props.on_action.clone(), gestures.on_key.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_action.emit(Action::Select(None));
            } else {
                inner.emit(e);
            }
        })
    };
    let words = canvas_words(
        &props.title,
        people,
        scene.nodes.len() - people,
        scene.friendships.len(),
    );
    let summary = hovered
        .and_then(|i| scene.nodes.get(i))
        .or_else(|| {
            scene
                .nodes
                .iter()
                .find(|n| Some(n.selects) == props.selected)
        })
        .map(|n| n.summary.clone())
        .unwrap_or_else(|| {
            "Point at or tap anyone for a summary; select them to read why.".to_string()
        });
    html! {
        <figure class={classes!("graph", "canvas-graph", scene.focused.then_some("focused"))}>
            { zoom_buttons(props.camera, &props.on_action, "Reset the view: whole network") }
            if let Some(done) = props.progress {
                <div class="layout-progress" role="status">
                    <span>{ progress_words(people, done) }</span>
                    <progress max="100" value={percent(done).to_string()} aria-label="Layout" />
                </div>
            }
            <canvas ref={canvas_ref} class="graph-canvas" tabindex="0" role="img" aria-label={words.clone()}
                onpointerdown={on_pointer_down} onpointermove={on_pointer_move}
                onpointerup={gestures.on_pointer_up.clone()} onpointercancel={gestures.on_pointer_up.clone()}
                onpointerleave={on_leave} onclick={on_click} onkeydown={on_key}>
                { words }
            </canvas>
            <figcaption class="node-summary" aria-hidden="true">{ summary }</figcaption>
        </figure>
    }
}

/// Renders again when the window changes size, so the canvas matches its box.
#[hook]
fn use_redraw_on_resize() {
    let update = use_force_update();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
            update.force_update()
        });
        move || drop(listener)
    });
}

/// The colours of the page's theme, read from its style sheet's custom properties.
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
        Colours {
            fg: get("--fg", "#1d1d1f"),
            panel: get("--panel", "#ffffff"),
            friend_line: get("--friend-line", "#b9b5ad"),
            focus: get("--focus", "#1a5fd1"),
            person: get("--person", "#f1efe9"),
            company: get("--company", "#3b3b44"),
            muted: get("--muted", "#5b5b62"),
            consent: get("--consent", "#009e73"),
            transfer: get("--transfer", "#d55e00"),
            reasons: ReasonKind::ALL.map(|r| get(&format!("--{}", r.as_str()), "#888888")),
        }
    }

    fn key(&self) -> u64 {
        fingerprint(self.friend_line.bytes().map(u64::from))
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

/// Draws `scene` on `canvas` as `camera` sees it, the friendships through `layer`.
fn draw(
    canvas: &HtmlCanvasElement,
    layer: &mut Layer,
    scene: &Scene,
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
    // Screen pixels per layout unit, and the transform from layout units to the canvas's.
    let scale = cw / (WIDTH / camera.zoom);
    let k = scale * dpr;
    let view = (
        camera.x,
        camera.y,
        camera.x + cw / scale,
        camera.y + ch / scale,
    );
    friendships(layer, scene, &colours, camera, (w, h), (scale, k), view);
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
    lines(&ctx, scene, &colours, scale, view);
    let r = person_radius(size, scale);
    nodes(&ctx, scene, &colours, (scale, r), view, selected, hovered);
    labels(&ctx, scene, &colours, (scale, size), view, selected, r);
}

/// Brings the friendship layer up to date for `view`: redrawn when the lines, colours, zoom or
/// size changed or the view left the part it holds; otherwise kept, and only its copy moves.
fn friendships(
    layer: &mut Layer,
    scene: &Scene,
    colours: &Colours,
    camera: Camera,
    (w, h): (u32, u32),
    (scale, k): (f64, f64),
    view: (f64, f64, f64, f64),
) {
    let lines = fingerprint(
        scene
            .friendships
            .iter()
            .flat_map(|l| [l.from.x, l.from.y, l.to.x, l.to.y])
            .map(f64::to_bits)
            .chain([u64::from(scene.focused), colours.key()]),
    );
    let key = (lines, camera.zoom.to_bits(), w, h);
    let c = layer.covers;
    let inside = view.0 >= c.0 && view.1 >= c.1 && view.2 <= c.2 && view.3 <= c.3;
    if layer.drawn_for == Some(key) && inside {
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
    let alpha = line_alpha(scene.friendships.len(), camera.zoom);
    off.set_global_alpha(if scene.focused { alpha * 0.4 } else { alpha });
    off.set_line_width(1.0 / scale);
    off.begin_path();
    for l in scene
        .friendships
        .iter()
        .filter(|l| crosses(covers, l.from, l.to))
    {
        off.move_to(l.from.x, l.from.y);
        off.line_to(l.to.x, l.to.y);
    }
    off.stroke();
    layer.drawn_for = Some(key);
    layer.covers = covers;
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

/// The dash pattern of a reason, as the SVG graph's style sheet draws it (in pixels).
fn dashes(r: ReasonKind) -> &'static [f64] {
    match r {
        ReasonKind::Consent => &[],
        ReasonKind::Friend => &[8.0, 4.0],
        ReasonKind::Mailbox => &[2.0, 3.0],
        ReasonKind::Deal => &[14.0, 4.0],
        ReasonKind::Transfer => &[10.0, 3.0, 2.0, 3.0],
    }
}

/// Transfers, flows (one path per reason and emphasis) and the highlighted friendships.
fn lines(
    ctx: &CanvasRenderingContext2d,
    scene: &Scene,
    colours: &Colours,
    scale: f64,
    view: (f64, f64, f64, f64),
) {
    ctx.set_global_alpha(1.0);
    ctx.set_stroke_style_str(&colours.fg);
    ctx.set_line_width(3.0 / scale);
    ctx.begin_path();
    for l in scene
        .friendships
        .iter()
        .filter(|l| l.emphasis == Emphasis::Strong)
    {
        ctx.move_to(l.from.x, l.from.y);
        ctx.line_to(l.to.x, l.to.y);
    }
    ctx.stroke();
    ctx.set_stroke_style_str(&colours.transfer);
    ctx.set_line_width(2.0 / scale);
    ctx.begin_path();
    for l in &scene.transfers {
        ctx.move_to(l.from.x, l.from.y);
        ctx.line_to(l.to.x, l.to.y);
    }
    ctx.stroke();
    // What a what-if took away: thin grey dashes, under the flows.
    let curve = |f: &Flow| {
        // The same gentle curve as the SVG graph's.
        let mx = (f.from.x + f.to.x) / 2.0 + (f.to.y - f.from.y) * 0.12;
        let my = (f.from.y + f.to.y) / 2.0 - (f.to.x - f.from.x) * 0.12;
        ctx.move_to(f.from.x, f.from.y);
        ctx.quadratic_curve_to(mx, my, f.to.x, f.to.y);
    };
    let dash =
        |d: &[f64]| -> js_sys::Array { d.iter().map(|d| JsValue::from_f64(d / scale)).collect() };
    ctx.set_global_alpha(0.8);
    ctx.set_line_width(1.0 / scale);
    ctx.set_line_dash(&dash(&[5.0, 5.0])).ok();
    ctx.set_stroke_style_str(&colours.muted);
    ctx.begin_path();
    for f in scene.ghosts.iter().filter(|f| crosses(view, f.from, f.to)) {
        curve(f);
    }
    ctx.stroke();
    for emphasis in [Emphasis::Dimmed, Emphasis::Normal, Emphasis::Strong] {
        let (alpha, width) = match emphasis {
            Emphasis::Dimmed => (0.12, 1.0),
            Emphasis::Normal => (0.8, 1.5),
            Emphasis::Strong => (1.0, 3.0),
        };
        ctx.set_global_alpha(alpha);
        ctx.set_line_width(width / scale);
        for (r, colour) in ReasonKind::ALL.iter().zip(&colours.reasons) {
            ctx.set_line_dash(&dash(dashes(*r))).ok();
            ctx.set_stroke_style_str(colour);
            ctx.begin_path();
            let flows = scene
                .flows
                .iter()
                .filter(|f| f.reason == *r && f.emphasis == emphasis && !f.kept);
            for f in flows.filter(|f| crosses(view, f.from, f.to)) {
                curve(f);
            }
            ctx.stroke();
            // Kept copies: round dots in the reason's colour, whatever its pattern, and a ring
            // at the company.
            ctx.set_line_dash(&dash(&[0.0, 7.0])).ok();
            ctx.set_line_cap("round");
            ctx.set_line_width((width + 1.5) / scale);
            ctx.begin_path();
            let kept: Vec<&Flow> = scene
                .flows
                .iter()
                .filter(|f| f.reason == *r && f.emphasis == emphasis && f.kept)
                .filter(|f| crosses(view, f.from, f.to))
                .collect();
            for f in &kept {
                curve(f);
            }
            ctx.stroke();
            ctx.set_line_dash(&js_sys::Array::new()).ok();
            ctx.set_line_width(1.5 / scale);
            for f in &kept {
                ctx.begin_path();
                let _ = ctx.arc(f.to.x, f.to.y, 19.0, 0.0, std::f64::consts::TAU);
                ctx.stroke();
            }
            ctx.set_line_cap("butt");
            ctx.set_line_width(width / scale);
        }
    }
    ctx.set_line_dash(&js_sys::Array::new()).ok();
    ctx.set_global_alpha(1.0);
}

/// People (filled, ringed by their state) and companies, then the marks of the selected and
/// pointed node.
fn nodes(
    ctx: &CanvasRenderingContext2d,
    scene: &Scene,
    colours: &Colours,
    (scale, r): (f64, f64),
    view: (f64, f64, f64, f64),
    selected: Option<Node>,
    hovered: Option<usize>,
) {
    let shown = |n: &&DrawnNode| inside(view, n.at, 4.0 * r);
    ctx.set_line_width(1.2 / scale);
    for emphasis in [Emphasis::Dimmed, Emphasis::Normal, Emphasis::Strong] {
        ctx.set_global_alpha(if emphasis == Emphasis::Dimmed {
            0.25
        } else {
            1.0
        });
        for ring in ["untouched", "consented", "exposed"] {
            let stroke = match ring {
                "exposed" => &colours.transfer,
                "consented" => &colours.consent,
                _ => &colours.muted,
            };
            ctx.set_fill_style_str(&colours.person);
            ctx.set_stroke_style_str(stroke);
            ctx.begin_path();
            let people = scene.nodes.iter().filter(|n| {
                n.emphasis == emphasis && matches!(n.kind, NodeKind::Person(s) if s.ring() == ring)
            });
            for n in people.filter(shown) {
                ctx.move_to(n.at.x + r, n.at.y);
                ctx.arc(n.at.x, n.at.y, r, 0.0, std::f64::consts::TAU).ok();
            }
            ctx.fill();
            ctx.stroke();
        }
        ctx.set_fill_style_str(&colours.company);
        ctx.begin_path();
        let companies = scene
            .nodes
            .iter()
            .filter(|n| n.emphasis == emphasis && matches!(n.kind, NodeKind::Company(_)));
        for n in companies.filter(shown) {
            let half = (2.0 * r).max(5.0 / scale);
            ctx.rect(n.at.x - half, n.at.y - half, 2.0 * half, 2.0 * half);
        }
        ctx.fill();
    }
    ctx.set_global_alpha(1.0);
    let ring = |n: &DrawnNode, colour: &str| {
        ctx.set_stroke_style_str(colour);
        ctx.set_line_width(2.5 / scale);
        ctx.begin_path();
        ctx.arc(
            n.at.x,
            n.at.y,
            2.2 * r + 3.0 / scale,
            0.0,
            std::f64::consts::TAU,
        )
        .ok();
        ctx.stroke();
    };
    if let Some(n) = scene.nodes.iter().find(|n| Some(n.selects) == selected) {
        ring(n, &colours.focus);
    }
    if let Some(n) = hovered.and_then(|i| scene.nodes.get(i)) {
        ring(n, &colours.fg);
    }
}

/// The names the level of detail allows: companies and what stands out first, then people in
/// view up to [`MAX_LABELS`].
fn labels(
    ctx: &CanvasRenderingContext2d,
    scene: &Scene,
    colours: &Colours,
    (scale, size): (f64, f64),
    view: (f64, f64, f64, f64),
    selected: Option<Node>,
    r: f64,
) {
    let named = scene.nodes.iter().filter(|n| {
        let company = matches!(n.kind, NodeKind::Company(_));
        inside(view, n.at, 0.0)
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
        let y = n.at.y + below + 13.0 / scale;
        ctx.stroke_text(&n.label, n.at.x, y).ok();
        ctx.fill_text(&n.label, n.at.x, y).ok();
    }
}

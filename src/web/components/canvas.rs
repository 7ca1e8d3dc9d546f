//! The graph of a big network, drawn on a `<canvas>` instead of thousands of SVG elements
//! (the painting is `web::browser::canvas`'s). What is under the pointer comes from a [`QuadTree`] over the nodes, never from the DOM. Positions
//! come from the [`Layout`] beside the scene, not from the scene, so while a layout runs each
//! new placing only moves what is drawn: the scene (every label and summary) is not rebuilt. Zoom and pan
//! are [`use_gestures`]'s, as on the SVG graph; nodes cannot be dragged here. The canvas carries
//! a text alternative, and the summary of the node pointed at (or selected) shows under it;
//! "why?" follows the selection as anywhere.

use std::rc::Rc;

use web_sys::{HtmlCanvasElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::core::model::Node;
use crate::present::detail::{
    canvas_words, drawn_flows, flows_words, percent, person_size, progress_words, reach,
};
use crate::present::layout::{Layout, Point, WIDTH};
use crate::present::quadtree::QuadTree;
use crate::present::scene::{summary_hint, Scene};
use crate::view::page::Do;
use crate::view::state::{Action, Camera};
use crate::web::browser::canvas::{draw, Layer};
use crate::web::browser::events;
use crate::web::components::graph::zoom_buttons;
use crate::web::hooks::escape::use_escape;
use crate::web::hooks::gestures::{to_layout, use_gestures, Gestures};
use crate::web::hooks::Same;

/// The canvas graph's inputs: as the SVG graph's, and how far the layout has come.
#[derive(Properties)]
pub struct CanvasGraphProps {
    pub scene: Rc<Scene>,
    /// Where each of the scene's nodes is now (newer than the scene's own positions while a
    /// layout runs).
    pub layout: Rc<Layout>,
    pub title: String,
    pub camera: Camera,
    pub selected: Option<Node>,
    /// The node whose summary shows under the drawing, drawn ringed.
    pub pointed: Option<Node>,
    /// Points at a node ([`Do::Point`]).
    pub on_page: Callback<Do>,
    pub on_action: Callback<Action>,
    /// From 0 to 1 while the layout runs.
    #[prop_or_default]
    pub progress: Option<f64>,
}

/// The scene and layout by pointer, as the SVG graph's: each is made once per change.
impl PartialEq for CanvasGraphProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scene, &other.scene)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.title == other.title
            && self.camera == other.camera
            && self.selected == other.selected
            && self.pointed == other.pointed
            && self.on_page == other.on_page
            && self.on_action == other.on_action
            && self.progress == other.progress
    }
}

/// The drawing on a canvas, the zoom buttons, the layout's progress, and the summary of the
/// node pointed at.
#[component]
pub fn CanvasGraph(props: &CanvasGraphProps) -> Html {
    let scene = &props.scene;
    let gestures = use_gestures(props.camera, &props.on_action, None, scene);
    let canvas_ref = gestures.svg_ref.clone();
    // The node pointed at, by its place in the scene's list (as the drawing counts).
    let hovered = props.pointed.and_then(|n| scene.index(n));
    let index = use_memo(
        (Same(scene.clone()), Same(props.layout.clone())),
        |(s, l)| {
            QuadTree::new(
                &s.0.nodes
                    .iter()
                    .map(|n| l.0.at(n.selects))
                    .collect::<Vec<Point>>(),
            )
        },
    );
    let people = scene.people();
    let size = person_size(people);
    use_drawing(&canvas_ref, props, hovered, size);
    let hit = hit_test(&canvas_ref, &index, scene, (props.camera, size));
    // Where the last pointer went down: a click that ends a pan selects nothing.
    let down = use_mut_ref(|| None::<(f64, f64)>);
    let (on_pointer_down, on_pointer_move, on_click) =
        pointing(props, &gestures, (hit, hovered), &down);
    // Leaving the canvas keeps the summary of the node last pointed at, so the pointer can move
    // onto it; Escape dismisses it (WCAG 1.4.13).
    {
        let on_page = props.on_page.clone();
        use_escape(Callback::from(move |()| on_page.emit(Do::Point(None))));
    }
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
    let flows_note = flows_words(scene.flows.len() + scene.ghosts.len(), drawn_flows(scene));
    let summary = scene.summary_line(props.pointed, props.selected, summary_hint(false));
    html! {
        <figure class={classes!("graph", "canvas-graph", scene.focused.then_some("focused"))}>
            { zoom_buttons(props.camera, &props.on_action, crate::word!("zoom-reset-canvas")) }
            if let Some(done) = props.progress {
                <div class="layout-progress" role="status">
                    <span>{ progress_words(people, done) }</span>
                    <progress max="100" value={percent(done).to_string()} aria-label={crate::word!("layout-progress")} />
                </div>
            }
            <canvas ref={canvas_ref} class="graph-canvas" tabindex="0" role="img" aria-label={words.clone()}
                onpointerdown={on_pointer_down} onpointermove={on_pointer_move}
                onpointerup={gestures.on_pointer_up.clone()} onpointercancel={gestures.on_pointer_up.clone()}
                onclick={on_click} onkeydown={on_key}>
                { words }
            </canvas>
            if let Some(note) = flows_note {
                <p class="flows-note">{ note }</p>
            }
            <figcaption class="node-summary" aria-hidden="true">{ summary }</figcaption>
        </figure>
    }
}

/// What the pointer does on the canvas: pointing at a node shows its summary under the
/// canvas, a click selects it (one that ends a pan selects nothing), and everything else goes
/// on to the gestures (zoom, pan).
fn pointing(
    props: &CanvasGraphProps,
    gestures: &Gestures,
    (hit, hovered): (
        impl Fn(f64, f64) -> Option<usize> + Clone + 'static,
        Option<usize>,
    ),
    down: &Rc<std::cell::RefCell<Option<(f64, f64)>>>,
) -> (
    Callback<PointerEvent>,
    Callback<PointerEvent>,
    Callback<MouseEvent>,
) {
    let scene = &props.scene;
    let on_pointer_down = {
        let (down, inner) = (down.clone(), gestures.on_pointer_down.clone());
        Callback::from(move |e: PointerEvent| {
            *down.borrow_mut() = Some((f64::from(e.client_x()), f64::from(e.client_y())));
            inner.emit(e);
        })
    };
    let on_pointer_move = {
        let (on_page, inner, hit) = (
            props.on_page.clone(),
            gestures.on_pointer_move.clone(),
            hit.clone(),
        );
        let scene = scene.clone();
        Callback::from(move |e: PointerEvent| {
            // A node pointed at replaces the summary; empty space keeps it, as the SVG graph
            // does, so the pointer can cross to the summary under the canvas.
            if e.buttons() == 0 {
                let now = hit(f64::from(e.client_x()), f64::from(e.client_y()));
                if let Some(n) = now
                    .filter(|i| Some(*i) != hovered)
                    .and_then(|i| scene.nodes.get(i))
                {
                    on_page.emit(Do::Point(Some(n.selects)));
                }
            }
            inner.emit(e);
        })
    };
    let on_click = {
        let (on_action, scene, selected) = (props.on_action.clone(), scene.clone(), props.selected);
        let down = down.clone();
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
    (on_pointer_down, on_pointer_move, on_click)
}

/// Draws the scene on the canvas of `canvas_ref` after every render that changes what it
/// shows (and when the window changes size), `hovered` ringed, people `size` units across.
#[hook]
fn use_drawing(canvas_ref: &NodeRef, props: &CanvasGraphProps, hovered: Option<usize>, size: f64) {
    let layer = use_mut_ref(Layer::default);
    use_redraw_on_resize();
    let (canvas_ref, scene) = (canvas_ref.clone(), props.scene.clone());
    let (camera, selected) = (props.camera, props.selected);
    let (layout, moving) = (props.layout.clone(), props.progress.is_some());
    use_effect(move || {
        if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
            draw(
                &canvas,
                &mut layer.borrow_mut(),
                (&scene, &layout, moving),
                camera,
                selected,
                hovered,
                size,
            );
        }
    });
}

/// The node under a client position on the canvas of `canvas_ref` (by its place in the
/// scene's list), found by `index` as the `camera` shows people `size` units across.
fn hit_test(
    canvas_ref: &NodeRef,
    index: &Rc<QuadTree>,
    scene: &Rc<Scene>,
    (camera, size): (Camera, f64),
) -> impl Fn(f64, f64) -> Option<usize> + Clone + 'static {
    let (canvas_ref, index, scene) = (canvas_ref.clone(), index.clone(), scene.clone());
    move |x: f64, y: f64| -> Option<usize> {
        let canvas = canvas_ref.cast::<web_sys::Element>()?;
        let at = to_layout(&canvas, &camera, x, y);
        let width = f64::from(canvas.client_width()).max(1.0);
        let i = index.nearest(at, reach(size, width / (WIDTH / camera.zoom)))?;
        scene.nodes.get(i).map(|_| i)
    }
}

/// Renders again when the window changes size, so the canvas matches its box.
#[hook]
fn use_redraw_on_resize() {
    let update = use_force_update();
    use_effect_with((), move |_| {
        let listener = events::on_window("resize", move |_| update.force_update());
        move || drop(listener)
    });
}

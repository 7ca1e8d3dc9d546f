//! The graph's gestures: wheel and pinch zoom, panning by dragging the background or with
//! arrow keys, dragging a node, and in the sandbox dragging from one node to another to
//! connect them.
//!
//! Only the pointer bookkeeping lives here (which pointers are down, where a drag started,
//! whether a click ends a drag); every change of the view goes out as an [`Action`], and the
//! graph component only draws.

use std::collections::HashMap;
use std::rc::Rc;

use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::present::layout::{Point, HEIGHT, WIDTH};
use crate::present::scene::Scene;
use crate::view::state::{Action, Camera};
use crate::web::browser::dom::node_at;
use crate::web::browser::events::{self, on_wheel};

/// What the pointers are doing.
#[derive(Default)]
struct Gesture {
    /// Pointers down, by id, at their last client position.
    pointers: HashMap<i32, (f64, f64)>,
    /// A node being dragged, and whether it has moved enough to count as a drag.
    dragging: Option<(String, bool)>,
    /// Set when a drag just ended, so the click that follows does not select.
    swallow_click: bool,
}

/// The handlers the graph's SVG element takes, and what a gesture in progress shows.
pub struct Gestures {
    /// The SVG element, for its size on screen and the wheel listener.
    pub svg_ref: NodeRef,
    /// A pointer went down.
    pub on_pointer_down: Callback<PointerEvent>,
    /// A pointer moved.
    pub on_pointer_move: Callback<PointerEvent>,
    /// A pointer went up or was cancelled.
    pub on_pointer_up: Callback<PointerEvent>,
    /// A key went down while the drawing had focus.
    pub on_key: Callback<KeyboardEvent>,
    /// While connecting: the line from the node where the drag began to the pointer.
    pub rubber: Option<(Point, Point)>,
    /// Asked when a node is clicked: true for a click, false for the end of a drag.
    pub clicked: Callback<(), bool>,
}

/// Converts a client position to layout units, through the SVG's box and the camera.
pub fn to_layout(svg: &Element, camera: &Camera, x: f64, y: f64) -> Point {
    let r = svg.get_bounding_client_rect();
    let (w, h) = (r.width().max(1.0), r.height().max(1.0));
    Point {
        x: camera.x + (x - r.left()) / w * (WIDTH / camera.zoom),
        y: camera.y + (y - r.top()) / h * (HEIGHT / camera.zoom),
    }
}

/// The gestures on a drawing of `scene` seen through `camera`. `connect`, when given, is
/// called with two nodes' ids when a drag goes from one to the other, instead of moving the
/// first.
#[hook]
pub fn use_gestures(
    camera: Camera,
    on_action: &Callback<Action>,
    connect: Option<Callback<(String, String)>>,
    scene: &Rc<Scene>,
) -> Gestures {
    let svg_ref = use_node_ref();
    let gesture = use_mut_ref(Gesture::default);
    // Local: the line drawn while the reader drags from one node to another.
    let rubber = use_state(|| None::<(Point, Point)>);
    use_wheel_zoom(&svg_ref, camera, on_action);
    let on_pointer_down = pointer_down(&gesture);
    let on_pointer_move = pointer_move(
        &gesture,
        &svg_ref,
        camera,
        on_action,
        connect.is_some(),
        &rubber,
        scene,
    );
    let on_pointer_up = pointer_up(&gesture, connect, &rubber);
    let on_key = keys(camera, on_action);
    let clicked =
        Callback::from(move |_: ()| !std::mem::take(&mut gesture.borrow_mut().swallow_click));
    Gestures {
        svg_ref,
        on_pointer_down,
        on_pointer_move,
        on_pointer_up,
        on_key,
        rubber: *rubber,
        clicked,
    }
}

/// Zooms on the wheel. The listener is attached by hand: it must be able to stop the page
/// from scrolling.
#[hook]
fn use_wheel_zoom(svg_ref: &NodeRef, camera: Camera, on_action: &Callback<Action>) {
    let latest = use_mut_ref(|| (camera, on_action.clone()));
    *latest.borrow_mut() = (camera, on_action.clone());
    {
        let svg_ref = svg_ref.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = svg_ref.cast::<Element>().map(|svg| {
                let target = svg.clone();
                on_wheel(&target, move |e| {
                    e.prevent_default();
                    let (camera, on_action) = latest.borrow().clone();
                    let around = to_layout(
                        &svg,
                        &camera,
                        f64::from(e.client_x()),
                        f64::from(e.client_y()),
                    );
                    let factor = (-e.delta_y() * 0.0015).exp();
                    // Wheels and touchpads send several turns a frame, before the page
                    // renders: the next turn zooms from where this one leaves the view,
                    // so turns add up and the point under the pointer stays.
                    latest.borrow_mut().0.zoom_by(factor, around);
                    on_action.emit(Action::Zoom(factor, around));
                })
            });
            move || drop(listener)
        });
    }
}

/// Remembers a pointer that went down, and the node under it.
fn pointer_down(gesture: &Rc<std::cell::RefCell<Gesture>>) -> Callback<PointerEvent> {
    let gesture = gesture.clone();
    Callback::from(move |e: PointerEvent| {
        let mut g = gesture.borrow_mut();
        g.pointers.insert(
            e.pointer_id(),
            (f64::from(e.client_x()), f64::from(e.client_y())),
        );
        if let Some(target) = events::target(&e) {
            let node = target.closest("[data-id]").ok().flatten();
            if let Some(node) = node.filter(|_| g.pointers.len() == 1) {
                g.dragging = node.get_attribute("data-id").map(|id| (id, false));
            }
            let _ = target.set_pointer_capture(e.pointer_id());
        }
    })
}

/// Pinches, connects, drags a node or pans, by how many pointers are down and where.
fn pointer_move(
    gesture: &Rc<std::cell::RefCell<Gesture>>,
    svg_ref: &NodeRef,
    camera: Camera,
    on_action: &Callback<Action>,
    connecting: bool,
    rubber: &UseStateHandle<Option<(Point, Point)>>,
    scene: &Rc<Scene>,
) -> Callback<PointerEvent> {
    let gesture = gesture.clone();
    let svg_ref = svg_ref.clone();
    let on_action = on_action.clone();
    let rubber = rubber.clone();
    let scene = scene.clone();
    Callback::from(move |e: PointerEvent| {
        let Some(svg) = svg_ref.cast::<Element>() else {
            return;
        };
        let mut g = gesture.borrow_mut();
        let id = e.pointer_id();
        let Some(&(px, py)) = g.pointers.get(&id) else {
            return;
        };
        let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
        if g.pointers.len() == 2 {
            // Pinch: zoom by the change in distance between the two pointers.
            let other = g.pointers.iter().find(|(k, _)| **k != id).map(|(_, v)| *v);
            if let Some((ox, oy)) = other {
                let before = ((px - ox).powi(2) + (py - oy).powi(2)).sqrt().max(1.0);
                let after = ((x - ox).powi(2) + (y - oy).powi(2)).sqrt().max(1.0);
                let around = to_layout(&svg, &camera, (x + ox) / 2.0, (y + oy) / 2.0);
                on_action.emit(Action::Zoom(after / before, around));
            }
            g.dragging = None;
        } else if let (true, Some((node, _))) = (connecting, g.dragging.clone()) {
            let from = scene.nodes.iter().find(|n| n.id == node).map(|n| n.at);
            if let Some(from) = from {
                rubber.set(Some((from, to_layout(&svg, &camera, x, y))));
            }
            g.dragging = Some((node, true));
        } else if let Some((node, moved)) = g.dragging.clone() {
            if moved || (x - px).abs() + (y - py).abs() > 4.0 {
                g.dragging = Some((node.clone(), true));
                on_action.emit(Action::MoveNode(node, to_layout(&svg, &camera, x, y)));
            } else {
                return;
            }
        } else {
            let a = to_layout(&svg, &camera, px, py);
            let b = to_layout(&svg, &camera, x, y);
            on_action.emit(Action::Pan(a.x - b.x, a.y - b.y));
        }
        g.pointers.insert(id, (x, y));
    })
}

/// Ends a drag; when connecting, connects the node where it began to the one where it ended.
fn pointer_up(
    gesture: &Rc<std::cell::RefCell<Gesture>>,
    connect: Option<Callback<(String, String)>>,
    rubber: &UseStateHandle<Option<(Point, Point)>>,
) -> Callback<PointerEvent> {
    let gesture = gesture.clone();
    let rubber = rubber.clone();
    Callback::from(move |e: PointerEvent| {
        let mut g = gesture.borrow_mut();
        g.pointers.remove(&e.pointer_id());
        if let Some((source, moved)) = g.dragging.take() {
            g.swallow_click = moved;
            if let (Some(connect), true) = (&connect, moved) {
                // The node under the pointer where the drag ended, if any.
                let target = node_at(f64::from(e.client_x()), f64::from(e.client_y()));
                if let Some(target) = target.filter(|t| *t != source) {
                    connect.emit((source, target));
                }
            }
        }
        rubber.set(None);
    })
}

/// Arrow keys pan and + / - zoom while the drawing itself has focus.
fn keys(camera: Camera, on_action: &Callback<Action>) -> Callback<KeyboardEvent> {
    let on_action = on_action.clone();
    Callback::from(move |e: KeyboardEvent| {
        // Arrow keys pan and + / - zoom while the drawing itself has focus.
        let step = 60.0 / camera.zoom;
        let action = match e.key().as_str() {
            "ArrowLeft" => Action::Pan(-step, 0.0),
            "ArrowRight" => Action::Pan(step, 0.0),
            "ArrowUp" => Action::Pan(0.0, -step),
            "ArrowDown" => Action::Pan(0.0, step),
            "+" | "=" => Action::Zoom(1.25, camera.centre()),
            "-" | "_" => Action::Zoom(0.8, camera.centre()),
            _ => return,
        };
        e.prevent_default();
        on_action.emit(action);
    })
}

//! The graph: a [`Scene`] drawn as SVG, with selection, dragging, zoom and pan.
//!
//! Every gesture has a keyboard or button equivalent: nodes are focusable and Enter selects;
//! the zoom buttons zoom and reset; arrow-key panning works while the drawing has focus. Only
//! the pointer bookkeeping (which pointers are down, where a drag started) lives here; every
//! change of the view goes out as an [`Action`].

use std::collections::HashMap;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

use crate::core::engine::ReasonKind;
use crate::core::model::CompanyKind;
use crate::core::model::Node;
use crate::present::layout::{Point, HEIGHT, WIDTH};
use crate::present::scene::{Emphasis, NodeKind, Scene};
use crate::view::state::{Action, Camera};

#[derive(Properties, PartialEq)]
pub struct GraphProps {
    pub scene: Rc<Scene>,
    pub title: String,
    pub camera: Camera,
    pub selected: Option<Node>,
    pub on_action: Callback<Action>,
    /// In the sandbox's connect mode: dragging from one node to another calls this with both
    /// ids, instead of moving the first.
    #[prop_or_default]
    pub connect: Option<Callback<(String, String)>>,
}

/// The CSS class of a reason, which sets its colour and dash pattern.
pub fn reason_class(r: ReasonKind) -> &'static str {
    match r {
        ReasonKind::Consent => "reason-consent",
        ReasonKind::Friend => "reason-friend",
        ReasonKind::Mailbox => "reason-mailbox",
        ReasonKind::Deal => "reason-deal",
        ReasonKind::Transfer => "reason-transfer",
    }
}

fn emphasis_class(e: Emphasis) -> Option<&'static str> {
    match e {
        Emphasis::Normal => None,
        Emphasis::Strong => Some("strong"),
        Emphasis::Dimmed => Some("dimmed"),
    }
}

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

/// Converts a client position to layout units, through the SVG's box and the camera.
fn to_layout(svg: &Element, camera: &Camera, x: f64, y: f64) -> Point {
    let r = svg.get_bounding_client_rect();
    let (w, h) = (r.width().max(1.0), r.height().max(1.0));
    Point {
        x: camera.x + (x - r.left()) / w * (WIDTH / camera.zoom),
        y: camera.y + (y - r.top()) / h * (HEIGHT / camera.zoom),
    }
}

#[component]
pub fn Graph(props: &GraphProps) -> Html {
    let scene = &props.scene;
    let svg_ref = use_node_ref();
    let gesture = use_mut_ref(Gesture::default);
    // The summary of the node under the pointer or keyboard focus, shown under the drawing.
    let pointed = use_state(|| None::<String>);
    // While connecting: the line from the node where the drag began to the pointer.
    let rubber = use_state(|| None::<(Point, Point)>);
    // The wheel listener is attached by hand: it must be able to stop the page from scrolling.
    let latest = use_mut_ref(|| (props.camera, props.on_action.clone()));
    *latest.borrow_mut() = (props.camera, props.on_action.clone());
    {
        let svg_ref = svg_ref.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = svg_ref.cast::<Element>().map(|svg| {
                let target = svg.clone();
                EventListener::new_with_options(
                    &target,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<WheelEvent>() else {
                            return;
                        };
                        e.prevent_default();
                        let (camera, on_action) = latest.borrow().clone();
                        let around = to_layout(
                            &svg,
                            &camera,
                            f64::from(e.client_x()),
                            f64::from(e.client_y()),
                        );
                        on_action.emit(Action::Zoom((-e.delta_y() * 0.0015).exp(), around));
                    },
                )
            });
            move || drop(listener)
        });
    }

    let on_pointer_down = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.insert(
                e.pointer_id(),
                (f64::from(e.client_x()), f64::from(e.client_y())),
            );
            if let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let node = target.closest("[data-id]").ok().flatten();
                if let Some(node) = node.filter(|_| g.pointers.len() == 1) {
                    g.dragging = node.get_attribute("data-id").map(|id| (id, false));
                }
                let _ = target.set_pointer_capture(e.pointer_id());
            }
        })
    };
    let on_pointer_move = {
        let gesture = gesture.clone();
        let svg_ref = svg_ref.clone();
        let camera = props.camera;
        let on_action = props.on_action.clone();
        let connecting = props.connect.is_some();
        let rubber = rubber.clone();
        let scene = props.scene.clone();
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
    };
    let on_pointer_up = {
        let gesture = gesture.clone();
        let connect = props.connect.clone();
        let rubber = rubber.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.remove(&e.pointer_id());
            if let Some((source, moved)) = g.dragging.take() {
                g.swallow_click = moved;
                if let (Some(connect), true) = (&connect, moved) {
                    // The node under the pointer where the drag ended, if any.
                    let target = gloo::utils::document()
                        .element_from_point(e.client_x() as f32, e.client_y() as f32)
                        .and_then(|el| el.closest("[data-id]").ok().flatten())
                        .and_then(|el| el.get_attribute("data-id"));
                    if let Some(target) = target.filter(|t| *t != source) {
                        connect.emit((source, target));
                    }
                }
            }
            rubber.set(None);
        })
    };
    let on_key = {
        let on_action = props.on_action.clone();
        let camera = props.camera;
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
    };

    let select = |selects: Node| {
        let on_action = props.on_action.clone();
        let gesture = gesture.clone();
        let already = props.selected == Some(selects);
        let choice = if already { None } else { Some(selects) };
        (
            {
                let on_action = on_action.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut g = gesture.borrow_mut();
                    if std::mem::take(&mut g.swallow_click) {
                        return;
                    }
                    on_action.emit(Action::Select(choice));
                })
            },
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    e.stop_propagation();
                    on_action.emit(Action::Select(choice));
                }
            }),
        )
    };

    let friendships = scene.friendships.iter().map(|l| {
        html! {
            <line key={l.key.clone()} class={classes!("friendship", l.messages.then_some("messages"), emphasis_class(l.emphasis))}
                x1={fmt(l.from.x)} y1={fmt(l.from.y)} x2={fmt(l.to.x)} y2={fmt(l.to.y)}>
                <title>{ &l.label }</title>
            </line>
        }
    });
    let transfers = scene.transfers.iter().map(|l| {
        html! {
            <line key={l.key.clone()} class={classes!("transfer-link", emphasis_class(l.emphasis))} data-transfer={l.key.clone()}
                x1={fmt(l.from.x)} y1={fmt(l.from.y)} x2={fmt(l.to.x)} y2={fmt(l.to.y)} marker-end="url(#arrow-transfer)">
                <title>{ &l.label }</title>
            </line>
        }
    });
    let flows = scene.flows.iter().map(|f| {
        // A gentle curve keeps a flow apart from a friendship line on the same two points.
        let mx = (f.from.x + f.to.x) / 2.0 + (f.to.y - f.from.y) * 0.12;
        let my = (f.from.y + f.to.y) / 2.0 - (f.to.x - f.from.x) * 0.12;
        let d = format!("M{} {} Q{} {} {} {}", fmt(f.from.x), fmt(f.from.y), fmt(mx), fmt(my), fmt(f.to.x), fmt(f.to.y));
        html! {
            <path key={f.key.clone()} class={classes!("flow", reason_class(f.reason), emphasis_class(f.emphasis))} d={d}
                data-flow={f.key.clone()} data-reason={f.reason.as_str()}
                marker-end={format!("url(#arrow-{})", f.reason.as_str())}>
                <title>{ &f.label }</title>
            </path>
        }
    });
    let nodes = scene.nodes.iter().map(|n| {
        let (x, y) = (n.at.x, n.at.y);
        let (shape, kind) = match n.kind {
            NodeKind::Person(state) => (
                html! {
                    <>
                        if state.protected {
                            <circle class="shield" cx={fmt(x)} cy={fmt(y)} r="19" />
                        }
                        <circle class={classes!("person", state.ring())} cx={fmt(x)} cy={fmt(y)} r="13" />
                    </>
                },
                "person",
            ),
            NodeKind::Company(kind) => {
                let class = match kind {
                    CompanyKind::App => "app",
                    CompanyKind::Partner => "partner",
                    CompanyKind::Broker => "broker",
                };
                (
                    html! {
                        <rect class={classes!("company", class)} x={fmt(x - 15.0)} y={fmt(y - 15.0)} width="30" height="30" rx="5" />
                    },
                    "company",
                )
            }
        };
        let selected = props.selected == Some(n.selects);
        let (onclick, onkeydown) = select(n.selects);
        let show = {
            let pointed = pointed.clone();
            let summary = n.summary.clone();
            Callback::from(move |_: web_sys::Event| pointed.set(Some(summary.clone())))
        };
        let hide = {
            let pointed = pointed.clone();
            Callback::from(move |_: web_sys::Event| pointed.set(None))
        };
        html! {
            <g key={n.id.clone()} class={classes!("node", emphasis_class(n.emphasis), selected.then_some("selected"))}
                data-id={n.id.clone()} data-kind={kind} tabindex="0" role="button"
                aria-pressed={selected.to_string()} aria-label={n.summary.clone()}
                {onclick} {onkeydown}
                onmouseenter={show.reform(|e: MouseEvent| e.into())} onfocus={show.reform(|e: FocusEvent| e.into())}
                onmouseleave={hide.reform(|e: MouseEvent| e.into())} onblur={hide.reform(|e: FocusEvent| e.into())}>
                <title>{ &n.summary }</title>
                { shape }
                <text class="label" x={fmt(x)} y={fmt(y + 32.0)} text-anchor="middle">{ &n.label }</text>
            </g>
        }
    });
    let markers = ReasonKind::ALL.iter().map(|r| {
        html! {
            <marker id={format!("arrow-{}", r.as_str())} class={classes!("arrow", reason_class(*r))}
                viewBox="0 0 10 10" refX="24" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0 0 L10 5 L0 10 z" />
            </marker>
        }
    });
    let zoom = |factor: f64| {
        let on_action = props.on_action.clone();
        let centre = props.camera.centre();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Zoom(factor, centre)))
    };
    let reset = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ResetView))
    };
    html! {
        <figure class={classes!("graph", scene.focused.then_some("focused"))}>
            <div class="zoom" role="group" aria-label="Zoom">
                <button type="button" onclick={zoom(1.25)} aria-label="Zoom in">{ "+" }</button>
                <button type="button" onclick={zoom(0.8)} aria-label="Zoom out">{ "−" }</button>
                <button type="button" onclick={reset} aria-label="Reset the view: whole network, nodes back in place">{ "Reset" }</button>
            </div>
            <svg ref={svg_ref} viewBox={props.camera.view_box()} tabindex="0" role="group"
                aria-label={format!("Network of {}: people, companies and the data flows between them. Arrow keys pan, plus and minus zoom; Tab moves from node to node.", props.title)}
                onpointerdown={on_pointer_down} onpointermove={on_pointer_move}
                onpointerup={on_pointer_up.clone()} onpointercancel={on_pointer_up} onkeydown={on_key}>
                <defs>{ for markers }
                    <marker id="arrow-transfer" class="arrow transfer-arrow" viewBox="0 0 10 10" refX="26" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0 L10 5 L0 10 z" />
                    </marker>
                </defs>
                <rect class="backdrop" x={fmt(-WIDTH)} y={fmt(-HEIGHT)} width={fmt(3.0 * WIDTH)} height={fmt(3.0 * HEIGHT)} />
                <g class="friendships">{ for friendships }</g>
                <g class="transfers">{ for transfers }</g>
                <g class="flows">{ for flows }</g>
                <g class="nodes">{ for nodes }</g>
                if let Some((a, b)) = *rubber {
                    <line class="rubber" x1={fmt(a.x)} y1={fmt(a.y)} x2={fmt(b.x)} y2={fmt(b.y)} pointer-events="none" />
                }
            </svg>
            <figcaption class="node-summary" aria-hidden="true">
                { (*pointed).clone().unwrap_or_else(|| "Point at, tap or Tab to anyone for a summary; select them to read why.".to_string()) }
            </figcaption>
        </figure>
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

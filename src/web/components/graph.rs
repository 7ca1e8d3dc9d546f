//! The graph: a [`Scene`] drawn as SVG, with selection, dragging, zoom and pan.
//!
//! Every gesture has a keyboard or button equivalent: nodes are focusable and Enter selects;
//! the zoom buttons zoom and reset; arrow-key panning works while the drawing has focus. The
//! gestures (zoom, pan, drag, pinch, drag-to-connect) are the hook
//! [`crate::web::hooks::gestures`]; every change of the view goes out as an [`Action`].

use std::rc::Rc;

use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::core::engine::ReasonKind;
use crate::core::model::Node;
use crate::present::labels::{self, Placed, Rect, Want};
use crate::present::layout::{HEIGHT, WIDTH};
use crate::present::scene::{summary_hint, DrawnNode, Emphasis, Flow, NodeKind, Scene};
use crate::present::style::bend;
use crate::view::page::Do;
use crate::view::state::{Action, Camera};
use crate::web::hooks::escape::use_escape;
use crate::web::hooks::gestures::use_gestures;
use crate::{say, word};

#[derive(Properties)]
pub struct GraphProps {
    pub scene: Rc<Scene>,
    pub title: String,
    pub camera: Camera,
    pub selected: Option<Node>,
    /// The node whose summary shows under the drawing.
    pub pointed: Option<Node>,
    /// Points at a node ([`Do::Point`]).
    pub on_page: Callback<Do>,
    pub on_action: Callback<Action>,
    /// In the sandbox's connect mode: dragging from one node to another calls this with both
    /// ids, instead of moving the first.
    #[prop_or_default]
    pub connect: Option<Callback<(String, String)>>,
}

/// The scene by pointer: it is made once per change, and comparing a whole scene on every
/// render costs more than drawing it again.
impl PartialEq for GraphProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scene, &other.scene)
            && self.title == other.title
            && self.camera == other.camera
            && self.selected == other.selected
            && self.pointed == other.pointed
            && self.on_page == other.on_page
            && self.on_action == other.on_action
            && self.connect == other.connect
    }
}

pub use crate::present::style::reason_class;

fn emphasis_class(e: Emphasis) -> Option<&'static str> {
    match e {
        Emphasis::Normal => None,
        Emphasis::Strong => Some("strong"),
        Emphasis::Dimmed => Some("dimmed"),
    }
}

/// The drawing: lines, flows and nodes of the scene, the zoom buttons, and the summary of the
/// node pointed at. Gestures are [`use_gestures`]'s.
#[component]
pub fn Graph(props: &GraphProps) -> Html {
    let scene = &props.scene;
    // The summary of the node last under the pointer or keyboard focus, shown under the
    // drawing. It stays when the pointer leaves the node, so the pointer can move onto it and
    // it can be read at leisure; Escape dismisses it (WCAG 1.4.13). Which node it is lives in
    // the page's store; its words are always this scene's.
    let point = |n: Option<Node>| {
        let on_page = props.on_page.clone();
        Callback::from(move |_: web_sys::Event| on_page.emit(Do::Point(n)))
    };
    {
        let on_page = props.on_page.clone();
        use_escape(Callback::from(move |()| on_page.emit(Do::Point(None))));
    }
    let gestures = use_gestures(
        props.camera,
        &props.on_action,
        props.connect.clone(),
        &props.scene,
    );
    let scale = use_scale(&gestures.svg_ref, props.camera);
    let placed = place_labels(scene, props.camera, props.selected, scale);
    let points: Vec<_> = scene.nodes.iter().map(|n| n.at).collect();
    let radii = labels::hit_radii(&points, scale);
    let mut hits = Vec::with_capacity(scene.nodes.len());
    let nodes = scene.nodes.iter().zip(&placed).zip(&radii).map(|((n, label), r)| {
        let selected = props.selected == Some(n.selects);
        let choice = if selected { None } else { Some(n.selects) };
        let (click, _) = select(choice, &props.on_action, &gestures.clicked);
        // Pointing at a node's finger target shows its summary, as pointing at the node does.
        let show = point(Some(n.selects));
        hits.push(html! {
            <circle key={n.id.clone()} data-id={n.id.clone()} cx={fmt(n.at.x)} cy={fmt(n.at.y)} r={fmt(*r)} onclick={click}
                onmouseenter={show.reform(|e: MouseEvent| e.into())} />
        });
        node(
            n,
            selected,
            select(choice, &props.on_action, &gestures.clicked),
            &show,
            label.map(|l| (l, scale)),
        )
    }).collect::<Vec<_>>();
    let markers = ReasonKind::ALL.iter().map(|r| {
        html! {
            <marker id={format!("arrow-{}", r.as_str())} class={classes!("arrow", reason_class(*r))}
                viewBox="0 0 10 10" refX="24" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0 0 L10 5 L0 10 z" />
            </marker>
        }
    });
    html! {
        <figure class={classes!("graph", scene.focused.then_some("focused"))}>
            { zoom_buttons(props.camera, &props.on_action, word!("zoom-reset-label")) }
            <svg ref={gestures.svg_ref.clone()} viewBox={props.camera.view_box()} tabindex="0" role="group"
                aria-label={say!("graph-label", title = props.title.as_str())}
                onpointerdown={gestures.on_pointer_down.clone()} onpointermove={gestures.on_pointer_move.clone()}
                onpointerup={gestures.on_pointer_up.clone()} onpointercancel={gestures.on_pointer_up.clone()} onkeydown={gestures.on_key.clone()}>
                <defs>{ for markers }
                    <marker id="arrow-transfer" class="arrow transfer-arrow" viewBox="0 0 10 10" refX="26" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0 L10 5 L0 10 z" />
                    </marker>
                    // A kept copy ends in a ring at the company: stored, not flowing.
                    <marker id="kept-end" viewBox="-26 -7 30 14" refX="0" refY="0" markerWidth="30" markerHeight="14"
                        markerUnits="userSpaceOnUse" orient="auto">
                        <circle class="kept-end" cx="-20" cy="0" r="5" />
                    </marker>
                </defs>
                <rect class="backdrop" x={fmt(-WIDTH)} y={fmt(-HEIGHT)} width={fmt(3.0 * WIDTH)} height={fmt(3.0 * HEIGHT)} />
                { lines(scene) }
                <g class="hits" aria-hidden="true">{ for hits }</g>
                <g class="nodes">{ for nodes }</g>
                if let Some((a, b)) = gestures.rubber {
                    <line class="rubber" x1={fmt(a.x)} y1={fmt(a.y)} x2={fmt(b.x)} y2={fmt(b.y)} pointer-events="none" />
                }
            </svg>
            <figcaption class="node-summary" aria-hidden="true">
                { scene.summary_line(props.pointed, props.selected, summary_hint(true)) }
            </figcaption>
        </figure>
    }
}

/// The zoom in, zoom out and reset buttons over a drawing; `reset` names what Reset does.
pub fn zoom_buttons(camera: Camera, on_action: &Callback<Action>, reset: &'static str) -> Html {
    let zoom = |factor: f64| {
        let on_action = on_action.clone();
        let centre = camera.centre();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Zoom(factor, centre)))
    };
    let on_reset = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ResetView))
    };
    // Moving the view by buttons, so that nothing needs a drag (WCAG 2.5.7): a step as the
    // arrow keys make it.
    let step = 60.0 / camera.zoom;
    let pan = |dx: f64, dy: f64| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Pan(dx, dy)))
    };
    html! {
        <div class="zoom" role="group" aria-label={word!("zoom")}>
            <button type="button" onclick={pan(-step, 0.0)} aria-label={word!("zoom-left")}>{ "←" }</button>
            <button type="button" onclick={pan(0.0, -step)} aria-label={word!("zoom-up")}>{ "↑" }</button>
            <button type="button" onclick={pan(0.0, step)} aria-label={word!("zoom-down")}>{ "↓" }</button>
            <button type="button" onclick={pan(step, 0.0)} aria-label={word!("zoom-right")}>{ "→" }</button>
            <button type="button" onclick={zoom(1.25)} aria-label={word!("zoom-in")}>{ "+" }</button>
            <button type="button" onclick={zoom(0.8)} aria-label={word!("zoom-out")}>{ "−" }</button>
            <button type="button" onclick={on_reset} aria-label={reset}>{ word!("zoom-reset") }</button>
        </div>
    }
}

/// The callbacks that select `choice` (or clear the selection): a click that is not the end
/// of a drag, and Enter or Space.
fn select(
    choice: Option<Node>,
    on_action: &Callback<Action>,
    clicked: &Callback<(), bool>,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let click = {
        let (on_action, clicked) = (on_action.clone(), clicked.clone());
        Callback::from(move |_: MouseEvent| {
            if clicked.emit(()) {
                on_action.emit(Action::Select(choice));
            }
        })
    };
    let on_action = on_action.clone();
    let key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            e.stop_propagation();
            on_action.emit(Action::Select(choice));
        }
    });
    (click, key)
}

/// The friendships, transfers and flows of `scene`, each in its own group.
fn lines(scene: &Scene) -> Html {
    let friendships = scene.friendships.iter().map(|l| {
        html! {
            <line key={l.key()} class={classes!("friendship", l.messages.then_some("messages"), emphasis_class(l.emphasis))}
                x1={fmt(l.from.x)} y1={fmt(l.from.y)} x2={fmt(l.to.x)} y2={fmt(l.to.y)}>
                <title>{ scene.words(l) }</title>
            </line>
        }
    });
    let transfers = scene.transfers.iter().map(|l| {
        html! {
            <line key={l.key()} class={classes!("transfer-link", emphasis_class(l.emphasis))} data-transfer={l.key()}
                x1={fmt(l.from.x)} y1={fmt(l.from.y)} x2={fmt(l.to.x)} y2={fmt(l.to.y)} marker-end="url(#arrow-transfer)">
                <title>{ scene.words(l) }</title>
            </line>
        }
    });
    let curve = |f: &Flow| {
        let m = bend(f.from, f.to);
        format!(
            "M{} {} Q{} {} {} {}",
            fmt(f.from.x),
            fmt(f.from.y),
            fmt(m.x),
            fmt(m.y),
            fmt(f.to.x),
            fmt(f.to.y)
        )
    };
    let flows = scene.flows.iter().map(|f| {
        let marker = if f.kept {
            "url(#kept-end)".to_string()
        } else {
            format!("url(#arrow-{})", f.reason.as_str())
        };
        html! {
            <path key={f.key.clone()} class={classes!("flow", reason_class(f.reason), f.kept.then_some("kept"), emphasis_class(f.emphasis))} d={curve(f)} role="img"
                data-flow={f.key.clone()} data-reason={f.reason.as_str()}
                marker-end={marker}>
                <title>{ &f.label }</title>
            </path>
        }
    });
    // What a what-if took away, faint and under the rest; the figures' differences say it in words.
    let ghosts = scene.ghosts.iter().map(|f| {
        html! {
            <path key={f.key.clone()} class="ghost" d={curve(f)} data-flow={f.key.clone()}>
                <title>{ &f.label }</title>
            </path>
        }
    });
    html! {
        <>
            <g class="friendships">{ for friendships }</g>
            <g class="transfers">{ for transfers }</g>
            <g class="ghosts" aria-hidden="true">{ for ghosts }</g>
            <g class="flows">{ for flows }</g>
        </>
    }
}

/// One node: its shape, label and summary; `show` points at it, which shows its summary under
/// the drawing.
fn node(
    n: &DrawnNode,
    selected: bool,
    (onclick, onkeydown): (Callback<MouseEvent>, Callback<KeyboardEvent>),
    show: &Callback<web_sys::Event>,
    label: Option<(Placed, f64)>,
) -> Html {
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
            let class = kind.as_str();
            (
                html! {
                    <rect class={classes!("company", class)} x={fmt(x - 15.0)} y={fmt(y - 15.0)} width="30" height="30" rx="5" />
                },
                "company",
            )
        }
    };
    html! {
        <g key={n.id.clone()} class={classes!("node", emphasis_class(n.emphasis), selected.then_some("selected"))}
            data-id={n.id.clone()} data-kind={kind} tabindex="0" role="button"
            aria-pressed={selected.to_string()} aria-label={n.summary().clone()}
            {onclick} {onkeydown}
            onmouseenter={show.reform(|e: MouseEvent| e.into())} onfocus={show.reform(|e: FocusEvent| e.into())}>
            <title>{ &n.summary() }</title>
            { shape }
            if let Some((at, scale)) = label {
                <text class="label" translate="no" x={fmt(at.x)} y={fmt(at.y)} text-anchor={at.anchor.as_str()}
                    font-size={fmt(labels::font_units(scale))} stroke-width={fmt(3.0 / scale)}>{ &n.label }</text>
            }
        </g>
    }
}

/// Where each node's name goes at `scale` screen pixels a layout unit, inside what `camera`
/// shows: what is selected first, then what a step points at, companies, people reached
/// without a yes, everyone else, and what is dimmed last.
fn place_labels(
    scene: &Scene,
    camera: Camera,
    selected: Option<Node>,
    scale: f64,
) -> Vec<Option<Placed>> {
    let wants: Vec<Want> = scene
        .nodes
        .iter()
        .map(|n| Want {
            at: n.at,
            text: &n.label,
            rank: labels::rank(n, selected == Some(n.selects)),
        })
        .collect();
    let view = Rect {
        x: camera.x,
        y: camera.y,
        w: WIDTH / camera.zoom,
        h: HEIGHT / camera.zoom,
    };
    labels::place(&wants, view, scale)
}

/// Screen pixels a layout unit as the drawing is shown through `camera`: measured after every
/// render and on every resize of the window (the first render guesses a laptop's).
#[hook]
fn use_scale(svg_ref: &NodeRef, camera: Camera) -> f64 {
    // Local: the drawing's measured size on screen, pixels a layout unit.
    let scale = use_state(|| 0.0_f64);
    let update = use_force_update();
    use_effect_with((), move |_| {
        let listener =
            crate::web::browser::events::on_window("resize", move |_| update.force_update());
        move || drop(listener)
    });
    {
        let (svg_ref, scale) = (svg_ref.clone(), scale.clone());
        use_effect(move || {
            if let Some(svg) = svg_ref.cast::<Element>() {
                let r = svg.get_bounding_client_rect();
                let s =
                    (r.width() / (WIDTH / camera.zoom)).min(r.height() / (HEIGHT / camera.zoom));
                if s.is_finite() && s > 0.0 && (s - *scale).abs() > 0.005 * s {
                    scale.set(s);
                }
            }
        });
    }
    if *scale > 0.0 {
        *scale
    } else {
        0.7 * camera.zoom
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

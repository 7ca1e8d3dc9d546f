//! The graph: a [`Scene`] drawn as SVG. No decisions are made here beyond shapes and classes.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::ReasonKind;
use crate::layout::{HEIGHT, WIDTH};
use crate::model::CompanyKind;
use crate::scene::{NodeKind, Scene};

#[derive(Properties, PartialEq)]
pub struct GraphProps {
    pub scene: Rc<Scene>,
    pub title: String,
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

#[component]
pub fn Graph(props: &GraphProps) -> Html {
    let scene = &props.scene;
    let friendships = scene.friendships.iter().map(|l| {
        html! {
            <line class={classes!("friendship", l.messages.then_some("messages"))}
                x1={fmt(l.from.x)} y1={fmt(l.from.y)} x2={fmt(l.to.x)} y2={fmt(l.to.y)} />
        }
    });
    let flows = scene.flows.iter().map(|f| {
        // A gentle curve keeps a flow apart from a friendship line on the same two points.
        let mx = (f.from.x + f.to.x) / 2.0 + (f.to.y - f.from.y) * 0.12;
        let my = (f.from.y + f.to.y) / 2.0 - (f.to.x - f.from.x) * 0.12;
        let d = format!(
            "M{} {} Q{} {} {} {}",
            fmt(f.from.x),
            fmt(f.from.y),
            fmt(mx),
            fmt(my),
            fmt(f.to.x),
            fmt(f.to.y)
        );
        html! {
            <path key={f.key.clone()} class={classes!("flow", reason_class(f.reason))} d={d}
                data-flow={f.key.clone()} data-reason={f.reason.as_str()}>
                <title>{ &f.label }</title>
            </path>
        }
    });
    let nodes = scene.nodes.iter().map(|n| {
        let (x, y) = (n.at.x, n.at.y);
        let shape = match n.kind {
            NodeKind::Person(state) => {
                let class = state.ring();
                html! { <circle class={classes!("person", class)} cx={fmt(x)} cy={fmt(y)} r="13" /> }
            }
            NodeKind::Company(kind) => {
                let class = match kind {
                    CompanyKind::App => "app",
                    CompanyKind::Partner => "partner",
                    CompanyKind::Broker => "broker",
                };
                html! {
                    <rect class={classes!("company", class)} x={fmt(x - 15.0)} y={fmt(y - 15.0)}
                        width="30" height="30" rx="5" />
                }
            }
        };
        let kind = match n.kind {
            NodeKind::Person(_) => "person",
            NodeKind::Company(_) => "company",
        };
        html! {
            <g key={n.id.clone()} class="node" data-id={n.id.clone()} data-kind={kind}
                tabindex="0" role="img" aria-label={n.summary.clone()}>
                <title>{ &n.summary }</title>
                { shape }
                <text class="label" x={fmt(x)} y={fmt(y + 30.0)} text-anchor="middle">{ &n.label }</text>
            </g>
        }
    });
    html! {
        <figure class="graph">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="group"
                aria-label={format!("Network of {}: people, companies and the data flows between them", props.title)}>
                <g class="friendships">{ for friendships }</g>
                <g class="flows">{ for flows }</g>
                <g class="nodes">{ for nodes }</g>
            </svg>
        </figure>
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

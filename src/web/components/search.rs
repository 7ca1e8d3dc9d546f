//! The search box beside the graph: type part of a name, pick a person or company from the
//! matches (by arrow keys and Enter, or by pointer), and their "why?" opens exactly as a click
//! on the graph opens it, and the view pans to them if they stand outside it. It is the page's [`Combobox`]; the matching and ranking are
//! [`crate::present::search`]'s.

use std::rc::Rc;

use yew::prelude::*;

use super::combobox::{Choice, Combobox, Finder, Matches};
use crate::core::engine::Engine;
use crate::core::model::{CompanyIx, Node, PersonIx};
use crate::present::layout::Layout;
use crate::present::search::Index;
use crate::view::state::Action;
use crate::web::hooks::Same;

/// How many matches the list shows at most.
const SHOWN: usize = 12;

/// The search's inputs.
#[derive(Properties)]
pub struct SearchProps {
    /// The engine of the scenario shown; its people and companies are searched.
    pub engine: Rc<Engine>,
    /// What is selected: the box says its name.
    pub selected: Option<Node>,
    /// Where the drawing stands, so a node found off the view is brought into it.
    pub layout: Rc<Layout>,
    /// Changes the view.
    pub on_action: Callback<Action>,
}

/// The same search when it searches the same scenario (compared by pointer).
impl PartialEq for SearchProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.engine, &other.engine)
            && self.selected == other.selected
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.on_action == other.on_action
    }
}

/// A node as a choice's key, and back.
fn key(n: Node) -> String {
    match n {
        Node::Person(p) => format!("p{}", p.0),
        Node::Company(c) => format!("c{}", c.0),
    }
}

fn node(key: &str) -> Option<Node> {
    let (kind, ix) = key.split_at_checked(1)?;
    let ix = ix.parse().ok()?;
    match kind {
        "p" => Some(Node::Person(PersonIx(ix))),
        "c" => Some(Node::Company(CompanyIx(ix))),
        _ => None,
    }
}

/// A labelled search box for people and companies by name.
#[component]
pub fn Search(props: &SearchProps) -> Html {
    let find = use_memo(Same(props.engine.clone()), |e| {
        let index = Index::new(e.0.scenario());
        Finder(Rc::new(move |q: &str| {
            let found = index.find(q, SHOWN);
            Matches {
                total: found.total,
                shown: found
                    .shown
                    .into_iter()
                    .map(|f| Choice {
                        key: key(f.node),
                        name: f.name,
                        kind: Some(f.kind.to_string()),
                    })
                    .collect(),
            }
        }))
    });
    let s = props.engine.scenario();
    let resting = match props.selected {
        Some(Node::Person(p)) if p.ix() < s.people.len() => s.person(p).name.clone(),
        Some(Node::Company(c)) if c.ix() < s.companies.len() => s.company(c).name.clone(),
        _ => String::new(),
    };
    let on_choose = {
        let (on_action, layout) = (props.on_action.clone(), props.layout.clone());
        Callback::from(move |k: String| {
            if let Some(n) = node(&k) {
                on_action.emit(Action::Select(Some(n)));
                // Found off the view (a big network, zoomed in): the view moves to it.
                on_action.emit(Action::Show(layout.at(n)));
            }
        })
    };
    html! {
        <Combobox id="search-box" prefix="search" label={format!("{} ", crate::word!("search"))} {resting}
            find={(*find).clone()} {on_choose} />
    }
}

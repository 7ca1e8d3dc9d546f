//! The table view of a result: every fact, sortable by column.

use std::rc::Rc;

use yew::prelude::*;

use super::graph::reason_class;
use crate::present::table::{Row, SortKey, Sorting};
use crate::present::words::Label;
use crate::view::state::Action;

#[derive(Properties, PartialEq)]
pub struct FactTableProps {
    pub rows: Rc<Vec<Row>>,
    pub sorting: Sorting,
    pub on_action: Callback<Action>,
}

#[component]
pub fn FactTable(props: &FactTableProps) -> Html {
    let heads = SortKey::ALL.iter().map(|key| {
        let on_action = props.on_action.clone();
        let key = *key;
        let sort = if props.sorting.key == key {
            if props.sorting.descending { "descending" } else { "ascending" }
        } else {
            "none"
        };
        let arrow = match sort {
            "ascending" => " ▲",
            "descending" => " ▼",
            _ => "",
        };
        html! {
            <th scope="col" aria-sort={sort}>
                <button type="button" class="sort" onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::SortBy(key)))}>
                    { key.label() }{ arrow }
                </button>
            </th>
        }
    });
    let rows = props.rows.iter().map(|r| {
        html! {
            <tr key={r.key.clone()} data-fact={r.key.clone()}>
                <td>{ &r.company }</td>
                <td>{ &r.person }</td>
                <td>{ r.category.label() }</td>
                <td class={classes!("reason-cell", reason_class(r.reason))}>
                    { r.reason.label() }
                    if let Some(via) = &r.via { <span class="via">{ format!(" (via {via})") }</span> }
                </td>
                <td class="explanation">{ &r.explanation }</td>
            </tr>
        }
    });
    html! {
        <div class="facts">
            <table>
                <caption>{ format!("{} facts: which company holds which data of whom, and why", props.rows.len()) }</caption>
                <thead><tr>{ for heads }<th scope="col">{ "How" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

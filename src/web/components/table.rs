//! The table view of a result: every fact, sortable by column, one page at a time. The sort
//! covers every fact and is memoised on the result; only the page shown becomes rows (and
//! elements). A screen reader hears the whole count from the caption and `aria-rowcount`.

use std::rc::Rc;

use yew::prelude::*;

use super::graph::reason_class;
use super::pager::Pager;
use crate::core::engine::{Engine, Exposure};
use crate::present::paging::{window, TABLE_SIZE, TABLE_SIZES};
use crate::present::table::{order, page, SortKey, Sorting};
use crate::present::words::Label;
use crate::view::state::Action;
use crate::web::hooks::Same;

#[derive(Properties)]
pub struct FactTableProps {
    /// The engine the result came from.
    pub engine: Rc<Engine>,
    /// The result, every fact of which the table holds.
    pub exposure: Rc<Exposure>,
    pub sorting: Sorting,
    pub on_action: Callback<Action>,
}

/// The same table when it shows the same result in the same order (results compared by pointer).
impl PartialEq for FactTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.engine, &other.engine)
            && Rc::ptr_eq(&self.exposure, &other.exposure)
            && self.sorting == other.sorting
            && self.on_action == other.on_action
    }
}

#[component]
pub fn FactTable(props: &FactTableProps) -> Html {
    // Local: how many rows a page, and the page asked for under the sorting it was asked under.
    let size = use_state(|| TABLE_SIZE);
    // The page asked for, with the sorting it was asked under: a new sorting starts at page one.
    let asked = use_state(|| (props.sorting, 0usize));
    let sorted = {
        let (engine, exposure) = (props.engine.clone(), props.exposure.clone());
        use_memo(
            (
                Same(props.engine.clone()),
                Same(props.exposure.clone()),
                props.sorting,
            ),
            move |(_, _, sorting)| order(&engine, &exposure, *sorting),
        )
    };
    let at = if asked.0 == props.sorting { asked.1 } else { 0 };
    let w = window(sorted.len(), *size, at);
    let on_page = {
        let (asked, sorting) = (asked.clone(), props.sorting);
        Callback::from(move |p: usize| asked.set((sorting, p)))
    };
    let on_size = {
        let (asked, size, sorting) = (asked.clone(), size.clone(), props.sorting);
        // The first row in view stays in view.
        Callback::from(move |n: usize| {
            size.set(n);
            asked.set((sorting, w.page_for_size(n)));
        })
    };
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
            <th scope="col" role="columnheader" aria-sort={sort}>
                <button type="button" class="sort" onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::SortBy(key)))}>
                    { key.label() }{ arrow }
                </button>
            </th>
        }
    });
    let rows = page(&props.engine, &props.exposure, &sorted, w);
    let rows = rows.iter().enumerate().map(|(i, r)| {
        html! {
            // Each cell names its column (`data-label`), which a phone writes before it when the
            // rows stack; the explicit roles keep it a table for screen readers however it is laid out.
            <tr key={r.key.clone()} role="row" data-fact={r.key.clone()} aria-rowindex={(w.start + i + 2).to_string()}>
                <td role="cell" data-label={SortKey::Company.label()}>{ &r.company }</td>
                <td role="cell" data-label={SortKey::Person.label()}>{ &r.person }</td>
                <td role="cell" data-label={SortKey::Category.label()}>{ r.category.label() }</td>
                <td role="cell" data-label={SortKey::Reason.label()} class={classes!("reason-cell", reason_class(r.reason))}>
                    { r.reason.label() }
                    if let Some(via) = &r.via { <span class="via">{ crate::say!("table-via", via = via.as_str()) }</span> }
                </td>
                <td role="cell" data-label={crate::word!("table-how")} class="explanation">{ &r.explanation }</td>
            </tr>
        }
    });
    html! {
        <div class="facts">
            <Pager window={w} noun={crate::word!("pager-rows")} label={crate::word!("table-pages")} {on_page} sizes={&TABLE_SIZES[..]}
                on_size={Some(on_size)} controls={Some(AttrValue::from("fact-table"))} />
            <table id="fact-table" role="table" aria-rowcount={(w.total + 1).to_string()}>
                <caption>{ crate::say!("table-caption", facts = w.total) }</caption>
                <thead role="rowgroup"><tr role="row" aria-rowindex="1">{ for heads }<th scope="col" role="columnheader">{ crate::word!("table-how") }</th></tr></thead>
                <tbody role="rowgroup">{ for rows }</tbody>
            </table>
        </div>
    }
}

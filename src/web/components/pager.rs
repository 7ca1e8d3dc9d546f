//! The controls under a long list: where the reader is ("rows 1–100 of 12,345"), the first,
//! previous, next and last pages, and (for the table) how many rows a page holds. Which rows a
//! page holds is [`crate::present::paging`]'s; this only draws the buttons and says which page
//! the reader asked for. Also a list that shows its first entries and more on request.

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::present::paging::{window, Window};
use crate::{say, word};

/// The pager's inputs.
#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// The page shown.
    pub window: Window,
    /// What the rows are, in the plural ("rows", "people").
    pub noun: AttrValue,
    /// The pager's name, as a screen reader announces it ("Pages of the facts").
    pub label: AttrValue,
    /// Asks for a page, from 0.
    pub on_page: Callback<usize>,
    /// The page sizes to choose from; none offers no choice.
    #[prop_or_default]
    pub sizes: &'static [usize],
    /// Asks for a page size.
    #[prop_or_default]
    pub on_size: Option<Callback<usize>>,
    /// The id of the list or table it pages.
    #[prop_or_default]
    pub controls: Option<AttrValue>,
}

/// Where the reader is in a long list, and the buttons to move through it.
#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let w = props.window;
    // A button that cannot be used says so but keeps its focus, so a reader pressing "Next
    // page" to the end is not thrown back to the top of the page.
    let button = |label: &'static str, sign: &'static str, page: usize, enabled: bool| {
        let on_page = props.on_page.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if enabled {
                on_page.emit(page)
            }
        });
        html! {
            <button type="button" aria-label={label} title={label} aria-disabled={(!enabled).then_some("true")}
                aria-controls={props.controls.clone()} {onclick}>{ sign }</button>
        }
    };
    let sizes = props
        .on_size
        .as_ref()
        .filter(|_| w.total > props.sizes.first().copied().unwrap_or(usize::MAX));
    html! {
        <nav class="pager" aria-label={props.label.clone()}>
            <span class="where" aria-live="polite">{ w.label(&props.noun) }</span>
            if w.pages > 1 {
                { button(word!("pager-first"), "«", 0, w.has_previous()) }
                { button(word!("pager-previous"), "‹", w.page.saturating_sub(1), w.has_previous()) }
                <span class="page-of">{ say!("pager-page-of", page = w.page + 1, pages = w.pages) }</span>
                { button(word!("pager-next"), "›", w.page + 1, w.has_next()) }
                { button(word!("pager-last"), "»", w.pages - 1, w.has_next()) }
            }
            if let Some(on_size) = sizes {
                <label class="field small">{ capitalised(&say!("pager-per-page", noun = props.noun.as_str())) }{ " " }
                    <select onchange={{
                        let on_size = on_size.clone();
                        Callback::from(move |e: Event| {
                            let select: HtmlSelectElement = e.target_unchecked_into();
                            if let Ok(n) = select.value().parse() { on_size.emit(n) }
                        })
                    }}>
                        { for props.sizes.iter().map(|n| html! { <option value={n.to_string()} selected={*n == w.size}>{ n }</option> }) }
                    </select>
                </label>
            }
        </nav>
    }
}

/// `words` with a capital first letter: a list's noun leads "Rows per page" (the catalogue's
/// message starts with the noun, in lower case, as it is given).
fn capitalised(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A list of lines that shows the first few and more on request.
#[derive(Properties, PartialEq)]
pub struct ShowMoreProps {
    /// The lines.
    pub lines: Vec<String>,
    /// How many to show at first, and how many more each time.
    pub step: usize,
    /// What the lines are, in the plural ("problems").
    pub noun: AttrValue,
}

/// The first `step` lines, a count when there are more, and a button to show more.
#[component]
pub fn ShowMore(props: &ShowMoreProps) -> Html {
    // Local: how many lines the reader asked to see.
    let shown = use_state(|| props.step);
    let w = window(props.lines.len(), *shown, 0);
    let more = {
        let (shown, step) = (shown.clone(), props.step);
        Callback::from(move |_: MouseEvent| shown.set(*shown + step))
    };
    html! {
        <>
            <ul>{ for props.lines[w.range()].iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            if w.end < w.total {
                <p class="more">{ say!("more-shown", shown = w.end, total = w.total, noun = props.noun.as_str()) }{ " " }
                    <button type="button" onclick={more}>{ say!("more-show", more = props.step.min(w.total - w.end)) }</button>
                </p>
            }
        </>
    }
}

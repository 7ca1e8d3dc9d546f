//! The story: one step at a time, with back and next (and the arrow keys, see `mod.rs`).
//!
//! Focus never falls to the page: starting the story takes it to the step's title, leaving it
//! to the button that starts it again. Only the step's position and title are a live region, so
//! a step change is said once and short; the text is read from there.

use std::rc::Rc;

use yew::prelude::*;
use yew::TargetCast;

use crate::core::model::{Source, Step};
use crate::present::guess::Answer;
use crate::present::story::{self as words, paragraphs};
use crate::web::browser;
use crate::{say, word};

/// Room under a step's title for the first line of its text, in CSS pixels.
const FIRST_LINE: f64 = 32.0;

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub steps: Rc<Vec<Step>>,
    pub sources: Rc<Vec<Source>>,
    /// The step shown, if the reader is in the story.
    pub step: Option<usize>,
    /// Show step `i`.
    pub on_step: Callback<usize>,
    /// Leave the story.
    pub on_leave: Callback<()>,
    /// The answer to the shown step's guess, when it asks one.
    pub guess: Option<Answer>,
    /// Presents the story, when the page offers it.
    #[prop_or_default]
    pub on_present: Option<Callback<()>>,
    /// Prints the story as a handout, when the page offers it.
    #[prop_or_default]
    pub on_print: Option<Callback<()>>,
}

#[component]
pub fn Story(props: &StoryProps) -> Html {
    let n = props.steps.len();
    let in_story = props.step.is_some_and(|i| i < n);
    let title = use_node_ref();
    let start = use_node_ref();
    let head = use_node_ref();
    {
        let (title, start) = (title.clone(), start.clone());
        // Whether the reader was in the story at the last render; a link that opens a step
        // does not move focus, only a start or an end does, and only from the story itself
        // (its removed button left focus on the body): a scenario picked elsewhere keeps it.
        let was = use_mut_ref(|| in_story);
        use_effect_with(in_story, move |now| {
            let from_story =
                browser::dom::focused().is_none_or(|a| browser::dom::within(&a, ".story"));
            if std::mem::replace(&mut *was.borrow_mut(), *now) != *now && from_story {
                let target = if *now { title } else { start };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    // Focus lost is only a worse place to continue from; nothing to report.
                    let _ = el.focus();
                }
            }
        });
    }
    use_step_in_sight(props.step, &head);
    if n == 0 {
        return html! {};
    }
    let go = |i: usize| {
        let on_step = props.on_step.clone();
        Callback::from(move |_: MouseEvent| on_step.emit(i))
    };
    let Some(i) = props.step.filter(|i| *i < n) else {
        return html! {
            <section class="story closed" aria-label={word!("story")}>
                <button type="button" class="primary" ref={start} onclick={go(0)}>{ say!("story-start", steps = n) }</button>
                <span class="hint">{ word!("story-or-explore") }</span>
                { extras(props) }
            </section>
        };
    };
    let step = &props.steps[i];
    let source = step
        .source
        .as_ref()
        .and_then(|id| props.sources.iter().find(|s| &s.id == id));
    let leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    let dots = (0..n).map(|j| {
        html! {
            <li>
                <button type="button" class={classes!("dot", (j == i).then_some("current"))} onclick={go(j)}
                    aria-label={say!("story-dot", step = j + 1, steps = n, title = props.steps[j].title.as_str())}
                    aria-current={if j == i { "step" } else { "false" }}></button>
            </li>
        }
    });
    html! {
        <section class="story" aria-labelledby="step-title">
            <div class="step-head" ref={head} aria-live="polite" aria-atomic="true">
                <p class="step-count">{ say!("story-step-count", step = i + 1, steps = n) }</p>
                <h2 id="step-title" ref={title} tabindex="-1">{ &step.title }</h2>
            </div>
            { for paragraphs(&step.text).into_iter().map(|t| html! { <p class="step-text">{ t }</p> }) }
            if let Some(answer) = props.guess.clone() {
                <GuessBox key={i} {answer} />
            }
            if let Some(src) = source {
                <p class="step-source">{ word!("story-source") }{ " " }<a href={format!("#source-{}", src.id)} translate="no"
                    onclick={Callback::from(|e: MouseEvent| {
                        // Scroll to the source in the list below without touching the hash, which holds the view.
                        e.prevent_default();
                        if let Some(id) = browser::events::target(&e).and_then(|t| t.get_attribute("href")) {
                            browser::dom::scroll_to(&id);
                        }
                    })}>{ &src.title }</a>
                    { src.publisher.as_ref().map(|p| say!("story-publisher", publisher = p.as_str())).unwrap_or_default() }</p>
            }
            <nav class="step-nav" aria-label={word!("story-steps")}>
                <button type="button" disabled={i == 0} onclick={go(i.saturating_sub(1))}>{ word!("story-back") }</button>
                <ol class="dots">{ for dots }</ol>
                if i + 1 < n {
                    <button type="button" class="primary" onclick={go(i + 1)}>{ word!("story-next") }</button>
                } else {
                    <button type="button" class="primary" onclick={leave.clone()}>{ word!("story-explore") }</button>
                }
            </nav>
            <button type="button" class="link leave" onclick={leave}>{ word!("story-leave") }</button>
            { extras(props) }
        </section>
    }
}

/// After Next, Back, a dot or an arrow key, the new step's title and first line stand in sight
/// (`head`: its number and title): on a phone just below the picture pinned above them, never
/// under it. A link that opens a step scrolls nothing.
#[hook]
fn use_step_in_sight(step: Option<usize>, head: &NodeRef) {
    let (head, was) = (head.clone(), use_mut_ref(|| step));
    use_effect_with(step, move |now| {
        let moved = std::mem::replace(&mut *was.borrow_mut(), *now) != *now;
        if let Some(el) = head
            .cast::<web_sys::Element>()
            .filter(|_| moved && now.is_some())
        {
            let pinned = browser::dom::find(".reading.in-story .view");
            browser::dom::below_pinned(&el, pinned.as_ref(), FIRST_LINE);
        }
    });
}

/// Present and print, when the page offers them.
fn extras(props: &StoryProps) -> Html {
    let button = |c: &Option<Callback<()>>, label: &'static str| {
        c.clone().map(|c| {
            html! { <button type="button" onclick={Callback::from(move |_: MouseEvent| c.emit(()))}>{ label }</button> }
        })
    };
    let present = button(&props.on_present, words::present());
    let print = button(&props.on_print, words::print());
    if present.is_none() && print.is_none() {
        return html! {};
    }
    html! { <div class="story-extras">{ for present }{ for print }</div> }
}

#[derive(Properties, PartialEq)]
struct GuessProps {
    answer: Answer,
}

/// The reader's guess: a number, and what it comes to once they say it. Each step keeps its own
/// (the box is keyed by the step), and nothing is stored.
#[component]
fn GuessBox(props: &GuessProps) -> Html {
    // Local: the guess typed, and the guess checked.
    let typed = use_state(String::new);
    let said = use_state(|| None::<u32>);
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            typed.set(input.value());
        })
    };
    let max = props.answer.people as u32;
    let on_submit = {
        let (typed, said) = (typed.clone(), said.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Ok(n) = typed.trim().parse::<u32>() {
                said.set(Some(n.min(max)));
            }
        })
    };
    html! {
        <form class="guess" onsubmit={on_submit} aria-label={word!("guess")}>
            <label>{ word!("guess") }{ " " }
                <input type="number" inputmode="numeric" min="0" max={max.to_string()} required=true
                    value={(*typed).clone()} oninput={on_input} />
            </label>
            <button type="submit">{ word!("guess-check") }</button>
            <p class="guess-answer" role="status">
                { said.map(|n| props.answer.verdict(n)).unwrap_or_default() }
            </p>
        </form>
    }
}

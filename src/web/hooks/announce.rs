//! What a screen reader hears after a change of date, mode or switches: the companies whose
//! reach changed since the last result of the same scenario, for the page's live region.
//!
//! The words are [`describe_change`]'s; this hook only remembers the last figures.

use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::core::engine::Engine;
use crate::present::figures::{describe_change, CompanyFigures};

/// Which scenario figures belong to: the sandbox or not, the built-in's index, the open
/// sandbox's key. Figures are compared only within one scenario.
pub type Origin = (bool, Option<usize>, Option<String>);

/// The announcement for `answer` (a scenario's engine and its company figures), which came from
/// `origin`; nothing new while there is no answer.
#[hook]
pub fn use_announcement(
    origin: Origin,
    answer: Option<(Rc<Engine>, Rc<Vec<CompanyFigures>>)>,
) -> String {
    let announcement = use_state(String::new);
    let previous = use_mut_ref(|| None::<(Origin, Rc<Vec<CompanyFigures>>)>);
    {
        let announcement = announcement.clone();
        let figures = answer.as_ref().map(|(_, f)| Same(f.clone()));
        use_effect_with((origin, figures), move |(origin, _)| {
            if let Some((engine, figures)) = answer {
                let mut prev = previous.borrow_mut();
                let before = prev
                    .as_ref()
                    .filter(|(o, _)| o == origin)
                    .map(|(_, f)| f.as_slice());
                announcement.set(describe_change(engine.scenario(), before, &figures));
                *prev = Some((origin.clone(), figures));
            }
        });
    }
    (*announcement).clone()
}

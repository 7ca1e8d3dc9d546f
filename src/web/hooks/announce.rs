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
pub type Source = (bool, Option<usize>, Option<String>);

/// The announcement for `figures` of `engine`'s scenario, shown by `source`.
#[hook]
pub fn use_announcement(
    source: Source,
    answer: Option<(Rc<Engine>, Rc<Vec<CompanyFigures>>)>,
) -> String {
    let announcement = use_state(String::new);
    let previous = use_mut_ref(|| None::<(Source, Rc<Vec<CompanyFigures>>)>);
    {
        let announcement = announcement.clone();
        let figures = answer.as_ref().map(|(_, f)| Same(f.clone()));
        use_effect_with((source, figures), move |(source, _)| {
            if let Some((engine, figures)) = answer {
                let mut prev = previous.borrow_mut();
                let before = prev
                    .as_ref()
                    .filter(|(s, _)| s == source)
                    .map(|(_, f)| f.as_slice());
                announcement.set(describe_change(engine.scenario(), before, &figures));
                *prev = Some((source.clone(), figures));
            }
        });
    }
    (*announcement).clone()
}

//! What changed after a move of the date, the mode or a switch: a sentence for a screen reader
//! (the page's live region) and a caption shown beside the graph. Both compare the figures now
//! with the figures last said of the same scenario.
//!
//! Both are worked out in the render that shows the new figures, so the caption never speaks of
//! the figures before (an effect would set it a render late). While the time line plays, the
//! caption follows every tick but the live region stays quiet; when play stops, it says once
//! what changed since play started. The words are [`describe_change`]'s and [`caption`]'s; this
//! hook only remembers the last figures said.

use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::core::date::Date;
use crate::core::engine::Engine;
use crate::present::figures::{caption, describe_change, Figures};
use crate::present::timeline::Timeline;

/// Which scenario figures belong to: the sandbox or not, the built-in's index, the open
/// sandbox's key. Figures are compared only within one scenario.
pub type Origin = (bool, Option<usize>, Option<String>);

/// A result to describe: the scenario's engine, its time line, the date shown and the figures
/// there.
pub struct Answer {
    /// The engine of the scenario shown.
    pub engine: Rc<Engine>,
    /// Its time line, for the era a date starts.
    pub timeline: Rc<Timeline>,
    /// The date shown.
    pub date: Date,
    /// The figures on that date.
    pub figures: Rc<Figures>,
}

/// What to say and show about the last change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Announcement {
    /// For the live region; unchanged while playing.
    pub spoken: String,
    /// For the caption beside the graph.
    pub caption: String,
}

/// The figures last said, and of which scenario.
#[derive(Default)]
struct Said {
    origin: Option<Origin>,
    figures: Option<Rc<Figures>>,
    spoken: String,
}

/// The announcement for `answer`, which came from `origin`.
#[hook]
pub fn use_announcement(origin: Origin, answer: Answer, playing: bool) -> Rc<Announcement> {
    let said = use_mut_ref(Said::default);
    let key = (origin, Same(answer.figures.clone()), answer.date, playing);
    use_memo(key, move |(origin, _, date, playing)| {
        let mut said = said.borrow_mut();
        let before = said
            .figures
            .as_ref()
            .filter(|_| said.origin.as_ref() == Some(origin))
            .map(|f| f.companies.clone());
        let s = answer.engine.scenario();
        let era = answer
            .timeline
            .eras
            .iter()
            .find(|e| e.from == *date)
            .map(|e| (e.kind.label(), e.from_illustrative));
        let now = &answer.figures.companies;
        let shown = caption(s, *date, era, before.as_deref(), now);
        if !*playing {
            // The figures before play started stay the comparison until it stops.
            said.spoken = describe_change(s, before.as_deref(), now);
            said.origin = Some(origin.clone());
            said.figures = Some(answer.figures.clone());
        }
        Announcement {
            spoken: said.spoken.clone(),
            caption: shown,
        }
    })
}

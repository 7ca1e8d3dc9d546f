//! What changed after a move of the date, the mode or a switch: a sentence for a screen reader
//! (the page's live region), which compares the figures now with the figures last said of the
//! same scenario, and the caption shown under the graph, which says the state shown
//! ([`caption`]: against the scenario as it happened under a what-if, against the day before on
//! a day something starts or ends), so a view reads the same however the reader came to it.
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
use crate::core::engine::Mode;
use crate::present::figures::{describe_change, Figures};
use crate::present::timeline::Timeline;
use crate::view::derive::{caption, Evaluated};

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
    /// The view counted (what companies can see while the collected view is still counted).
    pub mode: Mode,
    /// The evaluation there, with its figures.
    pub evaluated: Evaluated,
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
    let key = (
        origin,
        Same(answer.evaluated.figures.clone()),
        answer.date,
        playing,
    );
    use_memo(key, move |(origin, _, date, playing)| {
        let mut said = said.borrow_mut();
        let before = said
            .figures
            .as_ref()
            .filter(|_| said.origin.as_ref() == Some(origin))
            .map(|f| f.companies.clone());
        let s = answer.engine.scenario();
        let now = &answer.evaluated.figures.companies;
        let shown = caption(
            &answer.engine,
            &answer.timeline,
            &answer.evaluated,
            *date,
            answer.mode,
        );
        if !*playing {
            // The figures before play started stay the comparison until it stops.
            said.spoken = describe_change(s, before.as_deref(), now);
            said.origin = Some(origin.clone());
            said.figures = Some(answer.evaluated.figures.clone());
        }
        Announcement {
            spoken: said.spoken.clone(),
            caption: shown,
        }
    })
}

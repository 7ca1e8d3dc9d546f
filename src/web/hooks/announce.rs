//! What changed after a move of the date, the mode or a switch: a sentence for a screen reader
//! (the page's live region) and a caption shown beside the graph. Both compare with the last
//! result of the same scenario.
//!
//! While the time line plays, the caption follows every tick but the live region stays quiet;
//! when play stops, it says once what changed since play started. The words are
//! [`describe_change`]'s and [`caption`]'s; this hook only remembers the last figures.

use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::core::date::Date;
use crate::core::engine::Engine;
use crate::present::figures::{caption, describe_change, CompanyFigures};
use crate::present::timeline::Timeline;

/// Which scenario figures belong to: the sandbox or not, the built-in's index, the open
/// sandbox's key. Figures are compared only within one scenario.
pub type Origin = (bool, Option<usize>, Option<String>);

/// A result to describe: the scenario's engine, its time line, the date shown and the company
/// figures there.
pub struct Answer {
    /// The engine of the scenario shown.
    pub engine: Rc<Engine>,
    /// Its time line, for the era a date starts.
    pub timeline: Rc<Timeline>,
    /// The date shown.
    pub date: Date,
    /// The company figures on that date.
    pub figures: Rc<Vec<CompanyFigures>>,
}

/// What to say and show about the last change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Announcement {
    /// For the live region; unchanged while playing.
    pub spoken: String,
    /// For the caption beside the graph.
    pub caption: String,
}

/// The announcement for `answer`, which came from `origin`; nothing new while there is no
/// answer.
#[hook]
pub fn use_announcement(origin: Origin, answer: Option<Answer>, playing: bool) -> Announcement {
    let announcement = use_state(Announcement::default);
    let previous = use_mut_ref(|| None::<(Origin, Rc<Vec<CompanyFigures>>)>);
    {
        let announcement = announcement.clone();
        let figures = answer.as_ref().map(|a| (Same(a.figures.clone()), a.date));
        use_effect_with((origin, figures, playing), move |(origin, _, playing)| {
            if let Some(a) = answer {
                let mut prev = previous.borrow_mut();
                let before = prev
                    .as_ref()
                    .filter(|(o, _)| o == origin)
                    .map(|(_, f)| f.as_slice());
                let s = a.engine.scenario();
                let era = a
                    .timeline
                    .eras
                    .iter()
                    .find(|e| e.from == a.date)
                    .map(|e| (e.kind.label(), e.from_illustrative));
                let shown = caption(s, a.date, era, before, &a.figures);
                if *playing {
                    // The figures before play started stay the comparison until it stops.
                    announcement.set(Announcement {
                        spoken: announcement.spoken.clone(),
                        caption: shown,
                    });
                } else {
                    announcement.set(Announcement {
                        spoken: describe_change(s, before, &a.figures),
                        caption: shown,
                    });
                    *prev = Some((origin.clone(), a.figures));
                }
            }
        });
    }
    (*announcement).clone()
}

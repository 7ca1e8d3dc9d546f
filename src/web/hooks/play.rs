//! Play: the time line steps forward on a timer while the view state says it is playing.
//!
//! It glides through the days and rests a moment on each day where something changed; with
//! reduced motion it jumps from one change to the next every second and a half instead of
//! gliding. The timer only sends actions; when to stop is [`State::apply`]'s business.
//!
//! [`State::apply`]: crate::view::state::State::apply

use std::rc::Rc;

use yew::prelude::*;

use crate::core::date::Date;
use crate::present::timeline::Timeline;
use crate::view::state::{Action, State};
use crate::web::browser;
use crate::web::browser::time::Every;

/// Ticks of 100 ms that play rests on a day where something changed: 1.2 seconds.
const REST_TICKS: u32 = 12;

/// Plays `timeline` while `state` is playing, from `date` (the date shown), sending its steps
/// to `dispatch`.
#[hook]
pub fn use_play(
    state: &State,
    dispatch: &Callback<Action>,
    timeline: Option<Rc<Timeline>>,
    date: Date,
) {
    // The timer reads the latest date shown, not the one it started at.
    let latest_date = use_mut_ref(|| date);
    *latest_date.borrow_mut() = date;
    let dispatcher = dispatch.clone();
    use_effect_with(
        (state.playing, state.shown.builtin()),
        move |(playing, _)| {
            let timer = match (playing, timeline) {
                (true, Some(t)) if browser::dom::prefers_reduced_motion() => {
                    Some(Every::ms(1500, move || {
                        let now = *latest_date.borrow();
                        match t.next_change(now) {
                            Some(d) => dispatcher.emit(Action::SetDate(d)),
                            None => dispatcher.emit(Action::SetPlaying(false)),
                        }
                    }))
                }
                (true, Some(t)) => {
                    let days = ((t.end.day_number() - t.start.day_number()) / 120).max(1);
                    // Local to the timer: ticks left to rest on the change day it landed on.
                    let mut resting = 0;
                    Some(Every::ms(100, move || {
                        if resting > 0 {
                            resting -= 1;
                            return;
                        }
                        let now = *latest_date.borrow();
                        match t.next_change(now) {
                            // A change within this tick: land on its day and stay a moment,
                            // so the reader sees what it did before play moves on.
                            Some(c) if c.day_number() <= now.day_number() + days && c < t.end => {
                                resting = REST_TICKS;
                                dispatcher.emit(Action::SetDate(c));
                            }
                            _ => dispatcher.emit(Action::Tick { days, end: t.end }),
                        }
                    }))
                }
                _ => None,
            };
            move || drop(timer)
        },
    );
}

//! The "At scale" view's network, generated a slice per animation frame so the page never stops
//! answering. (Its place in the address is the page store's, `view::page`.)

use std::rc::Rc;

use yew::prelude::*;

use crate::core::scale::{Generator, Params, Reach};
use crate::files::generated::refusal;
use crate::web::browser::time::{now, Frames};

/// How long one slice of generation may hold the page, in milliseconds.
const SLICE_MS: f64 = 12.0;
/// Friendships generated between two looks at the clock.
const BATCH: u64 = 20_000;

/// Where the network is.
#[derive(Clone)]
pub enum Network {
    /// Being generated: how far, from 0 to 1.
    Generating(f64),
    /// Ready, with the milliseconds generation took.
    Ready(Rc<Reach>, f64),
    /// The parameters make no network, and why.
    Refused(String),
}

impl PartialEq for Network {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Network::Generating(a), Network::Generating(b)) => a == b,
            (Network::Ready(a, _), Network::Ready(b, _)) => Rc::ptr_eq(a, b),
            (Network::Refused(a), Network::Refused(b)) => a == b,
            _ => false,
        }
    }
}

/// The network of `params`, generated a slice per frame; a new one whenever they change.
#[hook]
pub fn use_network(params: Params) -> Network {
    // Kept: the network being generated between frames, or ready.
    let state = use_state(|| Network::Generating(0.0));
    {
        let state = state.clone();
        use_effect_with(params, move |params| {
            let started = now();
            let frames = match Generator::new(*params) {
                Err(e) => {
                    state.set(Network::Refused(refusal(e)));
                    None
                }
                Ok(mut generator) => {
                    state.set(Network::Generating(0.0));
                    let mut reach = Some(Reach::new(params.people, params.seed));
                    Some(Frames::run(move || {
                        let start = now();
                        let Some(r) = reach.as_mut() else {
                            return false;
                        };
                        let mut done = false;
                        while !done && now() - start < SLICE_MS {
                            done = generator.run(BATCH, &mut |a, b| r.befriend(a, b));
                        }
                        if done {
                            if let Some(r) = reach.take() {
                                state.set(Network::Ready(Rc::new(r), now() - started));
                            }
                        } else {
                            state.set(Network::Generating(generator.progress()));
                        }
                        !done
                    }))
                }
            };
            move || drop(frames)
        });
    }
    (*state).clone()
}

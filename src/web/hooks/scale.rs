//! The "At scale" view's network, generated a slice per animation frame so the page never stops
//! answering. (Its place in the address is the page store's, `view::page`.)

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

use crate::core::scale::{Generator, Params, Reach};
use crate::files::generated::refusal;

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

struct Runner {
    generator: RefCell<Generator>,
    reach: RefCell<Option<Reach>>,
    frame: RefCell<Option<AnimationFrame>>,
    started: f64,
    publish: Callback<Network>,
}

impl Runner {
    fn next(self: &Rc<Self>) {
        let me = self.clone();
        let frame = request_animation_frame(move |_| me.slice());
        *self.frame.borrow_mut() = Some(frame);
    }

    fn slice(self: &Rc<Self>) {
        let start = js_sys::Date::now();
        let mut generator = self.generator.borrow_mut();
        let mut slot = self.reach.borrow_mut();
        let Some(reach) = slot.as_mut() else { return };
        let mut done = false;
        while !done && js_sys::Date::now() - start < SLICE_MS {
            done = generator.run(BATCH, &mut |a, b| reach.befriend(a, b));
        }
        if done {
            let reach = slot.take().map(Rc::new);
            drop((slot, generator));
            if let Some(reach) = reach {
                self.publish
                    .emit(Network::Ready(reach, js_sys::Date::now() - self.started));
            }
        } else {
            let progress = generator.progress();
            drop((slot, generator));
            self.publish.emit(Network::Generating(progress));
            self.next();
        }
    }
}

/// The network of `params`, generated a slice per frame; a new one whenever they change.
#[hook]
pub fn use_network(params: Params) -> Network {
    let state = use_state(|| Network::Generating(0.0));
    {
        let state = state.clone();
        use_effect_with(params, move |params| {
            let started = js_sys::Date::now();
            let runner = match Generator::new(*params) {
                Err(e) => {
                    state.set(Network::Refused(refusal(e)));
                    None
                }
                Ok(generator) => {
                    state.set(Network::Generating(0.0));
                    let runner = Rc::new(Runner {
                        generator: RefCell::new(generator),
                        reach: RefCell::new(Some(Reach::new(params.people, params.seed))),
                        frame: RefCell::new(None),
                        started,
                        publish: Callback::from(move |n| state.set(n)),
                    });
                    runner.next();
                    Some(runner)
                }
            };
            move || {
                if let Some(r) = runner {
                    r.frame.borrow_mut().take();
                }
            }
        });
    }
    (*state).clone()
}

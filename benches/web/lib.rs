//! The app's Barnes-Hut layout and exposure engine, exported to the benchmark page
//! (`tests/e2e/bench-web.mjs`), which times them in headless Chromium beside d3-force and
//! graphology's ForceAtlas2 on the same graph. Nothing here is in the app: this crate is built
//! on its own by `scripts/bench-web`.

use spillover::core::engine::{Engine, Mode};
use spillover::present::force::Simulation;
use wasm_bindgen::prelude::*;

#[path = "../common/network.rs"]
mod common;

/// A layout of `people` people joined by friendships, ticked from JavaScript.
#[wasm_bindgen]
pub struct Layout(Simulation);

#[wasm_bindgen]
impl Layout {
    /// `people` people on the app's start spiral, and the friendships `pairs` (two indices
    /// each, one after the other).
    #[wasm_bindgen(constructor)]
    pub fn new(people: u32, pairs: &[u32]) -> Layout {
        let pairs: Vec<(u32, u32)> = pairs.chunks_exact(2).map(|p| (p[0], p[1])).collect();
        Layout(Simulation::of(people as usize, &pairs))
    }

    /// One tick, as the app's layout runs them.
    pub fn tick(&mut self) {
        self.0.tick();
    }

    /// The ticks done.
    pub fn ticks(&self) -> u32 {
        self.0.ticks() as u32
    }

    /// Whether it has cooled down (it ticks no more).
    pub fn settled(&self) -> bool {
        self.0.settled()
    }
}

/// The engine on the benchmark network of `benches/common/network.rs`.
#[wasm_bindgen]
pub struct Exposure {
    engine: Engine,
}

#[wasm_bindgen]
impl Exposure {
    /// `people` people with about `friends` friends each (`Engine::new` included).
    #[wasm_bindgen(constructor)]
    pub fn new(people: u32, friends: u32) -> Exposure {
        Exposure {
            engine: Engine::new(common::network(people, friends)),
        }
    }

    /// The friendships.
    pub fn friendships(&self) -> u32 {
        self.engine.scenario().friendships.len() as u32
    }

    /// What every company can see on the scenario's date: the number of facts.
    pub fn access(&self) -> u32 {
        let date = self.engine.scenario().date;
        self.engine.evaluate(date, Mode::Access).facts.len() as u32
    }

    /// The bytes the engine keeps to follow friendships.
    pub fn friend_graph_bytes(&self) -> u32 {
        self.engine.friend_graph_bytes() as u32
    }
}

#[path = "../benches/common/network.rs"]
mod common;
use spillover::core::engine::Engine;
use std::time::Instant;
#[test]
#[ignore]
fn probe() {
    let s = common::network(100_000, 20);
    let e = Engine::new(s);
    let d = e.scenario().date;
    for _ in 0..3 {
        let t = Instant::now();
        let x = e.access(d);
        eprintln!("access {:?} facts {}", t.elapsed(), x.facts.len());
    }
}

use spillover::core::engine::{Engine, Mode};
use std::time::Instant;
fn main() {
    let text = std::fs::read_to_string("/tmp/freeze/freeze.json").unwrap();
    let t = Instant::now();
    let s = spillover::files::scenario::parse(&text).unwrap();
    println!("parse {:?}", t.elapsed());
    let t = Instant::now();
    let e = Engine::new(s);
    println!("engine {:?}", t.elapsed());
    let t = Instant::now();
    let tl = spillover::present::timeline::Timeline::of_results(&e);
    println!("timeline {:?} ({} markers)", t.elapsed(), tl.markers.len());
    let t = Instant::now();
    let r = spillover::present::switches::relevant(&e);
    println!("relevant {:?} {:?}", t.elapsed(), r);
    let d = e.scenario().date;
    let t = Instant::now();
    let x = e.evaluate(d, Mode::Collected);
    println!("collected {:?} {} facts", t.elapsed(), x.facts.len());
    let t = Instant::now();
    let open = Engine::new(spillover::core::whatif::settings_open(e.scenario()));
    let _ = open.evaluate(d, Mode::Collected);
    println!("open collected {:?}", t.elapsed());
    let t = Instant::now();
    let h = spillover::present::headline::headline(
        e.scenario(),
        &spillover::present::figures::Figures::of(e.scenario(), &x),
    );
    println!("figures {:?} {}", t.elapsed(), h.text());
}

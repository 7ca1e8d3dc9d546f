//! Benchmarks the engine on generated networks of 1k, 10k and 100k people with about 150
//! friends each, and writes the results to BENCHMARKS.md.
//!
//! Run with `cargo bench --bench engine` (or `scripts/bench`, which adds the site's size).
//! Timings are medians of several runs on whatever machine runs it; nothing here asserts a
//! speed.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use spillover::core::engine::{Engine, Mode};
use spillover::present::figures::{company_figures, person_figures};

#[path = "common/network.rs"]
mod common;
#[path = "common/report.rs"]
mod report;
use common::network;

fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let out = f();
        times.push(start.elapsed());
        last = Some(out);
    }
    times.sort();
    (times[runs / 2], last.expect("at least one run"))
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not supported and ignored.
    let mut table = String::new();
    table.push_str("| people | friendships | facts at 2014-06-01 | prepare (`Engine::new`) | access | collected | collected, a year on | figures | friend graph |\n");
    table.push_str("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for n in [1_000u32, 10_000, 100_000] {
        let runs = if n >= 100_000 { 3 } else { 7 };
        let s = network(n, 150);
        let friendships = s.friendships.len();
        let (prepare, engine) = median(runs, || Engine::new(s.clone()));
        let date = engine.scenario().date;
        let (access, exposure) = median(runs, || engine.evaluate(date, Mode::Access));
        // Collected from a fresh engine (every change day up to the date), then a year on
        // from an engine that gathered up to the date (only the change days in between).
        let fresh: Vec<Engine> = (0..runs).map(|_| engine.clone()).collect();
        let mut fresh = fresh.into_iter();
        let (collected, _) = median(runs, || {
            let e = fresh.next().expect("one engine a run");
            e.evaluate(date, Mode::Collected)
        });
        let later = spillover::core::date::Date::from_day_number(date.day_number() + 365);
        let warm: Vec<Engine> = (0..runs)
            .map(|_| {
                let e = engine.clone();
                e.collected(date);
                e
            })
            .collect();
        let mut warm = warm.into_iter();
        let (year_on, _) = median(runs, || {
            let e = warm.next().expect("one engine a run");
            e.evaluate(later, Mode::Collected)
        });
        let (figures, _) = median(runs, || {
            (
                company_figures(engine.scenario(), &exposure),
                person_figures(engine.scenario(), &exposure),
            )
        });
        let row = format!(
            "| {n} | {friendships} | {} | {} | {} | {} | {} | {} | {:.1} bytes a friendship |\n",
            exposure.facts.len(),
            ms(prepare),
            ms(access),
            ms(collected),
            ms(year_on),
            ms(figures),
            engine.friend_graph_bytes() as f64 / friendships as f64
        );
        print!("{row}");
        table.push_str(&row);
    }
    let (cpu, cores) = (report::cpu(), report::cores());
    let mut doc = String::new();
    let _ = writeln!(doc, "# Benchmarks\n");
    let _ = writeln!(doc, "Written by `cargo bench --bench engine` (benches/engine.rs); `scripts/bench` runs it and adds the site's size below.");
    let _ = writeln!(
        doc,
        "Medians of 7 runs (3 at 100k), single-threaded, on {cpu} ({cores} cores).\n"
    );
    let _ = writeln!(doc, "Each network: people with about 150 friends each (random, seeded), a quiz installed by 1% of them with friends' name, likes, birthday and location, a messaging partner used by 0.5%, a deal over every user's name, and a transfer of the quiz's data to a broker. Collected evaluates access on every date up to the one shown where something starts or ends (five evaluations here), from an engine that has gathered nothing yet; a year on is the same engine asked for a date 365 days later, which evaluates only the change days in between (the engine keeps what it gathered, so moving the date forward or playing costs only the new days). Friend graph is what the engine keeps to follow friendships (`Engine::friend_graph_bytes`: a compressed sparse row of `u32`s, both directions, a friend's index each and the friendship's only when it starts or ends), over the number of friendships.\n");
    doc.push_str(&table);
    if let Err(e) = std::fs::write(report::PATH, doc) {
        eprintln!("could not write {}: {e}", report::PATH);
    }
}

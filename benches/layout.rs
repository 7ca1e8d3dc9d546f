//! Benchmarks the big-network layout: one Barnes-Hut tick (quadtree built, springs, repulsion)
//! on generated networks of 1k, 4k and 10k people, the whole run to settled on 1k and 4k, and
//! the quadtree's nearest-node query that hit testing uses; appends the figures to
//! BENCHMARKS.md.
//!
//! Run with `cargo bench --bench layout` after `cargo bench --bench engine` (which writes the
//! file afresh); `scripts/bench` runs both. Medians on whatever machine runs it; nothing here
//! asserts a speed.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use spillover::core::date::{Date, Interval};
use spillover::core::engine::{Engine, Mode};
use spillover::core::model::{
    Category, CategorySet, Company, CompanyIx, CompanyKind, Friendship, Grant, Person, PersonIx,
    Scenario, Scope,
};
use spillover::core::whatif::settings_open;
use spillover::present::force::{Simulation, TICKS};
use spillover::present::layout::{place, Point};
use spillover::present::quadtree::QuadTree;
use spillover::present::scene::{build, Focus};

// The engine bench's generator (its network is not used here).
#[path = "common/network.rs"]
#[allow(dead_code)]
mod common;
#[path = "common/report.rs"]
mod report;
use common::Lcg;

/// `n` people with about `friends` friends each, mostly in their own group of 50 (as real
/// networks cluster), one in five anywhere.
fn network(n: u32, friends: u32) -> Vec<(u32, u32)> {
    let mut rng = Lcg(42);
    let mut pairs = Vec::new();
    for a in 0..n {
        for _ in 0..friends / 2 {
            let b = if rng.below(5) == 0 {
                rng.below(u64::from(n)) as u32
            } else {
                (a / 50 * 50 + rng.below(50) as u32).min(n - 1)
            };
            pairs.push((a.min(b), a.max(b)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// The scenario of `pairs` over `n` people: a quiz installed by 1% with friends' data.
fn scenario(n: u32, pairs: &[(u32, u32)]) -> Scenario {
    let day = |t: &str| Date::parse(t).expect("benchmark dates are valid");
    let scopes: Vec<Scope> = [Category::Name, Category::Likes]
        .into_iter()
        .flat_map(|c| [Scope::Own(c), Scope::Friends(c)])
        .collect();
    Scenario {
        title: format!("{n} people"),
        description: String::new(),
        date: day("2014-06-01"),
        sources: Vec::new(),
        friend_permissions: vec![Interval::ALWAYS],
        people: (0..n)
            .map(|i| Person {
                id: format!("p{i}"),
                name: format!("Person {i}"),
                platform_apps: true,
                apps_others_use: CategorySet::ALL,
            })
            .collect(),
        companies: vec![Company {
            id: "quiz".into(),
            name: "Quiz".into(),
            kind: CompanyKind::App,
        }],
        friendships: pairs
            .iter()
            .map(|&(a, b)| Friendship {
                between: [PersonIx(a), PersonIx(b)],
                messages: false,
                interval: Interval::ALWAYS,
            })
            .collect(),
        grants: (0..n)
            .filter(|p| p % 100 == 7)
            .map(|p| Grant {
                person: PersonIx(p),
                company: CompanyIx(0),
                scopes: scopes.clone(),
                explicit: true,
                interval: Interval::ALWAYS,
                source: None,
            })
            .collect(),
        agreements: Vec::new(),
        transfers: Vec::new(),
        steps: Vec::new(),
    }
}

/// The median time to build the scene the page draws (every line, flow and node with its
/// words), as each date move and each step of a running layout does.
fn scene(n: u32, pairs: &[(u32, u32)], people: &[Point]) -> Duration {
    let s = scenario(n, pairs);
    let layout = place(&s, people.to_vec());
    let open = Engine::new(settings_open(&s));
    let engine = Engine::new(s);
    let date = engine.scenario().date;
    let (x, o) = (
        engine.evaluate(date, Mode::Access),
        open.evaluate(date, Mode::Access),
    );
    median(
        (0..7)
            .map(|_| {
                let t = Instant::now();
                // The figures are counted once per date move, as the page does, and belong to it.
                let figures = spillover::present::figures::Figures::of(engine.scenario(), &x);
                black_box(build(
                    &engine,
                    (&x, &figures),
                    &o,
                    &layout,
                    &Focus::default(),
                ));
                t.elapsed()
            })
            .collect(),
    )
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// The median time of one tick, over `runs` ticks from the 10th on (past the first, hottest).
fn tick(sim: &Simulation, runs: usize) -> Duration {
    let mut sim = sim.clone();
    for _ in 0..10 {
        sim.tick();
    }
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                sim.tick();
                t.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let mut rows = String::new();
    for (n, friends) in [(1_000, 20), (4_000, 44), (10_000, 20)] {
        let pairs = network(n, friends);
        let t = Instant::now();
        let sim = Simulation::of(n as usize, &pairs);
        let start = ms(t.elapsed());
        let one = tick(&sim, 15);
        let settle = if n <= 4_000 {
            let t = Instant::now();
            let mut s = sim.clone();
            s.run();
            black_box(s.positions());
            ms(t.elapsed())
        } else {
            format!(
                "~{:.0} ms (300 × tick)",
                one.as_secs_f64() * 1000.0 * TICKS as f64
            )
        };
        let mut settled = sim.clone();
        for _ in 0..60 {
            settled.tick();
        }
        let tree = QuadTree::new(settled.positions());
        let probes: Vec<Point> = settled.positions().iter().step_by(7).copied().collect();
        let t = Instant::now();
        for p in &probes {
            black_box(tree.nearest(*p, 20.0));
        }
        let per = t.elapsed().as_secs_f64() * 1e6 / probes.len() as f64;
        let drawn = ms(scene(n, &pairs, settled.positions()));
        eprintln!(
            "{n} people, {} friendships: tick {}, to settled {settle}",
            pairs.len(),
            ms(one)
        );
        let _ = writeln!(
            rows,
            "| {n} | {} | {start} | {} | {settle} | {per:.2} µs | {drawn} |",
            pairs.len(),
            ms(one)
        );
    }
    let mut doc = String::new();
    let _ = writeln!(
        doc,
        "\n## Layout of big networks (`cargo bench --bench layout`)\n"
    );
    let _ = writeln!(doc, "Networks of people in groups of 50 with about 20 friends each (44 at 4,000, as SNAP ego-Facebook), four in five inside their group (seeded). The start is the simulation made: its springs, its groups found (label propagation, `present::community`) and their regions packed, and everyone on a spiral in their group's region. A tick is one step of the Barnes-Hut simulation (`present::force`, theta {}): the quadtree built, springs, repulsion, velocities; the median of 15 ticks. Settled is {TICKS} ticks from the start. Nearest is one hit test (`QuadTree::nearest`). Scene is `present::scene::build` with a quiz installed by 1% (every line, flow and node with its words), which each date move redoes (a running layout only moves what the canvas draws). Networks of fewer than 100 people keep the all-pairs layout.\n", spillover::present::force::THETA);
    let _ = writeln!(
        doc,
        "| people | friendships | start | one tick | to settled | nearest | scene |"
    );
    let _ = writeln!(doc, "|---:|---:|---:|---:|---:|---:|---:|");
    doc.push_str(&rows);
    report::write_section("## Layout of big networks", &doc);
}

//! Benchmarks the engine on generated networks of 1k, 10k and 100k people with about 150
//! friends each, and writes the results to BENCHMARKS.md.
//!
//! Run with `cargo bench --bench engine` (or `scripts/bench`, which adds the site's size).
//! Timings are medians of several runs on whatever machine runs it; nothing here asserts a
//! speed.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use spillover::core::date::{Date, Interval};
use spillover::core::engine::{Engine, Mode};
use spillover::core::model::{
    Agreement, Category, CategorySet, Company, CompanyIx, CompanyKind, Friendship, Grant, Person,
    PersonIx, Scenario, Scope, Transfer,
};
use spillover::present::figures::{company_figures, person_figures};

/// A small linear congruential generator: the networks are the same on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn day(text: &str) -> Date {
    Date::parse(text).expect("benchmark dates are valid")
}

/// `n` people with about `friends` friends each; a quiz installed by 1% of them, a messaging
/// partner used by 0.5%, a deal over every user's name, and the quiz's harvest handed on.
fn network(n: u32, friends: u32) -> Scenario {
    let mut rng = Lcg(42);
    let people = (0..n)
        .map(|i| Person {
            id: format!("p{i:06}"),
            name: format!("Person {i}"),
            platform_apps: i % 17 != 0,
            apps_others_use: if i % 5 == 0 {
                CategorySet::ALL
                    .without(Category::Likes)
                    .without(Category::Messages)
            } else {
                CategorySet::ALL.without(Category::Messages)
            },
        })
        .collect();
    let companies = ["quiz", "partner", "search", "broker"]
        .iter()
        .map(|id| Company {
            id: id.to_string(),
            name: id.to_string(),
            kind: CompanyKind::App,
        })
        .collect();
    let per_person = friends / 2;
    let mut friendships = Vec::with_capacity((n * per_person) as usize);
    for a in 0..n {
        for _ in 0..per_person {
            let b = rng.below(u64::from(n)) as u32;
            if a != b {
                friendships.push(Friendship {
                    between: [PersonIx(a), PersonIx(b)],
                    messages: rng.below(4) == 0,
                    interval: Interval::ALWAYS,
                });
            }
        }
    }
    let quiz_scopes: Vec<Scope> = [
        Category::Name,
        Category::Likes,
        Category::Birthday,
        Category::Location,
    ]
    .into_iter()
    .flat_map(|c| [Scope::Own(c), Scope::Friends(c)])
    .collect();
    let mut grants = Vec::new();
    for p in 0..n {
        if p % 100 == 7 {
            grants.push(Grant {
                person: PersonIx(p),
                company: CompanyIx(0),
                scopes: quiz_scopes.clone(),
                explicit: true,
                interval: Interval {
                    from: Some(day("2013-01-01")),
                    until: Some(day("2015-12-01")),
                    illustrative: Default::default(),
                },
                source: None,
            });
        }
        if p % 200 == 3 {
            grants.push(Grant {
                person: PersonIx(p),
                company: CompanyIx(1),
                scopes: vec![Scope::Own(Category::Name), Scope::Own(Category::Messages)],
                explicit: true,
                interval: Interval {
                    from: Some(day("2012-01-01")),
                    until: None,
                    illustrative: Default::default(),
                },
                source: None,
            });
        }
    }
    Scenario {
        title: format!("{n} people"),
        description: String::new(),
        date: day("2014-06-01"),
        sources: Vec::new(),
        friend_permissions: vec![Interval {
            from: Some(day("2010-04-21")),
            until: Some(day("2015-04-30")),
            illustrative: Default::default(),
        }],
        people,
        companies,
        friendships,
        grants,
        agreements: vec![Agreement {
            company: CompanyIx(2),
            friend_data: CategorySet::EMPTY,
            ignores_settings: false,
            all_users: [Category::Name].into_iter().collect(),
            interval: Interval {
                from: Some(day("2010-04-21")),
                until: Some(day("2017-03-01")),
                illustrative: Default::default(),
            },
            source: None,
        }],
        transfers: vec![Transfer {
            from_company: CompanyIx(0),
            to_company: CompanyIx(3),
            categories: [Category::Name, Category::Likes].into_iter().collect(),
            interval: Interval {
                from: Some(day("2014-06-01")),
                until: Some(day("2015-01-01")),
                illustrative: Default::default(),
            },
            source: None,
        }],
        steps: Vec::new(),
    }
}

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
    table.push_str("| people | friendships | facts at 2014-06-01 | prepare (`Engine::new`) | access | collected | collected, a year on | figures |\n");
    table.push_str("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
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
        let later = Date::from_day_number(date.day_number() + 365);
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
            "| {n} | {friendships} | {} | {} | {} | {} | {} | {} |\n",
            exposure.facts.len(),
            ms(prepare),
            ms(access),
            ms(collected),
            ms(year_on),
            ms(figures)
        );
        print!("{row}");
        table.push_str(&row);
    }
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let mut doc = String::new();
    let _ = writeln!(doc, "# Benchmarks\n");
    let _ = writeln!(doc, "Written by `cargo bench --bench engine` (benches/engine.rs); `scripts/bench` runs it and adds the site's size below.");
    let _ = writeln!(
        doc,
        "Medians of 7 runs (3 at 100k), single-threaded, on {cpu} ({cores} cores).\n"
    );
    let _ = writeln!(doc, "Each network: people with about 150 friends each (random, seeded), a quiz installed by 1% of them with friends' name, likes, birthday and location, a messaging partner used by 0.5%, a deal over every user's name, and a transfer of the quiz's data to a broker. Collected evaluates access on every date up to the one shown where something starts or ends (five evaluations here), from an engine that has gathered nothing yet; a year on is the same engine asked for a date 365 days later, which evaluates only the change days in between (the engine keeps what it gathered, so moving the date forward or playing costs only the new days).\n");
    doc.push_str(&table);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/BENCHMARKS.md");
    if let Err(e) = std::fs::write(path, doc) {
        eprintln!("could not write {path}: {e}");
    }
}

//! Fuzzing on stable Rust: every reader of outside text (scenario files, links, the URL hash,
//! the sandbox store, the network formats, a reader's own export: its ZIPs and its JSON) is fed
//! mutated and arbitrary input, and must answer each without a panic, without hanging, and with
//! an answer that holds (what it reads writes back as itself; what it refuses, it says why).
//!
//! Each target starts from a corpus committed in `tests/core/fuzz/<target>/` and mutates it with a
//! seeded generator (byte flips, inserts, deletions, repeats, splices, JSON tokens). Every run
//! takes a fresh seed, so that each run of the suite explores inputs no run has tried before, and
//! prints it (`fuzz: seed N`, on standard error past the test harness's capture); the same seed,
//! given as `SPILLOVER_FUZZ_SEED=N`, gives every target the same inputs in the same order, so a
//! failure is repeated by the command its message prints. The test suite runs a bounded number
//! of inputs; a longer run is
//! `SPILLOVER_FUZZ_SECONDS=600 cargo test --release --test core fuzz -- --nocapture`. A failing
//! input is written to `target/fuzz-failures/` so that it can be added to the corpus once fixed.
//! There is no coverage feedback (that needs a nightly compiler): the corpus holds inputs that
//! reach each branch.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::Write;
use std::path::PathBuf;
use std::sync::{mpsc, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use std::io::Cursor;

use spillover::core::mine::{List, Mine, Outcome};
use spillover::files::mine::parts::{self, Part};
use spillover::files::mine::Reading;
use spillover::files::network::{self, Input};
use spillover::files::zip;
use spillover::files::{link, scenario, storage};
use spillover::view::route;

/// How long one input may take before it counts as a hang.
const HANG: Duration = Duration::from_secs(5);

#[test]
fn fuzz_scenario_files() {
    fuzz("scenario", |text| match scenario::parse(text) {
        Ok(s) => {
            let again = scenario::parse(&scenario::to_json(&s));
            (again.as_ref() == Ok(&s))
                .then_some(())
                .ok_or(format!("read {s:?}, which wrote back as {again:?}"))
        }
        Err(problems) if problems.is_empty() => Err("refused with no problem named".into()),
        Err(problems) => problems
            .iter()
            .all(|p| !p.message.trim().is_empty())
            .then_some(())
            .ok_or(format!("a problem without words: {problems:?}")),
    });
}

#[test]
fn fuzz_links() {
    fuzz("link", |text| match link::unpack(text) {
        Ok(s) => {
            let again = link::unpack(&link::pack(&s));
            (again.as_ref() == Ok(&s))
                .then_some(())
                .ok_or(format!("unpacked {s:?}, which packed back as {again:?}"))
        }
        Err(message) => (!message.trim().is_empty())
            .then_some(())
            .ok_or("refused without a reason".into()),
    });
}

#[test]
fn fuzz_routes() {
    fuzz("route", |text| {
        let (read, _) = route::parse(text, |_| 5);
        // Whatever a hash was read as, its own link reads back as the same, with no note.
        let written = route::format(&read);
        let (again, notes) = route::parse(&written, |_| 5);
        if again != read {
            return Err(format!(
                "{text:?} read as {read:?}, written as {written:?}, read back as {again:?}"
            ));
        }
        notes
            .is_empty()
            .then_some(())
            .ok_or(format!("its own link {written:?} gave notes {notes:?}"))
    });
}

#[test]
fn fuzz_the_sandbox_store() {
    fuzz("storage", |text| {
        stored_parts(text)?;
        whole_store(text)
    });
}

/// One sandbox's record and the index, read from `text`, write back as themselves.
fn stored_parts(text: &str) -> Result<(), String> {
    if let Ok(record) = storage::decode_record(text) {
        let again = storage::decode_record(&storage::encode_record(&record));
        if again.as_ref() != Ok(&record) {
            return Err(format!("read {record:?}, which wrote back as {again:?}"));
        }
    }
    if let Ok(index) = storage::decode_index(text) {
        let again = storage::decode_index(&storage::encode_index(&index));
        if again.as_ref() != Ok(&index) {
            return Err(format!("read {index:?}, which wrote back as {again:?}"));
        }
    }
    Ok(())
}

/// Version 1's envelope, read from `text`, writes back as itself.
fn whole_store(text: &str) -> Result<(), String> {
    match storage::decode(text) {
        Ok(store) => {
            let again = storage::decode(&storage::encode(&store));
            (again.as_ref() == Ok(&store))
                .then_some(())
                .ok_or(format!("read {store:?}, which wrote back as {again:?}"))
        }
        Err(message) => (!message.trim().is_empty())
            .then_some(())
            .ok_or("refused without a reason".into()),
    }
}

#[test]
fn fuzz_edge_lists() {
    fuzz("network-edges", |text| network_law("net.edges", text));
}

#[test]
fn fuzz_csv_networks() {
    fuzz("network-csv", |text| network_law("net.csv", text));
}

#[test]
fn fuzz_graphml() {
    fuzz("network-graphml", |text| network_law("net.graphml", text));
}

#[test]
fn fuzz_gexf() {
    fuzz("network-gexf", |text| network_law("net.gexf", text));
}

/// A network file reads to a scenario whose GEXF export reads back to the same one, or is
/// refused with problems in words.
fn network_law(name: &str, text: &str) -> Result<(), String> {
    let got = network::import(&[Input { name, text }]);
    let through_json = network::import_through_json(&[Input { name, text }]);
    if format!("{got:?}") != format!("{through_json:?}") {
        return Err(format!(
            "built in memory {got:?}, read back from its file {through_json:?}"
        ));
    }
    match got {
        Ok(imported) => {
            let s = imported.scenario;
            let gexf = network::to_gexf(&s);
            match network::import(&[Input {
                name: "again.gexf",
                text: &gexf,
            }]) {
                Ok(again)
                    if again.scenario.people == s.people
                        && again.scenario.friendships == s.friendships =>
                {
                    Ok(())
                }
                other => Err(format!("read {s:?}, whose GEXF read back as {other:?}")),
            }
        }
        Err(problems) if problems.is_empty() => Err("refused with no problem named".into()),
        Err(problems) => problems
            .iter()
            .all(|p| !p.message.trim().is_empty())
            .then_some(())
            .ok_or(format!("a problem without words: {problems:?}")),
    }
}

#[test]
fn fuzz_zips() {
    fuzz_bytes("zip", |bytes| {
        let archive = match zip::open(&mut Cursor::new(bytes)) {
            Ok(archive) => archive,
            Err(why) => return said(&why),
        };
        for (i, entry) in archive.entries().iter().enumerate().take(64) {
            match zip::read_entry(&mut Cursor::new(bytes), &archive, i, 1 << 20) {
                Ok(data) if data.len() as u64 != entry.size => {
                    return Err(format!("{:?} gave {} bytes", entry, data.len()))
                }
                Ok(_) => {}
                Err(why) => said(&why)?,
            }
        }
        // The export reader over the same ZIP.
        let parts = vec![Part::Zip {
            name: "fuzz.zip".to_string(),
            source: Cursor::new(bytes),
        }];
        explained(&parts::read(parts))
    });
}

#[test]
fn fuzz_export_json() {
    fuzz_bytes("export-json", |bytes| {
        let mut reading = Reading::new();
        for list in [
            List::Friends,
            List::Apps,
            List::OffMeta,
            List::Uploaded,
            List::Using,
        ] {
            reading.read("fuzz.json", list, bytes);
        }
        explained(&reading.finish())
    });
}

/// Whether a refusal has words.
fn said(why: &str) -> Result<(), String> {
    (!why.trim().is_empty())
        .then_some(())
        .ok_or("refused without a reason".into())
}

/// Whether every file an export reading could not read, and the reading itself if it showed
/// nothing, says why.
fn explained(mine: &Mine) -> Result<(), String> {
    for file in &mine.files {
        if let Outcome::NotRead(why) = &file.outcome {
            said(why)?;
        }
    }
    if let Some(why) = &mine.refusal {
        said(why)?;
    }
    let f = mine.figures();
    if f.friends_before_cutoff > f.friends
        || f.apps_before_cutoff + f.apps_date_unknown > f.apps
        || f.advertisers_with_a_list > f.advertisers
    {
        return Err(format!("figures that do not add up: {f:?}"));
    }
    Ok(())
}

/// A check of one input, as text (invalid UTF-8 replaced) or as bytes.
#[derive(Clone, Copy)]
enum Check {
    Text(fn(&str) -> Result<(), String>),
    Bytes(fn(&[u8]) -> Result<(), String>),
}

/// Runs `check` on the corpus of `target` and on mutations of it, as text.
fn fuzz(target: &str, check: fn(&str) -> Result<(), String>) {
    fuzz_inputs(target, Check::Text(check));
}

/// Runs `check` on the corpus of `target` and on mutations of it, as bytes.
fn fuzz_bytes(target: &str, check: fn(&[u8]) -> Result<(), String>) {
    fuzz_inputs(target, Check::Bytes(check));
}

/// Runs `check` on the corpus of `target` and on mutations of it, in a worker thread watched for
/// hangs. Panics (failing the test) on the first input that panics, hangs or fails `check`.
fn fuzz_inputs(target: &str, check: Check) {
    let corpus = corpus(target);
    assert!(!corpus.is_empty(), "the {target} corpus is empty");
    let seconds: Option<u64> = std::env::var("SPILLOVER_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok());
    let seed = run_seed();
    let runs = if seconds.is_some() { u64::MAX } else { 1_500 };
    let deadline = Instant::now() + Duration::from_secs(seconds.unwrap_or(3_600));

    let (progress, watch) = mpsc::channel::<Vec<u8>>();
    let name = target.to_string();
    let worker = std::thread::spawn(move || {
        let target = name.as_str();
        let mut rng = Rng::new(seed, target);
        let mut done = 0u64;
        for input in &corpus {
            progress.send(input.clone()).ok();
            run_one(check, input)?;
            done += 1;
        }
        while done < runs && Instant::now() < deadline {
            let input = mutate(&corpus, &mut rng);
            progress.send(input.clone()).ok();
            run_one(check, &input)?;
            done += 1;
        }
        Ok::<u64, (Vec<u8>, String)>(done)
    });

    let mut last = Vec::new();
    loop {
        match watch.recv_timeout(HANG) {
            Ok(input) => last = input,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                fail(target, seed, &last, "no answer within 5 s (a hang)");
            }
        }
    }
    match worker.join() {
        Ok(Ok(done)) => eprintln!("fuzz {target}: {done} inputs answered (seed {seed})"),
        Ok(Err((input, why))) => fail(target, seed, &input, &why),
        Err(_) => fail(target, seed, &last, "panicked"),
    }
}

fn run_one(check: Check, input: &[u8]) -> Result<(), (Vec<u8>, String)> {
    match check {
        Check::Text(check) => check(&String::from_utf8_lossy(input)),
        Check::Bytes(check) => check(input),
    }
    .map_err(|why| (input.to_vec(), why))
}

fn fail(target: &str, seed: u64, input: &[u8], why: &str) -> ! {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join(format!("{target}-{:016x}", fnv(input)));
    let _ = std::fs::write(&file, input);
    panic!(
        "fuzz {target}: {why}\ninput ({} bytes) saved as {}: {:?}\nseed {seed}: `SPILLOVER_FUZZ_SEED={seed} cargo test --test core fuzz` repeats these inputs",
        input.len(),
        file.display(),
        String::from_utf8_lossy(&input[..input.len().min(400)])
    );
}

/// This run's seed: `SPILLOVER_FUZZ_SEED` when it is set, otherwise a fresh one. Told once, on
/// standard error written directly (the test harness captures only `eprintln!`), so that every
/// run's log holds the seed that repeats it.
fn run_seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| {
        let (seed, how) = match std::env::var("SPILLOVER_FUZZ_SEED") {
            Ok(text) => match text.trim().parse() {
                Ok(seed) => (seed, "from SPILLOVER_FUZZ_SEED"),
                Err(_) => {
                    panic!("SPILLOVER_FUZZ_SEED is a whole number from 0 to 2^64 - 1, not {text:?}")
                }
            },
            Err(_) => (fresh_seed(), "fresh for this run"),
        };
        let _ = writeln!(
            std::io::stderr(),
            "fuzz: seed {seed} ({how}; SPILLOVER_FUZZ_SEED={seed} repeats it)"
        );
        seed
    })
}

/// A seed no earlier run is likely to have had: the standard library's randomly keyed hasher
/// (keyed from the operating system) over the time.
fn fresh_seed() -> u64 {
    let mut h = RandomState::new().build_hasher();
    if let Ok(since) = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH) {
        h.write_u128(since.as_nanos());
    }
    h.write_u32(std::process::id());
    h.finish()
}

#[test]
fn a_seed_gives_each_target_its_own_inputs_and_the_same_seed_the_same_ones() {
    let corpus = vec![b"{\"a\": [1, 2, 3]}".to_vec(), b"a b\nc d\n".to_vec()];
    let inputs = |seed, target| {
        let mut rng = Rng::new(seed, target);
        (0..50)
            .map(|_| mutate(&corpus, &mut rng))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        inputs(7, "scenario"),
        inputs(7, "scenario"),
        "a seed repeats"
    );
    assert_ne!(inputs(7, "scenario"), inputs(8, "scenario"), "seeds differ");
    assert_ne!(inputs(7, "scenario"), inputs(7, "link"), "targets differ");
    // Zero is a seed like any other (xorshift started at zero would stay there).
    let zero = inputs(0, "scenario");
    assert!(zero.iter().any(|input| input != &zero[0]), "{zero:?}");
    assert_ne!(fresh_seed(), fresh_seed(), "each run its own seed");
}

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/core/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter_map(|f| std::fs::read(f).ok())
        .collect()
}

/// Pieces that change what a reader of JSON, links, hashes and ZIPs does.
const TOKENS: &[&[u8]] = &[
    b"PK\x01\x02",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"PK\x06\x06",
    b"PK\x06\x07",
    b"\xff\xff\xff\xff",
    b"\xff\xff",
    b"\x00\x00\x00\x00",
    b"../",
    b"__MACOSX/",
    b"\"label_values\": [",
    b"\"vec\": [",
    b"\"friends_v2\": [",
    b"\"name\": ",
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b",",
    b":",
    b"null",
    b"true",
    b"-1",
    b"0",
    b"1e999",
    b"18446744073709551616",
    b"\"\\u0000\"",
    b"\\ud800",
    b"\xEF\xBB\xBF",
    b"%",
    b"%ZZ",
    b"%00",
    b"&",
    b"=",
    b"#",
    b"data=",
    b"step=",
    b"date=",
    b"select=",
    b"set=",
    b"2014-02-29",
    b"2015-04-30",
    b"9999-12-31",
    b"\"from\":",
    b"\"until\":",
    b"\"id\":\"x\"",
    b"[[[[[[[[[[",
];

fn mutate(corpus: &[Vec<u8>], rng: &mut Rng) -> Vec<u8> {
    let mut input = corpus[rng.below(corpus.len())].clone();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(input.len() + 1);
        match rng.below(7) {
            0 if !input.is_empty() => {
                let i = at.min(input.len() - 1);
                input[i] ^= 1 << rng.below(8);
            }
            1 => input.insert(at, rng.next() as u8),
            2 => {
                let end = (at + 1 + rng.below(16)).min(input.len());
                input.drain(at..end);
            }
            3 => {
                let end = (at + 1 + rng.below(64)).min(input.len());
                let piece = input[at..end].to_vec();
                for _ in 0..1 + rng.below(8) {
                    input.splice(at..at, piece.iter().copied());
                }
            }
            4 => {
                let other = &corpus[rng.below(corpus.len())];
                let from = rng.below(other.len() + 1);
                let end = (from + rng.below(256)).min(other.len());
                input.splice(at..at, other[from..end].iter().copied());
            }
            5 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                input.splice(at..at, token.iter().copied());
            }
            _ => input.truncate(at),
        }
    }
    input
}

/// A small seeded generator (xorshift64*), so that every run can be repeated.
struct Rng(u64);

impl Rng {
    /// The generator of `target` in a run of `seed`: each target its own sequence, the same
    /// for the same seed whichever targets run beside it. The state is scrambled (SplitMix64's
    /// finaliser) and never zero, where xorshift would stay.
    fn new(seed: u64, target: &str) -> Rng {
        let mut z = (seed ^ fnv(target.as_bytes())).wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)).max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

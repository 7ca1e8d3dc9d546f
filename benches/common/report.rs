//! What the native benchmarks write beside their figures: the machine they ran on (its CPU,
//! cores and load), and their own section of BENCHMARKS.md, replaced where it stands. Included
//! by path (`#[path]`) by `benches/engine.rs`, `benches/layout.rs` and `benches/mine.rs`; the
//! figures and their words are each benchmark's.

#![allow(dead_code)]

/// The CPU's model name, as Linux tells it.
pub fn cpu() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

/// How many cores the benchmark could have used.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The load average over the last minute, as Linux tells it.
pub fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|t| t.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "unknown".into())
}

/// Where the benchmarks write.
pub const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/BENCHMARKS.md");

/// Writes `doc`, which starts with `heading` (`## …`), as its section of BENCHMARKS.md: an
/// earlier section under a heading that starts so is replaced where it stands; otherwise this
/// one is appended.
pub fn write_section(heading: &str, doc: &str) {
    let old = std::fs::read_to_string(PATH).unwrap_or_default();
    let new = match old.find(&format!("\n{heading}")) {
        Some(at) => {
            let rest = &old[at + 1..];
            let end = rest.find("\n## ").map_or(old.len(), |e| at + 1 + e);
            format!("{}{}\n{}", &old[..at], doc.trim_end(), &old[end..])
        }
        None => format!("{}\n\n{}", old.trim_end(), doc.trim_start_matches('\n')),
    };
    if let Err(e) = std::fs::write(PATH, new.trim_end().to_string() + "\n") {
        eprintln!("could not write {PATH}: {e}");
    }
}

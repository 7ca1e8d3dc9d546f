//! Benchmarks "Your data" natively: a made-up 3 GB Facebook export (photos and videos as the
//! holes of a sparse file, so it takes no disk; the JSON of 2024's layout; thousands of message
//! files beside them), opened by `spillover-cli mine` as one ZIP, as two parts, as a 5 GB part
//! (ZIP64 offsets) and as the unzipped folder. Measures the command's wall time and peak
//! memory (`/usr/bin/time`), and how many bytes of the export were read at all (the library
//! through a counting reader). Writes its section of BENCHMARKS.md.
//!
//! Run with `cargo bench --bench mine` (or `scripts/bench`). The exports are generated under
//! `target/`, never committed, and removed afterwards. Nothing here asserts a speed.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use spillover::files::mine::parts::{self, Part};
use spillover::files::zip::crc32;

#[path = "common/export.rs"]
mod export;
#[path = "common/report.rs"]
mod report;
use export::{Era, Size, Zip};

/// The export's JSON: a heavy user's.
const SIZE: Size = Size {
    friends: 1_500,
    apps: 300,
    companies: 800,
    events: 60,
    advertisers: 2_500,
};
/// One photo or video, stored, as ZIPs of exports store them.
const MEDIA_BYTES: u64 = 250_000;
/// The most files a 3 GB export is likely to hold: small pictures of 15 KB.
const SMALL_MEDIA: (u64, u64) = (200_000, 15_000);
/// Message threads: small JSON files the reader lists and never reads.
const MESSAGES: usize = 3_000;
/// Runs of the command line for each case.
const RUNS: usize = 5;

fn main() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-mine");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("target/ is writable");
    let files = export::export(Era::Y2024, SIZE);
    let messages: Vec<(String, Vec<u8>)> = (0..MESSAGES)
        .map(|i| {
            let text = format!("{{\"participants\": [{{\"name\": \"Ana Lima {i}\"}}], \"messages\": [{{\"sender_name\": \"Ana\", \"timestamp_ms\": 1600000000000, \"content\": \"{}\"}}]}}", "hello ".repeat(40));
            (format!("facebook-madeup/messages/inbox/thread_{i}/message_1.json"), text.into_bytes())
        })
        .collect();
    let zeros = |n: u64| crc32(&vec![0u8; n as usize]);
    let media = (MEDIA_BYTES, zeros(MEDIA_BYTES));

    let mut rows = String::new();
    let three = 3_000_000_000 / MEDIA_BYTES;
    let one = dir.join("facebook-madeup.zip");
    write_zip(&one, &files, &messages, 0..three, media);
    let half = three / 2;
    let (a, b) = (dir.join("part-1.zip"), dir.join("part-2.zip"));
    write_zip(&a, &files[..3], &messages[..MESSAGES / 2], 0..half, media);
    write_zip(
        &b,
        &files[3..],
        &messages[MESSAGES / 2..],
        half..three,
        media,
    );
    let five = dir.join("facebook-5gb.zip");
    write_zip(&five, &files, &messages, 0..20_000, media);
    let many = dir.join("facebook-many.zip");
    let (count, bytes) = SMALL_MEDIA;
    write_zip(&many, &files, &messages, 0..count, (bytes, zeros(bytes)));
    let folder = dir.join("facebook-madeup");
    write_folder(&dir, &files, &messages, 0..three);

    let listed = (MESSAGES + files.len()) as u64;
    for (what, paths, entries) in [
        ("3 GB export, one ZIP", vec![one], listed + three),
        ("3 GB export in two parts", vec![a, b], listed + three),
        ("5 GB part (ZIP64 offsets)", vec![five], listed + 20_000),
        (
            "3 GB export of 200,000 small files, one ZIP",
            vec![many],
            listed + count,
        ),
        (
            "3 GB export unzipped (a folder)",
            vec![folder],
            listed - 1 + three,
        ),
    ] {
        let size: u64 = paths.iter().map(|p| bytes_under(p)).sum();
        let read = bytes_read(&paths);
        let (time, memory, figures) = run(&paths);
        let row = format!(
            "| {what} | {:.2} GB | {} | {} | {time} | {memory} | {figures} |\n",
            size as f64 / 1e9,
            thousands(entries),
            read.map_or("(a folder: JSON files only)".into(), |r| format!(
                "{:.2} MB",
                r as f64 / 1e6
            )),
        );
        print!("{row}");
        rows.push_str(&row);
    }
    let _ = std::fs::remove_dir_all(&dir);
    write_section(&rows);
}

/// A ZIP of the export's JSON, the message files and the media `range` (holes of zeros).
fn write_zip(
    path: &Path,
    files: &[(String, Vec<u8>)],
    messages: &[(String, Vec<u8>)],
    media: std::ops::Range<u64>,
    (bytes, crc): (u64, u32),
) {
    let out = BufWriter::new(File::create(path).expect("target/ is writable"));
    let mut z = Zip::new(out);
    for (name, data) in files.iter().chain(messages) {
        z.add(name, data).expect("the disk takes it");
    }
    for i in media {
        let kind = if i % 20 == 0 {
            "videos/video"
        } else {
            "photos/photo"
        };
        z.hole(
            &format!("facebook-madeup/posts/media/{kind}_{i}.jpg"),
            bytes,
            crc,
        )
        .expect("the disk takes it");
    }
    z.finish(b"").expect("the disk takes it");
}

/// The same export unzipped under `dir`: its media as sparse files.
fn write_folder(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    messages: &[(String, Vec<u8>)],
    media: std::ops::Range<u64>,
) {
    for (name, data) in files.iter().chain(messages) {
        let at = dir.join(name);
        std::fs::create_dir_all(at.parent().expect("a folder")).expect("writable");
        std::fs::write(at, data).expect("writable");
    }
    let photos = dir.join("facebook-madeup/posts/media");
    std::fs::create_dir_all(&photos).expect("writable");
    for i in media {
        let f = File::create(photos.join(format!("photo_{i}.jpg"))).expect("writable");
        f.set_len(MEDIA_BYTES).expect("writable");
    }
}

fn bytes_under(path: &Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| bytes_under(&e.path()))
                    .sum()
            })
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map_or(0, |m| m.len())
    }
}

/// A file that counts the bytes read from it.
struct Counted {
    file: File,
    read: std::rc::Rc<std::cell::Cell<u64>>,
}

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.file.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

impl Seek for Counted {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.file.seek(to)
    }
}

/// How many bytes of the ZIPs `paths` the library reads to give the figures (`None` for a
/// folder, where it reads just the JSON files it wants).
fn bytes_read(paths: &[PathBuf]) -> Option<u64> {
    if paths.iter().any(|p| p.is_dir()) {
        return None;
    }
    let read = std::rc::Rc::new(std::cell::Cell::new(0));
    let parts = paths
        .iter()
        .map(|p| Part::Zip {
            name: p.display().to_string(),
            source: Counted {
                file: File::open(p).expect("just written"),
                read: read.clone(),
            },
        })
        .collect();
    let mine = parts::read(parts);
    assert_eq!(mine.refusal, None, "{:?}", mine.files);
    Some(read.get())
}

/// The command line on `paths`: the median wall time and the largest peak memory over the
/// runs, and the figures it printed (friends, apps, companies, advertisers).
fn run(paths: &[PathBuf]) -> (String, String, String) {
    let cli = env!("CARGO_BIN_EXE_spillover-cli");
    let timer = Path::new("/usr/bin/time");
    let mut times = Vec::new();
    let mut peak_kb = 0u64;
    let mut figures = String::new();
    for _ in 0..RUNS {
        let mut cmd = if timer.exists() {
            let mut c = Command::new(timer);
            c.args(["-f", "%e %M", cli]);
            c
        } else {
            Command::new(cli)
        };
        cmd.arg("mine").args(paths);
        let start = Instant::now();
        let out = cmd.output().expect("the command line runs");
        times.push(start.elapsed());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        if let Some(kb) = stderr
            .lines()
            .last()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|k| k.parse::<u64>().ok())
        {
            peak_kb = peak_kb.max(kb);
        }
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let n = |key: &str| thousands(json[key].as_u64().unwrap_or(0));
        figures = format!(
            "{} friends, {} apps, {} companies ({} events), {} advertisers",
            n("friends"),
            n("apps"),
            n("off_meta_companies"),
            n("off_meta_events"),
            n("advertisers")
        );
    }
    times.sort();
    let median = times[RUNS / 2];
    let memory = if peak_kb > 0 {
        format!("{:.1} MB", peak_kb as f64 / 1024.0)
    } else {
        "(no /usr/bin/time)".into()
    };
    (
        format!("{:.0} ms", median.as_secs_f64() * 1000.0),
        memory,
        figures,
    )
}

fn thousands(n: u64) -> String {
    spillover::files::limits::thousands(n as usize)
}

fn write_section(rows: &str) {
    let (cpu, cores, load) = (report::cpu(), report::cores(), report::load());
    let mut doc = String::new();
    let _ = writeln!(
        doc,
        "\n## Your own export, natively (`cargo bench --bench mine`)\n"
    );
    let _ = writeln!(doc, "A made-up Facebook export of 2024's layout (`benches/common/export.rs`): {} friends, {} connected apps (a tenth listed twice), {} companies with {} events each, {} advertisers in each advertisers file; {} message threads of small JSON; photos and videos of {} KB each (15 KB in the export of 200,000 files, the most a 3 GB export is likely to list), stored, as holes of a sparse file (never read, so what they hold does not matter). `spillover-cli mine` (release build, opt-level 3) on it, median of {RUNS} runs of the whole process, on {cpu} ({cores} cores, load average {load} at the end), the file just written (so in the page cache, as a download just saved is); peak memory is the process's maximum resident set (`/usr/bin/time`), the largest of the runs. Bytes read is what the library reads of the ZIPs for the same figures (the tail, the directory, the five JSON entries). The browser's figure will come with the view.\n", thousands(SIZE.friends as u64), SIZE.apps, SIZE.companies, SIZE.events, thousands(SIZE.advertisers as u64), thousands(MESSAGES as u64), MEDIA_BYTES / 1000);
    let _ = writeln!(
        doc,
        "| export | size | files | bytes read | time | peak memory | figures |"
    );
    let _ = writeln!(doc, "|---|---:|---:|---:|---:|---:|---|");
    doc.push_str(rows);
    report::write_section("## Your own export, natively", &doc);
}

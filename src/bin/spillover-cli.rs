//! `spillover-cli`: checks scenario files and prints their exposure as JSON.
//!
//! ```text
//! spillover-cli check FILE
//! spillover-cli exposure FILE [--date YYYY-MM-DD] [--collected]
//! spillover-cli import FILE [FILE2]
//! spillover-cli layout FILE
//! spillover-cli view ADDRESS [FILE]
//! spillover-cli link FILE
//! spillover-cli prerender [SLUG] [--lang CODE]
//! spillover-cli generate --model M --people N --friends K --seed S --install-rate R [--opt-out R] [--permissions open|closed]
//! spillover-cli mine PATH... [--names]
//! ```
//! `FILE` may be `-` for standard input. Exit codes: 0 done, 1 the file is not a valid scenario
//! (or network, or nothing of a Facebook export could be read), 2 the command line is wrong
//! (said with the usage) or a file cannot be read (said alone, naming what kind of file it was to
//! be).
//!
//! A scenario file is somebody else's text: everything this program prints of it has its control
//! characters escaped, so a file can never retitle, recolour or clear the reader's terminal. A
//! reader who closes the pipe early (`| head -1`) ends the output quietly.

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use spillover::catalogue::{self, Lang};
use spillover::core::engine::{Engine, Mode};
use spillover::core::mine::CUTOFF;
use spillover::core::model::Scenario;
use spillover::core::scale::{Model, Params};
use spillover::files::builtin::{self, BUILTINS};
use spillover::files::generated::{self, Rates};
use spillover::files::mine::parts::{self, Part};
use spillover::files::network::{self, Input};
use spillover::files::zip::{self, Fetch};
use spillover::files::{limits, scenario};
use spillover::present::first_screen;
use spillover::present::report::report;
use spillover::{say, word};

/// What the command line takes, and what each command does.
fn usage() -> String {
    say!(
        "cli-usage",
        formats = formats(),
        cutoff = CUTOFF.to_string()
    )
}

/// Why `what` (a path, or "the scenario file x.json") could not be read.
fn cannot_read(what: &str, e: &io::Error) -> String {
    say!("cli-cannot-read", what = what, error = e.to_string())
}

/// Why the folder `dir` could not be read.
fn cannot_read_folder(dir: &Path, e: &io::Error) -> String {
    say!(
        "cli-cannot-read-folder",
        folder = shown(dir),
        error = e.to_string()
    )
}

/// The network formats `import` reads, a line each with the endings that tell it: the one list
/// of them, [`network::Format::ALL`].
fn formats() -> String {
    let line = |f: network::Format| {
        let endings: Vec<String> = f.endings().iter().map(|e| format!(".{e}")).collect();
        format!("        {:<11}{}", f.name(), endings.join(" "))
    };
    network::Format::ALL.map(line).join("\n")
}

/// The largest file read, in bytes.
const MAX_BYTES: u64 = limits::MAX_FILE_BYTES;

/// Why a command stopped before it could answer.
enum Stop {
    /// The command line is wrong: said with the usage.
    Usage(String),
    /// A file could not be read, or the output not written: said alone, since the command line
    /// was right and the usage would only bury the reason.
    Io(String),
}

impl From<String> for Stop {
    fn from(message: String) -> Stop {
        Stop::Usage(message)
    }
}

impl From<&str> for Stop {
    fn from(message: &str) -> Stop {
        Stop::Usage(message.to_string())
    }
}

/// What a command reads a FILE as, in the words its messages use.
#[derive(Clone, Copy)]
enum Kind {
    Scenario,
    Network,
}

impl Kind {
    fn words(self) -> &'static str {
        match self {
            Kind::Scenario => "scenario",
            Kind::Network => "network",
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut out = Out::default();
    // If standard error is gone too there is nobody left to tell.
    match run(&args, &mut out) {
        Ok(code) => code,
        Err(Stop::Usage(message)) => {
            let _ = writeln!(io::stderr(), "spillover-cli: {message}\n\n{}", usage());
            ExitCode::from(2)
        }
        Err(Stop::Io(message)) => {
            let _ = writeln!(io::stderr(), "spillover-cli: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[OsString], out: &mut Out) -> Result<ExitCode, Stop> {
    let (command, rest) = args.split_first().ok_or(say!("cli-no-command"))?;
    match utf8(command, word!("cli-the-command"))? {
        "check" => {
            let [file] = rest else {
                return Err(say!("cli-takes-one-file", command = "check").into());
            };
            let (name, loaded) = load(file, out)?;
            Ok(match loaded {
                Ok(s) => {
                    out.line(&valid(&name, &s))?;
                    ExitCode::SUCCESS
                }
                Err(code) => code,
            })
        }
        "exposure" => {
            let mut file = None;
            let mut date = None;
            let mut mode = Mode::Access;
            let mut it = rest.iter();
            while let Some(arg) = it.next() {
                match arg.to_str() {
                    Some("--collected") => mode = Mode::Collected,
                    Some("--date") => {
                        let text = it.next().ok_or(say!("cli-date-needs"))?;
                        let text = utf8(text, "--date")?;
                        date = Some(
                            spillover::files::read_date(text)
                                .map_err(|e| format!("--date: {e}"))?,
                        );
                    }
                    Some(flag) if flag.starts_with("--") => {
                        return Err(say!("cli-unknown-option", option = inert(flag)).into())
                    }
                    _ if file.is_none() => file = Some(arg),
                    _ => {
                        return Err(say!(
                            "cli-unexpected",
                            argument = inert(&arg.to_string_lossy())
                        )
                        .into())
                    }
                }
            }
            let file = file.ok_or("`exposure` needs a FILE")?;
            let (_, loaded) = load(file, out)?;
            Ok(match loaded {
                Ok(s) => {
                    let date = date.unwrap_or(s.date);
                    let engine = Engine::new(s);
                    let exposure = engine.evaluate(date, mode);
                    let json = serde_json::to_string_pretty(&report(&engine, &exposure))
                        .map_err(|e| say!("cli-cannot-write-report", error = e.to_string()))?;
                    out.line(&json_inert(&json))?;
                    ExitCode::SUCCESS
                }
                Err(code) => code,
            })
        }
        "import" => import(rest, out),
        "mine" => mine(rest, out),
        "generate" => generate(rest, out),
        "view" => view(rest, out),
        "link" => {
            let [file] = rest else {
                return Err(say!("cli-takes-one-file", command = "link").into());
            };
            Ok(match load(file, out)? {
                (_, Ok(s)) => {
                    out.line(&format!("#data={}", spillover::files::link::pack(&s)))?;
                    ExitCode::SUCCESS
                }
                (_, Err(code)) => code,
            })
        }
        "prerender" => prerender(rest, out),
        "layout" => {
            let [file] = rest else {
                return Err(say!("cli-takes-one-file", command = "layout").into());
            };
            let (_, loaded) = load(file, out)?;
            Ok(match loaded {
                Ok(s) => {
                    let json = serde_json::to_string_pretty(&positions(&s))
                        .map_err(|e| say!("cli-cannot-write-layout", error = e.to_string()))?;
                    out.line(&json_inert(&json))?;
                    ExitCode::SUCCESS
                }
                Err(code) => code,
            })
        }
        "help" | "--help" | "-h" => {
            out.line(&usage())?;
            Ok(ExitCode::SUCCESS)
        }
        other => Err(say!("cli-unknown-command", command = inert(other)).into()),
    }
}

/// What `check` says of the valid scenario `s`, read from `name`.
fn valid(name: &str, s: &Scenario) -> String {
    say!(
        "cli-valid",
        name = name,
        people = s.people.len().to_string(),
        companies = s.companies.len().to_string(),
        friendships = s.friendships.len().to_string(),
        grants = s.grants.len().to_string(),
        agreements = s.agreements.len().to_string(),
        transfers = s.transfers.len().to_string()
    )
}

/// `view`: what the page shows at an address, as JSON.
fn view(rest: &[OsString], out: &mut Out) -> Result<ExitCode, Stop> {
    let (address, file) = match rest {
        [address] => (address, None),
        [address, file] => (address, Some(file)),
        _ => return Err(say!("cli-view-takes").into()),
    };
    let address = utf8(address, word!("cli-the-address"))?;
    let hash = match address.find('#') {
        Some(at) => &address[at..],
        None if address.is_empty() => "",
        None => return Err(say!("cli-not-an-address", address = inert(address)).into()),
    };
    let file = match file {
        Some(file) => match load(file, out)? {
            (_, Ok(s)) => Some(std::rc::Rc::new(s)),
            (_, Err(code)) => return Ok(code),
        },
        None => None,
    };
    let at = spillover::view::page::Location {
        hash: hash.to_string(),
        embed: false,
    };
    let shown = spillover::view::screen::screen(&at, file)?;
    let json = serde_json::to_string_pretty(&shown)
        .map_err(|e| say!("cli-cannot-write-view", error = e.to_string()))?;
    out.line(&json_inert(&json))?;
    Ok(ExitCode::SUCCESS)
}

/// `prerender`: the opening view of a built-in scenario as HTML on standard output.
fn prerender(rest: &[OsString], out: &mut Out) -> Result<ExitCode, Stop> {
    let (lang, rest) = language(rest)?;
    catalogue::set_language(lang);
    let slug = match rest.as_slice() {
        [] => BUILTINS[0].slug,
        [slug] => utf8(slug, word!("cli-the-scenario-name"))?,
        _ => return Err(say!("cli-prerender-takes").into()),
    };
    let builtin = BUILTINS.iter().find(|b| b.slug == slug).ok_or_else(|| {
        let names: Vec<&str> = BUILTINS.iter().map(|b| b.slug).collect();
        say!(
            "cli-no-builtin",
            name = inert(slug),
            names = names.join(", ")
        )
    })?;
    let read = |b: &spillover::files::builtin::Builtin| {
        scenario::parse(&b.json()).map_err(|_| say!("cli-builtin-unreadable", name = b.slug))
    };
    let titles = BUILTINS
        .iter()
        .map(|b| read(b).map(|s| s.title))
        .collect::<Result<Vec<_>, _>>()?;
    let s = read(builtin)?;
    let shown = BUILTINS.iter().position(|b| b.slug == slug).unwrap_or(0);
    let doors = spillover::view::still::doors(shown, &titles, !s.steps.is_empty());
    let layout = spillover::present::layout::layout(&s);
    let mut html = first_screen::html(builtin.slug, &Engine::new(s), &layout, &doors);
    if lang != Lang::EN {
        let marked = format!(
            "<div class=\"app first-screen\" lang=\"{}\" dir=\"{}\"",
            lang.code(),
            lang.direction()
        );
        html = html.replacen("<div class=\"app first-screen\"", &marked, 1);
    }
    out.line(html.trim_end())?;
    Ok(ExitCode::SUCCESS)
}

/// The language `--lang CODE` names among `rest` (English when none does), and the rest.
fn language(rest: &[OsString]) -> Result<(Lang, Vec<OsString>), Stop> {
    let mut lang = Lang::EN;
    let mut others = Vec::new();
    let mut args = rest.iter();
    while let Some(arg) = args.next() {
        if arg != "--lang" {
            others.push(arg.clone());
            continue;
        }
        let code = utf8(
            args.next().ok_or_else(|| say!("cli-lang-needs"))?,
            word!("cli-the-language"),
        )?;
        lang = Lang::parse(code)
            .filter(|l| l.code() == code || *l == Lang::PSEUDO)
            .ok_or_else(|| {
                let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
                say!(
                    "cli-lang-unknown",
                    code = inert(code),
                    codes = codes.join(", ")
                )
            })?;
    }
    Ok((lang, others))
}

/// `generate`: the network and setting the options name, as a scenario file on standard output.
fn generate(rest: &[OsString], out: &mut Out) -> Result<ExitCode, Stop> {
    let mut model = None;
    let (mut people, mut friends, mut seed, mut install) = (None, None, None, None);
    let mut opt_out = 0.0;
    let mut open = true;
    let mut only_figures = false;
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        let flag = utf8(arg, word!("cli-an-option"))?;
        let mut value = || -> Result<&str, String> {
            let v = it
                .next()
                .ok_or_else(|| say!("cli-needs-value", option = flag))?;
            utf8(v, flag)
        };
        match flag {
            "--model" => {
                let v = value()?;
                model =
                    Some(Model::parse(v).ok_or_else(|| say!("cli-not-a-model", value = inert(v)))?);
            }
            "--people" => people = Some(whole(flag, value()?)?),
            "--friends" => friends = Some(whole(flag, value()?)?),
            "--seed" => {
                let v = value()?;
                seed = Some(v.parse::<u64>().map_err(|_| {
                    say!(
                        "cli-not-a-seed",
                        value = inert(v),
                        most = u64::MAX.to_string()
                    )
                })?);
            }
            "--install-rate" => install = Some(share(flag, value()?)?),
            "--opt-out" => opt_out = share(flag, value()?)?,
            "--permissions" => {
                open = match value()? {
                    "open" => true,
                    "closed" => false,
                    v => return Err(say!("cli-not-permissions", value = inert(v)).into()),
                }
            }
            "--figures" => only_figures = true,
            other => return Err(say!("cli-unknown-option", option = inert(other)).into()),
        }
    }
    let missing = |what: &str| say!("cli-generate-needs", what = what);
    let params = Params {
        model: model.ok_or_else(|| missing("--model"))?,
        people: people.ok_or_else(|| missing("--people N"))?,
        friends: friends.ok_or_else(|| missing("--friends K"))?,
        seed: seed.ok_or_else(|| missing("--seed S"))?,
    };
    let rates = Rates {
        install: install.ok_or_else(|| missing("--install-rate R"))?,
        opt_out,
        open,
    };
    if only_figures {
        let (f, friendships) = generated::figures(params, rates)?;
        let json = serde_json::json!({
            "people": f.people,
            "friendships": friendships,
            "installers": f.installers,
            "reached": f.reached,
            "reached_without_consent": f.without_consent,
            "per_installer": f.per_installer(),
        });
        out.line(&serde_json::to_string_pretty(&json).unwrap_or_default())?;
        return Ok(ExitCode::SUCCESS);
    }
    let s = generated::scenario(params, rates)?;
    out.line(&scenario::to_json(&s))?;
    Ok(ExitCode::SUCCESS)
}

/// A whole number of people or friends, from an option.
fn whole(flag: &str, text: &str) -> Result<u32, String> {
    text.replace('_', "")
        .parse::<u32>()
        .map_err(|_| say!("cli-not-whole", option = flag, value = inert(text)))
}

/// A share from 0 to 1, from an option.
fn share(flag: &str, text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(say!("cli-not-a-share", option = flag, value = inert(text))),
    }
}

/// Where the page draws each node of `s`: `{"people": {id: [x, y]}, "companies": {…}}`.
fn positions(s: &Scenario) -> serde_json::Value {
    let l = spillover::present::layout::layout(s);
    let by_id = |ids: Vec<&String>, at: &[spillover::present::layout::Point]| {
        let m: serde_json::Map<String, serde_json::Value> = ids
            .into_iter()
            .zip(at)
            .map(|(id, p)| (id.clone(), serde_json::json!([p.x, p.y])))
            .collect();
        serde_json::Value::Object(m)
    };
    serde_json::json!({
        "width": spillover::present::layout::WIDTH,
        "height": spillover::present::layout::HEIGHT,
        "people": by_id(s.people.iter().map(|p| &p.id).collect(), &l.people),
        "companies": by_id(s.companies.iter().map(|c| &c.id).collect(), &l.companies),
    })
}

/// `import FILE [FILE2]`: the network as a scenario file on standard output, or its problems on
/// standard error and exit code 1.
fn import(files: &[OsString], out: &mut Out) -> Result<ExitCode, Stop> {
    if files.is_empty() || files.len() > 2 {
        return Err(say!("cli-import-takes").into());
    }
    let mut read = Vec::with_capacity(files.len());
    for path in files {
        let (name, bytes) = read_file(path, Kind::Network)?;
        match decode(&bytes) {
            Ok(text) => read.push((name, text.to_string())),
            Err(problem) => {
                let _ = writeln!(io::stderr(), "{name}: {problem}");
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    let inputs: Vec<Input<'_>> = read
        .iter()
        .map(|(name, text)| Input { name, text })
        .collect();
    match network::import(&inputs) {
        Ok(imported) => {
            for note in &imported.notes {
                let _ = writeln!(io::stderr(), "{}", say!("cli-note", note = inert(note)));
            }
            out.line(scenario::to_json(&imported.scenario).trim_end())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for p in &problems {
                let _ = writeln!(io::stderr(), "{}", inert(&p.to_string()));
            }
            let said = say!("cli-not-imported", count = problems.len());
            let _ = writeln!(io::stderr(), "{said}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `mine PATH... [--names]`: a reader's own export read into its figures, as JSON on standard
/// output. Exit code 1 (with the reason on standard error) when nothing of an export could be
/// read; 2 when a path cannot be read at all.
fn mine(rest: &[OsString], out: &mut Out) -> Result<ExitCode, Stop> {
    let mut names = false;
    let mut paths = Vec::new();
    for arg in rest {
        match arg.to_str() {
            Some("--names") => names = true,
            Some(flag) if flag.starts_with("--") => {
                return Err(say!("cli-unknown-option", option = inert(flag)).into())
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        return Err(say!("cli-mine-needs").into());
    }
    let mut given = Given::default();
    for path in &paths {
        // A path that cannot be read is said alone: the command line was right.
        let meta = std::fs::metadata(path).map_err(|e| Stop::Io(cannot_read(&shown(path), &e)))?;
        if meta.is_dir() {
            let top = std::fs::canonicalize(path)
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .unwrap_or_default();
            given.walk(path, &top).map_err(Stop::Io)?;
        } else {
            let name = path
                .file_name()
                .map_or_else(|| shown(path), |n| n.to_string_lossy().into_owned());
            given.file(path, name, meta.len()).map_err(Stop::Io)?;
        }
    }
    let mine = parts::read_ready(given.parts);
    let json = serde_json::to_string_pretty(&spillover::present::mine::report(&mine, names))
        .map_err(|e| say!("cli-cannot-write-report", error = e.to_string()))?;
    out.line(&json_inert(&json))?;
    Ok(match &mine.refusal {
        None => ExitCode::SUCCESS,
        Some(why) => {
            let _ = writeln!(io::stderr(), "spillover-cli: {}", inert(why));
            ExitCode::FAILURE
        }
    })
}

/// The parts of an export named on the command line, each a file on disk.
#[derive(Default)]
struct Given {
    parts: Vec<Part<OnDisk>>,
}

impl Given {
    /// A file: a ZIP (by its name's ending or its first bytes) or a loose file called `name`.
    fn file(&mut self, path: &Path, name: String, size: u64) -> Result<(), String> {
        let mut file = std::fs::File::open(path).map_err(|e| cannot_read(&shown(path), &e))?;
        let mut magic = [0u8; 4];
        let zip_named = name.to_ascii_lowercase().ends_with(".zip");
        let zip_bytes = size >= 4
            && file.read_exact(&mut magic).is_ok()
            && (magic == *b"PK\x03\x04" || magic == *b"PK\x05\x06");
        let source = OnDisk {
            path: path.to_path_buf(),
            size,
            file: None,
        };
        self.parts.push(if zip_named || zip_bytes {
            Part::Zip { name, source }
        } else {
            Part::Loose { path: name, source }
        });
        Ok(())
    }

    /// Every file under the folder `dir`, by its path from the folder's name `top` down, in
    /// name order; links are not followed, and ZIPs inside are read as parts.
    fn walk(&mut self, dir: &Path, top: &str) -> Result<(), String> {
        let mut entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)
            .map_err(|e| cannot_read_folder(dir, &e))?
            .collect::<Result<_, _>>()
            .map_err(|e| cannot_read_folder(dir, &e))?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            let inside = if top.is_empty() {
                name.clone()
            } else {
                format!("{top}/{name}")
            };
            let kind = entry
                .file_type()
                .map_err(|e| cannot_read(&shown(&entry.path()), &e))?;
            if kind.is_dir() {
                self.walk(&entry.path(), &inside)?;
            } else if kind.is_file() {
                let size = entry.metadata().map_or(0, |m| m.len());
                let source = OnDisk {
                    path: entry.path(),
                    size,
                    file: None,
                };
                self.parts
                    .push(if name.to_ascii_lowercase().ends_with(".zip") {
                        Part::Zip {
                            name: inside,
                            source,
                        }
                    } else {
                        Part::Loose {
                            path: inside,
                            source,
                        }
                    });
            }
        }
        Ok(())
    }
}

/// A file on disk, opened when a range of it is first asked for: a folder's thousands of
/// photos are listed by their size and never opened.
struct OnDisk {
    path: PathBuf,
    size: u64,
    file: Option<std::fs::File>,
}

impl OnDisk {
    fn read(&mut self, range: std::ops::Range<u64>) -> Result<Vec<u8>, String> {
        let file = match &mut self.file {
            Some(file) => file,
            None => self.file.insert(
                std::fs::File::open(&self.path)
                    .map_err(|e| say!("cli-it-cannot-be-read", error = e.to_string()))?,
            ),
        };
        zip::now(zip::Seekable(file).fetch(range))
    }
}

impl Fetch for OnDisk {
    fn size(&mut self) -> Result<u64, String> {
        Ok(self.size)
    }

    fn fetch(
        &mut self,
        range: std::ops::Range<u64>,
    ) -> impl std::future::Future<Output = Result<Vec<u8>, String>> {
        std::future::ready(self.read(range))
    }
}

/// A path as printed: inert.
fn shown(path: &Path) -> String {
    inert(&path.to_string_lossy())
}

/// The name to print `path` by and its bytes, read within [`MAX_BYTES`] as a file of `kind`.
fn read_file(path: &OsString, kind: Kind) -> Result<(String, Vec<u8>), Stop> {
    if path == "-" {
        let what = say!("cli-standard-input", kind = kind.words());
        let bytes = read_limited(io::stdin().lock(), &what, kind)?;
        return Ok((say!("cli-standard-input-name"), bytes));
    }
    let name = inert(&path.to_string_lossy());
    let what = say!("cli-the-file", kind = kind.words(), name = name.as_str());
    let file = std::fs::File::open(path).map_err(|e| Stop::Io(cannot_read(&what, &e)))?;
    if let Ok(meta) = file.metadata() {
        if meta.len() > MAX_BYTES {
            return Err(Stop::Io(say!(
                "cli-too-big",
                what = what,
                megabytes = meta.len() as f64 / 1_048_576.0,
                kind = kind.words(),
                most = MAX_BYTES / 1_048_576
            )));
        }
    }
    let bytes = read_limited(file, &what, kind)?;
    Ok((name, bytes))
}

/// Reads and parses `path` (`-`: standard input). Returns the name to print it by and the
/// scenario, or the exit code after the file's problems were printed, one a line.
fn load(path: &OsString, out: &mut Out) -> Result<(String, Result<Scenario, ExitCode>), Stop> {
    let (name, bytes) = read_file(path, Kind::Scenario)?;
    let text = match decode(&bytes) {
        Ok(text) => text,
        Err(problem) => {
            out.line(&format!("{name}: {problem}"))?;
            let said = say!("cli-not-valid", name = name.as_str(), count = 1);
            let _ = writeln!(io::stderr(), "{said}");
            return Ok((name, Err(ExitCode::FAILURE)));
        }
    };
    // A built-in as shipped (`static/scenarios/friends.json`) holds references to the
    // catalogue, not words: it is read as the app reads it, its words said.
    let said = builtin::shipped_as(text).map(|b| b.json());
    let parsed = match scenario::parse(said.as_deref().unwrap_or(text)) {
        Ok(s) => Ok(s),
        Err(problems) => {
            for p in &problems {
                out.line(&format!("{name}: {}", inert(&p.to_string())))?;
            }
            let said = say!(
                "cli-not-valid",
                name = name.as_str(),
                count = problems.len()
            );
            let _ = writeln!(io::stderr(), "{said}");
            Err(ExitCode::FAILURE)
        }
    };
    Ok((name, parsed))
}

/// Reads all of `input` (`what`: "the network file net.txt"), stopping past [`MAX_BYTES`]:
/// standard input, or a file that grows while it is read, has no size to refuse it by first.
fn read_limited(input: impl Read, what: &str, kind: Kind) -> Result<Vec<u8>, Stop> {
    let mut bytes = Vec::new();
    input
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Stop::Io(cannot_read(what, &e)))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Stop::Io(say!(
            "cli-over",
            what = what,
            kind = kind.words(),
            most = MAX_BYTES / 1_048_576
        )));
    }
    Ok(bytes)
}

/// The file's text: UTF-8, without a leading byte-order mark (as a browser's decoder reads it).
fn decode(bytes: &[u8]) -> Result<&str, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = good.len() - good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
        say!(
            "cli-not-utf8-file",
            line = line.to_string(),
            column = column.to_string()
        )
    })
}

/// `arg` as text, or a message naming what it was.
fn utf8<'a>(arg: &'a OsString, what: &str) -> Result<&'a str, String> {
    arg.to_str().ok_or_else(|| {
        say!(
            "cli-not-utf8",
            what = what,
            argument = inert(&arg.to_string_lossy())
        )
    })
}

/// `text` with every control character (and every character that reorders text on screen)
/// written as a visible escape such as `\u{1b}`, so that it prints as inert text.
fn inert(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if acts_on_a_terminal(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a terminal may act on `c` rather than show it: a control character, or one that
/// reorders the text around it.
fn acts_on_a_terminal(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// JSON text with the characters [`inert`] escapes written as JSON escapes (`\u009b`). JSON
/// writers escape only the first 32 control characters; the rest (DEL, the C1 controls, the
/// direction overrides) can only stand inside strings, where the escape means the same.
fn json_inert(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        // The line breaks are the pretty-printer's own; those inside strings are escaped already.
        if acts_on_a_terminal(c) && c != '\n' {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Standard output that ends quietly when the reader closes it.
#[derive(Default)]
struct Out {
    closed: bool,
}

impl Out {
    /// Prints `text` and a line break, unless the reader has gone.
    fn line(&mut self, text: &str) -> Result<(), Stop> {
        if self.closed {
            return Ok(());
        }
        let mut stdout = io::stdout().lock();
        match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            Err(e) => Err(Stop::Io(say!("cli-cannot-write", error = e.to_string()))),
        }
    }
}

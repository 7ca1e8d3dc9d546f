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
use spillover::core::date::Date;
use spillover::core::engine::{Engine, Mode};
use spillover::core::mine::CUTOFF;
use spillover::core::model::Scenario;
use spillover::core::scale::{Model, Params};
use spillover::files::builtin::BUILTINS;
use spillover::files::generated::{self, Rates};
use spillover::files::mine::parts::{self, Part};
use spillover::files::network::{self, Input};
use spillover::files::zip::{self, Fetch};
use spillover::files::{limits, scenario};
use spillover::present::first_screen;
use spillover::present::report::report;

/// What the command line takes, and what each command does.
fn usage() -> String {
    format!(
        "usage:
  spillover-cli check FILE
      Checks a scenario file; prints each problem on its own line.
  spillover-cli exposure FILE [--date YYYY-MM-DD] [--collected]
      Prints which company can see what on the date (the scenario's own date unless given)
      as JSON; with --collected, what each company could have collected up to that date.
  spillover-cli import FILE [FILE2]
      Reads a friend network, one file or two CSV files (people and friendships), and
      prints it as a scenario file; problems go to standard error, each with its line and
      column. A file is known by its name's ending, or (standard input, no ending)
      by what it holds:
{formats}
  spillover-cli layout FILE
      Prints where the page draws each person and company (layout units, 1000 by 640) as JSON.
  spillover-cli view ADDRESS [FILE]
      Prints, as JSON, what the page shows at ADDRESS (a link, or its part from the #): the
      headline, the company table, the line under the picture for each person and company,
      \"why?\" for the one selected and how many facts the table lists. FILE is the scenario
      of an address that names the reader's sandbox (saved with \"Save as file\").
  spillover-cli link FILE
      Prints the address part of a link that carries the whole scenario (#data=…), as the
      page's Copy link writes it: add it to the app's address to share the file as a link.
  spillover-cli prerender [SLUG] [--lang CODE]
      Prints the first screen of the built-in scenario SLUG (friends unless given) as HTML:
      what the page shows when it opens, which the build writes into index.html so it can be
      read before and without scripts. With --lang, in that language (de, es; English unless
      given), its element marked with the language's lang and dir.
  spillover-cli generate --model MODEL --people N --friends K --seed S --install-rate R
                        [--opt-out R] [--permissions open|closed] [--figures]
      Prints a generated network as a scenario file: the same network, quiz installers and
      settings as the page's \"At scale\" view shows for these choices. MODEL is
      barabasi-albert, watts-strogatz or facebook-like; N people (10 to 100,000), K friends
      each on average, S a whole number; R a share from 0 to 1 (--install-rate 0.01 is 1%);
      --opt-out the share who narrowed \"Apps others use\" (0 unless given); friend
      permissions open unless given. With --figures, prints only the whole network's
      figures as JSON (people, friendships, installers, reached, reached_without_consent,
      per_installer), as the page computes them, for any size the page makes (up to
      1,000,000 people and 20,000,000 friendships; a scenario file holds 100,000 people).
  spillover-cli mine PATH... [--names]
      Reads your own Facebook export (\"Download your information\", format JSON): PATH is
      its ZIP (or each of its parts), its unzipped folder, or JSON files from it. Prints as
      JSON how many friends you have and how many from before {CUTOFF}, the apps you
      connected (before that day, after it, date unknown), the companies that sent Facebook
      your activity and their events, the advertisers with your information, and the files
      read and not understood. The names (of friends, apps, companies, advertisers) are
      printed only with --names. Only the ZIP's directory and the few files needed are read.
  FILE may be - to read standard input. Files over 64 MB are refused unread.",
        formats = formats()
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
            Kind::Scenario => "scenario file",
            Kind::Network => "network file",
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
    let (command, rest) = args.split_first().ok_or("no command given")?;
    match utf8(command, "the command")? {
        "check" => {
            let [file] = rest else {
                return Err("`check` takes exactly one FILE".into());
            };
            let (name, loaded) = load(file, out)?;
            Ok(match loaded {
                Ok(s) => {
                    out.line(&format!(
                        "{name}: valid ({} people, {} companies, {} friendships, {} grants, {} agreements, {} transfers)",
                        s.people.len(), s.companies.len(), s.friendships.len(), s.grants.len(),
                        s.agreements.len(), s.transfers.len()
                    ))?;
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
                        let text = it.next().ok_or("--date needs a date, YYYY-MM-DD")?;
                        let text = utf8(text, "--date")?;
                        date = Some(Date::parse(text).map_err(|e| format!("--date: {e}"))?);
                    }
                    Some(flag) if flag.starts_with("--") => {
                        return Err(format!("unknown option {}", inert(flag)).into())
                    }
                    _ if file.is_none() => file = Some(arg),
                    _ => {
                        return Err(format!(
                            "unexpected argument {}",
                            inert(&arg.to_string_lossy())
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
                        .map_err(|e| format!("could not write the report: {e}"))?;
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
                return Err("`link` takes exactly one FILE".into());
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
                return Err("`layout` takes exactly one FILE".into());
            };
            let (_, loaded) = load(file, out)?;
            Ok(match loaded {
                Ok(s) => {
                    let json = serde_json::to_string_pretty(&positions(&s))
                        .map_err(|e| format!("could not write the layout: {e}"))?;
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
        other => Err(format!("unknown command `{}`", inert(other)).into()),
    }
}

/// `view`: what the page shows at an address, as JSON.
fn view(rest: &[OsString], out: &mut Out) -> Result<ExitCode, Stop> {
    let (address, file) = match rest {
        [address] => (address, None),
        [address, file] => (address, Some(file)),
        _ => return Err("`view` takes an ADDRESS and at most one FILE".into()),
    };
    let address = utf8(address, "the address")?;
    let hash = match address.find('#') {
        Some(at) => &address[at..],
        None if address.is_empty() => "",
        None => return Err(format!("{} is not an address: it has no #", inert(address)).into()),
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
        .map_err(|e| format!("could not write the view: {e}"))?;
    out.line(&json_inert(&json))?;
    Ok(ExitCode::SUCCESS)
}

/// `prerender`: the opening view of a built-in scenario as HTML on standard output.
fn prerender(rest: &[OsString], out: &mut Out) -> Result<ExitCode, Stop> {
    let (lang, rest) = language(rest)?;
    catalogue::set_language(lang);
    let slug = match rest.as_slice() {
        [] => BUILTINS[0].slug,
        [slug] => utf8(slug, "the scenario's name")?,
        _ => return Err("`prerender` takes at most one built-in scenario's name".into()),
    };
    let builtin = BUILTINS.iter().find(|b| b.slug == slug).ok_or_else(|| {
        let names: Vec<&str> = BUILTINS.iter().map(|b| b.slug).collect();
        format!(
            "there is no built-in scenario called `{}`; there are {}",
            inert(slug),
            names.join(", ")
        )
    })?;
    let read = |b: &spillover::files::builtin::Builtin| {
        scenario::parse(b.json)
            .map_err(|_| format!("the built-in scenario `{}` could not be read", b.slug))
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
            args.next().ok_or("--lang needs a language's code")?,
            "the language",
        )?;
        lang = Lang::parse(code)
            .filter(|l| l.code() == code || *l == Lang::PSEUDO)
            .ok_or_else(|| {
                let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
                format!(
                    "Spillover does not speak `{}`; it speaks {}",
                    inert(code),
                    codes.join(", ")
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
        let flag = utf8(arg, "an option")?;
        let mut value = || -> Result<&str, String> {
            let v = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
            utf8(v, flag)
        };
        match flag {
            "--model" => {
                let v = value()?;
                model = Some(Model::parse(v).ok_or_else(|| {
                    format!("--model: \"{}\" is not a model; the models are barabasi-albert, watts-strogatz and facebook-like", inert(v))
                })?);
            }
            "--people" => people = Some(whole(flag, value()?)?),
            "--friends" => friends = Some(whole(flag, value()?)?),
            "--seed" => {
                let v = value()?;
                seed = Some(v.parse::<u64>().map_err(|_| {
                    format!(
                        "--seed: \"{}\" is not a whole number from 0 to {}",
                        inert(v),
                        u64::MAX
                    )
                })?);
            }
            "--install-rate" => install = Some(share(flag, value()?)?),
            "--opt-out" => opt_out = share(flag, value()?)?,
            "--permissions" => {
                open = match value()? {
                    "open" => true,
                    "closed" => false,
                    v => {
                        return Err(format!(
                            "--permissions: \"{}\" is neither open nor closed",
                            inert(v)
                        )
                        .into())
                    }
                }
            }
            "--figures" => only_figures = true,
            other => return Err(format!("unknown option {}", inert(other)).into()),
        }
    }
    let missing = |what: &str| format!("`generate` needs {what}");
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
        .map_err(|_| format!("{flag}: \"{}\" is not a whole number", inert(text)))
}

/// A share from 0 to 1, from an option.
fn share(flag: &str, text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(format!(
            "{flag}: \"{}\" is not a share from 0 to 1 (0.01 is 1%)",
            inert(text)
        )),
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
        return Err("`import` takes one FILE, or two CSV files (people and friendships)".into());
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
                let _ = writeln!(io::stderr(), "note: {}", inert(note));
            }
            out.line(scenario::to_json(&imported.scenario).trim_end())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for p in &problems {
                let _ = writeln!(io::stderr(), "{}", inert(&p.to_string()));
            }
            let _ = writeln!(
                io::stderr(),
                "not imported ({} problem{})",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
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
                return Err(format!("unknown option {}", inert(flag)).into())
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        return Err("`mine` needs a PATH: your export's ZIP (or its parts), its folder, or JSON files from it".into());
    }
    let mut given = Given::default();
    for path in &paths {
        // A path that cannot be read is said alone: the command line was right.
        let meta = std::fs::metadata(path)
            .map_err(|e| Stop::Io(format!("cannot read {}: {e}", shown(path))))?;
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
        .map_err(|e| format!("could not write the report: {e}"))?;
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
        let mut file =
            std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", shown(path)))?;
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
            .map_err(|e| format!("cannot read the folder {}: {e}", shown(dir)))?
            .collect::<Result<_, _>>()
            .map_err(|e| format!("cannot read the folder {}: {e}", shown(dir)))?;
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
                .map_err(|e| format!("cannot read {}: {e}", shown(&entry.path())))?;
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
                std::fs::File::open(&self.path).map_err(|e| format!("it cannot be read: {e}"))?,
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
        let what = format!("the {} on standard input", kind.words());
        let bytes = read_limited(io::stdin().lock(), &what, kind)?;
        return Ok(("(standard input)".to_string(), bytes));
    }
    let name = inert(&path.to_string_lossy());
    let what = format!("the {} {name}", kind.words());
    let file =
        std::fs::File::open(path).map_err(|e| Stop::Io(format!("cannot read {what}: {e}")))?;
    if let Ok(meta) = file.metadata() {
        if meta.len() > MAX_BYTES {
            return Err(Stop::Io(format!(
                "{what} is {:.1} MB; spillover-cli reads {}s of up to {} MB, so it read none of it",
                meta.len() as f64 / 1_048_576.0,
                kind.words(),
                MAX_BYTES / 1_048_576
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
            let _ = writeln!(io::stderr(), "{name}: not a valid scenario (1 problem)");
            return Ok((name, Err(ExitCode::FAILURE)));
        }
    };
    let parsed = match scenario::parse(text) {
        Ok(s) => Ok(s),
        Err(problems) => {
            for p in &problems {
                out.line(&format!("{name}: {}", inert(&p.to_string())))?;
            }
            let _ = writeln!(
                io::stderr(),
                "{name}: not a valid scenario ({} problem{})",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
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
        .map_err(|e| Stop::Io(format!("cannot read {what}: {e}")))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Stop::Io(format!(
            "{what} is over {} MB; spillover-cli reads {}s of up to {} MB, so it stopped there",
            MAX_BYTES / 1_048_576,
            kind.words(),
            MAX_BYTES / 1_048_576
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
        format!("line {line}, column {column}: the file is not UTF-8 text; save it as UTF-8")
    })
}

/// `arg` as text, or a message naming what it was.
fn utf8<'a>(arg: &'a OsString, what: &str) -> Result<&'a str, String> {
    arg.to_str().ok_or_else(|| {
        format!(
            "{what} is not valid UTF-8: {}",
            inert(&arg.to_string_lossy())
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
            Err(e) => Err(Stop::Io(format!("cannot write the output: {e}"))),
        }
    }
}

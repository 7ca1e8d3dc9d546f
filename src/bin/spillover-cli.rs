//! `spillover-cli`: checks scenario files and prints their exposure as JSON.
//!
//! ```text
//! spillover-cli check FILE
//! spillover-cli exposure FILE [--date YYYY-MM-DD] [--collected]
//! ```
//! Exit codes: 0 done, 1 the file is not a valid scenario, 2 the command line is wrong or the
//! file cannot be read.

use std::process::ExitCode;

use spillover::core::date::Date;
use spillover::core::engine::{Engine, Mode};
use spillover::files::scenario;
use spillover::present::report::report;

const USAGE: &str = "usage:
  spillover-cli check FILE
      Checks a scenario file; prints each problem on its own line.
  spillover-cli exposure FILE [--date YYYY-MM-DD] [--collected]
      Prints who can see what at the date (the scenario's own date unless given) as JSON;
      with --collected, everything gathered up to that date.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("spillover-cli: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let (command, rest) = args.split_first().ok_or("no command given")?;
    match command.as_str() {
        "check" => {
            let [file] = rest else {
                return Err("`check` takes exactly one FILE".into());
            };
            Ok(match load(file)? {
                Ok(s) => {
                    println!(
                        "{file}: valid ({} people, {} companies, {} friendships, {} grants, {} agreements, {} transfers)",
                        s.people.len(), s.companies.len(), s.friendships.len(), s.grants.len(),
                        s.agreements.len(), s.transfers.len()
                    );
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
                match arg.as_str() {
                    "--collected" => mode = Mode::Collected,
                    "--date" => {
                        let text = it.next().ok_or("--date needs a date, YYYY-MM-DD")?;
                        date = Some(Date::parse(text).map_err(|e| format!("--date: {e}"))?);
                    }
                    flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
                    path if file.is_none() => file = Some(path.to_string()),
                    extra => return Err(format!("unexpected argument {extra}")),
                }
            }
            let file = file.ok_or("`exposure` needs a FILE")?;
            Ok(match load(&file)? {
                Ok(s) => {
                    let date = date.unwrap_or(s.date);
                    let engine = Engine::new(s);
                    let exposure = engine.evaluate(date, mode);
                    let json = serde_json::to_string_pretty(&report(&engine, &exposure))
                        .map_err(|e| format!("could not write the report: {e}"))?;
                    println!("{json}");
                    ExitCode::SUCCESS
                }
                Err(code) => code,
            })
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`")),
    }
}

/// Reads and parses `path`; problems with the file's content are printed here, one a line.
fn load(path: &str) -> Result<Result<spillover::core::model::Scenario, ExitCode>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(scenario::parse(&text).map_err(|problems| {
        for p in &problems {
            println!("{path}: {p}");
        }
        eprintln!(
            "{path}: not a valid scenario ({} problem{})",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
        ExitCode::FAILURE
    }))
}

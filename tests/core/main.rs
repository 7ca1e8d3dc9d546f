//! Spillover's native tests of features: the exposure rules, scenario files, the command line,
//! the built-in scenarios, and laws checked over generated scenarios.

mod builtins;
mod bulk;
mod catalogue;
mod claims;
mod cli;
mod file;
mod first_screen;
mod fuzz;
mod mine;
mod network;
mod properties;
mod reference;
mod rules;
mod scale;
mod tidy;

use serde_json::{json, Value};
use spillover::core::date::Date;
use spillover::core::engine::{Engine, Exposure, Mode, Reason};
use spillover::files::scenario::parse;

/// A valid scenario with the given fields added (or replaced).
pub fn scenario(fields: Value) -> Value {
    let mut base = json!({
        "format": "spillover-scenario",
        "version": 1,
        "title": "Test",
        "date": "2014-01-01",
    });
    if let (Some(b), Some(f)) = (base.as_object_mut(), fields.as_object()) {
        for (k, v) in f {
            b.insert(k.clone(), v.clone());
        }
    }
    base
}

/// Parses a scenario and prepares it, failing the test with its problems if it is invalid.
pub fn engine(file: &Value) -> Engine {
    match parse(&file.to_string()) {
        Ok(s) => Engine::new(s),
        Err(problems) => panic!("invalid test scenario: {problems:#?}"),
    }
}

pub fn date(text: &str) -> Date {
    Date::parse(text).expect("test dates are valid")
}

/// Every fact as "company person category reason via", in the engine's order.
pub fn lines(engine: &Engine, exposure: &Exposure) -> Vec<String> {
    let s = engine.scenario();
    exposure
        .facts
        .iter()
        .map(|f| {
            let via = match f.reason {
                Reason::Friend { via, .. } | Reason::Mailbox { via, .. } => {
                    s.person(via).id.clone()
                }
                Reason::Transfer { from, .. } => s.company(from).id.clone(),
                Reason::Consent { .. } | Reason::Deal(_) => "-".into(),
            };
            format!(
                "{} {} {} {} {via}",
                s.company(f.company).id,
                s.person(f.person).id,
                f.category,
                f.reason.kind().as_str()
            )
        })
        .collect()
}

/// The data-driven check of the rules: the facts of `file` at `on`, in access mode, are
/// exactly `expect` (in any order).
pub fn check(file: Value, on: &str, expect: &[&str]) {
    check_mode(file, on, Mode::Access, expect);
}

pub fn check_mode(file: Value, on: &str, mode: Mode, expect: &[&str]) {
    let engine = engine(&file);
    let mut got = lines(&engine, &engine.evaluate(date(on), mode));
    got.sort();
    let mut want: Vec<String> = expect.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "facts at {on} ({mode:?})");
}

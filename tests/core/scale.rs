//! Generated networks: the command line's scenario of a network, read back and evaluated by the
//! engine, gives exactly the figures the page computes from the same arguments.

use std::process::{Command, Output};

use serde_json::Value;
use spillover::core::engine::{Engine, Mode};
use spillover::core::scale::{self, Model, Params};
use spillover::files::generated::{self, Rates};
use spillover::files::scenario::{parse, to_json};
use spillover::present::figures::company_figures;

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
        .args(args)
        .output()
        .expect("the command line runs")
}

#[test]
fn the_engine_agrees_with_the_whole_network_figures_for_every_model_and_setting() {
    for model in Model::ALL {
        let params = Params {
            model,
            people: 2_000,
            friends: 24,
            seed: 41,
        };
        let reach = scale::reach(params).unwrap();
        for (install, opt_out, open) in [
            (0.001, 0.0, true),
            (0.01, 0.0, true),
            (0.01, 0.4, true),
            (0.2, 0.1, true),
            (0.05, 0.0, false),
            (1.0, 1.0, true),
        ] {
            let rates = Rates {
                install,
                opt_out,
                open,
            };
            let s = generated::scenario(params, rates).unwrap();
            // Through the file format, as the command line hands it on.
            let s = parse(&to_json(&s)).expect("a generated scenario is valid");
            let engine = Engine::new(s);
            let exposure = engine.evaluate(engine.scenario().date, Mode::Access);
            let c = &company_figures(engine.scenario(), &exposure)[0];
            let f = reach.figures(rates.setting());
            assert_eq!(
                (c.consented, c.reached, c.without_consent),
                (f.installers, f.reached, f.without_consent),
                "{model:?} at {rates:?}"
            );
            assert_eq!(c.amplification, f.per_installer());
        }
    }
}

#[test]
fn generate_writes_a_valid_scenario_whose_exposure_gives_the_pages_figures() {
    let args = [
        "generate",
        "--model",
        "barabasi-albert",
        "--people",
        "3000",
        "--friends",
        "20",
        "--seed",
        "9",
        "--install-rate",
        "0.005",
        "--opt-out",
        "0.25",
    ];
    let out = cli(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path =
        std::env::temp_dir().join(format!("spillover-generated-{}.json", std::process::id()));
    std::fs::write(&path, &out.stdout).unwrap();
    let exposure = cli(&["exposure", &path.display().to_string()]);
    assert_eq!(exposure.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&exposure.stdout).unwrap();
    let quiz = &report["companies"][0];
    let params = Params {
        model: Model::BarabasiAlbert,
        people: 3_000,
        friends: 20,
        seed: 9,
    };
    let f = scale::reach(params).unwrap().figures(
        Rates {
            install: 0.005,
            opt_out: 0.25,
            open: true,
        }
        .setting(),
    );
    assert_eq!(quiz["consented"], f.installers);
    assert_eq!(quiz["reached"], f.reached);
    assert_eq!(quiz["without_consent"], f.without_consent);
    assert!(f.installers > 0 && f.without_consent > f.installers);
    // The same arguments give the same bytes.
    assert_eq!(cli(&args).stdout, out.stdout);
}

#[test]
fn generate_refuses_bad_arguments_with_exit_2_and_says_which() {
    let base = [
        "generate",
        "--model",
        "watts-strogatz",
        "--people",
        "1000",
        "--friends",
        "10",
        "--seed",
        "1",
        "--install-rate",
        "0.1",
    ];
    let with = |flag: &str, value: &str| {
        let mut a: Vec<&str> = base.to_vec();
        let at = a.iter().position(|x| *x == flag).unwrap();
        a[at + 1] = value;
        a.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    for (args, says) in [
        (with("--model", "erdos"), "\"erdos\" is not a model"),
        (
            with("--people", "many"),
            "--people: \"many\" is not a whole number",
        ),
        (
            with("--people", "5"),
            "5 people is outside what can be generated",
        ),
        (
            with("--people", "200000"),
            "more than a scenario file may hold",
        ),
        (with("--friends", "1000"), "1,000 friends each cannot be"),
        (with("--seed", "-1"), "--seed: \"-1\" is not a whole number"),
        (
            with("--install-rate", "1.5"),
            "--install-rate: \"1.5\" is not a share from 0 to 1",
        ),
        (
            base[..9].iter().map(|s| s.to_string()).collect(),
            "`generate` needs --install-rate R",
        ),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = cli(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

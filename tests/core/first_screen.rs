//! The first screen written into index.html: it says what the built-in scenario says, with the
//! figures the engine gives, and carries nothing the page's security policy forbids.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use serde_json::Value;
use spillover::core::engine::Engine;
use spillover::files::builtin::BUILTINS;
use spillover::files::network::escape_xml;
use spillover::files::scenario::parse;
use spillover::present::first_screen::html;
use spillover::present::layout::layout;

fn first_screen(i: usize) -> String {
    let s = parse(&BUILTINS[i].json()).expect("a built-in reads");
    let l = layout(&s);
    let titles: Vec<String> = BUILTINS
        .iter()
        .map(|b| parse(&b.json()).unwrap().title)
        .collect();
    let doors = spillover::view::still::doors(i, &titles, !s.steps.is_empty());
    html(BUILTINS[i].slug, &Engine::new(s), &l, &doors)
}

#[test]
fn the_first_screen_says_what_the_builtin_says() {
    for (i, b) in BUILTINS.iter().enumerate() {
        let page = first_screen(i);
        // Read from the file itself, not the model the page was written from.
        let file: Value = serde_json::from_str(&b.json()).unwrap();
        let text = |v: &Value| escape_xml(v.as_str().unwrap());
        assert!(
            page.contains(&format!(
                "<h2 id=\"scenario-title\">{}</h2>",
                text(&file["title"])
            )),
            "{}: title",
            b.slug
        );
        assert!(
            page.starts_with(&format!(
                "<div class=\"app first-screen\" data-scenario=\"{}\" data-address=\"#scenario={}\">",
                b.slug, b.slug
            )),
            "{}: the still copy names its scenario",
            b.slug
        );
        // The story by its steps' titles, in order; no step's text, which asks for what only
        // the explorer can do and tells of its own date, not the picture's.
        let steps = file["steps"].as_array().unwrap();
        let titles: String = steps
            .iter()
            .map(|step| format!("<li>{}</li>", text(&step["title"])))
            .collect();
        assert!(
            page.contains(&format!("<ol class=\"still-steps\">{titles}</ol>")),
            "{}: the steps by title",
            b.slug
        );
        for step in steps {
            assert!(
                !page.contains(&text(&step["text"])),
                "{}: a step's text",
                b.slug
            );
        }
        assert!(!page.contains("Step 1 of"));
        for src in file["sources"].as_array().unwrap() {
            let title = text(&src["title"]);
            match src.get("url") {
                Some(url) => assert!(
                    page.contains(&format!(
                        "<a href=\"{}\" rel=\"noopener noreferrer external\" target=\"_blank\">{title}</a>",
                        text(url)
                    )),
                    "{}: source {title} linked",
                    b.slug
                ),
                None => assert!(page.contains(&format!("<cite>{title}</cite>"))),
            }
        }
    }
}

#[test]
fn the_first_screen_counts_who_each_company_reaches_as_the_engine_does() {
    for (i, b) in BUILTINS.iter().enumerate() {
        let page = first_screen(i);
        let s = parse(&b.json()).unwrap();
        let date = s.date;
        let e = Engine::new(s);
        let s = e.scenario();
        // Every figure counted here from the facts and the grants themselves, not by
        // present::figures, which wrote the page: people each company holds anything of, and
        // people who said yes to it (a grant they were asked for, on the date, their apps on).
        let mut reached: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for f in &e.access(date).facts {
            reached
                .entry(f.company.ix())
                .or_default()
                .insert(f.person.ix());
        }
        let said_yes: BTreeSet<(usize, usize)> = s
            .grants
            .iter()
            .filter(|g| g.explicit && s.person(g.person).platform_apps && g.interval.contains(date))
            .map(|g| (g.company.ix(), g.person.ix()))
            .collect();
        for (ix, c) in s.companies.iter().enumerate() {
            let people = reached.get(&ix).cloned().unwrap_or_default();
            let yes = said_yes
                .iter()
                .filter(|(company, _)| *company == ix)
                .count();
            let never = people
                .iter()
                .filter(|p| !said_yes.contains(&(ix, **p)))
                .count();
            let row = format!(
                "<tr data-company=\"{}\"><th scope=\"row\">{}</th><td class=\"reached\">{}</td><td class=\"consented\">{yes}</td>\
                 <td class=\"without-consent\">{never}</td><td class=\"amplification\">{}</td></tr>",
                escape_xml(&c.id),
                escape_xml(&c.name),
                people.len(),
                if yes == 0 {
                    "none said yes".to_string()
                } else {
                    format!("×{:.1}", people.len() as f64 / yes as f64)
                }
            );
            assert_eq!(page.matches(&row).count(), 1, "{}: {row}", b.slug);
        }
        assert!(page.contains(&format!(
            "<caption>Who each company can reach on {date}</caption>"
        )));
    }
}

#[test]
fn the_first_screen_is_markup_the_policy_allows_with_a_named_picture() {
    for i in 0..BUILTINS.len() {
        let page = first_screen(i);
        for forbidden in [
            "<script",
            "<style",
            " style=",
            " onclick",
            " onload",
            "javascript:",
        ] {
            assert!(!page.contains(forbidden), "{forbidden}");
        }
        // The picture twice (whole, and the graph alone for a phone), each named; the key's
        // swatches hidden from assistive technology.
        assert_eq!(
            page.matches("role=\"img\" aria-label=\"The graph of ")
                .count(),
            2
        );
        assert!(page.contains("<svg class=\"wide\" role=\"img\" aria-label=\"The graph of "));
        assert!(page.contains("<svg class=\"narrow\" role=\"img\" aria-label=\"The graph of "));
        assert_eq!(
            page.matches("<svg ").count(),
            2 + page
                .matches("<svg class=\"swatch\" viewBox=\"0 0 40 10\" aria-hidden=\"true\">")
                .count()
        );
        assert_eq!(page.matches("<h1>").count(), 1);
        // Every id once, so nothing the page links to is ambiguous.
        let ids: Vec<&str> = page
            .split(" id=\"")
            .skip(1)
            .map(|r| &r[..r.find('"').unwrap()])
            .collect();
        let unique: BTreeSet<&&str> = ids.iter().collect();
        assert_eq!(ids.len(), unique.len(), "{ids:?}");
    }
}

#[test]
fn the_command_line_prints_the_first_screen() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
            .args(args)
            .output()
            .expect("the command line runs")
    };
    let out = run(&["prerender"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim_end(),
        first_screen(0).trim_end()
    );
    let out = run(&["prerender", "partners"]);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim_end(),
        first_screen(2).trim_end()
    );
    let out = run(&["prerender", "nobody"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "no built-in scenario called `nobody`; there are friends, digital-life, partners"
        ),
        "{err}"
    );
}

#[test]
fn the_still_controls_open_the_apps_own_addresses_and_hide_without_scripts() {
    let page = first_screen(0);
    for route in ["#sandbox", "#scale", "#scenario=friends&amp;step=1", ""] {
        assert!(
            page.contains(&format!("data-route=\"{route}\"")),
            "a control opens {route:?}"
        );
    }
    for b in BUILTINS {
        assert!(page.contains(&format!("<option value=\"#scenario={}\"", b.slug)));
    }
    // Every control sits in a part the style sheet hides without scripts.
    let controls = page.matches("<button").count() + page.matches("<select").count();
    assert!(
        controls > 0,
        "the still page carries the app's first controls"
    );
    let hidden_parts = page.matches("data-door>").count();
    assert_eq!(hidden_parts, 3, "the top bar's two parts and the story's");
    let mut inside = 0;
    for part in page.split("data-door>").skip(1) {
        let end = part.find("</nav>").or(part.find("</section>")).unwrap();
        let end = end.min(part.find("</div></header>").unwrap_or(end));
        inside += part[..end].matches("<button").count() + part[..end].matches("<select").count();
    }
    assert_eq!(inside, controls, "no control outside a hidden part");
}

#[test]
fn the_phones_still_picture_names_people_at_12_px_or_more_on_a_phone_360_px_wide() {
    for (i, b) in BUILTINS.iter().enumerate() {
        let page = first_screen(i);
        let at = page
            .find("<svg class=\"narrow\"")
            .expect("a phone's picture");
        let narrow = &page[at..at + page[at..].find("</svg>").unwrap()];
        // Drawn across 326 px on a 360 px phone: its viewBox's width is that many pixels.
        let view = narrow.split(" viewBox=\"").nth(1).unwrap();
        let width: f64 = view[..view.find('"').unwrap()]
            .split(' ')
            .nth(2)
            .unwrap()
            .parse()
            .unwrap();
        let sizes: Vec<f64> = narrow
            .split(" font-size=\"")
            .skip(1)
            .map(|r| r[..r.find('"').unwrap()].parse().unwrap())
            .collect();
        assert!(sizes.len() >= 3, "{}: names are written", b.slug);
        for size in sizes {
            assert!(
                size * 326.0 / width >= 12.0,
                "{}: {size} of {width}",
                b.slug
            );
        }
    }
}

#[test]
fn the_command_line_prints_the_first_screen_in_a_language() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
            .args(args)
            .output()
            .expect("the command line runs")
    };
    for code in ["de", "es", "en-XA"] {
        let out = run(&["prerender", "partners", "--lang", code]);
        assert_eq!(out.status.code(), Some(0), "{code}");
        let html = String::from_utf8(out.stdout).unwrap();
        assert!(
            html.starts_with(&format!(
                "<div class=\"app first-screen\" lang=\"{code}\" dir=\"ltr\" data-scenario=\"partners\""
            )),
            "{code}: {}",
            &html[..120]
        );
    }
    let pseudo = String::from_utf8(run(&["prerender", "--lang", "en-XA"]).stdout).unwrap();
    assert!(pseudo.contains("<p class=\"tagline\">[Hóów"), "{pseudo}");
    let out = run(&["prerender", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("does not speak `xx`; it speaks en, "), "{err}");
}

#[test]
fn the_start_watch_and_the_loader_find_every_word_they_say_on_the_first_screen() {
    let page = first_screen(0);
    let at = page
        .find("data-start-words=\"")
        .expect("the still status carries the words")
        + 18;
    let attribute = &page[at..at + page[at..].find('"').unwrap()];
    let unescaped = attribute
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    let words: BTreeMap<String, String> = serde_json::from_str(&unescaped).unwrap();
    assert_eq!(words["starting"], "Starting the explorer…");
    assert_eq!(words["loaded_of"], "{loaded} of {total} KiB");
    // Every key the scripts ask for (`word('key'`, and the reasons the watch names), there.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut asked = BTreeSet::new();
    for script in ["static/start-watch.js", "scripts/finish-build.mjs"] {
        let text = std::fs::read_to_string(root.join(script)).unwrap();
        for part in text.split("word('").skip(1) {
            asked.insert(part[..part.find('\'').unwrap()].to_string());
        }
    }
    asked.extend(["nowasm", "download", "refused", "error"].map(String::from));
    assert!(asked.len() > 10, "{asked:?}");
    for key in &asked {
        assert!(words.contains_key(key), "the first screen lacks {key}");
    }
}

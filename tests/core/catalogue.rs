//! The catalogue of words (`static/words/`): every language has the files English has, each
//! parses, says every message English says and no other; every message the code asks for is
//! there, and every message there is asked for by the code.
//!
//! The code asks by a literal id (`say!("id", ...)`, `word!("id")`), so reading the source as
//! text finds every id it uses.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use spillover::catalogue::{self, ids, Lang};

#[test]
fn every_language_has_every_file_and_every_message_and_parses() {
    let english: BTreeSet<String> = ids(Lang::EN.sources()).unwrap().into_iter().collect();
    let mut folders = Vec::new();
    for entry in fs::read_dir(words()).unwrap() {
        let folder = entry.unwrap().path();
        let code = folder.file_name().unwrap().to_str().unwrap().to_string();
        let files = files_of(&code);
        let mut want: Vec<String> = catalogue::files().map(str::to_string).collect();
        want.sort();
        assert_eq!(
            files, want,
            "static/words/{code}/ has other files than English"
        );
        let texts: Vec<(String, String)> = catalogue::files()
            .map(|f| {
                let text = fs::read_to_string(folder.join(format!("{f}.ftl"))).unwrap();
                (f.to_string(), text)
            })
            .collect();
        let sources: Vec<(&str, &str)> = texts
            .iter()
            .map(|(f, t)| (f.as_str(), t.as_str()))
            .collect();
        let theirs: BTreeSet<String> = match ids(&sources) {
            Ok(ids) => ids.into_iter().collect(),
            Err(problems) => panic!("static/words/{code}/:\n{}", problems.join("\n")),
        };
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "static/words/{code}/: missing {missing:?}, not in English {extra:?}"
        );
        folders.push(code);
    }
    assert!(folders.contains(&"en".to_string()));
    for code in &folders {
        let lang = Lang::parse(code).filter(|l| l.code() == code);
        assert!(
            lang.is_some_and(|l| l.sources().len() == files_of(code).len()),
            "static/words/{code}/ is not found as a language with its files (has it a language.ftl?)"
        );
    }
}

#[test]
fn a_language_in_a_folder_is_found_without_code() {
    let found: Vec<&str> = Lang::all().map(Lang::code).collect();
    let mut folders: Vec<String> = fs::read_dir(words())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort_by_key(|c| (c != "en", c.clone()));
    assert_eq!(
        found, folders,
        "English first, then each folder by its code"
    );
    for lang in Lang::all() {
        let about = lang
            .sources()
            .iter()
            .find(|(f, _)| *f == "language")
            .map(|(_, t)| *t)
            .unwrap_or_default();
        assert!(
            about.contains(&format!("language-name = {}", lang.name())),
            "{}: its name is its language.ftl's",
            lang.code()
        );
    }
    assert_eq!(Lang::parse("en-XA"), Some(Lang::PSEUDO));
    assert!(
        Lang::all().all(|l| l != Lang::PSEUDO),
        "the pseudo-language is in no picker"
    );
}

#[test]
fn the_figures_are_the_same_in_every_language() {
    use spillover::core::engine::Mode;
    use spillover::files::builtin::{self, BUILTINS};
    use spillover::view::derive::{evaluate, variant};
    use std::rc::Rc;

    let figures = |i: usize| {
        let s = builtin::scenario_or_first(i);
        let base = Rc::new(spillover::core::engine::Engine::new(s.clone()));
        let v = variant(&base, &Default::default());
        let mut dates: Vec<_> = s.steps.iter().filter_map(|step| step.date).collect();
        dates.push(s.date);
        let mut out = Vec::new();
        for date in dates {
            for mode in [Mode::Access, Mode::Collected] {
                let e = evaluate(&base, &v, &Default::default(), date, mode);
                out.push(((*e.figures).clone(), e.exposure.facts.len()));
            }
        }
        out
    };
    for (i, builtin) in BUILTINS.iter().enumerate() {
        catalogue::set_language(Lang::EN);
        let english = figures(i);
        for lang in Lang::all().chain([Lang::PSEUDO]) {
            catalogue::set_language(lang);
            let theirs = figures(i);
            catalogue::set_language(Lang::EN);
            assert!(
                theirs == english,
                "{}: the figures of {} differ from English's",
                lang.code(),
                builtin.slug
            );
        }
    }
}

/// The `.ftl` files of a language's folder, by name.
fn files_of(code: &str) -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(words().join(code))
        .unwrap()
        .map(|f| f.unwrap().path())
        .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
        .map(|f| f.file_stem().unwrap().to_str().unwrap().to_string())
        .collect();
    files.sort();
    files
}

#[test]
fn the_embedded_english_is_the_folder() {
    for (file, text) in Lang::EN.sources() {
        let on_disk = fs::read_to_string(words().join("en").join(format!("{file}.ftl"))).unwrap();
        assert_eq!(*text, on_disk, "{file}.ftl");
    }
}

#[test]
fn every_message_the_code_asks_for_is_there_and_every_one_there_is_asked_for() {
    let english: BTreeSet<String> = ids(Lang::EN.sources()).unwrap().into_iter().collect();
    let asked = asked();
    let missing: Vec<_> = asked
        .iter()
        .filter(|(id, _)| !english.contains(id))
        .map(|(id, at)| format!("{at}: {id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "asked for, not in the catalogue:\n{}",
        missing.join("\n")
    );
    let used: BTreeSet<&String> = asked.iter().map(|(id, _)| id).collect();
    let unused: Vec<_> = english
        .iter()
        .filter(|id| !used.contains(id) && !catalogue::SETTINGS.contains(&id.as_str()))
        .collect();
    assert!(
        unused.is_empty(),
        "in the catalogue, asked for by no code: {unused:?}"
    );
}

#[test]
fn the_scan_finds_what_it_is_for() {
    let found = ids_in("let a = say!(\"x-y\", n = 1); let b = word!(\"z\");\n#[cfg(test)]\nmod tests {\n    say!(\"only-a-test\");\n}\n", "f");
    let ids: Vec<&str> = found.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["x-y", "z"]);
    assert!(asked().len() > 10, "the scan of src/ found almost nothing");
}

/// Every id the code outside tests asks for, with where.
fn asked() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in rust_files(&root().join("src")) {
        let code = fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        out.extend(ids_in(&code, &name));
    }
    out
}

/// The ids `code` asks for by `say!` or `word!`, outside comments and its `#[cfg(test)]` module.
fn ids_in(code: &str, name: &str) -> Vec<(String, String)> {
    let code = match code.find("#[cfg(test)]\nmod tests") {
        Some(at) => &code[..at],
        None => code,
    };
    // Comment lines blanked, so that the lines keep their numbers.
    let code: String = code
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                ""
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    for call in ["say!(", "word!("] {
        for (at, _) in code.match_indices(call) {
            let rest = code[at + call.len()..].trim_start();
            let Some(rest) = rest.strip_prefix('"') else {
                continue;
            };
            if let Some(end) = rest.find('"') {
                let line = code[..at].matches('\n').count() + 1;
                out.push((rest[..end].to_string(), format!("{name}:{line}")));
            }
        }
    }
    out
}

fn words() -> PathBuf {
    root().join("static/words")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

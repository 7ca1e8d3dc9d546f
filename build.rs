//! Finds the catalogue's languages: every folder `static/words/<code>/` with a `language.ftl`
//! is one, with no line of Rust per language. It writes `languages.rs` into the build's output
//! folder: for each language its code, its own name, its direction and how it writes numbers
//! (read from its `language.ftl`), and its files. English comes first, the rest by code.
//! Natively every language's files are embedded (the command line and the tests read them); in
//! the WebAssembly build only English's are, without the command line's own words (`cli.ftl`),
//! and the page adds the reader's language when it needs it (`catalogue::add_language`).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// What `language.ftl` says of its language.
struct About {
    name: String,
    direction: String,
    group: char,
    decimal: char,
    grouped_from: usize,
}

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let words = root.join("static/words");
    println!("cargo:rerun-if-changed=static/words");
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let mut codes: Vec<String> = fs::read_dir(&words)
        .expect("static/words")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    codes.sort_by_key(|c| (c != "en", c.clone()));
    assert!(
        codes.first().is_some_and(|c| c == "en"),
        "static/words/en/ is the catalogue's first language"
    );
    let mut out = String::from(
        "// Written by build.rs from the folders of static/words/: do not edit.\n\
         pub(super) const FOLDERS: &[Folder] = &[\n",
    );
    for code in &codes {
        let folder = words.join(code);
        let about_file = folder.join("language.ftl");
        let Ok(about_text) = fs::read_to_string(&about_file) else {
            println!("cargo:warning=static/words/{code}/ has no language.ftl: left out");
            continue;
        };
        let about =
            about(&about_text).unwrap_or_else(|e| panic!("static/words/{code}/language.ftl: {e}"));
        // The command line's own words (cli.ftl) are never said by the page.
        let files = if wasm && code != "en" {
            Vec::new()
        } else {
            let mut files = ftl_files(&folder);
            files.retain(|(stem, _)| !(wasm && stem == "cli"));
            files
        };
        let _ = write!(
            out,
            "    Folder {{ code: {code:?}, name: {:?}, rtl: {}, numbers: Numbers {{ group: {:?}, decimal: {:?}, grouped_from: {} }}, files: &[",
            about.name,
            about.direction == "rtl",
            about.group,
            about.decimal,
            about.grouped_from
        );
        for (stem, path) in files {
            let _ = write!(
                out,
                "({stem:?}, include_str!({:?})), ",
                path.display().to_string()
            );
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("languages.rs");
    fs::write(dest, out).expect("languages.rs");
}

/// A folder's `.ftl` files, by name: (file without `.ftl`, its path).
fn ftl_files(folder: &Path) -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = fs::read_dir(folder)
        .expect("a language's folder")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .filter_map(|p| Some((p.file_stem()?.to_str()?.to_string(), p)))
        .collect();
    files.sort();
    files
}

/// The settings a `language.ftl` gives (`language-name = Deutsch`, `language-direction = ltr`,
/// `number-group = .`, `number-decimal = ,`, `number-grouped-from = 4`); a value may be quoted
/// as Fluent quotes a space: `{ " " }`.
fn about(text: &str) -> Result<About, String> {
    let get = |key: &str| -> Result<String, String> {
        text.lines()
            .filter_map(|l| l.split_once('='))
            .find(|(k, _)| k.trim() == key)
            .map(|(_, v)| unquote(v.trim()))
            .ok_or(format!("no {key}"))
    };
    let one_char = |key: &str| -> Result<char, String> {
        let v = get(key)?;
        let mut chars = v.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(format!("{key} is one character, not {v:?}")),
        }
    };
    let direction = get("language-direction")?;
    if direction != "ltr" && direction != "rtl" {
        return Err(format!(
            "language-direction is ltr or rtl, not {direction:?}"
        ));
    }
    let grouped_from = get("number-grouped-from")?;
    Ok(About {
        name: get("language-name")?,
        direction,
        group: one_char("number-group")?,
        decimal: one_char("number-decimal")?,
        grouped_from: grouped_from
            .parse()
            .map_err(|_| format!("number-grouped-from is a number, not {grouped_from:?}"))?,
    })
}

/// `{ " " }` as ` `; anything else as it is.
fn unquote(value: &str) -> String {
    value
        .strip_prefix('{')
        .and_then(|v| v.strip_suffix('}'))
        .map(str::trim)
        .and_then(|v| v.strip_prefix('"'))
        .and_then(|v| v.strip_suffix('"'))
        .map_or_else(|| value.to_string(), str::to_string)
}

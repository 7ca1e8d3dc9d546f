//! The architecture's rules, as tests (as rust-analyzer's `tidy` does): the folders of `src/` are
//! layers, each may use only the layers before it, no module imports itself in a circle, only
//! the web layer touches a browser crate, and within it only `web/browser` calls the browser
//! itself; the page has one store (one reducer), and what else a component keeps says why; no
//! function outside tests runs over 100 lines. And the documents match the tree: every path
//! the Markdown files name exists.
//!
//! The checks read the source as text. Comments, strings and `#[cfg(test)]` modules are blanked
//! out first, so a doc link or a test's import never counts as a dependency.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may use its own layer and the ones before it.
const LAYERS: [&str; 7] = [
    "core",
    "catalogue",
    "files",
    "present",
    "sandbox",
    "view",
    "web",
];

/// The crates that exist only for the browser (dependencies of the `wasm32` target).
const BROWSER_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "gloo",
    "wasm_bindgen",
    "wasm_bindgen_futures",
    "js_sys",
];

/// The longest a function outside tests may be, in lines from `fn` to its closing brace.
const MAX_FUNCTION_LINES: usize = 100;

#[test]
fn every_layer_uses_only_the_layers_before_it() {
    let mut wrong = Vec::new();
    for file in sources() {
        let Some(layer) = layer_of(&file.path) else {
            continue;
        };
        for (line, used) in file.crate_paths() {
            let Some(other) = LAYERS.iter().position(|l| *l == used[0]) else {
                continue;
            };
            if other > layer {
                wrong.push(format!(
                    "{}:{line}: the {} layer uses crate::{}, a layer after it",
                    file.name, LAYERS[layer], used[0]
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn no_module_imports_itself_in_a_circle() {
    let files = sources();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(from) = file.module() else { continue };
        let uses = graph.entry(from.clone()).or_default();
        for (_, path) in file.crate_paths() {
            // `crate::present::scene::DrawnNode` is the module `present::scene`.
            if let Some(to) = module_named(&files, &path) {
                if to != from {
                    uses.insert(to);
                }
            }
        }
    }
    if let Some(circle) = find_circle(&graph) {
        panic!("modules import each other: {}", circle.join(" -> "));
    }
}

#[test]
fn only_the_web_layer_uses_a_browser_crate() {
    let mut wrong = Vec::new();
    for file in sources() {
        if file.name.starts_with("src/web/") || file.name == "src/bin/spillover-web.rs" {
            continue;
        }
        for (n, line) in file.code.lines().enumerate() {
            for krate in BROWSER_CRATES {
                if uses_crate(line, krate) {
                    wrong.push(format!("{}:{}: uses {krate}", file.name, n + 1));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// What only `web/browser` may write: the browser's own objects and JavaScript's, reached
/// outside Yew. The rest of the web layer uses Yew, the browser's event and element types Yew
/// hands it, and `web::browser`'s functions.
const BROWSER_CALLS: [&str; 14] = [
    "gloo::",
    "js_sys::",
    "wasm_bindgen_futures::",
    "JsCast",
    "dyn_into",
    "dyn_ref",
    "unchecked_ref",
    "window()",
    "document()",
    "Reflect",
    "get_context",
    "request_animation_frame",
    "EventListener",
    "set_inner_html",
];

/// Whether `file` is the web layer's glue to the browser, where browser calls belong.
fn is_browser_glue(name: &str) -> bool {
    name == "src/web/browser.rs" || name.starts_with("src/web/browser/")
}

#[test]
fn only_web_browser_calls_the_browser() {
    let mut wrong = Vec::new();
    let mut read = 0;
    for file in sources() {
        if !file.name.starts_with("src/web/") || is_browser_glue(&file.name) {
            continue;
        }
        read += 1;
        for (n, line) in file.code.lines().enumerate() {
            for call in BROWSER_CALLS {
                if line.contains(call) {
                    wrong.push(format!(
                        "{}:{}: {call} (call it through web::browser)",
                        file.name,
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(read > 20, "only {read} files of the web layer read");
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn the_page_has_one_store_and_what_else_a_component_keeps_says_why() {
    let (mut reducers, mut unsaid, mut states) = (Vec::new(), Vec::new(), 0);
    for file in sources() {
        if !file.name.starts_with("src/web/") {
            continue;
        }
        let raw = fs::read_to_string(&file.path).expect("a source file is UTF-8");
        let lines: Vec<&str> = raw.lines().collect();
        for (n, line) in file.code.lines().enumerate() {
            if line.contains("use_reducer") {
                reducers.push(format!("{}:{}", file.name, n + 1));
            }
            if line.contains("use_state(") || line.contains("use_state_eq(") {
                states += 1;
                // The comment that says what it keeps: on the line, or above it, over the
                // comments and other state hooks that go with it.
                let hook_or_comment = |l: &str| {
                    let l = l.trim_start();
                    l.starts_with("//") || l.contains("use_state")
                };
                let said = (0..=n)
                    .rev()
                    .take_while(|i| *i == n || lines.get(*i).is_some_and(|l| hook_or_comment(l)))
                    .any(|i| lines[i].contains("// Local:") || lines[i].contains("// Kept:"));
                if !said {
                    unsaid.push(format!("{}:{}", file.name, n + 1));
                }
            }
        }
    }
    assert!(states > 0, "no state hook found: the check reads nothing");
    assert!(
        reducers.len() == 1 && reducers[0].starts_with("src/web/app.rs:"),
        "one reducer, the page's store, in web/app.rs: {reducers:?}"
    );
    assert!(
        unsaid.is_empty(),
        "a component's own state says what it keeps (`// Local:` what the reader is doing in this \
         control, never a figure or words the store derives; `// Kept:` a result computed outside \
         the store): \n{}",
        unsaid.join("\n")
    );
}

#[test]
fn no_function_outside_tests_is_over_100_lines() {
    let mut long = Vec::new();
    for file in sources() {
        for (name, line, length) in functions(&file.code) {
            if length > MAX_FUNCTION_LINES {
                long.push(format!("{}:{line}: fn {name} is {length} lines", file.name));
            }
        }
    }
    assert!(long.is_empty(), "\n{}", long.join("\n"));
}

#[test]
fn the_checks_see_what_they_check() {
    // Guards against a tidy test that passes because it reads nothing.
    let files = sources();
    assert!(files.len() > 30, "only {} source files found", files.len());
    for layer in LAYERS {
        assert!(
            files
                .iter()
                .any(|f| f.name.starts_with(&format!("src/{layer}/"))),
            "no files in src/{layer}/"
        );
    }
    let blank = blank_out("let s = \"crate::web::x\"; // crate::web\n#[cfg(test)]\nmod tests {\n    use crate::web;\n}\nfn f() {}\n");
    assert!(!blank.contains("crate::web"), "{blank}");
    assert!(blank.contains("fn f() {}"));
    assert_eq!(
        functions(&blank_out("fn a() {\n    let c = '{';\n}\nfn b() {}\n")),
        vec![("a".to_string(), 1, 3), ("b".to_string(), 4, 1)]
    );
    assert!(uses_crate("use yew::prelude::*;", "yew"));
    assert!(uses_crate("    let w = web_sys::window();", "web_sys"));
    assert!(!uses_crate("let my_yew::x = 1;", "yew"));
    let graph = BTreeMap::from([
        ("a".to_string(), BTreeSet::from(["b".to_string()])),
        ("b".to_string(), BTreeSet::from(["a".to_string()])),
    ]);
    assert!(find_circle(&graph).is_some());
}

#[test]
fn every_path_the_documents_name_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    let mut missing = Vec::new();
    for doc in documents(root) {
        let text = fs::read_to_string(&doc).expect("a document is UTF-8");
        let name = doc.strip_prefix(root).expect("under the crate").display();
        let folder = doc.parent().expect("a document is in a folder");
        for named in named_paths(&text) {
            checked += 1;
            if !named.exists(root, folder) {
                missing.push(format!(
                    "{name}:{}: `{}` names nothing in the repository",
                    named.line, named.path
                ));
            }
        }
    }
    assert!(checked > 100, "only {checked} paths found in the documents");
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn the_documents_check_sees_what_it_checks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = |text: &str| -> Vec<(String, bool)> {
        named_paths(text)
            .into_iter()
            .map(|n| (n.path.clone(), n.exists(root, root)))
            .collect()
    };
    let yes = |p: &str| (p.to_string(), true);
    let no = |p: &str| (p.to_string(), false);
    // From the root, from src/ (a code map's modules), and beside a path named before in the
    // same table row or paragraph.
    assert_eq!(
        found("See `src/view/route.rs` and [the format](docs/scenario-format.md#top)."),
        [yes("src/view/route.rs"), yes("docs/scenario-format.md")]
    );
    assert_eq!(
        found("| `present/explain.rs`, `why.rs` | a row |\n| `core/date.rs` | `why.rs` |"),
        [
            yes("present/explain.rs"),
            yes("why.rs"),
            yes("core/date.rs"),
            no("why.rs")
        ]
    );
    assert_eq!(
        found("(`tests/e2e/focus.test.js`, and\n`keyboard.test.js`)\n\n`keyboard.test.js`"),
        [yes("tests/e2e/focus.test.js"), yes("keyboard.test.js")]
    );
    // Another tree's paths (an export's files, a download's folder) are not the repository's.
    assert_eq!(
        found("`facebook-yourname/`, `friends/friends.json`, `no-data.txt`\n\n| `files/mine/` | `no-data.txt`, `paths.rs` |"),
        [yes("files/mine/"), yes("paths.rs")]
    );
    for root in roots() {
        let repository = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert!(
            repository.join(root).is_dir() || repository.join("src").join(root).is_dir(),
            "{root} is no folder of the repository or of src/"
        );
    }
    // Moved files, a pattern that matches nothing, and a link to nowhere are found out.
    assert_eq!(
        found("`src/route.rs`, `src/link.rs`, `tests/e2e/bench-*.mjs`, `tests/e2e/nothing-*.mjs` [x](no/such.md)"),
        [no("src/route.rs"), no("src/link.rs"), yes("tests/e2e/bench-*.mjs"), no("tests/e2e/nothing-*.mjs"), no("no/such.md")]
    );
    // What is not a path of the repository: the built site, addresses, file types, words.
    assert_eq!(
        found("`dist/embed.js`, `spillover.html`, `style-*.css`, `.csv`, `/*`, `https://x.org/a.md`, `friends.name`, `a b/c`\n```\n`src/nowhere.rs`\n```"),
        []
    );
}

/// The Markdown files the project keeps: those at its root and under `docs/`.
fn documents(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in [root.to_path_buf(), root.join("docs")] {
        for entry in fs::read_dir(&dir).expect("the folder is readable") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "md") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The endings that make a word in backticks a file's name.
const FILE_ENDINGS: [&str; 18] = [
    "rs", "js", "mjs", "md", "json", "html", "css", "toml", "lock", "txt", "svg", "png", "csv",
    "tsv", "graphml", "gexf", "edges", "sh",
];

/// The repository's own folders. With the folders of `src/` ([`roots`]) they are where its
/// paths start (the code map names modules from `src/`). Listed, not read from the disk, so that
/// a folder that goes away leaves the documents that name it failing rather than unread.
const FOLDERS: [&str; 6] = ["src", "tests", "scripts", "static", "docs", "benches"];

/// Where the repository's paths start: [`FOLDERS`], then the folders of `src/`, its
/// [`LAYERS`] and `bin` (a layer added is a root at once).
fn roots() -> impl Iterator<Item = &'static str> {
    FOLDERS.into_iter().chain(LAYERS).chain(["bin"])
}

/// The endings of the repository's own source files, which a code map names beside a path.
const SOURCE_ENDINGS: [&str; 6] = ["rs", "js", "mjs", "md", "toml", "css"];

/// Files only the build writes (into `dist/`), which documents name by their bare names.
const BUILT: [&str; 2] = ["spillover.html", "embed.js"];

/// A path a document names: in backticks, or as a link's target.
struct Named {
    /// The line it is on, from 1.
    line: usize,
    path: String,
    /// A link, whose target is relative to the document's folder.
    link: bool,
    /// The paths named before it in the same table row or paragraph.
    before: Vec<String>,
}

impl Named {
    /// Whether the path names a file or folder: from the repository's root, from `src/` (a code
    /// map names modules from there), or beside a path named before it in the same table row or
    /// paragraph (`present/explain.rs`, `why.rs`). A link is relative to the document's folder.
    /// A `*` matches any part of one name.
    fn exists(&self, root: &Path, folder: &Path) -> bool {
        if self.link {
            return matches(&folder.join(&self.path));
        }
        let mut bases = vec![root.to_path_buf(), root.join("src")];
        for earlier in self.before.iter().rev() {
            let dir = match earlier.rsplit_once('/') {
                Some((dir, _)) => dir,
                None => continue,
            };
            bases.push(root.join(dir));
            bases.push(root.join("src").join(dir));
        }
        bases.iter().any(|base| matches(&base.join(&self.path)))
    }
}

/// Whether `path` exists; a `*` in its last part matches any run of characters.
fn matches(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_string());
    let Some((head, tail)) = name.as_deref().and_then(|n| n.split_once('*')) else {
        return path.exists();
    };
    let Some(Ok(entries)) = path.parent().map(fs::read_dir) else {
        return false;
    };
    entries.filter_map(Result::ok).any(|e| {
        let n = e.file_name().to_string_lossy().to_string();
        n.len() >= head.len() + tail.len() && n.starts_with(head) && n.ends_with(tail)
    })
}

/// Every path `text` (Markdown) names outside its code blocks, each with the paths named before
/// it in its table row or paragraph.
fn named_paths(text: &str) -> Vec<Named> {
    let mut found = Vec::new();
    let mut before: Vec<String> = Vec::new();
    let mut fenced = false;
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            fenced = !fenced;
            continue;
        }
        // A table row, a heading, a list item and a blank line each start afresh.
        let starts = trimmed.is_empty()
            || trimmed.starts_with('|')
            || trimmed.starts_with('#')
            || trimmed.starts_with("- ")
            || trimmed.starts_with("* ")
            || trimmed
                .split_once(". ")
                .is_some_and(|(k, _)| k.parse::<u32>().is_ok());
        if fenced || starts {
            before.clear();
        }
        if fenced {
            continue;
        }
        let spans = line.split('`').skip(1).step_by(2);
        // A span without its closing backtick on this line is left alone.
        let spans = spans.take(line.matches('`').count() / 2);
        let links = line.split("](").skip(1).filter_map(|rest| {
            let target = rest.split(')').next()?;
            let target = target.split('#').next()?;
            let outside = target.is_empty() || target.contains(':') || target.contains(' ');
            (!outside).then(|| target.to_string())
        });
        for (path, link) in spans
            .filter(|s| is_path(s))
            .map(|s| (s.to_string(), false))
            .chain(links.map(|l| (l, true)))
        {
            // The repository's own: a link; a path from one of its roots; or, beside such a
            // path in the same row or paragraph, a path or source file's name relative to it
            // (a code map's `present/explain.rs`, `why.rs`). Other paths are another tree's (an
            // export's `friends/friends.json`, a download's folder).
            let first = path.split('/').next().unwrap_or("");
            let beside = !before.is_empty()
                && (path.contains('/')
                    || path
                        .rsplit_once('.')
                        .is_some_and(|(_, e)| SOURCE_ENDINGS.contains(&e)));
            if !(link || (path.contains('/') && roots().any(|r| r == first)) || beside) {
                continue;
            }
            found.push(Named {
                line: n + 1,
                path: path.clone(),
                link,
                before: before.clone(),
            });
            before.push(path);
        }
    }
    found
}

/// Whether a word in backticks is a path: a name with a `/` or a file's ending, not an address
/// (`https://…`, `/*`), a file type (`.csv`), the built site (`dist/…`, `target/…`, a built
/// file by its bare name or pattern) or code.
fn is_path(span: &str) -> bool {
    let path_like = span.chars().any(|c| c.is_ascii_alphabetic())
        && span
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | '*'));
    let ending = span.rsplit_once('.').map(|(_, e)| e);
    let named = span.contains('/') || ending.is_some_and(|e| FILE_ENDINGS.contains(&e));
    let outside = span.starts_with('/')
        || span.starts_with('.')
        || span.starts_with("dist/")
        || span.starts_with("target/")
        || (!span.contains('/') && (span.contains('*') || BUILT.contains(&span)));
    path_like && named && !outside
}

/// A source file, with comments, strings and test modules blanked out.
struct Source {
    /// The path from the crate's root, with `/`.
    name: String,
    path: PathBuf,
    code: String,
}

impl Source {
    /// Every `crate::a::b::…` path in the code, split at `::`, with its line; a `super::…`
    /// path is resolved to the same form.
    fn crate_paths(&self) -> Vec<(usize, Vec<String>)> {
        let mut found = self.super_paths();
        for (n, line) in self.code.lines().enumerate() {
            let mut rest = line;
            while let Some(at) = rest.find("crate::") {
                let before = rest[..at].chars().last();
                rest = &rest[at + "crate::".len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let path: Vec<String> = rest
                    .split("::")
                    .map_while(|part| {
                        let name: String = part
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        (!name.is_empty()).then_some(name)
                    })
                    .collect();
                if !path.is_empty() {
                    found.push((n + 1, path));
                }
            }
        }
        found
    }

    /// Every `super::…` path, written from the crate's root.
    fn super_paths(&self) -> Vec<(usize, Vec<String>)> {
        let Some(module) = self.module() else {
            return Vec::new();
        };
        let mut parent: Vec<String> = module.split("::").map(String::from).collect();
        parent.pop();
        let mut found = Vec::new();
        for (n, line) in self.code.lines().enumerate() {
            for (at, _) in line.match_indices("super::") {
                if line[..at].ends_with("::")
                    || ident_before(
                        &line.chars().collect::<Vec<_>>(),
                        line[..at].chars().count(),
                    )
                {
                    continue;
                }
                let mut path = parent.clone();
                path.extend(line[at + "super::".len()..].split("::").map_while(|part| {
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    (!name.is_empty()).then_some(name)
                }));
                found.push((n + 1, path));
            }
        }
        found
    }

    /// The module this file is (`core::engine`, `web`), or `None` for a binary.
    fn module(&self) -> Option<String> {
        let inner = self.name.strip_prefix("src/")?.strip_suffix(".rs")?;
        if inner.starts_with("bin/") || inner == "lib" {
            return None;
        }
        Some(inner.trim_end_matches("/mod").replace('/', "::"))
    }
}

fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).expect("a source file is UTF-8");
            let name = path
                .strip_prefix(root)
                .expect("under the crate")
                .to_string_lossy()
                .replace('\\', "/");
            Source {
                name,
                code: blank_out(&text),
                path,
            }
        })
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The index in [`LAYERS`] of the folder `path` lies in, if any.
fn layer_of(path: &Path) -> Option<usize> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let first = path.strip_prefix(src).ok()?.components().next()?;
    let first = first.as_os_str().to_str()?;
    LAYERS.iter().position(|l| *l == first)
}

/// The longest prefix of `path` that names one of `files`' modules.
fn module_named(files: &[Source], path: &[String]) -> Option<String> {
    let modules: BTreeSet<String> = files.iter().filter_map(Source::module).collect();
    (1..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| modules.contains(m))
}

/// A circle in `graph`, as the modules along it, if there is one.
fn find_circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        done: &mut BTreeSet<String>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, done, path) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

/// Whether `line` names the crate `krate` as a path's first part.
fn uses_crate(line: &str, krate: &str) -> bool {
    let pattern = format!("{krate}::");
    line.match_indices(&pattern).any(|(at, _)| {
        let before = line[..at].chars().last();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// Every function in `code`: its name, first line and length in lines.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut found = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let Some(name) = function_name(line) else {
            continue;
        };
        // The body starts at the first `{` from here, unless a `;` comes first (a declaration).
        let mut depth = 0usize;
        let mut opened = false;
        'scan: for (m, body) in lines.iter().enumerate().skip(n) {
            for c in body.chars() {
                match c {
                    ';' if !opened => break 'scan,
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' if opened => {
                        depth -= 1;
                        if depth == 0 {
                            found.push((name.clone(), n + 1, m - n + 1));
                            break 'scan;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    found
}

/// The name of the function a line starts, if it starts one.
fn function_name(line: &str) -> Option<String> {
    let mut words = line.split_whitespace().peekable();
    while let Some(word) = words.next() {
        match word {
            "pub" | "const" | "async" | "unsafe" | "extern" | "\"C\"" => continue,
            w if w.starts_with("pub(") => continue,
            "fn" => {
                let name: String = words
                    .next()?
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                return (!name.is_empty()).then_some(name);
            }
            _ => return None,
        }
    }
    None
}

/// `text` with comments, string and character literals, and `#[cfg(test)]` items replaced by
/// spaces, keeping every line break, so that line numbers stay and braces balance.
fn blank_out(text: &str) -> String {
    let code = blank_literals(text);
    blank_test_items(&code)
}

fn blank_literals(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"…", r#"…"#.
            let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            out.push('"');
            i += 2 + hashes;
            while i < chars.len() {
                if chars[i] == '"' && chars[i + 1..].iter().take(hashes).all(|&c| c == '#') {
                    i += 1 + hashes;
                    break;
                }
                out.push(blank(chars[i]));
                i += 1;
            }
            out.push('"');
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < chars.len() {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
            out.push('"');
            i += 1;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{7f}'), or else a lifetime.
            let end = if next == Some('\\') {
                chars
                    .get(i + 3..)
                    .and_then(|rest| rest.iter().position(|&c| c == '\''))
                    .map(|p| i + 3 + p)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(end) => {
                    out.push_str("' '");
                    i = end + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// Blanks each item that follows a `#[cfg(test)]` attribute, up to its closing brace.
fn blank_test_items(code: &str) -> String {
    let mut out = code.to_string();
    while let Some(at) = out.find("#[cfg(test)]") {
        let Some(open) = out[at..].find('{').map(|o| at + o) else {
            break;
        };
        // An item without a body (`#[cfg(test)] use …;`) ends at its semicolon.
        if let Some(semi) = out[at..open].find(';').map(|o| at + o) {
            let blanked = " ".repeat(semi + 1 - at);
            out.replace_range(at..=semi, &blanked);
            continue;
        }
        let mut depth = 0;
        let mut end = out.len();
        for (k, c) in out[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        let blanked: String = out[at..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(at..end, &blanked);
    }
    out
}

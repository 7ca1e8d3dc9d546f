//! Every word a reader sees, made in one place: a catalogue of Project Fluent messages, one
//! folder of `.ftl` files per language under `static/words/`.
//!
//! Code asks for a message by its id with named arguments, `say!("headline-said-yes", count =
//! n)`, and gets the sentence; the grammar (plural categories of CLDR, selectors on a word such
//! as whether a person is the reader) lives in the message, never in Rust, so a translator
//! changes a file and no code. Numbers given as arguments are written the language's way (4,039
//! in English); dates stay in ISO 8601 (2015-04-30), which every language reads and the date
//! fields take.
//!
//! English is embedded in the binary (`include_str!`), so every caller, native or in the page,
//! has it without waiting. The language a thread speaks is [`set_language`]'s; the page speaks
//! one at a time and the command line English. What this leaves out: loading other languages
//! over the network, and the still first screen's words, which `present::first_screen` writes
//! through the same messages.

use std::cell::{Cell, RefCell};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use number::{formatter, write_number, Numbers};

mod number;

pub use fluent_bundle::FluentValue;

/// Each English file, by name, with its text embedded.
macro_rules! english {
    ($($file:literal),* $(,)?) => {
        &[$(($file, include_str!(concat!("../../static/words/en/", $file, ".ftl")))),*]
    };
}

/// English, the catalogue's first language, as embedded: its files (one per part of the
/// page, the same in every language's folder), each with its text.
const ENGLISH: &[(&str, &str)] = english![
    "address", "common", "editor", "explain", "explorer", "figures", "files", "graph", "lists",
    "page", "sandbox", "scale", "share", "storage", "story", "timeline", "whatif", "why", "phone",
];

/// The catalogue's files, the same in every language's folder (`common` for `common.ftl`).
pub fn files() -> impl Iterator<Item = &'static str> {
    ENGLISH.iter().map(|(file, _)| *file)
}

/// A language the catalogue speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the language the words are first written in.
    #[default]
    En,
}

impl Lang {
    /// Every language, in the order a picker lists them.
    pub const ALL: &'static [Lang] = &[Lang::En];

    /// Its BCP 47 code, as in `lang=` and `<html lang>`: "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// The language of a BCP 47 code, by its first part ("en-GB" is English), if the catalogue
    /// speaks it.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// Its catalogue's files: (file, text).
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => ENGLISH,
        }
    }

    /// How it writes numbers: the group separator, the decimal separator, and the fewest
    /// digits a number has before its thousands are grouped (CLDR's minimum grouping digits
    /// plus three: Spanish writes 4039 but 40.390).
    fn numbers(self) -> Numbers {
        match self {
            Lang::En => Numbers {
                group: ',',
                decimal: '.',
                grouped_from: 4,
            },
        }
    }
}

/// Say the message `id` with named arguments, in the thread's language: `say!("id", count =
/// n, name = company)`. Each argument is anything a [`FluentValue`] is made from (a number, a
/// `&str`, a `String`). The id is a literal, so a test can find every id the code uses.
#[macro_export]
macro_rules! say {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::catalogue::say(
            $id,
            &[$((stringify!($name), $crate::catalogue::FluentValue::from($value))),*],
        )
    };
}

/// A message without arguments as a `&'static str`, for the short words (a category's name, a
/// button's label) code hands around as such: `word!("category-likes")`. Each is made once per
/// language and thread and kept, so there are never more of them than messages.
#[macro_export]
macro_rules! word {
    ($id:literal) => {
        $crate::catalogue::word($id)
    };
}

/// The message `id`, without arguments, in the thread's language; [`word!`] is how code calls
/// it.
pub fn word(id: &'static str) -> &'static str {
    let lang = LANGUAGE.with(Cell::get);
    // Looked up by hash: words are asked for in hot loops (a category's name for each of
    // thousands of flows), and there are hundreds of them.
    if let Some(text) = WORDS.with(|words| words.borrow().get(&(lang, id)).copied()) {
        return text;
    }
    let text: &'static str = Box::leak(say(id, &[]).into_boxed_str());
    WORDS.with(|words| words.borrow_mut().insert((lang, id), text));
    text
}

/// The message `id` with `args`, in the thread's language; [`say!`] is how code calls it. A
/// message the language lacks is said in English, and one English lacks (a test forbids it) is
/// its id.
pub fn say(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let lang = LANGUAGE.with(Cell::get);
    let said = with_bundle(lang, |b| format(b, id, args));
    match said {
        Some(text) => text,
        None if lang != Lang::En => {
            with_bundle(Lang::En, |b| format(b, id, args)).unwrap_or_else(|| id.to_string())
        }
        None => id.to_string(),
    }
}

/// A number written the thread's language's way: "4,039".
pub fn number(n: impl Into<f64>) -> String {
    let lang = LANGUAGE.with(Cell::get);
    write_number(n.into(), (0, None), lang.numbers())
}

/// The language this thread speaks from now on.
pub fn set_language(lang: Lang) {
    LANGUAGE.with(|l| l.set(lang));
}

/// The language this thread speaks.
pub fn language() -> Lang {
    LANGUAGE.with(Cell::get)
}

/// Every message of a language's catalogue, parsed: its ids in file order, or what did not
/// parse or was said twice. The test that every language says every message reads this.
pub fn ids(sources: &[(&str, &str)]) -> Result<Vec<String>, Vec<String>> {
    let mut ids = Vec::new();
    let mut problems = Vec::new();
    for (file, text) in sources {
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((_, errors)) => {
                problems.extend(errors.iter().map(|e| format!("{file}.ftl: {e:?}")));
                continue;
            }
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                if ids.contains(&id) {
                    problems.push(format!("{file}.ftl: {id} said twice"));
                }
                ids.push(id);
            }
        }
    }
    if problems.is_empty() {
        Ok(ids)
    } else {
        Err(problems)
    }
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static LANGUAGE: Cell<Lang> = const { Cell::new(Lang::En) };
    static BUNDLES: RefCell<Vec<(Lang, Bundle)>> = const { RefCell::new(Vec::new()) };
    static WORDS: RefCell<FxHashMap<(Lang, &'static str), &'static str>> = RefCell::new(FxHashMap::default());
}

/// Run `f` on `lang`'s bundle, built from its files the first time a thread asks.
fn with_bundle<T>(lang: Lang, f: impl FnOnce(&Bundle) -> T) -> T {
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        let at = match bundles.iter().position(|(l, _)| *l == lang) {
            Some(at) => at,
            None => {
                bundles.push((lang, bundle(lang)));
                bundles.len() - 1
            }
        };
        f(&bundles[at].1)
    })
}

/// A language's bundle. Messages that do not parse are left out (the catalogue's test names
/// them); numbers are written by [`write_number`]; no isolation marks around arguments, since
/// every language so far runs left to right and the marks would reach copied text and exports.
fn bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formatter));
    // NUMBER(), for a message that asks for a number's fraction digits.
    let _ = bundle.add_builtins();
    for (_, text) in lang.sources() {
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                debug_assert!(false, "{}: {errors:?}", lang.code());
                r
            }
        };
        // A second message with the same id is the test's to report; the first stands.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` of `bundle` with `args`, if it has one.
fn format(bundle: &Bundle, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "{id}: {errors:?}");
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_takes_its_arguments_and_its_plural() {
        let top = |consented: u32| {
            say!(
                "headline-top",
                company = "Quiz",
                reached = 4039,
                consented = consented
            )
        };
        assert_eq!(top(0), "Quiz: 4,039 reached, none said yes.");
        assert_eq!(top(1), "Quiz: 4,039 reached, 1 said yes.");
        assert_eq!(say!("no-such-message"), "no-such-message");
    }

    #[test]
    fn a_language_is_known_by_its_first_part() {
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("xx"), None);
        assert_eq!(Lang::parse(""), None);
    }
}

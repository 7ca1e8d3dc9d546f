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
//! The languages are the folders: `build.rs` finds each `static/words/<code>/` with its
//! `language.ftl` (its own name, its direction, how it writes numbers), and [`Lang`] is a
//! handle into that table, so adding a language adds a folder and no Rust. English is
//! embedded in every build, so every caller has it without waiting; natively every language is
//! (the command line and the tests read them); the page adds the reader's language when it has
//! fetched it ([`add_language`]). The pseudo-language `en-XA` ([`Lang::PSEUDO`]) is made from
//! English when asked for. The language a thread speaks is [`set_language`]'s; the page speaks
//! one at a time and the command line English unless told (`--lang`, `lang=`).

use std::cell::{Cell, RefCell};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use number::{formatter, write_number, Numbers};

mod number;
mod pseudo;

pub use fluent_bundle::FluentValue;

mod languages {
    use super::number::Numbers;

    /// A language's folder, as the build found it (`build.rs`).
    pub(super) struct Folder {
        pub(super) code: &'static str,
        pub(super) name: &'static str,
        pub(super) rtl: bool,
        pub(super) numbers: Numbers,
        /// Its files, (file without `.ftl`, text): every language's natively, only English's
        /// in the WebAssembly build.
        pub(super) files: &'static [(&'static str, &'static str)],
    }

    include!(concat!(env!("OUT_DIR"), "/languages.rs"));
}

use languages::FOLDERS;

/// The ids of `language.ftl` that describe the language rather than say anything: read when
/// the app is built, never asked for by code.
pub const SETTINGS: &[&str] = &[
    "language-name",
    "language-direction",
    "number-group",
    "number-decimal",
    "number-grouped-from",
];

/// The catalogue's files, the same in every language's folder (`common` for `common.ftl`):
/// English's, whatever files its folder holds.
pub fn files() -> impl Iterator<Item = &'static str> {
    Lang::EN.sources().iter().map(|(file, _)| *file)
}

/// A language the catalogue speaks: one of the folders of `static/words/` (found when the app
/// is built, `build.rs`), or the pseudo-language `en-XA` made from English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

impl Lang {
    /// English, the language the words are first written in.
    pub const EN: Lang = Lang(0);

    /// The pseudo-language `en-XA`: English accented, about 40% longer, each message
    /// bracketed, so that a test sees any word that did not come from the catalogue. Chosen
    /// only by `lang=en-XA` in the address; never in the picker.
    pub const PSEUDO: Lang = Lang(u8::MAX);

    /// Every language of the catalogue's folders, in the order a picker lists them (English
    /// first, then by code); not the pseudo-language.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..FOLDERS.len()).map(|i| Lang(i as u8))
    }

    fn folder(self) -> &'static languages::Folder {
        FOLDERS.get(self.0 as usize).unwrap_or(&FOLDERS[0])
    }

    /// Its BCP 47 code, as in `lang=` and `<html lang>`: "en", "de", "en-XA".
    pub fn code(self) -> &'static str {
        if self == Lang::PSEUDO {
            "en-XA"
        } else {
            self.folder().code
        }
    }

    /// Its own name, as its picker lists it: "Deutsch".
    pub fn name(self) -> &'static str {
        if self == Lang::PSEUDO {
            "[Éñglíísh]"
        } else {
            self.folder().name
        }
    }

    /// Its direction, as in `<html dir>`: "ltr" or "rtl".
    pub fn direction(self) -> &'static str {
        if self != Lang::PSEUDO && self.folder().rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language of a BCP 47 code, if the catalogue speaks it: the pseudo-language by its
    /// whole code, any other by its first part ("en-GB" is English).
    pub fn parse(code: &str) -> Option<Lang> {
        if code.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::PSEUDO);
        }
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::all().find(|l| l.code() == primary)
    }

    /// Its catalogue's files as embedded: (file, text). Natively every language's; in the
    /// WebAssembly build English's only (the others are added by [`add_language`]); none for
    /// the pseudo-language, which is made from English's.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        if self == Lang::PSEUDO {
            &[]
        } else {
            self.folder().files
        }
    }

    /// How it writes numbers: the group separator, the decimal separator, and the fewest
    /// digits a number has before its thousands are grouped (CLDR's minimum grouping digits
    /// plus three: Spanish writes 4039 but 40.390).
    fn numbers(self) -> Numbers {
        if self == Lang::PSEUDO {
            Lang::EN.folder().numbers
        } else {
            self.folder().numbers
        }
    }
}

/// Whether `lang`'s words are at hand: embedded, made from English, or added.
pub fn has(lang: Lang) -> bool {
    lang == Lang::PSEUDO
        || !lang.sources().is_empty()
        || ADDED.with(|added| added.borrow().iter().any(|(l, _)| *l == lang))
}

/// Adds the language `code`'s words, `text` (every file of its folder one after another), as
/// the page does when the reader chooses a language that is not embedded. Refused, with each
/// problem named, when the code is no folder's or the text does not parse; a message it lacks
/// is said in English.
pub fn add_language(code: &str, text: &str) -> Result<(), Vec<String>> {
    let lang = match Lang::parse(code) {
        Some(l) if l != Lang::PSEUDO && l.code() == code => l,
        _ => return Err(vec![format!("{code}: not a language of the catalogue")]),
    };
    if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
        return Err(errors.iter().map(|e| format!("{code}: {e:?}")).collect());
    }
    ids(&[(code, text)])?;
    ADDED.with(|added| {
        let mut added = added.borrow_mut();
        added.retain(|(l, _)| *l != lang);
        added.push((lang, text.to_string()));
    });
    BUNDLES.with(|b| b.borrow_mut().retain(|(l, _)| *l != lang));
    WORDS.with(|w| w.borrow_mut().retain(|(l, _), _| *l != lang));
    Ok(())
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
        None if lang != Lang::EN => {
            with_bundle(Lang::EN, |b| format(b, id, args)).unwrap_or_else(|| id.to_string())
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
    static LANGUAGE: Cell<Lang> = const { Cell::new(Lang::EN) };
    static ADDED: RefCell<Vec<(Lang, String)>> = const { RefCell::new(Vec::new()) };
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
    for text in texts(lang) {
        let resource = match FluentResource::try_new(text) {
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

/// A language's texts, each a resource: its files as embedded, the text the page added, or
/// English's made pseudo.
fn texts(lang: Lang) -> Vec<String> {
    if lang == Lang::PSEUDO {
        return Lang::EN
            .sources()
            .iter()
            .map(|(_, text)| pseudo::text(text))
            .collect();
    }
    let mut texts: Vec<String> = lang.sources().iter().map(|(_, t)| t.to_string()).collect();
    ADDED.with(|added| {
        let added = added.borrow();
        texts.extend(
            added
                .iter()
                .filter(|(l, _)| *l == lang)
                .map(|(_, t)| t.clone()),
        );
    });
    texts
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
    fn the_pseudo_language_brackets_every_message_and_keeps_its_arguments() {
        set_language(Lang::PSEUDO);
        let said = say!(
            "headline-top",
            company = "Quiz",
            reached = 4039,
            consented = 1
        );
        let words = word!("category-likes");
        set_language(Lang::EN);
        assert!(said.starts_with('[') && said.ends_with(']'), "{said}");
        assert!(
            said.contains("Quiz: 4,039") && said.contains(" 1 "),
            "{said}"
        );
        assert_ne!(said, "[Quiz: 4,039 reached, 1 said yes.]");
        assert_eq!(words, "[lííkéés]");
        for (file, text) in Lang::EN.sources() {
            let made = pseudo::text(text);
            assert_eq!(ids(&[(file, &made)]), ids(&[(file, text)]), "{file}");
        }
    }

    #[test]
    fn a_language_is_added_with_its_text_and_refused_with_its_problems() {
        let other = Lang::all().find(|l| *l != Lang::EN);
        assert!(add_language("xx", "a = b").is_err());
        assert!(add_language("en-XA", "a = b").is_err());
        if let Some(lang) = other {
            assert!(add_language(lang.code(), "tagline = {").is_err());
            add_language(lang.code(), "tagline = Added").unwrap();
            set_language(lang);
            let said = (say!("tagline"), say!("honesty"));
            set_language(Lang::EN);
            assert_eq!(said.0, "Added");
            assert_eq!(said.1, say!("honesty"), "what it lacks is said in English");
        }
    }

    #[test]
    fn a_language_is_known_by_its_first_part() {
        assert_eq!(Lang::parse("en-GB"), Some(Lang::EN));
        assert_eq!(Lang::parse("EN"), Some(Lang::EN));
        assert_eq!(Lang::parse("en-xa"), Some(Lang::PSEUDO));
        assert_eq!(Lang::PSEUDO.code(), "en-XA");
        assert_eq!(Lang::parse("xx"), None);
        assert_eq!(Lang::parse(""), None);
    }
}

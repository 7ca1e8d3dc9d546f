//! The whole view, kept in the URL's hash: `#scenario=partners&step=2&date=2016-06-01&…`.
//!
//! The hash never reaches a server, so a shared link tells nobody what its reader looks at.
//! Reading one never fails: what cannot be read is left at its default and named in a note the
//! page shows, so a mangled or hostile link still opens the app. People and companies are named
//! by id here; [`crate::view::state`] resolves them against the scenario.

use crate::catalogue::Lang;
use crate::core::date::Date;
use crate::core::engine::Mode;
use crate::core::model::FriendPermissions;
use crate::core::model::{Category, CategorySet};
use crate::files::builtin::BUILTINS;
use crate::{say, word};

/// Which controls an embedded view shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Controls {
    /// The story stepper (the time line when the scenario has no story).
    #[default]
    Story,
    /// The time line.
    Timeline,
    /// Both.
    Both,
    /// Only the graph.
    None,
}

impl Controls {
    /// The word the hash uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Controls::Story => "story",
            Controls::Timeline => "timeline",
            Controls::Both => "both",
            Controls::None => "none",
        }
    }

    /// The controls the hash names `word`, if any.
    pub fn parse(word: &str) -> Option<Controls> {
        [
            Controls::Story,
            Controls::Timeline,
            Controls::Both,
            Controls::None,
        ]
        .into_iter()
        .find(|c| c.as_str() == word)
    }
}

/// Light, dark, or as the reader's system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The word the hash uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme the hash names `word`, if any.
    pub fn parse(word: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.as_str() == word)
    }
}

/// A person's settings as a link gives them, by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonSettings {
    /// The person's id.
    pub id: String,
    /// Platform apps on or off.
    pub platform_apps: bool,
    /// "Apps others use".
    pub apps_others_use: CategorySet,
}

/// The view a hash names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Route {
    /// The built-in scenario, by index.
    pub scenario: usize,
    /// The story step, by index (the hash counts from 1).
    pub step: Option<usize>,
    /// The date, if not the scenario's or the step's.
    pub date: Option<Date>,
    /// Access or collected, when not what the scenario (or its story step) shows anyway.
    pub mode: Option<Mode>,
    /// The id of the selected person or company.
    pub select: Option<String>,
    /// Whether the link gives the what-if switches below (else a story step's apply).
    pub what_if_given: bool,
    /// The friend permission switch.
    pub friend_permissions: FriendPermissions,
    /// Whether deals are switched off.
    pub no_deals: bool,
    /// Whether everyone opted out.
    pub everyone_opted_out: bool,
    /// People whose settings are switched.
    pub people: Vec<PersonSettings>,
    /// Whether the table is shown instead of the graph.
    pub table: bool,
    /// Embedded in another page, and with which controls.
    pub embed: Option<Controls>,
    /// The colour theme.
    pub theme: Theme,
    /// The reader's sandbox, kept in their browser, instead of a built-in scenario.
    pub sandbox: bool,
    /// A whole scenario carried by the link itself ([`crate::files::link`]), instead of a built-in one.
    pub data: Option<String>,
    /// The language the page speaks (`lang=de`), when the address names one.
    pub lang: Option<Lang>,
}

/// The longest hash read; anything longer is refused whole.
pub const MAX_HASH: usize = 262_144;

/// Reads `hash` (with or without its leading `#`). `steps(i)` is the number of story steps of
/// built-in scenario `i`. Returns the route and a note for each part that could not be used.
pub fn parse(hash: &str, steps: impl Fn(usize) -> usize) -> (Route, Vec<String>) {
    let mut route = Route::default();
    let mut notes = Vec::new();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.is_empty() {
        return (route, notes);
    }
    if hash.len() > MAX_HASH {
        notes.push(say!(
            "address-too-long",
            length = hash.len(),
            limit = MAX_HASH
        ));
        return (route, notes);
    }
    let mut step = None;
    for part in hash.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let (key, value) = (decode(key), decode(value));
        if matches!(key.as_str(), "fp" | "deals" | "optout" | "set") {
            route.what_if_given = true;
        }
        let read = which_scenario(&mut route, &mut step, &key, &value)
            .or_else(|| what_is_shown(&mut route, &key, &value))
            .or_else(|| what_if(&mut route, &key, &value))
            .or_else(|| how_it_looks(&mut route, &key, &value));
        match read {
            Some(Ok(())) => {}
            Some(Err(note)) => notes.push(note),
            None => notes.push(say!("address-unknown", value = clip(&key))),
        }
    }
    one_scenario(&mut route, &mut notes);
    if let Some(n) = step {
        let count = steps(route.scenario);
        // A sandbox's or a link's own story is counted once its scenario is read
        // (`State::from_route`).
        if n <= count || route.sandbox || route.data.is_some() {
            route.step = Some(n - 1);
        } else {
            notes.push(say!("address-no-such-step", steps = count, step = n));
        }
    }
    (route, notes)
}

/// What reading one `key=value` of the hash came to: `None` when the key is not of the family
/// asked, else used, or the note that says why not.
type Read = Option<Result<(), String>>;

/// The note for a `value` that is not `what`.
fn ignored(value: &str, what: &str) -> Read {
    Some(Err(say!(
        "address-ignored",
        value = clip(value),
        what = what
    )))
}

/// Which scenario, and which step of its story (`step`, counted from 1, checked once the
/// scenario is known): `sandbox`, `data`, `scenario`, `step`.
fn which_scenario(route: &mut Route, step: &mut Option<usize>, key: &str, value: &str) -> Read {
    match key {
        "sandbox" => route.sandbox = true,
        "data" if !value.is_empty() => route.data = Some(value.to_string()),
        "scenario" => match BUILTINS.iter().position(|b| b.slug == value) {
            Some(i) => route.scenario = i,
            None => return Some(Err(say!("address-no-such-scenario", value = clip(value)))),
        },
        "step" => match value.parse::<usize>() {
            Ok(n) if n >= 1 => *step = Some(n),
            _ => return Some(Err(say!("address-not-a-step", value = clip(value)))),
        },
        _ => return None,
    }
    Some(Ok(()))
}

/// What the view shows of it: `date`, `mode`, `select`, `view`.
fn what_is_shown(route: &mut Route, key: &str, value: &str) -> Read {
    match key {
        "date" => match Date::parse(value) {
            Ok(d) => route.date = Some(d),
            Err(_) => return ignored(value, word!("address-what-date")),
        },
        "mode" => match Mode::parse(value) {
            Some(mode) => route.mode = Some(mode),
            None => return ignored(value, word!("address-what-mode")),
        },
        "select" if !value.is_empty() => route.select = Some(value.to_string()),
        "view" => match value {
            "table" => route.table = true,
            "graph" => route.table = false,
            _ => return ignored(value, word!("address-what-view")),
        },
        _ => return None,
    }
    Some(Ok(()))
}

/// The what-if switches: `fp`, `deals`, `optout`, `set` (a person's settings, once each).
fn what_if(route: &mut Route, key: &str, value: &str) -> Read {
    match key {
        "fp" => match FriendPermissions::parse(value) {
            Some(fp) => route.friend_permissions = fp,
            None => return ignored(value, word!("address-what-friend-permissions")),
        },
        "deals" => match value {
            "off" => route.no_deals = true,
            "on" => route.no_deals = false,
            _ => return ignored(value, word!("address-what-on-off")),
        },
        "optout" => match value {
            "on" => route.everyone_opted_out = true,
            "off" => route.everyone_opted_out = false,
            _ => return ignored(value, word!("address-what-on-off")),
        },
        "set" => match person_settings(value) {
            Some(p) => route.people.push(p),
            None => return ignored(value, word!("address-what-settings")),
        },
        _ => return None,
    }
    Some(Ok(()))
}

/// How the page looks: `embed` (and with which controls), `theme`.
fn how_it_looks(route: &mut Route, key: &str, value: &str) -> Read {
    match key {
        // A bare `embed`, or `embed=1`, means the story.
        "embed" => match value {
            "" | "1" => route.embed = Some(Controls::Story),
            word => match Controls::parse(word) {
                Some(c) => route.embed = Some(c),
                None => return ignored(value, word!("address-what-embed")),
            },
        },
        "theme" => match Theme::parse(value) {
            Some(theme) => route.theme = theme,
            None => return ignored(value, word!("address-what-theme")),
        },
        "lang" => match Lang::parse(value) {
            Some(lang) => route.lang = Some(lang),
            None => return ignored(value, word!("address-what-language")),
        },
        _ => return None,
    }
    Some(Ok(()))
}

/// Leaves one scenario named when the link names more than one, saying so: the one the link
/// carries before the reader's sandbox, and the sandbox before a built-in.
fn one_scenario(route: &mut Route, notes: &mut Vec<String>) {
    if route.sandbox && route.data.is_none() && route.scenario != 0 {
        // The sandbox is shown: a built-in named beside it has no place in the view.
        route.scenario = 0;
        notes.push(say!("address-sandbox-and-builtin"));
    }
    if route.data.is_some() && (route.sandbox || route.scenario != 0) {
        // These name other scenarios; the one the link carries is the one it was made for.
        let other = if route.sandbox { "sandbox" } else { "builtin" };
        route.sandbox = false;
        route.scenario = 0;
        notes.push(say!("address-two-scenarios", other = other));
    }
}

/// `id:1:name.likes` (the id may itself hold colons).
fn person_settings(value: &str) -> Option<PersonSettings> {
    let mut parts = value.rsplitn(3, ':');
    let cats = parts.next()?;
    let platform = parts.next()?;
    let id = parts.next().filter(|id| !id.is_empty())?;
    let platform_apps = match platform {
        "1" => true,
        "0" => false,
        _ => return None,
    };
    let mut apps_others_use = CategorySet::EMPTY;
    for c in cats.split('.').filter(|c| !c.is_empty()) {
        apps_others_use.insert(Category::parse(c)?);
    }
    Some(PersonSettings {
        id: id.to_string(),
        platform_apps,
        apps_others_use,
    })
}

/// The hash of `route`, with its `#`; defaults are left out.
pub fn format(route: &Route) -> String {
    let mut parts = if let Some(data) = &route.data {
        vec![format!("data={data}")]
    } else if route.sandbox {
        vec!["sandbox".to_string()]
    } else {
        vec![format!(
            "scenario={}",
            BUILTINS.get(route.scenario).map_or("", |b| b.slug)
        )]
    };
    if let Some(i) = route.step {
        parts.push(format!("step={}", i + 1));
    }
    if let Some(d) = route.date {
        parts.push(format!("date={d}"));
    }
    if let Some(mode) = route.mode {
        parts.push(format!("mode={}", mode.as_str()));
    }
    if let Some(id) = &route.select {
        parts.push(format!("select={}", encode(id)));
    }
    if route.what_if_given {
        parts.push(format!("fp={}", route.friend_permissions.as_str()));
        parts.push(format!(
            "deals={}",
            if route.no_deals { "off" } else { "on" }
        ));
        parts.push(format!(
            "optout={}",
            if route.everyone_opted_out {
                "on"
            } else {
                "off"
            }
        ));
    }
    for p in route.people.iter().filter(|_| route.what_if_given) {
        let cats: Vec<&str> = p.apps_others_use.iter().map(|c| c.as_str()).collect();
        parts.push(format!(
            "set={}",
            encode(&format!(
                "{}:{}:{}",
                p.id,
                u8::from(p.platform_apps),
                cats.join(".")
            ))
        ));
    }
    if route.table {
        parts.push("view=table".into());
    }
    if let Some(c) = route.embed {
        parts.push(format!("embed={}", c.as_str()));
    }
    if route.theme != Theme::Auto {
        parts.push(format!("theme={}", route.theme.as_str()));
    }
    with_lang(format!("#{}", parts.join("&")), route.lang)
}

/// `hash` with `lang=<code>` at its end, when `lang` is given: how every address (a view's,
/// "At scale"'s, "Your data"'s) says its language.
pub fn with_lang(hash: String, lang: Option<Lang>) -> String {
    match lang {
        Some(lang) if hash.len() > 1 => format!("{hash}&lang={}", lang.code()),
        Some(lang) => format!("#lang={}", lang.code()),
        None => hash,
    }
}

/// `hash` without its `lang=` part, and what that part said: the language, or the note on a
/// code the catalogue does not speak. "At scale"'s and "Your data"'s addresses are read so.
pub fn take_lang(hash: &str) -> (String, Option<Lang>, Option<String>) {
    let mut route = Route::default();
    let mut note = None;
    let kept: Vec<&str> = hash
        .split('&')
        .filter(|part| match part.strip_prefix("lang=") {
            Some(value) => {
                if let Some(Err(n)) = how_it_looks(&mut route, "lang", &decode(value)) {
                    note = Some(n);
                }
                false
            }
            None => true,
        })
        .collect();
    (kept.join("&"), route.lang, note)
}

/// Percent-encodes everything but letters, digits and `-_.~:`.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~:".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Undoes percent-encoding (`%3C` is `<`); invalid escapes are kept as they are.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A value cut short and stripped of control characters, to quote it in a note.
fn clip(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).take(40).collect();
    if text.chars().count() > 40 {
        format!("{clean}…")
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(_: usize) -> usize {
        5
    }

    #[test]
    fn a_link_to_the_sandbox_does_not_also_name_a_built_in_one() {
        let (route, notes) = parse("#scenario=partners&sandbox", steps);
        assert!(route.sandbox);
        assert_eq!(route.scenario, 0);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert_eq!(parse(&format(&route), steps), (route, vec![]));
    }

    #[test]
    fn a_link_carrying_a_scenario_does_not_also_name_a_built_in_one() {
        let (route, notes) = parse("#scenario=partners&data=abc", steps);
        assert_eq!((route.scenario, route.data.as_deref()), (0, Some("abc")));
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert_eq!(parse(&format(&route), steps), (route, vec![]));
    }

    #[test]
    fn a_link_carrying_a_scenario_does_not_also_open_the_sandbox() {
        let (route, notes) = parse("#sandbox&data=abc", steps);
        assert!(!route.sandbox);
        assert_eq!(route.data.as_deref(), Some("abc"));
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert_eq!(parse(&format(&route), steps).0, route);
    }

    #[test]
    fn round_trips() {
        let full = Route {
            scenario: 2,
            step: Some(3),
            date: Some(Date::parse("2016-06-01").unwrap()),
            mode: Some(Mode::Collected),
            select: Some("odd id&=:%".into()),
            what_if_given: true,
            friend_permissions: FriendPermissions::Never,
            no_deals: true,
            everyone_opted_out: true,
            people: vec![
                PersonSettings {
                    id: "dan".into(),
                    platform_apps: false,
                    apps_others_use: CategorySet::EMPTY,
                },
                PersonSettings {
                    id: "a:b".into(),
                    platform_apps: true,
                    apps_others_use: [Category::Name, Category::Likes].into_iter().collect(),
                },
            ],
            table: true,
            embed: Some(Controls::Timeline),
            theme: Theme::Dark,
            sandbox: false,
            data: None,
            lang: Lang::parse("de"),
        };
        let given_defaults = Route {
            what_if_given: true,
            ..Route::default()
        };
        let sandbox = Route {
            sandbox: true,
            step: Some(0),
            ..Route::default()
        };
        let data = Route {
            data: Some("eJzLSM3JyQcABiwCFQ".into()),
            date: Some(Date::parse("2014-01-01").unwrap()),
            ..Route::default()
        };
        for route in [
            full,
            given_defaults,
            sandbox,
            data,
            Route {
                scenario: 1,
                ..Route::default()
            },
            Route::default(),
        ] {
            assert_eq!(parse(&format(&route), steps), (route, vec![]));
        }
        assert_eq!(
            format(&Route {
                scenario: 2,
                step: Some(0),
                ..Route::default()
            }),
            "#scenario=partners&step=1"
        );
    }

    #[test]
    fn every_word_names_one_value_and_reads_back() {
        for c in [
            Controls::Story,
            Controls::Timeline,
            Controls::Both,
            Controls::None,
        ] {
            assert_eq!(Controls::parse(c.as_str()), Some(c));
        }
        for t in [Theme::Auto, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::parse(t.as_str()), Some(t));
        }
        for m in [Mode::Access, Mode::Collected] {
            assert_eq!(Mode::parse(m.as_str()), Some(m));
        }
        assert_eq!((Theme::parse("pink"), Controls::parse("1")), (None, None));
    }

    #[test]
    fn mangled_hashes_fall_back_with_a_note() {
        let (r, notes) = parse("#scenario=nope&step=99&evil=<script>", steps);
        assert_eq!(r, Route::default());
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes[0].contains("\"nope\""));
        assert!(notes[1].contains("\"evil\""));
        assert!(notes[2].contains("no step 99"));
        let (r, notes) = parse("#step=-1&&=&scenario&date=2015-02-30&mode=x&set=dan:2:&set=:1:&set=x:1:shoe&theme=pink", steps);
        assert_eq!(
            r,
            Route {
                what_if_given: true,
                ..Route::default()
            }
        );
        assert_eq!(notes.len(), 9, "{notes:#?}");
        let (r, notes) = parse(&"#".repeat(9000), steps);
        assert_eq!((r, notes.len()), (Route::default(), 1));
        let (_, notes) = parse("#scenario=\u{0}\u{1b}[31m", steps);
        assert!(!notes[0].contains('\u{1b}'));
        let (r, notes) = parse("#scenario=%70artners&step=%32", steps);
        assert_eq!(
            (r, notes),
            (
                Route {
                    scenario: 2,
                    step: Some(1),
                    ..Route::default()
                },
                vec![]
            )
        );
        let (_, notes) = parse("#scenario=%3Cb%3E%zz%E2%82", steps);
        assert!(notes[0].contains("\"<b>%zz\u{fffd}\""), "{notes:?}");
    }
}

//! The "At scale" view in the URL hash: `#scale&model=facebook-like&people=100000&…`.
//!
//! The view stands apart from the scenarios': it has no scenario, only a generated network and
//! the reader's setting, so it has its own hash, told apart by its first word `scale`. Reading
//! never fails: what cannot be used is left at its default and named in a note. Defaults are
//! left out of the hash, so `#scale` alone opens the default network.

use crate::core::scale::{Model, Params, Setting, Share};
use crate::view::route::Theme;
use crate::{say, word};

/// The whole "At scale" view.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleView {
    /// The network.
    pub params: Params,
    /// The share of people who install the quiz, from 0 to 1.
    pub install: f64,
    /// The share who narrowed "Apps others use", from 0 to 1.
    pub opt_out: f64,
    /// Whether friend permissions are open.
    pub open: bool,
    /// Embedded in another page.
    pub embed: bool,
    /// The colour theme.
    pub theme: Theme,
}

/// The network shown first: a hundred thousand people with Pew's friend counts.
pub const DEFAULT_PARAMS: Params = Params {
    model: Model::FacebookLike,
    people: 100_000,
    friends: 338,
    seed: 1,
};

/// The people of the network a phone is shown first (the "At scale" tab at a phone's width):
/// generated in well under a second where a hundred thousand take many on a slow phone.
pub const PHONE_PEOPLE: u32 = 10_000;

/// The install rate shown first: 270,000 installers of 1.32 billion monthly users, about 0.02%.
pub const DEFAULT_INSTALL: f64 = 0.0002;

impl Default for ScaleView {
    fn default() -> Self {
        ScaleView {
            params: DEFAULT_PARAMS,
            install: DEFAULT_INSTALL,
            opt_out: 0.0,
            open: true,
            embed: false,
            theme: Theme::Auto,
        }
    }
}

impl ScaleView {
    /// The reader's setting.
    pub fn setting(&self) -> Setting {
        Setting {
            install: Share::of(self.install),
            narrowed: Share::of(self.opt_out),
            open: self.open,
        }
    }

    /// The command line that writes this network and setting as a scenario file.
    pub fn command(&self) -> String {
        let p = &self.params;
        let mut c = format!(
            "spillover-cli generate --model {} --people {} --friends {} --seed {} --install-rate {}",
            p.model.as_str(),
            p.people,
            p.friends,
            p.seed,
            self.install
        );
        if self.opt_out > 0.0 {
            c.push_str(&format!(" --opt-out {}", self.opt_out));
        }
        if !self.open {
            c.push_str(" --permissions closed");
        }
        c
    }
}

/// The HTML a lesson page pastes to embed the view at `address` (with `embed` in its hash):
/// the frame and the loader that sizes it, as the scenarios' embeds have.
pub fn snippet(address: &str) -> String {
    let base = address.split('#').next().unwrap_or("");
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    format!(
        "<iframe src=\"{}\" title=\"Spillover: at scale\" width=\"100%\" height=\"1600\" style=\"border:0;width:100%\" loading=\"lazy\" data-spillover></iframe>\n<script src=\"{}embed.js\" async></script>",
        escape(address),
        escape(base)
    )
}

/// Whether `hash` (with or without its `#`) names the "At scale" view.
pub fn is_scale(hash: &str) -> bool {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&').next() == Some("scale")
}

/// The view a phone opens at `hash`, when that differs from [`parse`]'s: an "At scale" link
/// that names no size opens a phone-sized network ([`PHONE_PEOPLE`]), as the tab does on a
/// phone; a link that names its size (`people=`) keeps it, and any other hash is not At scale.
pub fn on_phone(hash: &str) -> Option<ScaleView> {
    let parts = hash.strip_prefix('#').unwrap_or(hash).split('&').skip(1);
    if !is_scale(hash) || parts.clone().any(|p| p.split('=').next() == Some("people")) {
        return None;
    }
    let (mut view, _) = parse(hash);
    view.params.people = PHONE_PEOPLE;
    Some(view)
}

/// Reads an "At scale" hash, with a note for each part that could not be used.
pub fn parse(hash: &str) -> (ScaleView, Vec<String>) {
    let mut view = ScaleView::default();
    let mut notes = Vec::new();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    for part in hash.split('&').skip(1).filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let mut bad = |what: &str| {
            let shown: String = value.chars().take(40).collect();
            notes.push(say!("address-ignored", value = shown, what = what));
        };
        let p = &mut view.params;
        match key {
            "model" => match Model::parse(value) {
                Some(m) => p.model = m,
                None => bad(word!("address-what-model")),
            },
            "people" => match value.parse() {
                Ok(n) => p.people = n,
                Err(_) => bad(word!("address-what-people")),
            },
            "friends" => match value.parse() {
                Ok(n) => p.friends = n,
                Err(_) => bad(word!("address-what-friends")),
            },
            "seed" => match value.parse() {
                Ok(n) => p.seed = n,
                Err(_) => bad(word!("address-what-seed")),
            },
            "install" => match rate(value) {
                Some(r) => view.install = r,
                None => bad(word!("address-what-install")),
            },
            "optout" => match rate(value) {
                Some(r) => view.opt_out = r,
                None => bad(word!("address-what-share")),
            },
            "fp" => match value {
                "open" => view.open = true,
                "closed" => view.open = false,
                _ => bad(word!("address-what-open-closed")),
            },
            "embed" => view.embed = true,
            "theme" => match Theme::parse(value) {
                Some(t) => view.theme = t,
                None => bad(word!("address-what-theme")),
            },
            _ => {
                let shown: String = key.chars().take(40).collect();
                notes.push(say!("address-scale-unknown", value = shown));
            }
        }
    }
    if view.params.check().is_err() {
        notes.push(say!(
            "address-scale-too-big",
            // As the link wrote them, not grouped: the reader finds them in the address.
            people = view.params.people.to_string(),
            friends = view.params.friends.to_string(),
        ));
        view.params = DEFAULT_PARAMS;
    }
    (view, notes)
}

fn rate(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|r| (0.0..=1.0).contains(r))
}

/// The hash of `view`, with its `#`; defaults are left out.
pub fn format(view: &ScaleView) -> String {
    let d = ScaleView::default();
    let mut parts = vec!["#scale".to_string()];
    let (p, dp) = (&view.params, &d.params);
    if p.model != dp.model {
        parts.push(format!("model={}", p.model.as_str()));
    }
    if p.people != dp.people {
        parts.push(format!("people={}", p.people));
    }
    if p.friends != dp.friends {
        parts.push(format!("friends={}", p.friends));
    }
    if p.seed != dp.seed {
        parts.push(format!("seed={}", p.seed));
    }
    if view.install != d.install {
        parts.push(format!("install={}", view.install));
    }
    if view.opt_out != d.opt_out {
        parts.push(format!("optout={}", view.opt_out));
    }
    if !view.open {
        parts.push("fp=closed".into());
    }
    if view.embed {
        parts.push("embed".into());
    }
    if view.theme != Theme::Auto {
        parts.push(format!("theme={}", view.theme.as_str()));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_opens_a_link_that_names_no_size_at_a_phone_sized_network() {
        let v = on_phone("#scale&install=0.01&friends=50").expect("no size named");
        assert_eq!(v.params.people, PHONE_PEOPLE);
        assert_eq!((v.install, v.params.friends), (0.01, 50));
        assert_eq!(
            on_phone("#scale").map(|v| v.params.people),
            Some(PHONE_PEOPLE)
        );
        // A link that names its size keeps it, and other views are not At scale.
        assert_eq!(on_phone("#scale&people=100000"), None);
        assert_eq!(on_phone("#scale&people=1000&install=0.01"), None);
        assert_eq!(on_phone("#scenario=friends"), None);
        assert_eq!(on_phone(""), None);
    }

    #[test]
    fn a_view_reads_back_from_its_own_hash() {
        let views = [
            ScaleView::default(),
            ScaleView {
                params: Params {
                    model: Model::WattsStrogatz,
                    people: 1_000_000,
                    friends: 20,
                    seed: 77,
                },
                install: 0.035,
                opt_out: 0.25,
                open: false,
                embed: true,
                theme: Theme::Dark,
            },
        ];
        for v in views {
            let hash = format(&v);
            assert!(is_scale(&hash));
            assert_eq!(parse(&hash), (v, vec![]));
        }
        assert_eq!(format(&ScaleView::default()), "#scale");
    }

    #[test]
    fn what_cannot_be_used_is_named_and_left_at_its_default() {
        let (v, notes) = parse("#scale&install=7&model=erdos&people=5&zoom=2");
        assert_eq!(
            on_phone("#scale&install=7&model=erdos&people=5&zoom=2"),
            None
        );
        assert_eq!(v.install, DEFAULT_INSTALL);
        assert_eq!(v.params, DEFAULT_PARAMS);
        assert_eq!(notes.len(), 4, "{notes:?}");
        assert!(notes[0].contains("\"7\" is not an install rate"));
        assert!(notes[3].contains("5 people with 338 friends each, which cannot be generated"));
        assert!(!is_scale("#scenario=friends"));
        assert!(!is_scale("#scaled"));
    }

    #[test]
    fn the_command_names_every_choice() {
        let v = ScaleView {
            opt_out: 0.1,
            open: false,
            ..ScaleView::default()
        };
        assert_eq!(v.command(), "spillover-cli generate --model facebook-like --people 100000 --friends 338 --seed 1 --install-rate 0.0002 --opt-out 0.1 --permissions closed");
    }
}

//! The "At scale" view's words and geometry: the install rates the slider walks, the figures in
//! words, the plot of reach against install rate (with the real event of 2018 as a range, not a
//! point), the sample the picture draws, and the story from one installer to up to 87 million.
//! The numbers come from [`crate::core::scale::Reach`]; nothing here touches the browser.
//!
//! Every claim about the real event names its sources by id ([`SOURCES`]), and the words say
//! what the plot cannot: the 2018 range is Facebook's figures placed on all monthly users by our
//! arithmetic, and a generated network passing near it confirms nothing.

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};

use crate::catalogue::FluentValue;
use crate::core::scale::{chance_any, Bins, Fate, Figures, Model, Reach, Setting, Share};
use crate::files::limits::thousands;
use crate::{say, word};

/// The install rates the slider walks, from 0.001% to 100%: six a decade (1, 1.5, 2, 3, 5, 7).
pub fn rates() -> Vec<f64> {
    let mut out = Vec::new();
    for decade in [100_000.0, 10_000.0, 1_000.0, 100.0, 10.0] {
        for m in [1.0, 1.5, 2.0, 3.0, 5.0, 7.0] {
            out.push(m / decade);
        }
    }
    out.push(1.0);
    out
}

/// The slider position nearest `rate` (on the log scale).
pub fn nearest(rates: &[f64], rate: f64) -> usize {
    let at = |r: f64| r.max(1e-9).log10();
    (0..rates.len())
        .min_by(|&a, &b| {
            let (da, db) = (
                (at(rates[a]) - at(rate)).abs(),
                (at(rates[b]) - at(rate)).abs(),
            );
            da.total_cmp(&db)
        })
        .unwrap_or(0)
}

/// The smallest of `rates` at which the person with install key `key` (the network's smallest)
/// installs: the slider's place for "one person installs".
pub fn first_installer(rates: &[f64], key: u32) -> f64 {
    rates
        .iter()
        .copied()
        .find(|&r| Share::of(r).takes(key))
        .unwrap_or(1.0)
}

/// A share as a reader reads it: "0.02%", "6.6%", "100%".
pub fn percent(rate: f64) -> String {
    let p = rate * 100.0;
    let (value, digits) = if p == 0.0 {
        (0.0, 0)
    } else if p.fract() == 0.0 || (p >= 10.0 && p.round() < 100.0) {
        (p, 0)
    } else if p >= 10.0 {
        // Not quite everyone is not "100%".
        (p.min(99.9), 1)
    } else if p >= 1.0 {
        (p, 1)
    } else {
        // Two significant digits below 1%.
        (p, (-p.log10().floor()) as usize + 1)
    };
    // Rounded as the figure is shown, so that a trailing zero is dropped ("6.6%", not
    // "6.60%"); the catalogue writes the number the language's way ("6,6 %" in German).
    let rounded = format!("{value:.digits$}").parse().unwrap_or(value);
    let number = FluentNumber::new(
        rounded,
        FluentNumberOptions {
            maximum_fraction_digits: Some(digits),
            ..FluentNumberOptions::default()
        },
    );
    say!("number-percent", value = FluentValue::Number(number))
}

/// `n` out of `of` as a percentage.
fn share_of(n: u32, of: u32) -> String {
    percent(f64::from(n) / f64::from(of.max(1)))
}

/// The model's name as the page offers it.
pub fn model_name(model: Model) -> &'static str {
    match model {
        Model::FacebookLike => word!("model-facebook-like"),
        Model::BarabasiAlbert => word!("model-barabasi-albert"),
        Model::WattsStrogatz => word!("model-watts-strogatz"),
    }
}

/// One figure: its name, its value, and what it is out of.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// What it counts.
    pub name: &'static str,
    /// The figure.
    pub value: String,
    /// Its share, or what it means.
    pub note: String,
}

/// The whole network's figures as lines.
pub fn lines(f: &Figures) -> Vec<Line> {
    vec![
        Line {
            name: word!("scale-installed"),
            value: thousands(f.installers as usize),
            note: say!(
                "scale-installed-note",
                share = share_of(f.installers, f.people),
                people = f.people,
            ),
        },
        Line {
            name: word!("scale-reached"),
            value: thousands(f.reached as usize),
            note: say!("scale-reached-note", share = share_of(f.reached, f.people)),
        },
        Line {
            name: word!("scale-without"),
            value: thousands(f.without_consent as usize),
            note: say!(
                "scale-without-note",
                share = share_of(f.without_consent, f.reached)
            ),
        },
        Line {
            name: word!("scale-per-installer"),
            value: if f.installers == 0 {
                say!("scale-none-installed")
            } else {
                say!("scale-per-installer-value", ratio = f.per_installer())
            },
            note: say!("scale-per-installer-note"),
        },
    ]
}

/// One sentence of the figures, for the live region.
pub fn spoken(f: &Figures) -> String {
    say!(
        "scale-spoken",
        installed = f.installers,
        reached = f.reached,
        share = share_of(f.reached, f.people),
        without = f.without_consent,
    )
}

/// The figures the install rate moves, in one short line beside its slider: "1,000 installed
/// (1%): 45,000 reached (45%)". The share who did install is said beside the count: each person
/// installs at the slider's rate by chance, so on a small network the two can differ.
pub fn readout(f: &Figures) -> String {
    say!(
        "scale-readout",
        installed = f.installers,
        installed_share = share_of(f.installers, f.people),
        reached = f.reached,
        share = share_of(f.reached, f.people),
    )
}

/// Facebook's monthly users on 30 June 2014 (its second-quarter results), the population the
/// 2018 range is placed on.
pub const MONTHLY_USERS_2014: f64 = 1.32e9;
/// Installers of "thisisyourdigitallife": "approximately 270,000" (Facebook, 16 March 2018).
pub const INSTALLERS_2018: f64 = 270_000.0;
/// Installers as Facebook's chief executive gave them: "around 300,000" (21 March 2018).
pub const INSTALLERS_2018_HIGH: f64 = 300_000.0;
/// The most people whose information may have been shared: "up to 87 million" (Facebook,
/// 4 April 2018). An upper bound, not a count.
pub const REACHED_2018: f64 = 87_000_000.0;

/// A plot's size and margins, in its own units. Its text is 14 units high: the wide frame
/// fills a laptop's column, the narrow one a phone's (about 340 px, so the text stays 12 px or
/// more there); the page draws both and its style sheet shows the one that fits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

impl Frame {
    /// A laptop's: the right margin holds half of "100%" written under the axis's end.
    pub const WIDE: Frame = Frame {
        w: 640.0,
        h: 340.0,
        left: 58.0,
        right: 26.0,
        top: 14.0,
        bottom: 46.0,
    };
    /// A phone's.
    pub const NARROW: Frame = Frame {
        w: 340.0,
        h: 280.0,
        left: 56.0,
        right: 22.0,
        top: 14.0,
        bottom: 46.0,
    };

    fn x(&self, rate: f64) -> f64 {
        let t = (rate.max(X_MIN).log10() - X_MIN.log10()) / -X_MIN.log10();
        self.left + t * (self.w - self.left - self.right)
    }

    fn y(&self, share: f64) -> f64 {
        self.h - self.bottom - share.clamp(0.0, 1.0) * (self.h - self.top - self.bottom)
    }
}

/// The wide plot's width.
pub const PLOT_W: f64 = Frame::WIDE.w;
/// The wide plot's height.
pub const PLOT_H: f64 = Frame::WIDE.h;
/// The smallest install rate on the plot: one in 100,000.
const X_MIN: f64 = 1e-5;

/// The install rates the curve is computed at: 121 points evenly spaced on the log scale.
pub fn curve_rates() -> Vec<Share> {
    (0..=120)
        .map(|j| Share::of(10f64.powf(-5.0 + 5.0 * f64::from(j) / 120.0)))
        .collect()
}

/// The rates of the plot's table (its text alternative), the 2018 rate among them.
pub fn table_rates() -> Vec<f64> {
    vec![
        0.00001,
        0.0001,
        INSTALLERS_2018 / MONTHLY_USERS_2014,
        0.001,
        0.01,
        0.1,
        1.0,
    ]
}

/// A point of the plot, in its units, with what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// In words.
    pub label: String,
}

/// A tick on an axis: where, and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Along the axis, in the plot's units.
    pub at: f64,
    /// What it reads.
    pub label: String,
}

/// A row of the plot's table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The install rate.
    pub rate: String,
    /// Installers.
    pub installers: String,
    /// People reached.
    pub reached: String,
    /// Their share of everyone.
    pub share: String,
}

/// The curve for one narrowing and policy: it changes only with them, not with the install rate.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    /// The curve, as an SVG path in the wide frame.
    pub path: String,
    /// The same in the narrow frame.
    pub narrow: String,
    /// The text alternative's rows.
    pub rows: Vec<Row>,
}

/// A range of the plot, in its units, with what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Range {
    /// Left edge.
    pub left: f64,
    /// Right edge.
    pub right: f64,
    /// Top edge: the most.
    pub top: f64,
    /// Bottom edge: the least.
    pub bottom: f64,
    /// In words.
    pub label: String,
    /// In a few words, beside it on the plot: "2018: up to 6.6%".
    pub short: String,
}

/// Everything else the plot draws: the axes, the real event's range and the reader's point.
#[derive(Clone, Debug, PartialEq)]
pub struct Plot {
    /// The install-rate axis.
    pub x_ticks: Vec<Tick>,
    /// The reached axis.
    pub y_ticks: Vec<Tick>,
    /// The plotting area: left, top, right, bottom.
    pub area: (f64, f64, f64, f64),
    /// The real event of 2018: a range of installers, and up to 87 million reached.
    pub real: Range,
    /// The reader's setting.
    pub reader: Marker,
}

fn x_of(rate: f64) -> f64 {
    Frame::WIDE.x(rate)
}

fn y_of(share: f64) -> f64 {
    Frame::WIDE.y(share)
}

/// Every install share the plot and its table need, ascending.
fn plotted_shares() -> Vec<Share> {
    let table = table_rates().into_iter().map(Share::of);
    let mut at: Vec<Share> = curve_rates().into_iter().chain(table).collect();
    at.sort_unstable();
    at.dedup();
    at
}

/// Where each person of `reach` falls on the plot's shares: once per network ([`curve`] needs it).
pub fn bins(reach: &Reach) -> Bins {
    reach.bins(&plotted_shares())
}

/// The curve of people reached against install rate in `reach` (placed on the plot by `bins`),
/// with this narrowing and policy, and its table: one pass over the people for both.
pub fn curve(reach: &Reach, bins: &Bins, narrowed: Share, open: bool) -> Curve {
    let people = f64::from(reach.people());
    let drawn = curve_rates();
    let table: Vec<Share> = table_rates().into_iter().map(Share::of).collect();
    let at = plotted_shares();
    let counts = bins.curve(reach, narrowed, open);
    let count = |s: &Share| counts[at.binary_search(s).unwrap_or(0)];
    let path_in = |frame: Frame| {
        let mut path = String::with_capacity(drawn.len() * 16);
        for (j, s) in drawn.iter().enumerate() {
            let cmd = if j == 0 { 'M' } else { 'L' };
            let (reached, _) = count(s);
            path.push_str(&format!(
                "{cmd}{:.1} {:.1}",
                frame.x(s.rate()),
                frame.y(f64::from(reached) / people)
            ));
        }
        path
    };
    let rows = table
        .iter()
        .zip(table_rates())
        .map(|(s, rate)| {
            let (reached, installers) = count(s);
            Row {
                rate: percent(rate),
                installers: thousands(installers as usize),
                reached: thousands(reached as usize),
                share: percent(f64::from(reached) / people),
            }
        })
        .collect();
    Curve {
        path: path_in(Frame::WIDE),
        narrow: path_in(Frame::NARROW),
        rows,
    }
}

/// The plot's axes, the 2018 range, and the reader's point for the figures `f` at the install
/// rate `install`, in the wide frame.
pub fn plot(f: &Figures, install: f64) -> Plot {
    plot_in(f, install, Frame::WIDE)
}

/// The same in `frame`.
pub fn plot_in(f: &Figures, install: f64, frame: Frame) -> Plot {
    let (x_of, y_of) = (|r| frame.x(r), |s| frame.y(s));
    let (low_x, high_x) = (
        INSTALLERS_2018 / MONTHLY_USERS_2014,
        INSTALLERS_2018_HIGH / MONTHLY_USERS_2014,
    );
    let most = REACHED_2018 / MONTHLY_USERS_2014;
    // The range is at least a few units wide, so it reads as a bar, not a line.
    let (left, right) = (x_of(low_x), x_of(high_x).max(x_of(low_x) + 6.0));
    Plot {
        x_ticks: [1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1.0]
            .into_iter()
            .map(|r| Tick {
                at: x_of(r),
                label: percent(r),
            })
            .collect(),
        y_ticks: [0.0, 0.25, 0.5, 0.75, 1.0]
            .into_iter()
            .map(|s| Tick {
                at: y_of(s),
                label: percent(s),
            })
            .collect(),
        area: (
            frame.left,
            frame.top,
            frame.w - frame.right,
            frame.h - frame.bottom,
        ),
        real: Range {
            left,
            right,
            top: y_of(most),
            bottom: y_of(low_x),
            label: say!(
                "scale-real",
                low = percent(low_x),
                high = percent(high_x),
                most = percent(most),
            ),
            short: say!("scale-real-short", most = percent(most)),
        },
        reader: Marker {
            x: x_of(install),
            y: y_of(f64::from(f.reached) / f64::from(f.people.max(1))),
            label: say!(
                "scale-reader",
                install = percent(install),
                share = share_of(f.reached, f.people),
            ),
        },
    }
}

/// A reader's own point on the plot ("Your data"): with `friends` friends, at the install rate
/// `install`, the chance that they or at least one friend installed, so that the app could
/// ask for their data, each person installing on their own. Arithmetic, not a network.
pub fn your_point(friends: u32, install: f64) -> Marker {
    let chance = chance_any(u64::from(friends) + 1, install);
    Marker {
        x: x_of(install),
        y: y_of(chance),
        label: say!(
            "scale-your-point",
            friends = friends,
            install = percent(install),
            chance = percent(chance),
        ),
    }
}

/// A reader's own curve ("Your data"): for each install rate of the plot, the chance that
/// they or at least one of `friends` friends installed, as an SVG path on the plot's axes.
pub fn your_curve(friends: u32) -> String {
    let mut path = String::new();
    for (j, s) in curve_rates().iter().enumerate() {
        let cmd = if j == 0 { 'M' } else { 'L' };
        let chance = chance_any(u64::from(friends) + 1, s.rate());
        path.push_str(&format!("{cmd}{:.1} {:.1}", x_of(s.rate()), y_of(chance)));
    }
    path
}

/// What the curve means, in plain words, for this network.
pub fn meaning(reach: &Reach, friends: u32) -> Vec<String> {
    vec![
        say!("scale-meaning-start", friends = friends),
        say!("scale-meaning-bend"),
        say!(
            "scale-meaning-bar",
            low = percent(INSTALLERS_2018 / MONTHLY_USERS_2014),
            high = percent(INSTALLERS_2018_HIGH / MONTHLY_USERS_2014),
            most = percent(REACHED_2018 / MONTHLY_USERS_2014),
        ),
        say!("scale-meaning-no-check"),
        say!("scale-meaning-all", people = reach.people()),
    ]
}

/// A source of the plot's and the story's facts.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    /// Its id, as the built-in scenarios and docs/facts.md name it.
    pub id: &'static str,
    /// Who published what, when, and what it gives here, in the page's language.
    pub what: fn() -> String,
    /// Where to read it, when its address was checked.
    pub url: Option<&'static str>,
}

/// The sources of the real event's figures on this view.
pub const SOURCES: [Source; 9] = [
    Source {
        id: "fb-suspend-2018",
        what: || say!("scale-source-fb-suspend-2018"),
        url: None,
    },
    Source {
        id: "zuckerberg-2018",
        what: || say!("scale-source-zuckerberg-2018"),
        url: None,
    },
    Source {
        id: "fb-restrict-2018",
        what: || say!("scale-source-fb-restrict-2018"),
        url: Some("https://about.fb.com/news/2018/04/restricting-data-access/"),
    },
    Source {
        id: "guardian-2018",
        what: || say!("scale-source-guardian-2018"),
        url: Some("https://www.theguardian.com/news/2018/mar/17/cambridge-analytica-facebook-influence-us-election"),
    },
    Source {
        id: "fb-q2-2014",
        what: || say!("scale-source-fb-q2-2014"),
        url: Some("https://investor.fb.com/investor-news/press-release-details/2014/Facebook-Reports-Second-Quarter-2014-Results/default.aspx"),
    },
    Source {
        id: "pew-2014",
        what: || say!("scale-source-pew-2014"),
        url: Some("https://www.pewresearch.org/fact-tank/2014/02/03/6-new-facts-about-facebook/"),
    },
    Source {
        id: "ftc-2011",
        what: || say!("scale-source-ftc-2011"),
        url: Some("https://www.ftc.gov/news-events/news/press-releases/2011/11/facebook-settles-ftc-charges-it-deceived-consumers-failing-keep-privacy-promises"),
    },
    Source {
        id: "fb-house-2018",
        what: || say!("scale-source-fb-house-2018"),
        url: None,
    },
    Source {
        id: "ftc-2019",
        what: || say!("scale-source-ftc-2019"),
        url: Some("https://www.ftc.gov/news-events/news/press-releases/2019/07/ftc-imposes-5-billion-penalty-sweeping-new-privacy-restrictions-facebook"),
    },
];

/// The sources of the plot's and the story's facts: what, and where to read it.
pub fn sources() -> Vec<(String, Option<&'static str>)> {
    SOURCES.iter().map(|s| ((s.what)(), s.url)).collect()
}

/// The source of `id`.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

/// How many people the picture shows at most.
pub const SAMPLE: u32 = 1_000;

/// The people the picture draws: every k-th person, at most [`SAMPLE`].
pub fn sample(people: u32) -> Vec<u32> {
    let step = people.div_ceil(SAMPLE).max(1);
    (0..people).step_by(step as usize).collect()
}

/// The picture's caption: what it shows and how many of each kind it holds.
pub fn sample_caption(reach: &Reach, setting: Setting) -> (String, [u32; 4]) {
    let picked = sample(reach.people());
    let mut counts = [0u32; 4];
    for &i in &picked {
        counts[reach.fate(i, setting) as usize] += 1;
    }
    let whole = picked.len() as u32 == reach.people();
    let what = if whole {
        say!("scale-sample-all", dots = picked.len())
    } else {
        say!(
            "scale-sample",
            every = reach.people().div_ceil(SAMPLE),
            people = reach.people(),
            dots = picked.len(),
        )
    };
    (
        say!(
            "scale-sample-caption",
            what = what,
            installed = counts[Fate::Installed as usize],
            reached = counts[Fate::Reached as usize],
            spared = counts[Fate::Spared as usize],
            untouched = counts[Fate::Untouched as usize],
        ),
        counts,
    )
}

/// One step of the story: a heading, the words, the source, and the setting "Show me" applies.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The heading.
    pub title: &'static str,
    /// The words.
    pub text: String,
    /// Where the facts come from, in words.
    pub source: String,
    /// The first source's address, when it has one that was checked.
    pub url: Option<&'static str>,
    /// The ids of its sources in [`SOURCES`], the first the one linked.
    pub cites: &'static [&'static str],
    /// The install rate to show (`None`: one person), the share narrowed and the policy.
    pub show: (Option<f64>, f64, bool),
}

/// The story from one installer to up to 87 million.
pub fn story() -> Vec<Step> {
    let step = |title, text: String, source: String, cites: &'static [&'static str], show| Step {
        title,
        text,
        source,
        // The link is the first source's, which the words name first; none when its address
        // was not checked (another source's address under its name would mislead).
        url: cites
            .first()
            .and_then(|id| self::source(id))
            .and_then(|s| s.url),
        cites,
        show,
    };
    let installing = Some(INSTALLERS_2018 / MONTHLY_USERS_2014);
    vec![
        step(
            word!("scale-step-one"),
            say!("scale-step-one-text"),
            say!("scale-cites-one"),
            &["pew-2014", "ftc-2011", "fb-house-2018"],
            (None, 0.0, true),
        ),
        step(
            word!("scale-step-installs"),
            say!("scale-step-installs-text"),
            say!("scale-cites-installs"),
            &[
                "fb-suspend-2018",
                "zuckerberg-2018",
                "guardian-2018",
                "fb-q2-2014",
            ],
            (installing, 0.0, true),
        ),
        step(
            word!("scale-step-87"),
            say!("scale-step-87-text"),
            say!("scale-cites-87"),
            &["fb-restrict-2018", "fb-suspend-2018", "pew-2014"],
            (installing, 0.0, true),
        ),
        step(
            word!("scale-step-closed"),
            say!("scale-step-closed-text"),
            say!("scale-cites-closed"),
            &["ftc-2019", "fb-house-2018"],
            (installing, 0.0, false),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scale::{reach, Params};

    #[test]
    fn percentages_read_as_people_write_them() {
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(0.0002), "0.02%");
        assert_eq!(percent(0.000_204_5), "0.02%");
        assert_eq!(percent(0.0659), "6.6%");
        assert_eq!(percent(0.5), "50%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(0.00001), "0.001%");
        assert_eq!(percent(0.015), "1.5%");
        assert_eq!(percent(0.996), "99.6%");
        assert_eq!(percent(0.999_99), "99.9%");
    }

    #[test]
    fn the_slider_walks_from_one_in_100000_to_everyone() {
        let r = rates();
        assert_eq!(r.len(), 31);
        assert_eq!(r[0], 0.00001);
        assert_eq!(*r.last().unwrap(), 1.0);
        assert!(r.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(r[nearest(&r, 0.0002)], 0.0002);
        assert_eq!(nearest(&r, 0.0), 0);
        assert_eq!(r[nearest(&r, 0.000_204)], 0.0002);
    }

    #[test]
    fn one_installer_is_the_first_rate_that_takes_the_smallest_key() {
        for people in [1_000, 10_000, 100_000] {
            let r = reach(Params {
                model: Model::WattsStrogatz,
                people,
                friends: 4,
                seed: 1,
            })
            .unwrap();
            let rate = first_installer(&rates(), r.smallest_install_key());
            let at = |rate: f64| {
                r.figures(Setting {
                    install: Share::of(rate),
                    narrowed: Share::NONE,
                    open: true,
                })
                .installers
            };
            assert!(at(rate) >= 1, "{people}: {rate}");
            let before = rates().into_iter().rfind(|&x| x < rate);
            assert!(before.is_none_or(|b| at(b) == 0), "{people}: {rate}");
        }
    }

    #[test]
    fn the_plot_rises_and_marks_both_points() {
        let r = reach(Params {
            model: Model::FacebookLike,
            people: 20_000,
            friends: 100,
            seed: 3,
        })
        .unwrap();
        let s = Setting {
            install: Share::of(0.001),
            narrowed: Share::NONE,
            open: true,
        };
        let f = r.figures(s);
        let p = plot(&f, 0.001);
        let c = curve(&r, &bins(&r), s.narrowed, s.open);
        assert!(c.path.starts_with('M'));
        assert_eq!(c.path.matches('L').count(), 120);
        let (left, top, right, bottom) = p.area;
        assert!((left..=right).contains(&p.reader.x) && (top..=bottom).contains(&p.reader.y));
        assert!(left <= p.real.left && p.real.right <= right);
        assert!(top <= p.real.top && p.real.bottom <= bottom);
        assert!(p
            .real
            .label
            .contains("0.02% to 0.023% installing, up to 6.6% reached"));
        assert!(p.real.left < p.real.right && p.real.top < p.real.bottom);
        assert_eq!(p.real.short, "2018: up to 6.6%");
        // A step links its first source only: Facebook's post of 16 March 2018 has no checked
        // address, so the step it leads has no link rather than another source's.
        let steps = story();
        assert_eq!(steps[1].cites[0], "fb-suspend-2018");
        assert_eq!(steps[1].url, None);
        assert_eq!(steps[0].url, source("pew-2014").and_then(|s| s.url));
        assert_eq!(c.rows.len(), 7);
        assert_eq!(c.rows.last().unwrap().share, "100%");
        // The reader's point is on the curve's table where the rates meet.
        assert_eq!(c.rows[3].reached, thousands(f.reached as usize));
        assert_eq!(c.rows[3].installers, thousands(f.installers as usize));
    }

    #[test]
    fn a_readers_own_point_is_their_chance() {
        let p = plot(
            &Figures {
                people: 1,
                installers: 0,
                reached: 0,
                without_consent: 0,
            },
            0.01,
        );
        let you = your_point(338, 0.01);
        let (left, top, right, bottom) = p.area;
        assert!((left..=right).contains(&you.x) && (top..=bottom).contains(&you.y));
        assert_eq!(you.x, p.reader.x);
        assert_eq!(you.label, "You, with 338 friends: at 1% installing, a 97% chance that you or a friend installed, so that the app could ask for your data");
        assert!(your_point(0, 0.01)
            .label
            .contains("0 friends: at 1% installing, a 1% chance"));
    }

    #[test]
    fn the_sample_is_at_most_a_thousand_and_counts_every_dot() {
        assert_eq!(sample(1_000).len(), 1_000);
        assert_eq!(sample(100_000).len(), 1_000);
        assert_eq!(sample(1_000_000).len(), 1_000);
        assert_eq!(sample(2_500).len(), 834);
        let r = reach(Params {
            model: Model::WattsStrogatz,
            people: 5_000,
            friends: 10,
            seed: 3,
        })
        .unwrap();
        let (caption, counts) = sample_caption(
            &r,
            Setting {
                install: Share::of(0.05),
                narrowed: Share::of(0.5),
                open: true,
            },
        );
        assert_eq!(counts.iter().sum::<u32>(), 1_000);
        assert!(counts.iter().all(|&c| c > 0), "{counts:?}");
        assert!(caption.starts_with("A sample: every 5th person of 5,000, 1,000 dots"));
    }
}

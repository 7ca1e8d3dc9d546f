//! "Your data"'s pictures, with no browser: who could hold a reader's data, drawn as the page
//! draws its networks (You, a node per group with its count, flows in the reasons' colours and
//! dashes), and the reader's own point on "At scale"'s plot.
//!
//! A group is counted, never named: friends by when the friendship began (before the cut-off,
//! on or after it, date unknown), apps and sites by when they were connected, the companies
//! that sent the reader's activity, the advertisers with a list and those without. Two
//! layouts: [`Shape::Wide`] (You in the middle, friends to the left, the rest to the right)
//! and [`Shape::Narrow`] for a phone (friends above You, the rest below), each small enough
//! that its words stay at the page's size. The web layer draws a [`Picture`] as SVG elements;
//! [`svg`] writes the same picture as a file, with its own colours, for "Save".

use std::fmt::Write as _;

use crate::catalogue::number;
use crate::core::mine::{Found, Mine, Section, CUTOFF};
use crate::files::network::escape_xml;
use crate::present::mine::eras;
use crate::present::scale::{self, your_curve, Marker, Plot};
use crate::{say, word};

/// Which layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A laptop's: 720 by 400.
    Wide,
    /// A phone's: 360 wide.
    Narrow,
}

/// What a group is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The reader.
    You,
    /// A group of friends.
    Friends,
    /// A group of apps and sites.
    Apps,
    /// Companies that sent the reader's activity.
    Companies,
    /// Advertisers.
    Advertisers,
}

/// How data could go along a flow, which sets its colour and dashes (the page's reasons').
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// The reader connected it with Facebook login (the "said yes" colour).
    Connected,
    /// Through friends, before the cut-off (the friends' route, dashed).
    ThroughFriends,
    /// A company sent it to Facebook (the transfer colour).
    Sent,
    /// An advertiser's list with the reader's information (dotted).
    Listed,
    /// A friendship, or an advertiser without a list: a plain line.
    Plain,
}

impl How {
    /// The style sheet's class for it, as the page's flows have.
    pub fn class(self) -> &'static str {
        match self {
            How::Connected => "flow reason-consent",
            How::ThroughFriends => "flow reason-friend",
            How::Sent => "flow reason-transfer",
            How::Listed => "flow reason-mailbox",
            How::Plain => "mine-line",
        }
    }

    /// Its colour and dashes in a saved file (the light theme's, as the page's export has).
    fn look(self) -> (&'static str, &'static str, f64) {
        match self {
            How::Connected => ("#008a64", "", 2.5),
            How::ThroughFriends => ("#a97200", "8 4", 2.5),
            How::Sent => ("#d55e00", "10 3 2 3", 2.5),
            How::Listed => ("#b35d8f", "2 3", 3.0),
            How::Plain => ("#5b5b62", "", 1.5),
        }
    }
}

/// One group on the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// What it is.
    pub kind: Kind,
    /// Its centre and radius, in the picture's units.
    pub x: f64,
    /// Its centre's top.
    pub y: f64,
    /// Its radius.
    pub r: f64,
    /// Its words, a line each: the count first.
    pub label: Vec<String>,
    /// Where its words go: inside it, or beside it (to the left or the right).
    pub anchor: Anchor,
}

/// Where a group's words are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Inside it (You).
    Inside,
    /// To its left, ending there.
    Left,
    /// To its right.
    Right,
}

/// One flow from a group to another.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// The group it starts from, an index into [`Picture::groups`].
    pub from: usize,
    /// The group it ends at.
    pub to: usize,
    /// How.
    pub how: How,
    /// Its bend: the control point's distance from the straight line, over its length.
    pub bend: f64,
    /// What it says, in words.
    pub words: String,
}

/// The picture of who could hold a reader's data.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// Its width, in its own units.
    pub width: f64,
    /// Its height.
    pub height: f64,
    /// You first, then the groups.
    pub groups: Vec<Group>,
    /// The flows, drawn under the groups.
    pub flows: Vec<Flow>,
    /// Its title.
    pub title: String,
    /// Every group and flow, in words: its text alternative.
    pub description: String,
}

/// The key under the picture: each kind of flow and what it means.
pub fn key() -> Vec<(How, String)> {
    vec![
        (How::Connected, word!("mine-key-connected").into()),
        (
            How::ThroughFriends,
            say!("mine-key-through-friends", cutoff = CUTOFF.to_string()),
        ),
        (How::Sent, word!("mine-key-sent").into()),
        (How::Listed, word!("mine-key-listed").into()),
        (How::Plain, word!("mine-key-plain").into()),
    ]
}

struct Spec {
    kind: Kind,
    count: usize,
    /// What they are, and which of them: two short lines.
    what: String,
    which: String,
    how: Vec<(How, f64, String)>,
}

impl Spec {
    fn words(&self) -> String {
        say!(
            "mine-group",
            count = self.count,
            what = self.what.as_str(),
            which = self.which.as_str()
        )
    }
}

/// The groups of `mine`, each with its flows from You: friends to one side, the rest to the
/// other; those with none are left out.
fn specs(mine: &Mine) -> (Vec<Spec>, Vec<Spec>) {
    let read = |s: Section| mine.found(s) == Found::Read;
    let mut left = Vec::new();
    if read(Section::Friends) {
        left = friend_specs(mine);
    }
    let mut right = Vec::new();
    if read(Section::Apps) {
        right.extend(app_specs(mine));
    }
    if read(Section::OffMeta) {
        right.push(company_spec(mine));
    }
    if read(Section::Advertisers) {
        right.extend(advertiser_specs(mine));
    }
    left.retain(|s| s.count > 0);
    right.retain(|s| s.count > 0);
    (left, right)
}

fn friend_specs(mine: &Mine) -> Vec<Spec> {
    let f = mine.figures();
    let unknown = mine.friends.iter().filter(|x| x.since.is_none()).count();
    let after = f.friends - f.friends_before_cutoff - unknown;
    let friends = |n: usize, which: String, how: How, words: String| Spec {
        kind: Kind::Friends,
        count: n,
        what: say!("mine-group-what", kind = "friends", count = n),
        which,
        how: vec![(how, 0.0, words)],
    };
    let cutoff = CUTOFF.to_string();
    vec![
        friends(
            f.friends_before_cutoff,
            say!("mine-group-before", cutoff = cutoff.as_str()),
            How::ThroughFriends,
            say!("mine-flow-friends-before", cutoff = cutoff.as_str()),
        ),
        friends(
            after,
            say!("mine-group-since", cutoff = cutoff.as_str()),
            How::Plain,
            word!("mine-flow-friends-since").into(),
        ),
        friends(
            unknown,
            word!("mine-date-unknown").into(),
            How::Plain,
            word!("mine-flow-friends-unknown").into(),
        ),
    ]
}

fn app_specs(mine: &Mine) -> Vec<Spec> {
    let e = eras(&mine.apps);
    let apps = |n: usize, which: String, extra: Option<(How, f64, String)>| Spec {
        kind: Kind::Apps,
        count: n,
        what: say!("mine-group-what", kind = "apps", count = n),
        which,
        how: std::iter::once((How::Connected, 0.12, say!("mine-flow-connected", count = n)))
            .chain(extra)
            .collect(),
    };
    let cutoff = CUTOFF.to_string();
    vec![
        apps(
            e.before.len(),
            say!("mine-group-before", cutoff = cutoff.as_str()),
            Some((
                How::ThroughFriends,
                -0.18,
                word!("mine-flow-apps-before").into(),
            )),
        ),
        apps(
            e.after.len(),
            say!("mine-group-since", cutoff = cutoff.as_str()),
            None,
        ),
        apps(e.unknown.len(), word!("mine-date-unknown").into(), None),
    ]
}

fn company_spec(mine: &Mine) -> Spec {
    let f = mine.figures();
    let events = f.off_meta_events as usize;
    Spec {
        kind: Kind::Companies,
        count: f.off_meta_companies,
        what: say!(
            "mine-group-what",
            kind = "companies",
            count = f.off_meta_companies
        ),
        which: word!("mine-group-sent").into(),
        how: vec![(How::Sent, 0.12, say!("mine-flow-sent", events = events))],
    }
}

fn advertiser_specs(mine: &Mine) -> Vec<Spec> {
    let f = mine.figures();
    let with_list = f.advertisers_with_a_list;
    let advertisers = |n: usize, which: &str, how: How, words: &str| Spec {
        kind: Kind::Advertisers,
        count: n,
        what: say!("mine-group-what", kind = "advertisers", count = n),
        which: which.into(),
        how: vec![(how, 0.12, words.into())],
    };
    vec![
        advertisers(
            with_list,
            word!("mine-group-with-list"),
            How::Listed,
            word!("mine-key-listed"),
        ),
        advertisers(
            f.advertisers - with_list,
            word!("mine-group-without-list"),
            How::Plain,
            word!("mine-flow-unlisted"),
        ),
    ]
}

/// The picture of `mine` in `shape`; `None` when nothing of it can be drawn.
pub fn picture(mine: &Mine, shape: Shape) -> Option<Picture> {
    let (left, right) = specs(mine);
    if left.is_empty() && right.is_empty() {
        return None;
    }
    let most = left
        .iter()
        .chain(&right)
        .map(|s| s.count)
        .max()
        .unwrap_or(1);
    let radius = |n: usize| 7.0 + 15.0 * (n as f64 / most as f64).sqrt();
    let (width, height, you, places) = match shape {
        Shape::Wide => wide(left.len(), right.len()),
        Shape::Narrow => narrow(left.len(), right.len()),
    };
    let mut groups = vec![Group {
        kind: Kind::You,
        x: you.0,
        y: you.1,
        r: 22.0,
        label: vec![word!("mine-you").into()],
        anchor: Anchor::Inside,
    }];
    let mut flows = Vec::new();
    let mut description = format!("{} ", word!("mine-picture-you"));
    for (spec, (x, y, anchor)) in left.iter().chain(&right).zip(places) {
        let at = groups.len();
        groups.push(Group {
            kind: spec.kind,
            x,
            y,
            r: radius(spec.count),
            label: vec![
                number(spec.count as f64),
                spec.what.clone(),
                spec.which.clone(),
            ],
            anchor,
        });
        let said: Vec<&str> = spec.how.iter().map(|h| h.2.as_str()).collect();
        let said = say!(
            "mine-picture-group",
            group = spec.words(),
            flows = said.join(word!("mine-picture-flows-joined"))
        );
        let _ = write!(description, "{said} ");
        for (how, bend, words) in &spec.how {
            flows.push(Flow {
                from: 0,
                to: at,
                how: *how,
                bend: *bend,
                words: words.clone(),
            });
        }
    }
    Some(Picture {
        width,
        height,
        groups,
        flows,
        title: word!("mine-picture-svg-title").into(),
        description: description.trim_end().to_string(),
    })
}

type Place = (f64, f64, Anchor);

/// Spread `n` points evenly between `from` and `to`.
fn spread(n: usize, from: f64, to: f64) -> Vec<f64> {
    (0..n)
        .map(|i| from + (to - from) * (i as f64 + 0.5) / n as f64)
        .collect()
}

fn wide(left: usize, right: usize) -> (f64, f64, (f64, f64), Vec<Place>) {
    // Three lines of words beside each group: 52 units apart at least.
    let h = (52.0 * right.max(left) as f64 + 20.0).max(300.0);
    let mut places: Vec<Place> = spread(left, 20.0, h - 20.0)
        .into_iter()
        .map(|y| (175.0, y, Anchor::Left))
        .collect();
    places.extend(
        spread(right, 20.0, h - 20.0)
            .into_iter()
            .map(|y| (445.0, y, Anchor::Right)),
    );
    (620.0, h, (310.0, h / 2.0), places)
}

fn narrow(left: usize, right: usize) -> (f64, f64, (f64, f64), Vec<Place>) {
    // One column, words to the right of each group, flows fanning out from You on the left:
    // no flow crosses any words, and no words overlap, at a phone's width.
    let n = left + right;
    let h = (52.0 * n as f64 + 20.0).max(160.0);
    let places = spread(n, 20.0, h - 20.0)
        .into_iter()
        .map(|y| (140.0, y, Anchor::Right))
        .collect();
    (360.0, h, (36.0, h / 2.0), places)
}

/// The path of `flow` on `picture`: a gentle curve from edge to edge.
pub fn path(picture: &Picture, flow: &Flow) -> String {
    let (a, b) = (&picture.groups[flow.from], &picture.groups[flow.to]);
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / len, dy / len);
    let (x1, y1) = (a.x + ux * a.r, a.y + uy * a.r);
    // The end stops short of the group, leaving room for the arrow.
    let (x2, y2) = (b.x - ux * (b.r + 4.0), b.y - uy * (b.r + 4.0));
    let (mx, my) = (
        (x1 + x2) / 2.0 - uy * len * flow.bend,
        (y1 + y2) / 2.0 + ux * len * flow.bend,
    );
    format!("M{x1:.1} {y1:.1} Q{mx:.1} {my:.1} {x2:.1} {y2:.1}")
}

/// Where each line of a group's words goes: (x, y, text-anchor). Inside a group (one line), or
/// beside it, the three lines centred on it.
pub fn label_at(g: &Group, line: usize) -> (f64, f64, &'static str) {
    let step = 15.0;
    let beside = g.y + 4.0 + step * (line as f64 - 1.0);
    match g.anchor {
        Anchor::Inside => (g.x, g.y + 4.0, "middle"),
        Anchor::Left => (g.x - g.r - 6.0, beside, "end"),
        Anchor::Right => (g.x + g.r + 6.0, beside, "start"),
    }
}

/// The picture as a standalone SVG file, with its own colours, its title, its key and a line
/// saying what it rests on. It holds counts only: no name of anyone.
pub fn svg(p: &Picture) -> String {
    let key = key();
    let foot = 30.0 + 18.0 * key.len() as f64;
    let (w, h) = (p.width, p.height + foot);
    let (fw, fh) = svg_size(p);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-10 -40 {fw} {fh}\" width=\"{fw}\" height=\"{fh}\" font-family=\"system-ui, sans-serif\" font-size=\"12.5\">"
    );
    let _ = writeln!(
        s,
        "<title>{}</title><desc>{}</desc>",
        escape_xml(&p.title),
        escape_xml(&p.description)
    );
    let _ = writeln!(
        s,
        "<rect x=\"-10\" y=\"-40\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>",
        w + 20.0,
        h + 50.0
    );
    let _ = writeln!(
        s,
        "<text x=\"0\" y=\"-18\" font-size=\"16\" font-weight=\"bold\" fill=\"#1d1d1f\">{}</text>",
        escape_xml(&p.title)
    );
    for f in &p.flows {
        let (colour, dash, width) = f.how.look();
        let _ = writeln!(
            s,
            "<path d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\" stroke-dasharray=\"{dash}\"><title>{}</title></path>",
            path(p, f),
            escape_xml(&f.words)
        );
    }
    for g in &p.groups {
        let fill = if g.kind == Kind::You {
            "#1d1d1f"
        } else {
            "#ffffff"
        };
        let _ = writeln!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"{fill}\" stroke=\"#1d1d1f\" stroke-width=\"2\"/>",
            g.x, g.y, g.r
        );
        for (i, line) in g.label.iter().enumerate() {
            let (x, y, anchor) = label_at(g, i);
            let weight = if i == 0 { " font-weight=\"bold\"" } else { "" };
            let colour = if g.kind == Kind::You {
                "#ffffff"
            } else {
                "#1d1d1f"
            };
            let _ = writeln!(
                s,
                "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" fill=\"{colour}\"{weight}>{}</text>",
                escape_xml(line)
            );
        }
    }
    for (i, (how, words)) in key.iter().enumerate() {
        let y = p.height + 20.0 + 18.0 * i as f64;
        let (colour, dash, width) = how.look();
        let _ = writeln!(
            s,
            "<line x1=\"0\" x2=\"30\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"{colour}\" stroke-width=\"{width}\" stroke-dasharray=\"{dash}\"/><text x=\"38\" y=\"{:.1}\" fill=\"#1d1d1f\">{}</text>",
            y + 4.0,
            escape_xml(words)
        );
    }
    let _ = writeln!(
        s,
        "<text x=\"0\" y=\"{:.1}\" fill=\"#5b5b62\">{}</text>",
        p.height + foot,
        escape_xml(word!("mine-footnote"))
    );
    s.push_str("</svg>\n");
    s
}

/// The saved picture's width and height, in pixels.
pub fn svg_size(p: &Picture) -> (u32, u32) {
    let foot = 30.0 + 18.0 * key().len() as f64;
    ((p.width + 20.0) as u32, (p.height + foot + 50.0) as u32)
}

/// The reader's own point on "At scale"'s plot: the plot's axes and 2018 point, the chance that
/// they or a friend installed at each install rate, and their point at one in `one_in`.
#[derive(Clone, Debug, PartialEq)]
pub struct YourPlot {
    /// The axes and the 2018 point ([`Plot::reader`] unused).
    pub plot: Plot,
    /// The reader's curve, as an SVG path.
    pub curve: String,
    /// The reader's point.
    pub you: Marker,
    /// Its title.
    pub title: String,
    /// What the curve is.
    pub curve_words: String,
}

/// The plot for a reader with `friends` friends at one in `one_in` installing.
pub fn your_plot(friends: usize, one_in: u32) -> YourPlot {
    let friends = u32::try_from(friends).unwrap_or(u32::MAX);
    let rate = 1.0 / f64::from(one_in.max(1));
    let nobody = crate::core::scale::Figures {
        people: 1,
        installers: 0,
        reached: 0,
        without_consent: 0,
    };
    YourPlot {
        plot: scale::plot(&nobody, rate),
        curve: your_curve(friends),
        you: scale::your_point(friends, rate),
        title: say!("mine-plot-svg-title", friends = friends),
        curve_words: say!("mine-plot-curve", friends = friends),
    }
}

/// The plot's text alternative.
pub fn plot_description(p: &YourPlot) -> String {
    say!(
        "mine-plot-description",
        you = p.you.label.as_str(),
        real = p.plot.real.label.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::mine::{Advertiser, App, Company, Friend};

    fn mine() -> Mine {
        let cut = CUTOFF.unix_seconds();
        let friend = |since| Friend {
            name: "Ana Lima".into(),
            since,
        };
        Mine {
            friends: vec![friend(Some(cut - 1)), friend(Some(cut - 2)), friend(None)],
            apps: vec![App {
                name: "Quiz".into(),
                added: Some(cut - 1),
                removed: None,
            }],
            companies: vec![Company {
                name: "shop.example".into(),
                events: 7,
            }],
            advertisers: vec![Advertiser {
                name: "Brand".into(),
                with_a_list: true,
            }],
            sections: Section::ALL.iter().map(|&s| (s, Found::Read)).collect(),
            ..Mine::default()
        }
    }

    #[test]
    fn each_group_is_counted_and_never_named() {
        for shape in [Shape::Wide, Shape::Narrow] {
            let p = picture(&mine(), shape).unwrap();
            let labels: Vec<String> = p.groups.iter().map(|g| g.label.join(" ")).collect();
            assert_eq!(
                labels,
                [
                    "You",
                    "2 friends before 2015-04-30",
                    "1 friend date unknown",
                    "1 app or site before 2015-04-30",
                    "1 company sent your activity",
                    "1 advertiser with a list",
                ]
            );
            // Every group inside the picture, its words too.
            for g in &p.groups {
                assert!(g.x - g.r >= 0.0 && g.x + g.r <= p.width, "{g:?}");
                assert!(
                    g.y - g.r >= 0.0 && g.y + g.r <= p.height,
                    "{g:?} in {}",
                    p.height
                );
            }
            let file = svg(&p);
            assert!(!file.contains("Ana") && !file.contains("Quiz") && !file.contains("Brand"));
            assert!(p.description.contains("2 friends before 2015-04-30: until 2015-04-30, an app any of these friends used could ask for your data through them."), "{}", p.description);
            // The apps before the cut-off: connected, and friends' data through you.
            let to_apps: Vec<How> = p
                .flows
                .iter()
                .filter(|f| f.to == 3)
                .map(|f| f.how)
                .collect();
            assert_eq!(to_apps, [How::Connected, How::ThroughFriends]);
        }
    }

    #[test]
    fn a_section_not_read_draws_nothing_and_an_empty_export_no_picture() {
        let mut m = mine();
        m.sections = vec![(Section::Friends, Found::Read)];
        let p = picture(&m, Shape::Narrow).unwrap();
        assert!(p
            .groups
            .iter()
            .all(|g| matches!(g.kind, Kind::You | Kind::Friends)));
        assert_eq!(picture(&Mine::default(), Shape::Wide), None);
    }

    #[test]
    fn the_plot_places_you_as_at_scale_does() {
        let p = your_plot(338, 100);
        assert_eq!(p.you, scale::your_point(338, 0.01));
        assert!(p.curve.starts_with('M') && p.curve.matches('L').count() == 120);
    }
}

//! Where each person and company sits on the picture: a deterministic force layout.
//!
//! People start on a phyllotaxis spiral; a fixed number of ticks pull friends together and
//! push everyone apart. Companies then sit on a ring around them, each turned towards the
//! people who signed in to it. There is no
//! randomness, so a scenario is always drawn the same way, and the layout ignores dates, so
//! nodes stay put while the reader changes the date.
//!
//! Below [`GROUPED`] people (every built-in scenario, any hand-made sandbox) each tick compares
//! every pair, O(n²), and the stories' pictures depend on exactly that. From it the people are
//! placed by [`crate::present::force`]'s Barnes-Hut simulation, O(n log n) a tick, which finds
//! the network's groups and gives each a region, so an imported network shows its groups.
//! Above [`BIG`] a caller may also run it a slice at a time ([`start`], then [`place`] its
//! positions).

use std::rc::Rc;

use crate::core::model::{Node, Scenario};
use crate::present::force::Simulation;

/// Where each node of a sandbox stands, by id (hashed by `rustc_hash`: a network of thousands is
/// looked up on every edit, and the standard hasher's care for hostile keys costs there).
pub type Placed = rustc_hash::FxHashMap<String, Point>;

use crate::present::point::push_apart;
pub use crate::present::point::Point;

/// Positions of every node, inside `0..WIDTH` by `0..HEIGHT`.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// One per person, in file order.
    pub people: Vec<Point>,
    /// One per company, in file order.
    pub companies: Vec<Point>,
}

impl Layout {
    /// Where `node` sits. A node past the layout's lists (from a scene of a bigger scenario
    /// than the layout's) sits at the origin rather than panic.
    pub fn at(&self, node: Node) -> Point {
        let at = match node {
            Node::Person(p) => self.people.get(p.ix()),
            Node::Company(c) => self.companies.get(c.ix()),
        };
        at.copied().unwrap_or(Point { x: 0.0, y: 0.0 })
    }
}

/// The width of the drawing area.
pub const WIDTH: f64 = 1000.0;
/// The height of the drawing area.
pub const HEIGHT: f64 = 640.0;
/// Free space kept around the nodes for their labels.
pub const MARGIN: f64 = 60.0;

/// A person's circle's radius in the SVG picture, in layout units whatever the number of
/// people: what [`place`] keeps people apart by from [`GROUPED`] to [`BIG`] people.
pub const SVG_PERSON_RADIUS: f64 = 13.0;

/// The most people laid out by comparing every pair; bigger networks use the Barnes-Hut
/// simulation (and, in the browser, a canvas).
pub const BIG: usize = 300;

/// The fewest people laid out by the simulation, in groups: an imported network of a class or
/// a club is drawn as its groups, while every built-in story (at most 32 people) and a
/// hand-made sandbox keep the all-pairs layout.
pub const GROUPED: usize = 100;

const TICKS: usize = 300;

/// Whether `s` has more than [`BIG`] people, so it is laid out by [`Simulation`] and drawn on a
/// canvas.
pub fn is_big(s: &Scenario) -> bool {
    s.people.len() > BIG
}

/// Lays out `s`: people by force in an inner ellipse, companies on a ring around them, each
/// near the people who signed in to it. A network of [`GROUPED`] people or more runs its whole
/// simulation (in groups) here.
pub fn layout(s: &Scenario) -> Layout {
    if s.people.len() >= GROUPED {
        let mut sim = Simulation::new(s);
        sim.run();
        return place(s, sim.positions().to_vec());
    }
    place(s, people_by_force(s))
}

/// A big network's simulation at its start, and the picture of where it starts.
pub fn start(s: &Scenario) -> (Simulation, Layout) {
    let sim = Simulation::new(s);
    let l = place(s, sim.positions().to_vec());
    (sim, l)
}

/// The picture of people at `people` (in any units): fitted into the inner ellipse, with the
/// companies on their ring around them.
pub fn place(s: &Scenario, mut people: Vec<Point>) -> Layout {
    let (cx, cy) = (WIDTH / 2.0, HEIGHT / 2.0);
    let (rx, ry) = if s.companies.is_empty() {
        (WIDTH / 2.0 - MARGIN, HEIGHT / 2.0 - MARGIN)
    } else if is_big(s) {
        // Thousands of people need the room more than a few companies' names do.
        (WIDTH * 0.31, HEIGHT * 0.34)
    } else {
        (WIDTH * 0.24, HEIGHT * 0.27)
    };
    fit(&mut people, cx - rx, cy - ry, 2.0 * rx, 2.0 * ry);
    if (GROUPED..=BIG).contains(&people.len()) {
        spread(&mut people, (cx - rx, cy - ry), (cx + rx, cy + ry));
    }

    // Each company wants the direction of the people linked to it; companies keep that order
    // around the ring but are spaced evenly, so none overlap.
    let n = s.companies.len();
    let mut wanted: Vec<(f64, usize)> = (0..n)
        .map(|c| {
            let (mut x, mut y, mut k) = (0.0, 0.0, 0.0);
            for g in s.grants.iter().filter(|g| g.company.ix() == c) {
                let p = people[g.person.ix()];
                x += p.x - cx;
                y += p.y - cy;
                k += 1.0;
            }
            let fallback = c as f64 * std::f64::consts::TAU / n as f64;
            let angle = if k > 0.0 && (x.abs() + y.abs()) > 1e-6 {
                y.atan2(x)
            } else {
                fallback
            };
            (angle, c)
        })
        .collect();
    wanted.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let slot = std::f64::consts::TAU / n.max(1) as f64;
    // The rotation of the evenly spaced ring that keeps companies closest to where they want
    // to be, found by trying a fine grid of rotations.
    let cost = |offset: f64| -> f64 {
        wanted
            .iter()
            .enumerate()
            .map(|(i, (a, _))| {
                let d = (offset + i as f64 * slot - a).rem_euclid(std::f64::consts::TAU);
                d.min(std::f64::consts::TAU - d).powi(2)
            })
            .sum()
    };
    let offset = (0..360)
        .map(|i| i as f64 * std::f64::consts::TAU / 360.0)
        .min_by(|a, b| cost(*a).total_cmp(&cost(*b)))
        .unwrap_or(0.0);
    // Companies' names are wider than people's, so their ring keeps more room at the sides.
    let (ox, oy) = (WIDTH / 2.0 - 2.2 * MARGIN, HEIGHT / 2.0 - MARGIN);
    let mut companies = vec![Point { x: cx, y: cy }; n];
    for (i, (_, c)) in wanted.iter().enumerate() {
        let a = offset + i as f64 * slot;
        companies[*c] = Point {
            x: cx + ox * a.cos(),
            y: cy + oy * a.sin(),
        };
    }
    Layout { people, companies }
}

/// Lays out `s`, keeping every node that `previous` places (by id) where it was, so that
/// editing a network does not move what the reader already arranged.
pub fn layout_keeping(s: &Scenario, previous: &Placed) -> Layout {
    let mut l = layout(s);
    for (p, at) in s.people.iter().zip(l.people.iter_mut()) {
        if let Some(old) = previous.get(&p.id) {
            *at = *old;
        }
    }
    for (c, at) in s.companies.iter().zip(l.companies.iter_mut()) {
        if let Some(old) = previous.get(&c.id) {
            *at = *old;
        }
    }
    l
}

/// The layout to show when `s` opens, and whether it is final. `placed` holds where a
/// sandbox's nodes were (by id) and `remembered` gives the settled people of a big network laid
/// out before (in the simulation's units), asked only when `placed` does not place everyone
/// (it hashes the whole network). A small network is laid out at once, keeping what
/// `placed` places. A big one is final when `remembered`, or when `placed` is `trusted` (the
/// same sandbox's settled places) and places every person (an edit that added nobody);
/// otherwise this is where its simulation starts, for the caller to run.
pub fn first_layout(
    s: &Scenario,
    placed: Option<&Placed>,
    trusted: bool,
    remembered: impl FnOnce() -> Option<Rc<Vec<Point>>>,
) -> (Layout, bool) {
    if !is_big(s) {
        return match placed {
            Some(placed) => (layout_keeping(s, placed), true),
            None => (layout(s), true),
        };
    }
    let everyone =
        trusted && placed.is_some_and(|m| s.people.iter().all(|p| m.contains_key(&p.id)));
    let (mut l, settled) = match placed {
        // Everyone where they stood: nothing remembered is needed and no simulation starts
        // (the companies are placed anew, then those that stood somewhere put back below).
        Some(m) if everyone => {
            let people = s.people.iter().filter_map(|p| m.get(&p.id).copied());
            (place(s, people.collect()), true)
        }
        _ => match remembered().filter(|r| r.len() == s.people.len()) {
            Some(people) => (place(s, people.to_vec()), true),
            None => (start(s).1, false),
        },
    };
    if let Some(m) = placed.filter(|_| settled && trusted) {
        let people = s.people.iter().map(|p| &p.id).zip(l.people.iter_mut());
        let companies = s
            .companies
            .iter()
            .map(|c| &c.id)
            .zip(l.companies.iter_mut());
        for (id, at) in people.chain(companies) {
            if let Some(old) = m.get(id) {
                *at = *old;
            }
        }
    }
    (l, settled)
}

/// People placed by a force simulation over friendships, in layout units around the origin.
fn people_by_force(s: &Scenario) -> Vec<Point> {
    let n = s.people.len();
    // The golden angle spreads points evenly on a disc without any random numbers.
    let golden = std::f64::consts::PI * (3.0 - 5f64.sqrt());
    let mut pos: Vec<Point> = (0..n)
        .map(|i| {
            let r = 10.0 * (i as f64 + 0.5).sqrt();
            let a = i as f64 * golden;
            Point {
                x: r * a.cos(),
                y: r * a.sin(),
            }
        })
        .collect();
    let ideal = 60.0;
    for tick in 0..TICKS {
        let cooling = 1.0 - tick as f64 / TICKS as f64;
        let mut force = vec![Point { x: 0.0, y: 0.0 }; n];
        for i in 0..n {
            for j in (i + 1)..n {
                let dx = pos[i].x - pos[j].x;
                let dy = pos[i].y - pos[j].y;
                let d2 = (dx * dx + dy * dy).max(1.0);
                let push = ideal * ideal / d2;
                force[i].x += dx * push;
                force[i].y += dy * push;
                force[j].x -= dx * push;
                force[j].y -= dy * push;
            }
        }
        for f in &s.friendships {
            let (a, b) = (f.between[0].ix(), f.between[1].ix());
            let dx = pos[b].x - pos[a].x;
            let dy = pos[b].y - pos[a].y;
            let d = (dx * dx + dy * dy).sqrt().max(1.0);
            let pull = (d - ideal) / d * 0.5;
            force[a].x += dx * pull;
            force[a].y += dy * pull;
            force[b].x -= dx * pull;
            force[b].y -= dy * pull;
        }
        for (p, f) in pos.iter_mut().zip(&force) {
            // Gravity keeps people without friends from drifting off.
            let fx = f.x - p.x * 0.05;
            let fy = f.y - p.y * 0.05;
            let len = (fx * fx + fy * fy).sqrt();
            let step = len.min(20.0 * cooling + 0.5);
            if len > 0.0 {
                p.x += fx / len * step;
                p.y += fy / len * step;
            }
        }
    }
    pos
}

/// Moves apart people drawn over each other, within the box from `min` to `max`: a network
/// drawn as SVG (its nodes [`SVG_PERSON_RADIUS`] wide whatever their number) whose groups the
/// simulation packed tighter than their circles. Two people are kept a node's width and a bit
/// apart where the box has room for everyone so, else as far as its room shared out allows
/// (four in five of it, so the groups keep gaps); a few rounds over every pair (at most
/// [`BIG`] people), each pushing both of a too close pair half the shortfall, in a fixed order,
/// with only `+ − × ÷ √`, so the page and the command line place them the same.
fn spread(people: &mut [Point], min: (f64, f64), max: (f64, f64)) {
    const ROUNDS: usize = 40;
    let n = people.len();
    let room = ((max.0 - min.0) * (max.1 - min.1) / n.max(1) as f64).sqrt() * 0.8;
    let apart = (2.0 * SVG_PERSON_RADIUS + 2.0).min(room);
    for _ in 0..ROUNDS {
        let mut moved = false;
        for i in 0..n {
            for j in (i + 1)..n {
                // Two on one spot part along a fixed direction by their places in the file.
                let along = if (i + j) % 2 == 0 {
                    (1.0, 0.0)
                } else {
                    (0.0, 1.0)
                };
                let (a, b) = people.split_at_mut(j);
                moved |= push_apart(&mut a[i], &mut b[0], apart, 0.5, along);
            }
        }
        for p in people.iter_mut() {
            p.x = p.x.clamp(min.0, max.0);
            p.y = p.y.clamp(min.1, max.1);
        }
        if !moved {
            break;
        }
    }
}

/// Scales and moves `pos` into the box at (`x`, `y`) of size `w` by `h`, keeping proportions.
fn fit(pos: &mut [Point], x: f64, y: f64, w: f64, h: f64) {
    if pos.is_empty() {
        return;
    }
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for p in pos.iter() {
        x0 = x0.min(p.x);
        x1 = x1.max(p.x);
        y0 = y0.min(p.y);
        y1 = y1.max(p.y);
    }
    let (pw, ph) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
    let scale = (w / pw).min(h / ph);
    let ox = x + (w - pw * scale) / 2.0;
    let oy = y + (h - ph * scale) / 2.0;
    for p in pos.iter_mut() {
        p.x = ox + (p.x - x0) * scale;
        p.y = oy + (p.y - y0) * scale;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    #[test]
    fn is_deterministic_inside_the_area_and_spread_out() {
        for b in BUILTINS {
            let s = parse(&b.json()).expect("built-in scenarios are valid");
            let a = layout(&s);
            assert_eq!(a, layout(&s), "{}: layout changed between runs", b.slug);
            let all: Vec<Point> = a.people.iter().chain(&a.companies).copied().collect();
            for p in &all {
                assert!(
                    p.x >= MARGIN - 1e-6 && p.x <= WIDTH - MARGIN + 1e-6,
                    "{}: {p:?}",
                    b.slug
                );
                assert!(
                    p.y >= MARGIN - 1e-6 && p.y <= HEIGHT - MARGIN + 1e-6,
                    "{}: {p:?}",
                    b.slug
                );
            }
            for (i, p) in all.iter().enumerate() {
                for q in &all[i + 1..] {
                    let d = ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt();
                    assert!(d > 12.0, "{}: two nodes overlap at {p:?}", b.slug);
                }
            }
        }
    }

    /// A network of `n` people, each with friends among the next ten.
    fn ring(n: usize) -> Scenario {
        let pairs = (0..n).flat_map(|i| [1, 3, 10].map(|k| (i, (i + k) % n)));
        network(n, pairs.collect())
    }

    /// A network of `n` people and the friendships `pairs`, nothing else.
    fn network(n: usize, pairs: Vec<(usize, usize)>) -> Scenario {
        use crate::core::date::Interval;
        use crate::core::model::{CategorySet, Friendship, Person, PersonIx};
        let mut s = parse(&BUILTINS[0].json()).expect("built-in scenarios are valid");
        s.people = (0..n)
            .map(|i| Person {
                id: format!("p{i}"),
                name: format!("P {i}"),
                platform_apps: true,
                apps_others_use: CategorySet::ALL,
            })
            .collect();
        s.companies.clear();
        s.grants.clear();
        s.agreements.clear();
        s.transfers.clear();
        s.steps.clear();
        s.friendships = pairs
            .into_iter()
            .map(|(a, b)| Friendship {
                between: [PersonIx(a as u32), PersonIx(b as u32)],
                messages: false,
                interval: Interval::ALWAYS,
            })
            .collect();
        s
    }

    #[test]
    fn two_dense_groups_joined_by_one_friendship_are_drawn_apart() {
        // 2 × 60 people, each friends with about two in three of their group (by a fixed rule),
        // and one friendship across.
        let m = 60;
        let mut pairs = vec![(0, m)];
        for g in [0, m] {
            for a in 0..m {
                let friends = (a + 1..m).filter(|b| (a * 7 + b * 13) % 3 != 0);
                pairs.extend(friends.map(|b| (g + a, g + b)));
            }
        }
        let s = network(2 * m, pairs);
        assert!(s.people.len() >= GROUPED && !is_big(&s));
        let l = layout(&s);
        assert_eq!(l, layout(&s), "the same positions every time");
        let centre = |g: &[Point]| Point {
            x: g.iter().map(|p| p.x).sum::<f64>() / g.len() as f64,
            y: g.iter().map(|p| p.y).sum::<f64>() / g.len() as f64,
        };
        let spread = |g: &[Point], c: Point| {
            let d2 = g.iter().map(|p| (p.x - c.x).powi(2) + (p.y - c.y).powi(2));
            (d2.sum::<f64>() / g.len() as f64).sqrt()
        };
        let (a, b) = l.people.split_at(m);
        let (ca, cb) = (centre(a), centre(b));
        let apart = ((ca.x - cb.x).powi(2) + (ca.y - cb.y).powi(2)).sqrt();
        let (sa, sb) = (spread(a, ca), spread(b, cb));
        assert!(
            apart > 2.0 * (sa + sb),
            "centres {apart} apart, spreads {sa} and {sb}"
        );
        // Drawn as SVG, with room for everyone: no node over another.
        for (i, p) in l.people.iter().enumerate() {
            for q in &l.people[i + 1..] {
                let d = ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt();
                assert!(
                    d >= 2.0 * SVG_PERSON_RADIUS,
                    "{p:?} and {q:?} are {d} apart"
                );
            }
        }
    }

    #[test]
    fn the_simulation_spreads_people_wider_than_tall_as_the_picture_is() {
        let l = layout(&ring(BIG + 1));
        let extent = |v: Vec<f64>| {
            let max = v.iter().copied().fold(f64::MIN, f64::max);
            max - v.iter().copied().fold(f64::MAX, f64::min)
        };
        let w = extent(l.people.iter().map(|p| p.x).collect());
        let h = extent(l.people.iter().map(|p| p.y).collect());
        assert!(w > 1.25 * h, "{w} wide, {h} tall");
    }

    #[test]
    fn big_networks_use_the_simulation_and_fit_the_area() {
        let s = ring(BIG + 1);
        assert!(is_big(&s) && !is_big(&ring(BIG)));
        let l = layout(&s);
        assert_eq!(l, layout(&s));
        let mut sim = Simulation::new(&s);
        sim.run();
        assert_eq!(l, place(&s, sim.positions().to_vec()));
        let (started, first) = start(&s);
        assert_eq!(started.ticks(), 0);
        assert_ne!(first, l);
        for p in &l.people {
            assert!(
                p.x >= MARGIN - 1e-6 && p.x <= WIDTH - MARGIN + 1e-6,
                "{p:?}"
            );
            assert!(
                p.y >= MARGIN - 1e-6 && p.y <= HEIGHT - MARGIN + 1e-6,
                "{p:?}"
            );
        }
    }

    #[test]
    fn a_big_network_opens_at_once_only_from_settled_places() {
        let s = ring(BIG + 20);
        let (_, first) = start(&s);
        // Never seen: the simulation's start, to be run.
        assert_eq!(
            first_layout(&s, None, false, || None),
            (first.clone(), false)
        );
        // Laid out before: at once, where it settled.
        let mut sim = Simulation::new(&s);
        sim.run();
        let settled = place(&s, sim.positions().to_vec());
        assert_eq!(
            first_layout(&s, None, false, || Some(Rc::new(sim.positions().to_vec()))),
            (settled.clone(), true)
        );
        // A sandbox after an edit that added nobody keeps its settled places...
        let mut placed: Placed = s
            .people
            .iter()
            .map(|p| p.id.clone())
            .zip(settled.people.iter().map(|p| Point {
                x: p.x + 1.0,
                y: p.y,
            }))
            .collect();
        let (kept, done) = first_layout(&s, Some(&placed), true, || None);
        assert!(done && kept.people[0].x == settled.people[0].x + 1.0);
        // ...but not places from another sandbox or from a layout still running...
        assert_eq!(
            first_layout(&s, Some(&placed), false, || None),
            (first.clone(), false)
        );
        // ...and an edit that added someone lays it out again.
        placed.remove("p3");
        assert_eq!(
            first_layout(&s, Some(&placed), true, || None),
            (first, false)
        );
        // A small network is laid out at once, as before.
        let small = ring(BIG);
        assert_eq!(
            first_layout(&small, None, false, || None),
            (layout(&small), true)
        );
    }
}

//! The force layout for big networks: Barnes-Hut repulsion over a [`QuadTree`], springs along
//! friendships and a gentle pull to the centre, one pure [`Simulation::tick`] at a time.
//!
//! It follows d3-force's shape: positions and velocities, a temperature (`alpha`) that cools
//! by a fixed factor each tick until it falls below a floor, and forces that add to the
//! velocities, which then decay. Each tick builds a quadtree (O(n log n)) instead of comparing
//! every pair, so a tick on ten thousand people takes milliseconds. People start on a
//! phyllotaxis spiral computed without trigonometry (a rotation by the golden angle, by
//! multiplication), and nothing is random: the same scenario gives the same positions, here
//! and in the browser, tick by tick. What drives the ticks (a loop, animation frames) is the
//! caller's business; the simulation only says how far it has come and whether it settled.
//!
//! People are grouped first ([`crate::present::community`]): each group gets a region of its
//! own, its members start on a spiral in it and are pulled to its centre rather than to the
//! picture's, and a friendship across groups pulls a tenth as hard as one inside, so a network
//! of many groups is drawn as its groups, side by side, not as one hairball. A network that is
//! one group starts as the plain spiral around the origin. The pull is weaker across than down,
//! so the people fill a picture wider than tall as it is (1000 by 640), not a disc in its
//! middle.

use crate::core::model::Scenario;
use crate::present::community::{communities, regions, sizes};
use crate::present::point::Point;
use crate::present::quadtree::QuadTree;

/// How far apart cells may be, over their size, to push as one body. d3 uses 0.9.
pub const THETA: f64 = 0.9;
/// The temperature below which the simulation is settled.
pub const ALPHA_MIN: f64 = 0.001;
/// The ticks from the start to settled: alpha cools from 1 to [`ALPHA_MIN`] in this many.
pub const TICKS: usize = 300;

/// The share of alpha lost each tick: 1 − ALPHA_MIN^(1/TICKS), written out so that no
/// platform's `powf` can make it differ by a bit (checked by a test).
const DECAY: f64 = 0.022_762_779_044_189_33;
/// Repulsion between every two people (negative would attract).
const CHARGE: f64 = 30.0;
/// The length a friendship's spring wants.
const LINK_DISTANCE: f64 = 30.0;
/// The pull towards the centre, per unit of distance.
const GRAVITY: f64 = 0.02;
/// Gravity across: weaker than [`GRAVITY`] by 1.5, and [`GRAVITY_DOWN`] stronger by as much, so
/// the people spread about half as wide again as tall (the extent under gravity goes as its
/// inverse square root), as the picture is, instead of a disc in its middle.
const GRAVITY_ACROSS: f64 = GRAVITY / 1.5;
/// Gravity down: stronger than [`GRAVITY`] by 1.5 (see [`GRAVITY_ACROSS`]).
const GRAVITY_DOWN: f64 = GRAVITY * 1.5;
/// The share of a velocity kept from one tick to the next.
const VELOCITY_KEEP: f64 = 0.6;
/// Spacing of the phyllotaxis start.
const START_SPACING: f64 = 10.0;
/// How hard a friendship across two groups pulls, as a share of one inside a group.
const ACROSS: f64 = 0.1;

/// A spring between two people.
#[derive(Clone, Copy, Debug)]
struct Link {
    a: u32,
    b: u32,
    /// How hard it pulls: one over the smaller number of friends of its two ends, so hubs
    /// are not torn apart (d3's default).
    strength: f64,
    /// The share of the correction that moves `b` (the rest moves `a`): the end with more
    /// friends moves less.
    bias: f64,
}

/// A force layout in progress over the people of one scenario.
#[derive(Clone, Debug)]
pub struct Simulation {
    pos: Vec<Point>,
    vel: Vec<Point>,
    links: Vec<Link>,
    /// The centre of each person's group's region, which gravity pulls them to.
    anchor: Vec<Point>,
    alpha: f64,
    decay: f64,
    ticks: usize,
    energy: f64,
    /// The tree and the pushes of the last tick, kept so that ticks allocate nothing.
    tree: QuadTree,
    push: Vec<Point>,
}

impl Simulation {
    /// People of `s` on the phyllotaxis spiral, friendships as springs, hot.
    pub fn new(s: &Scenario) -> Simulation {
        let mut pairs: Vec<(u32, u32)> = s
            .friendships
            .iter()
            .map(|f| {
                let (a, b) = (f.between[0].ix() as u32, f.between[1].ix() as u32);
                (a.min(b), a.max(b))
            })
            .filter(|(a, b)| a != b)
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        Simulation::of(s.people.len(), &pairs)
    }

    /// `n` people and the friendships `pairs` (indices below `n`; others are ignored).
    pub fn of(n: usize, pairs: &[(u32, u32)]) -> Simulation {
        let pairs: Vec<(u32, u32)> = pairs
            .iter()
            .copied()
            .filter(|&(a, b)| (a as usize) < n && (b as usize) < n && a != b)
            .collect();
        let mut degree = vec![0u32; n];
        for &(a, b) in &pairs {
            degree[a as usize] += 1;
            degree[b as usize] += 1;
        }
        let group = communities(n, &pairs);
        let links = pairs
            .iter()
            .map(|&(a, b)| {
                let (da, db) = (f64::from(degree[a as usize]), f64::from(degree[b as usize]));
                let across = if group[a as usize] == group[b as usize] {
                    1.0
                } else {
                    ACROSS
                };
                Link {
                    a,
                    b,
                    strength: across / da.min(db),
                    bias: da / (da + db),
                }
            })
            .collect();
        let (pos, anchor) = start_in_regions(&group);
        Simulation {
            pos,
            vel: vec![Point { x: 0.0, y: 0.0 }; n],
            links,
            anchor,
            alpha: 1.0,
            decay: DECAY,
            ticks: 0,
            energy: 0.0,
            tree: QuadTree::default(),
            push: vec![Point { x: 0.0, y: 0.0 }; n],
        }
    }

    /// Starts from `at` instead of the spiral where `at` gives a finite position (say, where
    /// the people were before an edit).
    pub fn place(&mut self, at: &[Option<Point>]) {
        for (p, a) in self.pos.iter_mut().zip(at) {
            if let Some(a) = a.filter(|a| a.x.is_finite() && a.y.is_finite()) {
                *p = a;
            }
        }
    }

    /// One step: forces at the current temperature, velocities, positions, then cooling.
    /// Does nothing once settled.
    pub fn tick(&mut self) {
        if self.settled() {
            return;
        }
        let alpha = self.alpha;
        // Springs first, on the positions as they will be after this tick's velocities (as d3).
        for l in &self.links {
            let (a, b) = (l.a as usize, l.b as usize);
            let mut dx = self.pos[b].x + self.vel[b].x - self.pos[a].x - self.vel[a].x;
            let mut dy = self.pos[b].y + self.vel[b].y - self.pos[a].y - self.vel[a].y;
            if dx == 0.0 && dy == 0.0 {
                // Two friends on one spot: a fixed nudge by index, not a random one.
                dx = 1e-3 * (1.0 + (l.a % 7) as f64);
                dy = 1e-3 * (1.0 + (l.b % 5) as f64);
            }
            let d = (dx * dx + dy * dy).sqrt();
            let k = (d - LINK_DISTANCE) / d * alpha * l.strength;
            let (fx, fy) = (dx * k, dy * k);
            self.vel[b].x -= fx * l.bias;
            self.vel[b].y -= fy * l.bias;
            self.vel[a].x += fx * (1.0 - l.bias);
            self.vel[a].y += fy * (1.0 - l.bias);
        }
        self.tree.rebuild(&self.pos);
        self.tree
            .push_all(THETA, CHARGE * alpha, 1.0, &mut self.push);
        let mut energy = 0.0;
        for i in 0..self.pos.len() {
            let push = self.push[i];
            let v = &mut self.vel[i];
            let home = self.anchor[i];
            v.x += push.x - (self.pos[i].x - home.x) * GRAVITY_ACROSS * alpha;
            v.y += push.y - (self.pos[i].y - home.y) * GRAVITY_DOWN * alpha;
            v.x *= VELOCITY_KEEP;
            v.y *= VELOCITY_KEEP;
            energy += v.x * v.x + v.y * v.y;
            self.pos[i].x += v.x;
            self.pos[i].y += v.y;
        }
        self.energy = energy / self.pos.len().max(1) as f64;
        self.alpha += (0.0 - self.alpha) * self.decay;
        self.ticks += 1;
    }

    /// Ticks until settled.
    pub fn run(&mut self) {
        while !self.settled() {
            self.tick();
        }
    }

    /// The ticks done so far.
    pub fn ticks(&self) -> usize {
        self.ticks
    }

    /// How far from the start to settled, from 0 to 1.
    pub fn progress(&self) -> f64 {
        if self.settled() {
            1.0
        } else {
            (self.ticks as f64 / TICKS as f64).min(1.0)
        }
    }

    /// The mean squared speed of the last tick: how much the picture still moves.
    pub fn energy(&self) -> f64 {
        self.energy
    }

    /// Whether the simulation has cooled down (or has nobody to move).
    pub fn settled(&self) -> bool {
        self.alpha < ALPHA_MIN || self.pos.is_empty()
    }

    /// Where each person is now, in the simulation's own units around the origin.
    pub fn positions(&self) -> &[Point] {
        &self.pos
    }
}

/// Where each person starts and the centre they are pulled to, by their `group`: the members
/// of a group on a spiral (in their order in the file) around its region's centre. With one
/// group that is the plain spiral around the origin.
fn start_in_regions(group: &[u32]) -> (Vec<Point>, Vec<Point>) {
    let size = sizes(group);
    let region = regions(&size);
    let turn = spiral(size.first().copied().unwrap_or(0) as usize);
    let mut placed = vec![0usize; size.len()];
    let mut pos = Vec::with_capacity(group.len());
    let mut anchor = Vec::with_capacity(group.len());
    for &g in group {
        let (centre, _) = region[g as usize];
        let p = turn[placed[g as usize]];
        placed[g as usize] += 1;
        pos.push(Point {
            x: centre.x + p.x,
            y: centre.y + p.y,
        });
        anchor.push(centre);
    }
    (pos, anchor)
}

/// `n` points on a phyllotaxis spiral: point i at radius spacing·√(i + ½), turned by the
/// golden angle from the one before. The turn is a multiplication by the angle's cosine and
/// sine (constants), so the points are the same bit for bit on every platform.
fn spiral(n: usize) -> Vec<Point> {
    // cos and sin of the golden angle, π(3 − √5) radians.
    const COS: f64 = -0.737_368_878_078_319_7;
    const SIN: f64 = 0.675_490_294_261_523_9;
    let (mut c, mut s) = (1.0, 0.0);
    (0..n)
        .map(|i| {
            let r = START_SPACING * (i as f64 + 0.5).sqrt();
            let p = Point { x: r * c, y: r * s };
            let next = (c * COS - s * SIN, c * SIN + s * COS);
            // Renormalised, so rounding does not grow the radius over thousands of turns.
            let len = (next.0 * next.0 + next.1 * next.1).sqrt();
            (c, s) = (next.0 / len, next.1 / len);
            p
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` people in groups of 20 with friends inside the group and a few across, by a seeded
    /// generator.
    fn groups(n: u32) -> Vec<(u32, u32)> {
        let mut s = 11u64;
        let mut below = move |k: u32| {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((s >> 33) % u64::from(k)) as u32
        };
        let mut pairs = Vec::new();
        for a in 0..n {
            let g = a / 20 * 20;
            for _ in 0..3 {
                pairs.push((a, (g + below(20)).min(n - 1)));
            }
            if below(10) == 0 {
                pairs.push((a, below(n)));
            }
        }
        pairs
    }

    #[test]
    fn the_spiral_turns_by_the_golden_angle() {
        let golden = std::f64::consts::PI * (3.0 - 5f64.sqrt());
        assert!((golden.cos() - -0.737_368_878_078_319_7).abs() < 1e-15);
        assert!((golden.sin() - 0.675_490_294_261_523_9).abs() < 1e-15);
        assert!((DECAY - (1.0 - ALPHA_MIN.powf(1.0 / TICKS as f64))).abs() < 1e-16);
        let p = spiral(1000);
        let r = START_SPACING * 999.5f64.sqrt();
        assert!(((p[999].x.powi(2) + p[999].y.powi(2)).sqrt() - r).abs() < 1e-9);
    }

    #[test]
    fn same_input_same_positions_and_it_settles() {
        let pairs = groups(600);
        let mut a = Simulation::of(600, &pairs);
        let mut b = Simulation::of(600, &pairs);
        assert_eq!(a.progress(), 0.0);
        let mut energy = Vec::new();
        while !a.settled() {
            a.tick();
            b.tick();
            energy.push(a.energy());
            assert_eq!(a.positions(), b.positions(), "tick {}", a.ticks());
        }
        assert_eq!(a.ticks(), TICKS);
        assert_eq!(a.progress(), 1.0);
        // It calms down: the last ticks move far less than the early ones.
        assert!(energy[TICKS - 1] < energy[10] / 100.0, "{energy:?}");
        let before = a.positions().to_vec();
        a.tick();
        assert_eq!(a.positions(), &before[..], "a settled simulation stays put");
    }

    #[test]
    fn positions_stay_bounded_and_friends_sit_closer_than_strangers() {
        let n = 1000;
        let pairs = groups(n);
        let mut sim = Simulation::of(n as usize, &pairs);
        sim.run();
        let p = sim.positions();
        let extent = START_SPACING * f64::from(n).sqrt() * 10.0;
        assert!(p
            .iter()
            .all(|q| q.x.is_finite() && q.x.abs() < extent && q.y.abs() < extent));
        let d = |a: u32, b: u32| {
            let (a, b) = (p[a as usize], p[b as usize]);
            ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
        };
        let friends: f64 = pairs.iter().map(|&(a, b)| d(a, b)).sum::<f64>() / pairs.len() as f64;
        let strangers: f64 =
            (0..n - 1).map(|a| d(a, (a * 7919 + 13) % n)).sum::<f64>() / f64::from(n);
        assert!(friends * 2.0 < strangers, "{friends} vs {strangers}");
    }

    #[test]
    fn nobody_and_people_on_one_spot_do_not_break_it() {
        let mut empty = Simulation::of(0, &[]);
        empty.tick();
        assert!(empty.settled() && empty.positions().is_empty());
        let mut same = Simulation::of(50, &[(0, 1), (1, 2), (0, 60)]);
        same.place(&vec![Some(Point { x: 5.0, y: 5.0 }); 50]);
        same.run();
        assert!(same
            .positions()
            .iter()
            .all(|p| p.x.is_finite() && p.y.is_finite()));
    }
}

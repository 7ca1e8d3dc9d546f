//! Groups of friends in a network, found by label propagation, and a region of the picture for
//! each: what lets a big imported network show its groups instead of a hairball.
//!
//! Each person starts as a group of their own; sweep after sweep, in a fixed shuffled order,
//! each takes the label most of their friends carry (ties broken by a hash of the label and the
//! sweep, never by chance), until no one changes or [`SWEEPS`] have run. Everything here is
//! integer arithmetic except the regions' sizes and places, which use only `+ − × ÷ √` (exact in
//! IEEE 754 on every platform, unlike `sin`), so a network is grouped and placed the same bit
//! for bit natively and in WebAssembly. What this leaves out: groups inside groups (one level,
//! as the picture has room for), and weights (a friendship is a friendship).

use crate::present::point::{push_apart, Point};

/// The most sweeps of label propagation; on networks of thousands it settles in about ten.
pub const SWEEPS: usize = 30;

/// The radius of a group's region per square root of its members, in the force layout's units
/// (its spiral start spreads `m` people over a radius of 10·√m; springs of 30 and a charge of
/// 30 settle them a little wider).
pub const SPREAD: f64 = 8.0;

/// Free space between two regions, in the same units.
const GAP: f64 = 20.0;

/// How much wider than tall the regions are spread (and how much less tall), keeping their
/// area: √1.5, so the groups fill a picture about half as wide again as it is tall (the
/// layout's 1000 by 640) instead of a disc in its middle.
const STRETCH: f64 = 1.224_744_871_391_589;

/// Each person's group, numbered from 0 by size (the biggest first; equal sizes by their first
/// member), for `n` people and friendships `pairs` (indices below `n`; others are ignored).
pub fn communities(n: usize, pairs: &[(u32, u32)]) -> Vec<u32> {
    let (start, friends) = adjacency(n, pairs);
    let mut label: Vec<u32> = (0..n as u32).collect();
    let order = shuffled(n);
    let mut count = vec![0u32; n];
    let mut seen: Vec<u32> = Vec::new();
    for sweep in 0..SWEEPS as u32 {
        let mut changed = false;
        for &v in &order {
            let v = v as usize;
            let around = &friends[start[v] as usize..start[v + 1] as usize];
            if around.is_empty() {
                continue;
            }
            for &f in around {
                let l = label[f as usize];
                if count[l as usize] == 0 {
                    seen.push(l);
                }
                count[l as usize] += 1;
            }
            let most = seen.iter().map(|&l| count[l as usize]).max().unwrap_or(0);
            let mine = label[v];
            // Keep one's own label on a tie; otherwise the tied label with the smallest hash.
            let best = if count[mine as usize] == most {
                mine
            } else {
                seen.iter()
                    .copied()
                    .filter(|&l| count[l as usize] == most)
                    .min_by_key(|&l| (mix(l, sweep), l))
                    .unwrap_or(mine)
            };
            for &l in &seen {
                count[l as usize] = 0;
            }
            seen.clear();
            if best != mine {
                label[v] = best;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    numbered(&label)
}

/// How many people each group has, by group number.
pub fn sizes(groups: &[u32]) -> Vec<u32> {
    let k = groups.iter().map(|&g| g as usize + 1).max().unwrap_or(0);
    let mut sizes = vec![0u32; k];
    for &g in groups {
        sizes[g as usize] += 1;
    }
    sizes
}

/// A region for each group of `sizes` people (in group order, the biggest first): its centre,
/// around the origin, and its radius ([`SPREAD`]·√size), no two overlapping. The biggest sits
/// in the middle and the rest go round it on a sunflower spiral by the area placed so far,
/// widened by [`STRETCH`], then any that still overlap are pushed apart.
pub fn regions(sizes: &[u32]) -> Vec<(Point, f64)> {
    // cos and sin of the golden angle, as in the force layout's spiral.
    const COS: f64 = -0.737_368_878_078_319_7;
    const SIN: f64 = 0.675_490_294_261_523_9;
    let radius: Vec<f64> = sizes
        .iter()
        .map(|&m| SPREAD * f64::from(m.max(1)).sqrt())
        .collect();
    let (mut c, mut s) = (1.0, 0.0);
    let mut area = 0.0;
    let mut at: Vec<Point> = Vec::with_capacity(sizes.len());
    for (i, r) in radius.iter().enumerate() {
        let padded = r + GAP / 2.0;
        let p = if i == 0 {
            Point { x: 0.0, y: 0.0 }
        } else {
            // The area covered so far, as a disc, plus this region's half: its centre's radius.
            let rho = (area + padded * padded * 2.0).sqrt();
            Point {
                x: rho * c * STRETCH,
                y: rho * s / STRETCH,
            }
        };
        area += padded * padded * 4.0;
        at.push(p);
        let next = (c * COS - s * SIN, c * SIN + s * COS);
        let len = (next.0 * next.0 + next.1 * next.1).sqrt();
        (c, s) = (next.0 / len, next.1 / len);
    }
    separate(&mut at, &radius);
    at.into_iter().zip(radius).collect()
}

/// Pushes apart regions that overlap (with [`GAP`] between them), a few rounds over every
/// pair; a bigger region moves less. The rounds are capped so a network of many small groups
/// stays quick; the force layout's repulsion settles what is left.
fn separate(at: &mut [Point], radius: &[f64]) {
    let k = at.len();
    let rounds = (4_000_000 / (k * k).max(1)).clamp(1, 60);
    for _ in 0..rounds {
        let mut moved = false;
        for i in 0..k {
            for j in (i + 1)..k {
                let want = radius[i] + radius[j] + GAP;
                // The smaller region moves more; the first (biggest) stays in the middle.
                let wi = if i == 0 {
                    0.0
                } else {
                    radius[j] / (radius[i] + radius[j])
                };
                let (a, b) = at.split_at_mut(j);
                moved |= push_apart(&mut a[i], &mut b[0], want, wi, (1.0, 0.0));
            }
        }
        if !moved {
            break;
        }
    }
}

/// Friends as a compressed sparse row: where each person's friends start, then the friends.
fn adjacency(n: usize, pairs: &[(u32, u32)]) -> (Vec<u32>, Vec<u32>) {
    let fine = |&&(a, b): &&(u32, u32)| (a as usize) < n && (b as usize) < n && a != b;
    let mut start = vec![0u32; n + 1];
    for &(a, b) in pairs.iter().filter(fine) {
        start[a as usize + 1] += 1;
        start[b as usize + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut next = start.clone();
    let mut friends = vec![0u32; start[n] as usize];
    for &(a, b) in pairs.iter().filter(fine) {
        friends[next[a as usize] as usize] = b;
        next[a as usize] += 1;
        friends[next[b as usize] as usize] = a;
        next[b as usize] += 1;
    }
    (start, friends)
}

/// 0..n in an order shuffled by a seeded generator (Fisher-Yates over a 64-bit LCG), so people
/// listed side by side in a file do not sweep their label along the list.
fn shuffled(n: usize) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    let mut state = 0x5EED_u64;
    for i in (1..n).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = ((state >> 33) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// A label's tie-breaking hash in a sweep (a 32-bit mix, so ties do not always favour the
/// same labels).
fn mix(label: u32, sweep: u32) -> u32 {
    let mut h = label.wrapping_mul(0x9E37_79B9) ^ sweep.wrapping_mul(0x85EB_CA6B);
    h ^= h >> 16;
    h = h.wrapping_mul(0x7FEB_352D);
    h ^= h >> 15;
    h
}

/// Labels renumbered from 0 by group size, biggest first (equal sizes by their first member).
/// Everyone left alone (no friends, or none who shares their label) joins one group, so a
/// network of many such people is not thousands of regions.
fn numbered(label: &[u32]) -> Vec<u32> {
    let n = label.len();
    let mut size = vec![0u32; n];
    for &l in label {
        size[l as usize] += 1;
    }
    let alone = label.iter().copied().find(|&l| size[l as usize] == 1);
    let label: Vec<u32> = label
        .iter()
        .map(|&l| match alone {
            Some(a) if size[l as usize] == 1 => a,
            _ => l,
        })
        .collect();
    let mut size = vec![0u32; n];
    let mut first = vec![u32::MAX; n];
    for (i, &l) in label.iter().enumerate() {
        size[l as usize] += 1;
        first[l as usize] = first[l as usize].min(i as u32);
    }
    let mut used: Vec<u32> = (0..n as u32).filter(|&l| size[l as usize] > 0).collect();
    used.sort_by_key(|&l| (std::cmp::Reverse(size[l as usize]), first[l as usize]));
    let mut number = vec![0u32; n];
    for (k, &l) in used.iter().enumerate() {
        number[l as usize] = k as u32;
    }
    label.iter().map(|&l| number[l as usize]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two groups of `m` people, everyone friends within their group, joined by one friendship.
    fn two_groups(m: u32) -> Vec<(u32, u32)> {
        let mut pairs = Vec::new();
        for g in [0, m] {
            for a in g..g + m {
                for b in (a + 1)..g + m {
                    pairs.push((a, b));
                }
            }
        }
        pairs.push((0, m));
        pairs
    }

    #[test]
    fn two_dense_groups_joined_by_one_friendship_are_two_groups() {
        let g = communities(40, &two_groups(20));
        assert!(g[..20].iter().all(|&x| x == g[0]));
        assert!(g[20..].iter().all(|&x| x == g[20]));
        assert_ne!(g[0], g[20]);
        assert_eq!(sizes(&g), vec![20, 20]);
        assert_eq!(g, communities(40, &two_groups(20)), "deterministic");
    }

    #[test]
    fn people_without_friends_are_each_their_own_group_and_bad_pairs_are_ignored() {
        let g = communities(4, &[(0, 1), (1, 1), (2, 9)]);
        assert_eq!(g[0], g[1]);
        assert_eq!(sizes(&g), vec![2, 2]);
        assert_eq!(g[2], g[3]);
        assert!(communities(0, &[]).is_empty());
    }

    #[test]
    fn regions_do_not_overlap() {
        let sizes = [400, 120, 90, 90, 60, 20, 20, 5, 3, 1, 1, 1];
        let r = regions(&sizes);
        assert_eq!(r[0].0, Point { x: 0.0, y: 0.0 });
        for (i, (p, a)) in r.iter().enumerate() {
            for (q, b) in &r[i + 1..] {
                let d = ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt();
                assert!(d + 1e-6 >= a + b, "{p:?} {q:?}");
            }
        }
    }
}

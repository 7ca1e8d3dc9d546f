//! Barabasi-Albert: preferential attachment. The first few people all befriend each other;
//! each newcomer then befriends people drawn in proportion to the friends they already have,
//! so a few gather very many.

use super::rng::Rng;

/// One step of Barabasi-Albert: the first `m + 1` people all befriend each other; each later
/// newcomer befriends `m` distinct people drawn from `ends` (so in proportion to their friends).
/// Returns the friendships made.
pub(super) fn attach(
    n: u32,
    m: u32,
    ends: &mut Vec<u32>,
    mark: &mut Vec<u32>,
    next: &mut u32,
    rng: &mut Rng,
    sink: &mut impl FnMut(u32, u32),
) -> u64 {
    if *next == 0 {
        let core = (m + 1).min(n);
        mark.resize(n as usize, u32::MAX);
        ends.reserve(2 * m as usize * n as usize);
        let mut made = 0;
        for a in 0..core {
            for b in a + 1..core {
                sink(a, b);
                ends.extend([a, b]);
                made += 1;
            }
        }
        *next = core;
        return made.max(1);
    }
    let v = *next;
    // Only friendships made before the newcomer count, so they never draw themselves.
    let before = ends.len() as u64;
    let mut picked = 0;
    while picked < m {
        let t = ends[rng.below(before) as usize];
        if mark[t as usize] == v {
            continue;
        }
        mark[t as usize] = v;
        sink(v, t);
        ends.extend([v, t]);
        picked += 1;
    }
    *next += 1;
    u64::from(m)
}

#[cfg(test)]
mod tests {
    use crate::core::scale::tests::{degrees, mean, median, params};
    use crate::core::scale::Model;

    #[test]
    fn barabasi_albert_has_the_mean_and_hubs() {
        let d = degrees(params(Model::BarabasiAlbert, 20_000, 20, 3));
        let m = mean(&d);
        assert!((m - 20.0).abs() < 1.0, "mean {m}");
        // Everyone joins with m = 10 friends; preferential attachment grows hubs far past it.
        assert!(d.iter().all(|&x| x >= 10));
        assert!(*d.iter().max().unwrap() > 300);
        assert!(median(&d) < 20);
    }
}

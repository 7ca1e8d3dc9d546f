//! Watts-Strogatz: a small world. Everyone befriends their nearest neighbours on a ring, and
//! one friendship in ten is rewired to anyone at all.

use super::rng::Rng;
use super::REWIRE_PER_MILLE;

/// One person of Watts-Strogatz: `v` befriends the `half` people after them on the ring, each
/// friendship rewired to anyone else with probability [`REWIRE_PER_MILLE`] per mille. Returns
/// the friendships made.
pub(super) fn ring(
    n: u32,
    half: u32,
    v: u32,
    rng: &mut Rng,
    sink: &mut impl FnMut(u32, u32),
) -> u64 {
    for j in 1..=half {
        let mut t = (v + j) % n;
        if rng.below(1000) < REWIRE_PER_MILLE {
            t = rng.below(u64::from(n)) as u32;
            while t == v {
                t = rng.below(u64::from(n)) as u32;
            }
        }
        if t != v {
            sink(v, t);
        }
    }
    u64::from(half)
}

#[cfg(test)]
mod tests {
    use crate::core::scale::tests::{degrees, mean, params};
    use crate::core::scale::Model;

    #[test]
    fn watts_strogatz_is_nearly_regular() {
        let d = degrees(params(Model::WattsStrogatz, 20_000, 20, 5));
        let m = mean(&d);
        assert!((m - 20.0).abs() < 0.1, "mean {m}");
        assert!(*d.iter().max().unwrap() < 40);
        assert!(*d.iter().min().unwrap() >= 5);
    }
}

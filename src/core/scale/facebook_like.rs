//! The Facebook-like model: a configuration model whose friend counts follow a log-normal with
//! Pew's 2014 shape (mean 338, median 200). Each person first draws a target friend count; then
//! friendships join ends drawn in proportion to those counts from an alias table, in integers.

use super::arithmetic::exp;
use super::rng::Rng;
use super::{Params, MAX_FRIENDS};

/// The Facebook-like model's median friend count and cap: the median is `friends * 200 / 338`
/// (Pew 2014: mean 338, median 200), the cap [`MAX_FRIENDS`] or everyone else.
pub(super) fn facebook_shape(params: &Params) -> (f64, f64) {
    let median = f64::from(params.friends) * 200.0 / 338.0;
    let cap = MAX_FRIENDS.min(u64::from(params.people) - 1) as f64;
    (median, cap)
}

/// One person's target friend count in the Facebook-like model: log-normal with `median` and
/// spread `sigma` such that the mean is the median times 338/200, at least 1 and at most `cap`.
/// The normal draw is the sum of twelve uniforms and the exponential a fixed series, so the
/// counts are the same bits on every machine.
pub(super) fn facebook_degree(median: f64, cap: f64, rng: &mut Rng) -> u32 {
    // sigma^2 / 2 = ln(338 / 200), so the mean is the median times 338 / 200.
    const SIGMA: f64 = 1.024_430_2;
    let mut z = -6.0;
    for _ in 0..12 {
        z += (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    }
    let d = (median * exp(SIGMA * z)).round();
    d.clamp(1.0, cap) as u32
}

/// Walker's alias table over integer weights, in integers: a draw is one column and one
/// comparison, exact on every machine.
#[derive(Debug)]
pub(super) struct Alias {
    /// Each column's own share, in units where a full column is `total`.
    own: Vec<u64>,
    /// The person a column's remainder belongs to.
    other: Vec<u32>,
    /// The sum of the weights.
    total: u64,
}

impl Alias {
    pub(super) fn new(weights: &[u32]) -> Alias {
        let n = weights.len() as u64;
        let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
        let mut scaled: Vec<u64> = weights.iter().map(|&w| u64::from(w) * n).collect();
        let mut own = vec![total; weights.len()];
        let mut other: Vec<u32> = (0..weights.len() as u32).collect();
        let (mut small, mut large): (Vec<u32>, Vec<u32>) =
            (0..weights.len() as u32).partition(|&i| scaled[i as usize] < total);
        while let (Some(s), Some(&l)) = (small.pop(), large.last()) {
            own[s as usize] = scaled[s as usize];
            other[s as usize] = l;
            scaled[l as usize] -= total - scaled[s as usize];
            if scaled[l as usize] < total {
                large.pop();
                small.push(l);
            }
        }
        Alias { own, other, total }
    }

    pub(super) fn draw(&self, rng: &mut Rng) -> u32 {
        let column = rng.below(self.own.len() as u64) as usize;
        if rng.below(self.total) < self.own[column] {
            column as u32
        } else {
            self.other[column]
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::core::scale::tests::{degrees, mean, median, params};
    use crate::core::scale::{Model, MAX_FRIENDS};

    #[test]
    fn facebook_like_has_pews_mean_and_median() {
        let d = degrees(params(Model::FacebookLike, 20_000, 338, 7));
        let (m, med) = (mean(&d), median(&d));
        assert!((m - 338.0).abs() < 338.0 * 0.05, "mean {m}");
        assert!(
            (f64::from(med) - 200.0).abs() < 200.0 * 0.08,
            "median {med}"
        );
        assert!(d.iter().all(|&x| x >= 1 && u64::from(x) <= MAX_FRIENDS));
    }
}

//! Arithmetic that gives the same bits natively and in WebAssembly: `e^x` by a fixed series
//! (the Facebook-like model's log-normal friend counts), and the chance that anyone of `n`
//! people does something, by squaring (a reader's own figures beside the generated networks).
//! Only `+`, `*` and `/`, whose results IEEE 754 fixes; no library function whose last place
//! may differ between machines.

/// `e^x` by halving `x` into [-1/2, 1/2] and a Taylor series, with only `+`, `*` and `/`:
/// the same bits natively and in WebAssembly, where `f64::exp` may differ in the last place.
pub(super) fn exp(x: f64) -> f64 {
    let mut halvings = 0;
    let mut r = x;
    while r.abs() > 0.5 {
        r /= 2.0;
        halvings += 1;
    }
    let (mut sum, mut term) = (1.0, 1.0);
    for k in 1..=18 {
        term = term * r / f64::from(k);
        sum += term;
    }
    for _ in 0..halvings {
        sum *= sum;
    }
    sum
}

/// The chance that at least one of `n` people does something each does independently with
/// chance `rate` (0 to 1; clamped, NaN is 0): `1 - (1 - rate)^n`. A reader's own arithmetic beside the generated
/// networks ("if 1 in 100 of your friends used such an app"), by squaring with plain
/// multiplications, so it gives the same digits natively and in WebAssembly.
pub fn chance_any(n: u64, rate: f64) -> f64 {
    let rate = if rate.is_nan() {
        0.0
    } else {
        rate.clamp(0.0, 1.0)
    };
    let miss = 1.0 - rate;
    let (mut base, mut power, mut left) = (miss, 1.0, n);
    while left > 0 {
        if left & 1 == 1 {
            power *= base;
        }
        base *= base;
        left >>= 1;
    }
    1.0 - power
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chance_of_anyone_is_one_minus_nobody() {
        assert_eq!(chance_any(0, 0.5), 0.0);
        assert_eq!(chance_any(1, 0.01), 1.0 - 0.99);
        assert_eq!(chance_any(2, 0.5), 0.75);
        assert!((chance_any(338, 0.01) - (1.0 - 0.99f64.powf(338.0))).abs() < 1e-12);
        assert_eq!(chance_any(10, 1.0), 1.0);
        assert_eq!(chance_any(u64::MAX, 0.0), 0.0);
        assert_eq!(chance_any(5, 2.0), 1.0);
        assert_eq!(chance_any(5, f64::NAN), 0.0);
    }

    #[test]
    fn the_exponential_series_matches_the_library() {
        for x in [-7.0, -1.3, -0.2, 0.0, 0.4, 1.0, 2.5, 6.1] {
            let (ours, lib) = (exp(x), f64::exp(x));
            assert!(((ours - lib) / lib).abs() < 1e-12, "{x}: {ours} vs {lib}");
        }
    }
}

//! A generator of one network, a slice at a time: each call hands about a budget of
//! friendships to a sink and says whether the network is finished, so a page can make a million
//! people between frames. However the work is sliced, the friendships come in the same order.
//! Each model's step is its own module's; what the friendships mean is the caller's.

use super::barabasi_albert::attach;
use super::facebook_like::{facebook_degree, facebook_shape, Alias};
use super::rng::Rng;
use super::watts_strogatz::ring;
use super::{Model, ParamError, Params};

/// Where a generator is.
#[derive(Debug)]
enum Phase {
    /// Barabasi-Albert: `ends` lists both people of every friendship so far; the newcomer
    /// `next` picks `m` of them, `mark` keeping each pick distinct.
    Attach {
        m: u32,
        ends: Vec<u32>,
        mark: Vec<u32>,
        next: u32,
    },
    /// Watts-Strogatz: person `next` befriends the `half` people after them on the ring.
    Ring { half: u32, next: u32 },
    /// Facebook-like, first: each person's target friend count, `next` the next person's.
    Count { degrees: Vec<u32>, next: u32 },
    /// Facebook-like, then: `left` of `pairs` friendships still to draw, each end from the alias
    /// table.
    Pair { alias: Alias, left: u64, pairs: u64 },
    /// Finished.
    Done,
}

/// A generator of one network, a slice at a time.
#[derive(Debug)]
pub struct Generator {
    params: Params,
    rng: Rng,
    phase: Phase,
    work: u64,
    done: u64,
}

impl Generator {
    /// A generator of the network `params` describe (checked first).
    pub fn new(params: Params) -> Result<Generator, ParamError> {
        params.check()?;
        let rng = Rng::new(params.seed ^ 0x5ca1_ab1e_0000_0000);
        let n = params.people;
        let (phase, work) = match params.model {
            Model::BarabasiAlbert => {
                let m = (params.friends / 2).max(1);
                let phase = Phase::Attach {
                    m,
                    ends: Vec::new(),
                    mark: Vec::new(),
                    next: 0,
                };
                (phase, u64::from(n))
            }
            Model::WattsStrogatz => {
                let half = (params.friends / 2).max(1);
                (Phase::Ring { half, next: 0 }, u64::from(n))
            }
            Model::FacebookLike => {
                let phase = Phase::Count {
                    degrees: Vec::with_capacity(n as usize),
                    next: 0,
                };
                (phase, u64::from(n))
            }
        };
        Ok(Generator {
            params,
            rng,
            phase,
            work: work.max(1),
            done: 0,
        })
    }

    /// The parameters.
    pub fn params(&self) -> Params {
        self.params
    }

    /// How much is done, from 0 to 1 (never going back).
    pub fn progress(&self) -> f64 {
        match &self.phase {
            Phase::Done => 1.0,
            // Counting friends is the first tenth of the Facebook-like model's work.
            Phase::Count { next, .. } => 0.1 * f64::from(*next) / f64::from(self.params.people),
            Phase::Pair { left, pairs, .. } => {
                0.1 + 0.9 * (1.0 - *left as f64 / (*pairs).max(1) as f64)
            }
            _ => self.done as f64 / self.work as f64,
        }
    }

    /// Whether every friendship has been handed out.
    pub fn finished(&self) -> bool {
        matches!(self.phase, Phase::Done)
    }

    /// Hands about `budget` more friendships to `sink` (each pair once, never a person with
    /// themselves; the same pair may come twice in the Watts-Strogatz and Facebook-like models,
    /// which readers of the friendships count once). Returns whether the network is finished.
    /// However the work is sliced, the friendships come in the same order.
    pub fn run(&mut self, budget: u64, sink: &mut impl FnMut(u32, u32)) -> bool {
        let n = self.params.people;
        let mut spent = 0u64;
        while spent < budget {
            let (rng, done) = (&mut self.rng, &mut self.done);
            let finished = match &mut self.phase {
                Phase::Attach {
                    m,
                    ends,
                    mark,
                    next,
                } => {
                    spent += attach(n, *m, ends, mark, next, rng, sink);
                    *done = u64::from(*next);
                    *next >= n
                }
                Phase::Ring { half, next } => {
                    spent += ring(n, *half, *next, rng, sink);
                    *next += 1;
                    *done = u64::from(*next);
                    *next >= n
                }
                Phase::Count { degrees, next } => {
                    let end = (u64::from(*next) + (budget - spent).max(1)).min(u64::from(n)) as u32;
                    let (median, cap) = facebook_shape(&self.params);
                    for _ in *next..end {
                        degrees.push(facebook_degree(median, cap, rng));
                    }
                    spent += u64::from(end - *next).max(1);
                    *next = end;
                    if *next >= n {
                        let total: u64 = degrees.iter().map(|&d| u64::from(d)).sum();
                        let alias = Alias::new(degrees);
                        let pairs = total / 2;
                        self.phase = Phase::Pair {
                            alias,
                            left: pairs,
                            pairs,
                        };
                    }
                    false
                }
                Phase::Pair { alias, left, .. } => {
                    let k = (*left).min(budget - spent).max(1).min(*left);
                    for _ in 0..k {
                        let a = alias.draw(rng);
                        let mut b = alias.draw(rng);
                        while b == a {
                            b = alias.draw(rng);
                        }
                        sink(a, b);
                    }
                    *left -= k;
                    spent += k.max(1);
                    *left == 0
                }
                Phase::Done => true,
            };
            if finished {
                self.phase = Phase::Done;
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scale::tests::params;

    #[test]
    fn slices_do_not_change_the_network() {
        for model in Model::ALL {
            let p = params(model, 3_000, 40, 99);
            let mut whole = Vec::new();
            Generator::new(p)
                .unwrap()
                .run(u64::MAX, &mut |a, b| whole.push((a, b)));
            let mut sliced = Vec::new();
            let mut g = Generator::new(p).unwrap();
            let mut last = 0.0;
            while !g.run(777, &mut |a, b| sliced.push((a, b))) {
                assert!(g.progress() >= last && g.progress() < 1.0);
                last = g.progress();
            }
            assert_eq!(g.progress(), 1.0);
            assert_eq!(whole, sliced, "{model:?}");
        }
    }
}

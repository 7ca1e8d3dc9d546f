//! Networks at scale: seeded friend networks generated from a model, and who a quiz reaches in
//! them, for every install rate at once.
//!
//! [`Generator`] makes a network of [`Params`] (Barabasi-Albert, Watts-Strogatz or a
//! configuration model shaped like Facebook's friend counts) a slice at a time, handing each
//! friendship to a sink, so a page can generate a million people between frames and the command
//! line can collect the same friendships into a scenario. Everything is drawn from a SplitMix64
//! stream seeded by the caller with integer arithmetic only, so the same parameters give the same
//! network on every machine, natively and in WebAssembly.
//!
//! [`Reach`] then answers the quiz's question without the engine's facts, by the same rule
//! (MODEL.md rules 1 and 2 as `engine.rs` applies them): an installer is reached by their own
//! yes; anyone else is reached when a friend installed, friend permissions are open and their
//! "Apps others use" is not narrowed. Each person has a seeded key: installers at rate `r` are
//! those whose key is below `r`. So each person needs only their key and the smallest key among
//! their friends: every setting is answered in one pass over the people, and the whole curve of
//! reach against install rate in one more.
//!
//! `generator` runs a model a slice at a time, one step of `barabasi_albert`, `watts_strogatz`
//! or `facebook_like` after another, drawing from `rng`; `reach` holds the keys and answers
//! every setting; `arithmetic` is the fixed series for `e^x` and the chance of anyone, the
//! same bits on every machine.

mod arithmetic;
mod barabasi_albert;
mod facebook_like;
mod generator;
mod reach;
mod rng;
mod watts_strogatz;

pub use arithmetic::chance_any;
pub use generator::Generator;
pub use reach::{key, Bins, Draw, Fate, Figures, Reach, Setting, Share};
pub use rng::Rng;

/// The network models.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Model {
    /// Preferential attachment: each newcomer befriends people in proportion to how many
    /// friends they already have, so a few gather very many.
    BarabasiAlbert,
    /// A small world: everyone befriends their nearest neighbours on a ring, and one friendship
    /// in ten is rewired to anyone at all.
    WattsStrogatz,
    /// A configuration model whose friend counts follow a log-normal with Pew's 2014 shape
    /// (mean 338, median 200: the median is 200/338 of the mean).
    #[default]
    FacebookLike,
}

impl Model {
    /// Every model, in the order the page offers them.
    pub const ALL: [Model; 3] = [
        Model::FacebookLike,
        Model::BarabasiAlbert,
        Model::WattsStrogatz,
    ];

    /// The word the command line and the link use.
    pub fn as_str(self) -> &'static str {
        match self {
            Model::BarabasiAlbert => "barabasi-albert",
            Model::WattsStrogatz => "watts-strogatz",
            Model::FacebookLike => "facebook-like",
        }
    }

    /// The model `word` names, if any.
    pub fn parse(word: &str) -> Option<Model> {
        Model::ALL.into_iter().find(|m| m.as_str() == word)
    }
}

/// The share of ring friendships a Watts-Strogatz network rewires.
pub const REWIRE_PER_MILLE: u64 = 100;
/// The most friends one person has in the Facebook-like model.
pub const MAX_FRIENDS: u64 = 5_000;
/// The fewest people a network has.
pub const MIN_PEOPLE: u32 = 10;
/// The most people a network has.
pub const MAX_PEOPLE: u32 = 1_000_000;
/// The most friendships generated: past this the arrays outgrow what a browser tab can hold.
pub const MAX_FRIENDSHIPS: u64 = 20_000_000;

/// What a network is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Params {
    /// The model.
    pub model: Model,
    /// How many people.
    pub people: u32,
    /// Friends per person on average (the model's target; the network's own mean is close).
    pub friends: u32,
    /// The seed of every draw.
    pub seed: u64,
}

/// Why parameters cannot make a network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamError {
    /// Fewer than [`MIN_PEOPLE`] or more than [`MAX_PEOPLE`] people.
    People(u32),
    /// No friends, or as many as there are people.
    Friends(u32),
    /// More than [`MAX_FRIENDSHIPS`] friendships (people times friends over two).
    TooBig(u64),
}

impl Params {
    /// About how many friendships the network has: people times friends over two.
    pub fn friendships(&self) -> u64 {
        u64::from(self.people) * u64::from(self.friends) / 2
    }

    /// Whether these parameters make a network, and why not.
    pub fn check(&self) -> Result<(), ParamError> {
        if !(MIN_PEOPLE..=MAX_PEOPLE).contains(&self.people) {
            return Err(ParamError::People(self.people));
        }
        if self.friends == 0 || self.friends >= self.people {
            return Err(ParamError::Friends(self.friends));
        }
        if self.friendships() > MAX_FRIENDSHIPS {
            return Err(ParamError::TooBig(self.friendships()));
        }
        Ok(())
    }

    /// The bytes the generator holds at its largest, about (the page's arrays of keys aside).
    pub fn working_bytes(&self) -> u64 {
        let n = u64::from(self.people);
        match self.model {
            // Every end of every friendship so far, and a mark per person.
            Model::BarabasiAlbert => 8 * self.friendships() + 4 * n,
            Model::WattsStrogatz => 0,
            // The alias table and the friend counts.
            Model::FacebookLike => 16 * n,
        }
    }
}

/// Every friendship of the network `params` describe, each pair once as (smaller, larger),
/// sorted: what the command line writes.
pub fn friendships(params: Params) -> Result<Vec<(u32, u32)>, ParamError> {
    let mut g = Generator::new(params)?;
    let mut out = Vec::with_capacity(params.friendships() as usize);
    g.run(u64::MAX, &mut |a, b| out.push((a.min(b), a.max(b))));
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// Generates the network of `params` whole and records it: the page's arrays, in one call.
pub fn reach(params: Params) -> Result<Reach, ParamError> {
    let mut g = Generator::new(params)?;
    let mut r = Reach::new(params.people, params.seed);
    g.run(u64::MAX, &mut |a, b| r.befriend(a, b));
    Ok(r)
}

#[cfg(test)]
pub(super) mod tests {
    use super::rng::finalise;
    use super::*;

    pub(super) fn params(model: Model, people: u32, friends: u32, seed: u64) -> Params {
        Params {
            model,
            people,
            friends,
            seed,
        }
    }

    pub(super) fn degrees(p: Params) -> Vec<u32> {
        let mut d = vec![0u32; p.people as usize];
        for (a, b) in friendships(p).unwrap() {
            d[a as usize] += 1;
            d[b as usize] += 1;
        }
        d
    }

    pub(super) fn mean(d: &[u32]) -> f64 {
        d.iter().map(|&x| f64::from(x)).sum::<f64>() / d.len() as f64
    }

    pub(super) fn median(d: &[u32]) -> u32 {
        let mut s = d.to_vec();
        s.sort_unstable();
        s[s.len() / 2]
    }

    #[test]
    fn the_same_seed_gives_the_same_network_and_another_seed_another() {
        for model in Model::ALL {
            let a = friendships(params(model, 2_000, 30, 11)).unwrap();
            let b = friendships(params(model, 2_000, 30, 11)).unwrap();
            let c = friendships(params(model, 2_000, 30, 12)).unwrap();
            assert_eq!(a, b);
            assert_ne!(a, c);
            assert!(a.iter().all(|&(x, y)| x < y && y < 2_000));
        }
    }

    #[test]
    fn seeds_are_stable_across_versions() {
        // A network once generated must stay the same: links and lessons name seeds.
        let f = friendships(params(Model::FacebookLike, 100, 10, 1)).unwrap();
        let b = friendships(params(Model::BarabasiAlbert, 100, 10, 1)).unwrap();
        let w = friendships(params(Model::WattsStrogatz, 100, 10, 1)).unwrap();
        let digest = |e: &[(u32, u32)]| {
            e.iter().fold(0u64, |h, &(a, b)| {
                finalise(h ^ (u64::from(a) << 32 | u64::from(b)))
            })
        };
        assert_eq!(
            (f.len(), b.len(), w.len()),
            (FB_LEN, BA_LEN, WS_LEN),
            "friendship counts changed"
        );
        assert_eq!(
            [digest(&f), digest(&b), digest(&w)],
            DIGESTS,
            "networks changed"
        );
        assert_eq!(key(1, 0, Draw::Install), KEY0);
    }

    const FB_LEN: usize = 444;
    const BA_LEN: usize = 485;
    const WS_LEN: usize = 497;
    const DIGESTS: [u64; 3] = [
        2_355_526_951_333_157_196,
        376_977_452_845_557_336,
        9_823_651_265_242_025_191,
    ];
    const KEY0: u32 = 2_802_504_253;

    #[test]
    fn parameters_out_of_range_are_refused() {
        let ok = params(Model::FacebookLike, 1_000, 10, 0);
        assert_eq!(ok.check(), Ok(()));
        assert_eq!(
            Params { people: 5, ..ok }.check(),
            Err(ParamError::People(5))
        );
        assert_eq!(
            Params { friends: 0, ..ok }.check(),
            Err(ParamError::Friends(0))
        );
        assert_eq!(
            Params {
                friends: 1_000,
                ..ok
            }
            .check(),
            Err(ParamError::Friends(1_000))
        );
        let big = Params {
            people: 1_000_000,
            friends: 150,
            ..ok
        };
        assert_eq!(big.check(), Err(ParamError::TooBig(75_000_000)));
    }
}

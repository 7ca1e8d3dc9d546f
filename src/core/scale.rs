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

/// SplitMix64: a small, fast, well-mixed generator whose whole state is one `u64`.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        finalise(self.0)
    }

    /// A number in `0..n` (`n > 0`), by multiply-shift (bias below 2^-32 for any `n` here).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }
}

/// SplitMix64's finaliser.
fn finalise(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

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

/// One step of Barabasi-Albert: the first `m + 1` people all befriend each other; each later
/// newcomer befriends `m` distinct people drawn from `ends` (so in proportion to their friends).
/// Returns the friendships made.
fn attach(
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

/// One person of Watts-Strogatz: `v` befriends the `half` people after them on the ring, each
/// friendship rewired to anyone else with probability [`REWIRE_PER_MILLE`] per mille. Returns
/// the friendships made.
fn ring(n: u32, half: u32, v: u32, rng: &mut Rng, sink: &mut impl FnMut(u32, u32)) -> u64 {
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

/// The Facebook-like model's median friend count and cap: the median is `friends * 200 / 338`
/// (Pew 2014: mean 338, median 200), the cap [`MAX_FRIENDS`] or everyone else.
fn facebook_shape(params: &Params) -> (f64, f64) {
    let median = f64::from(params.friends) * 200.0 / 338.0;
    let cap = MAX_FRIENDS.min(u64::from(params.people) - 1) as f64;
    (median, cap)
}

/// One person's target friend count in the Facebook-like model: log-normal with `median` and
/// spread `sigma` such that the mean is the median times 338/200, at least 1 and at most `cap`.
/// The normal draw is the sum of twelve uniforms and the exponential a fixed series, so the
/// counts are the same bits on every machine.
fn facebook_degree(median: f64, cap: f64, rng: &mut Rng) -> u32 {
    // sigma^2 / 2 = ln(338 / 200), so the mean is the median times 338 / 200.
    const SIGMA: f64 = 1.024_430_2;
    let mut z = -6.0;
    for _ in 0..12 {
        z += (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    }
    let d = (median * exp(SIGMA * z)).round();
    d.clamp(1.0, cap) as u32
}

/// `e^x` by halving `x` into [-1/2, 1/2] and a Taylor series, with only `+`, `*` and `/`:
/// the same bits natively and in WebAssembly, where `f64::exp` may differ in the last place.
fn exp(x: f64) -> f64 {
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

/// Walker's alias table over integer weights, in integers: a draw is one column and one
/// comparison, exact on every machine.
#[derive(Debug)]
struct Alias {
    /// Each column's own share, in units where a full column is `total`.
    own: Vec<u64>,
    /// The person a column's remainder belongs to.
    other: Vec<u32>,
    /// The sum of the weights.
    total: u64,
}

impl Alias {
    fn new(weights: &[u32]) -> Alias {
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

    fn draw(&self, rng: &mut Rng) -> u32 {
        let column = rng.below(self.own.len() as u64) as usize;
        if rng.below(self.total) < self.own[column] {
            column as u32
        } else {
            self.other[column]
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

/// A share of people, as a threshold on their 32-bit keys: rate `r` takes those below
/// `r * 2^32`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Share(u64);

impl Share {
    /// Nobody.
    pub const NONE: Share = Share(0);
    /// Everybody.
    pub const ALL: Share = Share(1 << 32);

    /// The share `rate` (0 to 1; anything else is clamped, NaN is nobody).
    pub fn of(rate: f64) -> Share {
        if rate.is_nan() {
            return Share::NONE;
        }
        Share((rate.clamp(0.0, 1.0) * 4_294_967_296.0).round() as u64)
    }

    /// Whether a person with `key` is in the share.
    pub fn takes(self, key: u32) -> bool {
        u64::from(key) < self.0
    }

    /// The share as a rate from 0 to 1.
    pub fn rate(self) -> f64 {
        self.0 as f64 / 4_294_967_296.0
    }
}

/// The two draws of every person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Draw {
    /// Whether they install the quiz.
    Install,
    /// Whether they narrowed "Apps others use".
    Narrow,
}

/// Person `i`'s key for `draw` in a network seeded with `seed`.
pub fn key(seed: u64, i: u32, draw: Draw) -> u32 {
    let stream = match draw {
        Draw::Install => 0x1057_a11e_d000_0000,
        Draw::Narrow => 0x0a77_0ec5_0000_0000,
    };
    (finalise(finalise(seed ^ stream).wrapping_add(u64::from(i))) >> 32) as u32
}

/// What the reader sets: who installs, who narrowed, and whether friend permissions are open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Setting {
    /// The share of people who install the quiz.
    pub install: Share,
    /// The share who narrowed "Apps others use" to nothing.
    pub narrowed: Share,
    /// Whether apps may ask for friends' data (as from 2010 to 2015).
    pub open: bool,
}

/// The whole network's figures at one setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figures {
    /// Everyone.
    pub people: u32,
    /// People who installed.
    pub installers: u32,
    /// People reached: installers and the friends the quiz could read.
    pub reached: u32,
    /// People reached who never said yes.
    pub without_consent: u32,
}

impl Figures {
    /// People reached per installer (reached over installers, at least one), as the command
    /// line's `amplification`.
    pub fn per_installer(&self) -> f64 {
        f64::from(self.reached) / f64::from(self.installers.max(1))
    }
}

/// What each person's fate depends on: their two keys and the smallest install key among
/// their friends.
#[derive(Clone, Debug)]
pub struct Reach {
    install: Vec<u32>,
    narrow: Vec<u32>,
    nearest: Vec<u32>,
    friendships: u64,
}

impl Reach {
    /// The keys of `people` people seeded with `seed`, with no friendships yet.
    pub fn new(people: u32, seed: u64) -> Reach {
        Reach {
            install: (0..people).map(|i| key(seed, i, Draw::Install)).collect(),
            narrow: (0..people).map(|i| key(seed, i, Draw::Narrow)).collect(),
            nearest: vec![u32::MAX; people as usize],
            friendships: 0,
        }
    }

    /// Records a friendship (a pair seen twice changes nothing but the count).
    pub fn befriend(&mut self, a: u32, b: u32) {
        let (a, b) = (a as usize, b as usize);
        self.nearest[a] = self.nearest[a].min(self.install[b]);
        self.nearest[b] = self.nearest[b].min(self.install[a]);
        self.friendships += 1;
    }

    /// How many people.
    pub fn people(&self) -> u32 {
        self.install.len() as u32
    }

    /// How many friendships were recorded (a pair drawn twice counts twice).
    pub fn friendships(&self) -> u64 {
        self.friendships
    }

    /// The smallest install key: the first person to install as the rate rises.
    pub fn smallest_install_key(&self) -> u32 {
        self.install.iter().copied().min().unwrap_or(u32::MAX)
    }

    /// The bytes the arrays hold.
    pub fn bytes(&self) -> u64 {
        12 * u64::from(self.people())
    }

    /// Person `i`'s fate at `setting`.
    pub fn fate(&self, i: u32, setting: Setting) -> Fate {
        let i = i as usize;
        if setting.install.takes(self.install[i]) {
            Fate::Installed
        } else if !setting.install.takes(self.nearest[i]) {
            Fate::Untouched
        } else if !setting.open || setting.narrowed.takes(self.narrow[i]) {
            Fate::Spared
        } else {
            Fate::Reached
        }
    }

    /// The smallest install key at which person `i` is reached, with this narrowing and policy.
    fn threshold(&self, i: usize, narrowed: Share, open: bool) -> u32 {
        if open && !narrowed.takes(self.narrow[i]) {
            self.install[i].min(self.nearest[i])
        } else {
            self.install[i]
        }
    }

    /// The figures at `setting`.
    pub fn figures(&self, setting: Setting) -> Figures {
        let (mut installers, mut reached) = (0u32, 0u32);
        for i in 0..self.install.len() {
            installers += u32::from(setting.install.takes(self.install[i]));
            reached += u32::from(setting.install.takes(self.threshold(
                i,
                setting.narrowed,
                setting.open,
            )));
        }
        Figures {
            people: self.people(),
            installers,
            reached,
            without_consent: reached - installers,
        }
    }

    /// People reached and installers at each of the install shares `at` (ascending, at most
    /// 255), with this narrowing and policy.
    pub fn curve(&self, at: &[Share], narrowed: Share, open: bool) -> Vec<(u32, u32)> {
        self.bins(at).curve(self, narrowed, open)
    }

    /// Where each person falls among the install shares `at` (ascending, at most 255): once per
    /// network, so that each curve after it is a pass over the people with no search.
    pub fn bins(&self, at: &[Share]) -> Bins {
        let at = &at[..at.len().min(255)];
        let bin = |key: u32| at.partition_point(|s| s.0 <= u64::from(key)) as u8;
        Bins {
            len: at.len(),
            install: self.install.iter().map(|&k| bin(k)).collect(),
            nearest: self
                .install
                .iter()
                .zip(&self.nearest)
                .map(|(&k, &n)| bin(k.min(n)))
                .collect(),
        }
    }
}

/// Each person's place among a curve's install shares: the first share that takes them as an
/// installer, and the first that reaches them through a friend (or themselves).
#[derive(Clone, Debug)]
pub struct Bins {
    len: usize,
    install: Vec<u8>,
    nearest: Vec<u8>,
}

impl Bins {
    /// People reached and installers at each share, with this narrowing and policy: one pass.
    pub fn curve(&self, reach: &Reach, narrowed: Share, open: bool) -> Vec<(u32, u32)> {
        let mut reached = vec![0u32; self.len + 1];
        let mut installed = vec![0u32; self.len + 1];
        for (i, (&own, &near)) in self.install.iter().zip(&self.nearest).enumerate() {
            let friends_count = open && !narrowed.takes(reach.narrow[i]);
            reached[usize::from(if friends_count { near } else { own })] += 1;
            installed[usize::from(own)] += 1;
        }
        let (mut r, mut n) = (0, 0);
        (0..self.len)
            .map(|j| {
                r += reached[j];
                n += installed[j];
                (r, n)
            })
            .collect()
    }
}

/// What became of one person at a setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    /// They installed the quiz.
    Installed,
    /// A friend installed and the quiz read them without their yes.
    Reached,
    /// A friend installed, but friend permissions were closed or they had narrowed "Apps others
    /// use".
    Spared,
    /// No friend installed.
    Untouched,
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

/// Generates the network of `params` whole and records it: the page's arrays, in one call.
pub fn reach(params: Params) -> Result<Reach, ParamError> {
    let mut g = Generator::new(params)?;
    let mut r = Reach::new(params.people, params.seed);
    g.run(u64::MAX, &mut |a, b| r.befriend(a, b));
    Ok(r)
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

    fn params(model: Model, people: u32, friends: u32, seed: u64) -> Params {
        Params {
            model,
            people,
            friends,
            seed,
        }
    }

    fn degrees(p: Params) -> Vec<u32> {
        let mut d = vec![0u32; p.people as usize];
        for (a, b) in friendships(p).unwrap() {
            d[a as usize] += 1;
            d[b as usize] += 1;
        }
        d
    }

    fn mean(d: &[u32]) -> f64 {
        d.iter().map(|&x| f64::from(x)).sum::<f64>() / d.len() as f64
    }

    fn median(d: &[u32]) -> u32 {
        let mut s = d.to_vec();
        s.sort_unstable();
        s[s.len() / 2]
    }

    #[test]
    fn the_exponential_series_matches_the_library() {
        for x in [-7.0, -1.3, -0.2, 0.0, 0.4, 1.0, 2.5, 6.1] {
            let (ours, lib) = (exp(x), f64::exp(x));
            assert!(((ours - lib) / lib).abs() < 1e-12, "{x}: {ours} vs {lib}");
        }
    }

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

    #[test]
    fn watts_strogatz_is_nearly_regular() {
        let d = degrees(params(Model::WattsStrogatz, 20_000, 20, 5));
        let m = mean(&d);
        assert!((m - 20.0).abs() < 0.1, "mean {m}");
        assert!(*d.iter().max().unwrap() < 40);
        assert!(*d.iter().min().unwrap() >= 5);
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

    #[test]
    fn shares_take_what_they_say() {
        let r = Reach::new(100_000, 4);
        let at = |rate: f64| {
            r.figures(Setting {
                install: Share::of(rate),
                narrowed: Share::NONE,
                open: false,
            })
            .installers
        };
        assert_eq!(at(0.0), 0);
        assert_eq!(at(1.0), 100_000);
        let tenth = at(0.1);
        assert!((9_700..10_300).contains(&tenth), "{tenth}");
        assert!(at(0.2) > tenth);
    }

    #[test]
    fn the_curve_agrees_with_the_figures_at_every_point() {
        let r = reach(params(Model::BarabasiAlbert, 5_000, 8, 2)).unwrap();
        let at: Vec<Share> = [0.0001, 0.001, 0.01, 0.05, 0.2, 1.0]
            .into_iter()
            .map(Share::of)
            .collect();
        for (narrowed, open) in [(0.0, true), (0.3, true), (0.0, false)] {
            let curve = r.curve(&at, Share::of(narrowed), open);
            for (j, s) in at.iter().enumerate() {
                let f = r.figures(Setting {
                    install: *s,
                    narrowed: Share::of(narrowed),
                    open,
                });
                assert_eq!(curve[j], (f.reached, f.installers));
                let fates = (0..5_000).map(|i| {
                    r.fate(
                        i,
                        Setting {
                            install: *s,
                            narrowed: Share::of(narrowed),
                            open,
                        },
                    )
                });
                let reached = fates
                    .filter(|f| matches!(f, Fate::Installed | Fate::Reached))
                    .count();
                assert_eq!(reached as u32, f.reached);
            }
        }
    }

    #[test]
    fn closed_permissions_reach_only_installers() {
        let r = reach(params(Model::FacebookLike, 5_000, 50, 9)).unwrap();
        let s = Setting {
            install: Share::of(0.01),
            narrowed: Share::NONE,
            open: false,
        };
        let f = r.figures(s);
        assert_eq!(f.reached, f.installers);
        let open = r.figures(Setting { open: true, ..s });
        assert!(open.reached > 10 * open.installers);
        let all_narrowed = r.figures(Setting {
            narrowed: Share::ALL,
            open: true,
            ..s
        });
        assert_eq!(all_narrowed.reached, all_narrowed.installers);
    }
}

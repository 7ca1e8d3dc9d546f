//! Who a quiz reaches in a generated network, at every setting, without the engine's facts.
//!
//! Each person has two seeded keys (install, narrow) and, once the friendships are recorded,
//! the smallest install key among their friends: at install share `r` they installed when their
//! key is below `r`, and were reached through a friend when that smallest key is, friend
//! permissions are open and they had not narrowed "Apps others use". So any setting's figures
//! are one pass over the people, and the whole curve one more ([`Bins`]). The network itself is
//! the generator's.

use super::rng::finalise;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scale::tests::params;
    use crate::core::scale::{reach, Model};

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

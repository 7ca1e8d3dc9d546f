//! "Your data" in the page's store: the view in the address (`#mine`, with the install rate its
//! arithmetic takes when that is not one in a hundred, and the theme), and the reader's own
//! export as far as it is read ([`Export`]).
//!
//! The export is the reader's most private input, so it has a place of its own beside the view:
//! it is never written into the address (only [`MineView`] is, and it holds no figure and no
//! name), and it is kept in storage only while the reader has chosen "Keep on this device"
//! ([`Export::kept`]; the web layer writes it then, under its own key, and deletes it on
//! "Forget"). Friends' names are shown only while [`Export::names`] says the reader asked.
//! Reading the files is the web layer's (`files::mine::parts::read_watched` over the browser's
//! `File`s); it reports here each step of one reading, known by its id, so a reading the reader
//! has since replaced or forgotten changes nothing when it ends.

use std::rc::Rc;

use crate::core::mine::Mine;
use crate::core::scale::{Params, MAX_FRIENDS, MAX_FRIENDSHIPS};
use crate::files::mine::parts::Progress;
use crate::say;
use crate::view::route::Theme;
use crate::view::scale::{ScaleView, DEFAULT_PARAMS};

/// The "Your data" view, as its address holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MineView {
    /// The install rate of the arithmetic, as one in this many.
    pub one_in: u32,
    /// The colour theme.
    pub theme: Theme,
}

/// The install rates offered, as one in this many.
pub const ONE_IN: [u32; 4] = [10, 100, 1_000, 10_000];

impl Default for MineView {
    fn default() -> Self {
        MineView {
            one_in: crate::present::mine::ONE_IN,
            theme: Theme::Auto,
        }
    }
}

/// Whether `hash` (with or without its `#`) names "Your data".
pub fn is_mine(hash: &str) -> bool {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&').next() == Some("mine")
}

/// Reads a "Your data" hash, with a note for each part that could not be used.
pub fn parse(hash: &str) -> (MineView, Vec<String>) {
    let mut view = MineView::default();
    let mut notes = Vec::new();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    for part in hash.split('&').skip(1).filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let shown: String = value.chars().take(40).collect();
        match key {
            "one-in" => match value.parse::<u32>() {
                Ok(n) if ONE_IN.contains(&n) => view.one_in = n,
                _ => notes.push(say!("mine-address-one-in", value = shown.as_str())),
            },
            "theme" => match Theme::parse(value) {
                Some(t) => view.theme = t,
                None => notes.push(say!("mine-address-theme", value = shown.as_str())),
            },
            _ => {
                let key: String = key.chars().take(40).collect();
                notes.push(say!("mine-address-unknown", value = key));
            }
        }
    }
    (view, notes)
}

/// The hash of `view`, with its `#`; defaults are left out.
pub fn format(view: &MineView) -> String {
    let mut parts = vec!["#mine".to_string()];
    if view.one_in != MineView::default().one_in {
        parts.push(format!("one-in={}", view.one_in));
    }
    if view.theme != Theme::Auto {
        parts.push(format!("theme={}", view.theme.as_str()));
    }
    parts.join("&")
}

/// "At scale" with about as many friends each as the reader has (`friends`): the default
/// network of 100,000 people, or fewer when so many friends each would be more friendships
/// than a browser tab is given.
pub fn at_scale(friends: usize, theme: Theme) -> ScaleView {
    let friends = u32::try_from(friends)
        .unwrap_or(u32::MAX)
        .clamp(2, MAX_FRIENDS as u32);
    let most = (MAX_FRIENDSHIPS * 2 / u64::from(friends)) as u32 / 1_000 * 1_000;
    ScaleView {
        params: Params {
            friends,
            people: DEFAULT_PARAMS.people.min(most),
            ..DEFAULT_PARAMS
        },
        theme,
        ..ScaleView::default()
    }
}

/// Where the reader's export is.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Stage {
    /// None given (or forgotten).
    #[default]
    Nothing,
    /// Being read: reading `id`, and its last step, once it has told one.
    Reading {
        /// The reading.
        id: u32,
        /// Its last step.
        progress: Option<Progress>,
    },
    /// Read (perhaps refused: [`Mine::refusal`] says why nothing could be shown).
    Read(Rc<Mine>),
}

/// The reader's own export, in memory, and what they chose about it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Export {
    /// How far it is read.
    pub stage: Stage,
    /// Whether friends' names are shown (the reader asked; a new export hides them again).
    pub names: bool,
    /// Whether the reader chose "Keep on this device" for the export shown.
    pub kept: bool,
    /// How many times the reader pressed "Forget": each press deletes the kept copy.
    pub forgotten: u32,
    /// What went wrong with keeping it, until dismissed.
    pub problem: Option<String>,
}

/// A change of "Your data".
#[derive(Clone, Debug, PartialEq)]
pub enum MineAction {
    /// The install rate of the arithmetic, as one in this many.
    OneIn(u32),
    /// Reading `id` began (it replaces any reading or export before it).
    Started(u32),
    /// Reading `id` is about to take this step.
    Step(u32, Progress),
    /// Reading `id` ended with this export.
    Done(u32, Rc<Mine>),
    /// The copy kept on this device, read when the page opened.
    Restored(Rc<Mine>),
    /// Show friends' names, or hide them.
    Names(bool),
    /// "Keep on this device", chosen or not.
    Keep(bool),
    /// Keeping failed (storage full, or refused), and why: nothing is kept.
    KeepFailed(String),
    /// Dismiss the problem.
    Dismiss,
    /// Forget the export: from the page, and from this device.
    Forget,
}

impl Export {
    /// The export read, if it is.
    pub fn mine(&self) -> Option<&Rc<Mine>> {
        match &self.stage {
            Stage::Read(m) => Some(m),
            _ => None,
        }
    }

    /// Applies `action` (all but [`MineAction::OneIn`], which is the view's).
    pub fn apply(&mut self, action: MineAction) {
        match action {
            MineAction::OneIn(_) => {}
            MineAction::Started(id) => {
                // A new export starts unseen and unkept: what was kept was the one before.
                *self = Export {
                    stage: Stage::Reading { id, progress: None },
                    forgotten: self.forgotten,
                    ..Export::default()
                };
            }
            MineAction::Step(id, p) => {
                if let Stage::Reading { id: now, progress } = &mut self.stage {
                    if *now == id {
                        *progress = Some(p);
                    }
                }
            }
            MineAction::Done(id, mine) => {
                if matches!(self.stage, Stage::Reading { id: now, .. } if now == id) {
                    self.stage = Stage::Read(mine);
                }
            }
            MineAction::Restored(mine) => {
                if self.stage == Stage::Nothing {
                    self.stage = Stage::Read(mine);
                    self.kept = true;
                }
            }
            MineAction::Names(on) => self.names = on && self.mine().is_some(),
            MineAction::Keep(on) => self.kept = on && self.mine().is_some(),
            MineAction::KeepFailed(why) => {
                self.kept = false;
                self.problem = Some(why);
            }
            MineAction::Dismiss => self.problem = None,
            MineAction::Forget => {
                *self = Export {
                    forgotten: self.forgotten + 1,
                    ..Export::default()
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::mine::Friend;

    fn mine(friends: &[&str]) -> Rc<Mine> {
        Rc::new(Mine {
            friends: friends
                .iter()
                .map(|n| Friend {
                    name: n.to_string(),
                    since: None,
                })
                .collect(),
            ..Mine::default()
        })
    }

    #[test]
    fn a_view_reads_back_from_its_own_hash() {
        for v in [
            MineView::default(),
            MineView {
                one_in: 1_000,
                theme: Theme::Dark,
            },
        ] {
            let hash = format(&v);
            assert!(is_mine(&hash));
            assert_eq!(parse(&hash), (v, vec![]));
        }
        assert_eq!(format(&MineView::default()), "#mine");
        assert!(!is_mine("#mined") && !is_mine("#scale") && !is_mine(""));
    }

    #[test]
    fn what_cannot_be_used_is_named_and_left_at_its_default() {
        let (v, notes) = parse("#mine&one-in=7&friends=Ana&theme=pink");
        assert_eq!(v, MineView::default());
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes[1].contains("never holds anything of an export"));
    }

    #[test]
    fn a_reading_replaced_or_forgotten_changes_nothing_when_it_ends() {
        let mut e = Export::default();
        e.apply(MineAction::Started(1));
        e.apply(MineAction::Step(1, Progress::Reading { file: 1, of: 3 }));
        e.apply(MineAction::Started(2));
        e.apply(MineAction::Step(1, Progress::Reading { file: 2, of: 3 }));
        assert_eq!(
            e.stage,
            Stage::Reading {
                id: 2,
                progress: None
            }
        );
        e.apply(MineAction::Done(1, mine(&["Old"])));
        assert!(e.mine().is_none(), "the first reading was replaced");
        e.apply(MineAction::Done(2, mine(&["Ana"])));
        assert_eq!(e.mine().map(|m| m.friends.len()), Some(1));
        e.apply(MineAction::Started(3));
        e.apply(MineAction::Forget);
        e.apply(MineAction::Done(3, mine(&["Late"])));
        assert_eq!(e.stage, Stage::Nothing);
        assert_eq!(e.forgotten, 1);
    }

    #[test]
    fn names_and_keeping_are_chosen_for_one_export_at_a_time() {
        let mut e = Export::default();
        e.apply(MineAction::Names(true));
        e.apply(MineAction::Keep(true));
        assert!(!e.names && !e.kept, "nothing to show or keep yet");
        e.apply(MineAction::Started(1));
        e.apply(MineAction::Done(1, mine(&["Ana"])));
        e.apply(MineAction::Names(true));
        e.apply(MineAction::Keep(true));
        assert!(e.names && e.kept);
        e.apply(MineAction::Started(2));
        assert!(!e.names && !e.kept, "a new export starts hidden and unkept");
        e.apply(MineAction::Done(2, mine(&["Bo"])));
        e.apply(MineAction::Keep(true));
        e.apply(MineAction::KeepFailed("full".into()));
        assert_eq!((e.kept, e.problem.as_deref()), (false, Some("full")));
        e.apply(MineAction::Forget);
        assert_eq!(
            (e.mine().is_none(), e.kept, e.names, e.forgotten),
            (true, false, false, 1)
        );
    }

    #[test]
    fn at_scale_with_the_readers_friends_is_a_network_it_can_make() {
        for friends in [0, 1, 338, 401, 4_999, 5_000, 1_000_000] {
            let v = at_scale(friends, Theme::Dark);
            assert_eq!(v.params.check(), Ok(()), "{friends}: {:?}", v.params);
            assert!(v.params.friends as usize == friends.clamp(2, 5_000));
            assert_eq!(
                crate::view::scale::parse(&crate::view::scale::format(&v)).0,
                v
            );
        }
        assert_eq!(at_scale(338, Theme::Auto).params.people, 100_000);
    }

    #[test]
    fn a_kept_copy_is_restored_only_over_nothing() {
        let mut e = Export::default();
        e.apply(MineAction::Restored(mine(&["Ana"])));
        assert!(e.kept && e.mine().is_some());
        let mut reading = Export::default();
        reading.apply(MineAction::Started(1));
        reading.apply(MineAction::Restored(mine(&["Ana"])));
        assert!(!reading.kept && reading.mine().is_none());
    }
}

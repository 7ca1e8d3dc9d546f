//! The page's one store: a [`Page`] holds everything the reader has chosen (the scenarios' view,
//! the sandboxes, "At scale", "Your data" and the reader's export, what the address could not
//! use, the notices, the node pointed at),
//! and [`Page::apply`] is its one change. Everything the page shows (figures, lines, headline,
//! caption, messages, "why?", the address itself) is derived from a `Page`, never kept beside it.
//!
//! The rules that tie its parts together live here, once, instead of in effects that would run a
//! frame late: an edit of the sandbox shown lets go of what pointed into it; a sandbox view
//! always has a sandbox; an address names people in the scenario it shows (the sandbox's too,
//! which is why storage is read before the page opens); leaving "At scale" for the stories goes
//! back to the story read last. Nothing here knows the browser: the web layer hands the store
//! what the browser said (the address, storage, a file) as a [`Do`], and draws the store.

use std::rc::Rc;

use crate::catalogue::{self, Lang};
use crate::core::date::Date;
use crate::core::model::{Node, Scenario};
use crate::files::builtin;
use crate::files::storage::Store;
use crate::sandbox::{WorkAction, Workspace};
use crate::view::mine::{self, Export, MineAction, MineView};
use crate::view::notices::{NoticeAction, Notices, StorageNotice};
use crate::view::route::{self, Controls, Theme};
use crate::view::scale::{self, ScaleView, PHONE_PEOPLE};
use crate::view::state::{Action, State};

/// Everything the reader has chosen, and what the page has to tell them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// The scenarios' view: which scenario, story step, date, mode, what-ifs, selection.
    pub view: State,
    /// The reader's sandboxes.
    pub work: Workspace,
    /// "At scale", while it is shown.
    pub scale: Option<ScaleView>,
    /// "Your data", while it is shown.
    pub mine: Option<MineView>,
    /// The reader's own export, in memory only, while the page is open (`view::mine`).
    pub export: Export,
    /// What the address asked for that could not be used, until dismissed.
    pub notes: Vec<String>,
    /// Notices about the stored sandboxes.
    pub notices: Notices,
    /// Why the last file the reader picked was not loaded, until dismissed.
    pub problems: Vec<String>,
    /// The node whose summary shows under the graph: pointed at, touched or focused last.
    pub pointed: Option<Node>,
    /// The built-in scenario "Stories" goes back to.
    pub last_builtin: usize,
    /// In the sandbox: whether dragging on the graph connects nodes rather than moving them.
    pub connect: bool,
    /// In the sandbox: a person and a company dragged together, which the grant form takes up.
    pub grant_for: Option<(String, String)>,
    /// A story presented to a room: full screen, large type, the picture beside the step.
    pub presenting: bool,
    /// In the sandbox: its story read as a reader reads it, without the editor.
    pub preview: bool,
    /// The language chosen, and the one the page speaks.
    pub language: Language,
}

/// The page's language: the one the reader chose (by the picker or the address), else the
/// page's own (a still page's folder, or the browser's preferred one); and the one its words
/// are said in, which is English until the words of the chosen one are at hand.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Language {
    /// What the picker or the address asked for.
    pub asked: Option<Lang>,
    /// The language the page opens in when nothing asks for one.
    pub default: Lang,
    /// The language the words are said in now.
    pub speaks: Lang,
    /// The language chosen, when its words could not be had (the page says so quietly).
    pub failed: Option<Lang>,
}

impl Language {
    /// The language chosen.
    pub fn chosen(&self) -> Lang {
        self.asked.unwrap_or(self.default)
    }

    /// The language an address names (`lang=`): the one chosen, unless the page is in English
    /// where it would open in English anyway.
    pub fn in_address(&self) -> Option<Lang> {
        (self.chosen() != Lang::EN || self.default != Lang::EN).then(|| self.chosen())
    }
}

/// Something the reader did, or the browser said.
#[derive(Clone, Debug, PartialEq)]
pub enum Do {
    /// A change of the scenarios' view.
    View(Action),
    /// A change of the sandboxes (boxed: some carry a whole scenario).
    Work(Box<WorkAction>),
    /// The reader changed the address to this one.
    Address(Location),
    /// Show "At scale" with these settings.
    Scale(ScaleView),
    /// The "Stories" tab: leave "At scale" or the sandbox for the story read last.
    Stories,
    /// The "Build your own" tab: leave "At scale" for the sandbox.
    Build,
    /// The "At scale" tab: show it, as it was last or at its default.
    AtScale,
    /// The same on a phone: first at a phone-sized network ([`PHONE_PEOPLE`]), so the first
    /// figures come in a moment; its size is in the address like any other.
    AtScaleOnPhone,
    /// The "Your data" tab: show it.
    YourData,
    /// A change of "Your data" or of the reader's export.
    Mine(MineAction),
    /// Point at a node (its summary shows under the graph), or at nothing.
    Point(Option<Node>),
    /// A change of the storage notices.
    Notice(NoticeAction),
    /// Dismiss the notes on the address.
    DismissNotes,
    /// Why the file the reader picked was not loaded (empty: it was, or dismissed).
    Problems(Vec<String>),
    /// In the sandbox: dragging connects (`true`) or moves.
    Connect(bool),
    /// In the sandbox: a person and a company dragged together, or the grant form done with them.
    GrantFor(Option<(String, String)>),
    /// Present the story shown (from the step shown), or stop.
    Presenting(bool),
    /// In the sandbox: read its story as a reader (from its first step), or go back to editing.
    Preview(bool),
    /// The reader chose a language in the picker.
    Language(Lang),
    /// The language the page opens in when nothing asks for one: its still page's, or the
    /// browser's preferred.
    DefaultLanguage(Lang),
    /// The words of a language arrived and were added to the catalogue (`true`), or could not
    /// be had (`false`).
    Words(Lang, bool),
}

/// The page's address as the browser has it: its hash, and whether its query asks for an
/// embedded view (`?embed=1`, for hosts that cannot put a hash in an iframe's address).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Location {
    /// The hash, with its `#` (or empty).
    pub hash: String,
    /// Whether the query asks for an embedded view.
    pub embed: bool,
}

impl From<WorkAction> for Do {
    fn from(a: WorkAction) -> Do {
        Do::Work(Box::new(a))
    }
}

/// What an address asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Address {
    /// The scenarios' view it names (`None` when it names "At scale" or "Your data", which
    /// leave that view be).
    pub view: Option<State>,
    /// "At scale", when it names that.
    pub scale: Option<ScaleView>,
    /// "Your data", when it names that.
    pub mine: Option<MineView>,
    /// The language it names.
    pub lang: Option<Lang>,
    /// What it asked for that could not be used.
    pub notes: Vec<String>,
}

/// Reads an address, whose people and companies are named in the scenario it shows: a
/// built-in, the one the link carries, or `sandbox` (the open sandbox's scenario, when there is
/// one). Never fails: what cannot be used is left at its default and named in a note.
pub fn read_address(at: &Location, sandbox: Option<&Scenario>) -> Address {
    let hash = at.hash.as_str();
    if scale::is_scale(hash) || mine::is_mine(hash) {
        let (hash, lang, note) = route::take_lang(hash);
        let (scale, mine, mut notes) = if scale::is_scale(&hash) {
            let (view, notes) = scale::parse(&hash);
            (Some(view), None, notes)
        } else {
            let (view, notes) = mine::parse(&hash);
            (None, Some(view), notes)
        };
        notes.extend(note);
        return Address {
            view: None,
            scale,
            mine,
            lang,
            notes,
        };
    }
    let (mut r, mut notes) =
        route::parse(hash, |i| builtin::scenario(i).map_or(0, |s| s.steps.len()));
    if r.embed.is_none() && at.embed {
        r.embed = Some(Controls::Story);
    }
    let view = match (builtin::scenario(r.scenario), sandbox) {
        (_, Some(s)) if r.sandbox => State::from_route(&r, s, &mut notes),
        (Some(s), _) => State::from_route(&r, &s, &mut notes),
        (None, _) => State::opening(r.scenario),
    };
    Address {
        view: Some(view),
        scale: None,
        mine: None,
        lang: r.lang,
        notes,
    }
}

/// The date a new sandbox opens on.
pub fn first_sandbox_date() -> Date {
    Date::parse("2014-01-01").unwrap_or(Date::from_day_number(0))
}

impl Page {
    /// The page as the address `at` asks, with the sandboxes storage kept for the tab marked
    /// `tab` (`None` when the browser keeps nothing) and what to tell the reader about them.
    pub fn open(
        at: &Location,
        tab: String,
        stored: Option<Store>,
        notices: Vec<StorageNotice>,
    ) -> Page {
        let mut page = Page {
            work: Workspace {
                tab,
                ..Workspace::default()
            },
            ..Page::default()
        };
        if let Some(store) = stored {
            page.work.apply(WorkAction::Restore(store));
        }
        page.notices.apply(NoticeAction::Add(notices));
        page.apply(Do::Address(at.clone()));
        page
    }

    /// The address of what is shown: "At scale"'s own, "Your data"'s (which never holds
    /// anything of the export), or the scenarios' view with its ids resolved in `s`, the
    /// scenario shown (`None` while it could not be read: no address).
    pub fn address(&self, s: Option<&Scenario>) -> Option<String> {
        let lang = self.language.in_address();
        match (&self.scale, &self.mine) {
            (Some(v), _) => Some(route::with_lang(scale::format(v), lang)),
            (None, Some(v)) => Some(route::with_lang(mine::format(v), lang)),
            (None, None) => s.map(|s| {
                route::format(&route::Route {
                    lang,
                    ..self.view.route(s)
                })
            }),
        }
    }

    /// The colour theme the address asks for.
    pub fn theme(&self) -> Theme {
        match (&self.scale, &self.mine) {
            (Some(v), _) => v.theme,
            (None, Some(v)) => v.theme,
            (None, None) => self.view.theme,
        }
    }

    /// Whether the sandbox is what the reader sees.
    pub fn in_sandbox(&self) -> bool {
        self.scale.is_none() && self.mine.is_none() && self.view.shown.is_sandbox()
    }

    /// Whether the scenarios' view (a story, the sandbox, a shared scenario) is what the reader
    /// sees, rather than "At scale" or "Your data".
    pub fn in_scenarios(&self) -> bool {
        self.scale.is_none() && self.mine.is_none()
    }

    /// Applies `action`, then the rules that tie the page's parts together.
    pub fn apply(&mut self, action: Do) {
        let shown = self.view.shown.clone();
        let sandbox = self.open_scenario();
        match action {
            Do::View(a) => self.view.apply(a),
            Do::Work(a) => self.work.apply(*a),
            Do::Address(at) => {
                let sandbox = self.work.open().map(|h| h.shared().clone());
                let a = read_address(&at, sandbox.as_deref());
                if let Some(view) = a.view {
                    self.view = view;
                }
                self.scale = a.scale;
                self.mine = a.mine;
                self.notes = a.notes;
                // An address that names no language leaves the one chosen be.
                if a.lang.is_some() {
                    self.language.asked = a.lang;
                }
            }
            Do::Scale(v) => {
                self.scale = Some(v);
                self.mine = None;
            }
            Do::Stories => {
                self.scale = None;
                self.mine = None;
                if self.view.shown.builtin().is_none() {
                    self.view.apply(Action::PickScenario(self.last_builtin));
                }
            }
            Do::Build => {
                self.scale = None;
                self.mine = None;
                if !self.view.shown.is_sandbox() {
                    self.view.apply(Action::ShowSandbox);
                }
            }
            Do::AtScale | Do::AtScaleOnPhone => {
                if self.scale.is_none() {
                    let mut v = ScaleView {
                        theme: self.theme(),
                        ..ScaleView::default()
                    };
                    if action == Do::AtScaleOnPhone {
                        v.params.people = PHONE_PEOPLE;
                    }
                    self.scale = Some(v);
                }
                self.mine = None;
            }
            Do::YourData => {
                if self.mine.is_none() {
                    self.mine = Some(MineView {
                        theme: self.theme(),
                        ..MineView::default()
                    });
                }
                self.scale = None;
            }
            Do::Mine(MineAction::OneIn(n)) => {
                if let Some(v) = &mut self.mine {
                    v.one_in = n;
                }
            }
            Do::Mine(a) => self.export.apply(a),
            Do::Point(node) => self.pointed = node,
            Do::Notice(a) => self.notices.apply(a),
            Do::DismissNotes => self.notes.clear(),
            Do::Problems(p) => self.problems = p,
            Do::Connect(on) => self.connect = on,
            Do::GrantFor(pair) => self.grant_for = pair,
            Do::Presenting(on) => self.presenting = on,
            Do::Preview(on) => {
                self.preview = on;
                if !on {
                    self.view.apply(Action::LeaveStory);
                }
            }
            Do::Language(lang) => self.language.asked = Some(lang),
            Do::DefaultLanguage(lang) => self.language.default = lang,
            Do::Words(lang, arrived) => {
                if !arrived {
                    self.language.failed = Some(lang);
                }
            }
        }
        self.settle(&shown, sandbox.as_ref());
    }

    /// The open sandbox's key and scenario.
    fn open_scenario(&self) -> Option<(String, Rc<Scenario>)> {
        let key = self.work.current.clone()?;
        Some((key, self.work.open()?.shared().clone()))
    }

    /// The rules after any change, given what was `shown` and the open sandbox before it.
    fn settle(
        &mut self,
        shown: &crate::view::state::Shown,
        sandbox: Option<&(String, Rc<Scenario>)>,
    ) {
        // A sandbox view needs a sandbox.
        if self.view.shown.is_sandbox() && self.work.sandboxes.is_empty() {
            self.work.apply(WorkAction::New {
                name: "Sandbox 1".into(),
                scenario: crate::sandbox::empty(first_sandbox_date()),
            });
        }
        if let Some(i) = self.view.shown.builtin() {
            self.last_builtin = i;
        }
        let sandbox_now = self.open_scenario();
        let sandbox_changed = match (sandbox, &sandbox_now) {
            (Some((k, a)), Some((l, b))) => k != l || !Rc::ptr_eq(a, b),
            (None, None) => false,
            _ => true,
        };
        // Indices into a sandbox change with its edits, and into another scenario with it:
        // what pointed at them is let go (a link's own selection, read with its scenario, stays).
        if *shown != self.view.shown {
            self.pointed = None;
        } else if sandbox_changed && self.view.shown.is_sandbox() {
            self.pointed = None;
            self.view.selected = None;
            self.view.what_if.people.clear();
        }
        // Presenting is a story's, step by step; a preview is the sandbox's.
        if self.view.step.is_none() || !self.in_scenarios() || *shown != self.view.shown {
            self.presenting = false;
        }
        if !self.in_sandbox() {
            self.preview = false;
        }
        if !self.view.shown.is_sandbox() {
            self.connect = false;
            self.grant_for = None;
        }
        // The page speaks the language chosen once its words are at hand (the page fetches
        // them), and every word it derives from here on is in it.
        let chosen = self.language.chosen();
        if catalogue::has(chosen) {
            self.language.speaks = chosen;
        }
        if self.language.failed != Some(chosen) || self.language.speaks == chosen {
            self.language.failed = None;
        }
        catalogue::set_language(self.language.speaks);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::PersonIx;
    use crate::sandbox::Edit;
    use crate::view::state::Shown;

    fn at(hash: &str) -> Location {
        Location {
            hash: hash.into(),
            embed: false,
        }
    }

    fn opened(hash: &str) -> Page {
        Page::open(&at(hash), String::new(), None, Vec::new())
    }

    #[test]
    fn an_address_opens_its_view_or_at_scale() {
        let page = opened("#scenario=partners&date=2016-01-01");
        assert_eq!(page.view.shown, Shown::Builtin(2));
        assert_eq!((page.scale.is_none(), page.last_builtin), (true, 2));
        let page = opened("#scale&people=1000");
        assert_eq!(page.scale.as_ref().map(|v| v.params.people), Some(1000));
        assert_eq!(page.view, State::default());
        assert_eq!(page.address(None).as_deref(), Some("#scale&people=1000"));
        let page = opened("#scenario=nonesuch");
        assert_eq!(page.notes.len(), 1, "{:?}", page.notes);
    }

    #[test]
    fn the_language_is_in_the_address_and_reads_back() {
        let de = Lang::parse("de").unwrap();
        let s = builtin::scenario(0).unwrap();
        let mut page = opened("#scenario=friends&lang=de");
        assert_eq!(page.language.chosen(), de);
        assert_eq!(
            page.language.speaks, de,
            "natively every language is at hand"
        );
        let hash = page.address(Some(&s)).unwrap();
        assert!(hash.ends_with("&lang=de"), "{hash}");
        let again = opened(&hash);
        assert_eq!(
            (again.language, again.view.clone()),
            (page.language, page.view.clone())
        );
        page.apply(Do::Address(at("#scenario=partners")));
        assert_eq!(
            page.language.chosen(),
            de,
            "an address without lang= keeps it"
        );
        page.apply(Do::AtScale);
        let scale = page.address(None).unwrap();
        assert!(
            scale.starts_with("#scale") && scale.ends_with("&lang=de"),
            "{scale}"
        );
        assert_eq!(opened(&scale).language.chosen(), de);
        page.apply(Do::Language(Lang::EN));
        assert_eq!(page.address(None).as_deref(), Some("#scale"));
        page.apply(Do::DefaultLanguage(de));
        assert_eq!(
            page.address(None).as_deref(),
            Some("#scale&lang=en"),
            "a choice against the page's own"
        );
        let english = opened("#scenario=friends");
        assert_eq!(
            english.address(Some(&s)).as_deref(),
            Some("#scenario=friends")
        );
        let wrong = opened("#scenario=friends&lang=xx");
        assert_eq!((wrong.language.chosen(), wrong.notes.len()), (Lang::EN, 1));
        let mut failed = opened("");
        failed.apply(Do::Words(de, false));
        assert_eq!(
            failed.language.failed, None,
            "only the chosen language's failure is told"
        );
        crate::catalogue::set_language(Lang::EN);
    }

    #[test]
    fn presenting_lasts_while_a_story_step_is_shown_and_a_preview_while_the_sandbox_is() {
        let mut page = opened("#scenario=partners&step=2");
        page.apply(Do::Presenting(true));
        let s = builtin::scenario_or_first(2);
        page.apply(Do::View(
            crate::view::state::show_step(&s.steps, 2, s.date).unwrap(),
        ));
        assert!(page.presenting, "moving through the story keeps presenting");
        page.apply(Do::View(Action::LeaveStory));
        assert!(!page.presenting, "leaving the story stops it");
        page.apply(Do::Presenting(true));
        assert!(
            !page.presenting,
            "there is nothing to present outside a step"
        );
        page.apply(Do::Build);
        page.apply(Do::Preview(true));
        assert!(page.preview);
        page.apply(Do::Stories);
        assert!(!page.preview, "a preview is the sandbox's");
        page.apply(Do::Build);
        page.apply(Do::Preview(true));
        page.apply(Do::View(Action::SetDate(first_sandbox_date())));
        page.apply(Do::Preview(false));
        assert_eq!((page.preview, page.view.step), (false, None));
    }

    #[test]
    fn an_embed_query_embeds_the_story() {
        let page = Page::open(
            &Location {
                hash: String::new(),
                embed: true,
            },
            String::new(),
            None,
            Vec::new(),
        );
        assert_eq!(page.view.embed, Some(Controls::Story));
    }

    #[test]
    fn the_address_of_a_page_reads_back_as_the_same_page() {
        let mut page = opened("");
        let s = builtin::scenario(0).unwrap();
        page.apply(Do::View(Action::SetDate(
            Date::parse("2013-05-01").unwrap(),
        )));
        page.apply(Do::View(Action::Select(Some(Node::Person(PersonIx(1))))));
        let hash = page.address(Some(&s)).unwrap();
        let again = opened(&hash);
        assert_eq!(again.view, page.view);
        assert_eq!(again.address(Some(&s)), Some(hash));
    }

    #[test]
    fn pointing_is_let_go_when_the_scenario_changes() {
        let mut page = opened("");
        page.apply(Do::Point(Some(Node::Person(PersonIx(0)))));
        page.apply(Do::View(Action::SetDate(
            Date::parse("2013-05-01").unwrap(),
        )));
        assert_eq!(
            page.pointed,
            Some(Node::Person(PersonIx(0))),
            "a date move keeps it"
        );
        page.apply(Do::View(Action::PickScenario(2)));
        assert_eq!(page.pointed, None);
    }

    #[test]
    fn the_sandbox_view_has_a_sandbox_and_its_address_names_its_people() {
        let page = opened("#sandbox");
        assert_eq!(page.work.sandboxes.len(), 1);
        assert!(page.in_sandbox());
        let mut w = Workspace::default();
        w.apply(WorkAction::New {
            name: "Kept".into(),
            scenario: crate::sandbox::empty(first_sandbox_date()),
        });
        w.apply(WorkAction::Edit(Edit::AddPerson {
            id: "zoe".into(),
            name: "Zoe".into(),
        }));
        let kept = Page::open(
            &at("#sandbox&select=zoe"),
            String::new(),
            Some(w.store()),
            Vec::new(),
        );
        assert_eq!(kept.work.open_name(), Some("Kept"));
        assert_eq!(kept.work.sandboxes.len(), 1, "no empty one beside it");
        assert_eq!(kept.view.selected, Some(Node::Person(PersonIx(0))));
        assert!(kept.notes.is_empty(), "{:?}", kept.notes);
        let mut moved = kept.clone();
        moved.apply(Do::Address(at("#sandbox&select=nobody")));
        assert_eq!((moved.view.selected, moved.notes.len()), (None, 1));
    }

    #[test]
    fn an_edit_of_the_sandbox_shown_lets_go_of_what_pointed_into_it() {
        let mut page = opened("#sandbox");
        for (id, name) in [("ana", "Ana"), ("ben", "Ben")] {
            page.apply(Do::from(WorkAction::Edit(Edit::AddPerson {
                id: id.into(),
                name: name.into(),
            })));
        }
        let ben = Node::Person(PersonIx(1));
        page.apply(Do::View(Action::Select(Some(ben))));
        page.apply(Do::Point(Some(ben)));
        let mut w = page.view.what_if.clone();
        w.people
            .insert(PersonIx(1), crate::core::model::Settings::DEFAULT);
        page.apply(Do::View(Action::SetWhatIf(w)));
        // A refused edit changes nothing, so it lets go of nothing.
        page.apply(Do::from(WorkAction::Edit(Edit::AddPerson {
            id: "ana".into(),
            name: "Again".into(),
        })));
        assert_eq!((page.view.selected, page.pointed), (Some(ben), Some(ben)));
        page.apply(Do::from(WorkAction::Edit(Edit::RemovePerson {
            id: "ana".into(),
        })));
        assert_eq!((page.view.selected, page.pointed), (None, None));
        assert!(page.view.what_if.people.is_empty());
    }

    #[test]
    fn the_tabs_go_between_the_stories_the_sandbox_and_at_scale() {
        let mut page = opened("#scenario=partners");
        page.apply(Do::AtScale);
        assert!(page.scale.is_some());
        page.apply(Do::Build);
        assert!(page.scale.is_none() && page.in_sandbox());
        page.apply(Do::Stories);
        assert_eq!(page.view.shown, Shown::Builtin(2), "the story read last");
        page.apply(Do::AtScale);
        page.apply(Do::Stories);
        assert_eq!(
            (page.scale.is_none(), &page.view.shown),
            (true, &Shown::Builtin(2)),
            "leaving At scale keeps the story where it was"
        );
    }

    #[test]
    fn your_data_has_its_own_address_which_never_holds_the_export() {
        use crate::core::mine::{Friend, Mine};
        let mut page = opened("#mine&one-in=1000");
        assert_eq!(page.mine.as_ref().map(|v| v.one_in), Some(1000));
        assert!(!page.in_sandbox() && !page.in_scenarios());
        assert_eq!(page.address(None).as_deref(), Some("#mine&one-in=1000"));
        let again = opened(&page.address(None).unwrap());
        assert_eq!((again.mine, again.notes.len()), (page.mine.clone(), 0));
        // The reader's export, its names shown and kept: the address stays as it was.
        let mine = Mine {
            friends: vec![Friend {
                name: "Ana Lima".into(),
                since: Some(1_300_000_000),
            }],
            ..Mine::default()
        };
        page.apply(Do::Mine(MineAction::Started(1)));
        page.apply(Do::Mine(MineAction::Done(1, Rc::new(mine))));
        page.apply(Do::Mine(MineAction::Names(true)));
        page.apply(Do::Mine(MineAction::Keep(true)));
        page.apply(Do::Mine(MineAction::OneIn(10)));
        let hash = page.address(None).unwrap();
        assert_eq!(hash, "#mine&one-in=10");
        for leaked in ["Ana", "Lima", "1300000000", "friends", "names", "keep"] {
            assert!(!hash.contains(leaked), "{hash} holds {leaked}");
        }
        // Nor does the address of any other view the reader goes to from here.
        let s = builtin::scenario(0).unwrap();
        for go in [Do::Stories, Do::Build, Do::AtScale] {
            let mut p = page.clone();
            p.apply(go);
            let hash = p.address(Some(&s)).unwrap();
            assert!(!hash.contains("Ana") && !hash.contains("mine"), "{hash}");
        }
    }

    #[test]
    fn the_export_stays_in_memory_while_the_reader_goes_elsewhere_and_back() {
        let mut page = opened("#scenario=partners");
        page.apply(Do::YourData);
        assert_eq!(page.address(None).as_deref(), Some("#mine"));
        page.apply(Do::Mine(MineAction::Started(7)));
        page.apply(Do::Mine(MineAction::Done(
            7,
            Rc::new(crate::core::mine::Mine::default()),
        )));
        page.apply(Do::AtScale);
        assert!(page.mine.is_none() && page.scale.is_some());
        // On a phone the tab opens a phone-sized network, named in the address.
        let mut phone = opened("#scenario=partners");
        phone.apply(Do::AtScaleOnPhone);
        assert_eq!(
            phone.scale.as_ref().map(|v| v.params.people),
            Some(PHONE_PEOPLE)
        );
        assert!(phone
            .address(None)
            .is_some_and(|a| a.starts_with("#scale") && a.contains("people=10000")));
        page.apply(Do::YourData);
        assert!(page.scale.is_none() && page.mine.is_some());
        page.apply(Do::Stories);
        assert_eq!(page.view.shown, Shown::Builtin(2), "the story read last");
        page.apply(Do::Address(at("#mine")));
        assert!(page.export.mine().is_some(), "kept in memory throughout");
        page.apply(Do::Address(at("#scenario=friends")));
        assert!(page.mine.is_none());
    }
}

//! The exposure engine: who can see what at a date, and why (MODEL.md, "The rules").
//!
//! [`Engine::new`] prepares, once per scenario, what does not depend on the date: the friend
//! graph as a compressed sparse row of `u32`s (8 bytes a friendship, with a bit each for
//! friendships that start or end, whose index follows, and those with messages), each person's
//! settings, and the id order used to break ties. [`Engine::access`] then evaluates the five rules at one date
//! (`day`): grants give claims (a company, a person, categories and a reason), sorted by
//! company and person with a radix sort; transfers are followed from them in rounds over a
//! [`petgraph`] graph of companies, one category at a time, so chains and cycles end; and each
//! fact is written once, in its final order, keeping only its primary reason and the kinds of
//! the other reasons, so memory grows with the number of facts, not of reasons. Deals over every
//! user are kept once per company and category (`Blankets`) and joined as the facts are
//! written. [`Engine::collected`] unions access over every date on which anything changes.
//!
//! The engine leaves out everything a reader sees: words ([`crate::present::explain`]), counts
//! ([`crate::present::figures`]) and drawing ([`crate::present::scene`]).

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::core::date::{Date, Interval};
use crate::core::model::{Category, CategorySet, CompanyIx, PersonIx, Scenario};

mod day;

/// Whether a result is what companies can see on a day, or all they have gathered up to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// What companies can reach on the date.
    #[default]
    Access,
    /// Everything reached on any day up to and including the date.
    Collected,
}

impl Mode {
    /// The word the command line and the URL use.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Access => "access",
            Mode::Collected => "collected",
        }
    }

    /// The mode the command line or the URL names `word`, if any.
    pub fn parse(word: &str) -> Option<Mode> {
        [Mode::Access, Mode::Collected]
            .into_iter()
            .find(|m| m.as_str() == word)
    }
}

/// The five kinds of reason, in order of precedence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReasonKind {
    /// The person granted it.
    Consent,
    /// A friend's app asked for friends' data.
    Friend,
    /// A friend let a company read their messages.
    Mailbox,
    /// A deal, or a connection the person was never asked about.
    Deal,
    /// Another company handed it on.
    Transfer,
}

impl ReasonKind {
    /// Every kind, in order of precedence.
    pub const ALL: [ReasonKind; 5] = [
        ReasonKind::Consent,
        ReasonKind::Friend,
        ReasonKind::Mailbox,
        ReasonKind::Deal,
        ReasonKind::Transfer,
    ];

    /// The word the scenario format and the command line use.
    pub fn as_str(self) -> &'static str {
        match self {
            ReasonKind::Consent => "consent",
            ReasonKind::Friend => "friend",
            ReasonKind::Mailbox => "mailbox",
            ReasonKind::Deal => "deal",
            ReasonKind::Transfer => "transfer",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Where a `deal` reason comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DealSource {
    /// An agreement's `all_users`, by index in [`Scenario::agreements`].
    Agreement(u32),
    /// A grant with `explicit: false`, by index in [`Scenario::grants`].
    Unasked(u32),
}

/// Why a company can see a piece of data; indices point into the [`Scenario`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Rule 1: the person's own explicit grant.
    Consent {
        /// The grant.
        grant: u32,
    },
    /// Rule 2: a friend's grant of `friends.K`.
    Friend {
        /// The friend who granted.
        via: PersonIx,
        /// Their grant.
        grant: u32,
    },
    /// Rule 3: a friend's grant of `messages`, over a friendship with messages.
    Mailbox {
        /// The friend who granted.
        via: PersonIx,
        /// Their grant.
        grant: u32,
    },
    /// Rule 4, or rule 1 with `explicit: false`.
    Deal(DealSource),
    /// Rule 5: another company handed it on.
    Transfer {
        /// The company that handed it on.
        from: CompanyIx,
        /// The transfer, by index in [`Scenario::transfers`].
        transfer: u32,
    },
}

impl Reason {
    /// Which of the five kinds this is.
    pub fn kind(&self) -> ReasonKind {
        match self {
            Reason::Consent { .. } => ReasonKind::Consent,
            Reason::Friend { .. } => ReasonKind::Friend,
            Reason::Mailbox { .. } => ReasonKind::Mailbox,
            Reason::Deal(_) => ReasonKind::Deal,
            Reason::Transfer { .. } => ReasonKind::Transfer,
        }
    }
}

/// A set of reason kinds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ReasonKinds(u8);

impl ReasonKinds {
    /// Whether `k` is in the set.
    pub fn contains(self, k: ReasonKind) -> bool {
        self.0 & k.bit() != 0
    }

    /// Adds `k`.
    pub fn insert(&mut self, k: ReasonKind) {
        self.0 |= k.bit();
    }

    /// Both sets together.
    pub fn union(self, other: ReasonKinds) -> ReasonKinds {
        ReasonKinds(self.0 | other.0)
    }

    /// The kinds, in order of precedence.
    pub fn iter(self) -> impl Iterator<Item = ReasonKind> {
        ReasonKind::ALL
            .into_iter()
            .filter(move |k| self.contains(*k))
    }
}

/// One fact: `company` can see (or has) `person`'s `category`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    /// Who holds the data.
    pub company: CompanyIx,
    /// Whose data it is.
    pub person: PersonIx,
    /// What data.
    pub category: Category,
    /// The primary reason.
    pub reason: Reason,
    /// The kinds of every reason that applies, the primary one included.
    pub kinds: ReasonKinds,
    /// The day the primary reason held (the result's date, in access mode).
    pub at: Date,
}

/// The result of evaluating a scenario at a date.
#[derive(Clone, Debug, PartialEq)]
pub struct Exposure {
    /// The date evaluated.
    pub date: Date,
    /// Access or collected.
    pub mode: Mode,
    /// Every fact, sorted by company, person and category indices, without repeats.
    pub facts: Vec<Fact>,
}

impl Mode {
    /// Whether something active over `interval` counts for a result at `date` in this mode:
    /// active on that day (access), or on some day up to and including it (collected).
    pub fn counts(self, interval: &Interval, date: Date) -> bool {
        match self {
            Mode::Access => interval.contains(date),
            Mode::Collected => interval.started_by(date),
        }
    }
}

impl Exposure {
    /// Whether something active over `interval` counts for this result ([`Mode::counts`]).
    pub fn counts(&self, interval: &Interval) -> bool {
        self.mode.counts(interval, self.date)
    }

    /// The fact for this company, person and category, if there is one.
    pub fn find(&self, company: CompanyIx, person: PersonIx, category: Category) -> Option<&Fact> {
        let key = (company, person, category);
        self.facts
            .binary_search_by(|f| (f.company, f.person, f.category).cmp(&key))
            .ok()
            .map(|i| &self.facts[i])
    }

    /// The facts about what `company` holds, sorted by person and category.
    pub fn of_company(&self, company: CompanyIx) -> &[Fact] {
        let start = self.facts.partition_point(|f| f.company < company);
        let end = self.facts.partition_point(|f| f.company <= company);
        &self.facts[start..end]
    }
}

/// A scenario prepared for evaluation at any date.
#[derive(Clone, Debug)]
pub struct Engine {
    /// Shared with whoever holds it besides (a sandbox's history, the page's store), so making
    /// an engine copies no network.
    scenario: Rc<Scenario>,
    /// Each person's position when people are sorted by id (byte order), for tie-breaks.
    person_rank: Vec<u32>,
    /// Each company's position when companies are sorted by id.
    company_rank: Vec<u32>,
    /// Friends of each person, and the friendships joining them.
    friends: FriendGraph,
    /// What friends' apps may see of each person: "Apps others use", or nothing where
    /// platform apps are off.
    shown: Vec<CategorySet>,
    /// The scenario's change dates, in order.
    changes: Vec<Date>,
    /// What [`Engine::collected`] gathered last, kept so that a later date only adds the days
    /// after it: moving the date forward, or playing, evaluates each change day once.
    gathered: RefCell<Option<Gathered>>,
}

/// Access gathered over the day before the first change and the first `days` change days.
#[derive(Clone, Debug)]
struct Gathered {
    days: usize,
    map: FxHashMap<u64, Entry>,
    blankets: Blankets,
}

/// Who is friends with whom, as a compressed sparse row: person `p`'s entries are the words
/// `row[p]..row[p + 1]` of `words`, one entry for each friendship of theirs, sorted by friend and
/// then friendship, so parallel friendships of one pair (say, before and after a break-up) stand
/// side by side.
///
/// An entry is one word: the friend's index, with [`FriendGraph::DATED`] set when the
/// friendship starts or ends and [`FriendGraph::MESSAGES`] when it carries messages. Only a
/// dated entry is followed by a second word, the friendship's index, so following friends reads
/// the scenario's friendships only for those that start or end. Both directions of every
/// friendship are kept: 8 bytes a friendship active on every day, 16 a dated one, and 4 a
/// person.
#[derive(Clone, Debug, Default)]
struct FriendGraph {
    row: Vec<u32>,
    words: Vec<u32>,
}

impl FriendGraph {
    /// The bit of an entry set when the friendship starts or ends: the next word is its index.
    const DATED: u32 = 1 << 31;
    /// The bit set when the friendship carries messages.
    const MESSAGES: u32 = 1 << 30;
    /// The bits of the friend's index (the limits keep far fewer people).
    const PERSON: u32 = Self::MESSAGES - 1;

    fn new(s: &Scenario) -> FriendGraph {
        let people = s.people.len();
        // Each direction of each friendship, its flags read once, placed by person with a
        // counting sort (in file order within each person), then each person's few entries
        // sorted by friend and friendship.
        let mut start = vec![0u32; people + 1];
        for f in &s.friendships {
            for p in f.between {
                // The file checks keep every index below the number of people.
                if let Some(next) = start.get_mut(p.ix() + 1) {
                    *next += 1;
                }
            }
        }
        for p in 1..start.len() {
            start[p] += start[p - 1];
        }
        let mut fill = start.clone();
        let mut directed = vec![(0u32, 0u32); start[people] as usize];
        for (i, f) in s.friendships.iter().enumerate() {
            let mut flags = 0;
            if f.interval.from.is_some() || f.interval.until.is_some() {
                flags |= Self::DATED;
            }
            if f.messages {
                flags |= Self::MESSAGES;
            }
            let [a, b] = f.between;
            debug_assert!(a.0.max(b.0) <= Self::PERSON);
            for (from, to) in [(a, b), (b, a)] {
                if let Some(at) = fill.get_mut(from.ix()) {
                    if let Some(slot) = directed.get_mut(*at as usize) {
                        *slot = (to.0 | flags, i as u32);
                    }
                    *at += 1;
                }
            }
        }
        let dated = directed.iter().filter(|d| d.0 & Self::DATED != 0).count();
        let mut words = Vec::with_capacity(directed.len() + dated);
        let mut row = vec![0u32; people + 1];
        for p in 0..people {
            let entries = &mut directed[start[p] as usize..start[p + 1] as usize];
            entries.sort_unstable_by_key(|&(to, i)| (to & Self::PERSON, i));
            for &(entry, i) in entries.iter() {
                words.push(entry);
                if entry & Self::DATED != 0 {
                    words.push(i);
                }
            }
            row[p + 1] = words.len() as u32;
        }
        FriendGraph { row, words }
    }

    /// The bytes its lists take.
    fn bytes(&self) -> usize {
        std::mem::size_of::<u32>() * (self.row.capacity() + self.words.capacity())
    }
}

impl Engine {
    /// Prepares `scenario`, which [`crate::files::scenario::parse`] has validated (a scenario or
    /// a shared one).
    pub fn new(scenario: impl Into<Rc<Scenario>>) -> Engine {
        Engine::prepared(scenario.into(), None)
    }

    /// [`Engine::new`] for `scenario`, a change of `before`'s (a sandbox edit, its undo): what
    /// depends only on the people, the companies or the friendships, when the change left them
    /// as they were, is taken from `before` instead of made again (on a network of thousands,
    /// the friend graph is most of an engine's making).
    pub fn after(before: &Engine, scenario: impl Into<Rc<Scenario>>) -> Engine {
        Engine::prepared(scenario.into(), Some(before))
    }

    fn prepared(scenario: Rc<Scenario>, before: Option<&Engine>) -> Engine {
        let was = before.map(|b| (b, b.scenario()));
        let same_people = was.filter(|(_, s)| s.people == scenario.people);
        let same_companies = was.filter(|(_, s)| s.companies == scenario.companies);
        let same_friends = same_people.filter(|(_, s)| s.friendships == scenario.friendships);
        let person_rank = match same_people {
            Some((b, _)) => b.person_rank.clone(),
            None => ranks(scenario.people.iter().map(|p| p.id.as_str())),
        };
        let company_rank = match same_companies {
            Some((b, _)) => b.company_rank.clone(),
            None => ranks(scenario.companies.iter().map(|c| c.id.as_str())),
        };
        let friends = match same_friends {
            Some((b, _)) => b.friends.clone(),
            None => FriendGraph::new(&scenario),
        };
        let shown = match same_people {
            Some((b, _)) => b.shown.clone(),
            None => scenario
                .people
                .iter()
                .map(|p| {
                    if p.platform_apps {
                        p.apps_others_use
                    } else {
                        CategorySet::EMPTY
                    }
                })
                .collect(),
        };
        let changes = scenario.change_dates();
        Engine {
            scenario,
            person_rank,
            company_rank,
            friends,
            shown,
            changes,
            gathered: RefCell::new(None),
        }
    }

    /// The scenario evaluated.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The scenario evaluated, shared.
    pub fn shared(&self) -> &Rc<Scenario> {
        &self.scenario
    }

    /// Evaluates in either mode.
    pub fn evaluate(&self, date: Date, mode: Mode) -> Exposure {
        match mode {
            Mode::Access => self.access(date),
            Mode::Collected => self.collected(date),
        }
    }

    /// What companies can see at `date`.
    pub fn access(&self, date: Date) -> Exposure {
        let facts = self.facts(&self.day(date), date);
        Exposure {
            date,
            mode: Mode::Access,
            facts,
        }
    }

    /// What companies have gathered on any day up to and including `date`.
    ///
    /// Access changes only on days where an interval starts or ends, so it is evaluated on each
    /// such day up to `date` and on the day before the first of them (standing for all earlier
    /// days); `date` itself has the access of the last of them. A fact keeps the best reason it ever had, with the day it held.
    ///
    /// The days are gathered in order and what was gathered is kept: a later call for the same
    /// or a later date evaluates only the change days it has not seen (an earlier date starts
    /// again), and gives what gathering from the start would.
    pub fn collected(&self, date: Date) -> Exposure {
        let upto = self.changes.partition_point(|d| *d <= date);
        if upto == 0 {
            let facts = self.facts(&self.day(date), date);
            return Exposure {
                date,
                mode: Mode::Collected,
                facts,
            };
        }
        let mut kept = self.gathered.borrow_mut();
        let g = self.advance(&mut kept, upto, usize::MAX);
        // Access on `date` is access on the last change day up to it, gathered already.
        let exposure = self.finish(&g.map, &g.blankets, date, Mode::Collected);
        *kept = Some(g);
        exposure
    }

    /// How far [`Engine::collected`] at `date` has been gathered: the change days gathered
    /// toward it, and how many it needs. A collected result is instant once the two are equal.
    pub fn gathering(&self, date: Date) -> (usize, usize) {
        let upto = self.changes.partition_point(|d| *d <= date);
        let kept = self.gathered.borrow();
        let done = match kept.as_ref() {
            Some(g) if g.days <= upto => g.days,
            _ => 0,
        };
        (done, upto)
    }

    /// Gathers at most `days` more change days toward `date`, so a caller can spread
    /// [`Engine::collected`]'s work over many short slices; true once all are gathered.
    pub fn gather_toward(&self, date: Date, days: usize) -> bool {
        let upto = self.changes.partition_point(|d| *d <= date);
        if upto == 0 {
            return true;
        }
        let mut kept = self.gathered.borrow_mut();
        let g = self.advance(&mut kept, upto, days);
        let done = g.days >= upto;
        *kept = Some(g);
        done
    }

    /// What `kept` gathered, carried on toward `upto` change days by at most `days` more (from
    /// the start when it went past `upto`).
    fn advance(&self, kept: &mut Option<Gathered>, upto: usize, days: usize) -> Gathered {
        let mut g = match kept.take() {
            Some(g) if g.days <= upto => g,
            _ => {
                let mut g = Gathered {
                    days: 0,
                    map: FxHashMap::default(),
                    blankets: Blankets::default(),
                };
                self.gather(&mut g, self.changes[0].pred());
                g
            }
        };
        let end = upto.min(g.days.saturating_add(days));
        while g.days < end {
            let day = self.changes[g.days];
            self.gather(&mut g, day);
            g.days += 1;
        }
        g
    }

    /// Adds access on `day` to what `g` gathered.
    fn gather(&self, g: &mut Gathered, day: Date) {
        let today = self.day(day);
        let map = &mut g.map;
        self.entries(&today, day, |key, entry| {
            map.entry(key)
                .and_modify(|held| {
                    let kinds = held.kinds.union(entry.kinds);
                    // A transfer keeps the reason of the day the fact first arrived: mixing
                    // transfer sources from different days could make two companies each
                    // other's source, and the chain would never reach a grant. Days only
                    // go forward along a chain of first arrivals, so it always ends.
                    let both_transfers = held.reason.kind() == ReasonKind::Transfer
                        && entry.reason.kind() == ReasonKind::Transfer;
                    if !both_transfers && self.better(&entry.reason, &held.reason) {
                        *held = entry;
                    }
                    held.kinds = kinds;
                })
                .or_insert(entry);
        });
        g.blankets.keep_best(today.blankets);
    }

    /// Whether `a` takes precedence over `b` as a primary reason: the earlier kind; within a
    /// kind, the via-person or source company with the smaller id; then file order.
    pub fn better(&self, a: &Reason, b: &Reason) -> bool {
        self.order_key(a) < self.order_key(b)
    }

    fn order_key(&self, r: &Reason) -> (ReasonKind, u32, u32) {
        match *r {
            Reason::Consent { grant } => (ReasonKind::Consent, 0, grant),
            Reason::Friend { via, grant } => {
                (ReasonKind::Friend, self.person_rank[via.ix()], grant)
            }
            Reason::Mailbox { via, grant } => {
                (ReasonKind::Mailbox, self.person_rank[via.ix()], grant)
            }
            Reason::Deal(DealSource::Agreement(a)) => (ReasonKind::Deal, 0, a),
            Reason::Deal(DealSource::Unasked(g)) => (ReasonKind::Deal, 1, g),
            Reason::Transfer { from, transfer } => {
                (ReasonKind::Transfer, self.company_rank[from.ix()], transfer)
            }
        }
    }

    /// Whether friend permissions are open to every app at `date`.
    pub fn policy_open(&self, date: Date) -> bool {
        self.scenario
            .friend_permissions
            .iter()
            .any(|p| p.contains(date))
    }

    /// The friends of `person` at `date`: each friend, and whether an active friendship
    /// joining them carries messages.
    pub fn friends_at(
        &self,
        person: PersonIx,
        date: Date,
    ) -> impl Iterator<Item = (PersonIx, bool)> + '_ {
        let g = &self.friends;
        let words = match (g.row.get(person.ix()), g.row.get(person.ix() + 1)) {
            (Some(&lo), Some(&hi)) => &g.words[lo as usize..hi as usize],
            _ => &[],
        };
        let friendships = &self.scenario.friendships;
        let mut at = 0;
        std::iter::from_fn(move || loop {
            let to = *words.get(at)? & FriendGraph::PERSON;
            let (mut active, mut messages) = (false, false);
            while let Some(&entry) = words.get(at) {
                if entry & FriendGraph::PERSON != to {
                    break;
                }
                at += 1;
                let on = if entry & FriendGraph::DATED == 0 {
                    true
                } else {
                    // The friendship's index follows a dated entry.
                    let index = words.get(at).copied();
                    at += 1;
                    index
                        .and_then(|i| friendships.get(i as usize))
                        .is_some_and(|f| f.interval.contains(date))
                };
                active |= on;
                messages |= on && entry & FriendGraph::MESSAGES != 0;
            }
            if active {
                return Some((PersonIx(to), messages));
            }
        })
    }

    /// The bytes the engine keeps to follow friendships (its friend graph): what it computes
    /// over, beside the scenario itself.
    pub fn friend_graph_bytes(&self) -> usize {
        self.friends.bytes()
    }

    /// The sorted facts of `map` and `blankets` together: where both hold a fact, it has the
    /// kinds of both and the better reason.
    fn finish(
        &self,
        map: &FxHashMap<u64, Entry>,
        blankets: &Blankets,
        date: Date,
        mode: Mode,
    ) -> Exposure {
        let fact = |key: u64, e: Entry| {
            let (company, person, category) = unpack(key);
            Fact {
                company,
                person,
                category,
                reason: e.reason,
                kinds: e.kinds,
                at: e.at,
            }
        };
        // A key packs company, person and category in that order of significance, so sorting
        // by it is sorting by the three.
        let mut keyed: Vec<(u64, Entry)> = map.iter().map(|(key, e)| (*key, *e)).collect();
        day::radix_sort(&mut keyed, |(key, _)| *key);
        let held: Vec<Fact> = keyed.into_iter().map(|(key, e)| fact(key, e)).collect();
        if blankets.0.is_empty() {
            return Exposure {
                date,
                mode,
                facts: held,
            };
        }
        let people = self.scenario.people.len() as u32;
        let everyone = blankets.0.iter().flat_map(|(c, covered)| {
            (0..people).flat_map(move |p| {
                covered
                    .iter()
                    .map(move |&(k, e)| fact(fact_key(*c, PersonIx(p), k), e))
            })
        });
        let mut facts = Vec::with_capacity(held.len() + blankets.len() * people as usize);
        let mut held = held.into_iter().peekable();
        let key = |f: &Fact| (f.company, f.person, f.category);
        for b in everyone {
            while let Some(h) = held.next_if(|h| key(h) < key(&b)) {
                facts.push(h);
            }
            match held.next_if(|h| key(h) == key(&b)) {
                Some(mut h) => {
                    h.kinds = h.kinds.union(b.kinds);
                    if self.better(&b.reason, &h.reason) {
                        (h.reason, h.at) = (b.reason, b.at);
                    } else if b.reason == h.reason {
                        // The same deal, marked on a later day by a transfer: it held first
                        // on the deal's own first day.
                        h.at = h.at.min(b.at);
                    }
                    facts.push(h);
                }
                None => facts.push(b),
            }
        }
        facts.extend(held);
        Exposure { date, mode, facts }
    }
}

/// Deals over every user, as one entry per company and category instead of one per person:
/// for each company (in index order), each category it gets of everyone (in order) with the
/// entry every person's fact would have.
#[derive(Clone, Debug, Default)]
struct Blankets(Vec<(CompanyIx, Vec<(Category, Entry)>)>);

impl Blankets {
    /// Adds agreement `agreement` giving `company` category `k` of everyone on `day`, unless an
    /// earlier agreement already does.
    fn add(&mut self, company: CompanyIx, k: Category, agreement: u32, day: Date) {
        let reason = Reason::Deal(DealSource::Agreement(agreement));
        let at = match self.0.binary_search_by_key(&company, |(c, _)| *c) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (company, Vec::new()));
                at
            }
        };
        let covered = &mut self.0[at].1;
        match covered.binary_search_by_key(&k, |(c, _)| *c) {
            Ok(_) => {}
            Err(i) => {
                let mut kinds = ReasonKinds::default();
                kinds.insert(ReasonKind::Deal);
                covered.insert(
                    i,
                    (
                        k,
                        Entry {
                            reason,
                            kinds,
                            at: day,
                        },
                    ),
                );
            }
        }
    }

    /// The entry of `company`'s deal over everyone's `k`, if it has one.
    fn get(&self, company: CompanyIx, k: Category) -> Option<Entry> {
        let at = self.0.binary_search_by_key(&company, |(c, _)| *c).ok()?;
        let covered = &self.0[at].1;
        let i = covered.binary_search_by_key(&k, |(c, _)| *c).ok()?;
        Some(covered[i].1)
    }

    /// How many (company, category) pairs are covered.
    fn len(&self) -> usize {
        self.0.iter().map(|(_, covered)| covered.len()).sum()
    }

    /// Keeps, for each company and category, the best deal of `self` and `other`, and the
    /// earlier day between equals (`other` is of a later day): a fact keeps the best reason it
    /// ever had, with the first day it held.
    fn keep_best(&mut self, other: Blankets) {
        for (company, covered) in other.0 {
            for (k, e) in covered {
                let Reason::Deal(DealSource::Agreement(a)) = e.reason else {
                    continue;
                };
                match self.get(company, k) {
                    Some(Entry {
                        reason: Reason::Deal(DealSource::Agreement(held)),
                        ..
                    }) if held <= a => {}
                    Some(_) => self.replace(company, k, e),
                    None => self.add(company, k, a, e.at),
                }
            }
        }
    }

    fn replace(&mut self, company: CompanyIx, k: Category, entry: Entry) {
        if let Ok(at) = self.0.binary_search_by_key(&company, |(c, _)| *c) {
            let covered = &mut self.0[at].1;
            if let Ok(i) = covered.binary_search_by_key(&k, |(c, _)| *c) {
                covered[i].1 = entry;
            }
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    reason: Reason,
    kinds: ReasonKinds,
    at: Date,
}

fn fact_key(company: CompanyIx, person: PersonIx, category: Category) -> u64 {
    (u64::from(company.0) << 36) | (u64::from(person.0) << 4) | category as u64
}

fn unpack(key: u64) -> (CompanyIx, PersonIx, Category) {
    let company = CompanyIx((key >> 36) as u32);
    let person = PersonIx(((key >> 4) & 0xFFFF_FFFF) as u32);
    // The low four bits were written from a `Category`, so they index `ALL`.
    let category = Category::ALL[(key & 0xF) as usize];
    (company, person, category)
}

fn ranks<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let ids: Vec<&str> = ids.collect();
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_by(|a, b| ids[*a].as_bytes().cmp(ids[*b].as_bytes()));
    let mut rank = vec![0; ids.len()];
    for (r, i) in order.into_iter().enumerate() {
        rank[i] = r as u32;
    }
    rank
}

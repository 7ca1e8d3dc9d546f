//! The engine's algorithm as it was before it built each day's facts in their final order
//! (a hash map of every fact, then a sort and a merge), kept only to check the engine against:
//! on any scenario, at any date, in either mode, both must give the same `Exposure`. It uses
//! nothing of the engine but `policy_open` and `better`, and follows friendships on its own.

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;

use spillover::core::date::Date;
use spillover::core::engine::{
    DealSource, Engine, Exposure, Fact, Mode, Reason, ReasonKind, ReasonKinds,
};
use spillover::core::model::{Category, CategorySet, CompanyIx, PersonIx};

/// The former algorithm, over an engine's scenario.
pub struct Reference<'e>(&'e Engine, Vec<Vec<(u32, usize)>>);

impl<'e> Reference<'e> {
    /// The former algorithm over `engine`'s scenario, with each person's friends and the
    /// friendships joining them, in order.
    pub fn new(engine: &'e Engine) -> Reference<'e> {
        let s = engine.scenario();
        let mut friends = vec![Vec::new(); s.people.len()];
        for (i, f) in s.friendships.iter().enumerate() {
            let [a, b] = f.between;
            friends[a.ix()].push((b.0, i));
            friends[b.ix()].push((a.0, i));
        }
        for list in &mut friends {
            list.sort_unstable();
        }
        Reference(engine, friends)
    }

    /// Each friend of `person` at `date` and whether an active friendship joining them carries
    /// messages: what `Engine::friends_at` gives.
    pub fn friends_at(&self, person: PersonIx, date: Date) -> Vec<(PersonIx, bool)> {
        let s = self.0.scenario();
        self.1[person.ix()]
            .chunk_by(|a, b| a.0 == b.0)
            .filter_map(|pair| {
                let active: Vec<usize> = pair
                    .iter()
                    .map(|(_, i)| *i)
                    .filter(|i| s.friendships[*i].interval.contains(date))
                    .collect();
                active.first()?;
                let messages = active.iter().any(|i| s.friendships[*i].messages);
                Some((PersonIx(pair[0].0), messages))
            })
            .collect()
    }
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    reason: Reason,
    kinds: ReasonKinds,
    at: Date,
}

fn deal_kinds() -> ReasonKinds {
    let mut kinds = ReasonKinds::default();
    kinds.insert(ReasonKind::Deal);
    kinds
}

#[derive(Clone, Debug, Default)]
struct Blankets(Vec<(CompanyIx, Vec<(Category, Entry)>)>);

impl Blankets {
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
        if let Err(i) = covered.binary_search_by_key(&k, |(c, _)| *c) {
            let entry = Entry {
                reason,
                kinds: deal_kinds(),
                at: day,
            };
            covered.insert(i, (k, entry));
        }
    }

    fn get(&self, company: CompanyIx, k: Category) -> Option<Entry> {
        let at = self.0.binary_search_by_key(&company, |(c, _)| *c).ok()?;
        let covered = &self.0[at].1;
        let i = covered.binary_search_by_key(&k, |(c, _)| *c).ok()?;
        Some(covered[i].1)
    }

    fn len(&self) -> usize {
        self.0.iter().map(|(_, covered)| covered.len()).sum()
    }

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

struct Facts<'e> {
    map: FxHashMap<u64, Entry>,
    blankets: Blankets,
    engine: &'e Engine,
    date: Date,
}

impl Facts<'_> {
    fn add(&mut self, company: CompanyIx, person: PersonIx, category: Category, reason: Reason) {
        let engine = self.engine;
        let date = self.date;
        self.map
            .entry(fact_key(company, person, category))
            .and_modify(|held| {
                held.kinds.insert(reason.kind());
                if engine.better(&reason, &held.reason) {
                    held.reason = reason;
                }
            })
            .or_insert_with(|| {
                let mut kinds = ReasonKinds::default();
                kinds.insert(reason.kind());
                Entry {
                    reason,
                    kinds,
                    at: date,
                }
            });
    }

    fn mark(&mut self, company: CompanyIx, person: PersonIx, category: Category, kind: ReasonKind) {
        let key = fact_key(company, person, category);
        if let Some(held) = self.map.get_mut(&key) {
            held.kinds.insert(kind);
        } else if let Some(mut held) = self.blankets.get(company, category) {
            held.kinds.insert(kind);
            self.map.insert(key, held);
        }
    }

    fn holds(&self, company: CompanyIx, person: PersonIx, category: Category) -> bool {
        self.map.contains_key(&fact_key(company, person, category))
            || self.blankets.get(company, category).is_some()
    }
}

fn fact_key(company: CompanyIx, person: PersonIx, category: Category) -> u64 {
    (u64::from(company.0) << 36) | (u64::from(person.0) << 4) | category as u64
}

fn unpack(key: u64) -> (CompanyIx, PersonIx, Category) {
    let company = CompanyIx((key >> 36) as u32);
    let person = PersonIx(((key >> 4) & 0xFFFF_FFFF) as u32);
    (company, person, Category::ALL[(key & 0xF) as usize])
}

struct Gathered {
    map: FxHashMap<u64, Entry>,
    blankets: Blankets,
}

impl Reference<'_> {
    pub fn evaluate(&self, date: Date, mode: Mode) -> Exposure {
        match mode {
            Mode::Access => {
                let (map, blankets) = self.access_map(date);
                self.finish(map, &blankets, date, Mode::Access)
            }
            Mode::Collected => self.collected(date),
        }
    }

    /// Collected, gathered from the start on every call.
    fn collected(&self, date: Date) -> Exposure {
        let changes = self.0.scenario().change_dates();
        let upto = changes.partition_point(|d| *d <= date);
        if upto == 0 {
            let (map, blankets) = self.access_map(date);
            return self.finish(map, &blankets, date, Mode::Collected);
        }
        let mut g = Gathered {
            map: FxHashMap::default(),
            blankets: Blankets::default(),
        };
        self.gather(&mut g, changes[0].pred());
        for day in &changes[..upto] {
            self.gather(&mut g, *day);
        }
        if changes[upto - 1] != date {
            self.gather(&mut g, date);
        }
        self.finish(g.map, &g.blankets, date, Mode::Collected)
    }

    fn gather(&self, g: &mut Gathered, day: Date) {
        let (map, today) = self.access_map(day);
        g.blankets.keep_best(today);
        for (key, entry) in map {
            g.map
                .entry(key)
                .and_modify(|held| {
                    let kinds = held.kinds.union(entry.kinds);
                    let both_transfers = held.reason.kind() == ReasonKind::Transfer
                        && entry.reason.kind() == ReasonKind::Transfer;
                    if !both_transfers && self.0.better(&entry.reason, &held.reason) {
                        *held = entry;
                    }
                    held.kinds = kinds;
                })
                .or_insert(entry);
        }
    }

    fn access_map(&self, date: Date) -> (FxHashMap<u64, Entry>, Blankets) {
        let s = self.0.scenario();
        let mut out = Facts {
            map: FxHashMap::default(),
            blankets: Blankets::default(),
            engine: self.0,
            date,
        };
        let first = if self.0.policy_open(date) {
            CategorySet::ALL
        } else {
            CategorySet::EMPTY
        };
        let mut open = vec![first; s.companies.len()];
        let mut bypass = vec![CategorySet::EMPTY; s.companies.len()];
        for (i, a) in s.agreements.iter().enumerate() {
            if !a.interval.contains(date) {
                continue;
            }
            let c = a.company.ix();
            open[c] = open[c].union(a.friend_data);
            if a.ignores_settings {
                bypass[c] = bypass[c].union(a.friend_data);
            }
            for k in a.all_users.iter() {
                out.blankets.add(a.company, k, i as u32, date);
            }
        }
        for (i, g) in s.grants.iter().enumerate() {
            let grant = i as u32;
            if !g.interval.contains(date) || !s.person(g.person).platform_apps {
                continue;
            }
            let own = g.own();
            let reason = if g.explicit {
                Reason::Consent { grant }
            } else {
                Reason::Deal(DealSource::Unasked(grant))
            };
            for k in own.iter() {
                out.add(g.company, g.person, k, reason);
            }
            let wanted = g.of_friends().intersection(open[g.company.ix()]);
            let mailbox = own.contains(Category::Messages);
            if wanted.is_empty() && !mailbox {
                continue;
            }
            let bypass = bypass[g.company.ix()];
            for (friend, messages) in self.friends_at(g.person, date) {
                let f = s.person(friend);
                let settings = if f.platform_apps {
                    f.apps_others_use
                } else {
                    CategorySet::EMPTY
                };
                let via = g.person;
                for k in wanted.intersection(settings.union(bypass)).iter() {
                    out.add(g.company, friend, k, Reason::Friend { via, grant });
                }
                if mailbox && messages {
                    let reason = Reason::Mailbox { via, grant };
                    out.add(g.company, friend, Category::Messages, reason);
                }
            }
        }
        self.transfers(date, &mut out);
        (out.map, out.blankets)
    }

    fn transfers(&self, date: Date, out: &mut Facts) {
        let s = self.0.scenario();
        let mut graph: DiGraph<CompanyIx, (u32, CategorySet)> = DiGraph::new();
        let mut node_of: FxHashMap<CompanyIx, NodeIndex> = FxHashMap::default();
        let mut carried = CategorySet::EMPTY;
        for (i, t) in s.transfers.iter().enumerate() {
            if !t.interval.contains(date) {
                continue;
            }
            let mut node = |c: CompanyIx| *node_of.entry(c).or_insert_with(|| graph.add_node(c));
            let (a, b) = (node(t.from_company), node(t.to_company));
            graph.add_edge(a, b, (i as u32, t.categories));
            carried = carried.union(t.categories);
        }
        if carried.is_empty() {
            return;
        }
        let mut sends = vec![CategorySet::EMPTY; s.companies.len()];
        for e in graph.edge_references() {
            let c = graph[e.source()].ix();
            sends[c] = sends[c].union(e.weight().1);
        }
        let mut held: Vec<Vec<u32>> = vec![Vec::new(); Category::ALL.len()];
        for &key in out.map.keys() {
            let (company, person, k) = unpack(key);
            if sends[company.ix()].contains(k) {
                held[k as usize].push(person.0);
            }
        }
        for k in carried.iter() {
            let by_deal = (0..s.companies.len()).any(|c| {
                sends[c].contains(k) && out.blankets.get(CompanyIx(c as u32), k).is_some()
            });
            let people: Vec<u32> = if by_deal {
                (0..s.people.len() as u32).collect()
            } else {
                let mut people = std::mem::take(&mut held[k as usize]);
                people.sort_unstable();
                people.dedup();
                people
            };
            for p in people {
                let person = PersonIx(p);
                let holders: Vec<NodeIndex> = graph
                    .node_indices()
                    .filter(|n| out.holds(graph[*n], person, k))
                    .collect();
                if holders.is_empty() {
                    continue;
                }
                for (node, reason) in self.spread(&graph, k, &holders) {
                    match reason {
                        Some(reason) => out.add(graph[node], person, k, reason),
                        None => out.mark(graph[node], person, k, ReasonKind::Transfer),
                    }
                }
            }
        }
    }

    fn spread(
        &self,
        graph: &DiGraph<CompanyIx, (u32, CategorySet)>,
        k: Category,
        holders: &[NodeIndex],
    ) -> Vec<(NodeIndex, Option<Reason>)> {
        let mut reached = vec![false; graph.node_count()];
        let mut frontier = holders.to_vec();
        for n in &frontier {
            reached[n.index()] = true;
        }
        let mut found = Vec::new();
        while !frontier.is_empty() {
            let mut best: Vec<(NodeIndex, Reason)> = Vec::new();
            for &from in &frontier {
                for e in graph.edges(from).filter(|e| e.weight().1.contains(k)) {
                    let reason = Reason::Transfer {
                        from: graph[from],
                        transfer: e.weight().0,
                    };
                    if reached[e.target().index()] {
                        found.push((e.target(), None));
                    } else if let Some(held) = best.iter_mut().find(|(n, _)| *n == e.target()) {
                        if self.0.better(&reason, &held.1) {
                            held.1 = reason;
                        }
                    } else {
                        best.push((e.target(), reason));
                    }
                }
            }
            frontier = best.iter().map(|(n, _)| *n).collect();
            for (n, reason) in best {
                reached[n.index()] = true;
                found.push((n, Some(reason)));
            }
        }
        found
    }

    fn finish(
        &self,
        map: FxHashMap<u64, Entry>,
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
        let mut keyed: Vec<(u64, Entry)> = map.into_iter().collect();
        keyed.sort_unstable_by_key(|(key, _)| *key);
        let held: Vec<Fact> = keyed.into_iter().map(|(key, e)| fact(key, e)).collect();
        let people = self.0.scenario().people.len() as u32;
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
                    if self.0.better(&b.reason, &h.reason) {
                        (h.reason, h.at) = (b.reason, b.at);
                    } else if b.reason == h.reason {
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

//! One day's facts, built in their final order without hashing a fact.
//!
//! Rules 1 to 3 give *claims*: a company, a person, the categories a grant gives of them and the
//! reason (one claim for a friend's every category, not one entry a fact). Claims are sorted by
//! company and person with a radix sort, so the claims about one company and person stand
//! together; rule 5 follows transfers from them and adds claims of its own, and each company's
//! facts are then written once, person by person and category by category, with the deals over
//! every user ([`Blankets`]) joined in as they go. What a fact becomes does not depend on the
//! order of its claims: its kinds are those of every claim, and its primary reason the best by
//! [`Engine::better`], which orders any two different reasons.

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;

use super::{fact_key, Blankets, DealSource, Engine, Entry, Fact, Reason, ReasonKind, ReasonKinds};
use crate::core::date::Date;
use crate::core::model::{Category, CategorySet, CompanyIx, PersonIx};

/// Some of `person`'s data that `company` holds: the categories and why, or `None` for a
/// transfer reaching a company that already holds them (the fact gains the kind `transfer`
/// and keeps its reason).
#[derive(Clone, Copy, Debug)]
pub(super) struct Claim {
    /// The company in the high half and the person in the low one, so that sorting by it sorts
    /// by both.
    key: u64,
    reason: Option<Reason>,
    categories: CategorySet,
}

impl Claim {
    fn new(
        company: CompanyIx,
        person: PersonIx,
        categories: CategorySet,
        reason: Option<Reason>,
    ) -> Claim {
        Claim {
            key: (u64::from(company.0) << 32) | u64::from(person.0),
            reason,
            categories,
        }
    }

    fn company(&self) -> CompanyIx {
        CompanyIx((self.key >> 32) as u32)
    }

    fn person(&self) -> PersonIx {
        PersonIx(self.key as u32)
    }
}

/// What one day's facts are made of: the claims of rules 1, 2, 3 and 5, sorted by company and
/// person, and rule 4's deals over every user.
pub(super) struct Day {
    claims: Vec<Claim>,
    pub(super) blankets: Blankets,
}

/// The graph of a day's active transfers: a node a company, an edge a transfer with its index
/// and categories.
type Transfers = DiGraph<CompanyIx, (u32, CategorySet)>;

impl Engine {
    /// The claims and deals over every user of rules 1 to 5 at `date`.
    pub(super) fn day(&self, date: Date) -> Day {
        let mut claims = Vec::new();
        let blankets = self.grant_claims(date, &mut claims);
        radix_sort(&mut claims, |c| c.key);
        let handed = self.transfer_claims(date, &claims, &blankets);
        let claims = if handed.is_empty() {
            claims
        } else {
            merge(claims, handed)
        };
        Day { claims, blankets }
    }

    /// Rules 1 to 3 as claims into `claims`, in grant order, and rule 4's deals.
    fn grant_claims(&self, date: Date, claims: &mut Vec<Claim>) -> Blankets {
        let s = &self.scenario;
        let mut blankets = Blankets::default();
        // What each company may take of friends' data today (rule 2's two conditions).
        let policy = if self.policy_open(date) {
            CategorySet::ALL
        } else {
            CategorySet::EMPTY
        };
        let mut open = vec![policy; s.companies.len()];
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
            // Rule 4, once for everyone (agreements come in file order, so the first to cover
            // a category is the primary one).
            for k in a.all_users.iter() {
                blankets.add(a.company, k, i as u32, date);
            }
        }
        let messages: CategorySet = [Category::Messages].into_iter().collect();
        for (i, g) in s.grants.iter().enumerate() {
            let grant = i as u32;
            if !g.interval.contains(date) || !s.person(g.person).platform_apps {
                continue;
            }
            // Rule 1.
            let own = g.own();
            let reason = if g.explicit {
                Reason::Consent { grant }
            } else {
                Reason::Deal(DealSource::Unasked(grant))
            };
            if !own.is_empty() {
                claims.push(Claim::new(g.company, g.person, own, Some(reason)));
            }
            // Rules 2 and 3.
            let wanted = g.of_friends().intersection(open[g.company.ix()]);
            let mailbox = own.contains(Category::Messages);
            if wanted.is_empty() && !mailbox {
                continue;
            }
            let bypass = bypass[g.company.ix()];
            let via = g.person;
            let (friend_reason, mailbox_reason) = (
                Reason::Friend { via, grant },
                Reason::Mailbox { via, grant },
            );
            for (friend, messaged) in self.friends_at(g.person, date) {
                let shown = wanted.intersection(self.shown[friend.ix()].union(bypass));
                if !shown.is_empty() {
                    claims.push(Claim::new(g.company, friend, shown, Some(friend_reason)));
                }
                if mailbox && messaged {
                    claims.push(Claim::new(
                        g.company,
                        friend,
                        messages,
                        Some(mailbox_reason),
                    ));
                }
            }
        }
        blankets
    }

    /// Rule 5, in rounds: a fact new in round r comes from the holders of round r - 1, and the
    /// primary reason names the one with the smallest id. Following primary reasons back
    /// therefore always ends at a fact of rules 1 to 4, even where transfers form a cycle.
    /// `claims` are rules 1 to 3's, sorted; the claims returned are sorted too.
    fn transfer_claims(&self, date: Date, claims: &[Claim], blankets: &Blankets) -> Vec<Claim> {
        let s = &self.scenario;
        let mut graph = Transfers::new();
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
        let mut handed = Vec::new();
        if carried.is_empty() {
            return handed;
        }
        // Each node's claims, and what it sends.
        let ranges: Vec<(usize, usize)> = graph
            .node_indices()
            .map(|n| {
                let c = graph[n];
                let start = claims.partition_point(|x| x.company() < c);
                (
                    start,
                    start + claims[start..].partition_point(|x| x.company() == c),
                )
            })
            .collect();
        let mut sends = vec![CategorySet::EMPTY; graph.node_count()];
        for e in graph.edge_references() {
            let n = e.source().index();
            sends[n] = sends[n].union(e.weight().1);
        }
        let mut spreads = Spreads::default();
        for k in carried.iter() {
            let senders: Vec<usize> = (0..graph.node_count())
                .filter(|n| sends[*n].contains(k))
                .collect();
            let everyone: Vec<bool> = graph
                .node_indices()
                .map(|n| blankets.get(graph[n], k).is_some())
                .collect();
            // Only data a company hands on can travel: the people whose category some sending
            // company holds (everyone, when a sender has it of everyone by a deal).
            let people: Vec<u32> = if senders.iter().any(|n| everyone[*n]) {
                (0..s.people.len() as u32).collect()
            } else {
                let mut people: Vec<u32> = senders
                    .iter()
                    .flat_map(|n| &claims[ranges[*n].0..ranges[*n].1])
                    .filter(|c| c.categories.contains(k))
                    .map(|c| c.person().0)
                    .collect();
                if senders.len() > 1 {
                    people.sort_unstable();
                }
                people.dedup();
                people
            };
            let mut at: Vec<usize> = ranges.iter().map(|r| r.0).collect();
            let only: CategorySet = [k].into_iter().collect();
            for p in people {
                let person = PersonIx(p);
                // The nodes holding it: people come in order, so each node's claims are read
                // once, front to back.
                spreads.key.clear();
                spreads.key.push(k as u32);
                for (n, range) in ranges.iter().enumerate() {
                    let mut held = everyone[n];
                    let i = &mut at[n];
                    while *i < range.1 && claims[*i].person() < person {
                        *i += 1;
                    }
                    while *i < range.1 && claims[*i].person() == person {
                        held |= claims[*i].categories.contains(k);
                        *i += 1;
                    }
                    if held {
                        spreads.key.push(n as u32);
                    }
                }
                if spreads.key.len() == 1 {
                    continue;
                }
                for &(node, reason) in spreads.of(|holders| self.spread(&graph, k, holders)) {
                    handed.push(Claim::new(graph[node], person, only, reason));
                }
            }
        }
        radix_sort(&mut handed, |c| c.key);
        handed
    }

    /// The companies that transfers carrying one category reach from `holders` (graph nodes),
    /// round by round, each with its primary reason; `None` for a company that already held
    /// the data when a transfer reached it, which gains a transfer reason but keeps its primary.
    fn spread(
        &self,
        graph: &Transfers,
        k: Category,
        holders: &[u32],
    ) -> Vec<(NodeIndex, Option<Reason>)> {
        let mut reached = vec![false; graph.node_count()];
        let mut frontier: Vec<NodeIndex> = holders
            .iter()
            .map(|h| NodeIndex::new(*h as usize))
            .collect();
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
                        if self.better(&reason, &held.1) {
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

    /// The primary reason and the kinds of the fact that `claims` (about one company and one
    /// person) and, if it has one, the company's deal over everyone make of category `k`; no
    /// reason where only transfers reaching a holder claim it.
    fn fold(
        &self,
        claims: &[Claim],
        k: Category,
        deal: Option<&Entry>,
    ) -> (Option<Reason>, ReasonKinds) {
        let mut best = deal.map(|d| d.reason);
        let mut kinds = deal.map(|d| d.kinds).unwrap_or_default();
        for c in claims.iter().filter(|c| c.categories.contains(k)) {
            match c.reason {
                Some(r) => {
                    kinds.insert(r.kind());
                    if best.is_none_or(|b| self.better(&r, &b)) {
                        best = Some(r);
                    }
                }
                None => kinds.insert(ReasonKind::Transfer),
            }
        }
        (best, kinds)
    }

    /// The facts of `day`, sorted by company, person and category: the claims about each
    /// company and person folded, category by category, with the company's deals over everyone.
    pub(super) fn facts(&self, day: &Day, date: Date) -> Vec<Fact> {
        let people = self.scenario.people.len() as u32;
        let claimed: usize = day.claims.iter().map(|c| c.categories.len()).sum();
        let mut facts = Vec::with_capacity(claimed + day.blankets.len() * people as usize);
        let mut claims = day.claims.as_slice();
        let mut blankets = day.blankets.0.iter().peekable();
        loop {
            let company = match (claims.first(), blankets.peek()) {
                (Some(c), Some((b, _))) => c.company().min(*b),
                (Some(c), None) => c.company(),
                (None, Some((b, _))) => *b,
                (None, None) => break,
            };
            let end = claims.partition_point(|c| c.company() == company);
            let (own, rest) = claims.split_at(end);
            claims = rest;
            let mut deals: [Option<Entry>; Category::ALL.len()] = [None; Category::ALL.len()];
            let mut dealt = CategorySet::EMPTY;
            if let Some((_, covered)) = blankets.next_if(|(b, _)| *b == company) {
                for (k, e) in covered {
                    deals[*k as usize] = Some(*e);
                    dealt.insert(*k);
                }
            }
            let deal = Deal { dealt, deals };
            if dealt.is_empty() {
                for group in own.chunk_by(|a, b| a.key == b.key) {
                    self.push_facts(&mut facts, group, &deal, date);
                }
                continue;
            }
            // Everyone has the deal's facts; the claimed few have more.
            let everyone: Vec<Fact> = dealt
                .iter()
                .filter_map(|k| {
                    let e = deals[k as usize]?;
                    Some(Fact {
                        company,
                        person: PersonIx(0),
                        category: k,
                        reason: e.reason,
                        kinds: e.kinds,
                        at: e.at,
                    })
                })
                .collect();
            let mut next = 0;
            let groups = own.chunk_by(|a, b| a.key == b.key);
            for (group, till) in groups
                .map(|g| (g, g[0].person().0))
                .chain([(&[][..], people)])
            {
                for p in next..till {
                    facts.extend(everyone.iter().map(|f| Fact {
                        person: PersonIx(p),
                        ..*f
                    }));
                }
                if !group.is_empty() {
                    self.push_facts(&mut facts, group, &deal, date);
                }
                next = till + 1;
            }
        }
        facts
    }

    /// Pushes the facts that `group` (the claims about one company and person) and the
    /// company's deals over everyone make, in category order.
    fn push_facts(&self, facts: &mut Vec<Fact>, group: &[Claim], deal: &Deal, at: Date) {
        let (company, person) = (group[0].company(), group[0].person());
        let all = group
            .iter()
            .fold(deal.dealt, |set, c| set.union(c.categories));
        for category in all.iter() {
            let (reason, kinds) =
                self.fold(group, category, deal.deals[category as usize].as_ref());
            if let Some(reason) = reason {
                facts.push(Fact {
                    company,
                    person,
                    category,
                    reason,
                    kinds,
                    at,
                });
            }
        }
    }

    /// The facts of `day` but those of its deals over every user (which come apart, as
    /// `day.blankets`), each as its key ([`fact_key`]) and entry, in order: what
    /// [`Engine::collected`] gathers from a day. A deal's fact that a transfer reached is one
    /// of them, with the deal's reason.
    pub(super) fn entries(&self, day: &Day, date: Date, mut each: impl FnMut(u64, Entry)) {
        for group in day.claims.chunk_by(|a, b| a.key == b.key) {
            let (company, person) = (group[0].company(), group[0].person());
            let all = group
                .iter()
                .fold(CategorySet::EMPTY, |set, c| set.union(c.categories));
            for k in all.iter() {
                let entry = match self.fold(group, k, None) {
                    (Some(reason), kinds) => Some(Entry {
                        reason,
                        kinds,
                        at: date,
                    }),
                    (None, kinds) => day.blankets.get(company, k).map(|mut held| {
                        held.kinds = held.kinds.union(kinds);
                        held
                    }),
                };
                if let Some(entry) = entry {
                    each(fact_key(company, person, k), entry);
                }
            }
        }
    }
}

/// A company's deals over everyone: the categories, and each one's entry.
struct Deal {
    dealt: CategorySet,
    deals: [Option<Entry>; Category::ALL.len()],
}

/// Spreads already followed, by the category and its holders (each distinct one is followed
/// once: many people share the companies holding a category of theirs).
#[derive(Default)]
struct Spreads {
    /// The category, then the holders, of the person at hand.
    key: Vec<u32>,
    /// The key of the last person and where their spread is in `found`.
    last: Option<(Vec<u32>, usize)>,
    memo: FxHashMap<Vec<u32>, usize>,
    found: Vec<Vec<(NodeIndex, Option<Reason>)>>,
}

impl Spreads {
    /// The spread for `self.key`, followed by `follow` (given the holders) if it is new.
    fn of(
        &mut self,
        follow: impl FnOnce(&[u32]) -> Vec<(NodeIndex, Option<Reason>)>,
    ) -> &[(NodeIndex, Option<Reason>)] {
        let at = match &self.last {
            // Compared one by one: the keys are short, and most people's is the last one's.
            Some((key, at))
                if key.len() == self.key.len()
                    && key.iter().zip(&self.key).all(|(a, b)| a == b) =>
            {
                *at
            }
            _ => {
                let at = match self.memo.get(self.key.as_slice()) {
                    Some(at) => *at,
                    None => {
                        self.found.push(follow(&self.key[1..]));
                        self.memo.insert(self.key.clone(), self.found.len() - 1);
                        self.found.len() - 1
                    }
                };
                self.last = Some((self.key.clone(), at));
                at
            }
        };
        &self.found[at]
    }
}

/// Sorts `items` by `key`, keeping the order of equal ones: a radix sort, a byte at a time,
/// skipping the bytes every key shares.
pub(super) fn radix_sort<T: Copy>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    if items.len() < 256 {
        items.sort_by_key(&key);
        return;
    }
    let mut counts = [[0usize; 256]; 8];
    for x in items.iter() {
        let k = key(x);
        for (byte, count) in counts.iter_mut().enumerate() {
            count[(k >> (8 * byte)) as u8 as usize] += 1;
        }
    }
    let mut from = std::mem::take(items);
    let mut to = from.clone();
    for (byte, count) in counts.iter().enumerate() {
        if count.contains(&from.len()) {
            continue;
        }
        let mut at = [0usize; 256];
        let mut sum = 0;
        for (a, n) in at.iter_mut().zip(count) {
            *a = sum;
            sum += n;
        }
        for x in &from {
            let b = (key(x) >> (8 * byte)) as u8 as usize;
            to[at[b]] = *x;
            at[b] += 1;
        }
        std::mem::swap(&mut from, &mut to);
    }
    *items = from;
}

/// Two sorted lists of claims as one (those of `a` first among equal keys).
fn merge(a: Vec<Claim>, b: Vec<Claim>) -> Vec<Claim> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut b = b.into_iter().peekable();
    for x in a {
        while let Some(y) = b.next_if(|y| y.key < x.key) {
            out.push(y);
        }
        out.push(x);
    }
    out.extend(b);
    out
}

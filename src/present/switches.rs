//! Which what-if switches can change anything in a scenario, so that the page offers only
//! those: a switch that changes nothing teaches nothing, and a "what-if is on" banner over an
//! unchanged picture misleads.
//!
//! A switch counts when, on some day of the scenario, what companies can see is different with
//! it on. The days that matter are the scenario's change dates and the day before the first
//! (access is the same between them). Past [`EXACT_UP_TO`] change dates, or when those
//! evaluations would together go over more than [`EXACT_WORK`] people, friendships, grants and
//! deal facts, the answer comes from the scenario's shape instead (a switch counts when there is
//! something it acts on), so a big network never pays for dozens of evaluations.

use crate::core::engine::Engine;
use crate::core::model::{FriendPermissions, Scenario, WhatIf};
use crate::core::whatif::apply;

/// The most change dates checked by evaluating; above it, the shape decides.
pub const EXACT_UP_TO: usize = 64;

/// The most work the evaluations may do together, counted as [`work`] for each of the eight
/// evaluations per day checked (four switches, each with and without); above it, the shape
/// decides. This keeps the whole check to a few hundred milliseconds in a browser.
pub const EXACT_WORK: usize = 400_000;

/// Whether checking `s` by evaluating it around its `days` change dates stays within bounds.
fn exact(s: &Scenario, days: usize) -> bool {
    days <= EXACT_UP_TO && (8 * (days + 2)).saturating_mul(work(s)) <= EXACT_WORK
}

/// What one evaluation of `s` goes over: its people, friendships and grants, and the facts its
/// deals over every user make.
fn work(s: &Scenario) -> usize {
    let deal_categories: usize = s.agreements.iter().map(|a| a.all_users.len()).sum();
    s.people.len()
        + s.friendships.len()
        + s.grants.len()
        + s.people.len().saturating_mul(deal_categories)
}

/// Which switches change something.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Relevant {
    /// "Never open to apps" changes something.
    pub never_open: bool,
    /// "Never closed" changes something.
    pub never_closed: bool,
    /// Switching off partner deals and unasked connections changes something.
    pub deals: bool,
    /// Everyone turning "Apps others use" off changes something.
    pub opt_out: bool,
}

impl Relevant {
    /// Whether the friend-permission choice has any option besides "as they were".
    pub fn permissions(self) -> bool {
        self.never_open || self.never_closed
    }

    /// Whether any switch changes something.
    pub fn any(self) -> bool {
        self.permissions() || self.deals || self.opt_out
    }
}

/// The switches that change something in the scenario `engine` holds.
pub fn relevant(engine: &Engine) -> Relevant {
    let s = engine.scenario();
    let switch = |f: fn(&mut WhatIf)| {
        let mut w = WhatIf::default();
        f(&mut w);
        w
    };
    let never_open = switch(|w| w.friend_permissions = FriendPermissions::Never);
    let never_closed = switch(|w| w.friend_permissions = FriendPermissions::Always);
    let deals = switch(|w| w.no_deals = true);
    let opt_out = switch(|w| w.everyone_opted_out = true);
    let mut days = s.change_dates();
    if !exact(s, days.len()) {
        return by_shape(s);
    }
    if let Some(first) = days.first().copied() {
        days.insert(0, first.pred());
    }
    days.push(s.date);
    let changes = |w: &WhatIf| {
        let other = apply(w, s);
        if other == *s {
            return false;
        }
        let other = Engine::new(other);
        days.iter()
            .any(|d| engine.access(*d).facts != other.access(*d).facts)
    };
    Relevant {
        never_open: changes(&never_open),
        never_closed: changes(&never_closed),
        deals: changes(&deals),
        opt_out: changes(&opt_out),
    }
}

/// The answer from the scenario's shape: each switch has something to act on.
fn by_shape(s: &Scenario) -> Relevant {
    let asks_friends = s.grants.iter().any(|g| !g.of_friends().is_empty());
    Relevant {
        never_open: asks_friends && !s.friend_permissions.is_empty(),
        never_closed: asks_friends,
        deals: !s.agreements.is_empty() || s.grants.iter().any(|g| !g.explicit),
        opt_out: asks_friends && s.people.iter().any(|p| !p.apps_others_use.is_empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    fn of(slug: &str) -> Relevant {
        let b = BUILTINS.iter().find(|b| b.slug == slug).unwrap();
        relevant(&Engine::new(parse(&b.json()).unwrap()))
    }

    #[test]
    fn a_network_too_big_to_evaluate_often_is_judged_by_its_shape() {
        use crate::core::date::{Date, Interval};
        use crate::core::model::{
            Agreement, Category, CategorySet, Company, CompanyIx, CompanyKind, Person,
        };
        // 1,000 people and 200 companies with a deal over everyone's name: 200,000 facts a day,
        // too many to evaluate eight times per change date.
        let mut s = crate::sandbox::empty(Date::parse("2015-01-01").unwrap());
        for i in 0..1000 {
            s.people.push(Person {
                id: format!("p{i}"),
                name: format!("P{i}"),
                platform_apps: true,
                apps_others_use: CategorySet::ALL,
            });
        }
        let days = s.change_dates().len();
        assert!(exact(&s, days), "people alone are cheap to evaluate");
        let mut name = CategorySet::EMPTY;
        name.insert(Category::Name);
        for i in 0..200 {
            s.companies.push(Company {
                id: format!("c{i}"),
                name: format!("C{i}"),
                kind: CompanyKind::Partner,
            });
            s.agreements.push(Agreement {
                company: CompanyIx(i),
                friend_data: CategorySet::EMPTY,
                ignores_settings: false,
                all_users: name,
                interval: Interval::ALWAYS,
                source: None,
            });
        }
        assert!(!exact(&s, days));
        let r = relevant(&Engine::new(s.clone()));
        assert_eq!(r, by_shape(&s));
        assert!(
            r.deals && !r.never_closed,
            "the deals are there to switch off; no app asks for friends"
        );
    }

    #[test]
    fn a_scenario_without_deals_offers_no_deal_switch() {
        let r = of("friends");
        assert!(!r.deals, "friends has no deal");
        assert!(r.never_open && r.never_closed && r.opt_out);
    }

    #[test]
    fn partners_offer_the_deal_switch() {
        assert!(of("partners").deals);
    }

    #[test]
    fn an_empty_network_offers_nothing() {
        let e = Engine::new(crate::sandbox::empty(
            crate::core::date::Date::parse("2014-01-01").unwrap(),
        ));
        assert!(!relevant(&e).any());
    }

    #[test]
    fn the_shape_agrees_where_it_is_asked() {
        for b in BUILTINS {
            let s = parse(&b.json()).unwrap();
            let (exact, shape) = (relevant(&Engine::new(s.clone())), by_shape(&s));
            // The shape may offer more than changes anything, never less.
            for (e, sh) in [
                (exact.never_open, shape.never_open),
                (exact.never_closed, shape.never_closed),
                (exact.deals, shape.deals),
                (exact.opt_out, shape.opt_out),
            ] {
                assert!(!e || sh, "{}: {exact:?} {shape:?}", b.slug);
            }
        }
    }
}

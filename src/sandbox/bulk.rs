//! Rules in bulk, for networks of thousands where nobody adds forty grants one form at a time:
//! a quiz installed by a share of people, a share of people narrowing "Apps others use", a deal
//! over everyone. Each is one edit, so one undo takes it back whole.
//!
//! Who is in a share is decided by a seeded draw over people's ids, not by chance at the moment
//! of the edit: the same seed on the same people picks the same people, here, after a reload,
//! and in a test. The draw is a hash of each id (the first number of the core's SplitMix64
//! seeded with the seed and the id), not one generator run down the list, so adding a person
//! elsewhere in the list does not reshuffle everyone else's place.

use crate::core::date::Interval;
use crate::core::model::{
    Agreement, CategorySet, Company, CompanyIx, CompanyKind, Grant, PersonIx, Scenario, Scope,
};
use crate::core::scale::Rng;

/// Why a rule in bulk cannot be applied; the edit that asked says it in words, at its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Fault {
    /// There are no people to pick from.
    Nobody,
    /// The share is not 1 to 100 percent.
    Share(u8),
    /// The quiz asks for nothing.
    NoScopes,
    /// The deal gives nothing.
    NoData,
    /// The company's id is a person's.
    PersonsId(String),
}

/// The people a draw seeded with `seed` picks: `percent` of everyone, rounded, and at least one
/// when `percent` is above 0; in the scenario's order.
pub fn pick(s: &Scenario, percent: u8, seed: u64) -> Vec<PersonIx> {
    let n = s.people.len();
    let wanted = (n * usize::from(percent.min(100)) + 50) / 100;
    let wanted = if percent > 0 { wanted.max(1).min(n) } else { 0 };
    let mut order: Vec<(u64, usize)> = s
        .people
        .iter()
        .enumerate()
        // SplitMix64's first draw from the seed mixed with the id spreads it over all 64 bits.
        .map(|(i, p)| (Rng::new(seed ^ fnv(p.id.as_bytes())).next_u64(), i))
        .collect();
    order.sort_unstable();
    let mut picked: Vec<PersonIx> = order[..wanted]
        .iter()
        .map(|&(_, i)| PersonIx(i as u32))
        .collect();
    picked.sort_unstable();
    picked
}

/// Adds to `t` a grant of `scopes` to the company `id` (a new app `name` when there is none) by
/// `percent` of people.
pub(super) fn quiz(
    t: &mut Scenario,
    (id, name): (&str, &str),
    scopes: &[Scope],
    (percent, seed): (u8, u64),
    interval: &Interval,
) -> Result<(), Fault> {
    share(t, percent)?;
    if scopes.is_empty() {
        return Err(Fault::NoScopes);
    }
    let company = company_or_new(t, id, name, CompanyKind::App)?;
    for person in pick(t, percent, seed) {
        t.grants.push(Grant {
            person,
            company,
            scopes: scopes.to_vec(),
            explicit: true,
            interval: *interval,
            source: None,
        });
    }
    Ok(())
}

/// Narrows "Apps others use" to `keep` for `percent` of people.
pub(super) fn narrow(
    t: &mut Scenario,
    (percent, seed): (u8, u64),
    keep: CategorySet,
) -> Result<(), Fault> {
    share(t, percent)?;
    for p in pick(t, percent, seed) {
        t.people[p.ix()].apps_others_use = keep;
    }
    Ok(())
}

/// Adds to `t` a deal giving the company `id` (a new partner `name` when there is none) the
/// `all_users` data of every user.
pub(super) fn deal_over_everyone(
    t: &mut Scenario,
    (id, name): (&str, &str),
    all_users: CategorySet,
    interval: &Interval,
) -> Result<(), Fault> {
    if all_users.is_empty() {
        return Err(Fault::NoData);
    }
    let company = company_or_new(t, id, name, CompanyKind::Partner)?;
    t.agreements.push(Agreement {
        company,
        friend_data: CategorySet::EMPTY,
        ignores_settings: false,
        all_users,
        interval: *interval,
        source: None,
    });
    Ok(())
}

/// Refuses a share of no one, or of more than everyone.
fn share(t: &Scenario, percent: u8) -> Result<(), Fault> {
    if t.people.is_empty() {
        return Err(Fault::Nobody);
    }
    if percent == 0 || percent > 100 {
        return Err(Fault::Share(percent));
    }
    Ok(())
}

/// The company `id`, or a new one of `kind` named `name` with that id. A person's id is
/// refused: the company would not be new, and the person is not a company.
fn company_or_new(
    t: &mut Scenario,
    id: &str,
    name: &str,
    kind: CompanyKind,
) -> Result<CompanyIx, Fault> {
    if let Some(c) = t.company_by_id(id) {
        return Ok(c);
    }
    if t.person_by_id(id).is_some() {
        return Err(Fault::PersonsId(id.to_string()));
    }
    t.companies.push(Company {
        id: id.to_string(),
        name: name.to_string(),
        kind,
    });
    Ok(CompanyIx(t.companies.len() as u32 - 1))
}

/// FNV-1a, 64 bits: a stable hash of an id on every platform and in every build.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::core::model::Person;

    #[test]
    fn a_seed_picks_the_same_people_in_every_version() {
        // Lessons name seeds: the people a seed picks must never change.
        let mut s = crate::sandbox::empty(Date::parse("2014-01-01").unwrap());
        s.people = (0..40)
            .map(|i| Person {
                id: format!("p{i}"),
                name: format!("P{i}"),
                platform_apps: true,
                apps_others_use: CategorySet::ALL,
            })
            .collect();
        let picked: Vec<u32> = pick(&s, 25, 42).iter().map(|p| p.0).collect();
        assert_eq!(picked, [1, 7, 11, 13, 17, 22, 30, 32, 34, 39]);
    }
}

//! What a change of a sandbox did, in words: "Added Ana. +4 people exposed without consent
//! (now 5)." The counts are the page's, at the date, mode and what-ifs the reader is looking
//! at, so the message never counts at another date than the one shown.
//!
//! An edit that adds something and changes nobody's reach says why in one line ([`unchanged`]):
//! it starts after the date shown, the sign-in does not ask for friends' data a deal is about,
//! friend permissions were closed, each friend's setting keeps the data back; with the fix for
//! the usual cause ([`Fix`]) where there is one.
//!
//! This module only words what it is given; the view counts the scenario before the change and
//! after it under the same view (`view::derive`).

use crate::core::date::{Date, Interval};
use crate::core::engine::{Engine, Exposure, Mode};
use crate::core::model::{Category, CategorySet, CompanyIx, PersonIx, Scenario, Scope};
use crate::present::figures::person_figures;
use crate::present::words::{Label, Name};
use crate::say;

/// People some company can reach in `exposure` whom they never said yes to.
pub fn exposed_without_consent(s: &Scenario, exposure: &Exposure) -> usize {
    person_figures(s, exposure)
        .iter()
        .filter(|p| p.holdings.iter().any(|h| !h.ever_consented))
        .count()
}

/// "+4 people exposed without consent (now 5)." (or "No change: 5 people exposed without
/// consent."), after `done` ("Added Ana") when the change has words of its own.
pub fn message(done: Option<&str>, before: usize, after: usize) -> String {
    let effect = match after.cmp(&before) {
        std::cmp::Ordering::Equal => say!("effect-no-change", after = after),
        std::cmp::Ordering::Greater => {
            say!("effect-more", change = after - before, after = after)
        }
        std::cmp::Ordering::Less => {
            say!("effect-fewer", change = before - after, after = after)
        }
    };
    match done {
        Some(done) => say!("effect-after-done", done = done, effect = effect),
        None => effect,
    }
}

/// What an edit added: the new item, by kind and index in its list of the scenario after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// A friendship.
    Friendship(usize),
    /// A sign-in (grant).
    Grant(usize),
    /// A deal with the platform (agreement).
    Agreement(usize),
    /// A handover between companies (transfer).
    Transfer(usize),
}

/// What fixes the usual reason an edit changed nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fix {
    /// Show this date, where what was added holds.
    ShowDate(Date),
    /// Give the sign-in of this index these scopes (its own and the friends' data a deal is
    /// about).
    Scopes(usize, Vec<Scope>),
}

/// Why an edit changed nobody's reach, in one line, and what would fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unchanged {
    /// Why, in one line.
    pub words: String,
    /// The fix for the usual cause, and its button's words.
    pub fix: Option<(String, Fix)>,
}

/// Why adding `added` to the scenario of `engine` changed nobody's reach in `exposure` (its
/// result at the view shown), when there is a reason to tell; `None` when there is nothing to
/// say (an addition that reaches nobody new by the model's rules for no reason a reader can
/// change).
pub fn unchanged(engine: &Engine, exposure: &Exposure, added: Added) -> Option<Unchanged> {
    let s = engine.scenario();
    let (date, mode) = (exposure.date, exposure.mode);
    let interval = match added {
        Added::Friendship(i) => s.friendships.get(i)?.interval,
        Added::Grant(i) => s.grants.get(i)?.interval,
        Added::Agreement(i) => s.agreements.get(i)?.interval,
        Added::Transfer(i) => s.transfers.get(i)?.interval,
    };
    if let Some(u) = not_now(&interval, date, mode) {
        return Some(u);
    }
    match added {
        Added::Grant(i) => grant(engine, exposure, i),
        Added::Agreement(i) => agreement(engine, exposure, i),
        Added::Transfer(i) => {
            let t = &s.transfers[i];
            let held = exposure
                .of_company(t.from_company)
                .iter()
                .any(|f| t.categories.contains(f.category));
            (!held).then(|| Unchanged {
                words: say!(
                    "unchanged-nothing-to-hand-on",
                    from = s.company(t.from_company).name.as_str(),
                    categories = list(t.categories),
                    date = date.to_string(),
                ),
                fix: None,
            })
        }
        Added::Friendship(i) => {
            let [a, b] = s.friendships[i].between;
            let asks = |p: PersonIx| {
                s.grants.iter().any(|g| {
                    g.person == p && !g.of_friends().is_empty() && mode.counts(&g.interval, date)
                })
            };
            (!asks(a) && !asks(b)).then(|| Unchanged {
                words: say!(
                    "unchanged-friendship",
                    first = s.person(a).name.as_str(),
                    first_you = Name(&s.person(a).name).you(),
                    second = s.person(b).name.as_str(),
                    second_you = Name(&s.person(b).name).you(),
                    date = date.to_string(),
                ),
                fix: None,
            })
        }
    }
}

/// When `interval` does not hold at `date` in `mode`: that it starts later or ended earlier,
/// with the date to show.
fn not_now(interval: &Interval, date: Date, mode: Mode) -> Option<Unchanged> {
    if mode.counts(interval, date) {
        return None;
    }
    match (interval.from, interval.until) {
        (Some(from), _) if from > date => Some(Unchanged {
            words: say!(
                "unchanged-starts-later",
                from = from.to_string(),
                date = date.to_string(),
            ),
            fix: Some((
                say!("unchanged-show-date", date = from.to_string()),
                Fix::ShowDate(from),
            )),
        }),
        (_, Some(until)) => {
            let last = until.pred();
            Some(Unchanged {
                words: say!(
                    "unchanged-ended",
                    until = until.to_string(),
                    date = date.to_string(),
                ),
                fix: Some((
                    say!("unchanged-show-date", date = last.to_string()),
                    Fix::ShowDate(last),
                )),
            })
        }
        _ => None,
    }
}

/// Why a new sign-in changed nobody's reach.
fn grant(engine: &Engine, exposure: &Exposure, i: usize) -> Option<Unchanged> {
    let s = engine.scenario();
    let g = &s.grants[i];
    let (who, company) = (Name(&s.person(g.person).name), &s.company(g.company).name);
    let date = exposure.date;
    if !s.person(g.person).platform_apps {
        return Some(Unchanged {
            words: say!("unchanged-apps-off", person = who.0, you = who.you()),
            fix: None,
        });
    }
    let wanted = g.of_friends();
    if wanted.is_empty() {
        // Only the person's own data: a deal of the company over friends' data would reach
        // their friends, through a sign-in that asks for it.
        let deal = deal_over_friends(s, g.company, exposure)?;
        return Some(ask_friends_too(s, i, deal));
    }
    let friends: Vec<PersonIx> = engine.friends_at(g.person, date).map(|(f, _)| f).collect();
    if friends.is_empty() {
        return Some(Unchanged {
            words: say!(
                "unchanged-no-friends",
                person = who.0,
                you = who.you(),
                date = date.to_string(),
            ),
            fix: None,
        });
    }
    let open_by_deal = deal_over_friends(s, g.company, exposure).unwrap_or(CategorySet::EMPTY);
    let open = s.friend_permissions.iter().any(|p| exposure.counts(p));
    if !open && open_by_deal.intersection(wanted).is_empty() {
        // The nearest day friend permissions were open: the last day of a period that ended, or
        // the first of one to come.
        let reopen = s
            .friend_permissions
            .iter()
            .filter_map(|p| match (p.from, p.until) {
                (Some(from), _) if from > date => Some(from),
                (_, Some(until)) => Some(until.pred()),
                _ => None,
            })
            .min_by_key(|d| (d.day_number() - date.day_number()).abs());
        return Some(Unchanged {
            words: say!(
                "unchanged-closed",
                date = date.to_string(),
                company = company.as_str(),
            ),
            fix: reopen.map(|d| {
                (
                    say!("unchanged-show-date", date = d.to_string()),
                    Fix::ShowDate(d),
                )
            }),
        });
    }
    let shown = |f: &PersonIx| {
        let p = s.person(*f);
        p.platform_apps && !p.apps_others_use.intersection(wanted).is_empty()
    };
    if !friends.iter().any(shown) {
        return Some(Unchanged {
            words: say!(
                "unchanged-friends-settings",
                person = who.0,
                you = who.you(),
                categories = list(wanted),
                company = company.as_str(),
            ),
            fix: None,
        });
    }
    None
}

/// Why a new deal changed nobody's reach.
fn agreement(engine: &Engine, exposure: &Exposure, i: usize) -> Option<Unchanged> {
    let s = engine.scenario();
    let a = &s.agreements[i];
    if a.friend_data.is_empty() {
        return None;
    }
    let company = &s.company(a.company).name;
    let asking = s.grants.iter().any(|g| {
        g.company == a.company
            && !g.of_friends().intersection(a.friend_data).is_empty()
            && exposure.counts(&g.interval)
    });
    if asking {
        return None;
    }
    let signed_in = s
        .grants
        .iter()
        .position(|g| g.company == a.company && exposure.counts(&g.interval));
    match signed_in {
        Some(g) => Some(ask_friends_too(s, g, a.friend_data)),
        None => Some(Unchanged {
            words: say!(
                "unchanged-nobody-signed-in",
                company = company.as_str(),
                date = exposure.date.to_string(),
            ),
            fix: None,
        }),
    }
}

/// The friends' data a deal of `company` active in `exposure` is about, if any.
fn deal_over_friends(s: &Scenario, company: CompanyIx, exposure: &Exposure) -> Option<CategorySet> {
    let set = s
        .agreements
        .iter()
        .filter(|a| a.company == company && exposure.counts(&a.interval))
        .fold(CategorySet::EMPTY, |set, a| set.union(a.friend_data));
    (!set.is_empty()).then_some(set)
}

/// The sign-in of index `g` asks for none of `deal`'s friends' data: say so, and offer to ask.
fn ask_friends_too(s: &Scenario, g: usize, deal: CategorySet) -> Unchanged {
    let grant = &s.grants[g];
    let who = Name(&s.person(grant.person).name);
    let company = &s.company(grant.company).name;
    let wanted = deal.without(Category::Messages);
    let mut scopes = grant.scopes.clone();
    for c in wanted.iter() {
        if !scopes.contains(&Scope::Friends(c)) {
            scopes.push(Scope::Friends(c));
        }
    }
    Unchanged {
        words: say!(
            "unchanged-sign-in-does-not-ask",
            company = company.as_str(),
            categories = list(deal),
            person = who.0,
            you = who.you(),
        ),
        fix: (!wanted.is_empty()).then(|| {
            (
                say!(
                    "unchanged-ask-friends",
                    categories = list(wanted),
                    person = who.0,
                    you = who.you(),
                ),
                Fix::Scopes(g, scopes),
            )
        }),
    }
}

/// Categories in words: "likes, location".
fn list(set: CategorySet) -> String {
    set.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_worded_with_its_sign_and_count() {
        assert_eq!(
            message(None, 1, 5),
            "+4 people exposed without consent (now 5)."
        );
        assert_eq!(
            message(None, 5, 4),
            "-1 person exposed without consent (now 4)."
        );
        assert_eq!(
            message(Some("Added Ana"), 0, 0),
            "Added Ana. No change: 0 people exposed without consent."
        );
        assert_eq!(
            message(None, 1, 1),
            "No change: 1 person exposed without consent."
        );
    }
}

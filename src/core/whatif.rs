//! What-if switches: the same scenario replayed under another rule.
//!
//! [`apply`] rewrites a copy of the scenario (no policy period, no deals, everyone opted out,
//! one person's settings changed) and the engine evaluates the copy exactly as it would any
//! file, so a what-if can never follow rules of its own. Comparing the two results is left to
//! the caller ([`crate::present::figures`] gives the numbers on each side).

use crate::core::date::Interval;
use crate::core::model::{CategorySet, FriendPermissions, Scenario, Settings, WhatIf};

/// The scenario as it would be under the switches `w`.
pub fn apply(w: &WhatIf, s: &Scenario) -> Scenario {
    let mut s = s.clone();
    match w.friend_permissions {
        FriendPermissions::AsScenario => {}
        FriendPermissions::Never => s.friend_permissions.clear(),
        FriendPermissions::Always => s.friend_permissions = vec![Interval::ALWAYS],
    }
    if w.no_deals {
        s.agreements.clear();
        s.grants.retain(|g| g.explicit);
    }
    if w.everyone_opted_out {
        for p in &mut s.people {
            p.apps_others_use = CategorySet::EMPTY;
        }
    }
    for (p, settings) in &w.people {
        if let Some(person) = s.people.get_mut(p.ix()) {
            person.platform_apps = settings.platform_apps;
            person.apps_others_use = settings.apps_others_use;
        }
    }
    s
}

/// The scenario as if nobody's settings held anything back: everyone's "Apps others use" open
/// and platform apps on, with the grants of people who had turned apps off left out (those
/// grants counted for nothing before, so they must not start counting now). A fact of this
/// scenario that the real one lacks was stopped by a setting.
pub fn settings_open(s: &Scenario) -> Scenario {
    let mut open = s.clone();
    let off: Vec<bool> = s.people.iter().map(|p| !p.platform_apps).collect();
    open.grants.retain(|g| !off[g.person.ix()]);
    for p in &mut open.people {
        p.platform_apps = Settings::DEFAULT.platform_apps;
        p.apps_others_use = Settings::DEFAULT.apps_others_use;
    }
    open
}

/// Whether nobody's settings hold anything back in `s`: then [`settings_open`] gives `s` itself,
/// and the counterfactual needs no engine of its own (an imported network's people all have the
/// platform's defaults).
pub fn settings_all_open(s: &Scenario) -> bool {
    s.people.iter().all(|p| {
        p.platform_apps == Settings::DEFAULT.platform_apps
            && p.apps_others_use == Settings::DEFAULT.apps_others_use
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::core::engine::Engine;
    use crate::core::model::{PersonIx, Settings};
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;
    use std::collections::BTreeMap;

    fn partners() -> Scenario {
        parse(&BUILTINS[2].json()).expect("valid")
    }

    #[test]
    fn the_default_changes_nothing() {
        let s = partners();
        assert!(!WhatIf::default().is_active());
        assert_eq!(apply(&WhatIf::default(), &s), s);
    }

    #[test]
    fn switches_rewrite_only_what_they_name() {
        let s = partners();
        let w = WhatIf {
            friend_permissions: FriendPermissions::Always,
            no_deals: true,
            everyone_opted_out: true,
            people: BTreeMap::from([(
                PersonIx(0),
                Settings {
                    platform_apps: false,
                    apps_others_use: CategorySet::EMPTY,
                },
            )]),
        };
        let t = apply(&w, &s);
        assert_eq!(t.friend_permissions, vec![Interval::ALWAYS]);
        assert!(t.agreements.is_empty());
        assert!(t.people.iter().all(|p| p.apps_others_use.is_empty()));
        assert!(!t.people[0].platform_apps && t.people[1].platform_apps);
        assert_eq!(
            (t.friendships.len(), t.companies.len()),
            (s.friendships.len(), s.companies.len())
        );
    }

    #[test]
    fn with_no_deals_bing_reaches_nobody() {
        let s = partners();
        let d = Date::parse("2016-06-01").unwrap();
        let bing = s.company_by_id("bing").unwrap();
        let before = Engine::new(s.clone()).access(d);
        assert!(!before.of_company(bing).is_empty());
        let w = WhatIf {
            no_deals: true,
            ..WhatIf::default()
        };
        assert!(Engine::new(apply(&w, &s))
            .access(d)
            .of_company(bing)
            .is_empty());
    }

    #[test]
    fn opening_settings_only_adds_facts() {
        for b in BUILTINS {
            let s = parse(&b.json()).unwrap();
            let d = s.date;
            let real = Engine::new(s.clone()).access(d);
            let open = Engine::new(settings_open(&s)).access(d);
            for f in &real.facts {
                assert!(
                    open.find(f.company, f.person, f.category).is_some(),
                    "{}: {f:?}",
                    b.slug
                );
            }
        }
    }

    #[test]
    fn a_scenario_whose_settings_are_all_open_is_its_own_counterfactual() {
        for b in BUILTINS {
            let s = parse(&b.json()).unwrap();
            assert_eq!(settings_all_open(&s), settings_open(&s) == s, "{}", b.slug);
        }
        let mut s = parse(&BUILTINS[0].json()).unwrap();
        for p in &mut s.people {
            p.platform_apps = Settings::DEFAULT.platform_apps;
            p.apps_others_use = Settings::DEFAULT.apps_others_use;
        }
        assert!(settings_all_open(&s));
        assert_eq!(settings_open(&s), s);
        s.people[0].platform_apps = false;
        assert!(!settings_all_open(&s));
    }
}

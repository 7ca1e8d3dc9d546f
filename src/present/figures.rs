//! Counts over a result (MODEL.md, "Figures"): per company, and per person.
//!
//! "Consented" means an explicit grant to the company by a person whose platform apps are on,
//! active at the date. In collected mode it means such a grant active on some day up to the
//! date, since data collected under a consent that later ended was still given with consent.

use std::collections::HashSet;

use crate::core::date::Date;
use crate::core::engine::{Exposure, Mode, ReasonKind};
use crate::core::model::{Category, CompanyIx, Grant, PersonIx, Scenario};
use crate::{say, word};

/// What one company reached.
#[derive(Clone, Debug, PartialEq)]
pub struct CompanyFigures {
    /// The company.
    pub company: CompanyIx,
    /// People it holds any data of.
    pub reached: u32,
    /// People who consented to it.
    pub consented: u32,
    /// Reached people who did not consent.
    pub without_consent: u32,
    /// `reached / max(consented, 1)`.
    pub amplification: f64,
    /// Facts by category, in [`Category::ALL`] order.
    pub by_category: [u32; 10],
    /// Facts by primary reason, in [`ReasonKind::ALL`] order.
    pub by_reason: [u32; 5],
}

/// One company holding a person's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holding {
    /// The company.
    pub company: CompanyIx,
    /// Each category it holds, with the primary reason's kind, in category order.
    pub categories: Vec<(Category, ReasonKind)>,
    /// Whether the person ever (up to the date) consented to the company.
    pub ever_consented: bool,
}

/// Who holds one person's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonFigures {
    /// The person.
    pub person: PersonIx,
    /// The companies, in company order.
    pub holdings: Vec<Holding>,
}

/// The figures of one result, per company and per person, counted once and shared by everything
/// that shows them: the company table, the headline, the scene's summaries, "why?".
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// Per company, in file order.
    pub companies: Vec<CompanyFigures>,
    /// Per person, in file order.
    pub people: Vec<PersonFigures>,
}

impl Figures {
    /// The figures of `exposure`, a result of `s`.
    pub fn of(s: &Scenario, exposure: &Exposure) -> Figures {
        Figures {
            companies: company_figures(s, exposure),
            people: person_figures(s, exposure),
        }
    }
}

/// The company table's column headings, in the order of [`CompanyFigures`]' counts.
pub fn headings() -> [&'static str; 5] {
    [
        word!("figures-company"),
        word!("figures-reached"),
        word!("figures-said-yes"),
        word!("figures-never-said-yes"),
        word!("figures-reach-per-yes"),
    ]
}

/// Reach per yes as the company table writes it: "×4.0"; where nobody said yes there is no
/// "per yes" to count, and the cell says so.
pub fn reach_per_yes(f: &CompanyFigures) -> String {
    if f.consented == 0 {
        word!("figures-none-said-yes").into()
    } else {
        say!("figures-ratio", ratio = f.amplification)
    }
}

/// Said while the collected view over many change days is being counted, and what is shown
/// meanwhile: "Counting what companies could have collected up to 2014-06-01: 40% done. Until
/// then, the picture and the figures show what they can see on 2014-06-01."
pub fn counting(date: Date, done: f64) -> String {
    let percent = (done.clamp(0.0, 1.0) * 100.0).floor();
    say!(
        "figures-counting",
        date = date.to_string(),
        percent = percent
    )
}

/// What "Reach per yes" means.
pub fn reach_per_yes_means() -> &'static str {
    word!("figures-reach-per-yes-means")
}

/// The grants that are a person's own yes to a company for a result at `date` in `mode`: explicit
/// grants by a person whose platform apps are on, counted as [`Mode::counts`] says. The one place
/// the consent rule is written; figures, "why?" and the scene all ask here.
pub fn consents(s: &Scenario, date: Date, mode: Mode) -> impl Iterator<Item = &Grant> {
    s.grants
        .iter()
        .filter(move |g| g.explicit && s.person(g.person).platform_apps)
        .filter(move |g| mode.counts(&g.interval, date))
}

/// The pairs (company, person) of [`consents`].
fn consent_pairs(s: &Scenario, date: Date, mode: Mode) -> HashSet<(CompanyIx, PersonIx)> {
    consents(s, date, mode)
        .map(|g| (g.company, g.person))
        .collect()
}

/// Figures for every company, in file order.
pub fn company_figures(s: &Scenario, exposure: &Exposure) -> Vec<CompanyFigures> {
    let consent = consent_pairs(s, exposure.date, exposure.mode);
    let mut consented = vec![0u32; s.companies.len()];
    for (c, _) in &consent {
        consented[c.ix()] += 1;
    }
    (0..s.companies.len() as u32)
        .map(CompanyIx)
        .map(|company| {
            let facts = exposure.of_company(company);
            let mut by_category = [0; 10];
            let mut by_reason = [0; 5];
            let (mut reached, mut without_consent) = (0, 0);
            let mut last = None;
            for f in facts {
                by_category[f.category as usize] += 1;
                by_reason[f.reason.kind() as usize] += 1;
                if last != Some(f.person) {
                    last = Some(f.person);
                    reached += 1;
                    if !consent.contains(&(company, f.person)) {
                        without_consent += 1;
                    }
                }
            }
            let consented = consented[company.ix()];
            CompanyFigures {
                company,
                reached,
                consented,
                without_consent,
                amplification: f64::from(reached) / f64::from(consented.max(1)),
                by_category,
                by_reason,
            }
        })
        .collect()
}

/// Figures for every person, in file order.
pub fn person_figures(s: &Scenario, exposure: &Exposure) -> Vec<PersonFigures> {
    let ever = consent_pairs(s, exposure.date, Mode::Collected);
    let mut out: Vec<PersonFigures> = (0..s.people.len() as u32)
        .map(|p| PersonFigures {
            person: PersonIx(p),
            holdings: Vec::new(),
        })
        .collect();
    // Facts are sorted by company, then person, then category, so each holding is built from
    // one run of facts, and each person's holdings come in company order.
    for f in &exposure.facts {
        let holdings = &mut out[f.person.ix()].holdings;
        match holdings.last_mut() {
            Some(h) if h.company == f.company => h.categories.push((f.category, f.reason.kind())),
            _ => holdings.push(Holding {
                company: f.company,
                categories: vec![(f.category, f.reason.kind())],
                ever_consented: ever.contains(&(f.company, f.person)),
            }),
        }
    }
    out
}

/// What a caption compares the figures shown with: a fact of the state shown, never of what
/// was shown before it, so a view says the same however the reader came to it.
#[derive(Clone, Copy, Debug)]
pub enum Compared<'a> {
    /// A what-if is on: the same date and view as it happened.
    WhatIf(&'a [CompanyFigures]),
    /// Something starts or ends on the date: the day before, in the same view.
    DayBefore(&'a [CompanyFigures]),
    /// Nothing to compare with: each company's reach is said as it is.
    Nothing,
}

/// The caption beside the graph: the date, the era that starts on it (`era_starts`: its words,
/// and whether its first day is illustrative), and each company whose reach differs from what
/// `compared` names, as "2015-04-30: closed for ordinary apps from this day. Personality quiz
/// 4 → 1.", or, with nothing to compare with, each company's reach.
pub fn caption(
    s: &Scenario,
    date: Date,
    era_starts: Option<(&str, bool)>,
    compared: Compared<'_>,
    after: &[CompanyFigures],
) -> String {
    let era = era_starts.filter(|(e, _)| !e.is_empty());
    let what_if = matches!(compared, Compared::WhatIf(_));
    let date_words = date.to_string();
    let mut out = if what_if && era.is_none() {
        say!("caption-date-what-if", date = date_words.as_str())
    } else {
        say!("caption-date", date = date_words.as_str())
    };
    if let Some((era, illustrative)) = era {
        let illustrative = if illustrative { "yes" } else { "no" };
        out.push(' ');
        out.push_str(&say!("caption-era", era = era, illustrative = illustrative));
        if what_if {
            out.push(' ');
            out.push_str(word!("caption-what-if-start"));
        }
    }
    let before = match compared {
        Compared::WhatIf(b) | Compared::DayBefore(b) => Some(b),
        Compared::Nothing => None,
    };
    let changes = changes(s, date, before, after);
    // After a sentence (an era's start) the next begins with a capital; after the date's colon
    // it runs on.
    let (no_change, nobody) = if out.ends_with('.') {
        (
            word!("caption-none-changed-start"),
            word!("caption-nobody-reached-start"),
        )
    } else {
        (
            word!("caption-none-changed"),
            word!("caption-nobody-reached"),
        )
    };
    match changes.len() {
        0 if before.is_some() => {
            out.push(' ');
            out.push_str(no_change);
        }
        0 => {
            out.push(' ');
            out.push_str(nobody);
        }
        n => {
            let shown: Vec<&str> = changes.iter().take(3).map(|(c, _)| c.as_str()).collect();
            out.push_str(&format!(" {}", shown.join("; ")));
            if n > 3 {
                out.push_str("; ");
                out.push_str(&say!("caption-more", count = n - 3));
            }
            out.push('.');
            if changes.iter().take(3).any(|(_, marked)| *marked) {
                out.push(' ');
                out.push_str(word!("caption-stand-in-note"));
            }
        }
    }
    out
}

/// The caption's changes: each company whose reach differs from `before` (each that reaches
/// anyone, without it), as words, and whether its start on `date` is a stand-in (marked, and
/// said once after the changes).
fn changes(
    s: &Scenario,
    date: Date,
    before: Option<&[CompanyFigures]>,
    after: &[CompanyFigures],
) -> Vec<(String, bool)> {
    // A company whose sign-in or deal starts on this day by a stand-in for an unknown start says
    // so: the day is the scenario's, not the company's.
    let stand_in = |c: CompanyIx| {
        let starts =
            |i: &crate::core::date::Interval| i.from == Some(date) && i.illustrative.from_unknown;
        s.grants
            .iter()
            .any(|g| g.company == c && starts(&g.interval))
            || s.agreements
                .iter()
                .any(|a| a.company == c && starts(&a.interval))
    };
    after
        .iter()
        .filter_map(|a| {
            let name = &s.company(a.company).name;
            let marked = stand_in(a.company);
            let name = &if marked {
                say!("caption-stand-in", company = name.as_str())
            } else {
                name.clone()
            };
            let change = match before.map(|b| b.iter().find(|f| f.company == a.company)) {
                Some(Some(b)) if b.reached != a.reached => say!(
                    "caption-change",
                    company = name.as_str(),
                    before = b.reached,
                    after = a.reached,
                ),
                Some(Some(_)) => return None,
                Some(None) | None if a.reached > 0 => say!(
                    "caption-reaches",
                    company = name.as_str(),
                    after = a.reached
                ),
                _ => return None,
            };
            Some((change, marked))
        })
        .collect()
}

/// One or two sentences for a screen reader after the view changed: which companies' reach is
/// different from `before` (all of them when there is no `before`).
pub fn describe_change(
    s: &Scenario,
    before: Option<&[CompanyFigures]>,
    after: &[CompanyFigures],
) -> String {
    let changed: Vec<&CompanyFigures> = after
        .iter()
        .filter(|a| {
            before.is_none_or(|b| {
                b.iter()
                    .find(|f| f.company == a.company)
                    .is_none_or(|f| (f.reached, f.consented) != (a.reached, a.consented))
            })
        })
        .collect();
    if changed.is_empty() {
        return say!("describe-none-changed");
    }
    let now = if before.is_some() { "yes" } else { "no" };
    let mut sentences: Vec<String> = changed
        .iter()
        .take(3)
        .map(|f| {
            say!(
                "describe-company",
                company = s.company(f.company).name.as_str(),
                now = now,
                reached = f.reached,
                without = f.without_consent,
            )
        })
        .collect();
    if changed.len() > 3 {
        sentences.push(say!("describe-more", count = changed.len() - 3));
    }
    sentences.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_names_the_day_the_era_and_each_change() {
        let e = Engine::new(parse(&BUILTINS[0].json()).unwrap());
        let s = e.scenario();
        let day = |t: &str| Date::parse(t).unwrap();
        let before = company_figures(s, &e.access(day("2015-04-29")));
        let after = company_figures(s, &e.access(day("2015-04-30")));
        let timeline = crate::present::timeline::Timeline::of(s);
        let closed = timeline.era_at(day("2015-04-30")).unwrap();
        assert_eq!(closed.from, day("2015-04-30"));
        assert_eq!(
            caption(
                s,
                day("2015-04-30"),
                Some((closed.kind.label(), closed.from_illustrative)),
                Compared::DayBefore(&before),
                &after
            ),
            format!(
                "2015-04-30: closed for ordinary apps from this day. Personality quiz {} → {}.",
                before[0].reached, after[0].reached
            )
        );
        assert!(before[0].reached > after[0].reached);
        assert_eq!(
            caption(
                s,
                day("2015-04-30"),
                None,
                Compared::DayBefore(&after),
                &after
            ),
            "2015-04-30: no company's reach changed."
        );
        assert_eq!(
            caption(
                s,
                day("2015-04-30"),
                None,
                Compared::WhatIf(&before),
                &after
            ),
            format!(
                "2015-04-30, with the what-if: Personality quiz {} → {}.",
                before[0].reached, after[0].reached
            )
        );
        assert_eq!(
            caption(
                s,
                day("2015-04-30"),
                Some((closed.kind.label(), closed.from_illustrative)),
                Compared::WhatIf(&after),
                &after
            ),
            "2015-04-30: closed for ordinary apps from this day. With the what-if: no company's \
             reach changed."
        );
        assert_eq!(
            caption(
                s,
                day("2015-04-30"),
                Some((closed.kind.label(), closed.from_illustrative)),
                Compared::DayBefore(&after),
                &after
            ),
            "2015-04-30: closed for ordinary apps from this day. No company's reach changed."
        );
        assert_eq!(
            caption(s, day("2015-04-30"), None, Compared::Nothing, &after),
            format!("2015-04-30: Personality quiz reaches {}.", after[0].reached)
        );
    }
    use crate::core::date::Date;
    use crate::core::engine::Engine;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    #[test]
    fn a_caption_on_a_stand_in_day_says_the_start_is_not_known() {
        let e = Engine::new(parse(&BUILTINS[2].json()).unwrap());
        let s = e.scenario();
        let day = |t: &str| Date::parse(t).unwrap();
        let before = company_figures(s, &e.access(day("2015-04-29")));
        let after = company_figures(s, &e.access(day("2015-04-30")));
        let words = caption(
            s,
            day("2015-04-30"),
            None,
            Compared::DayBefore(&before),
            &after,
        );
        assert!(
            words.contains("Amazon* 0 → ")
                && words.ends_with(". *Start not known: a stand-in day."),
            "{words}"
        );
    }

    #[test]
    fn describes_what_changed_for_a_screen_reader() {
        let e = Engine::new(parse(&BUILTINS[0].json()).unwrap());
        let s = e.scenario();
        let before = company_figures(s, &e.access(Date::parse("2012-01-01").unwrap()));
        let after = company_figures(s, &e.access(Date::parse("2014-01-01").unwrap()));
        assert_eq!(
            describe_change(s, None, &before),
            "Personality quiz reaches 0 people; 0 never said yes."
        );
        assert_eq!(
            describe_change(s, Some(&before), &after),
            "Personality quiz now reaches 4 people; 3 never said yes."
        );
        assert_eq!(
            describe_change(s, Some(&after), &after),
            "No company's reach changed."
        );
    }
}

//! The scenario's time line: its span, its eras and its dated sources, for the date slider.
//!
//! Eras come from the scenario itself, never from a calendar of their own: when friend
//! permissions were open (the policy periods), when ordinary apps had lost them but partners kept
//! access (agreements active after the last period), and when both had ended. Markers are the
//! publication dates of the scenario's dated sources: a report that revealed something, a company's
//! answer, a regulator's ruling or a survey alike. Each says who published what and on which day, and
//! claims nothing more: the scenario format cannot mark a source as a revelation, so the time line
//! calls none one.
//!
//! Each deal is listed on its own with its days, and a day the scenario marks unknown (no source
//! gives it: the day is a stand-in) is said and drawn as unknown, so a deal whose start is not
//! public never seems to begin on the day the scenario needed to give it.
//!
//! The words of an era must hold on every day of it. A policy period stands for the years when apps
//! could ask for friends' data; on the real platform, apps created from 30 April 2014 could not,
//! while older apps kept them until 30 April 2015, so the words never say "any app".

use crate::core::date::{Date, Interval, Sureness};
use crate::core::engine::Engine;
use crate::core::model::Scenario;
use crate::present::figures::company_figures;
use crate::{say, word};

/// What an era of the time line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EraKind {
    /// Before any friend permission period of the scenario.
    Before,
    /// Apps could ask for friends' data (not necessarily every app: on the real platform, apps
    /// created from 30 April 2014 could not).
    Open,
    /// Ordinary apps had lost friends' data, but some partner deal was still active.
    Partners,
    /// Ordinary apps had lost friends' data, and no deal was active.
    Closed,
}

impl EraKind {
    /// Words for the time line.
    pub fn label(self) -> &'static str {
        match self {
            EraKind::Before => "",
            EraKind::Open => word!("era-open"),
            EraKind::Partners => word!("era-partners"),
            EraKind::Closed => word!("era-closed"),
        }
    }

    /// A stable name for styling and tests.
    pub fn as_str(self) -> &'static str {
        match self {
            EraKind::Before => "before",
            EraKind::Open => "open",
            EraKind::Partners => "partners",
            EraKind::Closed => "closed",
        }
    }
}

/// A span of the time line, `from <= day < until`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Era {
    /// What it is.
    pub kind: EraKind,
    /// Its first day.
    pub from: Date,
    /// The first day after it.
    pub until: Date,
    /// Whether `from` is a day the scenario chose, more exact than its sources.
    pub from_illustrative: bool,
    /// Whether `until` is.
    pub until_illustrative: bool,
    /// Whether `from` is a stand-in for a day no source gives.
    pub from_unknown: bool,
    /// Whether `until` is.
    pub until_unknown: bool,
}

impl Era {
    /// The era in words for the time line's key, its days as shown (`last` is the time line's
    /// last day): "friend permissions open to apps: 2010-04-21 (illustrative) to 2015-04-29".
    pub fn words(&self, last: Date) -> String {
        let mark = |illustrative: bool, unknown: bool| match (illustrative, unknown) {
            (_, true) => word!("era-mark-unknown"),
            (true, false) => word!("era-mark-illustrative"),
            (false, false) => "",
        };
        let end = self.until.pred().min(last);
        if end <= self.from {
            // One day of the time line ("2015-04-30 to 2015-04-30" reads as a slip).
            return say!(
                "era-day",
                era = self.kind.label(),
                from = self.from.to_string(),
                from_mark = mark(self.from_illustrative, self.from_unknown),
            );
        }
        let shown = self.until <= last;
        say!(
            "era-span",
            era = self.kind.label(),
            from = self.from.to_string(),
            from_mark = mark(self.from_illustrative, self.from_unknown),
            until = end.to_string(),
            until_mark = mark(
                self.until_illustrative && shown,
                self.until_unknown && shown
            ),
        )
    }
}

/// A deal between the platform and a company, as the time line lists and draws it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deal {
    /// The company's name.
    pub company: String,
    /// Its first day, if it has one.
    pub from: Option<Date>,
    /// The first day after it, if it ends.
    pub until: Option<Date>,
    /// How sure its first day is: a deal whose start no source gives is drawn without a start.
    pub from_sure: Sureness,
    /// How sure its end is.
    pub until_sure: Sureness,
}

impl Deal {
    fn of(company: &str, i: &Interval) -> Deal {
        Deal {
            company: company.to_string(),
            from: i.from,
            until: i.until,
            from_sure: i.illustrative.of_from(),
            until_sure: i.illustrative.of_until(),
        }
    }

    /// The deal in words for the time line's key (`last` is the time line's last day):
    /// "Amazon's deal: start not known (2015-04-30 is a stand-in) to 2018-12-31 (illustrative)".
    pub fn words(&self, last: Date) -> String {
        let start = match (self.from, self.from_sure) {
            (None, _) => say!("deal-start-before"),
            (Some(d), Sureness::Given) => d.to_string(),
            (Some(d), Sureness::Illustrative) => {
                say!("deal-start-illustrative", date = d.to_string())
            }
            (Some(d), Sureness::Unknown) => say!("deal-start-unknown", date = d.to_string()),
        };
        let end = match (self.until, self.until_sure) {
            (None, _) => say!("deal-end-still"),
            (Some(u), _) if u.pred() > last => say!("deal-end-past", date = last.to_string()),
            (Some(u), Sureness::Given) => u.pred().to_string(),
            (Some(u), Sureness::Illustrative) => {
                say!("deal-end-illustrative", date = u.pred().to_string())
            }
            (Some(u), Sureness::Unknown) => {
                say!("deal-end-unknown", date = u.pred().to_string())
            }
        };
        say!(
            "deal-span",
            company = self.company.as_str(),
            start = start,
            end = end
        )
    }
}

/// A dated source: who published what, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    /// The publication date.
    pub date: Date,
    /// The source's id.
    pub source: String,
    /// `2018-03-17: The Guardian publishes "Revealed: …"`.
    pub label: String,
}

/// The time line of a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    /// The first day of the slider.
    pub start: Date,
    /// The last day of the slider.
    pub end: Date,
    /// Eras, in order, covering `start..=end` without gaps.
    pub eras: Vec<Era>,
    /// Dated sources, in date order.
    pub markers: Vec<Marker>,
    /// The deals that give a company data (friends' data or every user's), in file order.
    pub deals: Vec<Deal>,
    /// Days on which something starts or ends, in order.
    pub changes: Vec<Date>,
}

/// The most change days [`Timeline::of_results`] checks one by one.
pub const EXACT_CHANGES_UP_TO: usize = 400;

impl Timeline {
    /// Builds the time line of `s`.
    pub fn of(s: &Scenario) -> Timeline {
        let changes = s.change_dates();
        let mut markers: Vec<Marker> = s
            .sources
            .iter()
            .filter_map(|src| {
                let date = src.date?;
                let label = match src.publisher.as_deref() {
                    Some(by) => say!(
                        "marker-published-by",
                        date = date.to_string(),
                        publisher = by,
                        title = src.title.as_str(),
                    ),
                    None => say!(
                        "marker-published",
                        date = date.to_string(),
                        title = src.title.as_str(),
                    ),
                };
                Some(Marker {
                    date,
                    source: src.id.clone(),
                    label,
                })
            })
            .collect();
        markers.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.source.cmp(&b.source)));
        let firsts = [
            changes.first(),
            markers.first().map(|m| &m.date),
            Some(&s.date),
        ];
        let lasts = [
            changes.last(),
            markers.last().map(|m| &m.date),
            Some(&s.date),
        ];
        let start = firsts
            .into_iter()
            .flatten()
            .min()
            .copied()
            .unwrap_or(s.date);
        let end = lasts.into_iter().flatten().max().copied().unwrap_or(s.date);
        let deals = s
            .agreements
            .iter()
            .filter(|a| !(a.friend_data.is_empty() && a.all_users.is_empty()))
            .map(|a| Deal::of(&s.company(a.company).name, &a.interval))
            .collect();
        Timeline {
            start,
            end,
            eras: Timeline::eras(s, start, end),
            markers,
            deals,
            changes,
        }
    }

    /// The eras of `s` from `start` to `end`: a new one wherever the kind of day changes, each
    /// end marked illustrative (or unknown) when every period that starts or ends on it says so.
    fn eras(s: &Scenario, start: Date, end: Date) -> Vec<Era> {
        // The kind of each day changes only where a policy period or agreement starts or ends.
        let kind_at = |d: Date| -> EraKind {
            if s.friend_permissions.iter().any(|p| p.contains(d)) {
                return EraKind::Open;
            }
            let opened_before = s
                .friend_permissions
                .iter()
                .any(|p| p.until.is_some_and(|u| u <= d));
            if !opened_before {
                return EraKind::Before;
            }
            let deal = s.agreements.iter().any(|a| {
                a.interval.contains(d) && !(a.friend_data.is_empty() && a.all_users.is_empty())
            });
            if deal {
                EraKind::Partners
            } else {
                EraKind::Closed
            }
        };
        let periods = || {
            s.friend_permissions
                .iter()
                .chain(s.agreements.iter().map(|a| &a.interval))
        };
        let mut bounds: Vec<Date> = periods()
            .flat_map(|i| [i.from, i.until])
            .flatten()
            .filter(|d| *d > start && *d <= end)
            .collect();
        bounds.sort();
        bounds.dedup();
        // A bound is illustrative when every period that starts or ends on it marks that end so
        // (illustrative or unknown), and unknown when one of them marks it unknown.
        let marks = |d: Date| {
            periods().flat_map(move |i| {
                [
                    (i.from == Some(d)).then_some((
                        i.illustrative.from || i.illustrative.from_unknown,
                        i.illustrative.from_unknown,
                    )),
                    (i.until == Some(d)).then_some((
                        i.illustrative.until || i.illustrative.until_unknown,
                        i.illustrative.until_unknown,
                    )),
                ]
                .into_iter()
                .flatten()
            })
        };
        let all_marked = |d: Date| {
            let mut ends = marks(d);
            ends.next().is_some_and(|(first, _)| first) && ends.all(|(marked, _)| marked)
        };
        let illustrative = |d: Date| all_marked(d) && !marks(d).any(|(_, unknown)| unknown);
        let unknown = |d: Date| all_marked(d) && marks(d).any(|(_, unknown)| unknown);
        let mut eras: Vec<Era> = Vec::new();
        let mut from = start;
        for b in bounds.into_iter().chain(std::iter::once(end.succ())) {
            let kind = kind_at(from);
            match eras.last_mut() {
                Some(last) if last.kind == kind => {
                    last.until = b;
                    last.until_illustrative = illustrative(b);
                    last.until_unknown = unknown(b);
                }
                _ => eras.push(Era {
                    kind,
                    from,
                    until: b,
                    from_illustrative: from != start && illustrative(from),
                    until_illustrative: illustrative(b),
                    from_unknown: from != start && unknown(from),
                    until_unknown: unknown(b),
                }),
            }
            from = b;
        }
        eras
    }

    /// The time line of the scenario `engine` holds, whose change days are only those on which
    /// some company's reach changes (the number of people it reaches, or who said yes), so that
    /// "change ▶" and play never stop on a day where nothing a reader sees changed. Past
    /// [`EXACT_CHANGES_UP_TO`] change days every one is kept: checking them would cost more than
    /// a stop too many.
    pub fn of_results(engine: &Engine) -> Timeline {
        let s = engine.scenario();
        let mut t = Timeline::of(s);
        if t.changes.len() > EXACT_CHANGES_UP_TO {
            return t;
        }
        let reach = |d: Date| -> Vec<(u32, u32)> {
            company_figures(s, &engine.access(d))
                .iter()
                .map(|f| (f.reached, f.consented))
                .collect()
        };
        let mut before = t.changes.first().map(|d| reach(d.pred()));
        t.changes.retain(|d| {
            let now = reach(*d);
            let changed = before.as_ref() != Some(&now);
            before = Some(now);
            changed
        });
        t
    }

    /// The next day after `d` on which something changes, if any.
    pub fn next_change(&self, d: Date) -> Option<Date> {
        self.changes.iter().copied().find(|c| *c > d)
    }

    /// The last day before `d` on which something changed, if any.
    pub fn previous_change(&self, d: Date) -> Option<Date> {
        self.changes.iter().copied().rev().find(|c| *c < d)
    }

    /// The era that holds `d`.
    pub fn era_at(&self, d: Date) -> Option<&Era> {
        self.eras.iter().find(|e| e.from <= d && d < e.until)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_days_are_only_days_on_which_some_reach_changes() {
        for b in crate::files::builtin::BUILTINS {
            let e = Engine::new(crate::files::scenario::parse(&b.json()).unwrap());
            let all = Timeline::of(e.scenario());
            let kept = Timeline::of_results(&e);
            assert!(kept.changes.len() <= all.changes.len());
            let figures = |d: Date| -> Vec<(u32, u32)> {
                company_figures(e.scenario(), &e.access(d))
                    .iter()
                    .map(|f| (f.reached, f.consented))
                    .collect()
            };
            // Every kept day changes some reach; every day left out changes none.
            for d in &all.changes {
                let differs = figures(*d) != figures(d.pred());
                assert_eq!(kept.changes.contains(d), differs, "{} {d}", b.slug);
            }
        }
    }
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    fn day(t: &str) -> Date {
        Date::parse(t).unwrap()
    }

    #[test]
    fn an_era_of_one_day_on_the_time_line_names_that_day_once() {
        let era = Era {
            kind: EraKind::Closed,
            from: day("2015-04-30"),
            until: day("2016-01-01"),
            from_illustrative: false,
            until_illustrative: false,
            from_unknown: false,
            until_unknown: false,
        };
        assert_eq!(
            era.words(day("2015-04-30")),
            "closed for ordinary apps: 2015-04-30"
        );
        assert_eq!(
            era.words(day("2015-05-01")),
            "closed for ordinary apps: 2015-04-30 to 2015-05-01"
        );
    }

    #[test]
    fn partners_have_open_partner_and_closed_eras_and_dated_sources() {
        let s = parse(&BUILTINS[2].json()).unwrap();
        let t = Timeline::of(&s);
        let kinds: Vec<EraKind> = t.eras.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            vec![
                EraKind::Before,
                EraKind::Open,
                EraKind::Partners,
                EraKind::Closed
            ]
        );
        assert_eq!(t.eras[1].from, day("2010-04-21"));
        assert_eq!(t.eras[2].from, day("2015-04-30"));
        assert_eq!(t.eras[3].from, day("2019-01-01"));
        assert_eq!(t.eras.last().unwrap().until, t.end.succ());
        // The day friend permissions opened is the scenario's choice, the day they closed is
        // sourced (a deal starting that day marks it illustrative, but the policy does not),
        // and the partners' era ends on Amazon's illustrative last day.
        assert_eq!(
            t.eras[1].words(t.end),
            "friend permissions open to apps: 2010-04-21 (illustrative) to 2015-04-29"
        );
        assert_eq!(
            t.eras[2].words(t.end),
            "closed for ordinary apps; partners continue: 2015-04-30 to 2018-12-31 (illustrative)"
        );
        assert!(t.eras[3].from_illustrative && !t.eras[3].until_illustrative);
        assert!(
            t.eras.windows(2).all(|w| w[0].until == w[1].from),
            "no gaps"
        );
        assert_eq!(t.markers[0].date, day("2018-06-29"));
        assert!(t.markers.iter().any(|m| m
            .label
            .starts_with("2018-12-18: The New York Times publishes \"As Facebook")));
        // The last dated source, The Tyee's report on RBC, ends the time line.
        assert_eq!(t.end, day("2019-02-08"));
        assert_eq!(t.era_at(day("2017-01-15")).unwrap().kind, EraKind::Partners);
        // Each deal on its own line; a start no source gives is said to be a stand-in, never a
        // start on the day the wall went up.
        let words: Vec<String> = t.deals.iter().map(|d| d.words(t.end)).collect();
        assert_eq!(
            words,
            vec![
                "Amazon's deal: start not known (2015-04-30 is a stand-in) to 2018-12-31 (illustrative)",
                "Microsoft Bing's deal: 2010-04-21 (illustrative) to 2017-02-28 (illustrative)",
                "Yahoo's deal: start not known (2015-04-30 is a stand-in) to 2018-06-30 (illustrative)",
                "Yandex's deal: start not known (2015-04-30 is a stand-in) to 2017-12-31 (illustrative)",
            ]
        );
    }

    #[test]
    fn changes_step_forward_and_back() {
        let s = parse(&BUILTINS[0].json()).unwrap();
        let t = Timeline::of(&s);
        assert_eq!(t.next_change(day("2013-01-01")), Some(day("2013-06-10")));
        assert_eq!(
            t.previous_change(day("2013-06-10")),
            Some(day("2012-07-01"))
        );
        assert_eq!(t.next_change(t.end), None);
        assert_eq!(t.start, day("2008-11-01"));
    }

    #[test]
    fn the_open_era_holds_after_new_apps_lost_friend_permissions() {
        // From 30 April 2014 new apps could not ask for friends' data; only older apps could,
        // until 30 April 2015. The era's words must not say that any app could.
        let s = parse(&BUILTINS[0].json()).unwrap();
        let t = Timeline::of(&s);
        let open = t.era_at(day("2014-06-01")).unwrap();
        assert_eq!(open.kind, EraKind::Open);
        assert!(
            !open.kind.label().contains("any app"),
            "{}",
            open.kind.label()
        );
        assert!(open.kind.label().contains("open"));
    }

    #[test]
    fn markers_say_who_published_what_and_call_nothing_a_revelation() {
        let s = parse(&BUILTINS[1].json()).unwrap();
        let t = Timeline::of(&s);
        let pew = t.markers.iter().find(|m| m.source == "pew-2014").unwrap();
        assert_eq!(
            pew.label,
            "2014-02-03: Pew Research Center publishes \"6 new facts about Facebook\""
        );
        let mut s = s;
        s.sources[0].publisher = None;
        let t = Timeline::of(&s);
        let first = t
            .markers
            .iter()
            .find(|m| m.source == s.sources[0].id)
            .unwrap();
        assert!(first.label.ends_with("\" is published"), "{}", first.label);
        assert!(t
            .markers
            .iter()
            .all(|m| !m.label.to_lowercase().contains("revelation")));
    }
}

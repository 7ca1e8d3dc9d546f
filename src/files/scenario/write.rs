//! Writing: a [`Scenario`] back into the [`schema`](super::schema) types, printed by serde.
//!
//! The schema's serde attributes leave out every field that holds its default, so the output is
//! as small as the file a person would write. Indices become ids again, and categories, scopes,
//! dates and kinds their words. No check happens here: a `Scenario` is valid by construction,
//! and [`parse`](super::parse) reads the text back to an equal scenario.

use super::schema::{
    File, FileAgreement, FileCompany, FileFriendship, FileGrant, FileGuess, FileInterval,
    FilePerson, FilePolicy, FileSource, FileStep, FileTransfer, FileWhatIf,
};
use super::{FORMAT, VERSION};
use crate::core::date::{Date, Illustrative, Interval};
use crate::core::model::{
    Agreement, CategorySet, Company, CompanyIx, CompanyKind, FriendPermissions, Friendship, Grant,
    Person, PersonIx, Scenario, Settings, Source, Step, Transfer, WhatIf,
};

/// Writes `s` as a scenario file, format version 1, pretty-printed, leaving out every field
/// that holds its default. [`parse`](super::parse) reads the text back to a scenario equal
/// to `s`.
pub fn to_json(s: &Scenario) -> String {
    // The schema holds only strings, numbers, booleans, lists and structs, which serde_json
    // always knows how to print; the fallback is never taken.
    let mut text = serde_json::to_string_pretty(&file(s)).unwrap_or_default();
    text.push('\n');
    text
}

/// A scenario as the scenario file's JSON value, for serde to print inside a larger document
/// (the sandbox store's records) without going through text twice: compact, the same value
/// [`to_json`] prints.
pub struct Written<'a>(pub &'a Scenario);

impl serde::Serialize for Written<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        file(self.0).serialize(serializer)
    }
}

/// `s` in the schema's types.
pub(super) fn file(s: &Scenario) -> File {
    let ids = Ids(s);
    File {
        format: Some(FORMAT.into()),
        version: Some(VERSION),
        title: Some(s.title.clone()),
        description: s.description.clone(),
        date: Some(s.date.to_string()),
        sources: s.sources.iter().map(source).collect(),
        policy: FilePolicy {
            friend_permissions: s.friend_permissions.iter().map(period).collect(),
        },
        people: s.people.iter().map(person).collect(),
        companies: s.companies.iter().map(company).collect(),
        friendships: s.friendships.iter().map(|f| ids.friendship(f)).collect(),
        grants: s.grants.iter().map(|g| ids.grant(g)).collect(),
        agreements: s.agreements.iter().map(|a| ids.agreement(a)).collect(),
        transfers: s.transfers.iter().map(|t| ids.transfer(t)).collect(),
        steps: s.steps.iter().map(|st| step(s, st)).collect(),
    }
}

fn source(src: &Source) -> FileSource {
    FileSource {
        id: src.id.clone(),
        title: src.title.clone(),
        publisher: src.publisher.clone(),
        date: date(src.date),
        url: src.url.clone(),
    }
}

/// The illustrative ends as the file lists them.
fn ends(i: Illustrative) -> Vec<String> {
    listed(i.from, i.until)
}

/// The unknown ends as the file lists them.
fn unknown(i: Illustrative) -> Vec<String> {
    listed(i.from_unknown, i.until_unknown)
}

fn listed(from: bool, until: bool) -> Vec<String> {
    [("from", from), ("until", until)]
        .into_iter()
        .filter(|(_, on)| *on)
        .map(|(end, _)| end.to_string())
        .collect()
}

fn period(i: &Interval) -> FileInterval {
    FileInterval {
        from: date(i.from),
        until: date(i.until),
        illustrative: ends(i.illustrative),
        unknown: unknown(i.illustrative),
    }
}

fn person(p: &Person) -> FilePerson {
    FilePerson {
        id: p.id.clone(),
        name: p.name.clone(),
        platform_apps: p.platform_apps,
        apps_others_use: (p.apps_others_use != Settings::DEFAULT.apps_others_use)
            .then(|| categories(p.apps_others_use)),
    }
}

fn company(c: &Company) -> FileCompany {
    FileCompany {
        id: c.id.clone(),
        name: c.name.clone(),
        kind: (c.kind != CompanyKind::App).then(|| c.kind.as_str().into()),
    }
}

fn step(s: &Scenario, st: &Step) -> FileStep {
    FileStep {
        title: st.title.clone(),
        text: st.text.clone(),
        date: date(st.date),
        highlight: st.highlight.clone(),
        source: st.source.clone(),
        what_if: what_if(&st.what_if),
        guess: st.guess.map(|g| FileGuess {
            company: s.company(g.company).id.clone(),
            by: g.by.to_string(),
        }),
        mode: st.collected.then(|| "collected".into()),
    }
}

/// A step's switches, or `None` when none of those a file holds is set. (A what-if's
/// `people` never come from a file, so they are not written either.)
fn what_if(w: &WhatIf) -> Option<FileWhatIf> {
    let file = FileWhatIf {
        friend_permissions: (w.friend_permissions != FriendPermissions::AsScenario)
            .then(|| w.friend_permissions.as_str().into()),
        deals: !w.no_deals,
        everyone_opted_out: w.everyone_opted_out,
    };
    let set = file.friend_permissions.is_some() || !file.deals || file.everyone_opted_out;
    set.then_some(file)
}

/// Turns indices back into the ids a file names people and companies by.
struct Ids<'s>(&'s Scenario);

impl Ids<'_> {
    fn person(&self, p: PersonIx) -> String {
        self.0.person(p).id.clone()
    }

    fn company(&self, c: CompanyIx) -> String {
        self.0.company(c).id.clone()
    }

    fn friendship(&self, f: &Friendship) -> FileFriendship {
        FileFriendship {
            between: f.between.iter().map(|p| self.person(*p)).collect(),
            messages: f.messages,
            from: date(f.interval.from),
            until: date(f.interval.until),
            illustrative: ends(f.interval.illustrative),
            unknown: unknown(f.interval.illustrative),
        }
    }

    fn grant(&self, g: &Grant) -> FileGrant {
        FileGrant {
            person: self.person(g.person),
            company: self.company(g.company),
            scopes: g.scopes.iter().map(|sc| sc.to_string()).collect(),
            explicit: g.explicit,
            from: date(g.interval.from),
            until: date(g.interval.until),
            illustrative: ends(g.interval.illustrative),
            unknown: unknown(g.interval.illustrative),
            source: g.source.clone(),
        }
    }

    fn agreement(&self, a: &Agreement) -> FileAgreement {
        FileAgreement {
            company: self.company(a.company),
            friend_data: categories(a.friend_data),
            ignores_settings: a.ignores_settings,
            all_users: categories(a.all_users),
            from: date(a.interval.from),
            until: date(a.interval.until),
            illustrative: ends(a.interval.illustrative),
            unknown: unknown(a.interval.illustrative),
            source: a.source.clone(),
        }
    }

    fn transfer(&self, t: &Transfer) -> FileTransfer {
        FileTransfer {
            from_company: self.company(t.from_company),
            to_company: self.company(t.to_company),
            categories: categories(t.categories),
            from: date(t.interval.from),
            until: date(t.interval.until),
            illustrative: ends(t.interval.illustrative),
            unknown: unknown(t.interval.illustrative),
            source: t.source.clone(),
        }
    }
}

fn categories(set: CategorySet) -> Vec<String> {
    set.iter().map(|c| c.as_str().to_string()).collect()
}

fn date(d: Option<Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::to_json;

    #[test]
    fn defaults_spelled_out_in_a_file_are_left_out_when_written() {
        let spelled_out = r#"{
            "format": "spillover-scenario", "version": 1, "title": "T", "description": "",
            "date": "2014-01-01", "sources": [], "policy": {"friend_permissions": []},
            "people": [{"id": "ana", "name": "Ana", "platform_apps": true,
                        "apps_others_use": ["user_id", "name", "contact", "friends", "birthday",
                                            "location", "likes", "photos", "posts"]},
                       {"id": "ben", "name": "Ben", "platform_apps": false, "apps_others_use": []}],
            "companies": [{"id": "quiz", "name": "Quiz", "kind": "app"},
                          {"id": "ca", "name": "CA", "kind": "broker"}],
            "friendships": [{"between": ["ana", "ben"], "messages": false}],
            "grants": [{"person": "ana", "company": "quiz", "scopes": ["friends.likes"],
                        "explicit": true, "until": "2015-04-30"}],
            "agreements": [{"company": "ca", "friend_data": [], "ignores_settings": false,
                            "all_users": ["name"]}],
            "transfers": [],
            "steps": [{"title": "One", "text": "x", "highlight": [],
                       "what_if": {"friend_permissions": "as_scenario", "deals": true,
                                   "everyone_opted_out": false}},
                      {"title": "Two", "text": "y",
                       "what_if": {"friend_permissions": "never", "deals": false}}]
        }"#;
        let expected = r#"{
  "format": "spillover-scenario",
  "version": 1,
  "title": "T",
  "date": "2014-01-01",
  "people": [
    {
      "id": "ana",
      "name": "Ana"
    },
    {
      "id": "ben",
      "name": "Ben",
      "platform_apps": false,
      "apps_others_use": []
    }
  ],
  "companies": [
    {
      "id": "quiz",
      "name": "Quiz"
    },
    {
      "id": "ca",
      "name": "CA",
      "kind": "broker"
    }
  ],
  "friendships": [
    {
      "between": [
        "ana",
        "ben"
      ]
    }
  ],
  "grants": [
    {
      "person": "ana",
      "company": "quiz",
      "scopes": [
        "friends.likes"
      ],
      "until": "2015-04-30"
    }
  ],
  "agreements": [
    {
      "company": "ca",
      "all_users": [
        "name"
      ]
    }
  ],
  "steps": [
    {
      "title": "One",
      "text": "x"
    },
    {
      "title": "Two",
      "text": "y",
      "what_if": {
        "friend_permissions": "never",
        "deals": false
      }
    }
  ]
}
"#;
        let s = parse(spelled_out).unwrap();
        assert_eq!(to_json(&s), expected);
        assert_eq!(parse(expected), Ok(s));
    }
}

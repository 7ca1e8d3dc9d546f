//! The workspace: every sandbox a reader keeps, each with its own history, and the one open.
//!
//! [`Workspace::apply`] is the one place a [`WorkAction`] changes it, and says in words what
//! each change did to the number of people exposed without consent. Keeping the sandboxes in
//! storage is [`super::keep`]'s, which hands back what other tabs changed as
//! [`WorkAction::Arrived`] and [`WorkAction::Gone`].

use super::edit::{refuse, Edit, Field, Refusal};
use super::history::History;
use crate::core::engine::{Engine, Exposure};
use crate::core::model::Scenario;
use crate::files::storage::{Saved, Store};

/// Every sandbox the reader keeps, each with its own history, and the one open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    /// Key, name and history of each sandbox, in the order they were made.
    pub sandboxes: Vec<(String, String, History)>,
    /// The key of the open sandbox.
    pub current: Option<String>,
    /// Grows with every change, so views can tell that something changed cheaply.
    pub revision: u64,
    /// The last refused edit, for the form that sent it.
    pub refusal: Option<Refusal>,
    /// What the last change did, in words ("+4 people exposed without consent (now 5).").
    pub change: Option<String>,
    /// This copy of the app's mark, put in the keys of the sandboxes it makes, so that two tabs
    /// never make two sandboxes with one key. Empty in tests: keys are then `s1`, `s2`, …
    pub tab: String,
    /// How many people the open sandbox exposes, as counted after the change that made
    /// `revision`: the next edit's "before", which on a network of thousands costs an engine.
    pub exposed: Option<(u64, usize)>,
}

/// Something done to the workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkAction {
    /// Replace everything with what storage held.
    Restore(Store),
    /// Make a new sandbox from `scenario` and open it.
    New { name: String, scenario: Scenario },
    /// Open the sandbox with this key.
    Open(String),
    /// Rename the sandbox with this key.
    Rename(String, String),
    /// Delete the sandbox with this key.
    Delete(String),
    /// Edit the open sandbox.
    Edit(Edit),
    /// Undo in the open sandbox.
    Undo,
    /// Redo in the open sandbox.
    Redo,
    /// Another tab kept this version of the sandbox with this key: it replaces this tab's (or
    /// is added). With `ours_to`, this tab's version is first moved to a new sandbox of that key
    /// and name, and stays open if it was, so neither version is lost.
    Arrived {
        key: String,
        name: String,
        scenario: Scenario,
        ours_to: Option<(String, String)>,
    },
    /// Another tab deleted the sandbox with this key.
    Gone(String),
    /// A form refused what was typed before it became an edit (a date that is not one): shown
    /// like any refused edit, and nothing changes.
    Refuse(Refusal),
}

impl Workspace {
    /// The open sandbox's history.
    pub fn open(&self) -> Option<&History> {
        let key = self.current.as_ref()?;
        self.sandboxes
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, _, h)| h)
    }

    /// The open sandbox's name.
    pub fn open_name(&self) -> Option<&str> {
        let key = self.current.as_ref()?;
        self.sandboxes
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, n, _)| n.as_str())
    }

    /// A key no sandbox has, with this tab's mark.
    pub fn fresh_key(&self) -> String {
        crate::files::storage::fresh_key(&self.tab, |k| {
            self.sandboxes.iter().any(|(key, _, _)| key == k)
        })
    }

    /// What storage should keep.
    pub fn store(&self) -> Store {
        Store {
            sandboxes: self
                .sandboxes
                .iter()
                .map(|(key, name, h)| Saved {
                    key: key.clone(),
                    name: name.clone(),
                    scenario: h.present().clone(),
                })
                .collect(),
            current: self.current.clone(),
        }
    }

    /// Applies `action`.
    pub fn apply(&mut self, action: WorkAction) {
        self.refusal = None;
        self.change = None;
        match action {
            WorkAction::Refuse(r) => {
                self.refusal = Some(r);
                return;
            }
            WorkAction::Restore(store) => {
                self.sandboxes = store
                    .sandboxes
                    .into_iter()
                    .map(|s| (s.key, s.name, History::new(s.scenario)))
                    .collect();
                self.current = store
                    .current
                    .filter(|c| self.sandboxes.iter().any(|(k, _, _)| k == c));
                if self.current.is_none() {
                    self.current = self.sandboxes.first().map(|(k, _, _)| k.clone());
                }
            }
            WorkAction::New { name, scenario } => {
                let key = self.fresh_key();
                self.sandboxes
                    .push((key.clone(), name, History::new(scenario)));
                self.current = Some(key);
            }
            WorkAction::Open(key) => {
                if self.sandboxes.iter().any(|(k, _, _)| *k == key) {
                    self.current = Some(key);
                }
            }
            WorkAction::Rename(key, name) => {
                let name = name.trim();
                if name.is_empty() {
                    self.refusal = Some(refuse(Field::SandboxName, "A sandbox needs a name."));
                    return;
                }
                if let Some((_, n, _)) = self.sandboxes.iter_mut().find(|(k, _, _)| *k == key) {
                    *n = name.chars().take(80).collect();
                }
            }
            WorkAction::Delete(key) | WorkAction::Gone(key) => {
                self.sandboxes.retain(|(k, _, _)| *k != key);
                if self.current.as_ref() == Some(&key) {
                    self.current = self.sandboxes.first().map(|(k, _, _)| k.clone());
                }
            }
            WorkAction::Arrived {
                key,
                name,
                scenario,
                ours_to,
            } => self.arrive(key, name, scenario, ours_to),
            WorkAction::Edit(edit) => {
                let Some(key) = self.current.clone() else {
                    return;
                };
                let Some((_, _, h)) = self.sandboxes.iter_mut().find(|(k, _, _)| *k == key) else {
                    return;
                };
                let before = exposed_before(self.exposed, self.revision, h.present());
                let done = describe_edit(h.present(), &edit);
                match h.edit(&edit) {
                    Ok(()) => {
                        let after = exposed_now(h.present());
                        self.exposed = Some((self.revision + 1, after));
                        let effect = describe_change(before, after);
                        self.change = Some(match done {
                            Some(done) => format!("{done}. {effect}"),
                            None => effect,
                        });
                    }
                    Err(r) => {
                        self.refusal = Some(r);
                        return;
                    }
                }
            }
            WorkAction::Undo | WorkAction::Redo => {
                let Some(key) = self.current.clone() else {
                    return;
                };
                let Some((_, _, h)) = self.sandboxes.iter_mut().find(|(k, _, _)| *k == key) else {
                    return;
                };
                let before = exposed_before(self.exposed, self.revision, h.present());
                let moved = if action == WorkAction::Undo {
                    h.undo()
                } else {
                    h.redo()
                };
                if !moved {
                    return;
                }
                let after = exposed_now(h.present());
                self.exposed = Some((self.revision + 1, after));
                self.change = Some(describe_change(before, after));
            }
        }
        self.revision += 1;
    }
}

impl Workspace {
    /// Takes in another tab's version of a sandbox, keeping this tab's when asked to.
    fn arrive(
        &mut self,
        key: String,
        name: String,
        scenario: Scenario,
        ours_to: Option<(String, String)>,
    ) {
        let at = self.sandboxes.iter().position(|(k, _, _)| *k == key);
        if let (Some(at), Some((to, to_name))) = (at, ours_to) {
            let history = self.sandboxes[at].2.clone();
            self.sandboxes
                .insert(at + 1, (to.clone(), to_name, history));
            if self.current.as_ref() == Some(&key) {
                self.current = Some(to);
            }
        }
        match at {
            Some(at) => self.sandboxes[at] = (key, name, History::new(scenario)),
            None => self.sandboxes.push((key, name, History::new(scenario))),
        }
    }
}

/// People exposed without consent on the scenario's own date.
/// The count `s` exposes: the one kept in `exposed` when it was counted after the change that
/// made `revision`, else counted now.
fn exposed_before(exposed: Option<(u64, usize)>, revision: u64, s: &Scenario) -> usize {
    match exposed {
        Some((at, count)) if at == revision => count,
        _ => exposed_now(s),
    }
}

fn exposed_now(s: &Scenario) -> usize {
    let engine = Engine::new(s.clone());
    let x = engine.access(s.date);
    exposed_without_consent(s, &x)
}

/// People some company holds data of without their yes.
pub fn exposed_without_consent(s: &Scenario, exposure: &Exposure) -> usize {
    crate::present::figures::person_figures(s, exposure)
        .iter()
        .filter(|p| p.holdings.iter().any(|h| !h.ever_consented))
        .count()
}

/// What an edit of `s` does, in words ("Added Ana"), for the edits a form or a gesture makes
/// one at a time; `None` for the rest (a title, a date, a rule in bulk), which say enough by
/// their effect.
pub fn describe_edit(s: &Scenario, edit: &Edit) -> Option<String> {
    let person = |id: &str| s.person_by_id(id).map(|p| s.person(p).name.clone());
    let company = |id: &str| s.company_by_id(id).map(|c| s.company(c).name.clone());
    Some(match edit {
        Edit::AddPerson { name, .. } => format!("Added {name}"),
        Edit::AddCompany { name, .. } => format!("Added {name}"),
        Edit::AddFriendship { a, b, .. } => {
            format!("{} and {} are friends", person(a)?, person(b)?)
        }
        Edit::AddGrant {
            person: p,
            company: c,
            ..
        } => {
            format!("{} signs in to {}", person(p)?, company(c)?)
        }
        Edit::AddAgreement { company: c, .. } => format!("Added a deal for {}", company(c)?),
        Edit::AddTransfer { from, to, .. } => {
            format!("{} hands data to {}", company(from)?, company(to)?)
        }
        Edit::RemovePerson { id } => format!("Removed {}", person(id)?),
        Edit::RemoveCompany { id } => format!("Removed {}", company(id)?),
        Edit::RemoveFriendship { .. }
        | Edit::RemoveGrant { .. }
        | Edit::RemoveAgreement { .. }
        | Edit::RemoveTransfer { .. } => "Removed it".to_string(),
        _ => return None,
    })
}

/// "+4 people exposed without consent" (or "No change in who is exposed without consent").
pub fn describe_change(before: usize, after: usize) -> String {
    let d = after as i64 - before as i64;
    match d {
        0 => format!(
            "No change: {after} {} exposed without consent.",
            if after == 1 { "person" } else { "people" }
        ),
        d => format!(
            "{d:+} {} exposed without consent (now {after}).",
            if d.abs() == 1 { "person" } else { "people" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::sandbox::empty;

    #[test]
    fn a_workspace_keeps_several_sandboxes_and_says_what_edits_did() {
        let mut w = Workspace::default();
        let day = Date::parse("2014-01-01").unwrap();
        w.apply(WorkAction::New {
            name: "Lesson 1".into(),
            scenario: empty(day),
        });
        w.apply(WorkAction::New {
            name: "Lesson 2".into(),
            scenario: empty(day),
        });
        assert_eq!(w.current.as_deref(), Some("s2"));
        w.apply(WorkAction::Edit(Edit::AddPerson {
            id: "ana".into(),
            name: "Ana".into(),
        }));
        assert_eq!(
            w.change.as_deref(),
            Some("Added Ana. No change: 0 people exposed without consent.")
        );
        w.apply(WorkAction::Edit(Edit::AddPerson {
            id: "ana".into(),
            name: "Again".into(),
        }));
        assert_eq!(w.refusal.as_ref().map(|r| r.field.as_str()), Some("id"));
        let r = w.revision;
        w.apply(WorkAction::Rename("s2".into(), "  ".into()));
        assert_eq!(w.revision, r, "a refused rename changes nothing");
        w.apply(WorkAction::Rename("s2".into(), "Quiz lesson".into()));
        assert_eq!(w.open_name(), Some("Quiz lesson"));
        let store = w.store();
        let mut again = Workspace::default();
        again.apply(WorkAction::Restore(
            crate::files::storage::decode(&crate::files::storage::encode(&store)).unwrap(),
        ));
        assert_eq!(again.store(), store);
        w.apply(WorkAction::Delete("s2".into()));
        assert_eq!(w.current.as_deref(), Some("s1"));
        w.apply(WorkAction::Undo);
        assert_eq!(w.open().unwrap().present().people.len(), 0);
    }

    #[test]
    fn the_count_before_an_edit_is_the_one_after_the_last_and_only_while_nothing_else_changed() {
        let mut w = Workspace::default();
        let s = crate::files::scenario::parse(crate::files::builtin::BUILTINS[0].json).unwrap();
        w.apply(WorkAction::New {
            name: "Friends".into(),
            scenario: s.clone(),
        });
        let quiz = |id: &str| Edit::QuizByShare {
            id: id.into(),
            name: id.into(),
            scopes: vec![crate::core::model::Scope::Own(
                crate::core::model::Category::Name,
            )],
            percent: 100,
            seed: 1,
            interval: crate::core::date::Interval::ALWAYS,
        };
        w.apply(WorkAction::Edit(quiz("q1")));
        let after = exposed_now(w.open().unwrap().present());
        assert_eq!(w.exposed, Some((w.revision, after)));
        // A stale count is never used: another sandbox opened, then this one again.
        w.exposed = Some((w.revision, after + 1000));
        w.apply(WorkAction::New {
            name: "Other".into(),
            scenario: s,
        });
        w.apply(WorkAction::Open("s1".into()));
        w.apply(WorkAction::Undo);
        let now = exposed_now(w.open().unwrap().present());
        assert_eq!(w.change, Some(describe_change(after, now)));
        assert_eq!(w.exposed, Some((w.revision, now)));
    }
}

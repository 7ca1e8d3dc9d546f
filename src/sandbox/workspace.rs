//! The workspace: every sandbox a reader keeps, each with its own history, and the one open.
//!
//! [`Workspace::apply`] is the one place a [`WorkAction`] changes it, and keeps the last change
//! of a scenario ([`Change`]: what was done, and the scenario before), so the page can say what
//! it did at the date, mode and what-ifs the reader is looking at (`present::effect`). Keeping
//! the sandboxes in storage is [`super::keep`]'s, which hands back what other tabs changed as
//! [`WorkAction::Arrived`] and [`WorkAction::Gone`].

use std::rc::Rc;

use super::edit::{refuse, Edit, Field, Refusal};
use super::history::History;
use crate::core::model::Scenario;
use crate::files::storage::{Saved, Store};
use crate::present::story;
use crate::say;

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
    /// The last change of the open sandbox's scenario, until anything else changes.
    pub change: Option<Change>,
    /// This copy of the app's mark, put in the keys of the sandboxes it makes, so that two tabs
    /// never make two sandboxes with one key. Empty in tests: keys are then `s1`, `s2`, …
    pub tab: String,
}

/// A change of the open sandbox's scenario: what was done, and the scenario before it.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What was done.
    pub done: Done,
    /// The scenario before the change (the one after is the sandbox's present).
    pub before: Rc<Scenario>,
}

/// What changed a sandbox's scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum Done {
    /// An edit, with what it did in words when a form or gesture made it one at a time
    /// ("Added Ana"; see [`describe_edit`]).
    Edit(Edit, Option<String>),
    /// Undo.
    Undo,
    /// Redo.
    Redo,
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
                    self.refusal = Some(refuse(Field::SandboxName, say!("refuse-sandbox-name")));
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
                let Some(h) = self.open_mut() else {
                    return;
                };
                let before = h.shared().clone();
                let words = describe_edit(&before, &edit);
                if let Err(r) = h.edit(&edit) {
                    self.refusal = Some(r);
                    return;
                }
                self.change = Some(Change {
                    done: Done::Edit(edit, words),
                    before,
                });
            }
            WorkAction::Undo | WorkAction::Redo => {
                let Some(h) = self.open_mut() else {
                    return;
                };
                let before = h.shared().clone();
                let (moved, done) = if action == WorkAction::Undo {
                    (h.undo(), Done::Undo)
                } else {
                    (h.redo(), Done::Redo)
                };
                if !moved {
                    return;
                }
                self.change = Some(Change { done, before });
            }
        }
        self.revision += 1;
    }
}

impl Workspace {
    /// The open sandbox's history, to change.
    fn open_mut(&mut self) -> Option<&mut History> {
        let key = self.current.as_ref()?;
        self.sandboxes
            .iter_mut()
            .find(|(k, _, _)| k == key)
            .map(|(_, _, h)| h)
    }

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

/// What an edit of `s` does, in words ("Added Ana"), for the edits a form or a gesture makes
/// one at a time; `None` for the rest (a title, a date, a rule in bulk), which say enough by
/// their effect.
pub fn describe_edit(s: &Scenario, edit: &Edit) -> Option<String> {
    let person = |id: &str| s.person_by_id(id).map(|p| s.person(p).name.clone());
    let company = |id: &str| s.company_by_id(id).map(|c| s.company(c).name.clone());
    Some(match edit {
        Edit::AddPerson { name, .. } => say!("edit-added", name = name.as_str()),
        Edit::AddCompany { name, .. } => say!("edit-added", name = name.as_str()),
        Edit::AddFriendship { a, b, .. } => {
            say!("edit-friends", first = person(a)?, second = person(b)?)
        }
        Edit::AddGrant {
            person: p,
            company: c,
            ..
        } => {
            say!("edit-signs-in", person = person(p)?, company = company(c)?)
        }
        Edit::AddAgreement { company: c, .. } => say!("edit-deal", company = company(c)?),
        Edit::AddTransfer { from, to, .. } => {
            say!("edit-transfer", from = company(from)?, to = company(to)?)
        }
        Edit::SetScopes { index, .. } => {
            let g = s.grants.get(*index)?;
            let who = &s.person(g.person).name;
            say!(
                "edit-asks-for-more",
                person = who.as_str(),
                you = crate::present::words::Name(who).you(),
                company = s.company(g.company).name.as_str(),
            )
        }
        Edit::RemovePerson { id } => say!("edit-removed", name = person(id)?),
        Edit::RemoveCompany { id } => say!("edit-removed", name = company(id)?),
        Edit::RemoveFriendship { .. }
        | Edit::RemoveGrant { .. }
        | Edit::RemoveAgreement { .. }
        | Edit::RemoveTransfer { .. } => say!("edit-removed-it"),
        Edit::AddStep { at, step } => story::added(*at, &step.title),
        Edit::SetStep { index, step } => story::changed(*index, &step.title),
        Edit::MoveStep { index, to } => story::moved(&s.steps.get(*index)?.title, *index, *to),
        Edit::RemoveStep { index } => story::removed(*index, &s.steps.get(*index)?.title),
        Edit::AddSource { title, .. } => story::added_source(title),
        _ => return None,
    })
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
            w.change.as_ref().map(|c| &c.done),
            Some(&Done::Edit(
                Edit::AddPerson {
                    id: "ana".into(),
                    name: "Ana".into()
                },
                Some("Added Ana".into())
            ))
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
    fn a_change_keeps_what_was_done_and_the_scenario_before_until_anything_else_changes() {
        let mut w = Workspace::default();
        let s = crate::files::scenario::parse(&crate::files::builtin::BUILTINS[0].json()).unwrap();
        w.apply(WorkAction::New {
            name: "Friends".into(),
            scenario: s.clone(),
        });
        assert_eq!(w.change, None, "a new sandbox is no change of a scenario");
        let first = w.open().unwrap().shared().clone();
        let add = Edit::AddPerson {
            id: "zoe".into(),
            name: "Zoe".into(),
        };
        w.apply(WorkAction::Edit(add.clone()));
        let change = w.change.clone().unwrap();
        assert!(Rc::ptr_eq(&change.before, &first));
        assert_eq!(change.done, Done::Edit(add, Some("Added Zoe".into())));
        let second = w.open().unwrap().shared().clone();
        w.apply(WorkAction::Undo);
        let change = w.change.clone().unwrap();
        assert_eq!(change.done, Done::Undo);
        assert!(Rc::ptr_eq(&change.before, &second));
        assert!(Rc::ptr_eq(w.open().unwrap().shared(), &first));
        w.apply(WorkAction::Rename("s1".into(), "Renamed".into()));
        assert_eq!(w.change, None, "a rename changes no scenario");
        w.apply(WorkAction::Undo);
        assert_eq!(w.change, None, "nothing to undo is no change");
        w.apply(WorkAction::Redo);
        assert_eq!(w.change.map(|c| c.done), Some(Done::Redo));
    }

    #[test]
    fn copying_a_workspace_shares_every_scenario() {
        let mut w = Workspace::default();
        let s = crate::files::scenario::parse(&crate::files::builtin::BUILTINS[2].json()).unwrap();
        w.apply(WorkAction::New {
            name: "Partners".into(),
            scenario: s,
        });
        for i in 0..5 {
            w.apply(WorkAction::Edit(Edit::SetTitle(format!("t{i}"))));
        }
        let copy = w.clone();
        assert!(Rc::ptr_eq(
            copy.open().unwrap().shared(),
            w.open().unwrap().shared()
        ));
    }
}

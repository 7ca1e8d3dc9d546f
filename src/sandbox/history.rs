//! Undo and redo: a bounded history of the scenarios a sandbox went through.
//!
//! Each accepted edit that changes something is one step; a new edit drops the steps that were
//! undone. What an edit does, and whether it is allowed, is [`super::edit`]'s business.
//!
//! Every scenario is shared ([`Rc`]): copying a history (the page's store copies its state on
//! each change) copies pointers, never a network, and the page can tell an unchanged scenario
//! by its pointer.

use std::rc::Rc;

use super::edit::{apply, Edit, Refusal};
use crate::core::model::Scenario;

/// A bounded history of scenarios, for undo and redo.
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    past: Vec<Rc<Scenario>>,
    present: Rc<Scenario>,
    future: Vec<Rc<Scenario>>,
}

impl History {
    /// How many steps back undo can go.
    pub const LIMIT: usize = 100;

    /// A history that starts at `s`.
    pub fn new(s: Scenario) -> History {
        History {
            past: Vec::new(),
            present: Rc::new(s),
            future: Vec::new(),
        }
    }

    /// The scenario now.
    pub fn present(&self) -> &Scenario {
        &self.present
    }

    /// The scenario now, shared.
    pub fn shared(&self) -> &Rc<Scenario> {
        &self.present
    }

    /// Applies `edit`, or refuses it and changes nothing.
    pub fn edit(&mut self, edit: &Edit) -> Result<(), Refusal> {
        let next = apply(&self.present, edit)?;
        if next != *self.present {
            self.past
                .push(std::mem::replace(&mut self.present, Rc::new(next)));
            if self.past.len() > Self::LIMIT {
                self.past.remove(0);
            }
            self.future.clear();
        }
        Ok(())
    }

    /// Goes one step back; false if there is none.
    pub fn undo(&mut self) -> bool {
        match self.past.pop() {
            Some(s) => {
                self.future.push(std::mem::replace(&mut self.present, s));
                true
            }
            None => false,
        }
    }

    /// Goes one step forward again; false if there is none.
    pub fn redo(&mut self) -> bool {
        match self.future.pop() {
            Some(s) => {
                self.past.push(std::mem::replace(&mut self.present, s));
                true
            }
            None => false,
        }
    }

    /// Whether undo would do something.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether redo would do something.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::edit::tests::{day, five_people_and_a_quiz};
    use crate::sandbox::empty;

    #[test]
    fn undo_and_redo_walk_the_history_and_a_new_edit_drops_the_future() {
        let mut h = five_people_and_a_quiz();
        let full = h.present().clone();
        assert!(h.undo());
        assert_eq!(h.present().grants.len(), 0);
        assert!(h.redo());
        assert_eq!(h.present(), &full);
        assert!(!h.redo());
        h.undo();
        h.edit(&Edit::SetTitle("Other".into())).unwrap();
        assert!(!h.can_redo());
        let mut bounded = History::new(empty(day("2014-01-01")));
        for i in 0..(History::LIMIT + 20) {
            bounded.edit(&Edit::SetTitle(format!("t{i}"))).unwrap();
        }
        let mut undone = 0;
        while bounded.undo() {
            undone += 1;
        }
        assert_eq!(undone, History::LIMIT);
    }
}

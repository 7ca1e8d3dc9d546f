//! The app's view state and the one function that changes it, kept apart from Yew so it is
//! tested natively. The browser layer owns a [`State`] through a reducer and sends [`Action`]s;
//! it never changes the state any other way.

use crate::builtin::BUILTINS;
use crate::engine::Mode;

/// What the reader is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The built-in scenario shown, by index in [`BUILTINS`].
    pub scenario: usize,
    /// Access or collected.
    pub mode: Mode,
}

/// Something the reader did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show the built-in scenario with this index.
    PickScenario(usize),
    /// Switch between access and collected.
    SetMode(Mode),
}

impl State {
    /// Applies `action`. An index out of range leaves the state as it was.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::PickScenario(i) if i < BUILTINS.len() => self.scenario = i,
            Action::PickScenario(_) => {}
            Action::SetMode(mode) => self.mode = mode,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_scenarios_and_modes_and_ignores_bad_indices() {
        let mut s = State::default();
        s.apply(Action::PickScenario(2));
        s.apply(Action::SetMode(Mode::Collected));
        assert_eq!(
            s,
            State {
                scenario: 2,
                mode: Mode::Collected
            }
        );
        s.apply(Action::PickScenario(BUILTINS.len()));
        assert_eq!(s.scenario, 2);
    }
}

//! A story step's guess: the number the scenario gives, and what a reader's guess comes to.
//!
//! The answer is computed from the scenario (everything the company collected up to the
//! step's day), never written into the story, so a story cannot state a wrong number.

use crate::core::engine::Engine;
use crate::core::model::Guess;
use crate::present::figures::company_figures;
use crate::say;

/// What a guess asks, and its answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The company's name.
    pub company: String,
    /// The day by which its reach counts.
    pub by: String,
    /// The people it had reached by then.
    pub reached: u32,
    /// The people in the scenario.
    pub people: usize,
}

/// The answer to `guess` in the scenario `engine` holds.
pub fn answer(engine: &Engine, guess: Guess) -> Answer {
    let s = engine.scenario();
    let figures = company_figures(s, &engine.collected(guess.by));
    Answer {
        company: s.company(guess.company).name.clone(),
        by: guess.by.to_string(),
        reached: figures.get(guess.company.ix()).map_or(0, |f| f.reached),
        people: s.people.len(),
    }
}

impl Answer {
    /// What the reader's `guessed` number comes to: "You guessed 3. By 2014-03-20, GSR had
    /// reached 14 of the 32 people: 11 more than you guessed."
    pub fn verdict(&self, guessed: u32) -> String {
        say!(
            "guess-verdict",
            guessed = guessed,
            date = self.by.as_str(),
            company = self.company.as_str(),
            reached = self.reached,
            people = self.people,
            difference = guessed.abs_diff(self.reached),
            more = if self.reached > guessed { "yes" } else { "no" },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    #[test]
    fn the_quiz_guess_is_answered_from_the_scenario() {
        let b = BUILTINS.iter().find(|b| b.slug == "digital-life").unwrap();
        let e = Engine::new(parse(&b.json()).unwrap());
        let guess = e
            .scenario()
            .steps
            .iter()
            .find_map(|st| st.guess)
            .expect("the quiz story asks for a guess");
        let a = answer(&e, guess);
        assert_eq!(a.people, 32);
        assert!(
            a.reached > 3,
            "the quiz reaches more than its three installers"
        );
        assert_eq!(
            a.verdict(3),
            format!(
                "You guessed 3. By {}, {} had reached {} of the 32 people: {} more than you guessed.",
                a.by,
                a.company,
                a.reached,
                a.reached - 3
            )
        );
        assert!(a.verdict(a.reached).ends_with("exactly your guess."));
        assert!(a
            .verdict(a.reached + 2)
            .ends_with("2 fewer than you guessed."));
    }
}

//! What a change of a sandbox did, in words: "Added Ana. +4 people exposed without consent
//! (now 5)." The counts are the page's, at the date, mode and what-ifs the reader is looking
//! at, so the message never counts at another date than the one shown.
//!
//! This module only words the counts it is given; the web layer counts the scenario before the
//! change and after it under the same view.

use crate::core::engine::Exposure;
use crate::core::model::Scenario;
use crate::present::figures::person_figures;

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
    let d = after as i64 - before as i64;
    let effect = match d {
        0 => format!(
            "No change: {after} {} exposed without consent.",
            if after == 1 { "person" } else { "people" }
        ),
        d => format!(
            "{d:+} {} exposed without consent (now {after}).",
            if d.abs() == 1 { "person" } else { "people" }
        ),
    };
    match done {
        Some(done) => format!("{done}. {effect}"),
        None => effect,
    }
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

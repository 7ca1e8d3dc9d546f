//! The story's edits: a step added (at a place in the story), changed in place, moved, removed.
//!
//! A step is for readers and changes no result; its checks are the file's (a title, some
//! text of plain paragraphs, a source the scenario cites, people and companies it has), run by
//! [`super::apply`] on the whole story. Here only what the file cannot say is refused: a place
//! that is not in the story, and a guess about a company the scenario does not have (the
//! model names it by index, and writing the file needs it).

use super::dates::typed_date;
use super::refusal::{refuse, Field, Refusal};
use super::Edit;
use crate::core::model::{Guess, Scenario, Source, Step, WhatIf};

/// Makes the story edit `edit` on `t`.
pub(super) fn apply(t: &mut Scenario, edit: &Edit) -> Result<(), Refusal> {
    let n = t.steps.len();
    let gone = || {
        refuse(
            Field::Index,
            "That step no longer exists; the story changed since this was drawn.",
        )
    };
    match edit {
        Edit::AddStep { at, step } => {
            if *at > n {
                return Err(gone());
            }
            known_company(t, step)?;
            t.steps.insert(*at, step.clone());
        }
        Edit::SetStep { index, step } => {
            known_company(t, step)?;
            *t.steps.get_mut(*index).ok_or_else(gone)? = step.clone();
        }
        Edit::MoveStep { index, to } => {
            if *index >= n || *to >= n {
                return Err(gone());
            }
            let step = t.steps.remove(*index);
            t.steps.insert(*to, step);
        }
        Edit::RemoveStep { index } => {
            if *index >= n {
                return Err(gone());
            }
            t.steps.remove(*index);
        }
        Edit::AddSource {
            title,
            publisher,
            url,
        } => {
            let typed = |x: &Option<String>| {
                x.as_deref()
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
            };
            t.sources.push(Source {
                id: source_id(t, title),
                title: title.trim().to_string(),
                publisher: typed(publisher),
                date: None,
                url: typed(url),
            });
        }
        _ => {}
    }
    Ok(())
}

/// A step as the story's form holds it: words as typed, a date as typed, who or what it
/// points at and the company it asks about by id, the source by id (empty: none).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepDraft {
    /// The title typed.
    pub title: String,
    /// The text typed.
    pub text: String,
    /// The date typed (empty: the scenario's).
    pub date: String,
    /// Who or what the step points at, by id (empty: nobody).
    pub point_at: String,
    /// What else it points at (a step from a file may point at several); kept as it was.
    pub also: Vec<String>,
    /// Whether it shows what companies could have collected.
    pub collected: bool,
    /// Its switches.
    pub what_if: WhatIf,
    /// The source it cites, by id (empty: none).
    pub source: String,
    /// The company its guess asks about, by id (empty: no guess).
    pub guess: String,
    /// The day the guess counts to, as typed.
    pub guess_by: String,
}

impl StepDraft {
    /// The form's fields for `step` of `s`.
    pub fn of(step: &Step, s: &Scenario) -> StepDraft {
        let mut highlight = step.highlight.iter().cloned();
        StepDraft {
            title: step.title.clone(),
            text: step.text.clone(),
            date: step.date.map(|d| d.to_string()).unwrap_or_default(),
            point_at: highlight.next().unwrap_or_default(),
            also: highlight.collect(),
            collected: step.collected,
            what_if: step.what_if.clone(),
            source: step.source.clone().unwrap_or_default(),
            guess: step
                .guess
                .and_then(|g| s.companies.get(g.company.ix()))
                .map(|c| c.id.clone())
                .unwrap_or_default(),
            guess_by: step.guess.map(|g| g.by.to_string()).unwrap_or_default(),
        }
    }

    /// The step these fields make in `s`, or the field at fault: a date that is not one, a
    /// guess without its day or about no company of `s`. What the file's rules say of the
    /// rest is said when the step is added ([`super::apply`]).
    pub fn step(&self, s: &Scenario) -> Result<Step, Refusal> {
        let date = typed_date(&self.date, Field::Date)?;
        let guess = if self.guess.is_empty() {
            None
        } else {
            let company = s.company_by_id(&self.guess).ok_or_else(|| {
                refuse(
                    Field::Company,
                    "Choose a company of this sandbox to ask about.",
                )
            })?;
            let by = typed_date(&self.guess_by, Field::By)?.ok_or_else(|| {
                refuse(
                    Field::By,
                    "Give the day by which the guess counts, as year-month-day.",
                )
            })?;
            Some(Guess { company, by })
        };
        let point_at = (!self.point_at.is_empty()).then(|| self.point_at.clone());
        Ok(Step {
            title: self.title.trim().to_string(),
            text: self.text.trim().to_string(),
            date,
            highlight: point_at
                .into_iter()
                .chain(self.also.iter().cloned())
                .collect(),
            source: (!self.source.is_empty()).then(|| self.source.clone()),
            what_if: WhatIf {
                people: Default::default(),
                ..self.what_if.clone()
            },
            collected: self.collected,
            guess,
        })
    }
}

/// An id for a source titled `title`, unused among the sources of `t`: its words in lower
/// case joined by `-` (at most 40 characters), numbered when taken.
fn source_id(t: &Scenario, title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut base: String = words.join("-").chars().take(40).collect();
    base = base.trim_matches('-').to_string();
    if base.is_empty() {
        base = "source".into();
    }
    let taken = |id: &str| t.sources.iter().any(|s| s.id == id);
    let mut id = base.clone();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Refuses a step whose guess asks about a company `t` does not have.
fn known_company(t: &Scenario, step: &Step) -> Result<(), Refusal> {
    match step.guess {
        Some(g) if g.company.ix() >= t.companies.len() => Err(refuse(
            Field::Company,
            "The company this step asks about is no longer in the sandbox; choose another.",
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use crate::core::model::{CompanyIx, Guess, Step};
    use crate::sandbox::edit::tests::{day, five_people_and_a_quiz};
    use crate::sandbox::edit::{Edit, Field};

    fn step(title: &str) -> Step {
        Step {
            title: title.into(),
            text: "Ana takes a quiz.\n\nHer friends are not asked.".into(),
            date: Some(day("2014-03-01")),
            highlight: vec!["ana".into()],
            source: None,
            what_if: Default::default(),
            collected: true,
            guess: Some(Guess {
                company: CompanyIx(0),
                by: day("2015-01-01"),
            }),
        }
    }

    #[test]
    fn a_story_is_written_moved_and_cut_by_edits_and_saved_whole() {
        let mut h = five_people_and_a_quiz();
        for (at, title) in [(0, "Two"), (0, "One"), (2, "Three")] {
            h.edit(&Edit::AddStep {
                at,
                step: step(title),
            })
            .unwrap();
        }
        let titles = |h: &crate::sandbox::History| -> Vec<String> {
            h.present().steps.iter().map(|s| s.title.clone()).collect()
        };
        assert_eq!(titles(&h), ["One", "Two", "Three"]);
        h.edit(&Edit::MoveStep { index: 2, to: 0 }).unwrap();
        assert_eq!(titles(&h), ["Three", "One", "Two"]);
        let mut changed = step("Three, again");
        changed.collected = false;
        h.edit(&Edit::SetStep {
            index: 0,
            step: changed.clone(),
        })
        .unwrap();
        assert_eq!(h.present().steps[0], changed);
        h.edit(&Edit::RemoveStep { index: 1 }).unwrap();
        assert_eq!(titles(&h), ["Three, again", "Two"]);
        h.undo();
        assert_eq!(titles(&h), ["Three, again", "One", "Two"]);
        let s = h.present();
        let back = crate::files::scenario::parse(&crate::files::scenario::to_json(s)).unwrap();
        assert_eq!(&back, s);
        assert_eq!(
            &crate::files::link::unpack(&crate::files::link::pack(s)).unwrap(),
            s
        );
    }

    #[test]
    fn a_bad_step_is_refused_at_its_field_and_changes_nothing() {
        let mut h = five_people_and_a_quiz();
        h.edit(&Edit::AddStep {
            at: 0,
            step: step("One"),
        })
        .unwrap();
        let before = h.clone();
        let with = |f: &dyn Fn(&mut Step)| {
            let mut s = step("Two");
            f(&mut s);
            s
        };
        let cases = [
            (
                Edit::AddStep {
                    at: 5,
                    step: step("Far"),
                },
                Field::Index,
                "no longer exists",
            ),
            (
                Edit::SetStep {
                    index: 3,
                    step: step("Far"),
                },
                Field::Index,
                "no longer exists",
            ),
            (
                Edit::MoveStep { index: 0, to: 1 },
                Field::Index,
                "no longer exists",
            ),
            (
                Edit::RemoveStep { index: 1 },
                Field::Index,
                "no longer exists",
            ),
            (
                Edit::AddStep {
                    at: 1,
                    step: with(&|s| s.title = " ".into()),
                },
                Field::Title,
                "cannot be empty",
            ),
            (
                Edit::AddStep {
                    at: 1,
                    step: with(&|s| s.text = "\n\n".into()),
                },
                Field::Text,
                "needs some text",
            ),
            (
                Edit::AddStep {
                    at: 1,
                    step: with(&|s| s.text = "x".repeat(4001)),
                },
                Field::Text,
                "at most 4000",
            ),
            (
                Edit::AddStep {
                    at: 1,
                    step: with(&|s| s.text = "a\u{7}b".into()),
                },
                Field::Text,
                "control character",
            ),
            (
                Edit::AddStep {
                    at: 1,
                    step: with(&|s| s.highlight = vec!["zed".into()]),
                },
                Field::Highlight,
                "`zed`",
            ),
            (
                Edit::AddStep {
                    at: 1,
                    step: with(&|s| s.source = Some("press".into())),
                },
                Field::Source,
                "`press`",
            ),
            (
                Edit::AddStep {
                    at: 1,
                    step: with(&|s| {
                        s.guess = Some(Guess {
                            company: CompanyIx(9),
                            by: day("2015-01-01"),
                        })
                    }),
                },
                Field::Company,
                "no longer in the sandbox",
            ),
        ];
        for (edit, field, words) in cases {
            let r = h.edit(&edit).expect_err(&format!("{edit:?} was accepted"));
            assert_eq!(r.field, field, "{edit:?}: {r:?}");
            assert!(r.message.contains(words), "{edit:?}: {r:?}");
            assert_eq!(h, before, "a refused edit changed the history");
        }
    }

    #[test]
    fn a_step_goes_through_its_form_and_back_and_a_typo_is_refused_at_its_field() {
        use crate::sandbox::edit::story::StepDraft;
        let h = five_people_and_a_quiz();
        let s = h.present();
        let mut st = step("One");
        st.highlight.push("quiz".into());
        let draft = StepDraft::of(&st, s);
        assert_eq!(
            (draft.point_at.as_str(), draft.guess.as_str()),
            ("ana", "quiz")
        );
        assert_eq!(draft.step(s), Ok(st));
        let bad = |f: &dyn Fn(&mut StepDraft)| {
            let mut d = draft.clone();
            f(&mut d);
            d.step(s).unwrap_err().field
        };
        assert_eq!(bad(&|d| d.date = "2014-02-30".into()), Field::Date);
        assert_eq!(bad(&|d| d.guess_by = String::new()), Field::By);
        assert_eq!(bad(&|d| d.guess = "nobody".into()), Field::Company);
        let mut plain = draft.clone();
        (plain.guess, plain.source, plain.point_at, plain.also) =
            (String::new(), String::new(), String::new(), vec![]);
        let made = plain.step(s).unwrap();
        assert_eq!(
            (made.guess, made.source, made.highlight.len()),
            (None, None, 0)
        );
    }

    #[test]
    fn a_source_is_added_for_steps_to_cite_and_a_bad_address_is_refused() {
        let mut h = five_people_and_a_quiz();
        let add = |title: &str, url: Option<&str>| Edit::AddSource {
            title: title.into(),
            publisher: Some(" The Example Gazette ".into()),
            url: url.map(str::to_string),
        };
        h.edit(&add("Quizzes & friends", Some("https://example.org/quiz")))
            .unwrap();
        h.edit(&add("Quizzes & friends", None)).unwrap();
        let ids: Vec<&str> = h.present().sources.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["quizzes-friends", "quizzes-friends-2"]);
        assert_eq!(
            h.present().sources[0].publisher.as_deref(),
            Some("The Example Gazette")
        );
        let mut cites = step("Cites");
        cites.source = Some("quizzes-friends".into());
        h.edit(&Edit::AddStep { at: 0, step: cites }).unwrap();
        let before = h.clone();
        for (edit, field) in [
            (add("Bad", Some("javascript:alert(1)")), Field::Url),
            (add(" ", None), Field::Title),
        ] {
            assert_eq!(h.edit(&edit).unwrap_err().field, field, "{edit:?}");
            assert_eq!(h, before);
        }
    }

    #[test]
    fn removing_a_company_takes_its_guesses_with_it() {
        let mut h = five_people_and_a_quiz();
        h.edit(&Edit::AddCompany {
            id: "broker".into(),
            name: "Broker".into(),
            kind: crate::core::model::CompanyKind::Broker,
        })
        .unwrap();
        let mut about_broker = step("Broker");
        about_broker.guess = Some(Guess {
            company: CompanyIx(1),
            by: day("2015-01-01"),
        });
        h.edit(&Edit::AddStep {
            at: 0,
            step: about_broker,
        })
        .unwrap();
        h.edit(&Edit::AddStep {
            at: 1,
            step: step("Quiz"),
        })
        .unwrap();
        h.edit(&Edit::RemoveCompany { id: "quiz".into() }).unwrap();
        let s = h.present();
        assert_eq!(
            s.steps[0].guess.map(|g| g.company),
            Some(CompanyIx(0)),
            "the broker moved up"
        );
        assert_eq!(s.steps[1].guess, None, "the quiz's guess went with it");
    }
}

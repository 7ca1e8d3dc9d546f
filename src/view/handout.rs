//! A story as a handout: one page per step, each with the step's words, its picture drawn for
//! paper (the SVG export's rings and lines, told apart by their dashes, not only by colour),
//! its figures, its source and the address that opens it live.
//!
//! Each page is derived as the page derives the step's view ([`crate::view::derive`]: the
//! scenario under the step's switches, evaluated on its date in its view, drawn with its
//! highlights), so the handout says what the screen says at that step. What is printed, and
//! when, is the web layer's business.

use std::rc::Rc;

use crate::core::engine::{Engine, Mode};
use crate::core::model::Source;
use crate::present::export::{self, source_lines};
use crate::present::layout::{Layout, BIG};
use crate::present::scene::Focus;
use crate::present::story::{paragraphs, position, too_big_to_print, what_if_words, when};
use crate::view::derive::{evaluate, scene, variant};

/// One page of the handout.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// "Step 1 of 3".
    pub position: String,
    /// The step's title.
    pub title: String,
    /// Its text, a paragraph each.
    pub paragraphs: Vec<String>,
    /// The date it shows and its view, in words: "2014-06-01: what companies can see on this
    /// date".
    pub when: String,
    /// Its switches in words, when any is on.
    pub what_if: Option<String>,
    /// The picture as SVG markup (every text in it escaped), or why there is none.
    pub picture: Result<String, String>,
    /// Each company's name, people reached, people who said yes, people reached without.
    pub figures: Vec<(String, u32, u32, u32)>,
    /// The step's source.
    pub source: Option<Source>,
    /// The address that opens the step live.
    pub address: String,
}

/// The handout of `base`'s story, its pictures placed by `layout`; `address(i)` is the
/// address that opens step `i`.
pub fn handout(
    base: &Rc<Engine>,
    layout: &Layout,
    address: impl Fn(usize) -> String,
) -> Vec<Sheet> {
    let s = base.scenario();
    let n = s.steps.len();
    s.steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let date = step.date.unwrap_or(s.date);
            let mode = if step.collected {
                Mode::Collected
            } else {
                Mode::Access
            };
            let v = variant(base, &step.what_if);
            let e = evaluate(base, &v, &step.what_if, date, mode);
            let picture = if s.people.len() > BIG {
                Err(too_big_to_print(s.people.len()))
            } else {
                let focus = Focus {
                    selected: None,
                    highlight: step.highlight.clone(),
                };
                let drawn = scene(base, &v, &e, layout, &focus);
                let sources = source_lines(&s.sources);
                Ok(export::svg(
                    (&drawn, layout),
                    &step.title,
                    &export::subtitle(date, mode),
                    &sources,
                ))
            };
            let vs = v.engine.scenario();
            Sheet {
                position: position(i, n),
                title: step.title.clone(),
                paragraphs: paragraphs(&step.text),
                when: when(&date.to_string(), step),
                what_if: what_if_words(&step.what_if),
                picture,
                figures: e
                    .figures
                    .companies
                    .iter()
                    .map(|f| {
                        let name = vs.company(f.company).name.clone();
                        (name, f.reached, f.consented, f.without_consent)
                    })
                    .collect(),
                source: step.source.as_deref().and_then(|id| s.source(id)).cloned(),
                address: address(i),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::{self, BUILTINS};
    use crate::view::page::Location;

    #[test]
    fn each_built_in_story_prints_a_page_per_step_saying_what_the_screen_says() {
        for (b, built) in BUILTINS.iter().enumerate() {
            let s = builtin::scenario_or_first(b);
            let base = Rc::new(Engine::new(s.clone()));
            let layout = crate::present::layout::layout(&s);
            let address = |i: usize| format!("#scenario={}&step={}", built.slug, i + 1);
            let sheets = handout(&base, &layout, address);
            assert_eq!(sheets.len(), s.steps.len());
            for (i, sheet) in sheets.iter().enumerate() {
                let screen = crate::view::screen::screen(
                    &Location {
                        hash: sheet.address.clone(),
                        embed: false,
                    },
                    None,
                )
                .unwrap();
                assert_eq!(screen.step, Some(i + 1));
                let figures: Vec<_> = screen
                    .companies
                    .iter()
                    .map(|c| (c.name.clone(), c.reached, c.said_yes, c.never_said_yes))
                    .collect();
                assert_eq!(sheet.figures, figures, "{}", sheet.address);
                assert!(sheet.when.starts_with(&screen.date));
                let svg = sheet.picture.as_ref().unwrap();
                assert!(svg.starts_with("<svg") && svg.contains("stroke-dasharray"));
                assert_eq!(
                    sheet.position,
                    format!("Step {} of {}", i + 1, s.steps.len())
                );
            }
        }
    }

    #[test]
    fn a_network_too_big_to_draw_prints_its_figures_without_pictures() {
        let mut s = crate::sandbox::starter::one_quiz_five_friends(
            crate::core::date::Date::parse("2014-01-01").unwrap(),
        )
        .unwrap();
        let person = s.people[0].clone();
        for i in 0..=BIG {
            let mut p = person.clone();
            p.id = format!("extra-{i}");
            s.people.push(p);
        }
        s.steps = crate::files::scenario::parse(&BUILTINS[0].json())
            .unwrap()
            .steps;
        s.steps.iter_mut().for_each(|st| {
            st.highlight.clear();
            st.source = None;
            st.guess = None;
        });
        let base = Rc::new(Engine::new(Rc::new(s.clone())));
        let layout = Layout {
            people: vec![crate::present::layout::Point { x: 0.0, y: 0.0 }; s.people.len()],
            companies: vec![crate::present::layout::Point { x: 0.0, y: 0.0 }; s.companies.len()],
        };
        let sheets = handout(&base, &layout, |_| String::new());
        assert!(sheets
            .iter()
            .all(|p| p.picture.as_ref().is_err_and(|e| e.contains("too many"))));
    }
}

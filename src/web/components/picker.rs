//! A searchable picker for a form's person or company on a big network, where a drop-down of
//! every person (thousands of options) could be neither read nor scrolled: the page's
//! [`Combobox`] over the form's choices. Matching is blind to case and accents
//! ([`crate::present::paging::filter`]); a name typed out in full chooses its person.

use std::rc::Rc;

use yew::prelude::*;

use super::combobox::{Choice, Combobox, Finder, Matches};
use crate::present::paging::{filter, fold};

/// How many matches the list shows at most.
const SHOWN: usize = 12;

/// The picker's inputs.
#[derive(Properties, PartialEq)]
pub struct PickerProps {
    /// The text box's id.
    pub id: String,
    /// The words before it.
    pub label: String,
    /// Its name where the words around it give it none.
    pub name: Option<String>,
    /// Everyone to choose from: (id, name).
    pub choices: Rc<Vec<(String, String)>>,
    /// The id chosen, or empty.
    pub value: String,
    /// Called with the id chosen (empty when the text no longer names anyone).
    pub on_pick: Callback<String>,
    /// `aria-invalid` when the form's refusal points here.
    pub invalid: Option<&'static str>,
}

#[component]
pub fn Picker(props: &PickerProps) -> Html {
    let find = use_memo(props.choices.clone(), |choices| {
        let choices = choices.clone();
        Finder(Rc::new(move |q: &str| {
            let all = filter(choices.iter().map(|(_, n)| n.as_str()), q);
            Matches {
                total: all.len(),
                shown: all
                    .into_iter()
                    .take(SHOWN)
                    .map(|i| Choice {
                        key: choices[i].0.clone(),
                        name: choices[i].1.clone(),
                        kind: None,
                    })
                    .collect(),
            }
        }))
    });
    let resting = props
        .choices
        .iter()
        .find(|(id, _)| *id == props.value)
        .map(|(_, n)| n.clone())
        .unwrap_or_default();
    // A name typed out in full chooses its person, as long as it names only one; any other
    // text chooses nobody.
    let on_type = {
        let (on_pick, choices) = (props.on_pick.clone(), props.choices.clone());
        Callback::from(move |q: String| {
            let exact: Vec<&(String, String)> = choices
                .iter()
                .filter(|(_, n)| !q.trim().is_empty() && fold(n) == fold(&q))
                .collect();
            on_pick.emit(match exact.as_slice() {
                [(id, _)] => id.clone(),
                _ => String::new(),
            });
        })
    };
    html! {
        <Combobox id={props.id.clone()} prefix={props.id.clone()} label={props.label.clone()}
            name={props.name.clone()} invalid={props.invalid} class="picker" {resting}
            find={(*find).clone()} on_choose={props.on_pick.clone()} {on_type} />
    }
}

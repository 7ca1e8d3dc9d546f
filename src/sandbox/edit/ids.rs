//! Ids and names: a new node's id made from its name, a name already in use, and the person or
//! company an edit names by id (or a refusal at the form's field when there is none).
//!
//! A reader names people and companies by id, as the scenario file does; the scenario's indices
//! stay inside the sandbox. Whether an id is well formed is the file's rule
//! ([`crate::files::scenario::check`]), not checked again here.

use super::refusal::{refuse, Field, Refusal};
use crate::core::model::{CompanyIx, PersonIx, Scenario};
use crate::say;

/// An id for a new node from its name: lower case letters and digits, unique in `s`.
pub fn new_id(s: &Scenario, name: &str) -> String {
    let mut base: String = name
        .chars()
        .filter_map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() {
                Some(c)
            } else if c == ' ' || c == '-' || c == '_' {
                Some('-')
            } else {
                None
            }
        })
        .collect();
    base = base.trim_matches('-').chars().take(40).collect();
    if base.is_empty() {
        base = "node".into();
    }
    let used = |id: &str| s.person_by_id(id).is_some() || s.company_by_id(id).is_some();
    if !used(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !used(id))
        .unwrap_or(base)
}

/// A warning when `name` is already a person's or a company's (whatever the case, and spaces
/// at the ends): two nodes of one name are easy to mix up on the graph and in every list, so
/// the forms ask before adding a second.
pub fn name_in_use(s: &Scenario, name: &str) -> Option<String> {
    let wanted = name.trim().to_lowercase();
    if wanted.is_empty() {
        return None;
    }
    let same = |n: &str| n.trim().to_lowercase() == wanted;
    if let Some(p) = s.people.iter().find(|p| same(&p.name)) {
        return Some(say!("name-taken-person", name = p.name.as_str()));
    }
    s.companies
        .iter()
        .find(|c| same(&c.name))
        .map(|c| say!("name-taken-company", name = c.name.as_str()))
}

/// The person with this id, or a refusal at `field`.
pub(super) fn person(s: &Scenario, id: &str, field: Field) -> Result<PersonIx, Refusal> {
    if id.is_empty() {
        return Err(refuse(field, say!("refuse-choose-person")));
    }
    s.person_by_id(id)
        .ok_or_else(|| refuse(field, say!("refuse-person-gone")))
}

/// The company with this id, or a refusal at `field`.
pub(super) fn company(s: &Scenario, id: &str, field: Field) -> Result<CompanyIx, Refusal> {
    if id.is_empty() {
        return Err(refuse(field, say!("refuse-choose-company")));
    }
    s.company_by_id(id)
        .ok_or_else(|| refuse(field, say!("refuse-company-gone")))
}

/// Refuses an id that a person or a company already has.
pub(super) fn unused_id(s: &Scenario, id: &str) -> Result<(), Refusal> {
    let owner = s
        .people
        .iter()
        .map(|p| (&p.id, &p.name))
        .chain(s.companies.iter().map(|c| (&c.id, &c.name)))
        .find(|(i, _)| i.as_str() == id);
    match owner {
        Some((_, owner)) => Err(refuse(
            Field::Id,
            say!("refuse-id-taken", id = id, owner = owner.as_str()),
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::edit::tests::five_people_and_a_quiz;

    #[test]
    fn new_ids_come_from_names_and_stay_unique() {
        let h = five_people_and_a_quiz();
        assert_eq!(new_id(h.present(), "Dan O'Neil"), "dan-oneil");
        assert_eq!(new_id(h.present(), "Ana"), "ana-2");
        assert_eq!(new_id(h.present(), "???"), "node");
    }
}

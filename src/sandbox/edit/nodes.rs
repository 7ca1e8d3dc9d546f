//! Edits of people and companies: adding, renaming, a person's settings, and removing one with
//! everything that hangs on them.
//!
//! Removing a node removes the friendships, grants, deals and transfers that name it and
//! renumbers the nodes after it, so every index left points where it did; a story step's
//! highlights forget its id. The checks of the result are the file's, run by [`super::apply`].

use super::ids::{company, person, unused_id};
use super::refusal::{Field, Refusal};
use super::Edit;
use crate::core::model::{Company, CompanyIx, Person, PersonIx, Scenario, Settings};

/// Makes `edit`, an edit of a person or a company, in `t`, a copy of `s`.
pub(super) fn apply(s: &Scenario, t: &mut Scenario, edit: &Edit) -> Result<(), Refusal> {
    match edit {
        Edit::AddPerson { id, name } => {
            unused_id(s, id)?;
            t.people.push(Person {
                id: id.clone(),
                name: name.clone(),
                platform_apps: Settings::DEFAULT.platform_apps,
                apps_others_use: Settings::DEFAULT.apps_others_use,
            });
        }
        Edit::AddCompany { id, name, kind } => {
            unused_id(s, id)?;
            t.companies.push(Company {
                id: id.clone(),
                name: name.clone(),
                kind: *kind,
            });
        }
        Edit::RenamePerson { id, name } => {
            t.people[person(s, id, Field::Id)?.ix()].name = name.clone()
        }
        Edit::RenameCompany { id, name } => {
            t.companies[company(s, id, Field::Id)?.ix()].name = name.clone()
        }
        Edit::SetSettings {
            id,
            platform_apps,
            apps_others_use,
        } => {
            let p = &mut t.people[person(s, id, Field::Id)?.ix()];
            p.platform_apps = *platform_apps;
            p.apps_others_use = *apps_others_use;
        }
        Edit::RemovePerson { id } => remove_person(t, person(s, id, Field::Id)?, id),
        Edit::RemoveCompany { id } => remove_company(t, company(s, id, Field::Id)?, id),
        // Other families' edits: `super::apply` hands this one only its own.
        _ => {}
    }
    Ok(())
}

/// Removes person `p` (whose id is `id`) and the friendships and grants that name them, and
/// renumbers the people after them.
fn remove_person(t: &mut Scenario, p: PersonIx, id: &str) {
    t.friendships.retain(|f| !f.between.contains(&p));
    t.grants.retain(|g| g.person != p);
    t.people.remove(p.ix());
    for f in &mut t.friendships {
        for q in &mut f.between {
            if q.0 > p.0 {
                q.0 -= 1;
            }
        }
    }
    for g in &mut t.grants {
        if g.person.0 > p.0 {
            g.person.0 -= 1;
        }
    }
    for st in &mut t.steps {
        st.highlight.retain(|h| h != id);
        st.what_if.people.clear();
    }
}

/// Removes company `c` (whose id is `id`) and the grants, deals and transfers that name it, and
/// renumbers the companies after it.
fn remove_company(t: &mut Scenario, c: CompanyIx, id: &str) {
    t.grants.retain(|g| g.company != c);
    t.agreements.retain(|a| a.company != c);
    t.transfers
        .retain(|tr| tr.from_company != c && tr.to_company != c);
    t.companies.remove(c.ix());
    let shift = |x: &mut CompanyIx| {
        if x.0 > c.0 {
            x.0 -= 1;
        }
    };
    t.grants.iter_mut().for_each(|g| shift(&mut g.company));
    t.agreements.iter_mut().for_each(|a| shift(&mut a.company));
    t.transfers.iter_mut().for_each(|tr| {
        shift(&mut tr.from_company);
        shift(&mut tr.to_company);
    });
    for st in &mut t.steps {
        st.highlight.retain(|h| h != id);
        // A guess about the company goes with it; one about a company after it follows it.
        st.guess = st.guess.filter(|g| g.company != c);
        if let Some(g) = &mut st.guess {
            shift(&mut g.company);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::core::date::Interval;
    use crate::core::model::PersonIx;
    use crate::sandbox::edit::tests::five_people_and_a_quiz;
    use crate::sandbox::edit::Edit;

    #[test]
    fn removing_a_person_removes_what_names_them() {
        let mut h = five_people_and_a_quiz();
        h.edit(&Edit::RemovePerson { id: "ana".into() }).unwrap();
        let s = h.present();
        assert_eq!(s.people.len(), 2);
        assert!(s.friendships.is_empty() && s.grants.is_empty());
        h.edit(&Edit::AddFriendship {
            a: "ben".into(),
            b: "cat".into(),
            messages: false,
            interval: Interval::ALWAYS,
        })
        .unwrap();
        h.edit(&Edit::RemoveCompany { id: "quiz".into() }).unwrap();
        assert_eq!(
            h.present().friendships[0].between,
            [PersonIx(0), PersonIx(1)]
        );
    }
}

//! Edits of what holds between nodes for a while: friendships, grants, deals and transfers.
//! Each is added whole, checked against the nodes it names; later its period or (for a grant)
//! what it asks for may change, or it may go.
//!
//! Entries are picked by their place in the scenario's list, as the editor's lists show them;
//! a place that is gone since the list was drawn is refused at [`Field::Index`]. The checks
//! here are the ones a form needs said in its own words (a friendship with oneself, a transfer
//! to the same company, a grant of nothing); every other rule is the file's, run by
//! [`super::apply`].

use super::dates::overlaps;
use super::ids::{company, person};
use super::refusal::{refuse, Field, Refusal};
use super::{Edit, Timed};
use crate::core::date::Interval;
use crate::core::model::{Agreement, CategorySet, Friendship, Grant, Scenario, Scope, Transfer};
use crate::say;

/// Adds the entry `edit` adds to `t`, a copy of `s`.
pub(super) fn add(s: &Scenario, t: &mut Scenario, edit: &Edit) -> Result<(), Refusal> {
    match edit {
        Edit::AddFriendship {
            a,
            b,
            messages,
            interval,
        } => t
            .friendships
            .push(friendship(s, a, b, *messages, interval)?),
        Edit::AddGrant {
            person: p,
            company: c,
            scopes,
            explicit,
            interval,
        } => t.grants.push(grant(s, p, c, scopes, *explicit, interval)?),
        Edit::AddAgreement {
            company: c,
            friend_data,
            ignores_settings,
            all_users,
            interval,
        } => t.agreements.push(agreement(
            s,
            c,
            (*friend_data, *all_users),
            *ignores_settings,
            interval,
        )?),
        Edit::AddTransfer {
            from,
            to,
            categories,
            interval,
        } => t
            .transfers
            .push(transfer(s, from, to, *categories, interval)?),
        // Other families' edits: `super::apply` hands this one only its own.
        _ => {}
    }
    Ok(())
}

/// Changes or removes the entry `edit` picks in `t`.
pub(super) fn change(t: &mut Scenario, edit: &Edit) -> Result<(), Refusal> {
    match edit {
        Edit::SetInterval {
            what,
            index,
            interval,
        } => *interval_of(t, *what, *index)? = *interval,
        Edit::SetScopes { index, scopes } => {
            if scopes.is_empty() {
                return Err(refuse(Field::Scopes, say!("refuse-no-scopes")));
            }
            let grant = t
                .grants
                .get_mut(*index)
                .ok_or_else(|| refuse(Field::Index, say!("refuse-sign-in-gone")))?;
            grant.scopes = scopes.clone();
        }
        Edit::RemoveFriendship { index } => remove(&mut t.friendships, *index)?,
        Edit::RemoveGrant { index } => remove(&mut t.grants, *index)?,
        Edit::RemoveAgreement { index } => remove(&mut t.agreements, *index)?,
        Edit::RemoveTransfer { index } => remove(&mut t.transfers, *index)?,
        // Other families' edits: `super::apply` hands this one only its own.
        _ => {}
    }
    Ok(())
}

/// A new friendship of `a` and `b`, unless it is with themselves or they are already friends
/// for part of `interval`.
fn friendship(
    s: &Scenario,
    a: &str,
    b: &str,
    messages: bool,
    interval: &Interval,
) -> Result<Friendship, Refusal> {
    let (pa, pb) = (person(s, a, Field::Between)?, person(s, b, Field::Between)?);
    if pa == pb {
        return Err(refuse(
            Field::Between,
            say!("refuse-self-friend", person = s.person(pa).name.as_str()),
        ));
    }
    let overlapping = s.friendships.iter().any(|f| {
        (f.between == [pa, pb] || f.between == [pb, pa]) && overlaps(&f.interval, interval)
    });
    if overlapping {
        return Err(refuse(
            Field::Between,
            say!(
                "refuse-already-friends",
                first = s.person(pa).name.as_str(),
                second = s.person(pb).name.as_str(),
            ),
        ));
    }
    Ok(Friendship {
        between: [pa, pb],
        messages,
        interval: *interval,
    })
}

/// A new grant of at least one scope.
fn grant(
    s: &Scenario,
    person_id: &str,
    company_id: &str,
    scopes: &[Scope],
    explicit: bool,
    interval: &Interval,
) -> Result<Grant, Refusal> {
    let p = person(s, person_id, Field::Person)?;
    let c = company(s, company_id, Field::Company)?;
    if scopes.is_empty() {
        return Err(refuse(Field::Scopes, say!("refuse-no-scopes")));
    }
    Ok(Grant {
        person: p,
        company: c,
        scopes: scopes.to_vec(),
        explicit,
        interval: *interval,
        source: None,
    })
}

/// A new deal with the company `company_id` that gives something: friends' data
/// (`friend_data`), data of every user (`all_users`), or both.
fn agreement(
    s: &Scenario,
    company_id: &str,
    (friend_data, all_users): (CategorySet, CategorySet),
    ignores_settings: bool,
    interval: &Interval,
) -> Result<Agreement, Refusal> {
    let c = company(s, company_id, Field::Company)?;
    if friend_data.is_empty() && all_users.is_empty() {
        return Err(refuse(Field::FriendData, say!("refuse-empty-deal")));
    }
    Ok(Agreement {
        company: c,
        friend_data,
        ignores_settings,
        all_users,
        interval: *interval,
        source: None,
    })
}

/// A new transfer between two different companies, of at least one category.
fn transfer(
    s: &Scenario,
    from: &str,
    to: &str,
    categories: CategorySet,
    interval: &Interval,
) -> Result<Transfer, Refusal> {
    let (a, b) = (
        company(s, from, Field::FromCompany)?,
        company(s, to, Field::ToCompany)?,
    );
    if a == b {
        return Err(refuse(Field::ToCompany, say!("refuse-same-company")));
    }
    if categories.is_empty() {
        return Err(refuse(Field::Categories, say!("refuse-no-categories")));
    }
    Ok(Transfer {
        from_company: a,
        to_company: b,
        categories,
        interval: *interval,
        source: None,
    })
}

/// Where the interval of the entry `what` at `index` is kept.
fn interval_of(t: &mut Scenario, what: Timed, index: usize) -> Result<&mut Interval, Refusal> {
    let slot = match what {
        Timed::Friendship => t.friendships.get_mut(index).map(|f| &mut f.interval),
        Timed::Grant => t.grants.get_mut(index).map(|g| &mut g.interval),
        Timed::Agreement => t.agreements.get_mut(index).map(|a| &mut a.interval),
        Timed::Transfer => t.transfers.get_mut(index).map(|tr| &mut tr.interval),
    };
    slot.ok_or_else(|| refuse(Field::Index, say!("refuse-entry-gone")))
}

/// Removes the entry at `index` of `list`, or refuses when there is none.
fn remove<T>(list: &mut Vec<T>, index: usize) -> Result<(), Refusal> {
    if index < list.len() {
        list.remove(index);
        Ok(())
    } else {
        Err(refuse(Field::Index, say!("refuse-entry-gone")))
    }
}

#[cfg(test)]
mod tests {
    use crate::core::date::Interval;
    use crate::core::model::CategorySet;
    use crate::sandbox::edit::tests::five_people_and_a_quiz;
    use crate::sandbox::edit::{Edit, Field};

    #[test]
    fn a_transfer_is_refused_at_the_company_picker_the_editor_marks() {
        // The editor marks its "from" picker for `Field::FromCompany` and its "to" picker for
        // `Field::ToCompany`: a refusal about either company must name that field.
        let mut h = five_people_and_a_quiz();
        let transfer = |from: &str, to: &str| Edit::AddTransfer {
            from: from.into(),
            to: to.into(),
            categories: CategorySet::ALL,
            interval: Interval::ALWAYS,
        };
        for (edit, field) in [
            (transfer("nobody", "quiz"), Field::FromCompany),
            (transfer("ana", "quiz"), Field::FromCompany),
            (transfer("quiz", "nobody"), Field::ToCompany),
            (transfer("quiz", "quiz"), Field::ToCompany),
        ] {
            let r = h.edit(&edit).expect_err(&format!("{edit:?} was accepted"));
            assert_eq!(r.field, field, "{edit:?}: {r:?}");
        }
        assert_eq!(Field::FromCompany.as_str(), "from_company");
    }
}

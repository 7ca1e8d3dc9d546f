//! The edits that apply a rule in bulk (a quiz installed by a share of people, a share
//! narrowing "Apps others use", a deal over everyone), and their refusals in words.
//!
//! What a rule does, and who is in a share, is [`crate::sandbox::bulk`]'s: it answers with a
//! fault, which is put in words here, at the form's field.

use super::refusal::{refuse, Field, Refusal};
use super::Edit;
use crate::core::model::Scenario;
use crate::sandbox::bulk;
use crate::say;

/// Applies the rule in bulk `edit` asks for to `t`.
pub(super) fn apply(t: &mut Scenario, edit: &Edit) -> Result<(), Refusal> {
    match edit {
        Edit::QuizByShare {
            id,
            name,
            scopes,
            percent,
            seed,
            interval,
        } => {
            bulk::quiz(t, (id, name), scopes, (*percent, *seed), interval).map_err(bulk_refusal)?
        }
        Edit::NarrowByShare {
            percent,
            seed,
            keep,
        } => bulk::narrow(t, (*percent, *seed), *keep).map_err(bulk_refusal)?,
        Edit::DealOverEveryone {
            id,
            name,
            all_users,
            interval,
        } => bulk::deal_over_everyone(t, (id, name), *all_users, interval).map_err(bulk_refusal)?,
        // Other families' edits: `super::apply` hands this one only its own.
        _ => {}
    }
    Ok(())
}

/// Why a rule in bulk was refused, in words, at its field.
fn bulk_refusal(fault: bulk::Fault) -> Refusal {
    match fault {
        bulk::Fault::Nobody => refuse(Field::Share, say!("bulk-refuse-nobody")),
        bulk::Fault::Share(p) => refuse(Field::Share, say!("bulk-refuse-share", share = p)),
        bulk::Fault::NoScopes => refuse(Field::Scopes, say!("bulk-refuse-no-scopes")),
        bulk::Fault::NoData => refuse(Field::AllUsers, say!("bulk-refuse-no-data")),
        bulk::Fault::PersonsId(id) => {
            refuse(Field::Id, say!("bulk-refuse-person-id", id = id.as_str()))
        }
    }
}

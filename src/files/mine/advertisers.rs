//! Advertisers who hold a list with your information. Two files:
//!
//! - `advertisers_who_uploaded_a_contact_list_with_your_information.json` (under
//!   `ads_and_businesses/`, later `ads_information/`): `custom_audiences` or
//!   `custom_audiences_v2`, a list of names. Each uploaded a list with your information.
//! - `ads_information/advertisers_using_your_activity_or_information.json`:
//!   `custom_audiences_all_types_v2`, a list of `{advertiser_name,
//!   has_data_file_custom_audience, has_remarketing_custom_audience, has_in_person_store_visit}`;
//!   the first flag says the advertiser used a list (a "data file") with your information.
//!
//! Newer exports write either as `{label_values: [{label, vec: [{value: name}, ...]}, ...]}`:
//! groups of names under labels in the account's language. They come in the order of the
//! flags above, so in the second file the first group is the advertisers who used a list; in
//! the first file every group uploaded one. This is read from the structure, not the words.

use serde::Deserialize;

use super::json::{self, repair, Named};
use super::Rows;
use crate::core::mine::Advertiser;
use crate::say;

#[derive(Deserialize)]
struct File {
    custom_audiences: Option<Vec<Named>>,
    custom_audiences_v2: Option<Vec<Named>>,
    custom_audiences_all_types_v2: Option<Vec<Using>>,
    label_values: Option<Vec<Group>>,
}

#[derive(Deserialize)]
struct Using {
    advertiser_name: Option<String>,
    name: Option<String>,
    has_data_file_custom_audience: Option<bool>,
}

#[derive(Deserialize)]
struct Group {
    vec: Option<Vec<Named>>,
}

/// Which of the two files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Which {
    /// Advertisers who uploaded a contact list with your information.
    Uploaded,
    /// Advertisers using your activity or information.
    Using,
}

/// The advertisers in `bytes`, in the file's order; rows without a name are counted, not kept.
pub(super) fn read(bytes: &[u8], which: Which) -> Result<Rows<Advertiser>, String> {
    if json::starts_with_list(bytes) {
        return Err(say!("export-advertisers-list"));
    }
    let file: File = json::parse(bytes)?;
    let mut found: Vec<(Option<String>, bool)> = Vec::new();
    let mut any = false;
    for list in [file.custom_audiences, file.custom_audiences_v2]
        .into_iter()
        .flatten()
    {
        any = true;
        found.extend(list.into_iter().map(|n| (n.0, true)));
    }
    if let Some(list) = file.custom_audiences_all_types_v2 {
        any = true;
        found.extend(list.into_iter().map(|u| {
            let with_a_list =
                which == Which::Uploaded || u.has_data_file_custom_audience == Some(true);
            (u.advertiser_name.or(u.name), with_a_list)
        }));
    }
    if let Some(groups) = file.label_values {
        any = true;
        for (i, group) in groups.into_iter().enumerate() {
            let with_a_list = which == Which::Uploaded || i == 0;
            found.extend(group.vec.into_iter().flatten().map(|n| (n.0, with_a_list)));
        }
    }
    if !any {
        return Err(match which {
            Which::Uploaded => say!("export-no-uploaded-lists"),
            Which::Using => say!("export-no-using-lists"),
        });
    }
    let mut out = Rows::default();
    for (name, with_a_list) in found {
        match name.map(repair).filter(|n| !n.trim().is_empty()) {
            Some(name) => out.rows.push(Advertiser { name, with_a_list }),
            None => out.unnamed += 1,
        }
    }
    Ok(out)
}

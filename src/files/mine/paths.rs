//! Which file of an export is which: by its name and its folder, as the export's eras have
//! laid them out, whatever wraps them (`facebook-name/`, a folder the reader picked, nothing
//! for a file dropped alone). Mac copies (`__MACOSX/`, `._name`) are never read; `no-data.txt`
//! says a section is empty; `.html` files are how an HTML export is told apart.

use crate::core::mine::List;

/// The files read, by their folder and name: each era's place for each kind.
const KNOWN: [(&str, &str, List); 13] = [
    ("friends", "friends.json", List::Friends),
    ("friends_and_followers", "friends.json", List::Friends),
    ("friends", "your_friends.json", List::Friends),
    ("apps_and_websites", "apps_and_websites.json", List::Apps),
    (OFF_FACEBOOK, "apps_and_websites.json", List::Apps),
    (OFF_FACEBOOK, "connected_apps_and_websites.json", List::Apps),
    (ADS, "your_off-facebook_activity.json", List::OffMeta),
    (
        OFF_FACEBOOK,
        "your_off-facebook_activity.json",
        List::OffMeta,
    ),
    (
        OFF_FACEBOOK,
        "your_activity_off_meta_technologies.json",
        List::OffMeta,
    ),
    (ADS, UPLOADED, List::Uploaded),
    (ADS_INFORMATION, UPLOADED, List::Uploaded),
    (ADS_INFORMATION, USING, List::Using),
    (ADS, USING, List::Using),
];

const OFF_FACEBOOK: &str = "apps_and_websites_off_of_facebook";
const ADS: &str = "ads_and_businesses";
const ADS_INFORMATION: &str = "ads_information";
const UPLOADED: &str = "advertisers_who_uploaded_a_contact_list_with_your_information.json";
const USING: &str = "advertisers_using_your_activity_or_information.json";

/// What a path of the export is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// A file read as this kind.
    Wanted(List),
    /// A folder's own entry.
    Folder,
    /// A copy macOS made beside the real file (`__MACOSX/`, `._name`).
    MacCopy,
    /// A page of an HTML export.
    Html,
    /// `no-data.txt`: the folder's sections are empty.
    NoData(Vec<List>),
    /// A file named as one that is read, in a folder no export of Facebook's puts it in
    /// (another platform's export, or a layout not seen yet): not read, and said.
    Elsewhere(List),
    /// Anything else (photos, other sections).
    Other,
}

/// The class of `path` (either slash; the export's own folders come last).
pub(super) fn classify(path: &str) -> Class {
    if path.ends_with('/') || path.ends_with('\\') {
        return Class::Folder;
    }
    let parts: Vec<&str> = path
        .split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let Some((&name, folders)) = parts.split_last() else {
        return Class::Folder;
    };
    if name.starts_with("._") || folders.contains(&"__MACOSX") {
        return Class::MacCopy;
    }
    let name = name.to_ascii_lowercase();
    let parent = folders.last().map(|p| p.to_ascii_lowercase());
    if name == "no-data.txt" {
        let mut kinds: Vec<List> = KNOWN
            .iter()
            .filter(|(folder, _, _)| parent.as_deref() == Some(*folder))
            .map(|(_, _, kind)| *kind)
            .collect();
        kinds.dedup();
        return Class::NoData(kinds);
    }
    if name.ends_with(".html") || name.ends_with(".htm") {
        return Class::Html;
    }
    let mut named = KNOWN.iter().filter(|(_, file, _)| *file == name).peekable();
    let Some(&&(_, _, kind)) = named.peek() else {
        return Class::Other;
    };
    match parent {
        // A file dropped alone: its name is all there is.
        None => Class::Wanted(kind),
        Some(parent) => named
            .find(|(folder, _, _)| *folder == parent)
            .map_or(Class::Elsewhere(kind), |(_, _, kind)| Class::Wanted(*kind)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_era_finds_its_files_under_any_wrapper() {
        let want =
            |path: &str, kind: List| assert_eq!(classify(path), Class::Wanted(kind), "{path}");
        want("friends/friends.json", List::Friends);
        want(
            "facebook-analima/friends_and_followers/friends.json",
            List::Friends,
        );
        want(
            "x/facebook-analima/connections/friends/your_friends.json",
            List::Friends,
        );
        want("your_friends.json", List::Friends);
        want("apps_and_websites/apps_and_websites.json", List::Apps);
        want(
            "f\\apps_and_websites_off_of_facebook\\connected_apps_and_websites.json",
            List::Apps,
        );
        want(
            "ads_and_businesses/your_off-facebook_activity.json",
            List::OffMeta,
        );
        want(
            "a/apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
            List::OffMeta,
        );
        want(
            "ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.json",
            List::Uploaded,
        );
        want(
            "ads_information/advertisers_using_your_activity_or_information.json",
            List::Using,
        );
    }

    #[test]
    fn the_rest_is_told_apart() {
        assert_eq!(classify("__MACOSX/friends/._friends.json"), Class::MacCopy);
        assert_eq!(classify("friends/._friends.json"), Class::MacCopy);
        assert_eq!(classify("facebook-ana/friends/"), Class::Folder);
        assert_eq!(classify("index.html"), Class::Html);
        assert_eq!(classify("friends/friends.HTML"), Class::Html);
        assert_eq!(classify("photos_and_videos/album/1.jpg"), Class::Other);
        assert_eq!(classify("friends/removed_friends.json"), Class::Other);
        assert_eq!(
            classify("instagram/apps_and_websites/your_activity_off_meta_technologies.json"),
            Class::Elsewhere(List::OffMeta)
        );
        assert_eq!(
            classify("f/apps_and_websites_off_of_facebook/no-data.txt"),
            Class::NoData(vec![List::Apps, List::OffMeta])
        );
        assert_eq!(classify("no-data.txt"), Class::NoData(vec![]));
    }
}

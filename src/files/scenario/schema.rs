//! The shape of a scenario file, format version 1, as serde types: the one description of the
//! format that both reading and writing use.
//!
//! Every element type derives `Deserialize` (refusing unknown fields) and `Serialize` (leaving
//! out each field that holds its default), so what the reader accepts and what the writer
//! writes cannot drift apart. Values stay as the file spells them (ids, dates and category
//! names as strings): what they mean, and whether they are allowed, is the checker's business,
//! which reports each problem in its own words and with its JSON path.

use serde::{Deserialize, Serialize};

use crate::core::model::Settings;

/// A whole file. The reader fills it field by field from a JSON object (so that one broken list
/// does not hide the others, and every unknown field is named); the writer serializes it whole.
#[derive(Debug, Default, Serialize)]
pub(super) struct File {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<FileSource>,
    #[serde(skip_serializing_if = "FilePolicy::is_empty")]
    pub policy: FilePolicy,
    pub people: Vec<FilePerson>,
    pub companies: Vec<FileCompany>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub friendships: Vec<FileFriendship>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<FileGrant>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<FileAgreement>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub transfers: Vec<FileTransfer>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<FileStep>,
}

impl File {
    /// The top-level fields, in the order the writer writes them.
    pub const FIELDS: &'static [&'static str] = &[
        "format",
        "version",
        "title",
        "description",
        "date",
        "sources",
        "policy",
        "people",
        "companies",
        "friendships",
        "grants",
        "agreements",
        "transfers",
        "steps",
    ];

    /// The fields a file cannot leave out.
    pub const REQUIRED: &'static [&'static str] = &["format", "version", "title", "date"];
}

/// An entry of `sources`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileSource {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// `policy`: when apps could ask for friends' data.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FilePolicy {
    #[serde(default)]
    pub friend_permissions: Vec<FileInterval>,
}

impl FilePolicy {
    fn is_empty(&self) -> bool {
        self.friend_permissions.is_empty()
    }
}

/// A period on its own (`policy.friend_permissions[i]`); both ends are optional.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileInterval {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Which of the element's dates (`from`, `until`) are the scenario's choice, more exact
    /// than its sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub illustrative: Vec<String>,
    /// Which of the element's dates no source gives: the day is a stand-in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
}

/// An entry of `people`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FilePerson {
    pub id: String,
    pub name: String,
    #[serde(
        default = "default_platform_apps",
        skip_serializing_if = "is_default_platform_apps"
    )]
    pub platform_apps: bool,
    /// Absent means the platform's default settings (everything but messages).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apps_others_use: Option<Vec<String>>,
}

/// An entry of `companies`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileCompany {
    pub id: String,
    pub name: String,
    /// Absent means an app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// An entry of `friendships`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileFriendship {
    pub between: Vec<String>,
    #[serde(default, skip_serializing_if = "is_no")]
    pub messages: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Which of the element's dates (`from`, `until`) are the scenario's choice, more exact
    /// than its sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub illustrative: Vec<String>,
    /// Which of the element's dates no source gives: the day is a stand-in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
}

/// An entry of `grants`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileGrant {
    pub person: String,
    pub company: String,
    pub scopes: Vec<String>,
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub explicit: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Which of the element's dates (`from`, `until`) are the scenario's choice, more exact
    /// than its sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub illustrative: Vec<String>,
    /// Which of the element's dates no source gives: the day is a stand-in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
}

/// An entry of `agreements` (a deal).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileAgreement {
    pub company: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub friend_data: Vec<String>,
    #[serde(default, skip_serializing_if = "is_no")]
    pub ignores_settings: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all_users: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Which of the element's dates (`from`, `until`) are the scenario's choice, more exact
    /// than its sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub illustrative: Vec<String>,
    /// Which of the element's dates no source gives: the day is a stand-in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
}

/// An entry of `transfers`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileTransfer {
    pub from_company: String,
    pub to_company: String,
    pub categories: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Which of the element's dates (`from`, `until`) are the scenario's choice, more exact
    /// than its sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub illustrative: Vec<String>,
    /// Which of the element's dates no source gives: the day is a stand-in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
}

/// An entry of `steps`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileStep {
    pub title: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub highlight: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Absent means no switch is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub what_if: Option<FileWhatIf>,
    /// A number the reader guesses before the story tells it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guess: Option<FileGuess>,
    /// `"access"` (what companies can see on the date, the default) or `"collected"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}

/// A step's `guess`: how many people `company` will have reached by `by`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileGuess {
    pub company: String,
    pub by: String,
}

/// A step's `what_if` switches.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileWhatIf {
    /// Absent means as the scenario's policy says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friend_permissions: Option<String>,
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub deals: bool,
    #[serde(default, skip_serializing_if = "is_no")]
    pub everyone_opted_out: bool,
}

fn yes() -> bool {
    true
}

fn default_platform_apps() -> bool {
    Settings::DEFAULT.platform_apps
}

// serde's `skip_serializing_if` hands the field over by reference.
fn is_yes(b: &bool) -> bool {
    *b
}

fn is_no(b: &bool) -> bool {
    !*b
}

fn is_default_platform_apps(b: &bool) -> bool {
    *b == Settings::DEFAULT.platform_apps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_level_field_list_is_what_the_writer_writes() {
        let full = File {
            format: Some(String::new()),
            version: Some(1),
            title: Some(String::new()),
            description: "d".into(),
            date: Some(String::new()),
            sources: vec![FileSource {
                id: String::new(),
                title: String::new(),
                publisher: None,
                date: None,
                url: None,
            }],
            policy: FilePolicy {
                friend_permissions: vec![FileInterval {
                    from: None,
                    until: None,
                    illustrative: vec!["from".into()],
                    unknown: vec!["until".into()],
                }],
            },
            people: Vec::new(),
            companies: Vec::new(),
            friendships: vec![FileFriendship {
                between: Vec::new(),
                messages: false,
                from: None,
                until: None,
                illustrative: vec!["from".into()],
                unknown: vec!["until".into()],
            }],
            grants: vec![FileGrant {
                person: String::new(),
                company: String::new(),
                scopes: Vec::new(),
                explicit: true,
                from: None,
                until: None,
                source: None,
                illustrative: vec!["from".into()],
                unknown: vec!["until".into()],
            }],
            agreements: vec![FileAgreement {
                company: String::new(),
                friend_data: Vec::new(),
                ignores_settings: false,
                all_users: Vec::new(),
                from: None,
                until: None,
                source: None,
                illustrative: vec!["from".into()],
                unknown: vec!["until".into()],
            }],
            transfers: vec![FileTransfer {
                from_company: String::new(),
                to_company: String::new(),
                categories: Vec::new(),
                from: None,
                until: None,
                source: None,
                illustrative: vec!["from".into()],
                unknown: vec!["until".into()],
            }],
            steps: vec![FileStep {
                title: String::new(),
                text: String::new(),
                date: None,
                highlight: Vec::new(),
                source: None,
                what_if: None,
                guess: None,
                mode: None,
            }],
        };
        let value = serde_json::to_value(&full).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(keys, File::FIELDS);
        assert!(File::REQUIRED.iter().all(|f| File::FIELDS.contains(f)));
    }
}

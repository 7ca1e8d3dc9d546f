//! Pass one of reading: from JSON to the [`schema`](super::schema) types, element by element.
//!
//! Each top-level field and each entry of a list is decoded on its own, so one broken grant does
//! not hide a broken person further down, and every problem carries the JSON path of the value
//! at fault. Only the shape is checked here (types, unknown and missing fields); what the values
//! mean is left to [`check`](super::check).

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::schema::File;
use super::{Problem, Problems, FORMAT};
use crate::{say, word};

/// The JSON syntax error `e` as a problem with its line and column.
pub(super) fn syntax_problem(e: &serde_json::Error) -> Problem {
    Problem {
        path: String::new(),
        position: Some((e.line(), e.column())),
        message: json_error_words(e),
    }
}

fn json_error_words(e: &serde_json::Error) -> String {
    use serde_json::error::Category as C;
    let detail = e.to_string();
    // serde_json appends " at line L column C"; the position is reported on its own.
    let detail = detail
        .rsplit_once(" at line ")
        .map_or(detail.as_str(), |(head, _)| head);
    match e.classify() {
        C::Eof => say!("problem-json-eof", detail = detail),
        C::Syntax => say!("problem-json-syntax", detail = detail),
        C::Io | C::Data => detail.to_string(),
    }
}

/// The file's shape, or `None` when it is not a JSON object at all. Problems go to `problems`.
pub(super) fn file(value: &Value, problems: &mut Problems) -> Option<File> {
    let Some(object) = value.as_object() else {
        problems.push(
            "",
            say!(
                "problem-not-an-object",
                format = FORMAT,
                found = kind_of(value)
            ),
        );
        return None;
    };
    let mut file = File::default();
    for (key, value) in object {
        let path = key.as_str();
        match path {
            "format" => file.format = decode(value, path, problems),
            "version" => file.version = decode(value, path, problems),
            "title" => file.title = decode(value, path, problems),
            "description" => file.description = decode(value, path, problems).unwrap_or_default(),
            "date" => file.date = decode(value, path, problems),
            "sources" => file.sources = decode_list(value, path, problems),
            "policy" => file.policy = decode(value, path, problems).unwrap_or_default(),
            "people" => file.people = decode_list(value, path, problems),
            "companies" => file.companies = decode_list(value, path, problems),
            "friendships" => file.friendships = decode_list(value, path, problems),
            "grants" => file.grants = decode_list(value, path, problems),
            "agreements" => file.agreements = decode_list(value, path, problems),
            "transfers" => file.transfers = decode_list(value, path, problems),
            "steps" => file.steps = decode_list(value, path, problems),
            _ => problems.push(
                path,
                say!(
                    "problem-unknown-field",
                    field = key.as_str(),
                    fields = File::FIELDS.join(", ")
                ),
            ),
        }
    }
    for required in File::REQUIRED {
        if !object.contains_key(*required) {
            problems.push("", say!("problem-missing-field", field = *required));
        }
    }
    Some(file)
}

fn decode<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Problems) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let inner = e.path().to_string();
            let full = match inner.as_str() {
                "." | "" => path.to_string(),
                _ if inner.starts_with('[') => format!("{path}{inner}"),
                _ => format!("{path}.{inner}"),
            };
            problems.push(full, e.into_inner().to_string());
            None
        }
    }
}

fn decode_list<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Problems) -> Vec<T> {
    let Some(items) = value.as_array() else {
        problems.push(path, say!("problem-not-a-list", found = kind_of(value)));
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| decode(item, &format!("{path}[{i}]"), problems))
        .collect()
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => word!("problem-kind-null"),
        Value::Bool(_) => word!("problem-kind-bool"),
        Value::Number(_) => word!("problem-kind-number"),
        Value::String(_) => word!("problem-kind-string"),
        Value::Array(_) => word!("problem-kind-list"),
        Value::Object(_) => word!("problem-kind-object"),
    }
}

//! What every reader of an export's JSON shares: parsing with the path of any value at fault,
//! the repair of Facebook's doubly encoded text, and three small value types (a timestamp, a
//! count of a list's items, a name written as a string or inside an object) that read only
//! what the figures need, so a file is never held whole as a tree of values.

use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::say;

/// `bytes` (JSON, a byte-order mark allowed) read as `T`, or what is wrong and where: the JSON
/// path of the value at fault, or the line and column of broken syntax.
pub(super) fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match path.as_str() {
            "." | "" => words(&inner),
            _ => say!(
                "export-json-at",
                path = path.as_str(),
                problem = words(&inner)
            ),
        }
    })?;
    de.end().map_err(|e| words(&e))?;
    Ok(value)
}

/// The shape of a JSON text: the first character that is not white space.
pub(super) fn starts_with_list(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[')
}

fn words(e: &serde_json::Error) -> String {
    use serde_json::error::Category as C;
    let detail = e.to_string();
    let detail = detail
        .rsplit_once(" at line ")
        .map_or(detail.as_str(), |(head, _)| head);
    let at = say!(
        "problem-at-position",
        line = e.line().to_string(),
        column = e.column().to_string()
    );
    if detail.starts_with("recursion limit exceeded") {
        return say!("export-json-deep", at = at);
    }
    match e.classify() {
        C::Eof => say!("export-json-eof", at = at),
        C::Syntax => say!("export-json-syntax", detail = detail, at = at),
        C::Io | C::Data => say!("export-json-data", detail = detail, at = at),
    }
}

/// `text` with Facebook's double encoding undone: its exports write each byte of UTF-8 as a
/// character of its own (`"Caf\u00c3\u00a9"` for "Café"). When every character is at most
/// U+00FF and, taken as bytes, they form UTF-8, those bytes are the text; otherwise (text
/// written correctly, or that merely looks so) it is kept as it is.
pub fn repair(text: String) -> String {
    if text.is_ascii() || text.chars().any(|c| u32::from(c) > 0xff) {
        return text;
    }
    let bytes: Vec<u8> = text.chars().map(|c| u32::from(c) as u8).collect();
    String::from_utf8(bytes).unwrap_or(text)
}

/// A Unix time in seconds, or unknown: exports write 0 (or leave it out) for a date they do not
/// have, and a value no export writes (negative, past `i64`) is unknown too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Stamp(pub Option<i64>);

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stamp, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Stamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a time in seconds (a number)")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Stamp, E> {
                Ok(Stamp((v > 0).then_some(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Stamp, E> {
                Ok(Stamp(i64::try_from(v).ok().filter(|&v| v > 0)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Stamp, E> {
                let known = (1.0..9.2e18).contains(&v);
                Ok(Stamp(known.then_some(v as i64)))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Stamp, E> {
                Ok(Stamp(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// How many items a list holds, counted as it is read and never kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Count(pub u64);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Count, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Count, A::Error> {
                let mut n = 0u64;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(n))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Count, E> {
                Ok(Count(0))
            }
        }
        d.deserialize_any(V)
    }
}

/// A name, written as a string, or as an object holding it under one of `name`,
/// `advertiser_name`, `title` or `value` (the first of these present); null is no name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Named(pub Option<String>);

impl<'de> Deserialize<'de> for Named {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Named, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Named;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a name (a string, or an object with a name)")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Named, E> {
                Ok(Named(Some(v.to_string())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Named, E> {
                Ok(Named(Some(v)))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Named, E> {
                Ok(Named(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Named, A::Error> {
                const KEYS: [&str; 4] = ["name", "advertiser_name", "title", "value"];
                let mut best: Option<(usize, String)> = None;
                while let Some(key) = map.next_key::<String>()? {
                    match KEYS.iter().position(|k| *k == key) {
                        Some(rank) if best.as_ref().is_none_or(|(r, _)| rank < *r) => {
                            if let Named(Some(name)) = map.next_value::<Named>()? {
                                best = Some((rank, name));
                            }
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(Named(best.map(|(_, name)| name)))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_encoded_text_is_repaired_and_other_text_kept() {
        let check = |json: &str, want: &str| {
            let read: String = parse(json.as_bytes()).unwrap();
            assert_eq!(repair(read), want, "{json}");
        };
        check(r#""Caf\u00c3\u00a9 M\u00c3\u00bcller""#, "Café Müller");
        check(r#""Ana Lima""#, "Ana Lima");
        // Written correctly: é alone is not UTF-8 as a byte, so it stays.
        check(r#""Café""#, "Café");
        check(r#""Caf\u00e9""#, "Café");
        // A character past U+00FF means the text is real Unicode already.
        check(r#""\u00c3\u00a9 \u4e2d""#, "Ã© 中");
        check(r#""\u00f0\u009f\u0098\u0080""#, "😀");
    }

    #[test]
    fn values_read_only_what_is_needed() {
        #[derive(Deserialize)]
        struct Row {
            t: Option<Stamp>,
            n: Option<Count>,
            who: Option<Named>,
        }
        let row: Row = parse(br#"{"t": 1430351999, "n": [1, {"a": [2]}, "x"], "who": {"id": 3, "title": "T", "name": "N"}}"#).unwrap();
        assert_eq!(row.t, Some(Stamp(Some(1_430_351_999))));
        assert_eq!(row.n, Some(Count(3)));
        assert_eq!(row.who, Some(Named(Some("N".into()))));
        let row: Row = parse(br#"{"t": 0, "who": "Ana"}"#).unwrap();
        assert_eq!((row.t, row.n), (Some(Stamp(None)), None));
        assert_eq!(row.who, Some(Named(Some("Ana".into()))));
        let row: Row = parse(br#"{"t": -5, "who": {"id": 1}}"#).unwrap();
        assert_eq!(row.t, Some(Stamp(None)));
        assert_eq!(row.who, Some(Named(None)));
    }

    #[test]
    fn what_is_wrong_says_where() {
        #[derive(Debug, Deserialize)]
        struct File {
            #[allow(dead_code)]
            rows: Vec<Option<Stamp>>,
        }
        let err = parse::<File>(br#"{"rows": [1, 2, "soon"]}"#).unwrap_err();
        assert!(
            err.starts_with(
                "at rows[2]: invalid type: string \"soon\", expected a time in seconds"
            ),
            "{err}"
        );
        let err = parse::<File>(b"{\"rows\": [1,").unwrap_err();
        assert!(
            err.contains("it ends too early (line 1, column 12)"),
            "{err}"
        );
        // A name nested in names recurses, and stops at serde_json's limit, in words.
        let deep = format!("{}1{}", "{\"name\": ".repeat(200), "}".repeat(200));
        let err = parse::<Named>(deep.as_bytes()).unwrap_err();
        assert!(err.contains("nested more than 128 levels deep"), "{err}");
        // What is skipped is skipped without recursion, however deep.
        let deep = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
        assert!(parse::<IgnoredAny>(deep.as_bytes()).is_ok());
        let err = parse::<File>(br#"{"rows": []} x"#).unwrap_err();
        assert!(err.contains("trailing characters"), "{err}");
    }
}

//! The friends list: `friends/friends.json` (2018 to 2020), `friends_and_followers/friends.json`
//! (2020 to 2022), `connections/friends/your_friends.json` (since 2022), each an object whose
//! `friends` or `friends_v2` lists `{name, timestamp}`: the friend and when you became friends.

use serde::Deserialize;

use super::json::{self, repair, Stamp};
use super::Rows;
use crate::core::mine::Friend;
use crate::say;

#[derive(Deserialize)]
struct File {
    friends: Option<Vec<Row>>,
    friends_v2: Option<Vec<Row>>,
}

#[derive(Deserialize)]
struct Row {
    name: Option<String>,
    timestamp: Option<Stamp>,
}

/// The friends in `bytes`, in the file's order. A friend without a name is still a friend.
pub(super) fn read(bytes: &[u8]) -> Result<Rows<Friend>, String> {
    if json::starts_with_list(bytes) {
        return Err(say!("export-friends-list"));
    }
    let file: File = json::parse(bytes)?;
    let rows = match (file.friends, file.friends_v2) {
        (None, None) => return Err(say!("export-no-friends-lists")),
        (a, b) => a.into_iter().chain(b).flatten(),
    };
    Ok(Rows {
        rows: rows
            .map(|r| Friend {
                name: r.name.map(repair).unwrap_or_default(),
                since: r.timestamp.and_then(|t| t.0),
            })
            .collect(),
        unnamed: 0,
    })
}

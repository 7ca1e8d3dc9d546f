//! The sandbox's timed entries (friendships, grants, deals, transfers) in words, one line each,
//! as the editor's lists show them and their filters read them. People and companies are
//! listed by name and need nothing here.

use crate::core::model::{CategorySet, Scenario, Scope};
use crate::present::words::Label;

/// Friendship `i` of `s`, in words.
pub fn friendship_text(s: &Scenario, i: usize) -> String {
    let f = &s.friendships[i];
    format!(
        "{} and {}{}",
        s.person(f.between[0]).name,
        s.person(f.between[1]).name,
        if f.messages {
            ", who message each other"
        } else {
            ""
        }
    )
}

/// Grant `i` of `s`, in words.
pub fn grant_text(s: &Scenario, i: usize) -> String {
    let g = &s.grants[i];
    let scopes: Vec<String> = g
        .scopes
        .iter()
        .map(|sc| match sc {
            Scope::Own(c) => c.label().to_string(),
            Scope::Friends(c) => format!("friends' {}", c.label()),
        })
        .collect();
    format!(
        "{} → {}: {}{}",
        s.person(g.person).name,
        s.company(g.company).name,
        scopes.join(", "),
        if g.explicit { "" } else { " (never asked)" }
    )
}

/// Categories in words, joined by commas.
fn words(c: CategorySet) -> String {
    c.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ")
}

/// Deal `i` of `s`, in words.
pub fn deal_text(s: &Scenario, i: usize) -> String {
    let a = &s.agreements[i];
    let mut parts = Vec::new();
    if !a.friend_data.is_empty() {
        let whatever = if a.ignores_settings {
            " whatever their settings"
        } else {
            ""
        };
        parts.push(format!("friends' {}{whatever}", words(a.friend_data)));
    }
    if !a.all_users.is_empty() {
        parts.push(format!("every user's {}", words(a.all_users)));
    }
    format!("{}'s deal: {}", s.company(a.company).name, parts.join("; "))
}

/// Transfer `i` of `s`, in words.
pub fn transfer_text(s: &Scenario, i: usize) -> String {
    let t = &s.transfers[i];
    format!(
        "{} → {}: {}",
        s.company(t.from_company).name,
        s.company(t.to_company).name,
        words(t.categories)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    #[test]
    fn each_entry_names_who_and_what() {
        let friends = parse(BUILTINS[0].json).unwrap();
        assert_eq!(
            friendship_text(&friends, 0),
            "You and Ben, who message each other"
        );
        assert_eq!(friendship_text(&friends, 1), "You and Esi");
        assert_eq!(
            grant_text(&friends, 0),
            "Ben → Personality quiz: user ID, name, birthday, location, likes, friends' name, \
             friends' birthday, friends' location, friends' likes"
        );
        for b in BUILTINS {
            let s = parse(b.json).unwrap();
            for i in 0..s.agreements.len() {
                let text = deal_text(&s, i);
                assert!(
                    text.starts_with(&format!(
                        "{}'s deal: ",
                        s.company(s.agreements[i].company).name
                    )),
                    "{text}"
                );
                assert!(
                    text.contains("friends' ") || text.contains("every user's "),
                    "{text}"
                );
            }
            for i in 0..s.transfers.len() {
                let t = &s.transfers[i];
                let text = transfer_text(&s, i);
                assert!(
                    text.starts_with(&format!(
                        "{} → {}: ",
                        s.company(t.from_company).name,
                        s.company(t.to_company).name
                    )),
                    "{text}"
                );
            }
        }
    }
}

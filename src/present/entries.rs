//! The sandbox's timed entries (friendships, grants, deals, transfers) in words, one line each,
//! as the editor's lists show them and their filters read them. People and companies are
//! listed by name and need nothing here.

use crate::core::model::{CategorySet, Scenario, Scope};
use crate::present::words::Label;
use crate::say;

/// Friendship `i` of `s`, in words.
pub fn friendship_text(s: &Scenario, i: usize) -> String {
    let f = &s.friendships[i];
    say!(
        "entry-friendship",
        first = s.person(f.between[0]).name.as_str(),
        second = s.person(f.between[1]).name.as_str(),
        messages = if f.messages { "yes" } else { "no" },
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
            Scope::Friends(c) => say!("entry-friends", categories = c.label()),
        })
        .collect();
    say!(
        "entry-grant",
        person = s.person(g.person).name.as_str(),
        company = s.company(g.company).name.as_str(),
        scopes = scopes.join(", "),
        asked = if g.explicit { "yes" } else { "no" },
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
        parts.push(if a.ignores_settings {
            say!("entry-friends-whatever", categories = words(a.friend_data))
        } else {
            say!("entry-friends", categories = words(a.friend_data))
        });
    }
    if !a.all_users.is_empty() {
        parts.push(say!("entry-every-user", categories = words(a.all_users)));
    }
    say!(
        "entry-deal",
        company = s.company(a.company).name.as_str(),
        parts = parts.join("; "),
    )
}

/// Transfer `i` of `s`, in words.
pub fn transfer_text(s: &Scenario, i: usize) -> String {
    let t = &s.transfers[i];
    say!(
        "entry-transfer",
        from = s.company(t.from_company).name.as_str(),
        to = s.company(t.to_company).name.as_str(),
        categories = words(t.categories),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    #[test]
    fn each_entry_names_who_and_what() {
        let friends = parse(&BUILTINS[0].json()).unwrap();
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
            let s = parse(&b.json()).unwrap();
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

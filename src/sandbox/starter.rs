//! A sandbox to start from, so that a teacher's first lesson is one click away: you and five
//! friends, and a quiz one of them installs that asks for friends' data, as in 2013.
//!
//! It is built by the same checked edits a teacher would make, so it is a scenario the sandbox
//! could hold in every way.

use crate::core::date::{Date, Interval};
use crate::core::model::{Category, CompanyKind, Scope};
use crate::sandbox::edit::{apply, empty, Edit, Refusal};
use crate::word;

/// The name the starter sandbox gets, in the page's language.
pub fn name() -> &'static str {
    word!("starter-name")
}

/// You, five friends, a quiz, and Ana signing in to it with her friends' data.
pub fn one_quiz_five_friends(date: Date) -> Result<crate::core::model::Scenario, Refusal> {
    let person = |id: &str, name: &str| Edit::AddPerson {
        id: id.into(),
        name: name.into(),
    };
    let friends = |a: &str, b: &str| Edit::AddFriendship {
        a: a.into(),
        b: b.into(),
        messages: false,
        interval: Interval::ALWAYS,
    };
    let mut scopes = vec![Scope::Own(Category::Name), Scope::Own(Category::Likes)];
    scopes.extend(
        [Category::Name, Category::Birthday, Category::Likes]
            .into_iter()
            .map(Scope::Friends),
    );
    let edits = [
        Edit::SetTitle(name().into()),
        person("you", word!("starter-you")),
        person("ana", "Ana"),
        person("ben", "Ben"),
        person("cat", "Cat"),
        person("dev", "Dev"),
        person("eli", "Eli"),
        friends("you", "ana"),
        friends("you", "ben"),
        friends("ana", "cat"),
        friends("ana", "dev"),
        friends("ben", "eli"),
        Edit::AddCompany {
            id: "quiz".into(),
            name: word!("starter-quiz").into(),
            kind: CompanyKind::App,
        },
        Edit::AddGrant {
            person: "ana".into(),
            company: "quiz".into(),
            scopes,
            explicit: true,
            interval: Interval::ALWAYS,
        },
    ];
    edits
        .iter()
        .try_fold(empty(date), |s, edit| apply(&s, edit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::Engine;
    use crate::present::figures::company_figures;

    #[test]
    fn the_quiz_reaches_friends_who_never_said_yes() {
        let day = Date::parse("2014-01-01").unwrap();
        let s = one_quiz_five_friends(day).expect("the starter's edits are all valid");
        assert_eq!(s.people.len(), 6);
        let e = Engine::new(s);
        let f = &company_figures(e.scenario(), &e.access(day))[0];
        // Ana said yes; You, Cat and Dev (her friends) did not.
        assert_eq!((f.consented, f.reached, f.without_consent), (1, 4, 3));
        // After friend permissions closed, only Ana's own data remains.
        let later = Date::parse("2016-01-01").unwrap();
        assert_eq!(
            company_figures(e.scenario(), &e.access(later))[0].reached,
            1
        );
    }
}

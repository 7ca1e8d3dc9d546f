//! The generated network the engine benchmarks measure, natively (`benches/engine.rs`) and in
//! the browser (`benches/web`): people with a given number of friends each (seeded), a quiz
//! installed by 1% of them, a messaging partner used by 0.5%, a deal over every user's name,
//! and the quiz's harvest handed on to a broker. Included by path (`#[path]`) by both, and by
//! the layout bench for its `Lcg`.

use spillover::core::date::{Date, Interval, FRIENDS_DATA_OPEN};
use spillover::core::model::{
    Agreement, Category, CategorySet, Company, CompanyIx, CompanyKind, Friendship, Grant, Person,
    PersonIx, Scenario, Scope, Transfer,
};

/// A small linear congruential generator: the networks are the same on every run (the layout
/// bench draws its networks from it too).
pub struct Lcg(pub u64);

impl Lcg {
    /// The next number, below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn day(text: &str) -> Date {
    Date::parse(text).expect("benchmark dates are valid")
}

/// `n` people with about `friends` friends each; a quiz installed by 1% of them, a messaging
/// partner used by 0.5%, a deal over every user's name, and the quiz's harvest handed on.
pub fn network(n: u32, friends: u32) -> Scenario {
    let mut rng = Lcg(42);
    let people = (0..n)
        .map(|i| Person {
            id: format!("p{i:06}"),
            name: format!("Person {i}"),
            platform_apps: i % 17 != 0,
            apps_others_use: if i % 5 == 0 {
                CategorySet::ALL
                    .without(Category::Likes)
                    .without(Category::Messages)
            } else {
                CategorySet::ALL.without(Category::Messages)
            },
        })
        .collect();
    let companies = ["quiz", "partner", "search", "broker"]
        .iter()
        .map(|id| Company {
            id: id.to_string(),
            name: id.to_string(),
            kind: CompanyKind::App,
        })
        .collect();
    let per_person = friends / 2;
    let mut friendships = Vec::with_capacity((n * per_person) as usize);
    for a in 0..n {
        for _ in 0..per_person {
            let b = rng.below(u64::from(n)) as u32;
            if a != b {
                friendships.push(Friendship {
                    between: [PersonIx(a), PersonIx(b)],
                    messages: rng.below(4) == 0,
                    interval: Interval::ALWAYS,
                });
            }
        }
    }
    let quiz_scopes: Vec<Scope> = [
        Category::Name,
        Category::Likes,
        Category::Birthday,
        Category::Location,
    ]
    .into_iter()
    .flat_map(|c| [Scope::Own(c), Scope::Friends(c)])
    .collect();
    let mut grants = Vec::new();
    for p in 0..n {
        if p % 100 == 7 {
            grants.push(Grant {
                person: PersonIx(p),
                company: CompanyIx(0),
                scopes: quiz_scopes.clone(),
                explicit: true,
                interval: Interval {
                    from: Some(day("2013-01-01")),
                    until: Some(day("2015-12-01")),
                    illustrative: Default::default(),
                },
                source: None,
            });
        }
        if p % 200 == 3 {
            grants.push(Grant {
                person: PersonIx(p),
                company: CompanyIx(1),
                scopes: vec![Scope::Own(Category::Name), Scope::Own(Category::Messages)],
                explicit: true,
                interval: Interval {
                    from: Some(day("2012-01-01")),
                    until: None,
                    illustrative: Default::default(),
                },
                source: None,
            });
        }
    }
    Scenario {
        title: format!("{n} people"),
        description: String::new(),
        date: day("2014-06-01"),
        sources: Vec::new(),
        friend_permissions: vec![FRIENDS_DATA_OPEN],
        people,
        companies,
        friendships,
        grants,
        agreements: vec![Agreement {
            company: CompanyIx(2),
            friend_data: CategorySet::EMPTY,
            ignores_settings: false,
            all_users: [Category::Name].into_iter().collect(),
            interval: Interval {
                from: Some(day("2010-04-21")),
                until: Some(day("2017-03-01")),
                illustrative: Default::default(),
            },
            source: None,
        }],
        transfers: vec![Transfer {
            from_company: CompanyIx(0),
            to_company: CompanyIx(3),
            categories: [Category::Name, Category::Likes].into_iter().collect(),
            interval: Interval {
                from: Some(day("2014-06-01")),
                until: Some(day("2015-01-01")),
                illustrative: Default::default(),
            },
            source: None,
        }],
        steps: Vec::new(),
    }
}

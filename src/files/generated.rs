//! A generated network ([`crate::core::scale`]) as a scenario: the people, their friendships,
//! one quiz installed by a seeded share of them, the share who narrowed "Apps others use", and
//! friend permissions open or closed. `spillover-cli generate` writes it; the page's "At scale"
//! view computes the same network's figures without it, and `exposure` on this scenario gives
//! the same figures (a test proves it).

use crate::core::date::{Date, Interval, FRIENDS_DATA_OPEN};
use crate::core::model::{
    Category, CategorySet, Company, CompanyKind, Friendship, Grant, Person, PersonIx, Scenario,
    Scope, Settings, Source,
};
use crate::core::scale::{
    self, key, Draw, Figures, Generator, Model, ParamError, Params, Reach, Setting, Share,
    MAX_FRIENDSHIPS, MAX_PEOPLE, MIN_PEOPLE,
};
use crate::files::limits::{self, thousands};

/// The day the scenario shows: inside the years friend permissions were open.
pub const DATE: Date = Date::from_ymd_const(2014, 7, 1);

/// The quiz's id in the scenario.
pub const QUIZ: &str = "quiz";

/// The categories the quiz asks of its installers and of their friends, as "thisisyourdigitallife"
/// did (public profile, page likes, birthday, current city).
const ASKED: [Category; 4] = [
    Category::Name,
    Category::Likes,
    Category::Birthday,
    Category::Location,
];

/// The words for a refusal of `error`, naming the figure and the limit.
pub fn refusal(error: ParamError) -> String {
    match error {
        ParamError::People(n) => format!(
            "{} people is outside what can be generated: from {} to {} people",
            thousands(n as usize),
            thousands(MIN_PEOPLE as usize),
            thousands(MAX_PEOPLE as usize)
        ),
        ParamError::Friends(k) => format!(
            "{} friends each cannot be: each person has at least 1 friend and fewer friends than there are people",
            thousands(k as usize)
        ),
        ParamError::TooBig(f) => format!(
            "that network would have about {} friendships, more than the {} a browser tab can hold; choose fewer people or fewer friends",
            thousands(f as usize),
            thousands(MAX_FRIENDSHIPS as usize)
        ),
    }
}

/// The person id of index `i`.
pub fn person_id(i: u32) -> String {
    format!("p{}", i + 1)
}

/// What the command line asks for besides the network: the install rate, the share who
/// narrowed "Apps others use" (both from 0 to 1) and whether friend permissions are open.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rates {
    /// The share of people who install the quiz.
    pub install: f64,
    /// The share who narrowed "Apps others use".
    pub opt_out: f64,
    /// Whether friend permissions are open.
    pub open: bool,
}

impl Rates {
    /// The setting these rates make.
    pub fn setting(&self) -> Setting {
        Setting {
            install: Share::of(self.install),
            narrowed: Share::of(self.opt_out),
            open: self.open,
        }
    }
}

/// The whole network's figures at `rates`, as the page's "At scale" view computes them (the
/// same generator fed into the same [`Reach`]), and its number of friendships. No file is
/// written, so any network the page makes is answered, past the scenario file's limits too.
pub fn figures(params: Params, rates: Rates) -> Result<(Figures, u64), String> {
    params.check().map_err(refusal)?;
    let mut generator = Generator::new(params).map_err(refusal)?;
    let mut reach = Reach::new(params.people, params.seed);
    while !generator.run(u64::MAX, &mut |a, b| reach.befriend(a, b)) {}
    Ok((reach.figures(rates.setting()), reach.friendships()))
}

/// The scenario of the network `params` describe at `rates`. Refused, in words, when the
/// parameters make no network or the network is larger than a scenario file may be
/// ([`limits`]).
pub fn scenario(params: Params, rates: Rates) -> Result<Scenario, String> {
    let setting = rates.setting();
    params.check().map_err(refusal)?;
    let too_big = |friendships: usize| {
        limits::counts(params.people as usize, 1, friendships).map_err(|_| {
            format!(
                "a network of {} people and about {} friendships is more than a scenario file may hold (up to {} people and {} friendships), so it could not be read back; the page's \"At scale\" view computes networks this big without a file",
                thousands(params.people as usize),
                thousands(friendships),
                thousands(limits::MAX_PEOPLE),
                thousands(limits::MAX_FRIENDSHIPS)
            )
        })
    };
    too_big(params.friendships() as usize)?;
    let edges = scale::friendships(params).map_err(refusal)?;
    too_big(edges.len())?;
    let people: Vec<Person> = (0..params.people)
        .map(|i| {
            let narrowed = setting.narrowed.takes(key(params.seed, i, Draw::Narrow));
            Person {
                id: person_id(i),
                name: format!("Person {}", i + 1),
                platform_apps: true,
                apps_others_use: if narrowed {
                    CategorySet::EMPTY
                } else {
                    Settings::DEFAULT.apps_others_use
                },
            }
        })
        .collect();
    let scopes: Vec<Scope> = ASKED
        .iter()
        .map(|&c| Scope::Own(c))
        .chain(ASKED.iter().map(|&c| Scope::Friends(c)))
        .collect();
    let grants = (0..params.people)
        .filter(|&i| setting.install.takes(key(params.seed, i, Draw::Install)))
        .map(|i| Grant {
            person: PersonIx(i),
            company: crate::core::model::CompanyIx(0),
            scopes: scopes.clone(),
            explicit: true,
            interval: Interval::ALWAYS,
            source: None,
        })
        .collect();
    let friendships = edges
        .into_iter()
        .map(|(a, b)| Friendship {
            between: [PersonIx(a), PersonIx(b)],
            messages: false,
            interval: Interval::ALWAYS,
        })
        .collect();
    Ok(Scenario {
        title: format!(
            "A generated {} network of {} people",
            model_words(params.model),
            thousands(params.people as usize)
        ),
        description: description(params, rates),
        date: DATE,
        sources: sources(),
        friend_permissions: if setting.open {
            vec![Interval {
                // The day apps were opened to friends' data is the stories' choice; the day it
                // closed is sourced.
                illustrative: crate::core::date::Illustrative {
                    from: true,
                    ..crate::core::date::Illustrative::NONE
                },
                ..FRIENDS_DATA_OPEN
            }]
        } else {
            Vec::new()
        },
        people,
        companies: vec![Company {
            id: QUIZ.into(),
            name: "Personality quiz".into(),
            kind: CompanyKind::App,
        }],
        friendships,
        grants,
        agreements: Vec::new(),
        transfers: Vec::new(),
        steps: Vec::new(),
    })
}

/// The model's name in words.
pub fn model_words(model: Model) -> &'static str {
    match model {
        Model::BarabasiAlbert => "Barabási-Albert (preferential attachment)",
        Model::WattsStrogatz => "Watts-Strogatz (small world)",
        Model::FacebookLike => "Facebook-like",
    }
}

fn description(p: Params, r: Rates) -> String {
    let s = r.setting();
    format!(
        "People and friendships generated by Spillover's {} model with {} friends each on average and seed {}: the same network as the \"At scale\" view shows for these settings. {:.4}% of people (a seeded draw) install a personality quiz that asks for their name, page likes, birthday and city and the same of their friends, as \"thisisyourdigitallife\" could; {:.4}% have narrowed \"Apps others use\" to nothing; friend permissions are {}. The people are invented. Command: spillover-cli generate --model {} --people {} --friends {} --seed {} --install-rate {} --opt-out {}{}",
        model_words(p.model),
        p.friends,
        p.seed,
        s.install.rate() * 100.0,
        s.narrowed.rate() * 100.0,
        if s.open {
            "open, as the Graph API's friends permissions were from 2010 to 2015 (simplified: apps could reach friends' data from the platform's launch in 2007)"
        } else {
            "closed, as after 30 April 2015"
        },
        p.model.as_str(),
        p.people,
        p.friends,
        p.seed,
        r.install,
        r.opt_out,
        if s.open { "" } else { " --permissions closed" },
    )
}

/// The sources every generated scenario cites: the real quiz's scale and Pew's friend counts.
pub fn sources() -> Vec<Source> {
    vec![
        Source {
            id: "fb-restrict-2018".into(),
            title: "An Update on Our Plans to Restrict Data Access on Facebook".into(),
            publisher: Some("Facebook Newsroom".into()),
            date: Some(Date::from_ymd_const(2018, 4, 4)),
            url: Some("https://about.fb.com/news/2018/04/restricting-data-access/".into()),
        },
        Source {
            id: "pew-2014".into(),
            title: "6 new facts about Facebook".into(),
            publisher: Some("Pew Research Center".into()),
            date: Some(Date::from_ymd_const(2014, 2, 3)),
            url: Some(
                "https://www.pewresearch.org/fact-tank/2014/02/03/6-new-facts-about-facebook/"
                    .into(),
            ),
        },
    ]
}

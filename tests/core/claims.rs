//! Every sentence defensible (issue 21): the guard over every word a reader can be shown.
//!
//! Teachers quote Spillover, and readers take its words about real companies as fact. The model
//! computes what a company *could* see on a date and what it *could have collected* up to it,
//! never what it did; the sources say what companies "were able to" do. So:
//!
//! - a did-word ("holds", "kept", "took", "saw", "read", "went", …) in words a reader can be shown
//!   passes only after a word of possibility ("could", "can", "may", "letting it", …) or inside a
//!   phrase of [`REVIEWED`], the list a reviewer has read, each entry with why it is no claim that
//!   a company did something;
//! - the slips the facts review of issue 21 found ([`slips`]) never come back;
//! - every claim about a real company is backed: each grant, deal and transfer of a real company
//!   names a source the scenario lists, each story step about one names its source, and each
//!   fact of [`CLAIMS`] a text states comes with the source that states it.
//!
//! What "every word a reader can be shown" is: [`shown`] gathers it from what exists now (the
//! string literals of `src/present` and `src/web`, the built-in scenarios' texts, the words the
//! present layer writes for them in both views, the still first screen, the command line's
//! explanations, "At scale", generated and imported networks). When the words move into a
//! catalogue, `shown` reads the catalogue instead; the checks stay as they are.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use spillover::core::engine::{Engine, Mode};
use spillover::core::model::Scenario;
use spillover::core::scale::{reach, Model, Params, Setting, Share};
use spillover::core::whatif::settings_open;
use spillover::files::builtin::BUILTINS;
use spillover::files::generated::{self, Rates};
use spillover::files::scenario::parse;
use spillover::present::figures::{caption, company_figures, Compared, Figures};
use spillover::present::first_screen::{self, Doors};
use spillover::present::headline::{headline, PARTNERS, SCALE};
use spillover::present::layout::layout;
use spillover::present::report::report;
use spillover::present::scale as at_scale;
use spillover::present::scene::{build, compare, Focus};
use spillover::present::timeline::Timeline;
use spillover::present::why::{company_why, person_why};

/// A text a reader can be shown, and where it comes from.
#[derive(Clone, Debug)]
struct Text {
    at: String,
    text: String,
}

/// Verbs that say a company did something with data (or that data went somewhere).
const DID: [&str; 12] = [
    "hold", "holds", "holding", "kept", "keeps", "took", "taken", "saw", "read", "reads", "went",
    "accessed",
];

/// Verbs that, right after a real company's name (or "company"), say it did something.
const DID_AFTER_A_COMPANY: [&str; 10] = [
    "has",
    "had",
    "got",
    "gets",
    "obtained",
    "used",
    "collected",
    "sees",
    "kept",
    "holds",
];

/// Words that make a did-word a possibility when one of the three words before it.
const MAY: [&str; 15] = [
    "could", "can", "cannot", "can't", "may", "might", "would", "able", "let", "lets", "letting",
    "allowed", "allow", "allows", "whether",
];

/// Phrases with a did-word that a reviewer has read: each says nothing a company did. A phrase
/// no text holds any more fails the check too, so the list never grows stale.
const REVIEWED: [(&str, &str); 31] = [
    (
        "which reads the reader's own export",
        "\"Your data\" reads the reader's own export, in their browser",
    ),
    (
        "The link holds",
        "the reader's link, and what it was written with",
    ),
    (
        "A link to this view never holds anything of an export",
        "the reader's link, and what it carries",
    ),
    ("Read it as a reader", "the teacher reads their own story"),
    (
        "Spotify ever accessed users' private Facebook messages",
        "Spotify's own words, denying it: \"We have no evidence that Spotify ever accessed…\"",
    ),
    (
        "said it never accessed people's private messages",
        "Netflix's own answer, denying it",
    ),
    ("select them to read why", "the reader reads"),
    ("Select a person to read how", "the reader reads"),
    ("How to read the graph", "the reader reads"),
    (
        "kept-end",
        "a class name in the markup (a copy out of reach now ends in a ring)",
    ),
    ("reason-friend kept", "a class name in the markup"),
    (
        "Your sandbox is kept in this browser",
        "the reader's sandbox, kept by the browser",
    ),
    (
        "sandboxes are still kept in this browser",
        "the reader's sandboxes, kept by the browser",
    ),
    (
        "No sandboxes are kept in this browser",
        "the reader's sandboxes, kept by the browser",
    ),
    (
        "your latest changes are not kept here",
        "the reader's changes, kept by the browser",
    ),
    ("Something went wrong inside Spillover", "the app failing"),
    ("Reads a friend network", "the command line reads a file"),
    (
        "Reads your own Facebook export",
        "the command line reads the reader's file",
    ),
    ("read and not understood", "the files the command line read"),
    (
        "the few files needed are read",
        "the files the command line reads",
    ),
    (
        "Spillover does not read them",
        "Spillover reads the reader's file",
    ),
    (
        "Your export is read in this page",
        "the page reads the reader's file",
    ),
    (
        "nothing is kept unless you choose",
        "the reader's export, kept by the browser only if asked",
    ),
    (
        "each friend is taken to use such an app",
        "\"taken\" as assumed, in the arithmetic",
    ),
    ("by what it holds", "a file holds its contents"),
    ("a scenario file holds", "a file holds its contents"),
    (
        "spillover-cli reads { $kind",
        "the command line reads a file",
    ),
    (
        "so it read none of it",
        "the command line read nothing of a file too big",
    ),
    (
        "friends keeps their",
        "a person's own setting keeps their data from apps: no company",
    ),
    (
        "the frame keeps the height below",
        "an embedded frame keeps its height",
    ),
    (
        "own messages already hold what everyone writes",
        "a person's own messages, in the sandbox's form",
    ),
];

/// Literals that are whole names in the markup or the command line's JSON (classes, ids, keys
/// and values), never words a reader reads.
const MARKUP: [&str; 3] = ["kept", "read", "files_read"];

/// Facts a text may state only beside the source that states it: (the words, the source's id).
/// docs/facts.md lists each, with the source's own words.
const CLAIMS: [(&str, &str); 16] = [
    ("270,000", "fb-suspend-2018"),
    ("300,000", "zuckerberg-2018"),
    ("87 million", "fb-restrict-2018"),
    ("338", "pew-2014"),
    ("50 million", "guardian-2018"),
    ("harvest ran in 2014", "guardian-2018"),
    ("$5 billion", "ftc-2019"),
    ("Friends Only", "ftc-2011"),
    ("more than 150 companies", "nyt-2018"),
    ("no evidence that Spotify ever accessed", "variety-2018"),
    ("unaware of the broad powers", "nyt-2018"),
    ("The Tyee", "tyee-2019"),
    ("privacy policy", "amazon-2018"),
    ("integration partners", "fb-partners-2018"),
    ("explicitly sign in", "fb-messaging-2018"),
    ("instant personalization", "fb-partners-2018"),
];

/// Companies of the built-ins that are invented: (built-in, company id). Every other company
/// of a built-in is real.
const INVENTED_COMPANIES: [(&str, &str); 1] = [("friends", "quiz")];

// ---- The checks ----

#[test]
fn did_words_about_companies_say_could_outside_the_reviewed_list() {
    check_did_words(&shown()).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn the_slips_of_the_facts_review_never_come_back() {
    // The README tells of the real event too (its did-words are about files and browsers, so it
    // is checked for the slips only).
    let mut texts = shown();
    texts.push(Text {
        at: "README.md".into(),
        text: fs::read_to_string(root().join("README.md")).unwrap(),
    });
    let problems = slips(&texts);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_claim_about_a_real_company_names_a_source_the_scenario_lists() {
    let problems = unsourced();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn an_unknown_start_looks_unknown() {
    // A real company's grant or deal starting on the day ordinary apps lost friends' data is a
    // stand-in for a start no source gives (the Times dates the deals from 2010, not each one):
    // it must be marked unknown, and the time line must say so.
    let mut problems = Vec::new();
    for b in BUILTINS {
        let s = parse(&b.json()).unwrap();
        let closed: BTreeSet<_> = s
            .friend_permissions
            .iter()
            .filter_map(|p| p.until)
            .collect();
        let t = Timeline::of(&s);
        for (what, company, interval) in dated(&s) {
            if !real(b.slug, &s, company) {
                continue;
            }
            let iv = interval;
            let name = &s.company(company).name;
            if iv.from.is_some_and(|d| closed.contains(&d)) && !iv.illustrative.from_unknown {
                problems.push(format!(
                    "{}: {name}'s {what} starts on the day friend permissions closed, as if it began then; mark its start unknown",
                    b.slug
                ));
            }
            // Every date of a real company's grant, deal or transfer is sourced or marked.
            let marked = |i: bool, u: bool| i || u;
            if iv.from.is_some() && !marked(iv.illustrative.from, iv.illustrative.from_unknown)
                || iv.until.is_some()
                    && !marked(iv.illustrative.until, iv.illustrative.until_unknown)
            {
                problems.push(format!(
                    "{}: {name}'s {what} has a date neither illustrative nor unknown: is it the source's own day? Then list it here as reviewed",
                    b.slug
                ));
            }
        }
        for d in &t.deals {
            if d.from_sure == spillover::core::date::Sureness::Unknown
                && !d.words(t.end).contains("start not known")
            {
                problems.push(format!(
                    "{}: the time line draws {}'s unknown start as a date",
                    b.slug, d.company
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_companies_answers_stand_beside_what_the_records_say_they_could_do() {
    // Each answer stands both in the description (read first, and on the still first screen)
    // and in a step that tells what the records say the company could do.
    let s = scenario("partners");
    let steps: Vec<&str> = s.steps.iter().map(|st| st.text.as_str()).collect();
    for words in [
        "no evidence that Spotify ever accessed users' private Facebook messages",
        "unaware of the broad powers Facebook had granted them",
        "Netflix said",
        "RBC disputed",
        "Amazon said",
        "Microsoft says",
        "Yandex said",
        "Apple said",
        "for Yahoo, no answer is recorded in the sources cited here",
        "integration partners",
    ] {
        assert!(
            s.description.contains(words),
            "the partners' description never says {words:?}"
        );
        assert!(
            steps.iter().any(|st| st.contains(words)),
            "no partners step says {words:?}"
        );
    }
    // Facebook's answer stands beside each partner, not once: every step about a partner that
    // tells what the records show gives it.
    for st in s.steps.iter().filter(|st| !st.what_if.is_active()) {
        let about_a_partner = st
            .highlight
            .iter()
            .any(|id| s.company_by_id(id).is_some_and(|c| real("partners", &s, c)));
        if about_a_partner && st.text.contains("could") {
            assert!(
                st.text.contains("Facebook's answer") || st.text.contains("Facebook answered"),
                "step \"{}\" tells what a partner could do without Facebook's answer",
                st.title
            );
        }
    }
}

#[test]
fn the_format_pages_example_invents_its_companies_and_sources() {
    let page = fs::read_to_string(root().join("docs/scenario-format.md")).unwrap();
    let mut real_names = BTreeSet::new();
    let mut real_sources = BTreeSet::new();
    for b in BUILTINS {
        let s = parse(&b.json()).unwrap();
        for c in &s.companies {
            if real(b.slug, &s, s.company_by_id(&c.id).unwrap()) {
                real_names.insert(c.name.clone());
            }
        }
        real_sources.extend(s.sources.iter().map(|x| x.id.clone()));
    }
    for block in page.split("```json\n").skip(1) {
        let example = block.split("```").next().unwrap_or("");
        for name in &real_names {
            assert!(
                !example.contains(&format!("\"{name}\"")),
                "the format page's example names a real company, {name}: use an invented one"
            );
        }
        for id in &real_sources {
            assert!(
                !example.contains(&format!("\"{id}\"")),
                "the format page's example cites a real source, {id}: invent one"
            );
        }
    }
}

#[test]
fn the_guard_catches_what_it_is_for() {
    // Each slip of the review, put back into a text, is caught; the same words said as the
    // model computes them pass.
    let text = |t: &str| {
        vec![Text {
            at: "test".into(),
            text: t.into(),
        }]
    };
    for slip in [
        "Ana: 2 companies hold their data",
        "No company holds any of Ana's data.",
        "dotted, ending in a ring: a kept copy, collected earlier",
        "switch to \"everything collected\" to see what was kept.",
        "up to 87 million people's data went with it.",
        "Spotify took the messages.",
    ] {
        assert!(
            check_did_words(&text(slip)).is_err() || !slips(&text(slip)).is_empty(),
            "not caught: {slip}"
        );
    }
    for fine in [
        "Ana: 2 companies can see their data",
        "Spotify could read, write and delete users' private messages.",
        "letting it read their messages.",
    ] {
        assert!(check_did_words(&text(fine)).is_ok(), "caught: {fine}");
    }
    for slip in [
        "While friend permissions were open (2010 to 2015), an app could ask.",
        "2018: 0.02% installed, 6.6% reached",
        "installed by about 270,000 people in 2013 (Facebook's figure).",
        "The Guardian first reported the harvest; the app was banned that month.",
        "In 2014 American adults on Facebook had 338 friends on average.",
        "Facebook-like (Pew 2014)",
        "but Amazon's deal with the platform ignored settings.",
        "that let it see the name of every user, Yandex included; no user was asked.",
        "Nothing in Femi's settings could stop that.",
        "Spotify's Facebook sign-in dates from 2011",
        "in 2011 the FTC found it did not stop apps that friends used.",
        "a $5 billion penalty on Facebook for deceiving users",
        "the diamond sits near the curve: 322 is close to Pew's average of 338.",
        "Spotify and Netflix say they never accessed messages",
        "Facebook Newsroom, \"An Update on Our Plans to Restrict Data Access on Facebook\", 4 April 2018 (about 270,000 installers; up to 87 million people)",
    ] {
        assert!(!slips(&text(slip)).is_empty(), "not caught: {slip}");
    }
}

// ---- Did-words ----

fn check_did_words(texts: &[Text]) -> Result<(), String> {
    let mut used = vec![false; REVIEWED.len()];
    let mut wrong = BTreeSet::new();
    let companies = real_company_names();
    for t in texts.iter().filter(|t| !MARKUP.contains(&t.text.as_str())) {
        for (start, end, word) in did_words(&t.text, &companies) {
            let covered = REVIEWED.iter().enumerate().find(|(_, (phrase, _))| {
                t.text
                    .match_indices(phrase)
                    .any(|(at, p)| at <= start && end <= at + p.len())
            });
            match covered {
                Some((i, _)) => used[i] = true,
                None => {
                    wrong.insert(format!(
                        "{}: \"{word}\" in: {}",
                        t.at,
                        around(&t.text, start)
                    ));
                }
            }
        }
    }
    let stale: Vec<&str> = REVIEWED
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|((p, _), _)| *p)
        .collect();
    // A check run on a few texts (the self-test) cannot use every reviewed phrase.
    let whole = texts.len() > 100;
    if wrong.is_empty() && (!whole || stale.is_empty()) {
        return Ok(());
    }
    let mut out = String::new();
    if !wrong.is_empty() {
        out.push_str("Words that say a company did what the model only says it could (say \"can see\", \"could have collected\", or add the phrase to REVIEWED with why it claims nothing):\n");
        for w in &wrong {
            out.push_str(&format!("  {w}\n"));
        }
    }
    if whole && !stale.is_empty() {
        out.push_str(&format!(
            "Reviewed phrases no text holds any more (remove them): {stale:?}\n"
        ));
    }
    Err(out)
}

/// The did-words of `text` not made possibilities by a word before them: (start, end, word).
fn did_words(text: &str, companies: &[String]) -> Vec<(usize, usize, String)> {
    let words = words_of(text);
    let mut out = Vec::new();
    for (k, (start, end, w)) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        let before: Vec<String> = words[k.saturating_sub(3)..k]
            .iter()
            .map(|(_, _, w)| w.to_lowercase())
            .collect();
        let possible = before.iter().any(|b| MAY.contains(&b.as_str()));
        if DID.contains(&lower.as_str()) && !possible {
            out.push((*start, *end, w.to_string()));
            continue;
        }
        // "Cambridge Analytica has their likes": a did-word right after a real company.
        // ("X had a deal with the platform" tells of the deal, not of data.)
        let next = words.get(k + 1).map(|(_, _, w)| w.to_lowercase());
        let of_a_deal = matches!(lower.as_str(), "has" | "had")
            && matches!(next.as_deref(), Some("a" | "no" | "any"));
        if DID_AFTER_A_COMPANY.contains(&lower.as_str()) && !of_a_deal {
            let head = text[..*start].trim_end();
            let after_company = companies.iter().any(|c| head.ends_with(c.as_str()))
                || head.ends_with("company")
                || head.ends_with("companies");
            if after_company {
                out.push((*start, *end, w.to_string()));
            }
        }
    }
    out
}

/// The words of `text` with their byte ranges: letters and apostrophes.
fn words_of(text: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let part = c.is_alphabetic() || c == '\'' || c == '\u{2019}';
        match (start, part) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((s, i, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn around(text: &str, at: usize) -> String {
    let from = floor(text, at.saturating_sub(60));
    let to = floor(text, (at + 60).min(text.len()));
    text[from..to].replace('\n', " ")
}

fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

// ---- The slips ----

/// The slips issue 21's review found, as checks over every text: each problem names the text.
fn slips(texts: &[Text]) -> Vec<String> {
    // Phrases that are never right, each with what to say instead.
    const NEVER: [(&str, &str); 18] = [
        (
            "everything collected",
            "what companies could have collected up to this date",
        ),
        ("kept copy", "could have been collected earlier"),
        ("what was kept", "what it could have collected"),
        (
            "went with it",
            "may have been improperly shared (Facebook's words)",
        ),
        (
            "ignored settings",
            "in this scenario the deal passes over settings",
        ),
        (
            "no user was asked",
            "in this model such a deal needs no one's sign-in",
        ),
        (
            "could stop that",
            "in this model, settings cannot stop a friend's mailbox",
        ),
        (
            "dates from 2011",
            "no source dates Spotify's Facebook sign-in",
        ),
        (
            "FTC found",
            "the FTC alleged (or charged): allegations Facebook settled",
        ),
        ("for deceiving", "to settle the FTC's charges that"),
        ("sits near the curve", "the range is no check of the curve"),
        ("close to Pew", "the range is no check of the curve"),
        (
            "they never accessed",
            "Spotify: \"no evidence that Spotify ever accessed\"",
        ),
        (
            "banned",
            "Facebook says it removed the app in 2015 (16 March 2018)",
        ),
        (
            "Pew 2014",
            "Pew's survey of 2013, published in February 2014",
        ),
        (
            "Pew, 2014",
            "Pew's survey of 2013, published in February 2014",
        ),
        (
            "Pew's 2014",
            "Pew's survey of 2013, published in February 2014",
        ),
        ("diamond", "the 2018 range"),
    ];
    let mut out = Vec::new();
    for t in texts {
        let lower = t.text.to_lowercase();
        for (phrase, instead) in NEVER {
            if lower.contains(&phrase.to_lowercase()) {
                out.push(format!(
                    "{}: \"{phrase}\" (say: {instead}): {}",
                    t.at,
                    around(&t.text, lower.find(&phrase.to_lowercase()).unwrap_or(0))
                ));
            }
        }
        for sentence in sentences(&t.text) {
            let has = |w: &str| sentence.to_lowercase().contains(&w.to_lowercase());
            let mut slip = |why: &str| {
                out.push(format!("{}: {why}: {sentence}", t.at));
            };
            if has("2010 to 2015") && !has("Graph API") {
                slip("\"2010 to 2015\" without saying it is the Graph API's friends permissions (apps reached friends' data from 2007)");
            }
            if has("270,000") && !has("divided") && (has("install") || has("download")) {
                if has("Facebook") && !has("16 March") {
                    slip("270,000 installers credited to Facebook without its post of 16 March 2018, which gives it");
                }
                if has("2013") && !has("created") {
                    slip("270,000 installers dated 2013: Facebook says the app was created in 2013; the Guardian dates the harvest to 2014");
                }
            }
            if has("Restrict Data Access") && has("270,000") {
                slip("270,000 credited to the post of 4 April 2018, which gives 87 million");
            }
            if (has("338") || has("at the median")) && has("2014") && !has("2013") {
                slip("Pew's figures dated 2014: they come from its survey of 2013, published in February 2014");
            }
            for (at, _) in sentence.match_indices("87 million") {
                let before = sentence[..at].to_lowercase();
                let after = &sentence[at..];
                let bound = before.ends_with("up to ")
                    || after.starts_with("87 million divided")
                    || after.starts_with("87 million ÷")
                    || after.starts_with("87 million is an upper bound");
                if !bound {
                    slip("87 million without \"up to\": Facebook gave it as an upper bound");
                }
            }
            if has("2018") && has("% reached") {
                for (at, _) in sentence.match_indices("% reached") {
                    let before = &sentence[floor(sentence, at.saturating_sub(14))..at];
                    if !before.contains("up to") {
                        slip("2018's share reached without \"up to\"");
                    }
                }
            }
            if has("FTC ruled") || has("FTC's finding") || has("the FTC had found") {
                slip("what the FTC found: its complaints allege, and Facebook settled them");
            }
        }
    }
    out
}

fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let end = matches!(c, '.' | '!' | '?' | ';')
            && bytes.get(i + 1).is_none_or(|b| *b == b' ' || *b == b'\n');
        if end {
            out.push(text[start..=i].trim());
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(text[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

// ---- Sources ----

fn unsourced() -> Vec<String> {
    let mut out = Vec::new();
    for b in BUILTINS {
        let s = parse(&b.json()).unwrap();
        let has = |id: &str| s.sources.iter().any(|x| x.id == id);
        for (what, company, _) in dated(&s) {
            if !real(b.slug, &s, company) {
                continue;
            }
            let source = match what {
                "sign-in" => s
                    .grants
                    .iter()
                    .find(|g| g.company == company)
                    .and_then(|g| g.source.clone()),
                "deal" => s
                    .agreements
                    .iter()
                    .find(|a| a.company == company)
                    .and_then(|a| a.source.clone()),
                _ => s
                    .transfers
                    .iter()
                    .find(|t| t.from_company == company || t.to_company == company)
                    .and_then(|t| t.source.clone()),
            };
            match source {
                Some(id) if has(&id) => {}
                Some(id) => out.push(format!(
                    "{}: {}'s {what} cites {id}, which the scenario does not list",
                    b.slug,
                    s.company(company).name
                )),
                None => out.push(format!(
                    "{}: {}'s {what} cites no source",
                    b.slug,
                    s.company(company).name
                )),
            }
        }
        for st in &s.steps {
            let names_a_real_company = s.companies.iter().any(|c| {
                real(b.slug, &s, s.company_by_id(&c.id).unwrap())
                    && (st.text.contains(&c.name) || st.highlight.contains(&c.id))
            });
            if names_a_real_company && !st.what_if.is_active() {
                match &st.source {
                    Some(id) if has(id) => {}
                    _ => out.push(format!(
                        "{}: the step \"{}\" tells of a real company without a source",
                        b.slug, st.title
                    )),
                }
            }
        }
        for text in texts_of(&s) {
            for (words, id) in CLAIMS {
                if text.contains(words) && !has(id) {
                    out.push(format!(
                        "{}: says \"{words}\" but does not list {id}, the source that states it",
                        b.slug
                    ));
                }
            }
        }
    }
    // "At scale": each step names its sources by id, each one of the view's.
    for st in at_scale::story() {
        if st.cites.is_empty() {
            out.push(format!("At scale: the step \"{}\" cites nothing", st.title));
        }
        for id in st.cites {
            if at_scale::source(id).is_none() {
                out.push(format!(
                    "At scale: the step \"{}\" cites {id}, which the view does not list",
                    st.title
                ));
            }
        }
        for (words, id) in CLAIMS {
            if st.text.contains(words) && !st.cites.contains(&id) {
                out.push(format!(
                    "At scale: the step \"{}\" says \"{words}\" without citing {id}",
                    st.title
                ));
            }
        }
    }
    // The headline's real scale links the post it quotes last, and dates the one it quotes first.
    if !((SCALE.text)().contains("16 March 2018") && SCALE.date == "2018-04-04") {
        out.push(
            "the headline's scale must date 270,000 to 16 March 2018 and link 4 April 2018's post"
                .into(),
        );
    }
    // docs/facts.md lists every claim the guard knows, by its source.
    let facts = fs::read_to_string(root().join("docs/facts.md")).unwrap();
    for (words, id) in CLAIMS {
        if !facts.contains(&format!("`{id}`")) {
            out.push(format!(
                "docs/facts.md lacks {id}, the source of \"{words}\""
            ));
        }
    }
    out
}

/// Each dated element of a scenario that involves a company: what it is, the company, and its
/// dates.
fn dated(
    s: &Scenario,
) -> Vec<(
    &'static str,
    spillover::core::model::CompanyIx,
    spillover::core::date::Interval,
)> {
    let mut out: Vec<_> = s
        .grants
        .iter()
        .map(|g| ("sign-in", g.company, g.interval))
        .collect();
    out.extend(s.agreements.iter().map(|a| ("deal", a.company, a.interval)));
    for t in &s.transfers {
        out.push(("transfer", t.from_company, t.interval));
        out.push(("transfer", t.to_company, t.interval));
    }
    out
}

fn real(slug: &str, s: &Scenario, company: spillover::core::model::CompanyIx) -> bool {
    let id = &s.company(company).id;
    !INVENTED_COMPANIES
        .iter()
        .any(|(b, c)| *b == slug && c == id)
}

fn real_company_names() -> Vec<String> {
    let mut out = BTreeSet::new();
    for b in BUILTINS {
        let s = parse(&b.json()).unwrap();
        for c in &s.companies {
            if real(b.slug, &s, s.company_by_id(&c.id).unwrap()) {
                out.insert(c.name.clone());
                // "Microsoft's Bing", "Bing": the name's last word too.
                if let Some(last) = c.name.split(' ').next_back() {
                    out.insert(last.to_string());
                }
            }
        }
    }
    out.into_iter().collect()
}

fn scenario(slug: &str) -> Scenario {
    let b = BUILTINS.iter().find(|b| b.slug == slug).unwrap();
    parse(&b.json()).unwrap()
}

/// A scenario's own words: title, description, each step's title and text, source titles.
fn texts_of(s: &Scenario) -> Vec<String> {
    let mut out = vec![s.title.clone(), s.description.clone()];
    for st in &s.steps {
        out.push(st.title.clone());
        out.push(st.text.clone());
    }
    out
}

// ---- Every word a reader can be shown ----

/// Every text a reader can be shown, as far as the code lets a test reach it: the literals the
/// page's words are made of, and the words made of them for every built-in.
fn shown() -> Vec<Text> {
    let mut out = Vec::new();
    for dir in ["src/present", "src/web", "src/bin"] {
        for file in rust_files(&root().join(dir)) {
            let code = fs::read_to_string(&file).unwrap();
            let name = file.strip_prefix(root()).unwrap().display().to_string();
            for (line, text) in literals(&code) {
                out.push(Text {
                    at: format!("{name}:{line}"),
                    text,
                });
            }
        }
    }
    out.extend(catalogue());
    for b in BUILTINS {
        let s = parse(&b.json()).unwrap();
        for (i, text) in texts_of(&s).into_iter().enumerate() {
            out.push(Text {
                at: format!("static/scenarios/{}.json text {i}", b.slug),
                text,
            });
        }
        for src in &s.sources {
            out.push(Text {
                at: format!("{} source {}", b.slug, src.id),
                text: src.title.clone(),
            });
        }
        out.extend(made_for(b.slug, &s));
    }
    out.extend(at_scale_words());
    out.push(Text {
        at: "headline::SCALE".into(),
        text: (SCALE.text)(),
    });
    out.push(Text {
        at: "headline::PARTNERS".into(),
        text: (PARTNERS.text)(),
    });
    for open in [true, false] {
        let params = Params {
            model: Model::FacebookLike,
            people: 200,
            friends: 20,
            seed: 1,
        };
        let rates = Rates {
            install: 0.01,
            opt_out: 0.1,
            open,
        };
        let g = generated::scenario(params, rates).unwrap();
        out.push(Text {
            at: "spillover-cli generate: description".into(),
            text: g.description,
        });
    }
    out
}

/// Every message of the catalogue in every language (`static/words/*/*.ftl`), as written:
/// the words the code says by id, variants and all.
fn catalogue() -> Vec<Text> {
    let mut out = Vec::new();
    let mut folders: Vec<PathBuf> = fs::read_dir(root().join("static/words"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    folders.sort();
    for folder in folders {
        let mut files: Vec<PathBuf> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        // The refusals of files and links, the notes on an address and on the sandboxes kept in
        // the browser, the problems of the files read and the command line's own words speak of
        // the reader's file, link, sandbox or program ("the file holds", "it is kept",
        // "spillover-cli reads"), never of a company: src/files, src/view, src/sandbox and
        // src/bin, where they were written, were never read here.
        let about_companies = |f: &PathBuf| {
            ![
                "files.ftl",
                "address.ftl",
                "storage.ftl",
                "problems-scenario.ftl",
                "problems-network.ftl",
                "problems-zip.ftl",
                "problems-export.ftl",
            ]
            .iter()
            .any(|own| f.ends_with(own))
        };
        for file in files.into_iter().filter(about_companies) {
            let name = file.strip_prefix(root()).unwrap().display().to_string();
            let text = fs::read_to_string(&file).unwrap();
            let mut message: Option<(usize, String)> = None;
            for (n, line) in text.lines().enumerate() {
                let continues = line.starts_with(' ') || line.starts_with('}') && message.is_some();
                if continues {
                    if let Some((_, m)) = &mut message {
                        m.push('\n');
                        m.push_str(line);
                    }
                    continue;
                }
                if let Some((at, m)) = message.take() {
                    out.push(Text {
                        at: format!("{name}:{at}"),
                        text: m,
                    });
                }
                if let Some((_, value)) = line.split_once(" = ").filter(|_| !line.starts_with('#'))
                {
                    message = Some((n + 1, value.to_string()));
                }
            }
            if let Some((at, m)) = message {
                out.push(Text {
                    at: format!("{name}:{at}"),
                    text: m,
                });
            }
        }
    }
    assert!(out.len() > 10, "the catalogue's messages were not found");
    out
}

/// What the present layer writes of one built-in: in both views, on its own date and every
/// step's, the explanations (the command line's and "why?"'s), every person's and company's
/// "why?", the graph's summaries and lines, the time line, the captions, the headline and the
/// still first screen.
fn made_for(slug: &str, s: &Scenario) -> Vec<Text> {
    let mut out = Vec::new();
    let e = Engine::new(s.clone());
    let open = Engine::new(settings_open(s));
    let l = layout(s);
    let mut days: BTreeSet<_> = s.steps.iter().filter_map(|st| st.date).collect();
    days.insert(s.date);
    let mut push = |at: String, text: String| out.push(Text { at, text });
    for day in days {
        for mode in [Mode::Access, Mode::Collected] {
            let x = e.evaluate(day, mode);
            let o = open.evaluate(day, mode);
            let figures = Figures::of(s, &x);
            let at = |what: &str| format!("{slug} {day} {}: {what}", mode.as_str());
            for f in report(&e, &x).facts {
                push(at("spillover-cli exposure explanation"), f.explanation);
            }
            for p in 0..s.people.len() {
                let why = person_why(
                    &e,
                    &x,
                    &o,
                    &figures,
                    spillover::core::model::PersonIx(p as u32),
                );
                push(at("why? heading"), why.heading);
                push(at("why? summary"), why.summary);
                push(at("why? why not"), why.why_not.unwrap_or_default());
                for h in why.holders {
                    for r in h.routes {
                        let through = r.through.map(|(_, n, a)| format!("{n}{a}"));
                        push(
                            at("why? route"),
                            format!("{} {}", r.words, through.unwrap_or_default()),
                        );
                    }
                }
            }
            for c in 0..s.companies.len() {
                let why = company_why(
                    &e,
                    &x,
                    &figures,
                    spillover::core::model::CompanyIx(c as u32),
                );
                push(at("why? of a company"), why.summary);
                push(at("why? why not"), why.why_not.unwrap_or_default());
            }
            let mut scene = build(&e, (&x, &figures), &o, &l, &Focus::default());
            let live = e.access(day);
            compare(
                &mut scene,
                s,
                &x,
                (mode == Mode::Collected).then_some(&live),
                None,
                &l,
            );
            for n in &scene.nodes {
                push(at("graph summary"), n.summary().clone());
            }
            for f in &scene.flows {
                push(at("graph line"), f.label.clone());
            }
            for line in scene.friendships.iter().chain(&scene.transfers) {
                push(at("graph line"), scene.words(line));
            }
        }
    }
    let t = Timeline::of(s);
    for era in &t.eras {
        push(format!("{slug} time line"), era.words(t.end));
    }
    for d in &t.deals {
        push(format!("{slug} time line"), d.words(t.end));
    }
    for m in &t.markers {
        push(format!("{slug} time line"), m.label.clone());
    }
    for day in &t.changes {
        let after = company_figures(s, &e.access(*day));
        let before = company_figures(s, &e.access(day.pred()));
        let era = t
            .era_at(*day)
            .filter(|era| era.from == *day)
            .map(|era| (era.kind.label(), era.from_illustrative));
        push(
            format!("{slug} caption"),
            caption(s, *day, era, Compared::DayBefore(&before), &after),
        );
    }
    push(
        format!("{slug} headline"),
        headline(s, &Figures::of(s, &e.collected(s.date))).text(),
    );
    let html = first_screen::html(slug, &e, &l, &Doors::default());
    push(format!("{slug} still first screen"), without_tags(&html));
    push(
        format!("{slug} still first screen: picture words"),
        first_screen::picture_words(&e),
    );
    out
}

fn at_scale_words() -> Vec<Text> {
    let mut out = Vec::new();
    let mut push = |at: &str, text: String| {
        out.push(Text {
            at: format!("At scale: {at}"),
            text,
        })
    };
    let r = reach(Params {
        model: Model::FacebookLike,
        people: 2_000,
        friends: 50,
        seed: 1,
    })
    .unwrap();
    for t in at_scale::meaning(&r, 50) {
        push("meaning", t);
    }
    for st in at_scale::story() {
        push("story", format!("{} {} {}", st.title, st.text, st.source));
    }
    for (what, _) in at_scale::sources() {
        push("sources", what.to_string());
    }
    let setting = Setting {
        install: Share::of(0.001),
        narrowed: Share::NONE,
        open: true,
    };
    let f = r.figures(setting);
    let p = at_scale::plot(&f, 0.001);
    push("plot", p.real.label);
    push("plot", p.reader.label);
    push("figures", at_scale::spoken(&f));
    push("picture", at_scale::sample_caption(&r, setting).0);
    for m in Model::ALL {
        push("model", at_scale::model_name(m).to_string());
    }
    out
}

/// The text of HTML: tags dropped, the entities the writer uses read back.
fn without_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Whether a literal after `before` is a message's id (`say!("why-kept-back", …)`): the
/// catalogue's words are read from the catalogue, not from the id that names them.
fn message_id(before: &[char]) -> bool {
    let before: String = before[before.len().saturating_sub(12)..].iter().collect();
    let before = before.trim_end();
    before.ends_with("say!(") || before.ends_with("word!(")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The string literals of Rust `code` outside comments and `#[cfg(test)]` items, each with its
/// line, escapes read (a line continuation joins the lines).
fn literals(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let tests = test_items(&chars);
    let in_test = |i: usize| tests.iter().any(|(a, b)| (*a..*b).contains(&i));
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let ident_before = |i: usize| i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    while i < chars.len() {
        let (c, next) = (chars[i], chars.get(i + 1).copied());
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == 'r' && matches!(next, Some('"') | Some('#')) && !ident_before(i) {
            let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                i += 1;
                continue;
            }
            let (start, at) = (i, line);
            i += 2 + hashes;
            let mut text = String::new();
            while i < chars.len() {
                if chars[i] == '"' && chars[i + 1..].iter().take(hashes).all(|&c| c == '#') {
                    i += 1 + hashes;
                    break;
                }
                if chars[i] == '\n' {
                    line += 1;
                }
                text.push(chars[i]);
                i += 1;
            }
            if !in_test(start) {
                out.push((at, text));
            }
        } else if c == '"' {
            let (start, at) = (i, line);
            i += 1;
            let mut text = String::new();
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                    match chars.get(i) {
                        Some('n') => text.push('\n'),
                        Some('t') => text.push('\t'),
                        Some('\n') => {
                            line += 1;
                            while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                if chars[i + 1] == '\n' {
                                    line += 1;
                                }
                                i += 1;
                            }
                        }
                        Some('u') => {
                            while chars.get(i).is_some_and(|c| *c != '}') {
                                i += 1;
                            }
                        }
                        Some(other) => text.push(*other),
                        None => {}
                    }
                    i += 1;
                    continue;
                }
                if chars[i] == '\n' {
                    line += 1;
                }
                text.push(chars[i]);
                i += 1;
            }
            i += 1;
            if !in_test(start) && !message_id(&chars[..start]) {
                out.push((at, text));
            }
        } else if c == '\'' {
            // A character literal ('"', '\n', '\u{7f}'), or else a lifetime.
            let end = if next == Some('\\') {
                chars
                    .get(i + 3..)
                    .and_then(|rest| rest.iter().position(|&c| c == '\''))
                    .map(|p| i + 3 + p)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            i = end.map_or(i + 1, |e| e + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// The char ranges of `#[cfg(test)]` items (found in code whose strings and comments may hold
/// the words too: a range starts only at an attribute outside them, which `literals` skips).
fn test_items(chars: &[char]) -> Vec<(usize, usize)> {
    let text: String = chars.iter().collect();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("#[cfg(test)]") {
        let at = from + found;
        let at_chars = text[..at].chars().count();
        let Some(open) = text[at..].find('{').map(|o| at + o) else {
            break;
        };
        if text[at..open].contains(';') {
            from = open;
            continue;
        }
        let mut depth = 0;
        let mut end = text.len();
        for (k, c) in text[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.push((at_chars, text[..end].chars().count()));
        from = end;
    }
    out
}

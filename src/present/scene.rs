//! What to draw: a pure function from a scenario, its result and a layout to shapes and words.
//!
//! The browser maps a [`Scene`] to SVG and nothing more, so everything a reader sees on the
//! graph (which lines, which reason each flow shows, which nodes stand out, every label and
//! summary) is decided and tested here, natively. One flow is drawn per company and person, in
//! the style of the strongest reason among the categories it carries.

use std::collections::HashSet;

use crate::core::engine::{Engine, Exposure, Mode, Reason, ReasonKind};
use crate::core::model::{CompanyIx, CompanyKind, Node, PersonIx, Scenario};
use crate::present::figures::{consents, person_figures, Figures, Holding};
use crate::present::layout::{Layout, Point};
use crate::present::words::{Label, Name};
use crate::{say, word};

/// Joins two ids in a key. Ids never hold a control character (the file checks refuse them),
/// so `"a b" + "c"` and `"a" + "b c"` give different keys.
pub const KEY_SEPARATOR: char = '\u{1f}';

/// Everything on the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Lines between friends, drawn first.
    pub friendships: Vec<Line>,
    /// Transfers between companies.
    pub transfers: Vec<Line>,
    /// Data flows from people to companies.
    pub flows: Vec<Flow>,
    /// People and companies, drawn last.
    pub nodes: Vec<DrawnNode>,
    /// What a what-if took away: the flows of the scenario as it happened that are not here
    /// (see [`compare`]), drawn faintly under the rest.
    pub ghosts: Vec<Flow>,
    /// Whether something is selected or highlighted, so the rest is dimmed.
    pub focused: bool,
    /// What each of `transfers` hands on, in words, in the same order.
    pub transfer_words: Vec<String>,
}

/// What the words under the picture say when nobody is pointed at or selected: on the SVG
/// graph, whose nodes take focus (`keyboard`), and on a big network's canvas, whose do not.
pub fn summary_hint(keyboard: bool) -> &'static str {
    if keyboard {
        word!("graph-hint-keyboard")
    } else {
        word!("graph-hint")
    }
}

impl Scene {
    /// Where `n` is in [`Scene::nodes`], if the scene has it (people come first, in the
    /// scenario's order, then companies).
    pub fn index(&self, n: Node) -> Option<usize> {
        let i = match n {
            Node::Person(p) => p.ix(),
            Node::Company(c) => self.people() + c.ix(),
        };
        self.nodes.get(i).filter(|d| d.selects == n).map(|_| i)
    }

    /// How many of [`Scene::nodes`] are people (they come first).
    pub fn people(&self) -> usize {
        self.nodes
            .partition_point(|d| matches!(d.kind, NodeKind::Person(_)))
    }

    /// The drawn node of `n`, if the scene has it.
    pub fn node(&self, n: Node) -> Option<&DrawnNode> {
        self.index(n).map(|i| &self.nodes[i])
    }

    /// The words under the picture: the summary of the node `pointed` at, else of the one
    /// `selected`, else `hint`. Always this scene's, so they never speak of another date,
    /// mode, what-if or scenario than the picture above them.
    pub fn summary_line(
        &self,
        pointed: Option<Node>,
        selected: Option<Node>,
        hint: &str,
    ) -> String {
        pointed
            .and_then(|n| self.node(n))
            .or_else(|| selected.and_then(|n| self.node(n)))
            .map_or_else(|| hint.to_string(), DrawnNode::summary)
    }

    /// What `line` is, in words, for a tooltip or a screen reader: written when asked, since a
    /// big network's scene has hundreds of thousands of friendships and is rebuilt on every
    /// date move, while only the SVG graph (of small networks) says them.
    pub fn words(&self, line: &Line) -> String {
        match line.of {
            LineOf::Friendship(_) => {
                let name = |n: Node| {
                    let ix = match n {
                        Node::Person(p) => p.ix(),
                        Node::Company(_) => usize::MAX,
                    };
                    // People come first, in the scenario's order.
                    self.nodes
                        .get(ix)
                        .filter(|d| d.selects == n)
                        .or_else(|| self.nodes.iter().find(|d| d.selects == n))
                        .map_or("", |d| d.label.as_str())
                };
                say!(
                    "graph-friendship",
                    first = name(line.ends[0]),
                    second = name(line.ends[1]),
                    messages = if line.messages { "yes" } else { "no" },
                )
            }
            LineOf::Transfer(_) => self
                .transfers
                .iter()
                .position(|t| t.of == line.of)
                .and_then(|i| self.transfer_words.get(i))
                .cloned()
                .unwrap_or_default(),
        }
    }
}

/// How much an element stands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emphasis {
    /// Drawn as usual.
    Normal,
    /// Part of what is selected or highlighted.
    Strong,
    /// Pushed back, because something else is focused.
    Dimmed,
}

/// A line between two nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Which line of the scenario it is: the kind and its index (two friendships may join the
    /// same pair, over different periods). [`Line::key`] makes a key of it.
    pub of: LineOf,
    /// The nodes it joins, so a drawing can place it by a newer layout ([`Layout::at`]).
    pub ends: [Node; 2],
    /// One end.
    pub from: Point,
    /// The other end.
    pub to: Point,
    /// For friendships, whether the two message each other.
    pub messages: bool,
    /// How much it stands out.
    pub emphasis: Emphasis,
}

/// A line of the scenario, by kind and index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineOf {
    /// The friendship of this index.
    Friendship(usize),
    /// The transfer of this index.
    Transfer(usize),
}

impl Line {
    /// A key unique in the scene and stable across renders.
    pub fn key(&self) -> String {
        match self.of {
            LineOf::Friendship(i) => format!("friendship {i}"),
            LineOf::Transfer(i) => format!("transfer {i}"),
        }
    }
}

/// The data of one person that one company holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// A key unique in the scene and stable across renders: the company's and the person's ids,
    /// joined by [`KEY_SEPARATOR`], which no id can hold.
    pub key: String,
    /// The person whose data it is.
    pub person: PersonIx,
    /// The company that holds it.
    pub company: CompanyIx,
    /// The person's end.
    pub from: Point,
    /// The company's end.
    pub to: Point,
    /// The strongest primary reason among the categories.
    pub reason: ReasonKind,
    /// What the company holds, in words: "Spotify: Ana's name, messages (…)".
    pub label: String,
    /// How much it stands out.
    pub emphasis: Emphasis,
    /// In the collected view: the company keeps copies of this data but can no longer reach
    /// any of it on the date (see [`compare`]), so it is drawn apart from live access.
    pub kept: bool,
}

/// How a node is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A person, and their situation.
    Person(PersonState),
    /// A company of this kind.
    Company(CompanyKind),
}

/// A person's situation at a glance: the ring around them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonState {
    /// Some company they never said yes to holds their data.
    pub exposed: bool,
    /// They said yes to some company.
    pub said_yes: bool,
    /// Their settings kept some data from some company.
    pub protected: bool,
}

impl PersonState {
    /// The ring's class: `exposed`, `consented` or `untouched`, and `protected` beside it.
    pub fn ring(self) -> &'static str {
        if self.exposed {
            "exposed"
        } else if self.said_yes {
            "consented"
        } else {
            "untouched"
        }
    }
}

/// A person or company.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnNode {
    /// The id from the scenario.
    pub id: String,
    /// Which node this is.
    pub selects: Node,
    /// The name to print.
    pub label: String,
    /// Where.
    pub at: Point,
    /// Person or company, and its state.
    pub kind: NodeKind,
    /// The figures of its one-line summary ([`DrawnNode::summary`]).
    pub figures: Summary,
    /// How much it stands out.
    pub emphasis: Emphasis,
}

/// What a node's one-line summary says, kept as figures: a big network's scene has thousands of
/// nodes and is made again on every date move and edit, while a summary is read only where a
/// node is pointed at or drawn as SVG, so its words are written when asked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Summary {
    /// A person: how many companies hold their data, how many without their yes, in which
    /// view, and whether their settings held something back.
    Person {
        companies: usize,
        without: usize,
        mode: Mode,
        held_back: bool,
    },
    /// A company: how many people it reaches, and how many of them said yes.
    Company { reached: u32, consented: u32 },
}

impl DrawnNode {
    /// A one-line summary for a tooltip or screen reader.
    pub fn summary(&self) -> String {
        match self.figures {
            Summary::Person {
                companies,
                without,
                mode,
                held_back,
            } => {
                let who = Name(&self.label);
                let mut summary = say!(
                    "graph-person",
                    person = who.0,
                    you = who.you(),
                    companies = companies,
                    without = without,
                    mode = mode.as_str(),
                );
                if held_back {
                    summary.push_str(&say!("graph-person-held-back", you = who.you()));
                }
                summary
            }
            Summary::Company { reached, consented } => say!(
                "graph-company",
                company = self.label.as_str(),
                reached = reached,
                consented = consented,
            ),
        }
    }
}

/// What to bring forward: a selected node and the ids a story step points at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Focus {
    /// The node whose "why?" is open.
    pub selected: Option<Node>,
    /// Ids of people and companies to highlight.
    pub highlight: Vec<String>,
}

/// Builds the scene of `exposure`. `open` is the same evaluation with everyone's settings open
/// ([`crate::core::whatif::settings_open`]): a person with a fact there and not here was protected.
pub fn build(
    engine: &Engine,
    (exposure, figures): (&Exposure, &Figures),
    open: &Exposure,
    layout: &Layout,
    focus: &Focus,
) -> Scene {
    let s = engine.scenario();
    let lit = Lit::of(s, exposure, focus);
    let (said_yes, protected) = marks(s, exposure, open);
    let (transfers, transfer_words) = transfers(s, exposure, layout, &lit);
    let (flows, nodes) = people_and_companies(
        s,
        (exposure, figures),
        (&said_yes, &protected),
        layout,
        &lit,
    );
    Scene {
        friendships: friendships(s, exposure, layout, &lit),
        transfers,
        flows,
        nodes,
        ghosts: Vec::new(),
        focused: lit.on,
        transfer_words,
    }
}

/// Who said yes to some company, and who was protected: had a fact in `open` (everyone's
/// settings open) that `exposure` lacks. Each by person index.
fn marks(s: &Scenario, exposure: &Exposure, open: &Exposure) -> (Vec<bool>, Vec<bool>) {
    // Who said yes to some company, and who had a fact kept back by their settings: one pass
    // each, not one per person (a network of thousands has thousands of facts).
    let mut said_yes = vec![false; s.people.len()];
    for g in consents(s, exposure.date, exposure.mode) {
        said_yes[g.person.ix()] = true;
    }
    let mut protected = vec![false; s.people.len()];
    for f in &open.facts {
        if exposure.find(f.company, f.person, f.category).is_none() {
            protected[f.person.ix()] = true;
        }
    }
    (said_yes, protected)
}

/// The friendships that hold at the exposure's date (or, collected, up to it).
fn friendships(s: &Scenario, exposure: &Exposure, layout: &Layout, lit: &Lit) -> Vec<Line> {
    s.friendships
        .iter()
        .enumerate()
        .filter(|(_, f)| exposure.counts(&f.interval))
        .map(|(i, f)| {
            let [a, b] = f.between;
            // No words here: a big network has hundreds of thousands of friendships, rebuilt
            // on every date move, and only the SVG graph says them ([`Scene::words`]).
            Line {
                of: LineOf::Friendship(i),
                ends: [Node::Person(a), Node::Person(b)],
                from: layout.people[a.ix()],
                to: layout.people[b.ix()],
                messages: f.messages,
                emphasis: lit.emphasis(lit.friendships.contains(&(a.min(b), a.max(b)))),
            }
        })
        .collect()
}

/// The transfers that hold, as lines between companies, with what each hands on in words.
fn transfers(
    s: &Scenario,
    exposure: &Exposure,
    layout: &Layout,
    lit: &Lit,
) -> (Vec<Line>, Vec<String>) {
    let mut transfer_words = Vec::new();
    let transfers = s
        .transfers
        .iter()
        .enumerate()
        .filter(|(_, t)| exposure.counts(&t.interval))
        .map(|(i, t)| {
            let (a, b) = (t.from_company, t.to_company);
            let what: Vec<&str> = t.categories.iter().map(|c| c.label()).collect();
            transfer_words.push(say!(
                "graph-transfer",
                from = s.company(a).name.as_str(),
                categories = what.join(", "),
                to = s.company(b).name.as_str(),
            ));
            Line {
                of: LineOf::Transfer(i),
                ends: [Node::Company(a), Node::Company(b)],
                from: layout.companies[a.ix()],
                to: layout.companies[b.ix()],
                messages: false,
                emphasis: lit.emphasis(lit.companies.contains(&a) && lit.companies.contains(&b)),
            }
        })
        .collect();
    (transfers, transfer_words)
}

/// Each person's flows (one to each company that holds their data) and node with its ring and
/// summary, then each company's node. `said_yes` and `protected` are [`marks`]'.
fn people_and_companies(
    s: &Scenario,
    (exposure, figures): (&Exposure, &Figures),
    (said_yes, protected): (&[bool], &[bool]),
    layout: &Layout,
    lit: &Lit,
) -> (Vec<Flow>, Vec<DrawnNode>) {
    let people = &figures.people;
    let mut flows = Vec::new();
    let mut nodes = Vec::new();
    for (p, figures) in s.people.iter().zip(people) {
        let person = figures.person;
        let at = layout.people[person.ix()];
        for h in &figures.holdings {
            let strong = lit.flows.contains(&(h.company, person));
            flows.push(flow(s, person, at, layout, h, lit.emphasis(strong)));
        }
        let state = PersonState {
            exposed: figures.holdings.iter().any(|h| !h.ever_consented),
            said_yes: said_yes[person.ix()],
            protected: protected[person.ix()],
        };
        let unasked = figures
            .holdings
            .iter()
            .filter(|h| !h.ever_consented)
            .count();
        nodes.push(DrawnNode {
            id: p.id.clone(),
            selects: Node::Person(person),
            label: p.name.clone(),
            at,
            kind: NodeKind::Person(state),
            figures: Summary::Person {
                companies: figures.holdings.len(),
                without: unasked,
                mode: exposure.mode,
                held_back: state.protected,
            },
            emphasis: lit.emphasis(lit.people.contains(&person)),
        });
    }
    for (c, f) in s.companies.iter().zip(&figures.companies) {
        nodes.push(DrawnNode {
            id: c.id.clone(),
            selects: Node::Company(f.company),
            label: c.name.clone(),
            at: layout.companies[f.company.ix()],
            kind: NodeKind::Company(c.kind),
            figures: Summary::Company {
                reached: f.reached,
                consented: f.consented,
            },
            emphasis: lit.emphasis(lit.companies.contains(&f.company)),
        });
    }
    (flows, nodes)
}

/// Marks what the picture means against two other results, both at the same date. `live` is
/// what companies can see on the date, given in the collected view: a flow none of whose data
/// the company can still reach is one it could only have collected earlier. `without` is the result of the scenario as it
/// happened, given under a what-if: each company and person it holds that `exposure` does not
/// becomes a ghost, what the what-if took away. `s` is the scenario `exposure` is of (a what-if
/// keeps every person and company where it was, so indices are shared).
pub fn compare(
    scene: &mut Scene,
    s: &Scenario,
    exposure: &Exposure,
    live: Option<&Exposure>,
    without: Option<(&Scenario, &Exposure)>,
    layout: &Layout,
) {
    if let Some(live) = live {
        let reachable: HashSet<(CompanyIx, PersonIx)> =
            live.facts.iter().map(|f| (f.company, f.person)).collect();
        for f in &mut scene.flows {
            f.kept = !reachable.contains(&(f.company, f.person));
            if f.kept {
                f.label.push_str(word!("graph-flow-kept"));
            }
        }
    }
    scene.ghosts.clear();
    let Some((original, before)) = without else {
        return;
    };
    let now: HashSet<(CompanyIx, PersonIx)> = exposure
        .facts
        .iter()
        .map(|f| (f.company, f.person))
        .collect();
    for figures in person_figures(original, before) {
        let person = figures.person;
        for h in figures
            .holdings
            .iter()
            .filter(|h| !now.contains(&(h.company, person)))
        {
            let mut ghost = flow(
                s,
                person,
                layout.people[person.ix()],
                layout,
                h,
                Emphasis::Normal,
            );
            ghost.label = say!("graph-ghost", flow = ghost.label);
            scene.ghosts.push(ghost);
        }
    }
}

/// What the focus lights up.
#[derive(Default)]
struct Lit {
    on: bool,
    people: HashSet<PersonIx>,
    companies: HashSet<CompanyIx>,
    flows: HashSet<(CompanyIx, PersonIx)>,
    friendships: HashSet<(PersonIx, PersonIx)>,
}

impl Lit {
    fn of(s: &Scenario, exposure: &Exposure, focus: &Focus) -> Lit {
        let mut lit = Lit::default();
        match focus.selected {
            Some(Node::Person(p)) => {
                lit.on = true;
                lit.people.insert(p);
                for f in exposure.facts.iter().filter(|f| f.person == p) {
                    lit.companies.insert(f.company);
                    lit.flows.insert((f.company, p));
                    match f.reason {
                        Reason::Friend { via, .. } | Reason::Mailbox { via, .. } => {
                            lit.people.insert(via);
                            lit.friendships.insert((p.min(via), p.max(via)));
                            lit.flows.insert((f.company, via));
                        }
                        Reason::Transfer { from, .. } => {
                            lit.companies.insert(from);
                            lit.flows.insert((from, p));
                        }
                        Reason::Consent { .. } | Reason::Deal(_) => {}
                    }
                }
            }
            Some(Node::Company(c)) => {
                lit.on = true;
                lit.companies.insert(c);
                for f in exposure.of_company(c) {
                    lit.people.insert(f.person);
                    lit.flows.insert((c, f.person));
                }
            }
            None => {}
        }
        if !focus.highlight.is_empty() {
            lit.on = true;
            let people: HashSet<PersonIx> = focus
                .highlight
                .iter()
                .filter_map(|id| s.person_by_id(id))
                .collect();
            let companies: HashSet<CompanyIx> = focus
                .highlight
                .iter()
                .filter_map(|id| s.company_by_id(id))
                .collect();
            for f in &exposure.facts {
                // Flows between two highlighted ends; with only companies highlighted, all of
                // theirs; with only people, all of theirs.
                let shown = match (people.is_empty(), companies.is_empty()) {
                    (false, false) => people.contains(&f.person) && companies.contains(&f.company),
                    (true, false) => companies.contains(&f.company),
                    (false, true) => people.contains(&f.person),
                    (true, true) => false,
                };
                if shown {
                    lit.flows.insert((f.company, f.person));
                }
            }
            lit.people.extend(people);
            lit.companies.extend(companies);
        }
        lit
    }

    fn emphasis(&self, strong: bool) -> Emphasis {
        match (self.on, strong) {
            (false, _) => Emphasis::Normal,
            (true, true) => Emphasis::Strong,
            (true, false) => Emphasis::Dimmed,
        }
    }
}

fn flow(
    s: &Scenario,
    person: PersonIx,
    at: Point,
    layout: &Layout,
    h: &Holding,
    emphasis: Emphasis,
) -> Flow {
    let company = s.company(h.company);
    let p = s.person(person);
    let reason = h
        .categories
        .iter()
        .map(|(_, r)| *r)
        .min()
        .unwrap_or(ReasonKind::Consent);
    let what: Vec<&str> = h.categories.iter().map(|(c, _)| c.label()).collect();
    Flow {
        key: format!("{}{KEY_SEPARATOR}{}", company.id, p.id),
        person,
        company: h.company,
        from: at,
        to: layout.companies[h.company.ix()],
        reason,
        label: say!(
            "graph-flow",
            company = company.name.as_str(),
            person = p.name.as_str(),
            you = Name(&p.name).you(),
            categories = what.join(", "),
            reason = reason.label(),
        ),
        emphasis,
        kept: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::whatif::settings_open;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;
    use crate::present::layout::layout;

    fn scene(slug: usize, focus: &Focus) -> (Engine, Scene) {
        let s = parse(&BUILTINS[slug].json()).unwrap();
        let l = layout(&s);
        let open = Engine::new(settings_open(&s)).access(s.date);
        let e = Engine::new(s);
        let x = e.access(e.scenario().date);
        let sc = build(&e, (&x, &Figures::of(e.scenario(), &x)), &open, &l, focus);
        (e, sc)
    }

    fn node<'a>(sc: &'a Scene, id: &str) -> &'a DrawnNode {
        sc.nodes.iter().find(|n| n.id == id).unwrap()
    }

    #[test]
    fn the_line_under_the_picture_is_always_this_scenes() {
        let (e, sc) = scene(2, &Focus::default());
        let s = e.scenario();
        let bing = Node::Company(s.company_by_id("bing").unwrap());
        let first = Node::Person(crate::core::model::PersonIx(0));
        assert_eq!(sc.node(bing).map(|d| d.id.as_str()), Some("bing"));
        assert_eq!(sc.index(first), Some(0));
        assert_eq!(sc.people(), s.people.len());
        assert_eq!(
            sc.summary_line(Some(bing), Some(first), "hint"),
            node(&sc, "bing").summary()
        );
        assert_eq!(
            sc.summary_line(None, Some(first), "hint"),
            sc.nodes[0].summary()
        );
        assert_eq!(sc.summary_line(None, None, "hint"), "hint");
        // A node of another scenario (an index past this one's) is nobody here.
        let gone = Node::Company(crate::core::model::CompanyIx(999));
        assert_eq!(sc.summary_line(Some(gone), None, "hint"), "hint");
        // On another date the same node says that date's figures.
        let later = e.access(crate::core::date::Date::parse("2019-06-01").unwrap());
        let l = layout(s);
        let then = build(
            &e,
            (&later, &Figures::of(s, &later)),
            &later,
            &l,
            &Focus::default(),
        );
        assert_eq!(
            then.summary_line(Some(bing), None, "hint"),
            node(&then, "bing").summary()
        );
        assert_ne!(node(&then, "bing").summary(), node(&sc, "bing").summary());
    }

    #[test]
    fn rings_tell_exposed_consented_untouched_and_protected_apart() {
        let (_, sc) = scene(0, &Focus::default());
        let state = |id| match node(&sc, id).kind {
            NodeKind::Person(s) => s,
            NodeKind::Company(_) => unreachable!(),
        };
        assert_eq!(
            state("you"),
            PersonState {
                exposed: true,
                said_yes: false,
                protected: false
            }
        );
        assert_eq!(
            state("ben"),
            PersonState {
                exposed: false,
                said_yes: true,
                protected: false
            }
        );
        assert_eq!(
            state("chloe"),
            PersonState {
                exposed: true,
                said_yes: false,
                protected: true
            }
        );
        assert_eq!(
            state("dev"),
            PersonState {
                exposed: false,
                said_yes: false,
                protected: true
            }
        );
        assert_eq!(state("esi").ring(), "untouched");
        assert!(node(&sc, "dev")
            .summary()
            .ends_with("their settings held some data back"));
        assert!(!sc.focused && sc.nodes.iter().all(|n| n.emphasis == Emphasis::Normal));
    }

    #[test]
    fn selecting_a_person_lights_the_path_through_their_friend() {
        let (e, _) = scene(0, &Focus::default());
        let you = e.scenario().person_by_id("you").unwrap();
        let (_, sc) = scene(
            0,
            &Focus {
                selected: Some(Node::Person(you)),
                highlight: vec![],
            },
        );
        assert!(sc.focused);
        for id in ["you", "ben", "quiz"] {
            assert_eq!(node(&sc, id).emphasis, Emphasis::Strong, "{id}");
        }
        assert_eq!(node(&sc, "farid").emphasis, Emphasis::Dimmed);
        let strong: Vec<String> = sc
            .flows
            .iter()
            .filter(|f| f.emphasis == Emphasis::Strong)
            .map(|f| f.key.replace(KEY_SEPARATOR, " "))
            .collect();
        assert_eq!(strong, vec!["quiz you", "quiz ben"]);
        let lines: Vec<String> = sc
            .friendships
            .iter()
            .filter(|f| f.emphasis == Emphasis::Strong)
            .map(Line::key)
            .collect();
        // Friendship 0 joins you and Ben.
        assert_eq!(lines, vec!["friendship 0"]);
    }

    #[test]
    fn keys_are_unique_even_for_repeated_friendships_and_ids_with_spaces() {
        let mut s = parse(&BUILTINS[0].json()).unwrap();
        // "a b" + "c" and "a" + "b c" must not share a key; nor two friendships of one pair.
        s.people[0].id = "a b".into();
        s.people[1].id = "a".into();
        s.companies[0].id = "c".into();
        let again = s.friendships[0].clone();
        s.friendships.push(again);
        let l = layout(&s);
        let e = Engine::new(s);
        let day = crate::core::date::Date::parse("2014-06-01").unwrap();
        let x = e.collected(day);
        let open = e.collected(day);
        let sc = build(
            &e,
            (&x, &Figures::of(e.scenario(), &x)),
            &open,
            &l,
            &Focus::default(),
        );
        let mut keys: Vec<String> = sc
            .friendships
            .iter()
            .chain(&sc.transfers)
            .map(Line::key)
            .chain(sc.flows.iter().map(|f| f.key.clone()))
            .collect();
        let n = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n, "duplicate keys");
        assert!(sc.friendships.len() >= 2);
    }

    #[test]
    fn story_highlights_light_flows_between_them() {
        let (_, sc) = scene(
            0,
            &Focus {
                selected: None,
                highlight: vec!["quiz".into(), "you".into()],
            },
        );
        let strong: Vec<String> = sc
            .flows
            .iter()
            .filter(|f| f.emphasis == Emphasis::Strong)
            .map(|f| f.key.replace(KEY_SEPARATOR, " "))
            .collect();
        assert_eq!(strong, vec!["quiz you"]);
        let (_, sc) = scene(
            2,
            &Focus {
                selected: None,
                highlight: vec!["bing".into()],
            },
        );
        assert_eq!(
            sc.flows
                .iter()
                .filter(|f| f.emphasis == Emphasis::Strong)
                .count(),
            8
        );
    }

    #[test]
    fn transfers_between_companies_are_drawn_while_they_last() {
        let s = parse(&BUILTINS[1].json()).unwrap();
        let l = layout(&s);
        let e = Engine::new(s.clone());
        let d = crate::core::date::Date::parse("2014-07-01").unwrap();
        let x = e.access(d);
        let sc = build(
            &e,
            (&x, &Figures::of(e.scenario(), &x)),
            &x,
            &l,
            &Focus::default(),
        );
        assert_eq!(sc.transfers.len(), 1);
        assert!(sc
            .words(&sc.transfers[0])
            .starts_with("GSR (thisisyourdigitallife) hands user ID, name"));
        // A friendship's words name both ends, from the scene's own nodes.
        let f = &sc.friendships[0];
        let [Node::Person(a), Node::Person(b)] = f.ends else {
            panic!("a friendship joins two people")
        };
        assert_eq!(
            sc.words(f),
            format!(
                "{} and {} are friends{}",
                s.person(a).name,
                s.person(b).name,
                if f.messages {
                    " and message each other"
                } else {
                    ""
                }
            )
        );
        let later = e.access(crate::core::date::Date::parse("2015-06-01").unwrap());
        assert!(build(
            &e,
            (&later, &Figures::of(e.scenario(), &later)),
            &later,
            &l,
            &Focus::default()
        )
        .transfers
        .is_empty());
    }

    #[test]
    fn kept_copies_and_what_a_what_if_took_away_are_marked() {
        use crate::core::date::Date;
        use crate::core::engine::Mode;
        use crate::core::model::{FriendPermissions, WhatIf};
        let s = parse(&BUILTINS[0].json()).unwrap();
        let l = layout(&s);
        let e = Engine::new(s);
        // After friend permissions closed, the quiz keeps what it took from friends.
        let day = Date::parse("2015-06-01").unwrap();
        let (collected, live) = (e.evaluate(day, Mode::Collected), e.access(day));
        let mut sc = build(
            &e,
            (&collected, &Figures::of(e.scenario(), &collected)),
            &collected,
            &l,
            &Focus::default(),
        );
        compare(&mut sc, e.scenario(), &collected, Some(&live), None, &l);
        let kept = sc.flows.iter().filter(|f| f.kept).count();
        assert!(
            kept > 0 && kept < sc.flows.len(),
            "{kept} of {}",
            sc.flows.len()
        );
        for f in &sc.flows {
            let reachable = live
                .facts
                .iter()
                .any(|x| (x.company, x.person) == (f.company, f.person));
            assert_eq!(f.kept, !reachable);
            assert_eq!(
                f.kept,
                f.label.contains("could have been collected earlier")
            );
        }
        assert!(sc.ghosts.is_empty());
        // With friend permissions never open, what friends' apps took is a ghost.
        let w = WhatIf {
            friend_permissions: FriendPermissions::Never,
            ..WhatIf::default()
        };
        let after_engine = Engine::new(crate::core::whatif::apply(&w, e.scenario()));
        let day = Date::parse("2014-01-01").unwrap();
        let (before, after) = (e.access(day), after_engine.access(day));
        let mut sc = build(
            &after_engine,
            (&after, &Figures::of(after_engine.scenario(), &after)),
            &after,
            &l,
            &Focus::default(),
        );
        compare(
            &mut sc,
            after_engine.scenario(),
            &after,
            None,
            Some((e.scenario(), &before)),
            &l,
        );
        let pairs: HashSet<_> = before.facts.iter().map(|f| (f.company, f.person)).collect();
        assert!(!sc.ghosts.is_empty());
        assert_eq!(sc.ghosts.len() + sc.flows.len(), pairs.len());
        assert!(sc
            .ghosts
            .iter()
            .all(|g| g.label.starts_with("Without the what-if: ")));
    }
}

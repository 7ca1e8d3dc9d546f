//! Finding people and companies by name, for the search box beside the graph: case and accents
//! do not count, names that start with what was typed come first, then names with a word that
//! does, then names that hold it anywhere.
//!
//! The names are folded once per scenario ([`Index::new`]), so each keystroke only compares.
//! What the box shows and how it is driven by keyboard is the web layer's.

use crate::core::model::{CompanyIx, Node, PersonIx, Scenario};
use crate::present::paging::fold;

/// One person or company the search found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Who.
    pub node: Node,
    /// Their name, as written.
    pub name: String,
    /// "person" or "company", to tell two of the same name apart.
    pub kind: &'static str,
}

/// What a search found: the best `limit` matches, and how many there are in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    /// The best matches, best first.
    pub shown: Vec<Found>,
    /// Every match.
    pub total: usize,
}

/// Everyone's name, folded, in the scenario's order (people, then companies).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    entries: Vec<(Node, String, String)>,
}

impl Index {
    /// The names of `s`.
    pub fn new(s: &Scenario) -> Index {
        let people = s.people.iter().enumerate().map(|(i, p)| {
            let node = Node::Person(PersonIx(i as u32));
            (node, fold(&p.name), p.name.clone())
        });
        let companies = s.companies.iter().enumerate().map(|(i, c)| {
            let node = Node::Company(CompanyIx(i as u32));
            (node, fold(&c.name), c.name.clone())
        });
        Index {
            entries: people.chain(companies).collect(),
        }
    }

    /// The people and companies whose name holds `query`, best first: names starting with it,
    /// then names with a word starting with it, then the rest; within each, by folded name,
    /// then in the scenario's order. An empty query finds nobody.
    pub fn find(&self, query: &str, limit: usize) -> Matches {
        let q = fold(query);
        if q.is_empty() {
            return Matches::default();
        }
        let mut hits: Vec<(u8, &str, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, (_, folded, _))| {
                let at = folded.find(&q)?;
                let rank = if at == 0 {
                    0
                } else if folded[..at].ends_with(' ') || folded[..at].ends_with('-') {
                    1
                } else {
                    2
                };
                Some((rank, folded.as_str(), i))
            })
            .collect();
        let total = hits.len();
        hits.sort_unstable();
        let shown = hits
            .into_iter()
            .take(limit)
            .map(|(_, _, i)| {
                let (node, _, name) = &self.entries[i];
                Found {
                    node: *node,
                    name: name.clone(),
                    kind: match node {
                        Node::Person(_) => "person",
                        Node::Company(_) => "company",
                    },
                }
            })
            .collect();
        Matches { shown, total }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    fn names(m: &Matches) -> Vec<&str> {
        m.shown.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn prefix_first_then_word_then_anywhere_ignoring_case_and_accents() {
        let mut s = parse(&BUILTINS[0].json()).unwrap();
        for (p, name) in s
            .people
            .iter_mut()
            .zip(["Annabel Lee", "Léa Ann", "Joanna", "Ånna"])
        {
            p.name = name.to_string();
        }
        let index = Index::new(&s);
        let m = index.find("ANN", 10);
        assert_eq!(names(&m)[..4], ["Ånna", "Annabel Lee", "Léa Ann", "Joanna"]);
        assert_eq!(m.total, 4);
        assert_eq!(names(&index.find("lea", 10)), ["Léa Ann"]);
        assert_eq!(index.find("ann", 2).shown.len(), 2);
        assert_eq!(index.find("ann", 2).total, 4);
        assert_eq!(index.find("  ", 10), Matches::default());
        let first = &index.find("ånna", 1).shown[0];
        assert_eq!(
            (first.node, first.kind),
            (Node::Person(PersonIx(3)), "person")
        );
    }

    #[test]
    fn finds_companies_too() {
        let s = parse(&BUILTINS[0].json()).unwrap();
        let index = Index::new(&s);
        let c = &s.companies[0];
        let m = index.find(&c.name.to_uppercase(), 5);
        assert!(m
            .shown
            .iter()
            .any(|f| f.node == Node::Company(CompanyIx(0)) && f.kind == "company"));
    }
}

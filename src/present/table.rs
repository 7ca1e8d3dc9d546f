//! The table view: every fact of a result as a row, sorted by the column the reader chose.

use crate::core::engine::{Engine, Exposure, Reason, ReasonKind};
use crate::core::model::Category;
use crate::present::explain::explain;

/// A column to sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// By company name.
    #[default]
    Company,
    /// By person name.
    Person,
    /// By category, in the model's order.
    Category,
    /// By primary reason, in order of precedence.
    Reason,
}

impl SortKey {
    /// Every column, in display order.
    pub const ALL: [SortKey; 4] = [
        SortKey::Company,
        SortKey::Person,
        SortKey::Category,
        SortKey::Reason,
    ];

    /// The column's heading.
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Company => "Company",
            SortKey::Person => "Person",
            SortKey::Category => "Data",
            SortKey::Reason => "Why",
        }
    }
}

/// A column and a direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sorting {
    /// The column.
    pub key: SortKey,
    /// Whether it runs from last to first.
    pub descending: bool,
}

impl Sorting {
    /// Sorting by `key`: ascending, or the other way if it already sorts by `key`.
    pub fn by(self, key: SortKey) -> Sorting {
        if self.key == key {
            Sorting {
                key,
                descending: !self.descending,
            }
        } else {
            Sorting {
                key,
                descending: false,
            }
        }
    }
}

/// One fact, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// A stable key: `company person category` ids.
    pub key: String,
    /// The company's name.
    pub company: String,
    /// The person's name.
    pub person: String,
    /// The data.
    pub category: Category,
    /// The primary reason.
    pub reason: ReasonKind,
    /// The friend or company it came through.
    pub via: Option<String>,
    /// Why, in words.
    pub explanation: String,
}

/// The rows of `exposure`, sorted. Ties keep the order of companies, people and categories.
pub fn rows(engine: &Engine, exposure: &Exposure, sorting: Sorting) -> Vec<Row> {
    let s = engine.scenario();
    let mut rows: Vec<Row> = exposure
        .facts
        .iter()
        .map(|f| {
            let via = match f.reason {
                Reason::Friend { via, .. } | Reason::Mailbox { via, .. } => {
                    Some(s.person(via).name.clone())
                }
                Reason::Transfer { from, .. } => Some(s.company(from).name.clone()),
                Reason::Consent { .. } | Reason::Deal(_) => None,
            };
            let why = explain(engine, exposure, f);
            Row {
                key: format!(
                    "{} {} {}",
                    s.company(f.company).id,
                    s.person(f.person).id,
                    f.category
                ),
                company: s.company(f.company).name.clone(),
                person: s.person(f.person).name.clone(),
                category: f.category,
                reason: f.reason.kind(),
                via,
                explanation: why.steps.join(" "),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        let order = match sorting.key {
            SortKey::Company => a.company.cmp(&b.company),
            SortKey::Person => a.person.cmp(&b.person),
            SortKey::Category => a.category.cmp(&b.category),
            SortKey::Reason => a.reason.cmp(&b.reason),
        };
        if sorting.descending {
            order.reverse()
        } else {
            order
        }
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;

    #[test]
    fn sorts_by_each_column_both_ways_keeping_every_fact() {
        let e = Engine::new(parse(BUILTINS[2].json).unwrap());
        let x = e.access(e.scenario().date);
        for key in SortKey::ALL {
            let ascending = Sorting {
                key,
                descending: false,
            };
            assert!(ascending.by(key).descending && !ascending.by(key).by(key).descending);
            let up = rows(&e, &x, ascending);
            assert_eq!(up.len(), x.facts.len());
            let down = rows(&e, &x, ascending.by(key));
            let first = |r: &Row| match key {
                SortKey::Company => r.company.clone(),
                SortKey::Person => r.person.clone(),
                SortKey::Category => format!("{:02}", r.category as u8),
                SortKey::Reason => format!("{}", r.reason as u8),
            };
            assert!(
                up.windows(2).all(|w| first(&w[0]) <= first(&w[1])),
                "{key:?}"
            );
            assert!(
                down.windows(2).all(|w| first(&w[0]) >= first(&w[1])),
                "{key:?}"
            );
        }
    }
}

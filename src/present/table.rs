//! The table view: every fact of a result as a row, sorted by the column the reader chose.
//! The sort covers every fact; the view turns only one page of them into rows ([`page`]), while
//! the CSV export takes them all ([`rows`]).

use crate::core::engine::{Engine, Exposure, Reason, ReasonKind};
use crate::core::model::Category;
use crate::present::explain::explain;
use crate::present::paging::Window;

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
            SortKey::Company => crate::word!("table-company"),
            SortKey::Person => crate::word!("table-person"),
            SortKey::Category => crate::word!("table-data"),
            SortKey::Reason => crate::word!("table-why"),
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
/// This is every row (the CSV export); the table view shows one page of [`order`] instead.
pub fn rows(engine: &Engine, exposure: &Exposure, sorting: Sorting) -> Vec<Row> {
    order(engine, exposure, sorting)
        .into_iter()
        .map(|i| row(engine, exposure, i))
        .collect()
}

/// The indices of `exposure`'s facts in the order `sorting` asks for. The sort is stable, so
/// ties keep the order of companies, people and categories; it reads only names and indices,
/// so a page of [`row`]s can be made without explaining every fact.
pub fn order(engine: &Engine, exposure: &Exposure, sorting: Sorting) -> Vec<usize> {
    let s = engine.scenario();
    let facts = &exposure.facts;
    let mut order: Vec<usize> = (0..facts.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&facts[a], &facts[b]);
        let order = match sorting.key {
            SortKey::Company => s.company(a.company).name.cmp(&s.company(b.company).name),
            SortKey::Person => s.person(a.person).name.cmp(&s.person(b.person).name),
            SortKey::Category => a.category.cmp(&b.category),
            SortKey::Reason => a.reason.kind().cmp(&b.reason.kind()),
        };
        if sorting.descending {
            order.reverse()
        } else {
            order
        }
    });
    order
}

/// The row of `exposure`'s fact number `fact`, in words.
pub fn row(engine: &Engine, exposure: &Exposure, fact: usize) -> Row {
    let s = engine.scenario();
    let f = &exposure.facts[fact];
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
}

/// The rows of one page of the table: the window of `order` that `window` names.
pub fn page(engine: &Engine, exposure: &Exposure, order: &[usize], window: Window) -> Vec<Row> {
    order[window.start.min(order.len())..window.end.min(order.len())]
        .iter()
        .map(|&i| row(engine, exposure, i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;
    use crate::files::scenario::parse;
    use crate::present::paging::window;

    #[test]
    fn sorts_by_each_column_both_ways_keeping_every_fact() {
        let e = Engine::new(parse(&BUILTINS[2].json()).unwrap());
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

    #[test]
    fn pages_are_slices_of_the_whole_sorted_table_and_ties_keep_fact_order() {
        let e = Engine::new(parse(&BUILTINS[0].json()).unwrap());
        let x = e.access(e.scenario().date);
        for key in SortKey::ALL {
            for descending in [false, true] {
                let sorting = Sorting { key, descending };
                let all = rows(&e, &x, sorting);
                let o = order(&e, &x, sorting);
                let mut paged = Vec::new();
                for p in 0..window(o.len(), 25, 0).pages {
                    paged.extend(page(&e, &x, &o, window(o.len(), 25, p)));
                }
                assert_eq!(paged, all, "{key:?} {descending}");
                // Equal keys keep the facts' own order (company, person, category indices).
                let same = |a: usize, b: usize| {
                    let (a, b) = (&x.facts[a], &x.facts[b]);
                    match key {
                        SortKey::Company => a.company == b.company,
                        SortKey::Person => a.person == b.person,
                        SortKey::Category => a.category == b.category,
                        SortKey::Reason => a.reason.kind() == b.reason.kind(),
                    }
                };
                assert!(o.windows(2).all(|w| !same(w[0], w[1]) || w[0] < w[1]));
            }
        }
        assert!(page(&e, &x, &[], window(0, 25, 3)).is_empty());
    }
}

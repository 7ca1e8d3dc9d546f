//! Pages of a long list, so that the page holds only the rows in view: which rows a page shows,
//! how a reader is told where they are ("rows 1–100 of 12,345"), and which entries a filter by
//! name keeps. Case and accents do not count in a filter: "elo" finds "Éloïse".
//!
//! It knows nothing of what the rows are; the table, the sandbox's lists and the problem lists
//! each ask it for a [`Window`] and draw only that part.

use std::ops::Range;

pub use crate::files::limits::thousands;

/// The page sizes a reader can choose for the table of facts.
pub const TABLE_SIZES: [usize; 4] = [25, 50, 100, 200];

/// The table's page size until the reader chooses another.
pub const TABLE_SIZE: usize = 100;

/// How many entries each of the sandbox's lists shows at a time.
pub const LIST_SIZE: usize = 20;

/// One page of a list: which of its `total` rows are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// The first row shown (from 0).
    pub start: usize,
    /// One past the last row shown.
    pub end: usize,
    /// Every row of the list.
    pub total: usize,
    /// The page shown, from 0.
    pub page: usize,
    /// How many pages there are; at least one, even for an empty list.
    pub pages: usize,
    /// Rows per page.
    pub size: usize,
}

/// Page `page` of a list of `total` rows, `size` to a page. A page past the end shows the last
/// one (a list that shrank keeps the reader at its end), and a size of 0 counts as 1.
pub fn window(total: usize, size: usize, page: usize) -> Window {
    let size = size.max(1);
    let pages = total.div_ceil(size).max(1);
    let page = page.min(pages - 1);
    let start = page * size;
    Window {
        start: start.min(total),
        end: (start + size).min(total),
        total,
        page,
        pages,
        size,
    }
}

impl Window {
    /// The rows shown, as indices into the whole list.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether there is a page before this one.
    pub fn has_previous(&self) -> bool {
        self.page > 0
    }

    /// Whether there is a page after this one.
    pub fn has_next(&self) -> bool {
        self.page + 1 < self.pages
    }

    /// The page that shows this page's first row when pages hold `size` rows, so that a new
    /// page size keeps the reader where they were.
    pub fn page_for_size(&self, size: usize) -> usize {
        self.start / size.max(1)
    }

    /// Where the reader is, as in "rows 1–100 of 12,345" (`noun` in the plural), or "no rows".
    pub fn label(&self, noun: &str) -> String {
        crate::say!(
            "pager-where",
            noun = noun,
            from = self.start + 1,
            to = self.end,
            total = self.total,
        )
    }
}

/// `text` as a filter compares it: lower case, accents and ligatures taken off Latin letters
/// ("Ærøskøbing Straße" reads "aeroskobing strasse"), runs of spaces made one.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        match plain(c) {
            Some(p) => out.push_str(p),
            None => out.extend(c.to_lowercase()),
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The plain letters of an accented Latin letter or ligature, in lower case.
fn plain(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć'..='č' => "c",
        'Ď'..='đ' | 'Ð' | 'ð' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => "e",
        'Ĝ'..='ģ' => "g",
        'Ĥ'..='ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => "i",
        'Ĳ' | 'ĳ' => "ij",
        'Ĵ' | 'ĵ' => "j",
        'Ķ'..='ĸ' => "k",
        'Ĺ'..='ł' => "l",
        'Ñ' | 'ñ' | 'Ń'..='ŋ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ'..='ř' => "r",
        'Ś'..='š' => "s",
        'ß' => "ss",
        'Ţ'..='ŧ' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ'..='Ÿ' => "y",
        'Ź'..='ž' => "z",
        // Combining accents, as in a name written decomposed.
        '\u{300}'..='\u{36f}' => "",
        _ => return None,
    })
}

/// The indices of the entries whose text holds `query`, ignoring case and accents, in their
/// own order. An empty query keeps them all.
pub fn filter<'a>(texts: impl IntoIterator<Item = &'a str>, query: &str) -> Vec<usize> {
    let q = fold(query);
    texts
        .into_iter()
        .enumerate()
        .filter(|(_, t)| q.is_empty() || fold(t).contains(&q))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_every_row_once_and_clamp_at_the_ends() {
        for total in [0, 1, 99, 100, 101, 12_345] {
            for size in [1, 25, 100] {
                let first = window(total, size, 0);
                let mut seen = 0;
                for page in 0..first.pages {
                    let w = window(total, size, page);
                    assert_eq!(w.start, seen, "{total} {size} {page}");
                    assert!(w.end - w.start <= size);
                    assert_eq!(w.has_previous(), page > 0);
                    assert_eq!(w.has_next(), page + 1 < w.pages);
                    seen = w.end;
                }
                assert_eq!(seen, total);
                assert_eq!(window(total, size, usize::MAX).page, first.pages - 1);
            }
        }
        let last = window(101, 100, 7);
        assert_eq!((last.range(), last.page, last.pages), (100..101, 1, 2));
        assert_eq!(window(0, 100, 3).range(), 0..0);
        assert_eq!(window(5, 0, 0).range(), 0..1);
        let at = window(12_345, 100, 45);
        assert_eq!(at.page_for_size(25), 180);
        assert_eq!(window(12_345, 25, at.page_for_size(25)).start, 4_500);
        assert_eq!(at.page_for_size(200), 22);
        assert!(window(12_345, 200, 22).range().contains(&4_500));
    }

    #[test]
    fn says_where_the_reader_is() {
        assert_eq!(window(12_345, 100, 0).label("rows"), "rows 1–100 of 12,345");
        assert_eq!(
            window(12_345, 100, 200).label("rows"),
            "rows 12,301–12,345 of 12,345"
        );
        assert_eq!(window(0, 100, 0).label("rows"), "no rows");
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn filters_ignore_case_accents_and_spacing() {
        assert_eq!(fold("  Ærøskøbing   Straße "), "aeroskobing strasse");
        assert_eq!(
            fold("ÉLOÏSE Łukasz Çelik Şahin"),
            "eloise lukasz celik sahin"
        );
        assert_eq!(fold("Ζωή"), "ζωή");
        assert_eq!(fold("Zoe\u{308}"), "zoe");
        let names = ["Éloïse", "Ben", "Zoë Elo", "Anna"];
        assert_eq!(filter(names, "ELO"), vec![0, 2]);
        assert_eq!(filter(names, "zoe"), vec![2]);
        assert_eq!(filter(names, " "), vec![0, 1, 2, 3]);
        assert_eq!(filter(names, "x"), Vec::<usize>::new());
    }
}

//! Numbers written a language's way: 4,039 in English, 4.039 in German, 4039 and 40.390 in
//! Spanish (CLDR's grouping and separators), for the catalogue's arguments and for code that
//! writes a number beside words. What it leaves out: percentages, currencies and scientific
//! notation, which no message needs.

use fluent_bundle::FluentValue;
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// How a language writes numbers.
#[derive(Clone, Copy, Debug)]
pub(super) struct Numbers {
    pub(super) group: char,
    pub(super) decimal: char,
    pub(super) grouped_from: usize,
}

/// Fluent's hook for writing a value: numbers in the way of the bundle's language, anything
/// else as Fluent writes it.
pub(super) fn formatter(value: &FluentValue<'_>, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    intls
        .with_try_get::<Numbers, _, _>((), |numbers| {
            let fraction = (
                n.options.minimum_fraction_digits.unwrap_or(0),
                n.options.maximum_fraction_digits,
            );
            write_number(n.value, fraction, *numbers)
        })
        .ok()
}

/// A language's way with numbers, made once per bundle from its language by the bundle's
/// memoizer (the one place Fluent hands the formatter its language).
impl Memoizable for Numbers {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Lang::parse(&lang.to_string()).unwrap_or_default().numbers())
    }
}

/// `value` with its thousands grouped and between `fraction.0` and `fraction.1` digits after
/// the point (as few as it needs, up to six, when no most is given).
pub(super) fn write_number(
    value: f64,
    (least, most): (usize, Option<usize>),
    numbers: Numbers,
) -> String {
    let digits = most.unwrap_or(6).max(least);
    let fixed = format!("{:.*}", digits, value.abs());
    let (whole, part) = match fixed.split_once('.') {
        Some((w, p)) => {
            let needed = p.trim_end_matches('0').len().max(least);
            (w, &p[..needed])
        }
        None => (fixed.as_str(), ""),
    };
    let mut out = String::new();
    if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    let grouped = whole.len() >= numbers.grouped_from;
    for (i, c) in whole.chars().enumerate() {
        if grouped && i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(numbers.group);
        }
        out.push(c);
    }
    if !part.is_empty() {
        out.push(numbers.decimal);
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: Numbers = Numbers {
        group: ',',
        decimal: '.',
        grouped_from: 4,
    };

    fn english(value: f64, most: Option<usize>) -> String {
        write_number(value, (0, most), ENGLISH)
    }

    #[test]
    fn numbers_are_grouped_in_thousands() {
        assert_eq!(english(0.0, None), "0");
        assert_eq!(english(999.0, None), "999");
        assert_eq!(english(4039.0, None), "4,039");
        assert_eq!(english(87_000_000.0, None), "87,000,000");
        assert_eq!(english(-1234.5, None), "-1,234.5");
        assert_eq!(english(0.125, Some(1)), "0.1");
        let spanish = Numbers {
            group: '.',
            decimal: ',',
            grouped_from: 5,
        };
        assert_eq!(write_number(4039.0, (0, None), spanish), "4039");
        assert_eq!(write_number(40390.5, (0, None), spanish), "40.390,5");
        assert_eq!(write_number(4.0, (1, Some(1)), ENGLISH), "4.0");
        assert_eq!(write_number(4.26, (1, Some(1)), spanish), "4,3");
    }
}

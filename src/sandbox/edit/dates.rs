//! Dates and periods: as a teacher types them into a form, and the checks every period an edit
//! sets must pass before the file's own rules see it.
//!
//! A typed date is year-month-day or nothing; anything else is refused in words rather than read
//! as no date, which would silently leave a period open. A period that ends on or before the day
//! it starts is refused at its end. Whether two periods share a day is asked here too (a
//! friendship added twice at once). The file's rules on dates are
//! [`crate::files::scenario::check`]'s.

use super::refusal::{refuse, Field, Refusal};
use crate::core::date::{Date, Interval};
use crate::say;

/// A date as a teacher typed it: empty for none, or year-month-day as the app writes dates;
/// anything else is refused at `field` in plain words, so a typo never silently leaves a
/// period open.
pub fn typed_date(text: &str, field: Field) -> Result<Option<Date>, Refusal> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(text)
        .map(Some)
        .map_err(|_| refuse(field, say!("refuse-not-a-date", text = text)))
}

/// A period from the two dates a form holds (see [`typed_date`]).
pub fn typed_interval(from: &str, until: &str) -> Result<Interval, Refusal> {
    Ok(Interval {
        from: typed_date(from, Field::From)?,
        until: typed_date(until, Field::Until)?,
        illustrative: Default::default(),
    })
}

/// Refuses a period that ends on or before the day it starts, in plain words.
pub(super) fn sensible(interval: &Interval) -> Result<(), Refusal> {
    match (interval.from, interval.until) {
        (Some(f), Some(u)) if u <= f => Err(refuse(
            Field::Until,
            if u == f {
                say!("refuse-ends-on-start", from = f.to_string())
            } else {
                say!(
                    "refuse-ends-before",
                    until = u.to_string(),
                    from = f.to_string()
                )
            },
        )),
        _ => Ok(()),
    }
}

/// Whether `a` and `b` share a day.
pub(super) fn overlaps(a: &Interval, b: &Interval) -> bool {
    let starts_before_end = |x: &Interval, y: &Interval| match (x.from, y.until) {
        (Some(f), Some(u)) => f < u,
        _ => true,
    };
    starts_before_end(a, b) && starts_before_end(b, a)
}

#[cfg(test)]
mod tests {
    use crate::core::date::Interval;
    use crate::sandbox::edit::tests::{day, five_people_and_a_quiz};
    use crate::sandbox::edit::{Edit, Field, Timed};

    #[test]
    fn dates_of_any_entry_can_be_changed_and_are_checked() {
        let mut h = five_people_and_a_quiz();
        let iv = Interval {
            from: Some(day("2012-01-01")),
            until: Some(day("2013-01-01")),
            illustrative: Default::default(),
        };
        for what in [Timed::Friendship, Timed::Grant] {
            h.edit(&Edit::SetInterval {
                what,
                index: 0,
                interval: iv,
            })
            .unwrap();
        }
        assert_eq!(
            (
                h.present().friendships[0].interval,
                h.present().grants[0].interval
            ),
            (iv, iv)
        );
        let backwards = Interval {
            from: iv.until,
            until: iv.from,
            illustrative: Default::default(),
        };
        let r = h
            .edit(&Edit::SetInterval {
                what: Timed::Grant,
                index: 0,
                interval: backwards,
            })
            .unwrap_err();
        assert_eq!(r.field, Field::Until);
        let r = h
            .edit(&Edit::SetInterval {
                what: Timed::Transfer,
                index: 0,
                interval: iv,
            })
            .unwrap_err();
        assert_eq!(r.field, Field::Index);
    }
}

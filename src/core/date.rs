//! Calendar dates as the scenario format writes them (`YYYY-MM-DD`), and intervals of them.
//!
//! A date is stored as a day number, so comparing and stepping by a day are integer operations.
//! Only the proleptic Gregorian calendar from year 1 to 9999 is accepted; there are no times of
//! day and no time zones, because the model reasons about whole days.

use std::fmt;

/// A calendar day, ordered by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

/// Why a text is not a date: not written `YYYY-MM-DD`, or written so but no day of the calendar
/// (2014-13-01). The core knows no words; `files::read_date` says it in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotADate {
    /// Not four digits, two and two, joined by hyphens.
    Shape,
    /// Shaped as a date, but no such day.
    NoSuchDay,
}

impl Date {
    /// The date of year `y`, month `m` (1 to 12) and day `d`, or `None` when no such day exists.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Date(days_from_civil(y, m, d)))
    }

    /// A date written in the code, checked when the program is compiled: used in a `const`, a
    /// day that does not exist stops the build rather than the program.
    pub const fn from_ymd_const(y: i32, m: u32, d: u32) -> Date {
        assert!(1 <= y && y <= 9999 && 1 <= m && m <= 12 && d >= 1 && d <= days_in_month(y, m));
        Date(days_from_civil(y, m, d))
    }

    /// Reads `YYYY-MM-DD` exactly: four digits, two, two, separated by hyphens.
    pub fn parse(text: &str) -> Result<Date, NotADate> {
        let b = text.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shaped {
            return Err(NotADate::Shape);
        }
        let num = |r: std::ops::Range<usize>| -> u32 {
            b[r].iter().fold(0, |acc, c| acc * 10 + u32::from(c - b'0'))
        };
        let (y, m, d) = (num(0..4) as i32, num(5..7), num(8..10));
        Date::from_ymd(y, m, d).ok_or(NotADate::NoSuchDay)
    }

    /// The year, month and day.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// The day before.
    pub fn pred(self) -> Date {
        Date(self.0 - 1)
    }

    /// The day after.
    pub fn succ(self) -> Date {
        Date(self.0 + 1)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn day_number(self) -> i32 {
        self.0
    }

    /// The date `n` days after 1970-01-01, clamped to the years this type accepts.
    pub fn from_day_number(n: i32) -> Date {
        let lo = days_from_civil(1, 1, 1);
        let hi = days_from_civil(9999, 12, 31);
        Date(n.clamp(lo, hi))
    }

    /// The day, in UTC, of the moment `seconds` after 1970-01-01 00:00 UTC (a Unix time, as
    /// platform exports write them), clamped to the years this type accepts.
    pub fn from_unix_seconds(seconds: i64) -> Date {
        let days = seconds.div_euclid(86_400);
        Date::from_day_number(days.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32)
    }

    /// The first moment of this day in UTC, as a Unix time in seconds.
    pub fn unix_seconds(self) -> i64 {
        i64::from(self.0) * 86_400
    }
}

/// The day Facebook's Graph API (version 1.0) opened: from then until [`FRIENDS_DATA_CLOSED`],
/// an app a person used could ask for their friends' data as well as their own.
pub const FRIENDS_DATA_OPENED: Date = Date::from_ymd_const(2010, 4, 21);

/// The first day ordinary apps could no longer ask for friends' data: version 1.0 of the Graph
/// API, and with it friend permissions, closed on 30 April 2015 for apps made before 30 April
/// 2014 (newer apps never had them). The sandbox's default policy, the generated networks and
/// the reader's own export ("Your data") all cut at this day, in UTC.
pub const FRIENDS_DATA_CLOSED: Date = Date::from_ymd_const(2015, 4, 30);

/// The years apps could ask for friends' data, from [`FRIENDS_DATA_OPENED`] until
/// [`FRIENDS_DATA_CLOSED`], neither end marked illustrative: the one period of friend
/// permissions that a new sandbox, an imported network and a generated one open with.
pub const FRIENDS_DATA_OPEN: Interval = Interval {
    from: Some(FRIENDS_DATA_OPENED),
    until: Some(FRIENDS_DATA_CLOSED),
    illustrative: Illustrative::NONE,
};

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// A span of days `from <= day < until`; a missing end is open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Interval {
    /// The first day it is active, or `None` for "since always".
    pub from: Option<Date>,
    /// The first day it is no longer active, or `None` for "still".
    pub until: Option<Date>,
    /// Which of its days are the scenario's choice, more exact than its sources (a deal dated
    /// to the day when the reporting gives a year), and which the sources do not give at all:
    /// said wherever the app shows them. For readers only: no result depends on it.
    pub illustrative: Illustrative,
}

/// Which ends of an [`Interval`] are not the sources' own days: illustrative (a day the scenario
/// chose inside what the sources give, such as a day of a sourced year) or unknown (the sources
/// give no such date at all; the scenario needs one to compute, and its day is a stand-in).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Illustrative {
    /// The first day is illustrative.
    pub from: bool,
    /// The first day after is illustrative.
    pub until: bool,
    /// The first day is unknown: no source gives it.
    pub from_unknown: bool,
    /// The first day after is unknown.
    pub until_unknown: bool,
}

/// How sure one end of an interval is, for the words and the time line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sureness {
    /// As the sources give it (or, in a scenario of invented people, as the scenario has it).
    Given,
    /// A day the scenario chose, more exact than its sources.
    Illustrative,
    /// Not given by any source: the day is the scenario's stand-in.
    Unknown,
}

impl Illustrative {
    /// Neither end.
    pub const NONE: Illustrative = Illustrative {
        from: false,
        until: false,
        from_unknown: false,
        until_unknown: false,
    };

    /// How sure the first day is.
    pub fn of_from(self) -> Sureness {
        Self::sureness(self.from, self.from_unknown)
    }

    /// How sure the first day after is.
    pub fn of_until(self) -> Sureness {
        Self::sureness(self.until, self.until_unknown)
    }

    fn sureness(illustrative: bool, unknown: bool) -> Sureness {
        match (illustrative, unknown) {
            (_, true) => Sureness::Unknown,
            (true, false) => Sureness::Illustrative,
            (false, false) => Sureness::Given,
        }
    }
}

impl Interval {
    /// An interval with no ends: active on every day.
    pub const ALWAYS: Interval = Interval {
        from: None,
        until: None,
        illustrative: Illustrative::NONE,
    };

    /// Whether `day` lies inside.
    pub fn contains(&self, day: Date) -> bool {
        self.from.is_none_or(|f| f <= day) && self.until.is_none_or(|u| day < u)
    }

    /// Whether some day up to and including `day` lies inside.
    pub fn started_by(&self, day: Date) -> bool {
        self.from.is_none_or(|f| f <= day)
    }
}

const fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

const fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's `days_from_civil` and `civil_from_days`, exact for the whole range above.
const fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_round_trip() {
        for text in [
            "0001-01-01",
            "1970-01-01",
            "2000-02-29",
            "2015-04-30",
            "9999-12-31",
        ] {
            assert_eq!(Date::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Date::parse("1970-01-01").unwrap().day_number(), 0);
    }

    #[test]
    fn refuses_what_is_not_a_day() {
        for text in [
            "2015-02-29",
            "1900-02-29",
            "2015-13-01",
            "2015-00-10",
            "2015-04-31",
            "2015-4-30",
            "15-04-30",
            "2015/04/30",
            "",
            "0000-01-01",
            "2015-04-3a",
            "２０１５-04-30",
        ] {
            assert!(Date::parse(text).is_err(), "{text} was accepted");
        }
        assert_eq!(Date::parse("2014-13-01"), Err(NotADate::NoSuchDay));
        assert_eq!(Date::parse("2015-04-31"), Err(NotADate::NoSuchDay));
        assert_eq!(Date::parse("2015-4-30"), Err(NotADate::Shape));
        assert_eq!(Date::parse("２０１５-04-30"), Err(NotADate::Shape));
    }

    #[test]
    fn unix_seconds_fall_on_their_utc_day() {
        let closed = FRIENDS_DATA_CLOSED.unix_seconds();
        assert_eq!(closed, 1_430_352_000);
        assert_eq!(Date::from_unix_seconds(closed), FRIENDS_DATA_CLOSED);
        assert_eq!(
            Date::from_unix_seconds(closed - 1).to_string(),
            "2015-04-29"
        );
        assert_eq!(Date::from_unix_seconds(-1).to_string(), "1969-12-31");
        assert_eq!(Date::from_unix_seconds(i64::MAX).to_string(), "9999-12-31");
        assert_eq!(Date::from_unix_seconds(i64::MIN).to_string(), "0001-01-01");
    }

    #[test]
    fn steps_across_month_and_year_ends() {
        let d = Date::parse("2016-03-01").unwrap();
        assert_eq!(d.pred().to_string(), "2016-02-29");
        assert_eq!(
            Date::parse("2014-12-31").unwrap().succ().to_string(),
            "2015-01-01"
        );
    }

    #[test]
    fn interval_is_half_open() {
        let i = Interval {
            from: Some(Date::parse("2010-04-21").unwrap()),
            until: Some(Date::parse("2015-04-30").unwrap()),
            illustrative: Default::default(),
        };
        assert!(!i.contains(Date::parse("2010-04-20").unwrap()));
        assert!(i.contains(Date::parse("2010-04-21").unwrap()));
        assert!(i.contains(Date::parse("2015-04-29").unwrap()));
        assert!(!i.contains(Date::parse("2015-04-30").unwrap()));
        assert!(Interval::ALWAYS.contains(Date::parse("0001-01-01").unwrap()));
    }
}

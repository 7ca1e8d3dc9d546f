//! The largest network Spillover takes, in one place: every reader of outside text checks
//! against these before it does any work, and the README states them.
//!
//! A real friendship network fits many times over (SNAP's ego-Facebook: 4,039 people and 88,234
//! friendships, under 1 MB as an edge list and 4.5 MB as a scenario file), while the engine's own
//! target (100,000 people and a million friendships) is the ceiling: past it, reading the file
//! alone takes hundreds of megabytes in a browser tab. 64 MB holds a scenario file of that size.
//! What happens when a figure is passed is left to the caller; this module only says so.
//!
//! A reader's own platform export ("Your data") is another matter: it runs to gigabytes with
//! its photos, and only a few of its files are read. Its limits bound what is held at once (the
//! ZIP's directory, one file of JSON), not the export's size.

use crate::say;

/// The largest file read, in bytes: 64 MB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most people in one scenario.
pub const MAX_PEOPLE: usize = 100_000;
/// The most companies in one scenario.
pub const MAX_COMPANIES: usize = 10_000;
/// The most friendships in one scenario.
pub const MAX_FRIENDSHIPS: usize = 1_000_000;

/// The largest single JSON file of a platform export read, in bytes once unpacked: 64 MB. A
/// friends list of 5,000 is under 1 MB and years of off-Facebook activity a few MB; past this a
/// file is not what it claims to be (or is a ZIP bomb), and it is refused unread.
pub const MAX_EXPORT_JSON_BYTES: u64 = 64 * 1024 * 1024;
/// The largest ZIP directory read, in bytes: 64 MB, a listing of about half a million files.
pub const MAX_ZIP_DIRECTORY_BYTES: u64 = 64 * 1024 * 1024;
/// The most entries one ZIP may list: 500,000. An export with every photo and video of fifteen
/// years lists tens of thousands; the directory of this many is held in about 80 MB.
pub const MAX_ZIP_ENTRIES: u64 = 500_000;

/// Why a file of `bytes` bytes called `name` is refused unread, if it is.
pub fn file_size(name: &str, bytes: u64) -> Result<(), String> {
    if bytes > MAX_FILE_BYTES {
        return Err(say!(
            "refusal-file-size",
            name = name,
            megabytes = bytes as f64 / 1_048_576.0,
            limit = MAX_FILE_BYTES / 1_048_576,
        ));
    }
    Ok(())
}

/// Why a network of these sizes is refused, naming the first limit passed and the file's own
/// figure, if it is.
pub fn counts(people: usize, companies: usize, friendships: usize) -> Result<(), String> {
    if people > MAX_PEOPLE {
        return Err(say!("refusal-people", figure = people, limit = MAX_PEOPLE));
    }
    if companies > MAX_COMPANIES {
        return Err(say!(
            "refusal-companies",
            figure = companies,
            limit = MAX_COMPANIES
        ));
    }
    if friendships > MAX_FRIENDSHIPS {
        return Err(say!(
            "refusal-friendships",
            figure = friendships,
            limit = MAX_FRIENDSHIPS
        ));
    }
    Ok(())
}

/// The most facts that deals over every user may make: each such deal gives its company one
/// fact per person and category, so 10,000 companies with a deal over 1,000 people would make
/// ten million before anything is drawn. At this limit (1,000 people and 500 such deals,
/// measured by `tests/e2e/measure-hostile.mjs`) the page shows the scenario within about two
/// seconds with no task of a second; at 2,000,000 the first tasks took two.
pub const MAX_DEAL_FACTS: usize = 500_000;

/// Why deals over every user (`categories`: their categories added up over all agreements) are
/// refused for `people` people, naming the limit and the file's own figure, if they are.
pub fn deal_facts(people: usize, categories: usize) -> Result<(), String> {
    let facts = people.saturating_mul(categories);
    if facts > MAX_DEAL_FACTS {
        return Err(say!(
            "refusal-deal-facts",
            facts = facts,
            people = people,
            categories = categories,
            limit = MAX_DEAL_FACTS,
        ));
    }
    Ok(())
}

/// `n` with its thousands grouped in the reader's language: 4,039 in English, as the README
/// writes figures (`catalogue::number`).
pub fn thousands(n: usize) -> String {
    crate::catalogue::number(n as f64)
}

//! A reader's own platform export, as read: their friends, the apps they connected, the
//! companies that sent their activity elsewhere, and the advertisers holding a list with their
//! information, with what each file of the export came to. `files::mine` builds it from the
//! export's JSON; `present::mine` says what it means. Here are only the values, the figures
//! they give and the cut-off they are counted against: no format, no words beyond those the
//! files layer gives a file it could not read.

use crate::core::date::{Date, FRIENDS_DATA_CLOSED};

/// The cut-off: friends made, and apps connected, before this day (UTC) are the ones an app
/// could reach friends' data through (see [`FRIENDS_DATA_CLOSED`]).
pub const CUTOFF: Date = FRIENDS_DATA_CLOSED;

/// Whether the Unix time `seconds`, if known, falls before [`CUTOFF`] (UTC).
pub fn before_cutoff(seconds: Option<i64>) -> bool {
    seconds.is_some_and(|s| s < CUTOFF.unix_seconds())
}

/// The lists an export holds, each in a file of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum List {
    /// The friends list.
    Friends,
    /// Apps and sites connected with Facebook login.
    Apps,
    /// Off-Facebook (off-Meta) activity.
    OffMeta,
    /// Advertisers who uploaded a contact list with your information.
    Uploaded,
    /// Advertisers using your activity or information.
    Using,
}

impl List {
    /// The word the command line writes.
    pub fn as_str(self) -> &'static str {
        match self {
            List::Friends => "friends",
            List::Apps => "apps",
            List::OffMeta => "off_meta",
            List::Uploaded => "advertisers_uploaded",
            List::Using => "advertisers_using",
        }
    }

    /// The section it belongs to.
    pub fn section(self) -> Section {
        match self {
            List::Friends => Section::Friends,
            List::Apps => Section::Apps,
            List::OffMeta => Section::OffMeta,
            List::Uploaded | List::Using => Section::Advertisers,
        }
    }
}

/// The four things the view shows, each from one or two kinds of file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Friends.
    Friends,
    /// Connected apps and sites.
    Apps,
    /// Companies that sent your activity.
    OffMeta,
    /// Advertisers with your information.
    Advertisers,
}

impl Section {
    /// Every section, in the order shown.
    pub const ALL: [Section; 4] = [
        Section::Friends,
        Section::Apps,
        Section::OffMeta,
        Section::Advertisers,
    ];

    /// The word the command line writes.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Friends => "friends",
            Section::Apps => "apps",
            Section::OffMeta => "off_meta",
            Section::Advertisers => "advertisers",
        }
    }
}

/// What the export says of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// A file of it was read.
    Read,
    /// Its files were there, and none could be understood.
    NotUnderstood,
    /// Its folder holds `no-data.txt`: Facebook had nothing to put there.
    Empty,
    /// Nothing of it is in the export (not chosen when downloading, or not a Facebook export).
    Missing,
}

/// A friend, as the friends list has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Friend {
    /// Their name (empty if the export gives none).
    pub name: String,
    /// When you became friends, in Unix seconds, if known.
    pub since: Option<i64>,
}

/// An app or site connected with Facebook login: one per name, however often the export
/// lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct App {
    /// Its name.
    pub name: String,
    /// When it was connected (the earliest the export gives), in Unix seconds, if known.
    pub added: Option<i64>,
    /// When it was removed (the latest the export gives), if it was and that is known.
    pub removed: Option<i64>,
}

/// A company that sent Facebook your activity on its apps and sites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Company {
    /// Its name.
    pub name: String,
    /// How many events (a visit, a purchase, a login) it sent.
    pub events: u64,
}

/// An advertiser that holds your information.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advertiser {
    /// Its name.
    pub name: String,
    /// Whether it uploaded, or used, a list with your information (rather than only your
    /// activity on its site or in its store).
    pub with_a_list: bool,
}

/// One file of the export that was read, or that could not be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileNote {
    /// Its path in the export (for a part that could not be opened, the part's name).
    pub path: String,
    /// The list it holds, if it is one of the files read.
    pub list: Option<List>,
    /// What came of it.
    pub outcome: Outcome,
}

/// What came of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Read: how many rows it held, and what was left out, if anything.
    Read {
        /// Rows (friends, apps, companies, advertisers) in it.
        rows: usize,
        /// What was left out, in words.
        note: Option<String>,
    },
    /// Not read or not understood, and why.
    NotRead(String),
}

/// A reader's export, as far as it was read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mine {
    /// Friends, in the export's order.
    pub friends: Vec<Friend>,
    /// Connected apps and sites, one per name, in the export's order.
    pub apps: Vec<App>,
    /// Companies that sent your activity, one per name, in the export's order.
    pub companies: Vec<Company>,
    /// Advertisers over both files, one per name, in the export's order.
    pub advertisers: Vec<Advertiser>,
    /// The files read, and those that could not be, in the order they were met.
    pub files: Vec<FileNote>,
    /// What the export says of each section, in [`Section::ALL`]'s order.
    pub sections: Vec<(Section, Found)>,
    /// Files listed and never read: photos and the export's other sections.
    pub others: u64,
    /// Why nothing could be shown, when nothing could (an HTML export, no export at all).
    pub refusal: Option<String>,
}

/// The figures of an export, as the command line prints them and the page shows them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// Friends.
    pub friends: usize,
    /// Friends with a known date before [`CUTOFF`].
    pub friends_before_cutoff: usize,
    /// Apps and sites (distinct names).
    pub apps: usize,
    /// Apps with a known date of connection before [`CUTOFF`].
    pub apps_before_cutoff: usize,
    /// Apps with no known date of connection.
    pub apps_date_unknown: usize,
    /// Companies that sent your activity (distinct names).
    pub off_meta_companies: usize,
    /// The events they sent.
    pub off_meta_events: u64,
    /// Advertisers over both files (distinct names).
    pub advertisers: usize,
    /// Advertisers that uploaded or used a list with your information.
    pub advertisers_with_a_list: usize,
}

impl Mine {
    /// The figures.
    pub fn figures(&self) -> Figures {
        Figures {
            friends: self.friends.len(),
            friends_before_cutoff: self
                .friends
                .iter()
                .filter(|f| before_cutoff(f.since))
                .count(),
            apps: self.apps.len(),
            apps_before_cutoff: self.apps.iter().filter(|a| before_cutoff(a.added)).count(),
            apps_date_unknown: self.apps.iter().filter(|a| a.added.is_none()).count(),
            off_meta_companies: self.companies.len(),
            off_meta_events: self.companies.iter().map(|c| c.events).sum(),
            advertisers: self.advertisers.len(),
            advertisers_with_a_list: self.advertisers.iter().filter(|a| a.with_a_list).count(),
        }
    }

    /// What the export says of `section`.
    pub fn found(&self, section: Section) -> Found {
        self.sections
            .iter()
            .find(|(s, _)| *s == section)
            .map_or(Found::Missing, |(_, f)| *f)
    }
}

//! ZIP files read a range at a time, by a caller that fetches the bytes: a reader's platform
//! export, which runs to gigabytes, is opened by reading its end, its directory and the few
//! entries wanted, never the whole file.
//!
//! Nothing here waits on input or output. Each step says which byte range of the file it needs
//! next ([`Step::Read`]) and the caller hands those bytes back to [`Feed::feed`], or that the
//! caller may take a turn ([`Step::Pause`], between slices of a long directory) before
//! [`Feed::resume`]; so the same parser is driven by anything that fetches ranges: [`run`]
//! awaits a [`Fetch`] for each (in the browser, `Blob.slice(a, b).arrayBuffer()`, a promise a
//! range, and a pause a task of its own); [`Seekable`] is a file on disk or bytes in memory as
//! one, ready at once, which [`open`] and [`read_entry`] run to the end without an executor
//! ([`now`]). By hand, the steps are:
//!
//! ```text
//! let (mut opening, first) = Opening::new(file_length);       // the last 65,577 bytes at most
//! let mut step = Read(first);
//! let archive = loop {
//!     step = match step { Read(r) => opening.feed(&fetch(r))?, Pause => opening.resume()?, Done(a) => break a };
//! };
//! let (mut entry, mut range) = archive.extract(index, cap)?;  // its local header and data
//! let bytes = loop { match entry.feed(&fetch(range))? { Read(r) => range = r, Done(b) => break b } };
//! ```
//!
//! Opening reads the tail (the end-of-directory record, its comment and the ZIP64 locator),
//! then the ZIP64 end record if it lies outside the tail, then the central directory unless the
//! tail held it. An entry takes one read when its local header is as long as the directory
//! says (almost always), two otherwise. No range asked for is longer than the directory limit
//! or the entry cap, so a caller can allocate what it is asked for.
//!
//! Read: stored and deflated entries (with a hard cap on the unpacked size, so a ZIP bomb is
//! refused in words), ZIP64 (parts over 4 GB or 65,535 entries), names in UTF-8 (the flag, or
//! Info-ZIP's Unicode path field) or else CP437, data descriptors (sizes are taken from the
//! directory), CRC-32 checked. Refused, each in words: encrypted entries, other compression
//! methods, entries whose path leaves the archive (`../x`, `/x`, `C:x`: listed with the
//! reason, never extracted), entries that overlap or run past the directory (the archive is
//! refused whole: that is a ZIP bomb's trick), archives split over several disks. Left out
//! deliberately: writing ZIPs, and self-extracting archives with bytes before the first entry.

mod names;
mod records;
mod unpack;

use std::fmt;
use std::future::Future;
use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;
use std::task::{Context, Poll, Waker};

use crate::files::limits::{MAX_ZIP_DIRECTORY_BYTES, MAX_ZIP_ENTRIES};
use crate::{say, word};

pub use names::unsafe_path;
pub use unpack::crc32;

/// The most bytes the end of a ZIP can take: the end-of-directory record (22), its comment
/// (up to 65,535) and the ZIP64 locator before it (20). Opening reads at most this first.
pub const TAIL: u64 = 22 + 65_535 + 20;

/// The directory's entries read between two pauses: in the browser, a slice the page reads in
/// a few milliseconds (`cargo bench --bench mine`, `tests/e2e/bench-mine.mjs`).
pub const ENTRIES_A_SLICE: usize = 8_192;

/// What a step of reading needs next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step<T> {
    /// The bytes of this range of the file, handed to the same step's `feed`.
    Read(Range<u64>),
    /// A turn for the caller (in the browser, the page answers the reader) before
    /// [`Feed::resume`] goes on: a long directory is read a slice of entries at a time.
    Pause,
    /// Finished.
    Done(T),
}

/// A reading that asks for byte ranges and is fed them: [`Opening`] and [`Extraction`]. An
/// adapter that drives one (synchronously here, with promises in the browser) drives both.
pub trait Feed {
    /// What the reading gives when done.
    type Output;
    /// Takes the bytes of the range last asked for, and says what is needed next. The bytes
    /// must be exactly that range: fewer mean the file ended early, and are refused in words.
    fn feed(&mut self, bytes: &[u8]) -> Result<Step<Self::Output>, String>;
    /// [`Feed::feed`] with bytes it may keep: a reading that holds on to what it is fed (the
    /// directory, read in slices) takes them without a copy.
    fn take(&mut self, bytes: Vec<u8>) -> Result<Step<Self::Output>, String> {
        self.feed(&bytes)
    }
    /// Goes on after a [`Step::Pause`], and says what is needed next.
    fn resume(&mut self) -> Result<Step<Self::Output>, String> {
        Err(say!("zip-out-of-order"))
    }
}

/// An opened ZIP: its entries, as its central directory lists them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Archive {
    entries: Vec<Entry>,
}

/// One entry of the directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its path inside the archive, decoded (UTF-8, or CP437 for old writers).
    pub name: String,
    /// Its size unpacked, in bytes.
    pub size: u64,
    /// Its size as stored, in bytes.
    pub compressed: u64,
    /// Why it cannot be extracted, if it cannot.
    pub refusal: Option<Refusal>,
    crc: u32,
    method: u16,
    /// Where its local header starts.
    offset: u64,
    /// Where the next entry (or the directory) starts: its header and data must end by here.
    limit: u64,
    /// Its local header's length if the local extra field is as long as the directory's.
    header: u64,
}

/// Why an entry cannot be extracted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Its path is absolute or climbs out of the archive (`..`).
    Path,
    /// It is encrypted.
    Encrypted,
    /// It is compressed by a method other than stored (0) and deflate (8).
    Method(u16),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Path => f.write_str(word!("zip-path-outside")),
            Refusal::Encrypted => f.write_str(word!("zip-encrypted")),
            Refusal::Method(m) => {
                let known = match m {
                    9 => "deflate64",
                    12 => "bzip2",
                    14 => "lzma",
                    93 => "zstandard",
                    95 => "xz",
                    99 => "aes",
                    _ => "none",
                };
                f.write_str(&say!("zip-method", method = m.to_string(), known = known))
            }
        }
    }
}

impl Entry {
    /// Whether it is a folder (its name ends with `/`).
    pub fn is_dir(&self) -> bool {
        self.name.ends_with('/')
    }
}

impl Archive {
    /// The entries, in the directory's order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Starts extracting entry `index`, refusing it if it unpacks to more than `cap` bytes:
    /// the reading and the first range to fetch (its local header and, almost always, its data).
    pub fn extract(&self, index: usize, cap: u64) -> Result<(Extraction, Range<u64>), String> {
        let e = self
            .entries
            .get(index)
            .ok_or_else(|| say!("zip-no-entry", index = index.to_string()))?;
        let name = &e.name;
        if let Some(why) = e.refusal {
            return Err(say!(
                "zip-entry-refused",
                name = name.as_str(),
                why = why.to_string()
            ));
        }
        if e.is_dir() {
            return Err(say!("zip-folder", name = name.as_str()));
        }
        if e.size > cap {
            return Err(say!(
                "zip-too-big",
                name = name.as_str(),
                size = megabytes(e.size),
                most = megabytes(cap)
            ));
        }
        // Deflate never grows data by more than a few bytes in 16 KB; stored data is its size.
        if e.compressed > cap + cap / 256 + 1024 || (e.method == 0 && e.compressed != e.size) {
            return Err(say!(
                "zip-stored-size",
                name = name.as_str(),
                compressed = e.compressed.to_string(),
                size = e.size.to_string()
            ));
        }
        let end = (e.offset + e.header + e.compressed).min(e.limit);
        let first = e.offset..end;
        let reading = Extraction {
            entry: e.clone(),
            asked: first.clone(),
            header_read: false,
        };
        Ok((reading, first))
    }
}

/// Opening a ZIP: from its length to its [`Archive`], a range at a time.
#[derive(Debug)]
pub struct Opening {
    len: u64,
    asked: Range<u64>,
    state: Opened,
    /// The tail, kept: the ZIP64 record and a small directory usually lie inside it.
    tail: Vec<u8>,
}

#[derive(Debug)]
enum Opened {
    Tail,
    /// The ZIP64 end record is at `record`, before the locator.
    Record64 {
        record: u64,
    },
    Directory(records::End),
    /// The directory fetched, read a slice of entries at a time.
    Listing(Box<records::Directory>),
    Finished,
}

impl Opening {
    /// Starts opening a ZIP file of `len` bytes: the reading and the range to fetch first.
    pub fn new(len: u64) -> (Opening, Range<u64>) {
        let first = len.saturating_sub(TAIL)..len;
        let opening = Opening {
            len,
            asked: first.clone(),
            state: Opened::Tail,
            tail: Vec::new(),
        };
        (opening, first)
    }

    /// The bytes of `range` if the tail holds them.
    fn in_tail(&self, range: &Range<u64>) -> Option<&[u8]> {
        let start = self.len - self.tail.len() as u64;
        (range.start >= start && range.end <= self.len && !self.tail.is_empty())
            .then(|| &self.tail[(range.start - start) as usize..(range.end - start) as usize])
    }

    fn after_tail(&mut self) -> Result<Step<Archive>, String> {
        let start = self.len - self.tail.len() as u64;
        let (at, end) = records::find_end(&self.tail, self.len)?;
        let eocd = start + at as u64;
        if let Some(record) = records::locator(&self.tail, at, start)? {
            self.state = Opened::Record64 { record };
            let range = record..record + records::END64_LEN;
            return match self.in_tail(&range).map(<[u8]>::to_vec) {
                Some(bytes) => self.after_record64(&bytes),
                None => self.ask(range),
            };
        }
        if end.needs_zip64() {
            return Err(say!("zip-no-record64"));
        }
        self.find_directory(end, eocd)
    }

    fn after_record64(&mut self, bytes: &[u8]) -> Result<Step<Archive>, String> {
        let Opened::Record64 { record } = self.state else {
            return Err(say!("zip-out-of-order"));
        };
        let end = records::end64(bytes, record)?;
        self.find_directory(end, record)
    }

    /// Checks where the directory `end` names lies (before `before`), then reads it.
    fn find_directory(&mut self, end: records::End, before: u64) -> Result<Step<Archive>, String> {
        if end.disks {
            return Err(say!("zip-split"));
        }
        if end.entries > MAX_ZIP_ENTRIES {
            return Err(say!(
                "zip-too-many",
                entries = end.entries,
                most = MAX_ZIP_ENTRIES
            ));
        }
        if end.size > MAX_ZIP_DIRECTORY_BYTES {
            return Err(say!(
                "zip-directory-too-big",
                size = megabytes(end.size),
                most = megabytes(MAX_ZIP_DIRECTORY_BYTES)
            ));
        }
        let range = end.offset..end.offset.saturating_add(end.size);
        if range.end > before {
            return Err(say!(
                "zip-directory-past-end",
                start = range.start.to_string(),
                end = range.end.to_string(),
                record = before.to_string()
            ));
        }
        self.state = Opened::Directory(end);
        match self.in_tail(&range).map(<[u8]>::to_vec) {
            Some(bytes) => self.after_directory(bytes),
            None => self.ask(range),
        }
    }

    fn after_directory(&mut self, bytes: Vec<u8>) -> Result<Step<Archive>, String> {
        let Opened::Directory(end) = std::mem::replace(&mut self.state, Opened::Finished) else {
            return Err(say!("zip-out-of-order"));
        };
        self.tail = Vec::new();
        self.state = Opened::Listing(Box::new(records::Directory::new(bytes, end)));
        self.list()
    }

    /// Reads the next slice of the directory's entries: a pause after it, or the archive.
    fn list(&mut self) -> Result<Step<Archive>, String> {
        let Opened::Listing(directory) = &mut self.state else {
            return Err(say!("zip-out-of-order"));
        };
        if !directory.more(ENTRIES_A_SLICE)? {
            return Ok(Step::Pause);
        }
        let Opened::Listing(directory) = std::mem::replace(&mut self.state, Opened::Finished)
        else {
            return Err(say!("zip-out-of-order"));
        };
        Ok(Step::Done(Archive {
            entries: directory.entries()?,
        }))
    }

    fn ask(&mut self, range: Range<u64>) -> Result<Step<Archive>, String> {
        self.asked = range.clone();
        Ok(Step::Read(range))
    }
}

impl Feed for Opening {
    type Output = Archive;

    fn feed(&mut self, bytes: &[u8]) -> Result<Step<Archive>, String> {
        check_length(bytes, &self.asked, word!("zip-its-end"))?;
        match self.state {
            Opened::Tail => {
                if self.len < records::END_LEN {
                    return Err(say!("zip-too-short", bytes = self.len.to_string()));
                }
                self.tail = bytes.to_vec();
                self.after_tail()
            }
            Opened::Record64 { .. } => self.after_record64(bytes),
            Opened::Directory(_) => self.after_directory(bytes.to_vec()),
            Opened::Listing(_) | Opened::Finished => Err(say!("zip-open-already")),
        }
    }

    fn take(&mut self, bytes: Vec<u8>) -> Result<Step<Archive>, String> {
        if !matches!(self.state, Opened::Directory(_)) {
            return self.feed(&bytes);
        }
        check_length(&bytes, &self.asked, word!("zip-its-end"))?;
        self.after_directory(bytes)
    }

    fn resume(&mut self) -> Result<Step<Archive>, String> {
        self.list()
    }
}

/// Extracting one entry: its local header, then its data, unpacked and checked.
#[derive(Debug)]
pub struct Extraction {
    entry: Entry,
    asked: Range<u64>,
    header_read: bool,
}

impl Feed for Extraction {
    type Output = Vec<u8>;

    fn feed(&mut self, bytes: &[u8]) -> Result<Step<Vec<u8>>, String> {
        let e = &self.entry;
        let name = &e.name;
        check_length(bytes, &self.asked, name)?;
        if self.header_read {
            return unpack::unpack(name, e.method, bytes, e.size, e.crc).map(Step::Done);
        }
        self.header_read = true;
        let data = records::local(bytes, e.offset, e.method, name)?;
        let end = data.saturating_add(e.compressed);
        if end > e.limit {
            return Err(say!(
                "zip-runs-into-next",
                name = name.as_str(),
                end = end.to_string(),
                limit = e.limit.to_string()
            ));
        }
        if end <= self.asked.end {
            let from = (data - e.offset) as usize;
            let to = (end - e.offset) as usize;
            return unpack::unpack(name, e.method, &bytes[from..to], e.size, e.crc).map(Step::Done);
        }
        self.asked = data..end;
        Ok(Step::Read(data..end))
    }
}

fn check_length(bytes: &[u8], asked: &Range<u64>, what: &str) -> Result<(), String> {
    let wanted = asked.end - asked.start;
    if bytes.len() as u64 != wanted {
        return Err(say!(
            "zip-ended-early",
            what = what,
            start = asked.start.to_string(),
            end = asked.end.to_string(),
            there = bytes.len().to_string()
        ));
    }
    Ok(())
}

/// `bytes` in MB, to one decimal.
fn megabytes(bytes: u64) -> String {
    say!("zip-megabytes", megabytes = bytes as f64 / 1_048_576.0)
}

/// A file read a byte range at a time, perhaps asynchronously: a file on disk or bytes in
/// memory ([`Seekable`], whose every fetch is ready at once), or in the browser a `File` read by
/// `Blob.slice(a, b).arrayBuffer()`, a promise a range.
pub trait Fetch {
    /// The file's length in bytes.
    fn size(&mut self) -> Result<u64, String>;
    /// The bytes of `range`: all of them, or fewer only where the file ends first (which the
    /// readings refuse in words).
    fn fetch(&mut self, range: Range<u64>) -> impl Future<Output = Result<Vec<u8>, String>>;
    /// A turn for whatever else must run (in the browser, the page answering its reader)
    /// between two slices of a long reading. Files on disk and bytes in memory have no one to
    /// wait for.
    fn pause(&mut self) -> impl Future<Output = ()> {
        std::future::ready(())
    }
}

/// Runs `reading` to its end, fetching each range it asks for from `source`.
pub async fn run<F: Feed>(
    source: &mut impl Fetch,
    mut reading: F,
    first: Range<u64>,
) -> Result<F::Output, String> {
    let mut step = Step::Read(first);
    loop {
        step = match step {
            Step::Read(range) => {
                let bytes = source.fetch(range).await?;
                reading.take(bytes)?
            }
            Step::Pause => {
                source.pause().await;
                reading.resume()?
            }
            Step::Done(out) => return Ok(out),
        };
    }
}

/// Opens the ZIP `source`: its tail, then its directory.
pub async fn open_from(source: &mut impl Fetch) -> Result<Archive, String> {
    let (opening, first) = Opening::new(source.size()?);
    run(source, opening, first).await
}

/// Entry `index` of `archive` from `source`, unpacked, if it is at most `cap` bytes.
pub async fn read_entry_from(
    source: &mut impl Fetch,
    archive: &Archive,
    index: usize,
    cap: u64,
) -> Result<Vec<u8>, String> {
    let (reading, first) = archive.extract(index, cap)?;
    run(source, reading, first).await
}

/// A file on disk or bytes in memory as a [`Fetch`]: each range is read (seek, read) when it is
/// asked for, and its future is ready at once.
#[derive(Debug)]
pub struct Seekable<R>(pub R);

impl<R: Read + Seek> Fetch for Seekable<R> {
    fn size(&mut self) -> Result<u64, String> {
        self.0
            .seek(SeekFrom::End(0))
            .map_err(|e| say!("zip-no-length", error = e.to_string()))
    }

    fn fetch(&mut self, range: Range<u64>) -> impl Future<Output = Result<Vec<u8>, String>> {
        std::future::ready(read_range(&mut self.0, &range))
    }
}

/// The bytes of `range` of `source` (fewer if the source ends first, which `feed` refuses).
fn read_range(source: &mut (impl Read + Seek), range: &Range<u64>) -> Result<Vec<u8>, String> {
    let cannot = |e: std::io::Error| {
        say!(
            "zip-cannot-read",
            start = range.start.to_string(),
            end = range.end.to_string(),
            error = e.to_string()
        )
    };
    source.seek(SeekFrom::Start(range.start)).map_err(cannot)?;
    let mut bytes = Vec::new();
    source
        .take(range.end - range.start)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    Ok(bytes)
}

/// The output of `future`, which must never wait: every fetch it awaits is ready at once (a
/// [`Seekable`]'s, or any whose sources are on disk or in memory). It is polled until done;
/// since nothing it awaits is pending, the first poll finishes it.
pub fn now<T>(future: impl Future<Output = T>) -> T {
    let mut future = std::pin::pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

/// Opens the ZIP `source` (a file, or bytes in memory): its tail, then its directory.
pub fn open(source: &mut (impl Read + Seek)) -> Result<Archive, String> {
    now(open_from(&mut Seekable(source)))
}

/// Reads entry `index` of `archive` from `source`, unpacked, if it is at most `cap` bytes.
pub fn read_entry(
    source: &mut (impl Read + Seek),
    archive: &Archive,
    index: usize,
    cap: u64,
) -> Result<Vec<u8>, String> {
    now(read_entry_from(&mut Seekable(source), archive, index, cap))
}

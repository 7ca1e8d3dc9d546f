//! The way through a [`Reading`], written once for every source: the parts a reader hands over
//! (ZIPs, read through their directories, and files outside any ZIP) are listed first, then
//! each wanted file is fetched and read, one at a time. [`read_from`] awaits each range of a
//! [`Fetch`], so the page hands it its `File`s (a promise a range) and the command line and the
//! tests hand [`read`] files on disk or bytes in memory, whose fetches are ready at once.
//! [`read_watched`] tells how far it is before each step, for the page's words of progress.

use std::io::{Read, Seek};

use super::Reading;
use crate::core::mine::{List, Mine};
use crate::files::limits::MAX_EXPORT_JSON_BYTES;
use crate::files::zip::{self, now, Archive, Fetch, Seekable};
use crate::say;

/// One part of what the reader handed over.
#[derive(Debug)]
pub enum Part<F> {
    /// A ZIP (a whole export, or one of its parts), called `name`.
    Zip {
        /// Its name, for the notes.
        name: String,
        /// Its bytes.
        source: F,
    },
    /// A file outside any ZIP: in a folder the reader picked (its path from that folder's
    /// name down), or given alone (its name).
    Loose {
        /// Its path.
        path: String,
        /// Its bytes, fetched only if it is wanted.
        source: F,
    },
}

/// Where a wanted file is.
enum At {
    Entry { part: usize, entry: usize },
    Loose { part: usize, size: u64 },
}

/// How far a reading is: the step about to be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Listing part `part` (from 1) of `of`: a ZIP's directory read, or a file's size taken.
    Listing {
        /// The part, from 1.
        part: usize,
        /// How many parts there are.
        of: usize,
    },
    /// Reading wanted file `file` (from 1) of `of`.
    Reading {
        /// The file, from 1.
        file: usize,
        /// How many files are wanted.
        of: usize,
    },
}

/// Reads the export `parts`, awaiting each range fetched: ZIPs by their directories and the
/// entries wanted, loose files whole when wanted, one at a time.
pub async fn read_from<F: Fetch>(parts: Vec<Part<F>>) -> Mine {
    read_watched(parts, |_| ()).await
}

/// [`read_from`], telling `told` before each ZIP is opened and each wanted file read (loose
/// files are listed without a word: their sizes are known at once).
pub async fn read_watched<F: Fetch>(
    mut parts: Vec<Part<F>>,
    mut told: impl FnMut(Progress),
) -> Mine {
    let mut reading = Reading::new();
    let mut archives: Vec<Option<Archive>> = (0..parts.len()).map(|_| None).collect();
    let mut wanted: Vec<(At, String, List)> = Vec::new();
    let of = parts.len();
    for (part, given) in parts.iter_mut().enumerate() {
        if matches!(given, Part::Zip { .. }) {
            told(Progress::Listing { part: part + 1, of });
        }
        match given {
            Part::Zip { name, source } => match zip::open_from(source).await {
                Ok(archive) => {
                    for (entry, e) in archive.entries().iter().enumerate() {
                        if entry > 0 && entry % zip::ENTRIES_A_SLICE == 0 {
                            source.pause().await;
                        }
                        if let Some(list) = reading.list(&e.name, e.size, e.refusal) {
                            wanted.push((At::Entry { part, entry }, e.name.clone(), list));
                        }
                    }
                    archives[part] = Some(archive);
                }
                Err(why) => reading.part_unreadable(name, say!("export-not-a-zip", why = why)),
            },
            Part::Loose { path, source } => match source.size() {
                Ok(size) => {
                    if let Some(list) = reading.list(path, size, None) {
                        wanted.push((At::Loose { part, size }, path.clone(), list));
                    }
                }
                Err(why) => reading.part_unreadable(path, why),
            },
        }
    }
    let of = wanted.len();
    for (file, (at, path, list)) in wanted.into_iter().enumerate() {
        told(Progress::Reading { file: file + 1, of });
        let bytes = match at {
            At::Entry { part, entry } => match (archives.get(part), parts.get_mut(part)) {
                (Some(Some(archive)), Some(Part::Zip { source, .. })) => {
                    zip::read_entry_from(source, archive, entry, MAX_EXPORT_JSON_BYTES).await
                }
                _ => Err(say!("export-zip-lost")),
            },
            At::Loose { part, size } => match parts.get_mut(part) {
                Some(Part::Loose { source, .. }) => source.fetch(0..size).await,
                _ => Err(say!("export-lost")),
            },
        };
        match bytes {
            Ok(bytes) => reading.read(&path, list, &bytes),
            Err(why) => reading.unreadable(&path, list, why),
        }
    }
    reading.finish()
}

/// Reads the export `parts` from files on disk or bytes in memory.
pub fn read<R: Read + Seek>(parts: Vec<Part<R>>) -> Mine {
    let parts = parts
        .into_iter()
        .map(|p| match p {
            Part::Zip { name, source } => Part::Zip {
                name,
                source: Seekable(source),
            },
            Part::Loose { path, source } => Part::Loose {
                path,
                source: Seekable(source),
            },
        })
        .collect();
    now(read_from(parts))
}

/// Reads the export `parts` from sources whose every fetch is ready at once (files on disk
/// opened only when a range is asked for, say).
pub fn read_ready<F: Fetch>(parts: Vec<Part<F>>) -> Mine {
    now(read_from(parts))
}

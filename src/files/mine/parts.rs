//! The synchronous way through a [`Reading`]: the parts a reader hands over (ZIPs, read
//! through their directories, and files outside any ZIP), listed first, then each wanted file
//! read, one at a time. The command line hands it files on disk; the tests, bytes in memory.
//! The page does the same steps with promises between them.

use std::io::{Read, Seek};

use super::Reading;
use crate::core::mine::{List, Mine};
use crate::files::limits::MAX_EXPORT_JSON_BYTES;
use crate::files::zip::{self, Archive};

/// One part of what the reader handed over.
#[derive(Debug)]
pub enum Part<Z> {
    /// A ZIP (a whole export, or one of its parts), called `name`.
    Zip {
        /// Its name, for the notes.
        name: String,
        /// Its bytes.
        source: Z,
    },
    /// A file outside any ZIP: in a folder the reader picked (its path from that folder's
    /// name down), or dropped alone (its name).
    Loose {
        /// Its path.
        path: String,
        /// Its size in bytes.
        size: u64,
    },
}

/// Where a wanted file is.
enum At {
    Entry { zip: usize, entry: usize },
    Loose { part: usize },
}

/// Reads the export `parts`: ZIPs by their directories and the entries wanted, and each loose
/// file wanted by `read_loose` (given its index in `parts`; it may refuse in words).
pub fn read<Z: Read + Seek>(
    parts: Vec<Part<Z>>,
    mut read_loose: impl FnMut(usize) -> Result<Vec<u8>, String>,
) -> Mine {
    let mut reading = Reading::new();
    let mut zips: Vec<(Z, Archive)> = Vec::new();
    let mut wanted: Vec<(At, String, List)> = Vec::new();
    for (part, given) in parts.into_iter().enumerate() {
        match given {
            Part::Zip { name, mut source } => match zip::open(&mut source) {
                Ok(archive) => {
                    for (entry, e) in archive.entries().iter().enumerate() {
                        if let Some(kind) = reading.list(&e.name, e.size, e.refusal) {
                            let at = At::Entry {
                                zip: zips.len(),
                                entry,
                            };
                            wanted.push((at, e.name.clone(), kind));
                        }
                    }
                    zips.push((source, archive));
                }
                Err(why) => reading
                    .part_unreadable(&name, format!("it could not be opened as a ZIP: {why}")),
            },
            Part::Loose { path, size } => {
                if let Some(kind) = reading.list(&path, size, None) {
                    wanted.push((At::Loose { part }, path, kind));
                }
            }
        }
    }
    for (at, path, kind) in wanted {
        let bytes = match at {
            At::Entry { zip, entry } => match zips.get_mut(zip) {
                Some((source, archive)) => {
                    zip::read_entry(source, archive, entry, MAX_EXPORT_JSON_BYTES)
                }
                None => Err("its ZIP was lost".into()),
            },
            At::Loose { part } => read_loose(part),
        };
        match bytes {
            Ok(bytes) => reading.read(&path, kind, &bytes),
            Err(why) => reading.unreadable(&path, kind, why),
        }
    }
    reading.finish()
}

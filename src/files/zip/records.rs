//! The ZIP records (PKWARE's APPNOTE, sections 4.3 and 4.5) read from bytes already fetched:
//! the end of the central directory and its ZIP64 forms, the directory's file headers with
//! their extra fields, and an entry's local header. Every offset is checked before it is read,
//! and every refusal names the record and the byte where it went wrong.

use super::names;
use super::{Entry, Refusal};
use crate::files::limits::MAX_ZIP_ENTRIES;
use crate::{say, word};

/// The end-of-central-directory record, without its comment.
pub(super) const END_LEN: u64 = 22;
/// The ZIP64 end-of-central-directory locator, just before the end record.
const LOCATOR_LEN: u64 = 20;
/// The ZIP64 end-of-central-directory record, without its extensible data.
pub(super) const END64_LEN: u64 = 56;

const END_SIG: u32 = 0x0605_4b50;
const LOCATOR_SIG: u32 = 0x0706_4b50;
const END64_SIG: u32 = 0x0606_4b50;
const CENTRAL_SIG: u32 = 0x0201_4b50;
const LOCAL_SIG: u32 = 0x0403_4b50;
const SIGNATURE_SIG: u32 = 0x0505_4b50;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: u64 = 30;

/// Where the directory is, as the end record (or its ZIP64 form) says.
#[derive(Clone, Copy, Debug)]
pub(super) struct End {
    /// Entries in the directory.
    pub entries: u64,
    /// The directory's length in bytes.
    pub size: u64,
    /// Where it starts.
    pub offset: u64,
    /// Whether the archive spans several disks.
    pub disks: bool,
    /// Whether this came from the ZIP64 record (whose count is exact, not modulo 65,536).
    pub zip64: bool,
}

impl End {
    /// Whether a field is at its maximum, which means "see the ZIP64 record".
    pub fn needs_zip64(&self) -> bool {
        self.entries == 0xffff || self.size == 0xffff_ffff || self.offset == 0xffff_ffff
    }
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    b.get(at..at + 2)
        .map_or(0, |s| u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    b.get(at..at + 4)
        .map_or(0, |s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 8).map_or(0, |s| {
        u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]])
    })
}

/// The end record in `tail` (the file's last bytes; the file is `len` long): where it is in
/// the tail, and what it says. The last record whose comment ends the file is taken; failing
/// that, the last whose comment fits (some writers leave bytes after it).
pub(super) fn find_end(tail: &[u8], len: u64) -> Result<(usize, End), String> {
    let short = || say!("zip-not-a-zip", bytes = len.to_string());
    let last = tail.len().checked_sub(END_LEN as usize).ok_or_else(short)?;
    let mut fallback = None;
    for at in (0..=last).rev() {
        if u32_at(tail, at) != END_SIG {
            continue;
        }
        let ends = at + END_LEN as usize + usize::from(u16_at(tail, at + 20));
        if ends == tail.len() {
            fallback = Some(at);
            break;
        }
        if ends < tail.len() && fallback.is_none() {
            fallback = Some(at);
        }
    }
    let at = fallback.ok_or_else(short)?;
    let (disk, directory_disk) = (u16_at(tail, at + 4), u16_at(tail, at + 6));
    let (here, entries) = (u16_at(tail, at + 8), u16_at(tail, at + 10));
    let end = End {
        entries: u64::from(entries),
        size: u64::from(u32_at(tail, at + 12)),
        offset: u64::from(u32_at(tail, at + 16)),
        disks: (disk != 0 && disk != 0xffff)
            || (directory_disk != 0 && directory_disk != 0xffff)
            || here != entries,
        zip64: false,
    };
    Ok((at, end))
}

/// Where the ZIP64 end record is, if a locator stands before the end record at `at` in
/// `tail` (which starts at byte `start` of the file).
pub(super) fn locator(tail: &[u8], at: usize, start: u64) -> Result<Option<u64>, String> {
    let Some(from) = at.checked_sub(LOCATOR_LEN as usize) else {
        return Ok(None);
    };
    if u32_at(tail, from) != LOCATOR_SIG {
        return Ok(None);
    }
    let record = u64_at(tail, from + 8);
    let disks = u32_at(tail, from + 16);
    if u32_at(tail, from + 4) != 0 || disks > 1 {
        return Err(say!("zip-split"));
    }
    let locator_at = start + from as u64;
    if record.saturating_add(END64_LEN) > locator_at {
        return Err(say!(
            "zip-locator-past",
            locator = locator_at.to_string(),
            record = record.to_string()
        ));
    }
    Ok(Some(record))
}

/// The ZIP64 end record in `bytes`, read from byte `record` of the file.
pub(super) fn end64(bytes: &[u8], record: u64) -> Result<End, String> {
    if bytes.len() < END64_LEN as usize || u32_at(bytes, 0) != END64_SIG {
        return Err(say!("zip-no-end64", record = record.to_string()));
    }
    let (disk, directory_disk) = (u32_at(bytes, 16), u32_at(bytes, 20));
    let (here, entries) = (u64_at(bytes, 24), u64_at(bytes, 32));
    Ok(End {
        entries,
        size: u64_at(bytes, 40),
        offset: u64_at(bytes, 48),
        disks: disk != 0 || directory_disk != 0 || here != entries,
        zip64: true,
    })
}

/// The central directory read a slice of entries at a time, so a caller that must answer
/// between slices (the page) can: [`Directory::more`] reads up to so many entries, and says
/// when the last has been read; [`Directory::entries`] then gives them, each with the byte its
/// data must end by, refusing the archive if entries overlap or run past the directory.
#[derive(Debug)]
pub(super) struct Directory {
    bytes: Vec<u8>,
    end: End,
    at: usize,
    entries: Vec<Entry>,
    name_lengths: Vec<u64>,
}

impl Directory {
    /// Starts reading the directory `bytes`, which `end` describes.
    pub fn new(bytes: Vec<u8>, end: End) -> Directory {
        let capacity = end.entries.min(65_536) as usize;
        Directory {
            bytes,
            end,
            at: 0,
            entries: Vec::with_capacity(capacity),
            name_lengths: Vec::with_capacity(capacity),
        }
    }

    /// Reads up to `count` more entries: whether the directory has been read to its end.
    pub fn more(&mut self, count: usize) -> Result<bool, String> {
        let (bytes, end) = (&self.bytes, &self.end);
        for _ in 0..count {
            let at = self.at;
            if at >= bytes.len() || u32_at(bytes, at) == SIGNATURE_SIG {
                return Ok(true);
            }
            let damaged = |why: &str| {
                say!(
                    "zip-directory-damaged",
                    entry = (self.entries.len() + 1).to_string(),
                    byte = (end.offset + at as u64).to_string(),
                    why = why
                )
            };
            if bytes.len() - at < CENTRAL_LEN || u32_at(bytes, at) != CENTRAL_SIG {
                return Err(damaged(word!("zip-no-file-header")));
            }
            if self.entries.len() as u64 >= MAX_ZIP_ENTRIES {
                return Err(say!(
                    "zip-directory-too-many",
                    most = MAX_ZIP_ENTRIES.to_string()
                ));
            }
            let (n, e, c) = (
                usize::from(u16_at(bytes, at + 28)),
                usize::from(u16_at(bytes, at + 30)),
                usize::from(u16_at(bytes, at + 32)),
            );
            let name_at = at + CENTRAL_LEN;
            let next = name_at + n + e + c;
            if next > bytes.len() {
                return Err(damaged(word!("zip-name-past-end")));
            }
            let raw_name = &bytes[name_at..name_at + n];
            let extra = Extra::read(&bytes[name_at + n..name_at + n + e]);
            let header = Header {
                flags: u16_at(bytes, at + 8),
                method: u16_at(bytes, at + 10),
                crc: u32_at(bytes, at + 16),
                compressed: u32_at(bytes, at + 20),
                size: u32_at(bytes, at + 24),
                offset: u32_at(bytes, at + 42),
            };
            let entry = header
                .entry(raw_name, &extra, e)
                .map_err(|why| damaged(&why))?;
            self.entries.push(entry);
            self.name_lengths.push(n as u64);
            self.at = next;
        }
        Ok(self.at >= bytes.len() || u32_at(bytes, self.at) == SIGNATURE_SIG)
    }

    /// The entries read, once [`Directory::more`] has said the directory is read to its end,
    /// each with the byte its data must end by.
    pub fn entries(mut self) -> Result<Vec<Entry>, String> {
        let counted = self.entries.len() as u64;
        let agrees = if self.end.zip64 {
            counted == self.end.entries
        } else {
            counted % 65_536 == self.end.entries
        };
        if !agrees {
            return Err(say!(
                "zip-count-disagrees",
                counted = counted.to_string(),
                said = self.end.entries.to_string()
            ));
        }
        set_limits(&mut self.entries, &self.name_lengths, self.end.offset)?;
        Ok(self.entries)
    }
}

/// A file header's fixed fields, before ZIP64's extra field replaces those at their maximum.
struct Header {
    flags: u16,
    method: u16,
    crc: u32,
    compressed: u32,
    size: u32,
    offset: u32,
}

impl Header {
    fn entry(&self, raw_name: &[u8], extra: &Extra<'_>, extra_len: usize) -> Result<Entry, String> {
        // APPNOTE 4.5.3: the ZIP64 field holds, in this order, only the values at their maximum.
        let mut wide = extra
            .zip64
            .unwrap_or(&[])
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        let mut widen = |value: u32, what: &str| -> Result<u64, String> {
            if value != u32::MAX {
                return Ok(u64::from(value));
            }
            wide.next()
                .ok_or_else(|| say!("zip-field-missing", what = what))
        };
        let size = widen(self.size, "size")?;
        let compressed = widen(self.compressed, "compressed")?;
        let offset = widen(self.offset, "position")?;
        let name = names::decode(raw_name, self.flags & 0x0800 != 0, extra.unicode_path);
        let refusal = if names::unsafe_path(&name) {
            Some(Refusal::Path)
        } else if self.flags & 0x0041 != 0 {
            // Bit 0: encrypted; bit 6: strong encryption.
            Some(Refusal::Encrypted)
        } else if self.method != 0 && self.method != 8 {
            Some(Refusal::Method(self.method))
        } else {
            None
        };
        Ok(Entry {
            name,
            size,
            compressed,
            refusal,
            crc: self.crc,
            method: self.method,
            offset,
            limit: 0,
            header: LOCAL_LEN + raw_name.len() as u64 + extra_len as u64,
        })
    }
}

/// The extra fields read here: ZIP64's sizes and position, Info-ZIP's UTF-8 name.
struct Extra<'a> {
    zip64: Option<&'a [u8]>,
    unicode_path: Option<&'a [u8]>,
}

impl<'a> Extra<'a> {
    /// The fields of `bytes` (id, length, data, repeated); a field cut short ends the list.
    fn read(mut bytes: &'a [u8]) -> Extra<'a> {
        let mut extra = Extra {
            zip64: None,
            unicode_path: None,
        };
        while bytes.len() >= 4 {
            let (id, len) = (u16_at(bytes, 0), usize::from(u16_at(bytes, 2)));
            let Some(data) = bytes.get(4..4 + len) else {
                break;
            };
            match id {
                0x0001 => extra.zip64 = Some(data),
                0x7075 => extra.unicode_path = Some(data),
                _ => {}
            }
            bytes = &bytes[4 + len..];
        }
        extra
    }
}

/// Gives each entry the byte its header and data must end by (the next entry's header, or the
/// directory), refusing the archive where they cannot fit: entries that overlap are how the
/// worst ZIP bombs multiply one compressed block into many files.
fn set_limits(entries: &mut [Entry], name_lengths: &[u64], directory: u64) -> Result<(), String> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| entries[i].offset);
    for (k, &i) in order.iter().enumerate() {
        let next = order.get(k + 1).copied();
        let limit = next.map_or(directory, |j| entries[j].offset);
        let least = entries[i]
            .offset
            .saturating_add(LOCAL_LEN + name_lengths[i])
            .saturating_add(entries[i].compressed);
        if least > limit {
            return Err(match next {
                Some(j) => say!(
                    "zip-overlap",
                    name = entries[i].name.as_str(),
                    other = entries[j].name.as_str()
                ),
                None => say!(
                    "zip-past-directory",
                    name = entries[i].name.as_str(),
                    byte = directory.to_string()
                ),
            });
        }
        entries[i].limit = limit;
    }
    Ok(())
}

/// Where the data of the entry whose local header starts `bytes` (at byte `offset` of the
/// file) begins, after checking the header against the directory's `method`.
pub(super) fn local(bytes: &[u8], offset: u64, method: u16, name: &str) -> Result<u64, String> {
    if bytes.len() < LOCAL_LEN as usize || u32_at(bytes, 0) != LOCAL_SIG {
        return Err(say!(
            "zip-no-local-header",
            name = name,
            byte = offset.to_string()
        ));
    }
    if u16_at(bytes, 8) != method {
        return Err(say!("zip-headers-disagree", name = name));
    }
    if u16_at(bytes, 6) & 0x0041 != 0 {
        return Err(say!(
            "zip-entry-refused",
            name = name,
            why = Refusal::Encrypted.to_string()
        ));
    }
    let n = u64::from(u16_at(bytes, 26));
    let e = u64::from(u16_at(bytes, 28));
    Ok(offset + LOCAL_LEN + n + e)
}

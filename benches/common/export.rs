//! Made-up Facebook exports for the tests and the benchmark: a small ZIP writer (stored and
//! deflated entries, data descriptors, ZIP64 records forced or when sizes need them, entries
//! whose data is left as a hole of a sparse file) and an export of invented people in the
//! layout of an era. Included by path (`#[path]`) by `benches/mine.rs` and `tests/core/mine.rs`;
//! no real person's export is in the project.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::{self, Seek, SeekFrom, Write};

use spillover::files::zip::crc32;

/// One entry to write, with every choice the tests make.
#[derive(Clone, Debug)]
pub struct Item<'a> {
    /// The name's bytes as written.
    pub name: &'a [u8],
    /// The data, unpacked.
    pub data: &'a [u8],
    /// Deflate it (else stored).
    pub deflate: bool,
    /// Set the UTF-8 flag (bit 11).
    pub utf8: bool,
    /// Write sizes in a data descriptor after the data (bit 3), zeros in the local header.
    pub descriptor: bool,
    /// Flags added as they are (bit 0: encrypted).
    pub flags: u16,
    /// The method written, if not stored or deflate's own.
    pub method: Option<u16>,
    /// Extra fields for the directory's header (an Info-ZIP Unicode path, say).
    pub extra: Vec<u8>,
    /// The size the directory claims, if not the data's own (a ZIP bomb's lie).
    pub claimed_size: Option<u64>,
}

impl<'a> Item<'a> {
    /// A deflated entry, flagged UTF-8 when its name is not ASCII.
    pub fn new(name: &'a str, data: &'a [u8]) -> Item<'a> {
        Item {
            name: name.as_bytes(),
            data,
            deflate: true,
            utf8: !name.is_ascii(),
            descriptor: false,
            flags: 0,
            method: None,
            extra: Vec::new(),
            claimed_size: None,
        }
    }
}

/// A ZIP being written to `out`.
pub struct Zip<W: Write + Seek> {
    out: W,
    at: u64,
    central: Vec<u8>,
    count: u64,
    /// Write ZIP64 fields and records even where the sizes do not need them.
    pub force_zip64: bool,
}

const WIDE: u64 = 0xffff_ffff;

impl<W: Write + Seek> Zip<W> {
    /// A ZIP written from the start of `out`.
    pub fn new(out: W) -> Zip<W> {
        Zip {
            out,
            at: 0,
            central: Vec::new(),
            count: 0,
            force_zip64: false,
        }
    }

    /// Adds `data` as `name`, deflated.
    pub fn add(&mut self, name: &str, data: &[u8]) -> io::Result<()> {
        self.item(&Item::new(name, data))
    }

    /// Adds `data` as `name`, stored.
    pub fn stored(&mut self, name: &str, data: &[u8]) -> io::Result<()> {
        self.item(&Item {
            deflate: false,
            ..Item::new(name, data)
        })
    }

    /// Adds an entry as `item` says.
    pub fn item(&mut self, item: &Item<'_>) -> io::Result<()> {
        let packed = if item.deflate {
            miniz_oxide::deflate::compress_to_vec(item.data, 6)
        } else {
            item.data.to_vec()
        };
        let method = item.method.unwrap_or(if item.deflate { 8 } else { 0 });
        let size = item.claimed_size.unwrap_or(item.data.len() as u64);
        let crc = crc32(item.data);
        let mut flags = item.flags;
        if item.utf8 {
            flags |= 0x0800;
        }
        if item.descriptor {
            flags |= 0x0008;
        }
        let offset = self.at;
        self.local(
            item.name,
            flags,
            method,
            crc,
            packed.len() as u64,
            size,
            item.descriptor,
        )?;
        self.out.write_all(&packed)?;
        self.at += packed.len() as u64;
        if item.descriptor {
            let mut d = Vec::new();
            put32(&mut d, 0x0807_4b50);
            put32(&mut d, crc);
            put32(&mut d, packed.len() as u32);
            put32(&mut d, size as u32);
            self.out.write_all(&d)?;
            self.at += d.len() as u64;
        }
        self.central_header(
            item.name,
            flags,
            method,
            crc,
            packed.len() as u64,
            size,
            offset,
            &item.extra,
        );
        Ok(())
    }

    /// Adds a stored entry `name` of `size` bytes whose data is not written: the writer seeks
    /// past it, so in a file it is a hole (zeros, taking no disk). `crc` is their checksum.
    pub fn hole(&mut self, name: &str, size: u64, crc: u32) -> io::Result<()> {
        let offset = self.at;
        self.local(name.as_bytes(), 0, 0, crc, size, size, false)?;
        self.at += size;
        self.out.seek(SeekFrom::Start(self.at))?;
        self.central_header(name.as_bytes(), 0, 0, crc, size, size, offset, &[]);
        Ok(())
    }

    fn zip64(&self, size: u64, compressed: u64, offset: u64) -> bool {
        self.force_zip64 || size >= WIDE || compressed >= WIDE || offset >= WIDE
    }

    #[allow(clippy::too_many_arguments)]
    fn local(
        &mut self,
        name: &[u8],
        flags: u16,
        method: u16,
        crc: u32,
        compressed: u64,
        size: u64,
        descriptor: bool,
    ) -> io::Result<()> {
        let wide = self.zip64(size, compressed, 0);
        let mut h = Vec::new();
        put32(&mut h, 0x0403_4b50);
        put16(&mut h, if wide { 45 } else { 20 });
        put16(&mut h, flags);
        put16(&mut h, method);
        put16(&mut h, 0);
        put16(&mut h, 0x4a21);
        let (crc, compressed, size) = if descriptor {
            (0, 0, 0)
        } else {
            (crc, compressed, size)
        };
        put32(&mut h, crc);
        put32(&mut h, if wide { WIDE as u32 } else { compressed as u32 });
        put32(&mut h, if wide { WIDE as u32 } else { size as u32 });
        put16(&mut h, name.len() as u16);
        put16(&mut h, if wide { 20 } else { 0 });
        h.extend_from_slice(name);
        if wide {
            put16(&mut h, 1);
            put16(&mut h, 16);
            put64(&mut h, size);
            put64(&mut h, compressed);
        }
        self.out.write_all(&h)?;
        self.at += h.len() as u64;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn central_header(
        &mut self,
        name: &[u8],
        flags: u16,
        method: u16,
        crc: u32,
        compressed: u64,
        size: u64,
        offset: u64,
        extra: &[u8],
    ) {
        let wide = self.zip64(size, compressed, offset);
        let mut x = Vec::new();
        if wide {
            put16(&mut x, 1);
            put16(&mut x, 24);
            put64(&mut x, size);
            put64(&mut x, compressed);
            put64(&mut x, offset);
        }
        x.extend_from_slice(extra);
        let c = &mut self.central;
        put32(c, 0x0201_4b50);
        put16(c, 0x031e);
        put16(c, if wide { 45 } else { 20 });
        put16(c, flags);
        put16(c, method);
        put16(c, 0);
        put16(c, 0x4a21);
        put32(c, crc);
        put32(c, if wide { WIDE as u32 } else { compressed as u32 });
        put32(c, if wide { WIDE as u32 } else { size as u32 });
        put16(c, name.len() as u16);
        put16(c, x.len() as u16);
        put16(c, 0);
        put16(c, 0);
        put16(c, 0);
        put32(c, 0o100644 << 16);
        put32(c, if wide { WIDE as u32 } else { offset as u32 });
        c.extend_from_slice(name);
        c.extend_from_slice(&x);
        self.count += 1;
    }

    /// Writes the directory and its end (ZIP64 records when needed or forced), with `comment`.
    pub fn finish(mut self, comment: &[u8]) -> io::Result<W> {
        let start = self.at;
        let size = self.central.len() as u64;
        self.out.write_all(&self.central)?;
        let wide = self.force_zip64 || self.count >= 0xffff || start >= WIDE || size >= WIDE;
        let mut e = Vec::new();
        if wide {
            let record = start + size;
            put32(&mut e, 0x0606_4b50);
            put64(&mut e, 44);
            put16(&mut e, 45);
            put16(&mut e, 45);
            put32(&mut e, 0);
            put32(&mut e, 0);
            put64(&mut e, self.count);
            put64(&mut e, self.count);
            put64(&mut e, size);
            put64(&mut e, start);
            put32(&mut e, 0x0706_4b50);
            put32(&mut e, 0);
            put64(&mut e, record);
            put32(&mut e, 1);
        }
        put32(&mut e, 0x0605_4b50);
        put16(&mut e, 0);
        put16(&mut e, 0);
        let n = if wide { 0xffff } else { self.count as u16 };
        put16(&mut e, n);
        put16(&mut e, n);
        put32(&mut e, if wide { WIDE as u32 } else { size as u32 });
        put32(&mut e, if wide { WIDE as u32 } else { start as u32 });
        put16(&mut e, comment.len() as u16);
        e.extend_from_slice(comment);
        self.out.write_all(&e)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

fn put16(v: &mut Vec<u8>, n: u16) {
    v.extend_from_slice(&n.to_le_bytes());
}

fn put32(v: &mut Vec<u8>, n: u32) {
    v.extend_from_slice(&n.to_le_bytes());
}

fn put64(v: &mut Vec<u8>, n: u64) {
    v.extend_from_slice(&n.to_le_bytes());
}

/// `files` as a ZIP in memory.
pub fn zip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut z = Zip::new(io::Cursor::new(Vec::new()));
    for (name, data) in files {
        z.add(name, data).expect("memory takes writes");
    }
    z.finish(b"").expect("memory takes writes").into_inner()
}

/// `text` as a JSON string the way Facebook's exports write it: each byte of its UTF-8 as a
/// character of its own, escaped (`Café` as `"Caf\u00c3\u00a9"`).
pub fn facebook_string(text: &str) -> String {
    let mut out = String::from("\"");
    for b in text.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\u{b:04x}");
            }
        }
    }
    out.push('"');
    out
}

/// The layouts of the export over the years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Era {
    /// 2018-2019: `friends/friends.json`, `apps_and_websites/`, `ads_and_businesses/`.
    Y2018,
    /// 2020-2021: `friends_and_followers/`, `apps_and_websites_off_of_facebook/`, `_v2` keys.
    Y2021,
    /// 2022-2025: `connections/friends/your_friends.json`, `connected_apps_and_websites.json`,
    /// `your_activity_off_meta_technologies.json`, `ads_information/`.
    Y2024,
    /// 2026: as 2024, with off-Meta activity as a list of `label_values`, and advertisers in
    /// groups of `label_values`.
    Y2026,
}

impl Era {
    /// Every era, oldest first.
    pub const ALL: [Era; 4] = [Era::Y2018, Era::Y2021, Era::Y2024, Era::Y2026];
}

/// How big a generated export is.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Friends.
    pub friends: usize,
    /// Connected apps (a tenth of them listed twice, removed and inactive).
    pub apps: usize,
    /// Companies that sent activity.
    pub companies: usize,
    /// Events each company sent.
    pub events: usize,
    /// Advertisers in each advertisers file (half of them in both).
    pub advertisers: usize,
}

/// An invented person's name: `i`-th, with an accent now and then.
pub fn name(i: usize) -> String {
    const FIRST: [&str; 8] = [
        "Ana", "Bruno", "Chloé", "Dário", "Eva", "Fátima", "Gus", "Hélène",
    ];
    const LAST: [&str; 6] = ["Lima", "Müller", "Okafor", "Sørensen", "Tanaka", "Núñez"];
    format!("{} {} {i}", FIRST[i % 8], LAST[(i / 8) % 6])
}

/// A time around 2015-04-30 for the `i`-th row: spread over 2009 to 2021, every eleventh
/// unknown (0).
pub fn stamp(i: usize) -> u64 {
    if i % 11 == 3 {
        0
    } else {
        1_230_768_000 + (i as u64 * 7_919_993) % 400_000_000
    }
}

/// The files of a made-up export of `era`, under the wrapper folder `facebook-madeup/`, with
/// a few other files (photos, another list of friends, an empty section) and a Mac copy.
pub fn export(era: Era, size: Size) -> Vec<(String, Vec<u8>)> {
    let root = "facebook-madeup";
    let v2 = if era == Era::Y2018 { "" } else { "_v2" };
    let mut files = Vec::new();
    let friends: Vec<String> = (0..size.friends)
        .map(|i| {
            format!(
                "{{\"name\": {}, \"timestamp\": {}}}",
                facebook_string(&name(i)),
                stamp(i)
            )
        })
        .collect();
    let friends = format!("{{\"friends{v2}\": [{}]}}", friends.join(","));
    let apps: Vec<String> = (0..size.apps)
        .flat_map(|i| {
            let row = |category: &str, removed: u64| {
                format!(
                    "{{\"name\": {}, \"added_timestamp\": {}, \"user_app_scoped_id\": {i}, \"category\": \"{category}\", \"removed_timestamp\": {removed}}}",
                    facebook_string(&format!("Quiz {i} für alle")),
                    stamp(i * 3 + 1)
                )
            };
            let mut rows = vec![row("active", 0)];
            if i % 10 == 0 {
                rows = vec![row("removed", 1_500_000_000), row("inactive", 0)];
            }
            rows
        })
        .collect();
    let apps = format!("{{\"installed_apps{v2}\": [{}]}}", apps.join(","));
    let events = |i: usize| -> String {
        (0..size.events)
            .map(|e| {
                format!(
                    "{{\"id\": {e}, \"type\": \"PAGE_VIEW\", \"timestamp\": {}}}",
                    stamp(i + e)
                )
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let company = |i: usize| format!("shop{i}.example");
    let activity = if era == Era::Y2026 {
        let rows: Vec<String> = (0..size.companies)
            .map(|i| format!("{{\"timestamp\": {}, \"title\": {}, \"label_values\": [{{\"label\": \"Ereignisse\", \"vec\": [{}]}}, {{\"label\": \"Kennung\", \"value\": \"{i}\"}}]}}", stamp(i), facebook_string(&company(i)), events(i)))
            .collect();
        format!("[{}]", rows.join(","))
    } else {
        let rows: Vec<String> = (0..size.companies)
            .map(|i| {
                format!(
                    "{{\"name\": {}, \"events\": [{}]}}",
                    facebook_string(&company(i)),
                    events(i)
                )
            })
            .collect();
        format!("{{\"off_facebook_activity{v2}\": [{}]}}", rows.join(","))
    };
    let advertiser = |i: usize| format!("Brand {i} & Söhne");
    let half = size.advertisers / 2;
    let uploaded: Vec<String> = (0..size.advertisers)
        .map(|i| facebook_string(&advertiser(i)))
        .collect();
    let using_names = (half..half + size.advertisers).map(advertiser);
    let (uploaded, using) = if era == Era::Y2026 {
        let group = |names: Vec<String>| -> String {
            names
                .iter()
                .map(|n| format!("{{\"value\": {n}}}"))
                .collect::<Vec<_>>()
                .join(",")
        };
        let using: Vec<String> = using_names.map(|n| facebook_string(&n)).collect();
        let (first, rest) = using.split_at(using.len() / 3);
        (
            format!("{{\"label_values\": [{{\"label\": \"Liste\", \"vec\": [{}]}}]}}", group(uploaded)),
            format!(
                "{{\"label_values\": [{{\"label\": \"Mit einer Liste\", \"vec\": [{}]}}, {{\"label\": \"Aktivität\", \"vec\": [{}]}}]}}",
                group(first.to_vec()),
                group(rest.to_vec())
            ),
        )
    } else {
        let using: Vec<String> = using_names
            .enumerate()
            .map(|(k, n)| format!("{{\"advertiser_name\": {}, \"has_data_file_custom_audience\": {}, \"has_remarketing_custom_audience\": true, \"has_in_person_store_visit\": false}}", facebook_string(&n), k % 3 == 0))
            .collect();
        (
            format!("{{\"custom_audiences{v2}\": [{}]}}", uploaded.join(",")),
            format!(
                "{{\"custom_audiences_all_types_v2\": [{}]}}",
                using.join(",")
            ),
        )
    };
    let paths: [&str; 5] = match era {
        Era::Y2018 => [
            "friends/friends.json",
            "apps_and_websites/apps_and_websites.json",
            "ads_and_businesses/your_off-facebook_activity.json",
            "ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.json",
            "ads_information/advertisers_using_your_activity_or_information.json",
        ],
        Era::Y2021 => [
            "friends_and_followers/friends.json",
            "apps_and_websites_off_of_facebook/apps_and_websites.json",
            "apps_and_websites_off_of_facebook/your_off-facebook_activity.json",
            "ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.json",
            "ads_information/advertisers_using_your_activity_or_information.json",
        ],
        Era::Y2024 | Era::Y2026 => [
            "connections/friends/your_friends.json",
            "apps_and_websites_off_of_facebook/connected_apps_and_websites.json",
            "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
            "ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.json",
            "ads_information/advertisers_using_your_activity_or_information.json",
        ],
    };
    for (path, text) in paths.iter().zip([friends, apps, activity, uploaded, using]) {
        files.push((format!("{root}/{path}"), text.into_bytes()));
    }
    let (folder, file) = paths[0].rsplit_once('/').unwrap_or(("", paths[0]));
    files.push((format!("__MACOSX/{root}/{folder}/._{file}"), vec![0; 64]));
    files.push((
        format!("{root}/{folder}/removed_friends.json"),
        b"{\"deleted_friends_v2\": []}".to_vec(),
    ));
    files.push((format!("{root}/groups/no-data.txt"), b"No data".to_vec()));
    for i in 0..3 {
        files.push((
            format!("{root}/photos_and_videos/album/{i}.jpg"),
            vec![0xff, 0xd8, 0xff, i as u8],
        ));
    }
    files
}

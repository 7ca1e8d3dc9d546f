//! "Your data": a reader's own Facebook export, as ZIPs (read a range at a time), folders and
//! single files, through every era's layout, and every hostile shape refused in words. The
//! exports are made up here (`benches/common/export.rs` writes them); no real one is in the
//! project.

use std::collections::BTreeSet;
use std::io::{Cursor, Read, Seek, SeekFrom};

use proptest::prelude::*;
use spillover::core::mine::{Figures, Found, List, Mine, Outcome, Section, CUTOFF};
use spillover::files::mine::parts::{self, Part};
use spillover::files::mine::Reading;
use spillover::files::zip::{self, Feed, Opening, Refusal, Step, TAIL};

#[path = "../../benches/common/export.rs"]
mod export;
use export::{Era, Item, Size, Zip};

type Files = Vec<(String, Vec<u8>)>;

/// `files` read as loose files (a folder the reader picked, or files dropped one by one).
fn loose(files: &Files) -> Mine {
    let parts: Vec<Part<Cursor<Vec<u8>>>> = files
        .iter()
        .map(|(path, bytes)| Part::Loose {
            path: path.clone(),
            source: Cursor::new(bytes.clone()),
        })
        .collect();
    parts::read(parts)
}

/// `zips` (name, bytes) read as the parts of an export.
fn zipped(zips: &[(&str, Vec<u8>)]) -> Mine {
    let parts = zips
        .iter()
        .map(|(name, bytes)| Part::Zip {
            name: name.to_string(),
            source: Cursor::new(bytes.clone()),
        })
        .collect();
    parts::read(parts)
}

fn zip_of(files: &Files) -> Vec<u8> {
    export::zip(files)
}

fn small() -> Size {
    Size {
        friends: 40,
        apps: 23,
        companies: 9,
        events: 4,
        advertisers: 12,
    }
}

/// The figures a made-up export must give, counted here from how it is made.
fn expected(era: Era, size: Size) -> Figures {
    let cut = CUTOFF.unix_seconds() as u64;
    let before = |s: u64| s != 0 && s < cut;
    let a = size.advertisers;
    let half = a / 2;
    let mut names: BTreeSet<usize> = (0..a).collect();
    let mut listed: BTreeSet<usize> = (0..a).collect();
    for k in 0..a {
        names.insert(half + k);
        let with_a_list = if era == Era::Y2026 {
            k < a / 3
        } else {
            k % 3 == 0
        };
        if with_a_list {
            listed.insert(half + k);
        }
    }
    Figures {
        friends: size.friends,
        friends_before_cutoff: (0..size.friends)
            .filter(|&i| before(export::stamp(i)))
            .count(),
        apps: size.apps,
        apps_before_cutoff: (0..size.apps)
            .filter(|&i| before(export::stamp(i * 3 + 1)))
            .count(),
        apps_date_unknown: (0..size.apps)
            .filter(|&i| export::stamp(i * 3 + 1) == 0)
            .count(),
        off_meta_companies: size.companies,
        off_meta_events: (size.companies * size.events) as u64,
        advertisers: names.len(),
        advertisers_with_a_list: listed.len(),
    }
}

fn not_read(mine: &Mine) -> Vec<(String, String)> {
    mine.files
        .iter()
        .filter_map(|f| match &f.outcome {
            Outcome::NotRead(why) => Some((f.path.clone(), why.clone())),
            Outcome::Read { .. } => None,
        })
        .collect()
}

#[test]
fn every_era_gives_its_figures_zipped_or_not() {
    for era in Era::ALL {
        let files = export::export(era, small());
        let want = expected(era, small());
        let from_folder = loose(&files);
        let from_zip = zipped(&[("facebook.zip", zip_of(&files))]);
        assert_eq!(from_folder.figures(), want, "{era:?}, folder");
        assert_eq!(from_zip.figures(), want, "{era:?}, ZIP");
        assert_eq!(from_folder.refusal, None, "{era:?}");
        assert!(
            not_read(&from_zip).is_empty(),
            "{era:?}: {:?}",
            not_read(&from_zip)
        );
        for s in Section::ALL {
            assert_eq!(from_zip.found(s), Found::Read, "{era:?} {s:?}");
        }
        // The photos and the other friends list are listed, never read; the Mac copy ignored.
        assert_eq!(from_zip.others, 4, "{era:?}");
        assert_eq!(from_zip.files.len(), 5, "{era:?}");
        // Names are decoded from Facebook's double encoding.
        assert!(
            from_zip.friends.iter().any(|f| f.name == "Chloé Lima 2"),
            "{era:?}"
        );
        assert!(from_zip.apps.iter().any(|a| a.name == "Quiz 0 für alle"));
        assert!(from_zip
            .advertisers
            .iter()
            .any(|a| a.name == "Brand 1 & Söhne"));
    }
}

/// One hand-written export of 2024's layout, every rule in it.
fn hand_written() -> Files {
    let cut = CUTOFF.unix_seconds();
    let friends = format!(
        r#"{{"friends_v2": [
            {{"name": "Ana Lima", "timestamp": {}}},
            {{"name": "Caf\u00c3\u00a9 M\u00c3\u00bcller", "timestamp": {cut}}},
            {{"name": "Bo Okafor", "timestamp": 0}},
            {{"name": "Dee", "timestamp": null}},
            {{"name": "Eve"}}
        ]}}"#,
        cut - 1
    );
    let apps = format!(
        r#"{{"installed_apps_v2": [
            {{"name": "Personality Quiz", "added_timestamp": 1383350400, "user_app_scoped_id": 1, "category": "removed", "removed_timestamp": 1500000000}},
            {{"name": "Personality Quiz", "added_timestamp": 0, "user_app_scoped_id": 1, "category": "inactive", "removed_timestamp": 0}},
            {{"name": "Farm Game", "added_timestamp": {}, "category": "active"}},
            {{"name": "Boundary App", "added_timestamp": {cut}, "category": "active"}},
            {{"name": "Lost App", "added_timestamp": 0, "category": "inactive"}},
            {{"name": "Lost App", "category": "removed"}},
            {{"added_timestamp": 5}}
        ]}}"#,
        cut - 1
    );
    let activity = r#"{"off_facebook_activity_v2": [
        {"name": "shop.example", "events": [{"id": 1, "type": "PURCHASE", "timestamp": 1600000000}, {"id": 1, "type": "PAGE_VIEW", "timestamp": 1600000001}]},
        {"name": "news.example", "events": []},
        {"name": "shop.example", "events": [{"id": 1, "type": "PAGE_VIEW", "timestamp": 1600000002}]}
    ]}"#;
    let uploaded = r#"{"custom_audiences_v2": ["Brand A", "Brand B"]}"#;
    let using = r#"{"custom_audiences_all_types_v2": [
        {"advertiser_name": "Brand B", "has_data_file_custom_audience": false, "has_remarketing_custom_audience": true, "has_in_person_store_visit": false},
        {"advertiser_name": "Brand C", "has_data_file_custom_audience": true, "has_remarketing_custom_audience": false, "has_in_person_store_visit": false},
        {"advertiser_name": "Brand D", "has_data_file_custom_audience": false, "has_remarketing_custom_audience": false, "has_in_person_store_visit": true}
    ]}"#;
    let root = "facebook-analima10";
    vec![
        (format!("{root}/connections/friends/your_friends.json"), friends.into_bytes()),
        (format!("{root}/apps_and_websites_off_of_facebook/connected_apps_and_websites.json"), apps.into_bytes()),
        (format!("{root}/apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json"), activity.as_bytes().to_vec()),
        (format!("{root}/ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.json"), uploaded.as_bytes().to_vec()),
        (format!("{root}/ads_information/advertisers_using_your_activity_or_information.json"), using.as_bytes().to_vec()),
    ]
}

#[test]
fn the_rules_on_a_hand_written_export() {
    let mine = zipped(&[("facebook.zip", zip_of(&hand_written()))]);
    assert_eq!(
        mine.figures(),
        Figures {
            friends: 5,
            // 2015-04-29 23:59:59 UTC is before; 2015-04-30 00:00:00 UTC is not.
            friends_before_cutoff: 1,
            // The quiz twice (removed, inactive) is one app; an app without a name is none.
            apps: 4,
            // The quiz (2013-11-02, its earliest known date) and the farm game.
            apps_before_cutoff: 2,
            apps_date_unknown: 1,
            off_meta_companies: 2,
            off_meta_events: 3,
            advertisers: 4,
            // Both uploaded ones, and the one that used a data file.
            advertisers_with_a_list: 3,
        }
    );
    let names: Vec<&str> = mine.friends.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["Ana Lima", "Café Müller", "Bo Okafor", "Dee", "Eve"]
    );
    let quiz = &mine.apps[0];
    assert_eq!(
        (quiz.added, quiz.removed),
        (Some(1_383_350_400), Some(1_500_000_000))
    );
    let apps_file = mine
        .files
        .iter()
        .find(|f| f.list == Some(List::Apps))
        .unwrap();
    assert_eq!(
        apps_file.outcome,
        Outcome::Read {
            rows: 6,
            note: Some("1 row without a name left out".into())
        }
    );
    assert_eq!(mine.companies[0].events, 3);
    // The words: the 2013 note, and could, not did.
    let lines = spillover::present::mine::lines(&mine);
    assert!(lines
        .iter()
        .any(|l| l.text == "1 of your apps is dated October or November 2013."));
}

#[test]
fn labels_in_any_language_read_by_their_structure() {
    // 2026's shape: a list of titled entries whose events sit in the first labelled list.
    let activity = r#"[
        {"timestamp": 1700000000, "title": "boutique.example", "label_values": [
            {"label": "\u00c3\u0089v\u00c3\u00a9nements", "vec": [{"dict": [{"label": "ID", "value": "1"}]}, {"dict": []}]},
            {"label": "Re\u00c3\u00a7u le", "timestamp_value": 1700000000}
        ]},
        {"title": "caf\u00c3\u00a9.example", "label_values": [{"label": "Ereignisse", "vec": []}]},
        {"label_values": []}
    ]"#;
    let using = r#"{"label_values": [
        {"label": "Annonceurs utilisant une liste", "vec": [{"value": "Marque A"}, {"value": "Marque B"}]},
        {"label": "Annonceurs utilisant votre activit\u00c3\u00a9", "vec": [{"value": "Marque B"}, {"value": "Marque C"}]}
    ]}"#;
    let files: Files = vec![
        (
            "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json".into(),
            activity.into(),
        ),
        (
            "ads_information/advertisers_using_your_activity_or_information.json".into(),
            using.into(),
        ),
    ];
    let mine = loose(&files);
    let f = mine.figures();
    assert_eq!((f.off_meta_companies, f.off_meta_events), (2, 2));
    assert_eq!(mine.companies[1].name, "café.example");
    assert_eq!((f.advertisers, f.advertisers_with_a_list), (3, 2));
    assert_eq!(mine.found(Section::Friends), Found::Missing);
}

#[test]
fn an_html_export_is_refused_with_words_asking_for_json() {
    let files: Files = vec![
        ("facebook-ana/index.html".into(), b"<html></html>".to_vec()),
        (
            "facebook-ana/friends/friends.html".into(),
            b"<html></html>".to_vec(),
        ),
        ("facebook-ana/photos_and_videos/1.jpg".into(), vec![0xff]),
    ];
    for mine in [loose(&files), zipped(&[("html.zip", zip_of(&files))])] {
        let refusal = mine.refusal.clone().expect("refused");
        assert!(refusal.starts_with("this is an HTML export"), "{refusal}");
        assert!(refusal.contains("Format: JSON"), "{refusal}");
        assert_eq!(mine.figures(), Figures::default());
    }
    let nothing = loose(&vec![("notes.txt".into(), b"hi".to_vec())]);
    assert!(nothing
        .refusal
        .unwrap()
        .starts_with("no part of a Facebook export was found among 1 file:"));
}

#[test]
fn missing_empty_and_mac_copies_are_told_apart() {
    let mut files = hand_written();
    files.retain(|(p, _)| p.contains("friends"));
    files.push((
        "facebook-x/apps_and_websites_off_of_facebook/no-data.txt".into(),
        b"".to_vec(),
    ));
    files.push((
        "__MACOSX/facebook-x/connections/friends/._your_friends.json".into(),
        vec![0, 5, 22, 7],
    ));
    files.push((
        "facebook-x/connections/friends/._your_friends.json".into(),
        vec![0, 5, 22, 7],
    ));
    let mine = loose(&files);
    assert_eq!(mine.found(Section::Friends), Found::Read);
    assert_eq!(mine.found(Section::Apps), Found::Empty);
    assert_eq!(mine.found(Section::OffMeta), Found::Empty);
    assert_eq!(mine.found(Section::Advertisers), Found::Missing);
    assert!(not_read(&mine).is_empty(), "{:?}", not_read(&mine));
    assert_eq!(mine.figures().friends, 5);
}

#[test]
fn broken_files_are_named_with_their_path_and_the_rest_is_read() {
    let mut files = hand_written();
    let wrong = r#"{"installed_apps_v2": [{"name": "A", "added_timestamp": 1}, {"name": "B", "added_timestamp": "2014"}]}"#;
    files[1].1 = wrong.as_bytes().to_vec();
    files[2].1 = b"{\"off_facebook_activity_v2\": [{\"name\": \"x\", \"events\": [".to_vec();
    files[3].1 = br#"{"something_else": []}"#.to_vec();
    let nested = format!(
        r#"{{"custom_audiences_all_types_v2": [{{"advertiser_name": "A"}}], "custom_audiences": [{}"x"{}]}}"#,
        r#"{"name": "#.repeat(300),
        "}".repeat(300)
    );
    files.push((
        "x/ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.json"
            .into(),
        nested.into_bytes(),
    ));
    let mine = loose(&files);
    let not = not_read(&mine);
    let why = |part: &str| {
        not.iter()
            .find(|(p, _)| p.contains(part))
            .map(|(_, w)| w.clone())
            .unwrap_or_default()
    };
    assert!(why("connected_apps").contains("at installed_apps_v2[1].added_timestamp: invalid type: string \"2014\", expected a time in seconds"), "{not:?}");
    assert!(why("off_meta").contains("it ends too early"), "{not:?}");
    assert!(
        why("facebook-analima10/ads_information/advertisers_who")
            .contains("holds neither `custom_audiences` nor"),
        "{not:?}"
    );
    assert!(
        why("x/ads_information").contains("nested more than 128 levels deep"),
        "{not:?}"
    );
    assert_eq!(mine.found(Section::Apps), Found::NotUnderstood);
    // The friends and the other advertisers file are read all the same.
    assert_eq!(mine.figures().friends, 5);
    assert_eq!(mine.figures().advertisers, 3);
    assert_eq!(mine.refusal, None);
}

#[test]
fn a_file_too_big_is_refused_unread() {
    let mut reading = Reading::new();
    let path = "connections/friends/your_friends.json";
    assert_eq!(
        reading.list(path, 64 * 1024 * 1024, None),
        Some(List::Friends)
    );
    assert_eq!(reading.list(path, 64 * 1024 * 1024 + 1, None), None);
    // A 2 GB string inside is refused the same way, by the size, before a byte is read.
    assert_eq!(reading.list(path, 2 << 30, None), None);
    let mine = reading.finish();
    assert!(
        not_read(&mine)[0]
            .1
            .contains("is 64.0 MB; Spillover reads files of an export up to 64 MB"),
        "{:?}",
        not_read(&mine)
    );
}

#[test]
fn the_same_export_twice_or_in_parts_counts_once() {
    let files = export::export(Era::Y2021, small());
    let want = expected(Era::Y2021, small());
    let once = zipped(&[("a.zip", zip_of(&files))]);
    let first: Files = files.iter().step_by(2).cloned().collect();
    let second: Files = files.iter().skip(1).step_by(2).cloned().collect();
    let in_parts = zipped(&[
        ("part-1.zip", zip_of(&first)),
        ("part-2.zip", zip_of(&second)),
    ]);
    let twice = zipped(&[("a.zip", zip_of(&files)), ("b.zip", zip_of(&files))]);
    for mine in [&once, &in_parts, &twice] {
        assert_eq!(mine.figures(), want);
    }
    assert_eq!(twice.friends, once.friends);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// A folder and the same files zipped give the same figures, names and notes, whatever
    /// the era and the sizes.
    #[test]
    fn a_folder_and_its_zip_read_the_same(
        era in 0usize..4,
        friends in 0usize..60,
        apps in 0usize..30,
        companies in 0usize..12,
        events in 0usize..5,
        advertisers in 0usize..15,
    ) {
        let era = Era::ALL[era];
        let size = Size { friends, apps, companies, events, advertisers };
        let files = export::export(era, size);
        let folder = loose(&files);
        let zip = zipped(&[("export.zip", zip_of(&files))]);
        prop_assert_eq!(folder.figures(), expected(era, size));
        prop_assert_eq!(&folder, &zip);
    }
}

// The ZIP reader.

/// A source that counts the bytes read from it.
struct Counted {
    inner: Cursor<Vec<u8>>,
    read: u64,
}

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

impl Seek for Counted {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.inner.seek(to)
    }
}

fn build(items: &[Item<'_>], zip64: bool, comment: &[u8]) -> Vec<u8> {
    let mut z = Zip::new(Cursor::new(Vec::new()));
    z.force_zip64 = zip64;
    for item in items {
        z.item(item).unwrap();
    }
    z.finish(comment).unwrap().into_inner()
}

fn open(bytes: &[u8]) -> Result<zip::Archive, String> {
    zip::open(&mut Cursor::new(bytes.to_vec()))
}

fn read(bytes: &[u8], archive: &zip::Archive, i: usize) -> Result<Vec<u8>, String> {
    zip::read_entry(&mut Cursor::new(bytes.to_vec()), archive, i, 1 << 20)
}

#[test]
fn a_zip_is_read_by_its_directory_and_the_entries_asked_for() {
    let photo = vec![7u8; 3 << 20];
    let json = br#"{"friends_v2": []}"#.repeat(50);
    let items = [
        Item {
            deflate: false,
            ..Item::new("facebook-ana/photos/1.jpg", &photo)
        },
        Item {
            descriptor: true,
            ..Item::new("facebook-ana/friends/friends.json", &json)
        },
        Item::new("facebook-ana/Müller café.json", b"{}"),
        Item {
            name: b"old/caf\x82.txt",
            utf8: false,
            ..Item::new("", b"cp437")
        },
        Item::new("facebook-ana/empty/", b""),
    ];
    let bytes = build(&items, false, &[b'c'; 1000]);
    let mut source = Counted {
        inner: Cursor::new(bytes.clone()),
        read: 0,
    };
    let archive = zip::open(&mut source).unwrap();
    let names: Vec<&str> = archive.entries().iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "facebook-ana/photos/1.jpg",
            "facebook-ana/friends/friends.json",
            "facebook-ana/Müller café.json",
            "old/café.txt",
            "facebook-ana/empty/"
        ]
    );
    assert!(archive.entries()[4].is_dir());
    assert_eq!(archive.entries()[0].size, 3 << 20);
    let opened = source.read;
    assert!(opened <= TAIL, "opening read {opened} bytes");
    assert_eq!(
        zip::read_entry(&mut source, &archive, 1, 1 << 20).unwrap(),
        json
    );
    assert_eq!(read(&bytes, &archive, 2).unwrap(), b"{}");
    assert_eq!(read(&bytes, &archive, 3).unwrap(), b"cp437");
    // The 3 MB photo was never read: only the tail, the directory and one small entry.
    assert!(source.read < 100_000, "read {} bytes", source.read);
    assert!(read(&bytes, &archive, 4)
        .unwrap_err()
        .contains("is a folder"));
}

#[test]
fn the_steps_ask_for_the_tail_then_the_directory_then_the_entry() {
    let big = vec![1u8; 200_000];
    let bytes = build(
        &[
            Item {
                deflate: false,
                ..Item::new("big.bin", &big)
            },
            Item::new("a.json", b"[1]"),
        ],
        false,
        b"",
    );
    let len = bytes.len() as u64;
    let slice = |r: &std::ops::Range<u64>| bytes[r.start as usize..r.end as usize].to_vec();
    let (mut opening, first) = Opening::new(len);
    assert_eq!(first, len - TAIL..len);
    // The directory lies in the tail: no second read.
    let Step::Done(archive) = opening.feed(&slice(&first)).unwrap() else {
        panic!("the directory was in the tail");
    };
    let (mut entry, range) = archive.extract(1, 100).unwrap();
    assert!(range.end - range.start < 100, "{range:?}");
    assert_eq!(
        entry.feed(&slice(&range)).unwrap(),
        Step::Done(b"[1]".to_vec())
    );
    // Bytes short of the range asked for are a file cut short.
    let (mut opening, first) = Opening::new(len);
    let err = opening.feed(&slice(&first)[..100]).unwrap_err();
    assert!(err.starts_with("the file ended early"), "{err}");
}

/// A file fetched as the browser fetches one: every range a promise that is pending once, and
/// every pause a turn for the page (pending once too), counted.
struct Later {
    bytes: Vec<u8>,
    asked: std::rc::Rc<std::cell::RefCell<Vec<std::ops::Range<u64>>>>,
    paused: std::rc::Rc<std::cell::Cell<usize>>,
}

/// A future that is pending once, then ready.
struct PendingOnce<T>(Option<T>, bool);

impl<T: Unpin> std::future::Future for PendingOnce<T> {
    type Output = T;
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<T> {
        if !self.1 {
            self.1 = true;
            cx.waker().wake_by_ref();
            return std::task::Poll::Pending;
        }
        match self.0.take() {
            Some(out) => std::task::Poll::Ready(out),
            None => std::task::Poll::Pending,
        }
    }
}

impl zip::Fetch for Later {
    fn size(&mut self) -> Result<u64, String> {
        Ok(self.bytes.len() as u64)
    }

    fn fetch(
        &mut self,
        range: std::ops::Range<u64>,
    ) -> impl std::future::Future<Output = Result<Vec<u8>, String>> {
        self.asked.borrow_mut().push(range.clone());
        let end = (range.end as usize).min(self.bytes.len());
        let out = self
            .bytes
            .get(range.start as usize..end)
            .map(<[u8]>::to_vec)
            .ok_or_else(|| "past the end".to_string());
        PendingOnce(Some(out), false)
    }

    fn pause(&mut self) -> impl std::future::Future<Output = ()> {
        self.paused.set(self.paused.get() + 1);
        PendingOnce(Some(()), false)
    }
}

/// Runs `future` to its end by polling it again whenever it is pending; how many times it was.
fn block_on<T>(future: impl std::future::Future<Output = T>) -> (T, usize) {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    let mut pending = 0;
    loop {
        match future.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(out) => return (out, pending),
            std::task::Poll::Pending => pending += 1,
        }
    }
}

#[test]
fn an_export_fetched_a_promise_at_a_time_reads_as_from_disk() {
    let files = export::export(Era::Y2024, small());
    let bytes = zip_of(&files);
    let asked = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let parts = vec![Part::Zip {
        name: "export.zip".to_string(),
        source: Later {
            bytes: bytes.clone(),
            asked: asked.clone(),
            paused: Default::default(),
        },
    }];
    let (mine, pending) = block_on(parts::read_from(parts));
    assert_eq!(mine, zipped(&[("export.zip", bytes.clone())]));
    // The tail (which holds this small directory), then one range for each of the five files.
    let asked = asked.borrow();
    assert_eq!(asked.len(), 6, "{asked:?}");
    assert_eq!(pending, 6);
    assert_eq!(
        asked[0],
        (bytes.len() as u64).saturating_sub(TAIL)..bytes.len() as u64
    );
}

#[test]
fn a_long_directory_is_read_a_slice_at_a_time_with_a_turn_for_the_page_between() {
    // 20,000 small files: the directory in three slices, then its entries listed in three.
    let names: Vec<String> = (0..20_000)
        .map(|i| format!("your_facebook_activity/posts/media/photo_{i}.jpg"))
        .collect();
    let mut items: Vec<Item<'_>> = names
        .iter()
        .map(|n| Item {
            deflate: false,
            ..Item::new(n, b"x")
        })
        .collect();
    items.push(Item::new("connections/friends/your_friends.json", b"{}"));
    let bytes = build(&items, false, b"");
    let paused = std::rc::Rc::new(std::cell::Cell::new(0));
    let later = |bytes: &[u8]| Later {
        bytes: bytes.to_vec(),
        asked: Default::default(),
        paused: paused.clone(),
    };
    let (archive, _) = block_on(zip::open_from(&mut later(&bytes)));
    assert_eq!(archive, open(&bytes));
    assert_eq!(archive.as_ref().map(|a| a.entries().len()), Ok(20_001));
    let slices = 20_001usize.div_ceil(zip::ENTRIES_A_SLICE);
    assert_eq!(paused.get(), slices - 1, "a pause between two slices");
    paused.set(0);
    let parts = vec![Part::Zip {
        name: "export.zip".to_string(),
        source: later(&bytes),
    }];
    let (mine, _) = block_on(parts::read_from(parts));
    assert_eq!(mine, zipped(&[("export.zip", bytes.clone())]));
    assert_eq!(paused.get(), 2 * (slices - 1), "and as many while listing");
}

#[test]
fn a_reading_tells_how_far_it_is_before_each_step() {
    use spillover::files::mine::parts::Progress;
    let files = export::export(Era::Y2024, small());
    let bytes = zip_of(&files);
    let mut told = Vec::new();
    let parts = vec![
        Part::Zip {
            name: "export.zip".to_string(),
            source: std::io::Cursor::new(bytes.clone()),
        },
        Part::Loose {
            path: "photo.jpg".to_string(),
            source: std::io::Cursor::new(vec![0xff, 0xd8]),
        },
    ];
    let parts = parts
        .into_iter()
        .map(|p| match p {
            Part::Zip { name, source } => Part::Zip {
                name,
                source: spillover::files::zip::Seekable(source),
            },
            Part::Loose { path, source } => Part::Loose {
                path,
                source: spillover::files::zip::Seekable(source),
            },
        })
        .collect();
    let (mine, _) = block_on(parts::read_watched(parts, |p| told.push(p)));
    assert_eq!(mine.figures().friends, small().friends);
    let mut expected = vec![Progress::Listing { part: 1, of: 2 }];
    expected.extend((1..=5).map(|file| Progress::Reading { file, of: 5 }));
    assert_eq!(told, expected);
}

#[test]
fn zip64_records_are_read_on_a_small_file() {
    let items = [
        Item::new("a/friends.json", b"{\"friends\": []}"),
        Item {
            deflate: false,
            ..Item::new("b.txt", b"bee")
        },
    ];
    let bytes = build(&items, true, b"zip64");
    let archive = open(&bytes).unwrap();
    assert_eq!(archive.entries().len(), 2);
    assert_eq!(read(&bytes, &archive, 0).unwrap(), b"{\"friends\": []}");
    assert_eq!(read(&bytes, &archive, 1).unwrap(), b"bee");
    // The same through the steps: the ZIP64 end record lies in the tail.
    let (mut opening, first) = Opening::new(bytes.len() as u64);
    assert!(matches!(
        opening.feed(&bytes[first.start as usize..]).unwrap(),
        Step::Done(_)
    ));
}

#[test]
fn a_part_over_4_gb_is_read_through_zip64() {
    // A sparse file: the 4.5 GB photo is a hole, so it takes no disk and no time.
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("zip64-{}.zip", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    let mut z = Zip::new(file);
    z.add(
        "facebook-ana/connections/friends/your_friends.json",
        br#"{"friends_v2": [{"name": "Ana Lima", "timestamp": 1}]}"#,
    )
    .unwrap();
    z.hole("facebook-ana/photos/huge.mp4", 4_500_000_000, 0)
        .unwrap();
    z.add(
        "facebook-ana/apps_and_websites_off_of_facebook/connected_apps_and_websites.json",
        br#"{"installed_apps_v2": [{"name": "Quiz", "added_timestamp": 1383350400}]}"#,
    )
    .unwrap();
    z.finish(b"").unwrap();
    let len = std::fs::metadata(&path).unwrap().len();
    assert!(len > 4_500_000_000);
    let mine = parts::read(vec![Part::Zip {
        name: "huge.zip".into(),
        source: std::fs::File::open(&path).unwrap(),
    }]);
    let _ = std::fs::remove_file(&path);
    let f = mine.figures();
    assert_eq!(
        (f.friends, f.apps, f.apps_before_cutoff),
        (1, 1, 1),
        "{:?}",
        mine.files
    );
    assert_eq!(mine.others, 1);
}

#[test]
fn zip_bombs_are_refused_in_words() {
    // An entry that claims a kilobyte and unpacks to ten megabytes.
    let zeros = vec![0u8; 10 << 20];
    let liar = Item {
        claimed_size: Some(1024),
        ..Item::new("friends/friends.json", &zeros)
    };
    let bytes = build(&[liar], false, b"");
    let archive = open(&bytes).unwrap();
    let err = read(&bytes, &archive, 0).unwrap_err();
    assert!(
        err.contains("unpacks to more than the 1024 bytes its directory gives: a ZIP bomb"),
        "{err}"
    );
    // One that says so is refused before anything is unpacked.
    let honest = build(&[Item::new("friends/friends.json", &zeros)], false, b"");
    let archive = open(&honest).unwrap();
    let err = read(&honest, &archive, 0).unwrap_err();
    assert!(
        err.contains("is 10.0 MB unpacked; Spillover reads files of an export up to 1.0 MB"),
        "{err}"
    );
    // Through the export reader: noted, and the rest read.
    let mine = zipped(&[("bomb.zip", bytes)]);
    assert!(not_read(&mine)[0].1.contains("ZIP bomb"));
}

#[test]
fn overlapping_entries_refuse_the_whole_zip() {
    // Two directory entries over one local header: the overlapping-files bomb's trick.
    let bytes = build(&[Item::new("a.json", b"[1, 2, 3]")], false, b"");
    let archive = open(&bytes).unwrap();
    assert_eq!(archive.entries().len(), 1);
    let cd_at =
        u32::from_le_bytes(bytes[bytes.len() - 6..bytes.len() - 2].try_into().unwrap()) as usize;
    let cd_len = bytes.len() - 22 - cd_at;
    let mut twice = bytes[..cd_at + cd_len].to_vec();
    twice.extend_from_slice(&bytes[cd_at..cd_at + cd_len]);
    let mut end = bytes[bytes.len() - 22..].to_vec();
    end[8..10].copy_from_slice(&2u16.to_le_bytes());
    end[10..12].copy_from_slice(&2u16.to_le_bytes());
    end[12..16].copy_from_slice(&((2 * cd_len) as u32).to_le_bytes());
    twice.extend_from_slice(&end);
    let err = open(&twice).unwrap_err();
    assert!(err.contains("overlap: the trick of a ZIP bomb"), "{err}");
}

#[test]
fn paths_out_of_the_export_encryption_and_other_methods_are_refused() {
    let items = [
        Item::new("../../x/friends/friends.json", b"{\"friends\": []}"),
        Item::new("/etc/friends/friends.json", b"{}"),
        Item {
            flags: 1,
            ..Item::new("connections/friends/your_friends.json", b"{}")
        },
        Item {
            method: Some(12),
            ..Item::new(
                "ads_information/advertisers_using_your_activity_or_information.json",
                b"{}",
            )
        },
        Item {
            flags: 1,
            ..Item::new("photos/1.jpg", b"x")
        },
        Item::new(
            "friends_and_followers/friends.json",
            br#"{"friends_v2": [{"name": "Ana", "timestamp": 1}]}"#,
        ),
    ];
    let bytes = build(&items, false, b"");
    let archive = open(&bytes).unwrap();
    let refusals: Vec<Option<Refusal>> = archive.entries().iter().map(|e| e.refusal).collect();
    assert_eq!(
        refusals,
        [
            Some(Refusal::Path),
            Some(Refusal::Path),
            Some(Refusal::Encrypted),
            Some(Refusal::Method(12)),
            Some(Refusal::Encrypted),
            None
        ]
    );
    assert!(read(&bytes, &archive, 0)
        .unwrap_err()
        .contains("leads outside the export"));
    let mine = zipped(&[("odd.zip", bytes)]);
    let not = not_read(&mine);
    assert_eq!(not.len(), 4, "{not:?}");
    assert_eq!(not[0].0, "../../x/friends/friends.json");
    assert!(not[0].1.contains(
        "its path leads outside the export (an absolute path, or `..`), so it was never used"
    ));
    assert!(not[2].1.contains("encrypted"));
    assert!(not[3].1.contains("method 12 (bzip2)"));
    // The encrypted photo is no one's business; the good friends list is read.
    assert_eq!(mine.figures().friends, 1);
}

#[test]
fn damaged_and_foreign_files_are_refused_in_words() {
    let bytes = build(
        &[Item::new("a.json", b"[1]"), Item::new("b.json", b"[2]")],
        false,
        b"",
    );
    for (what, broken, says) in [
        (
            "not a ZIP",
            br#"{"friends_v2": [{"name": "Ana Lima"}]}"#.to_vec(),
            "not a ZIP file, or it is cut short",
        ),
        ("empty", Vec::new(), "too short to be a ZIP file"),
        (
            "cut short",
            bytes[..bytes.len() / 2].to_vec(),
            "not a ZIP file, or it is cut short",
        ),
    ] {
        let err = open(&broken).unwrap_err();
        assert!(err.contains(says), "{what}: {err}");
    }
    // A flipped byte in the data: the checksum says so.
    let mut flipped = build(
        &[Item {
            deflate: false,
            ..Item::new("a.json", b"[1, 2]")
        }],
        false,
        b"",
    );
    flipped[30 + 6 + 1] ^= 1;
    let archive = open(&flipped).unwrap();
    assert!(read(&flipped, &archive, 0)
        .unwrap_err()
        .contains("checksum does not match"));
    // An archive spread over disks.
    let mut spanned = bytes.clone();
    let at = spanned.len() - 22;
    spanned[at + 4] = 1;
    assert!(open(&spanned)
        .unwrap_err()
        .contains("split over several disks"));
    // Through the export reader, the part is named.
    let mine = zipped(&[("broken.zip", b"PK\x03\x04 not really".to_vec())]);
    assert_eq!(not_read(&mine)[0].0, "broken.zip");
    assert!(mine
        .refusal
        .unwrap()
        .starts_with("nothing given could be opened"));
}

/// The ZIP fuzzer's corpus (`tests/core/fuzz/zip/`) is what the writer above makes: when the
/// writer changes, `SPILLOVER_WRITE_CORPUS=1 cargo test --test core the_zip_corpus` writes it
/// anew; otherwise a corpus that drifted from the writer fails here.
#[test]
fn the_zip_corpus_is_what_the_writer_makes() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/core/fuzz/zip");
    std::fs::create_dir_all(&dir).unwrap();
    let tiny = Size {
        friends: 3,
        apps: 2,
        companies: 2,
        events: 2,
        advertisers: 2,
    };
    let export_2024 = zip_of(&export::export(Era::Y2024, tiny));
    let export_2026 = zip_of(&export::export(Era::Y2026, tiny));
    let zip64 = build(
        &[
            Item::new(
                "facebook-x/friends/friends.json",
                br#"{"friends": [{"name": "Ana Lima", "timestamp": 1400000000}]}"#,
            ),
            Item {
                deflate: false,
                ..Item::new("b.txt", b"bee")
            },
        ],
        true,
        b"zip64",
    );
    let raw = b"old/caf\x82.json";
    let mut unicode = vec![0x75, 0x70, 0, 0, 1];
    unicode.extend_from_slice(&spillover::files::zip::crc32(raw).to_le_bytes());
    unicode.extend_from_slice("old/café.json".as_bytes());
    let len = (unicode.len() - 4) as u16;
    unicode[2..4].copy_from_slice(&len.to_le_bytes());
    let odd = build(
        &[
            Item {
                descriptor: true,
                ..Item::new(
                    "apps_and_websites/apps_and_websites.json",
                    br#"{"installed_apps": [{"name": "Quiz", "added_timestamp": 1383350400}]}"#,
                )
            },
            Item {
                name: raw,
                utf8: false,
                extra: unicode,
                deflate: false,
                ..Item::new("", b"{}")
            },
            Item::new("../../x/friends/friends.json", b"{}"),
            Item {
                flags: 1,
                ..Item::new(
                    "ads_information/advertisers_using_your_activity_or_information.json",
                    b"{}",
                )
            },
            Item {
                method: Some(12),
                ..Item::new("c.bin", b"c")
            },
        ],
        false,
        b"a comment with PK\x05\x06 inside",
    );
    for (name, bytes) in [
        ("export-2024.zip", export_2024),
        ("export-2026.zip", export_2026),
        ("zip64.zip", zip64),
        ("odd-entries.zip", odd),
    ] {
        if std::env::var_os("SPILLOVER_WRITE_CORPUS").is_some() {
            std::fs::write(dir.join(name), &bytes).unwrap();
        }
        let kept = std::fs::read(dir.join(name)).unwrap();
        assert!(kept == bytes, "{name} is not what the writer makes now");
    }
}

// The command line.

fn cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_spillover-cli"))
        .args(args)
        .output()
        .expect("the command line runs")
}

/// A fresh folder under the tests' temporary folder.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("mine-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write_folder(dir: &std::path::Path, files: &Files) {
    for (path, bytes) in files {
        let at = dir.join(path);
        std::fs::create_dir_all(at.parent().unwrap()).unwrap();
        std::fs::write(at, bytes).unwrap();
    }
}

fn json_of(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

#[test]
fn the_command_line_prints_the_figures_of_a_zip_a_folder_or_files() {
    let dir = scratch("cli");
    let files = hand_written();
    let zip = dir.join("facebook-analima10.zip");
    std::fs::write(&zip, zip_of(&files)).unwrap();
    write_folder(&dir.join("unzipped"), &files);
    let out = cli(&["mine", zip.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = json_of(&out);
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "friends",
            "friends_before_cutoff",
            "apps",
            "apps_before_cutoff",
            "apps_date_unknown",
            "off_meta_companies",
            "off_meta_events",
            "advertisers",
            "advertisers_with_a_list",
            "cutoff",
            "sections",
            "files_read",
            "files_not_understood",
            "other_files",
        ]
    );
    let figures: Vec<u64> = keys[..9]
        .iter()
        .map(|k| json[k].as_u64().unwrap())
        .collect();
    assert_eq!(figures, [5, 1, 4, 2, 1, 2, 3, 4, 3]);
    assert_eq!(json["cutoff"], "2015-04-30");
    assert_eq!(
        json["files_read"][1]["note"],
        "1 row without a name left out"
    );
    // No names unless asked.
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Ana Lima"));
    let named = json_of(&cli(&["mine", zip.to_str().unwrap(), "--names"]));
    assert_eq!(named["friend_names"][1], "Café Müller");
    assert_eq!(named["app_names"][0], "Personality Quiz");
    assert_eq!(named["off_meta_company_names"][0], "shop.example");
    assert_eq!(named["advertiser_names"][3], "Brand D");
    // The folder, and the JSON files one by one, give the same figures.
    let folder = json_of(&cli(&["mine", dir.join("unzipped").to_str().unwrap()]));
    let singles: Vec<String> = files
        .iter()
        .map(|(p, _)| dir.join("unzipped").join(p).display().to_string())
        .collect();
    let mut args = vec!["mine"];
    args.extend(singles.iter().map(String::as_str));
    let one_by_one = json_of(&cli(&args));
    for k in &keys[..9] {
        assert_eq!(folder[k], json[k], "{k}");
        assert_eq!(one_by_one[k], json[k], "{k}");
    }
    // A folder's files are named from the folder's own name down.
    assert!(folder["files_read"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["path"] == "unzipped/facebook-analima10/connections/friends/your_friends.json"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_command_line_refuses_in_words_with_its_exit_codes() {
    let dir = scratch("cli-refusals");
    let html = dir.join("html");
    write_folder(
        &html,
        &vec![("facebook-ana/index.html".into(), b"<html></html>".to_vec())],
    );
    let out = cli(&["mine", html.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("this is an HTML export"));
    assert!(json_of(&out)["refusal"].as_str().unwrap().contains("JSON"));
    let out = cli(&["mine", dir.join("nowhere.zip").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
    assert_eq!(cli(&["mine"]).status.code(), Some(2));
    assert_eq!(cli(&["mine", "--everything", "x"]).status.code(), Some(2));
    // A name that would drive a terminal prints inert.
    let evil = dir.join("your_friends.json");
    std::fs::write(
        &evil,
        "{\"friends_v2\": [{\"name\": \"Ana\\u009b31m\\u001b]0;x\", \"timestamp\": 1}]}",
    )
    .unwrap();
    let out = cli(&["mine", evil.to_str().unwrap(), "--names"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{9b}'),
        "{stdout}"
    );
    assert_eq!(json_of(&out)["friend_names"][0], "Ana\u{9b}31m\u{1b}]0;x");
    let _ = std::fs::remove_dir_all(&dir);
}

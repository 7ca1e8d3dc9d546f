// Made-up Facebook exports for the browser tests and the benchmark of "Your data": the JSON of
// each era's layout (invented people, as benches/common/export.rs writes them for the native
// tests), a small ZIP writer (stored and deflated entries, ZIP64 records when sizes need them
// or when asked, entries whose data is left as a hole of a sparse file so gigabytes take no
// disk), a folder of the same files, and hostile ZIPs. No real person's export is in the
// project.
import { mkdirSync, openSync, writeSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';

/** The layouts over the years, as `Era` in benches/common/export.rs. */
export const ERAS = ['2018', '2021', '2024', '2026'];

const PATHS = {
  2018: ['friends/friends.json', 'apps_and_websites/apps_and_websites.json',
    'ads_and_businesses/your_off-facebook_activity.json',
    'ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.json',
    'ads_information/advertisers_using_your_activity_or_information.json'],
  2021: ['friends_and_followers/friends.json', 'apps_and_websites_off_of_facebook/apps_and_websites.json',
    'apps_and_websites_off_of_facebook/your_off-facebook_activity.json',
    'ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.json',
    'ads_information/advertisers_using_your_activity_or_information.json'],
  2024: ['connections/friends/your_friends.json', 'apps_and_websites_off_of_facebook/connected_apps_and_websites.json',
    'apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json',
    'ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.json',
    'ads_information/advertisers_using_your_activity_or_information.json'],
};
PATHS[2026] = PATHS[2024];

/** `text` as Facebook writes strings: each byte of its UTF-8 a character of its own. */
export function facebookString(text) {
  let out = '"';
  for (const b of Buffer.from(text, 'utf8')) {
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += '\\\\';
    else if (b >= 0x20 && b <= 0x7e) out += String.fromCharCode(b);
    else out += `\\u${b.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

const FIRST = ['Ana', 'Bruno', 'Chloé', 'Dário', 'Eva', 'Fátima', 'Gus', 'Hélène'];
const LAST = ['Lima', 'Müller', 'Okafor', 'Sørensen', 'Tanaka', 'Núñez'];
/** The `i`-th invented person. */
export const personName = (i) => `${FIRST[i % 8]} ${LAST[Math.floor(i / 8) % 6]} ${i}`;
/** A time spread over 2009 to 2021 for row `i`, every eleventh unknown (0). */
export const stamp = (i) => (i % 11 === 3 ? 0 : 1230768000 + ((i * 7919993) % 400000000));
/** The 2013 cluster: a few apps dated in November 2013, as many real exports date them. */
const CLUSTER = 1383350400;

/**
 * The files of a made-up export of `era` (a key of ERAS) under `facebook-madeup/`, as
 * [{ path, data }], with `size` rows of each kind, a Mac copy, an empty section, photos.
 */
export function exportFiles(era, size = {}) {
  const { friends = 40, apps = 23, companies = 9, events = 4, advertisers = 12 } = size;
  const v2 = era === '2018' ? '' : '_v2';
  const root = 'facebook-madeup';
  const rows = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join(',');
  const friendList = `{"friends${v2}": [${rows(friends, (i) => `{"name": ${facebookString(personName(i))}, "timestamp": ${stamp(i)}}`)}]}`;
  const app = (i, category, removed) => `{"name": ${facebookString(`Quiz ${i} für alle`)}, "added_timestamp": ${i % 7 === 2 ? CLUSTER + i : stamp(i * 3 + 1)}, "user_app_scoped_id": ${i}, "category": "${category}", "removed_timestamp": ${removed}}`;
  const appList = `{"installed_apps${v2}": [${rows(apps, (i) => (i % 10 === 0 ? `${app(i, 'removed', 1500000000)},${app(i, 'inactive', 0)}` : app(i, 'active', 0)))}]}`;
  const eventList = (i) => rows(events, (e) => `{"id": ${e}, "type": "PAGE_VIEW", "timestamp": ${stamp(i + e)}}`);
  const company = (i) => facebookString(`shop${i}.example`);
  const activity = era === '2026'
    ? `[${rows(companies, (i) => `{"timestamp": ${stamp(i)}, "title": ${company(i)}, "label_values": [{"label": "Ereignisse", "vec": [${eventList(i)}]}, {"label": "Kennung", "value": "${i}"}]}`)}]`
    : `{"off_facebook_activity${v2}": [${rows(companies, (i) => `{"name": ${company(i)}, "events": [${eventList(i)}]}`)}]}`;
  const advertiser = (i) => facebookString(`Brand ${i} & Söhne`);
  const half = Math.floor(advertisers / 2);
  let uploaded;
  let using;
  if (era === '2026') {
    const group = (from, to) => rows(to - from, (k) => `{"value": ${advertiser(from + k)}}`);
    const third = Math.floor(advertisers / 3);
    uploaded = `{"label_values": [{"label": "Liste", "vec": [${group(0, advertisers)}]}]}`;
    using = `{"label_values": [{"label": "Mit einer Liste", "vec": [${group(half, half + third)}]}, {"label": "Aktivität", "vec": [${group(half + third, half + advertisers)}]}]}`;
  } else {
    uploaded = `{"custom_audiences${v2}": [${rows(advertisers, advertiser)}]}`;
    using = `{"custom_audiences_all_types_v2": [${rows(advertisers, (k) => `{"advertiser_name": ${advertiser(half + k)}, "has_data_file_custom_audience": ${k % 3 === 0}, "has_remarketing_custom_audience": true, "has_in_person_store_visit": false}`)}]}`;
  }
  const files = PATHS[era].map((p, i) => ({ path: `${root}/${p}`, data: Buffer.from([friendList, appList, activity, uploaded, using][i]) }));
  const [folder, file] = [PATHS[era][0].slice(0, PATHS[era][0].lastIndexOf('/')), PATHS[era][0].slice(PATHS[era][0].lastIndexOf('/') + 1)];
  files.push({ path: `__MACOSX/${root}/${folder}/._${file}`, data: Buffer.alloc(64) });
  files.push({ path: `${root}/groups/no-data.txt`, data: Buffer.from('No data') });
  for (let i = 0; i < 3; i++) files.push({ path: `${root}/photos_and_videos/album/${i}.jpg`, data: Buffer.from([0xff, 0xd8, 0xff, i]) });
  return files;
}

/** The first friend names of an export of `n` friends, to look for where they must not be. */
export const friendNames = (n = 40) => Array.from({ length: n }, (_, i) => personName(i));

const WIDE = 0xffffffff;

/**
 * Writes a ZIP to `path`: `entries` are { name, data } (deflated unless `stored`), or
 * { name, hole } (a stored entry of `hole` zero bytes left unwritten: a hole of a sparse
 * file), with optional `claimed` (the size the directory claims: a ZIP bomb's lie).
 * ZIP64 records are written when sizes need them, or with `zip64`. Returns the file's size.
 */
export function writeZip(path, entries, { zip64 = false } = {}) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let at = 0;
  const central = [];
  const put = (buf) => { writeSync(fd, buf, 0, buf.length, at); at += buf.length; };
  let zeros = null;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let packed; let size; let crc; let method;
    if (e.hole !== undefined) {
      size = e.hole;
      // The checksum of zeros, computed once per size (the data is never written).
      zeros = zeros?.size === size ? zeros : { size, crc: crcOfZeros(size) };
      crc = zeros.crc;
      method = 0;
    } else {
      const stored = e.stored ?? false;
      packed = stored ? e.data : deflateRawSync(e.data);
      size = e.data.length;
      crc = crc32(e.data);
      method = stored ? 0 : 8;
    }
    const compressed = packed ? packed.length : size;
    const claimed = e.claimed ?? size;
    const offset = at;
    // As the Rust writer: the local header's ZIP64 field for the sizes, the directory's for
    // the offset too.
    const localWide = zip64 || claimed >= WIDE || compressed >= WIDE;
    const wide = localWide || offset >= WIDE;
    const utf8 = /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(localWide ? 45 : 20, 4);
    local.writeUInt16LE(utf8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x4a21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(localWide ? WIDE : compressed, 18);
    local.writeUInt32LE(localWide ? WIDE : claimed, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localWide ? 20 : 0, 28);
    const localExtra = Buffer.alloc(localWide ? 20 : 0);
    if (localWide) {
      localExtra.writeUInt16LE(1, 0);
      localExtra.writeUInt16LE(16, 2);
      localExtra.writeBigUInt64LE(BigInt(claimed), 4);
      localExtra.writeBigUInt64LE(BigInt(compressed), 12);
    }
    put(Buffer.concat([local, name, localExtra]));
    if (packed) put(packed);
    else at += size;
    const extra = Buffer.alloc(wide ? 28 : 0);
    if (wide) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(claimed), 4);
      extra.writeBigUInt64LE(BigInt(compressed), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(0x031e, 4);
    head.writeUInt16LE(wide ? 45 : 20, 6);
    head.writeUInt16LE(utf8, 8);
    head.writeUInt16LE(method, 10);
    head.writeUInt16LE(0x4a21, 14);
    head.writeUInt32LE(crc >>> 0, 16);
    head.writeUInt32LE(wide ? WIDE : compressed, 20);
    head.writeUInt32LE(wide ? WIDE : claimed, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt16LE(extra.length, 30);
    head.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    head.writeUInt32LE(wide ? WIDE : offset, 42);
    central.push(Buffer.concat([head, name, extra]));
  }
  const start = at;
  const dir = Buffer.concat(central);
  put(dir);
  const count = central.length;
  const wide = zip64 || count >= 0xffff || start >= WIDE || dir.length >= WIDE;
  if (wide) {
    const record = at;
    const r = Buffer.alloc(56 + 20);
    r.writeUInt32LE(0x06064b50, 0);
    r.writeBigUInt64LE(44n, 4);
    r.writeUInt16LE(45, 12);
    r.writeUInt16LE(45, 14);
    r.writeBigUInt64LE(BigInt(count), 24);
    r.writeBigUInt64LE(BigInt(count), 32);
    r.writeBigUInt64LE(BigInt(dir.length), 40);
    r.writeBigUInt64LE(BigInt(start), 48);
    r.writeUInt32LE(0x07064b50, 56);
    r.writeBigUInt64LE(BigInt(record), 64);
    r.writeUInt32LE(1, 72);
    put(r);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(wide ? 0xffff : count, 8);
  end.writeUInt16LE(wide ? 0xffff : count, 10);
  end.writeUInt32LE(wide ? WIDE : dir.length, 12);
  end.writeUInt32LE(wide ? WIDE : start, 16);
  put(end);
  ftruncateSync(fd, at);
  closeSync(fd);
  return at;
}

function crcOfZeros(size) {
  const chunk = Buffer.alloc(Math.min(size, 1 << 24));
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    crc = crc32(left >= chunk.length ? chunk : chunk.subarray(0, left), crc);
  }
  return crc;
}

/** `files` ([{ path, data }]) as a ZIP at `path`. */
export const zipOf = (path, files, options) => writeZip(path, files.map((f) => ({ name: f.path, data: f.data })), options);

/** `files` written under `dir`, as the export unzipped. Returns the export's own folder. */
export function writeFolder(dir, files) {
  for (const f of files) {
    const at = join(dir, f.path);
    mkdirSync(dirname(at), { recursive: true });
    writeFileSync(at, f.data);
  }
  return join(dir, 'facebook-madeup');
}

// Measures "Your data" in the built site, in headless Chromium: a made-up 3 GB Facebook export
// (the shape of `cargo bench --bench mine`'s: 2024's JSON of a heavy user, 3,000 message threads,
// photos and videos as the holes of a sparse file under target/, so it takes no disk) given by
// the file picker as one ZIP, as two parts, as a 5 GB part (ZIP64 offsets) and as a ZIP of
// 200,000 small files. For each: the time from the picker's change to the figures on the page
// (the page's own clock), the longest main-thread task meanwhile, the WebAssembly memory
// afterwards (it never shrinks: the peak), and the renderer process's peak resident memory
// (VmHWM, over every renderer of a browser started for that export alone). The page's figures
// are checked against `spillover-cli mine` on the same files. Writes its section of
// BENCHMARKS.md.
//
// Run after `scripts/build` and `cargo build --release --bin spillover-cli`:
// `cd tests/e2e && node bench-mine.mjs` (`scripts/bench` does). A benchmark, not a test: nothing
// here fails on a slow machine. The exports are removed afterwards.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, open, root, writeSection, watchLongTasks } from './harness.js';
import { exportFiles, writeZip } from './export.js';

const RUNS = 3;
const SIZE = { friends: 1500, apps: 300, companies: 800, events: 60, advertisers: 2500 };
const MEDIA = 250_000;
const MESSAGES = 3000;

const dir = join(root, 'target', 'bench-mine-web');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const json = exportFiles('2024', SIZE).map((f) => ({ name: f.path, data: f.data }));
const messages = Array.from({ length: MESSAGES }, (_, i) => ({
  name: `facebook-madeup/messages/inbox/thread_${i}/message_1.json`,
  data: Buffer.from(`{"participants": [{"name": "Ana Lima ${i}"}], "messages": [{"sender_name": "Ana", "timestamp_ms": 1600000000000, "content": "${'hello '.repeat(40)}"}]}`),
}));
const media = (from, to, bytes) => Array.from({ length: to - from }, (_, k) => {
  const i = from + k;
  return { name: `facebook-madeup/posts/media/${i % 20 === 0 ? 'videos/video' : 'photos/photo'}_${i}.jpg`, hole: bytes };
});
const three = 3_000_000_000 / MEDIA;
const cases = [];
const made = (what, paths) => cases.push({ what, paths });
{
  const one = join(dir, 'facebook-madeup.zip');
  writeZip(one, [...json, ...messages, ...media(0, three, MEDIA)]);
  made('3 GB export, one ZIP', [one]);
  const [a, b] = [join(dir, 'part-1.zip'), join(dir, 'part-2.zip')];
  writeZip(a, [...json.slice(0, 3), ...messages.slice(0, MESSAGES / 2), ...media(0, three / 2, MEDIA)]);
  writeZip(b, [...json.slice(3), ...messages.slice(MESSAGES / 2), ...media(three / 2, three, MEDIA)]);
  made('3 GB export in two parts', [a, b]);
  const five = join(dir, 'facebook-5gb.zip');
  writeZip(five, [...json, ...messages, ...media(0, 20_000, MEDIA)]);
  made('5 GB part (ZIP64 offsets)', [five]);
  const many = join(dir, 'facebook-many.zip');
  writeZip(many, [...json, ...messages, ...media(0, 200_000, 15_000)]);
  made('3 GB export of 200,000 small files, one ZIP', [many]);
}

const cli = (paths) => JSON.parse(execFileSync(join(root, 'target', 'release', 'spillover-cli'), ['mine', ...paths], { encoding: 'utf8' }));
const sizeOf = (paths) => paths.reduce((n, p) => n + Number(execFileSync('stat', ['-c', '%s', p], { encoding: 'utf8' })), 0);

/** The times the page takes: from the picker's change to the figures' table in the page. */
const watch = () => {
  addEventListener('TrunkApplicationStarted', (e) => { window.wasmMemory = e.detail.wasm.memory; });
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'file') {
      window.pickedAt = performance.now();
      window.longTasks = [];
    }
  }, true);
  new MutationObserver(() => {
    if (window.pickedAt && !window.shownAt && document.querySelector('table.mine-figures')) window.shownAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
};

/** The process id of the browser launched with the switch `tag`. */
function browserPid(tag) {
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
      if (cmd.includes(tag) && !cmd.some((a) => a.startsWith('--type='))) return Number(p);
    } catch { /* gone meanwhile */ }
  }
  throw new Error(`no browser launched with ${tag}`);
}

/** The peak resident memory of each renderer process under `pid`, in bytes. */
function rendererPeaks(pid) {
  const peaks = [];
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${p}/status`, 'utf8');
      const parent = Number(stat.match(/^PPid:\s+(\d+)/m)[1]);
      if (!cmd.includes('--type=renderer') || !descends(parent, pid)) continue;
      peaks.push(Number(stat.match(/^VmHWM:\s+(\d+)/m)[1]) * 1024);
    } catch { /* gone meanwhile */ }
  }
  return peaks;
}
function descends(p, from) {
  for (let i = 0; p > 1 && i < 10; i++) {
    if (p === from) return true;
    p = Number(readFileSync(`/proc/${p}/status`, 'utf8').match(/^PPid:\s+(\d+)/m)[1]);
  }
  return p === from;
}

const FIELDS = ['friends', 'friends_before_cutoff', 'apps', 'apps_before_cutoff', 'apps_date_unknown', 'off_meta_companies', 'off_meta_events', 'advertisers', 'advertisers_with_a_list'];

async function measure(server, { paths }) {
  const expected = paths.length ? cli(paths) : null;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // A browser of its own, launched here (not through a server, which would copy each file
    // to it), marked so its processes can be told apart from any other Chromium's.
    const tag = `--spillover-bench-mine=${process.pid}-${i}`;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', tag],
    });
    const { page, context } = await open(browser, `${server.url}#mine`, {
      init: [watchLongTasks, watch],
      ready: (p) => p.getByLabel("Your export's ZIP (or all its parts), or JSON files from it"),
    });
    if (!paths.length) {
      // The view open, nothing given: what the renderer holds before any export.
      runs.push({ ms: 0, longest: 0, wasm: await page.evaluate(() => window.wasmMemory?.buffer.byteLength ?? 0), rss: Math.max(...rendererPeaks(browserPid(tag))) });
      await context.close();
      await browser.close();
      continue;
    }
    await page.getByLabel("Your export's ZIP (or all its parts), or JSON files from it").setInputFiles(paths);
    await page.getByRole('table', { name: 'Your export in figures' }).waitFor({ timeout: 120_000 });
    const got = await page.evaluate(() => ({
      ms: window.shownAt - window.pickedAt,
      longest: Math.max(0, ...window.longTasks),
      wasm: window.wasmMemory?.buffer.byteLength ?? 0,
      figures: [...document.querySelectorAll('table.mine-figures tr')].map((tr) => Number(tr.cells[1].textContent.replace(/,/g, ''))),
    }));
    const want = FIELDS.map((k) => expected[k]);
    if (JSON.stringify(got.figures) !== JSON.stringify(want)) throw new Error(`the page's figures ${got.figures} are not the command line's ${want}`);
    runs.push({ ...got, rss: Math.max(...rendererPeaks(browserPid(tag))) });
    await context.close();
    await browser.close();
  }
  const median = (k) => [...runs.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return { ms: median('ms'), longest: median('longest'), wasm: Math.max(...runs.map((r) => r.wasm)), rss: Math.max(...runs.map((r) => r.rss)), expected };
}

const server = await serve();
try {
  const rows = [];
  const none = await measure(server, { paths: [] });
  rows.push(`| none: the view open, nothing given | | | | ${(none.wasm / 1048576).toFixed(1)} MB | ${(none.rss / 1048576).toFixed(0)} MB | |`);
  for (const c of cases) {
    const m = await measure(server, c);
    const f = m.expected;
    rows.push(`| ${c.what} | ${(sizeOf(c.paths) / 1e9).toFixed(2)} GB | ${Math.round(m.ms)} ms | ${Math.round(m.longest)} ms | ${(m.wasm / 1048576).toFixed(1)} MB | ${(m.rss / 1048576).toFixed(0)} MB | ${f.friends.toLocaleString('en')} friends, ${f.apps} apps, ${f.off_meta_companies} companies, ${f.advertisers.toLocaleString('en')} advertisers |`);
    console.log(rows.at(-1));
  }
  const section = [
    '',
    '## Your own export in the browser (`cd tests/e2e && node bench-mine.mjs`)',
    '',
    `The export of "Your own export, natively" above, written by \`tests/e2e/export.js\` under \`target/\` (the JSON of 2024's layout for a heavy user, 3,000 message threads, photos and videos as holes of a sparse file), given to "Your data" by its file picker in headless Chromium without a GPU (the built site, WebAssembly built for size), on ${cpus()[0].model.trim()} (${cpus().length} cores, load average ${loadavg()[0].toFixed(2)} at the end). A run of none is the view open with nothing given, for the memory the page holds before any export. Time is the page's own, from the picker's change event to the figures in the page (every step a \`Blob.slice\` read awaited), median of ${RUNS} runs, each in a browser of its own; the longest main-thread task meanwhile (median; 0 when none took over 50 ms); the WebAssembly memory afterwards (it never shrinks, so it is the peak; the largest of the runs) and the renderer process's peak resident memory (VmHWM of every renderer of that browser: the page, its WebAssembly, the slices read, the browser's own; the largest of the runs). The page's nine figures are checked against \`spillover-cli mine\` on the same files in every run.`,
    '',
    '| export | size | to figures | longest task | WebAssembly memory | renderer peak | figures |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
  ].join('\n');
  console.log(section);
  await writeSection(section);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

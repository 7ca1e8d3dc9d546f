// What the still first screen (present/first_screen.rs, put in by scripts/finish-build.mjs)
// costs: the bytes of dist/index.html and dist/spillover.html with it and, for comparison, with
// the placeholder index.html had before (the source index.html's own <div id="app">), plain and
// gzip -9; and the picture's share; and, on a throttled network, when the title first shows and
// the largest contentful paint with it and without; and the first load's files (the app comes
// on demand). Writes the figures into BENCHMARKS.md.
// A benchmark, not a test: nothing here fails on a slow machine.
//
// Run after `scripts/build`: `cd tests/e2e && node bench-first-screen.mjs` (`scripts/bench` does).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { root, dist, serve, launch, writeSection, exploreFreely } from './harness.js';

const app = /(<div id="app">)([\s\S]*?)(<\/div>\s*<\/body>)/;
const placeholder = app.exec(await readFile(join(root, 'index.html'), 'utf8'))[2];
const gz = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
const bytes = (text) => Buffer.byteLength(text, 'utf8');

const rows = [];
let still = '';
for (const name of ['index.html', 'spillover.html']) {
  const built = await readFile(join(dist, name), 'utf8');
  const found = app.exec(built);
  if (!found || !found[2].includes('first-screen')) throw new Error(`dist/${name} has no first screen: run scripts/build`);
  still = found[2];
  const before = built.replace(app, (_, open, _inside, close) => `${open}${placeholder}${close}`);
  rows.push(`| ${name} | ${bytes(before)} | ${gz(before)} | ${bytes(built)} | ${gz(built)} | +${gz(built) - gz(before)} |`);
}
const svg = /<svg[\s\S]*?<\/svg>/.exec(still)[0];

// When a reader on a slow phone network first sees the scenario's title, and when the live graph
// is drawn, with the still copy and (for comparison) with the old placeholder served instead.
// Chromium's network throttled as Lighthouse's mobile profile is (150 ms, 1.6 Mbit/s down); the
// CPU is this machine's.
const RUNS = 3;
const index = await readFile(join(dist, 'index.html'), 'utf8');
const withoutStill = index.replace(app, (_, open, _inside, close) => `${open}${placeholder}${close}`);
const watch = () => {
  window.__seen = {};
  const mark = () => {
    if (!window.__seen.title && document.getElementById('scenario-title')) window.__seen.title = performance.now();
    if (!window.__seen.graph && document.querySelector('[role="group"][aria-label^="Network of"] [role="button"]')) window.__seen.graph = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__seen.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
};
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const server = await serve();
const browser = await launch();
const timings = {};
try {
  for (const [label, body] of [['with the still first screen', index], ['loading words only (before)', withoutStill]]) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addInitScript(watch);
      await context.route(server.url, (route) => route.fulfill({ contentType: 'text/html', body }));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9,
      });
      await page.goto(server.url);
      // The still page starts the app when a reader asks: this reader asks as soon as they can.
      if (body === index) await exploreFreely(page).click({ timeout: 60000 });
      await page.getByRole('group', { name: /^Network of / }).getByRole('button').first().waitFor({ timeout: 60000 });
      runs.push(await page.evaluate(() => window.__seen));
      await context.close();
    }
    timings[label] = ['title', 'lcp', 'graph'].map((k) => median(runs.map((r) => r[k])));
  }
} finally {
  await browser.close();
  await server.close();
}
// The first load: every file the page fetches when it opens on the still first screen, until
// the network is quiet, each at gzip -9 (as a static host compresses it); and the app the page
// fetches when a reader asks for it.
const firstLoad = [];
const onDemand = [];
{
  const server2 = await serve();
  const browser2 = await launch();
  try {
    const page = await browser2.newPage({ viewport: { width: 390, height: 844 } });
    let list = firstLoad;
    page.on('response', async (r) => {
      const into = list;
      const body = await r.body().catch(() => null);
      if (body) into.push([r.url().replace(server2.url, '') || 'index.html', body.length, gzipSync(body, { level: 9 }).length]);
    });
    await page.goto(server2.url, { waitUntil: 'networkidle' });
    list = onDemand;
    await exploreFreely(page).click();
    await page.getByRole('group', { name: /^Network of / }).getByRole('button').first().waitFor({ timeout: 60000 });
    await page.waitForLoadState('networkidle');
  } finally {
    await browser2.close();
    await server2.close();
  }
}
const sum = (rows, i) => rows.reduce((a, r) => a + r[i], 0);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const fileRows = (rows) => rows.map(([name, raw, z]) => `| ${name.replace(/-[0-9a-f]{16}/, '-…')} | ${kib(raw)} | ${kib(z)} |`).join('\n');
const timingRows = Object.entries(timings)
  .map(([label, [title, lcp, graph]]) => `| ${label} | ${Math.round(title)} ms | ${Math.round(lcp)} ms | ${Math.round(graph)} ms |`);
const section = `
## The still first screen (\`cd tests/e2e && node bench-first-screen.mjs\`)

The default view written into the page at build time, readable before and without scripts
(\`spillover-cli prerender\`). Before: the page with only its loading words in \`<div id="app">\`.

| page | before, bytes | before, gzip -9 | with it, bytes | with it, gzip -9 | gzip added |
|---|---:|---:|---:|---:|---:|
${rows.join('\n')}

The first screen alone: ${bytes(still)} bytes, ${gz(still)} gzip -9; of it the picture (SVG) ${bytes(svg)} bytes, ${gz(svg)} gzip -9.

At 390 px on a throttled network (150 ms, 1.6 Mbit/s down, as Lighthouse's mobile profile; this
machine's CPU unthrottled), medians of ${RUNS} loads: when the scenario's title is first in the page,
the largest contentful paint the browser reports (the style sheet, throttled, holds it back),
and when the live graph is drawn. Both pages are handed over by the test unthrottled; the still
copy's ${gz(still)} bytes more would take about ${Math.round((gz(still) * 8) / 1.6e3)} ms more at this rate.

| index.html | title in the page | largest contentful paint | live graph (a reader asks at once) |
|---|---:|---:|---:|
${timingRows.join('\n')}

The first load: what the page fetches when it opens (index.html, no address), until the network is
quiet, each file at gzip -9. The app (its script and WebAssembly) is not among them: the page
fetches it when a reader reaches for one of the still page's controls and starts it when they
use one, or at once when the address names a view (\`scripts/finish-build.mjs\`).

| file | bytes | gzip -9 |
|---|---:|---:|
${fileRows(firstLoad)}
| **first load** | ${kib(sum(firstLoad, 1))} | **${kib(sum(firstLoad, 2))}** (budget: 133 KiB) |

Fetched when a reader asks for the explorer:

| file | bytes | gzip -9 |
|---|---:|---:|
${fileRows(onDemand)}
| **the explorer** | ${kib(sum(onDemand, 1))} | **${kib(sum(onDemand, 2))}** |
`;
await writeSection(section);
console.log(section);

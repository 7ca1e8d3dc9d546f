// Shared set-up for the end-to-end tests: a static server for dist/ at a sub-path (as a
// static host would serve it), headless Chromium, and a log of every request the page makes.
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { staticFiles, TYPES } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const root = normalize(join(here, '..', '..'));
export const dist = process.env.SPILLOVER_DIST || join(root, 'dist');
export const artifacts = join(here, 'artifacts');
export const SUBPATH = '/hosted/under/a/sub-path/';

/**
 * Serves `dist` under SUBPATH on 127.0.0.1, with the headers of its `_headers` as a host reading
 * that file sends them (scripts/serve.mjs, as `scripts/serve` does); resolves to { url, close }.
 */
export async function serve() {
  const files = staticFiles(dist, { prefix: SUBPATH });
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith('/article/')) {
      // A host page from another folder, embedding the app as an article would.
      try {
        const page = await readFile(join(here, 'fixtures', path.slice('/article/'.length)), 'utf8');
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.end(page.replaceAll('__APP__', SUBPATH));
      } catch {
        res.writeHead(404).end('no such fixture');
      }
      return;
    }
    if (!(await files(req, res))) res.writeHead(404).end('not under the sub-path');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${SUBPATH}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Starts headless Chromium as this machine allows it. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Opens the app in a new page of `browser`; every request and console error is recorded.
 * Resolves once the page is ready: by default once the app has drawn its graph, or once
 * `ready(page)` (a locator) is there. `init` is a script (or a list of them) to run in every
 * page before the app's own; `clock` installs Playwright's controllable clock before the app
 * starts; `context` holds more options for the browser context (permissions, colour scheme,
 * reduced motion).
 */
export async function open(browser, url, {
  width = 1280, height = 900, init, clock = false, context: options = {}, ready = graphNodes,
} = {}) {
  const context = await browser.newContext({ viewport: { width, height }, ...options });
  for (const script of [init].flat().filter(Boolean)) await context.addInitScript(script);
  if (clock) await context.clock.install();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  // The hosted page opens on its still first screen and loads the app when a reader asks for
  // it (issue 11); a test of the app asks as a reader does. A file, an address naming a view,
  // or a page without scripts starts (or stays) as it is.
  if (ready === graphNodes && url.startsWith('http') && !new URL(url).hash && options.javaScriptEnabled !== false) {
    await exploreFreely(page).click();
  }
  await ready(page).first().waitFor();
  return { page, context, requests, errors };
}

/**
 * Waits until the page's address matches `pattern` and gives it: the app writes its view into
 * the address once changes pause (`web/hooks/address.rs`), not at once.
 */
export const addressMatching = (page, pattern, message = `the address matching ${pattern}`) =>
  until(() => pattern.test(page.url()) && page.url(), { message });

/** The still first screen's way into the explorer where the page is (`present/first_screen.rs`). */
export const exploreFreely = (page) => page.getByRole('button', { name: 'Explore freely', exact: true });

/**
 * Waits for a condition: calls `fn` until it returns something truthy, and returns that.
 * Fails after `timeout` ms with `message` and the last value seen.
 */
export async function until(fn, { timeout = 5000, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`${message}: not met in ${timeout} ms (last: ${last})`);
    // The polling interval of this wait, not a pause of the test.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Escapes text for a regular expression. */
export const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// What a reader finds on the page, by role, name and text.

/** The drawing of the network (frame: a page or a frame locator). */
export const graph = (frame) => frame.getByRole('group', { name: /^Network of / });
/** A person or company on the graph, by the name written under it. */
export const node = (frame, name) => graph(frame).getByRole('button', { name: new RegExp(`^${literal(name)}: `) });
/** Every node of the graph. */
const graphNodes = (frame) => graph(frame).getByRole('button');
/** The flows drawn on the graph; one, from a company to a person, by their names. */
export const flows = (frame) => graph(frame).getByRole('img');
export const flow = (frame, company, person) =>
  graph(frame).getByRole('img', { name: new RegExp(`^${literal(company)}: ${literal(whose(person))} `) });
/** A person's name as the page writes whose data it is: "Ana's", and "your" for "You". */
export const whose = (person) => (person === 'You' ? 'your' : `${person}'s`);
/** The title of the scenario shown: the first heading of the page's main part. */
export const scenarioTitle = (page) => page.getByRole('main').getByRole('heading', { level: 2 }).first();
/** The time line, and the date it shows. */
export const timeline = (frame) => frame.getByRole('region', { name: 'Time line' });
export const shownDate = (frame) => timeline(frame).getByRole('time');
export const dateSlider = (frame) => timeline(frame).getByRole('slider', { name: /^Date / });
/** The story while the reader is in it: its step title, its count and its buttons. */
export const storySteps = (frame) => frame.getByRole('navigation', { name: 'Story steps' });
export const story = (frame) => frame.getByRole('region').filter({ has: storySteps(frame) });
export const stepTitle = (frame) => story(frame).getByRole('heading', { level: 2 });
/** The "why?" panel beside the graph. */
export const why = (page) => page.getByRole('complementary').getByRole('region')
  .filter({ has: page.getByRole('button', { name: 'Close', exact: true }) });
/** The company figures, and the table of facts. */
export const figures = (frame) => frame.getByRole('table', { name: /^Who each company / });
export const facts = (frame) => frame.getByRole('table', { name: /facts: which company could reach which data of whom/ });

/** A table's column headers, as a reader reads them (without a sorting arrow). */
async function headers(table) {
  const texts = await table.getByRole('columnheader').allTextContents();
  return texts.map((t) => t.replace(/[▲▼]/g, '').trim());
}

/** Where a pager says the reader is, as in "rows 1–100 of 134". */
export const pagerPlace = (nav) => nav.getByText(/\d–\d|^no /).textContent().then((t) => t.trim());

/**
 * A table's body rows, each as { column header: cell text }. A table shown a page at a time is
 * read page by page through its pager, from the first to the last, and left on its first page.
 */
export async function readTable(table) {
  const heads = await headers(table);
  const rows = table.getByRole('row').filter({ has: table.page().getByRole('cell') });
  const read = async () => (await rows.evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim()))))
    .map((row) => Object.fromEntries(heads.map((h, i) => [h, row[i]])));
  const id = await table.getAttribute('id');
  const nav = table.page().getByRole('navigation').filter({ has: table.page().locator(`button[aria-controls="${id}"]`) });
  if (!id || (await nav.count()) === 0) return read();
  const turn = async (name) => {
    const button = nav.getByRole('button', { name, exact: true });
    if (!(await button.isEnabled())) return false;
    const was = await pagerPlace(nav);
    await button.click();
    await until(async () => (await pagerPlace(nav)) !== was, { message: `${name} of the table` });
    return true;
  };
  await turn('First page');
  const all = await read();
  while (await turn('Next page')) all.push(...(await read()));
  await turn('First page');
  return all;
}

/**
 * The company table as { id: {reached, consented, without, amplification} }, read by its
 * headers; `scenario` is the scenario file shown (its companies' names give their ids).
 */
export async function tableFigures(page, scenario) {
  const idOf = Object.fromEntries(scenario.companies.map((c) => [c.name, c.id]));
  const rows = await readTable(figures(page));
  return Object.fromEntries(rows.map((r) => [idOf[r.Company], {
    reached: Number(r.Reached),
    consented: Number(r['Said yes']),
    without: Number(r['Never said yes']),
    amplification: r['Reach per yes'],
  }]));
}

/** The same figures as `tableFigures` gives, from the command line's report (`cliReport`). */
export function expectedFigures(report) {
  return Object.fromEntries(report.companies.map((c) => [c.id, {
    reached: c.reached,
    consented: c.consented,
    without: c.without_consent,
    // Nobody said yes: no reach per yes to count.
    amplification: c.consented ? `×${c.amplification.toFixed(1)}` : 'none said yes',
  }]));
}

/** The cell of a table in the row headed `row` and the column headed `column`. */
export async function cell(table, row, column) {
  const i = (await headers(table)).indexOf(column);
  assert.ok(i >= 0, `no column "${column}"`);
  const line = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: row, exact: true }) });
  return line.getByRole('rowheader').or(line.getByRole('cell')).nth(i);
}

/** The trimmed text of what a locator finds. */
export const text = (locator) => locator.textContent().then((t) => t.trim());

/**
 * A built-in scenario as the page reads it in English: its file (static/scenarios/<slug>.json)
 * with each "@id" said by static/words/en/scenario-<slug>.ftl (docs/scenario-format.md).
 */
export function builtin(slug) {
  const words = new Map();
  for (const line of readFileSync(join(root, 'static', 'words', 'en', `scenario-${slug}.ftl`), 'utf8').split('\n')) {
    const m = /^([a-zA-Z][a-zA-Z0-9-]*) = (.*)$/.exec(line);
    if (m) words.set(m[1], m[2]);
  }
  const say = (v) => {
    if (typeof v === 'string') {
      const id = /^@([a-zA-Z][a-zA-Z0-9-]*)$/.exec(v)?.[1];
      if (!id) return v;
      assert.ok(words.has(id), `${slug}: no message ${id}`);
      return words.get(id);
    }
    if (Array.isArray(v)) return v.map(say);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, say(x)]));
    return v;
  };
  return say(JSON.parse(readFileSync(join(root, 'static', 'scenarios', `${slug}.json`), 'utf8')));
}

/** `builtin(slug)` written to a file of its own, as a reader saves it: its path. */
export function builtinFile(slug) {
  const dir = join(tmpdir(), `spillover-e2e-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${slug}.json`);
  writeFileSync(path, JSON.stringify(builtin(slug), null, 2));
  return path;
}

/** The command line's report for a built-in scenario, to compare the page against. */
export function cliReport(slug, ...args) {
  const cli = process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli');
  const file = join(root, 'static', 'scenarios', `${slug}.json`);
  return JSON.parse(execFileSync(cli, ['exposure', file, ...args], { encoding: 'utf8' }));
}

export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/**
 * Starts one server and one browser for a test file, and stops them after it. Returns an object
 * whose `server` and `browser` are set once the file's tests begin.
 */
export function session() {
  const s = { server: null, browser: null };
  before(async () => {
    s.server = await serve();
    s.browser = await launch();
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  return s;
}

/**
 * Records each key's time to the first frame after the page changed for it, and after the
 * graph's canvas (if any) was drawn again, in `window.keyToFrame` (the date's words and the
 * caption are rewritten on every move), so work put off to a later task counts too, and each
 * click's in `window.clickToFrame`; an `init` for `open`.
 */
export const watchKeyToFrame = () => {
  window.keyToFrame = [];
  window.clickToFrame = [];
  // A canvas graph is drawn after the page's other changes: the frame counted is the first one
  // after the graph's canvas was drawn again (it copies its layers with drawImage), not the
  // first after the slider moved.
  let drawn = 0;
  const P = CanvasRenderingContext2D.prototype;
  const drawImage = P.drawImage;
  P.drawImage = function (...args) {
    if (this.canvas.isConnected && this.canvas.classList.contains('graph-canvas')) drawn += 1;
    return drawImage.apply(this, args);
  };
  const watch = (name) => () => {
    const t0 = performance.now();
    const canvas = document.querySelector('canvas.graph-canvas');
    const before = drawn;
    const frame = () => {
      if (!canvas || drawn > before || performance.now() - t0 > 5000) window[name].push(performance.now() - t0);
      else requestAnimationFrame(frame);
    };
    const seen = new MutationObserver(() => {
      seen.disconnect();
      requestAnimationFrame(frame);
    });
    seen.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  addEventListener('keydown', watch('keyToFrame'), true);
  // The same from a click (an edit's button): `clickToFrame`.
  addEventListener('click', watch('clickToFrame'), true);
};

/** Records the main thread's long tasks (over 50 ms) in `window.longTasks`; an `init` for `open`. */
export const watchLongTasks = () => {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
};

/** Puts `section` (which starts with its `## ` heading) in place of the one of that heading. */
export async function writeSection(section) {
  const path = join(root, 'BENCHMARKS.md');
  const heading = section.trim().split('\n')[0];
  const old = await readFile(path, 'utf8').catch(() => '');
  const at = old.indexOf(`\n${heading}`);
  let kept = old;
  if (at >= 0) {
    const next = old.indexOf('\n## ', at + 1);
    kept = old.slice(0, at) + (next >= 0 ? old.slice(next) : '');
  }
  await writeFile(path, `${kept.replace(/\n+$/, '\n')}\n${section.trim()}\n`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The rules every view passes: WCAG 2.2 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe on the whole page as it is and fails with every violation, each with its elements
 * (the page's context needs `bypassCSP: true`). With AXE_SURVEY set, prints them instead.
 */
export async function checkAxe(page, what) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5)
      .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n')}${v.nodes.length > 5 ? `\n    … ${v.nodes.length - 5} more` : ''}`);
  }, AXE_TAGS);
  if (process.env.AXE_SURVEY) console.log(`## ${what}\n${violations.join('\n')}`);
  else assert.deepEqual(violations, [], `${what}:\n${violations.join('\n')}`);
}

// The first screen in the HTML itself (issue 11): with scripts off, or before the WebAssembly
// has run, index.html (and the single file, from disk) already tells the default scenario's
// first step with its figures, picture and sources; once the app starts it replaces that still
// copy, never showing both. axe checks the still page as a reader without scripts gets it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  session, open, dist, root, cliReport, readTable, figures, graph, text, screenshot,
} from './harness.js';

const env = session();
const friends = JSON.parse(readFileSync(join(root, 'static', 'scenarios', 'friends.json'), 'utf8'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const scriptsOff = { context: { javaScriptEnabled: false } };
const stillReady = (p) => p.getByRole('main').getByRole('heading', { level: 2, name: friends.title, exact: true });
const picture = (p) => p.getByRole('img', { name: new RegExp(`^The graph of ${friends.title} on ${friends.date}: `) });

/** The company table as { id: {reached, consented, without, amplification} }, read by its headers. */
async function tableFigures(page) {
  const idOf = Object.fromEntries(friends.companies.map((c) => [c.name, c.id]));
  const rows = await readTable(figures(page));
  return Object.fromEntries(rows.map((r) => [idOf[r.Company], {
    reached: Number(r.Reached),
    consented: Number(r['Said yes']),
    without: Number(r['Never said yes']),
    amplification: r['Reach per yes'],
  }]));
}

function expectedFigures(report) {
  return Object.fromEntries(report.companies.map((c) => [c.id, {
    reached: c.reached,
    consented: c.consented,
    without: c.without_consent,
    amplification: `×${c.amplification.toFixed(1)}`,
  }]));
}

/** Everything the first screen must say, found as a reader finds it. */
async function readsTheFirstStep(page, what) {
  const main = page.getByRole('main');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${what}: one page heading`);
  await stillReady(page).waitFor();
  const step = friends.steps[0];
  const story = page.getByRole('region', { name: step.title });
  assert.equal(await text(story.getByRole('heading', { level: 2 })), step.title, `${what}: the first step's title`);
  await story.getByText(step.text, { exact: true }).waitFor();
  assert.match(await text(story), new RegExp(`Step 1 of ${friends.steps.length}`));
  // The figures, as the command line counts them on the scenario's own date.
  assert.equal(await text(figures(page).locator('caption')), `Who each company can reach on ${friends.date}`);
  assert.deepEqual(await tableFigures(page), expectedFigures(cliReport('friends')), `${what}: figures`);
  // The picture: one image with its words, holding everyone's name.
  await picture(page).waitFor();
  assert.equal(await picture(page).count(), 1);
  for (const p of [...friends.people, ...friends.companies]) {
    assert.equal(await picture(page).locator('text').filter({ hasText: new RegExp(`^${p.name}$`) }).count(), 1, `${what}: ${p.name} drawn`);
  }
  // The sources, each linked where it is published.
  const sources = page.getByRole('region', { name: 'Sources' });
  for (const src of friends.sources) {
    if (src.url) {
      const link = sources.getByRole('link', { name: src.title, exact: true });
      assert.equal(await link.getAttribute('href'), src.url, `${what}: ${src.title}`);
    } else {
      // A source with no address is named, as the app names it, not linked.
      await sources.getByText(src.title, { exact: true }).waitFor();
      assert.equal(await sources.getByRole('link', { name: src.title }).count(), 0);
    }
  }
  assert.equal(await sources.getByRole('listitem').count(), friends.sources.length);
  assert.ok(await main.getByRole('link', { name: /^Facebook Newsroom, 2018-04-04$/ }).count() >= 1, 'the headline\'s scale is sourced');
}

test('with scripts off, index.html tells the first step with figures, picture and sources', async () => {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const { page, context, requests } = await open(env.browser, env.server.url, { ...scriptsOff, width, height, ready: stillReady });
    await readsTheFirstStep(page, `${width} px`);
    // Without scripts the page says what it is and what scripts would add.
    await page.getByText(/^This is a still copy of Spillover's first view/).waitFor();
    assert.ok(await page.getByText(/^Loading the interactive explorer/).isHidden(), 'nothing is said to be loading');
    // Nothing sticks out sideways at a phone's width: the picture and table fit it.
    const box = await picture(page).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width, `${width} px: the picture fits (${box.x}, ${box.width})`);
    const table = await figures(page).boundingBox();
    assert.ok(table.x + table.width <= width, `${width} px: the table fits`);
    assert.deepEqual(requests.filter((u) => !u.startsWith(env.server.origin)), []);
    await screenshot(page, `first-paint-scripts-off-${width}`);
    await context.close();
  }
});

test('the single file, opened from disk with scripts off, tells the same', async () => {
  const file = pathToFileURL(join(dist, 'spillover.html')).href;
  const { page, context } = await open(env.browser, file, { ...scriptsOff, ready: stillReady });
  await readsTheFirstStep(page, 'spillover.html');
  await context.close();
});

// Records, from before the page's first script, whether the still copy and the app were ever in
// the page together when the browser could paint.
const watchBoth = () => {
  window.__both = false;
  new MutationObserver(() => {
    if (document.querySelector('.first-screen') && document.querySelector('.app:not(.first-screen)')) window.__both = true;
  }).observe(document, { childList: true, subtree: true });
};

test('the still copy shows while the WebAssembly loads, then the app replaces it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchBoth);
  // Hold the WebAssembly back, as a slow network does, until the still copy has been read.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
  await stillReady(page).waitFor();
  await picture(page).waitFor();
  await page.getByText(/^Loading the interactive explorer/).waitFor();
  release();
  // The live app: its graph, one page heading, one scenario title, and nothing of the still copy.
  await graph(page).getByRole('button').first().waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(await page.getByRole('heading', { level: 2, name: friends.title, exact: true }).count(), 1);
  assert.equal(await picture(page).count(), 0, 'the still picture is gone');
  assert.equal(await page.getByText(/^Loading the interactive explorer/).count(), 0);
  assert.equal(await page.getByRole('heading', { name: friends.steps[0].title }).count(), 0, 'the story opens closed, as the app opens it');
  assert.equal(await page.getByRole('contentinfo').count(), 1, 'one footer');
  assert.equal(await page.evaluate(() => window.__both), false, 'the still copy and the app never shown together');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the WebAssembly arrives at once, the still copy is painted first and stays the largest paint', async () => {
  // A fast network or a cache: nothing held back. At a phone's width, as Lighthouse's mobile
  // profile measures, several loads (whether the app starts before the first paint is a race).
  for (let i = 0; i < 3; i += 1) {
    const context = await env.browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    await context.addInitScript(() => {
      window.__swapped = null;
      new MutationObserver(() => {
        if (window.__swapped === null && document.querySelector('.app:not(.first-screen)')) window.__swapped = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await graph(page).getByRole('button').first().waitFor();
    const seen = await page.evaluate(() => new Promise((done) => {
      // Two frames after the app's first render, every paint of it has been recorded.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        new PerformanceObserver((list) => {
          const lcp = list.getEntries();
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          const last = lcp[lcp.length - 1];
          done({
            fcp: fcp && fcp.startTime,
            swapped: window.__swapped,
            // The largest paint's element: gone with the still copy, or still in the live app.
            largestIsLive: Boolean(last && last.element && last.element.isConnected),
            largest: last && last.element ? last.element.className : '(the still copy, now replaced)',
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }));
    }));
    assert.ok(seen.fcp > 0 && seen.swapped > seen.fcp, `load ${i + 1}: the still copy painted (${seen.fcp} ms) before the app replaced it (${seen.swapped} ms)`);
    assert.equal(seen.largestIsLive, false, `load ${i + 1}: the largest paint is the still copy's, not the app's ${seen.largest}`);
    await context.close();
  }
});

/** axe on the page as it is, with every violation listed. */
async function axe(page, what) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5)
      .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n')}`);
  }, TAGS);
  assert.deepEqual(violations, [], `${what}:\n${violations.join('\n')}`);
}

test('axe finds nothing on the still page, as read without scripts, at a phone\'s and a desktop\'s width', async () => {
  // The page a browser without scripts builds (its <noscript> words shown), captured ...
  const off = await open(env.browser, env.server.url, { ...scriptsOff, ready: stillReady });
  const still = (await off.page.content())
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<\/?noscript>/g, '');
  await off.context.close();
  assert.match(still, /This is a still copy/);
  // ... and served again without its scripts, so axe (a script) can run over it.
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const context = await env.browser.newContext({ viewport: { width, height }, bypassCSP: true });
    await context.route(env.server.url, (route) => route.fulfill({ contentType: 'text/html', body: still }));
    const page = await context.newPage();
    await page.goto(env.server.url);
    await stillReady(page).waitFor();
    await axe(page, `still page at ${width} px`);
    await context.close();
  }
  // And as a reader whose network blocks the WebAssembly sees it: the still copy, left in place.
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  await context.route(/_bg\.wasm$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(env.server.url);
  await stillReady(page).waitFor();
  await axe(page, 'WebAssembly blocked');
  await context.close();
});

// The first screen in the HTML itself (issue 11): with scripts off, or before the WebAssembly
// has run, index.html (and the single file, from disk) already tells the default scenario's
// opening view with its figures, picture and sources (and, without scripts, its story by its
// steps' titles); once the app starts it replaces that still
// copy, never showing both. axe checks the still page as a reader without scripts gets it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  addressMatching,
  session, open, dist, root, cliReport, figures, graph, text, screenshot, until, checkAxe, tableFigures, builtin,
} from './harness.js';

const env = session();
const friends = builtin('friends');

const scriptsOff = { context: { javaScriptEnabled: false } };
const stillReady = (p) => p.getByRole('main').getByRole('heading', { level: 2, name: friends.title, exact: true });
const picture = (p) => p.getByRole('img', { name: new RegExp(`^The graph of ${friends.title} on ${friends.date}: `) });

/**
 * The company table's figures counted here, from the facts the command line lists and the file's
 * grants, not by the code that wrote the still page's table (and the command line's figures):
 * people a company holds anything of; people who said yes to it (a grant they were asked for, in
 * force on the date, their platform apps on); those it reached who never did; and the first over
 * the second (at least one).
 */
function countedFigures(scenario, facts) {
  const on = scenario.date;
  const appsOn = (id) => scenario.people.find((p) => p.id === id).platform_apps !== false;
  const inForce = (g) => (!g.from || g.from <= on) && (!g.until || on < g.until);
  const yes = scenario.grants.filter((g) => g.explicit !== false && appsOn(g.person) && inForce(g));
  return Object.fromEntries(scenario.companies.map((c) => {
    const reached = new Set(facts.filter((f) => f.company === c.id).map((f) => f.person));
    const said = new Set(yes.filter((g) => g.company === c.id).map((g) => g.person));
    return [c.id, {
      reached: reached.size,
      consented: said.size,
      without: [...reached].filter((p) => !said.has(p)).length,
      amplification: said.size ? `×${(reached.size / said.size).toFixed(1)}` : 'none said yes',
    }];
  }));
}

/**
 * Everything the first screen must say, found as a reader finds it. Without scripts (`steps`
 * true) the story is told by its steps' titles: not the first step's text, which asks for what
 * only the explorer can do and tells of another date than the picture's. With scripts (`steps`
 * false) the story waits for the explorer: "Start the story" is the one way in.
 */
async function readsTheFirstView(page, what, { steps: shown = true } = {}) {
  const main = page.getByRole('main');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${what}: one page heading`);
  await stillReady(page).waitFor();
  const story = page.getByRole('region', { name: 'The story, step by step' });
  if (shown) {
    assert.deepEqual(await story.getByRole('listitem').allTextContents(), friends.steps.map((s) => s.title), `${what}: the steps by title`);
    await story.getByText(`The story has ${friends.steps.length} steps in all`, { exact: false }).waitFor();
  } else {
    assert.equal(await story.count(), 0, `${what}: the story waits for the explorer`);
  }
  // No request only the explorer can answer, and no step's words beside a picture of another date.
  assert.equal(await page.getByText(friends.steps[0].text, { exact: false }).locator('visible=true').count(), 0, `${what}: no step's text`);
  assert.equal(await page.getByText(/Select You/).locator('visible=true').count(), 0, `${what}: no request to select`);
  assert.equal(await page.getByText(`Step 1 of ${friends.steps.length}`).locator('visible=true').count(), 0);
  // The figures on the scenario's own date, counted from its facts and grants.
  assert.equal(await text(figures(page).locator('caption')), `Who each company can reach on ${friends.date}`);
  const counted = countedFigures(friends, cliReport('friends').facts);
  assert.ok(Object.values(counted).some((f) => f.reached > f.consented && f.consented > 0), 'someone reached who never said yes');
  assert.deepEqual(await tableFigures(page, friends), counted, `${what}: figures`);
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

test('with scripts off, index.html tells the story by its steps, with figures, picture and sources', async () => {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const { page, context, requests } = await open(env.browser, env.server.url, { ...scriptsOff, width, height, ready: stillReady });
    await readsTheFirstView(page, `${width} px`);
    // Without scripts the page says what it is and what scripts would add.
    await page.getByText(/^This is a still copy of Spillover's first view/).waitFor();
    assert.equal(await page.getByRole('status').count(), 0, 'nothing is said to be starting');
    assert.equal(await page.getByRole('button').count(), 0, 'no control that needs scripts');
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
  await readsTheFirstView(page, 'spillover.html');
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

/** Holds every WebAssembly request of `context` back until the function it gives is called. */
async function holdWasm(context) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const appFile = (u) => /\/spillover-web-[0-9a-f]+(_bg\.wasm|\.js)$/.test(u);

test('the first view is the still page: the app loads when a reader reaches for it and starts where they asked', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchBoth);
  // Hold the WebAssembly back, as a slow network does, to see what the page says meanwhile.
  const release = await holdWasm(context);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.server.url);
  await stillReady(page).waitFor();
  await readsTheFirstView(page, 'with scripts', { steps: false });
  // The still page carries the app's first controls, and nothing of the app is fetched.
  const start = page.getByRole('button', { name: `▶ Start the story (${friends.steps.length} steps)` });
  await start.waitFor();
  await page.getByRole('navigation', { name: 'What to see' }).getByRole('button', { name: 'Stories', pressed: true }).waitFor();
  await page.getByRole('combobox', { name: 'Scenario' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests.filter(appFile), [], 'the app is not fetched before a reader asks');
  // Nothing moves while the page's scripts set it up (the controls are laid out from the first paint).
  const shifted = await page.evaluate(() => new Promise((done) => {
    new PerformanceObserver((list) => done(list.getEntries().reduce((a, e) => a + e.value, 0)))
      .observe({ type: 'layout-shift', buffered: true });
    requestAnimationFrame(() => requestAnimationFrame(() => done(0)));
  }));
  assert.equal(shifted, 0, 'no layout shift on opening');
  // Reaching for a control fetches it; using it starts the app there.
  await start.hover();
  await until(() => requests.some((u) => u.endsWith('_bg.wasm')), { message: 'the wasm fetched on reaching for a control' });
  await start.click();
  await page.getByRole('status').filter({ hasText: 'Starting the explorer…' }).waitFor();
  release();
  const title = page.getByRole('heading', { level: 2, name: friends.steps[0].title, exact: true });
  await page.getByText(`Step 1 of ${friends.steps.length}`, { exact: false }).first().waitFor();
  await graph(page).getByRole('button').first().waitFor();
  await until(() => title.evaluate((h) => h === document.activeElement), { message: "focus on the step's title, as the app's own button puts it" });
  await addressMatching(page, /#scenario=friends&step=1$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(await picture(page).count(), 0, 'the still picture is gone');
  assert.equal(await page.getByText('Starting the explorer…').count(), 0);
  assert.equal(await page.getByRole('contentinfo').count(), 1, 'one footer');
  assert.equal(await page.evaluate(() => window.__both), false, 'the still copy and the app never shown together');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the still page\'s controls open the view they name, by keyboard too; an address naming a view starts the app at once', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await stillReady(page).waitFor();
  // Tab to "Build your own" as a keyboard reader does, and press Enter.
  const build = page.getByRole('button', { name: 'Build your own' });
  for (let i = 0; i < 10 && !(await build.evaluate((b) => b === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Build your own', pressed: true }).waitFor();
  await addressMatching(page, /#sandbox$/);
  await until(() => page.getByRole('button', { name: 'Build your own', pressed: true }).evaluate((b) => b === document.activeElement),
    { message: 'focus kept on the control of the same name' });
  // Picking another story in the still's picker opens it.
  await page.goto(`${env.server.url}#`);
  await page.reload();
  await stillReady(page).waitFor();
  const partners = builtin('partners');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: partners.title });
  await page.getByRole('heading', { level: 2, name: partners.title, exact: true }).waitFor();
  await graph(page).getByRole('button').first().waitFor();
  // A link to a view starts the app without a click.
  const direct = await open(env.browser, `${env.server.url}#scenario=partners&step=2`);
  await direct.page.getByText(`Step 2 of ${partners.steps.length}`).first().waitFor();
  assert.ok(direct.requests.some(appFile));
  await direct.context.close();
  await context.close();
});

test('at another scenario\'s address, the still copy of this one is not shown while the app starts', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const release = await holdWasm(context);
  const page = await context.newPage();
  await page.goto(`${env.server.url}#scenario=partners`);
  await page.getByRole('status').filter({ hasText: 'Starting the explorer…' }).waitFor();
  assert.equal(await stillReady(page).count(), 0, 'not the friends story under a partners address');
  release();
  const partners = builtin('partners');
  await page.getByRole('heading', { level: 2, name: partners.title, exact: true }).waitFor();
  await context.close();
});

test('when the app cannot start, the page says so and the still page stays', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.route(/_bg\.wasm$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Explore freely', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: /^The interactive explorer could not start/ }).waitFor();
  await stillReady(page).waitFor();
  await picture(page).waitFor();
  // At another scenario's address too: the still copy comes back with the words.
  await page.goto(`${env.server.url}#scenario=partners`);
  await page.reload();
  await page.getByRole('alert').filter({ hasText: /^The interactive explorer could not start/ }).waitFor();
  await stillReady(page).waitFor();
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
    // An address naming the opening story starts the app at once, over its still copy.
    await page.goto(`${env.server.url}#scenario=friends`);
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
    await checkAxe(page, `still page at ${width} px`);
    await context.close();
  }
  // With scripts on, at both widths: the still page with its controls, and the words said when
  // the app cannot start (its WebAssembly blocked, as some school networks do).
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const context = await env.browser.newContext({ viewport: { width, height }, bypassCSP: true });
    await context.route(/_bg\.wasm$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'Explore freely', exact: true }).waitFor();
    await checkAxe(page, `still page with its controls at ${width} px`);
    await page.getByRole('button', { name: 'Explore freely', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /^The interactive explorer could not start/ }).waitFor();
    await checkAxe(page, `the app blocked at ${width} px`);
    await context.close();
  }
});

// When the app cannot start (issue 11): with scripts on but WebAssembly missing, refused or its
// files blocked, as some school networks do, both pages (index.html served, spillover.html from
// disk) keep the still first screen and say in plain words that the interactive part could not
// start, and why, instead of "Starting the explorer…" for ever. axe finds nothing on that page; "Try again"
// starts the app once the block is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, dist, root, graph, text, screenshot, exploreFreely, checkAxe, builtin } from './harness.js';

const env = session();
const friends = builtin('friends');
const singleFile = () => pathToFileURL(join(dist, 'spillover.html')).href;

const stillTitle = (p) => p.getByRole('main').getByRole('heading', { level: 2, name: friends.title, exact: true });
const picture = (p) => p.getByRole('img', { name: new RegExp(`^The graph of ${friends.title} on ${friends.date}: `) });
const failure = (p) => p.getByRole('alert').filter({ hasText: 'The interactive explorer could not start.' });
const loading = (p) => p.getByText(/^Starting the explorer/);

// What a browser or network may do to the WebAssembly, from before the page's first script.
const noWebAssembly = () => { delete window.WebAssembly; };
const refuseWebAssembly = () => {
  const refuse = () => Promise.reject(new WebAssembly.CompileError('WebAssembly is turned off here (a test)'));
  for (const name of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) WebAssembly[name] = refuse;
};

/** Opens `url` under `block` (an init script and routes); resolves once the page has settled. */
async function openBlocked(url, { init, route, width = 1280, height = 900 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height } });
  if (init) await context.addInitScript(init);
  if (route) await context.route(route.url, route.handle);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  // index.html with no address opens on its still page: a reader asks for the explorer.
  if (url.startsWith('http') && !new URL(url).hash) await exploreFreely(page).click();
  return { context, page, requests };
}

/** The page says the app could not start, with `reason`, and keeps the still first screen whole. */
async function saysItCouldNotStart(page, reason, what, stays = /Below is its first view as a still page/) {
  await failure(page).waitFor();
  const words = await text(failure(page));
  assert.match(words, reason, `${what}: the reason (${words})`);
  assert.match(words, stays, `${what}: says what stays (${words})`);
  assert.equal(await loading(page).count(), 0, `${what}: nothing is said to be loading any more`);
  assert.equal(await failure(page).count(), 1, `${what}: said once`);
  // The still copy: title, the story's steps by title, picture, figures, sources, as before.
  await stillTitle(page).waitFor();
  await page.getByRole('region', { name: 'The story, step by step' }).getByText(friends.steps[0].title).waitFor();
  await picture(page).waitFor();
  await page.getByRole('table', { name: /^Who each company / }).waitFor();
  await page.getByRole('region', { name: 'Sources' }).waitFor();
  assert.equal(await graph(page).count(), 0, `${what}: no live app`);
  await failure(page).getByRole('button', { name: 'Try again' }).waitFor();
}

const WHY = {
  nowasm: /This browser runs no WebAssembly/,
  download: /Its files did not arrive/,
  refused: /The browser could not run its WebAssembly/,
};

test('index.html says so when the browser runs no WebAssembly, or refuses it', async () => {
  for (const [init, why, name] of [
    [noWebAssembly, WHY.nowasm, 'no WebAssembly'],
    [refuseWebAssembly, WHY.refused, 'WebAssembly refused'],
  ]) {
    const { context, page, requests } = await openBlocked(env.server.url, { init });
    await saysItCouldNotStart(page, why, name);
    if (init === refuseWebAssembly) {
      assert.match(await text(failure(page)), /The browser said: CompileError: WebAssembly is turned off here \(a test\)/);
    }
    assert.deepEqual(requests.filter((u) => !u.startsWith(env.server.origin)), [], `${name}: nothing asked elsewhere`);
    await context.close();
  }
});

test('index.html says so when the WebAssembly or the script does not arrive, or arrives replaced', async () => {
  const blockPage = '<!doctype html><title>Blocked</title><p>This site is blocked by your network.</p>';
  for (const [url, handle, why, name] of [
    [/_bg\.wasm$/, (r) => r.abort('blockedbyclient'), WHY.download, 'the wasm request fails'],
    [/_bg\.wasm$/, (r) => r.fulfill({ status: 404, body: 'not found' }), WHY.download, 'the wasm is not found'],
    [/_bg\.wasm$/, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: blockPage }), WHY.refused, 'a filter sends a page instead'],
    [/spillover-web-[0-9a-f]+\.js$/, (r) => r.abort('blockedbyclient'), WHY.download, 'the script fails'],
  ]) {
    const { context, page } = await openBlocked(env.server.url, { route: { url, handle } });
    await saysItCouldNotStart(page, why, name);
    await context.close();
  }
});

test('it says whether the still copy is the view the link asks for', async () => {
  for (const [hash, stays] of [
    ['#scenario=friends', /Below is its first view as a still page/],
    ['#scenario=friends&step=1', /this story’s first view/],
    ['#theme=dark', /Below is its first view as a still page/],
    ['#step=3', /Below is a still copy of this story’s first view, .*; the step, date or settings this link opens need the explorer\./],
    ['#mode=collected&date=2016-01-01', /this story’s first view/],
    ['#scenario=partners&step=2', new RegExp(`Below is a still copy of Spillover’s opening story, “${friends.title}”, not the view this link opens`)],
    ['#embed=story&scenario=digital-life', /not the view this link opens/],
    ['#sandbox', /not the view this link opens/],
    ['#scale&people=1000', /not the view this link opens/],
  ]) {
    const { context, page } = await openBlocked(env.server.url + hash, { init: noWebAssembly });
    await saysItCouldNotStart(page, WHY.nowasm, hash, stays);
    await context.close();
  }
});

test('"Try again" starts the app once the block is gone', async () => {
  let blocked = true;
  const { context, page } = await openBlocked(env.server.url, {
    route: { url: /_bg\.wasm$/, handle: (r) => (blocked ? r.abort('blockedbyclient') : r.continue()) },
  });
  await saysItCouldNotStart(page, WHY.download, 'blocked');
  blocked = false;
  await failure(page).getByRole('button', { name: 'Try again' }).click();
  await graph(page).getByRole('button').first().waitFor();
  assert.equal(await failure(page).count(), 0);
  assert.equal(await picture(page).count(), 0, 'the app replaced the still copy');
  await context.close();
});

test('an app that starts never says it could not', async () => {
  const { context, page } = await openBlocked(env.server.url);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await graph(page).getByRole('button').first().waitFor();
  assert.equal(await failure(page).count(), 0);
  assert.equal(await page.locator('.start-failed').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('spillover.html, opened from disk, says the same', async () => {
  for (const [init, why, name] of [
    [noWebAssembly, WHY.nowasm, 'no WebAssembly'],
    [refuseWebAssembly, WHY.refused, 'WebAssembly refused'],
  ]) {
    const { context, page } = await openBlocked(singleFile(), { init });
    await saysItCouldNotStart(page, why, `spillover.html, ${name}`);
    await context.close();
  }
  // And it starts as usual when nothing is blocked.
  const { context, page } = await openBlocked(singleFile());
  await graph(page).getByRole('button').first().waitFor();
  assert.equal(await failure(page).count(), 0);
  await context.close();
});

test('axe finds nothing on the page that says it could not start, at a phone\'s and a desktop\'s width', async () => {
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    const context = await env.browser.newContext({ viewport: { width, height }, bypassCSP: true });
    await context.addInitScript(noWebAssembly);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await failure(page).waitFor();
    await screenshot(page, `start-failure-${width}`);
    await checkAxe(page, `${width} px`);
    // By keyboard: "Try again" is reached with Tab.
    await page.keyboard.press('Tab');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'Try again'; i++) {
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (focused !== 'Try again') await page.keyboard.press('Tab');
    }
    assert.equal(focused, 'Try again', `${width} px: Try again is reached by keyboard`);
    await context.close();
  }
});

// The privacy and offline promises: a strict Content-Security-Policy that nothing violates, no
// request outside the site, the single-file app from disk, and exports that hold what was shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  session, open, dist, cliReport, text, until, node, flows, graph, shownDate, storySteps, stepTitle, why,
} from './harness.js';

// One static server and one browser for the whole file.
const env = session();

// Records every policy violation the page reports, from before its first script runs.
const watchPolicy = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
  });
};
const button = (page, name) => page.getByRole('button', { name, exact: true });

test('the hosted build carries a strict policy, and a whole session violates nothing', async () => {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
  assert.match(csp, /default-src 'none'/);
  // Two inline scripts, each by its hash: the loader, and the choice of language in the head.
  assert.match(csp, /script-src 'self' 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.equal((html.match(/<script>/g) || []).length + (html.match(/<script type="module">/g) || []).length, 2);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);

  const { page, context, requests, errors } = await open(env.browser, env.server.url, { init: watchPolicy });
  for (const title of ['This is your digital life', 'Partners behind the wall']) {
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: title });
    await page.getByRole('main').getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  }
  await page.getByRole('button', { name: /Start the story/ }).click();
  await page.keyboard.press('ArrowRight');
  await node(page, 'Ana').click();
  await page.getByRole('checkbox', { name: 'Partner deals and connections nobody was asked about' }).uncheck();
  const showAs = page.getByRole('group', { name: 'Show as' });
  await showAs.getByRole('button', { name: 'Table' }).click();
  await showAs.getByRole('button', { name: 'Graph' }).click();
  // Play until the date moves, then pause.
  const from = await text(shownDate(page));
  await button(page, 'Play through time').click();
  await until(async () => (await text(shownDate(page))) !== from, { message: 'play moves the date' });
  await button(page, 'Pause').click();
  await button(page, 'Embed').click();
  const preview = page.getByRole('dialog', { name: 'Embed this view in a page' }).getByTitle('Preview of the embedded view').contentFrame();
  await graph(preview).getByRole('button').first().waitFor();
  const [png] = await Promise.all([page.waitForEvent('download'), button(page, 'Picture (PNG)').click()]);
  await png.path();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  assert.ok(requests.some((u) => u.startsWith(`${env.server.origin}/`)), 'the log saw the site\'s own requests');
  const foreign = requests.filter((u) => !u.startsWith(`${env.server.origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the single-file app works from disk, with the network unused', async () => {
  const file = pathToFileURL(join(dist, 'spillover.html')).href;
  const { page, context, requests, errors } = await open(env.browser, `${file}#scenario=partners`, { init: watchPolicy });
  await page.getByRole('button', { name: /Start the story/ }).click();
  await storySteps(page).getByRole('button', { name: /^Next/ }).click();
  assert.equal(await text(stepTitle(page)), 'Mailboxes');
  await node(page, 'Femi').click();
  assert.match(await text(why(page)), /Femi and Ben message each other, and Ben signed in to Spotify/);
  assert.equal(await button(page, 'Embed').count(), 0, 'nothing to embed from a file');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  assert.ok(requests.some((u) => u.startsWith('file:')), 'the log saw the file opened');
  const outside = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(outside, []);
  await context.close();
});

test('exports: the picture as PNG and SVG and the table as CSV hold what was shown', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&date=2014-01-01`);
  const save = async (label) => {
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, label).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };
  const svg = await save('Picture (SVG)');
  assert.equal(svg.name, 'spillover-friends-2014-01-01.svg');
  const source = svg.bytes.toString('utf8');
  assert.match(source, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  for (const name of ['You', 'Ben', 'Chloé', 'Personality quiz']) assert.ok(source.includes(`>${name}</text>`), name);
  assert.equal((source.match(/<path /g) || []).length, await flows(page).count());

  const png = await save('Picture (PNG)');
  assert.equal(png.name, 'spillover-friends-2014-01-01.png');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.bytes.readUInt32BE(16), 2000, 'drawn at twice the picture\'s width');
  // The PNG is the picture, not a blank: decode it in the page and count coloured pixels.
  const coloured = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - d[i + 2]) > 60) n++;
    return n;
  }, png.bytes.toString('base64'));
  assert.ok(coloured > 1000, `only ${coloured} coloured pixels`);

  const csv = await save('Table (CSV)');
  const lines = csv.bytes.toString('utf8').trim().split('\r\n');
  assert.equal(lines[0], 'company,person,data,reason,via,explanation');
  assert.equal(lines.length - 1, cliReport('friends', '--date', '2014-01-01').facts.length);
  assert.match(await text(page.getByRole('group', { name: 'Save' }).getByRole('status')), /Table \(CSV\) saved/);
  await context.close();
});

// The privacy and offline promises: a strict Content-Security-Policy that nothing violates, no
// request outside the site, the single-file app from disk, and exports that hold what was shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, open, dist, cliReport } from './harness.js';

// One static server and one browser for the whole file.
const env = session();

const text = (page, sel) => page.textContent(sel).then((t) => t.trim());
// Records every policy violation the page reports, from before its first script runs.
const watchPolicy = (context) => context.addInitScript(() => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
  });
});

test('the hosted build carries a strict policy, and a whole session violates nothing', async () => {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);

  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchPolicy(context);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(env.server.url);
  await page.waitForSelector('svg .node');
  for (const i of ['1', '2']) await page.selectOption('#scenario-picker', i);
  await page.click('text=Start the story');
  await page.keyboard.press('ArrowRight');
  await page.click('[data-id="ana"]');
  await page.uncheck('#whatif-deals');
  await page.click('button.tab >> text=Table');
  await page.click('button.tab >> text=Graph');
  await page.click('button.play');
  await page.waitForTimeout(300);
  await page.click('button.play');
  await page.click('button >> text=Embed');
  await page.frameLocator('.embed-preview').locator('svg .node').first().waitFor();
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('text=Picture (PNG)')]);
  await png.path();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  const foreign = requests.filter((u) => !u.startsWith(`${env.server.origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the single-file app works from disk, with the network unused', async () => {
  const file = pathToFileURL(join(dist, 'spillover.html')).href;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchPolicy(context);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${file}#scenario=partners`);
  await page.waitForSelector('svg .node');
  await page.click('text=Start the story');
  await page.click('.step-nav >> text=Next');
  assert.equal(await text(page, '#step-title'), 'Mailboxes');
  await page.click('[data-id="femi"]');
  assert.match(await text(page, '.why'), /Femi and Ben message each other, and Ben signed in to Spotify/);
  assert.equal(await page.locator('button >> text=Embed').count(), 0, 'nothing to embed from a file');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  const outside = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(outside, []);
  await context.close();
});

test('exports: the picture as PNG and SVG and the table as CSV hold what was shown', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&date=2014-01-01`);
  const save = async (label) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${label}`)]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };
  const svg = await save('Picture (SVG)');
  assert.equal(svg.name, 'spillover-friends-2014-01-01.svg');
  const source = svg.bytes.toString('utf8');
  assert.match(source, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  for (const name of ['You', 'Ben', 'Chloé', 'Personality quiz']) assert.ok(source.includes(`>${name}</text>`), name);
  assert.equal((source.match(/<path /g) || []).length, await page.locator('svg path.flow').count());

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
  assert.match(await text(page, '.exports-status'), /Table \(CSV\) saved/);
  await context.close();
});

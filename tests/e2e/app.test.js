// What a reader does with the first page: read the graph, switch scenarios and modes, and
// check the figures against the command line's report of the same scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, open, cliReport, screenshot, root } from './harness.js';

const SLUGS = ['friends', 'digital-life', 'partners'];
const scenario = (slug) =>
  JSON.parse(readFileSync(join(root, 'static', 'scenarios', `${slug}.json`), 'utf8'));

// One static server and one browser for the whole file.
const env = session();

/** The company table as { id: {reached, consented, without, amplification} }. */
async function tableFigures(page) {
  return page.$$eval('.figures tbody tr', (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.company, {
      reached: Number(r.querySelector('.reached').textContent),
      consented: Number(r.querySelector('.consented').textContent),
      without: Number(r.querySelector('.without-consent').textContent),
      amplification: r.querySelector('.amplification').textContent,
    }])));
}

function expectedFigures(report) {
  return Object.fromEntries(report.companies.map((c) => [c.id, {
    reached: c.reached,
    consented: c.consented,
    without: c.without_consent,
    amplification: `×${c.amplification.toFixed(1)}`,
  }]));
}

/** Distinct company-person pairs in a report: one flow is drawn for each. */
function expectedFlows(report) {
  return [...new Set(report.facts.map((f) => `${f.company} ${f.person}`))].sort();
}

test('the first scenario shows its people, companies, flows and figures', async () => {
  const { page, context, errors } = await open(env.browser, env.server.url);
  const s = scenario('friends');
  assert.equal(await page.textContent('#scenario-title'), s.title);
  const ids = await page.$$eval('svg .node', (ns) => ns.map((n) => `${n.dataset.kind}:${n.dataset.id}`));
  for (const p of s.people) assert.ok(ids.includes(`person:${p.id}`), `person ${p.id} is drawn`);
  for (const c of s.companies) assert.ok(ids.includes(`company:${c.id}`), `company ${c.id} is drawn`);
  // The names a reader reads on the graph.
  const labels = await page.$$eval('svg .node text', (ts) => ts.map((t) => t.textContent));
  assert.ok(labels.includes('You') && labels.includes('Personality quiz'));

  const report = cliReport('friends');
  const flows = await page.$$eval('svg path.flow', (ps) => ps.map((p) => p.dataset.flow).sort());
  assert.deepEqual(flows, expectedFlows(report));
  // You never installed the quiz, and it reaches you through Ben.
  const yours = await page.$eval('path.flow[data-flow="quiz you"]', (p) => ({
    reason: p.dataset.reason, title: p.querySelector('title').textContent,
  }));
  assert.equal(yours.reason, 'friend');
  assert.match(yours.title, /Personality quiz: You's name, birthday, location, likes/);
  assert.deepEqual(await tableFigures(page), expectedFigures(report));
  // The people the quiz never reached are told apart: Dev turned apps off, Esi is no friend of Ben.
  assert.equal(await page.getAttribute('[data-id="dev"] circle.person', 'class'), 'person untouched');
  assert.equal(await page.getAttribute('[data-id="you"] circle.person', 'class'), 'person exposed');
  assert.equal(await page.getAttribute('[data-id="ben"] circle.person', 'class'), 'person consented');
  // Every reason in the legend, and the sources with their links.
  assert.equal(await page.locator('.legend .reasons li').count(), 5);
  const sources = await page.$$eval('.sources li', (ls) => ls.map((l) => l.textContent));
  assert.ok(sources.some((t) => t.includes('An Update on Our Plans to Restrict Data Access on Facebook')));
  assert.deepEqual(errors, []);
  await screenshot(page, 'desktop-friends');
  await context.close();
});

test('the picker switches between the three scenarios, each matching the command line', async () => {
  const { page, context, errors } = await open(env.browser, env.server.url);
  const options = await page.$$eval('#scenario-picker option', (os) => os.map((o) => o.textContent));
  assert.deepEqual(options, SLUGS.map((s) => scenario(s).title));
  for (const [i, slug] of SLUGS.entries()) {
    await page.selectOption('#scenario-picker', String(i));
    await page.waitForFunction((t) => document.querySelector('#scenario-title')?.textContent === t, scenario(slug).title);
    const report = cliReport(slug);
    assert.deepEqual(await tableFigures(page), expectedFigures(report), `${slug}: figures`);
    const flows = await page.$$eval('svg path.flow', (ps) => ps.map((p) => p.dataset.flow).sort());
    assert.deepEqual(flows, expectedFlows(report), `${slug}: flows`);
    await screenshot(page, `desktop-${slug}`);
  }
  // Partners: Bing reaches everyone through its deal, and nobody said yes to it.
  const bing = (await tableFigures(page)).bing;
  assert.equal(bing.consented, 0);
  assert.equal(bing.reached, scenario('partners').people.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the collected view adds what was gathered earlier', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await page.selectOption('#scenario-picker', '2');
  await page.waitForFunction(() => document.querySelector('#scenario-title')?.textContent === 'Partners behind the wall');
  const before = await tableFigures(page);
  assert.equal(before.netflix.reached, 0, 'Netflix\'s feature ended in 2015');
  await page.check('input[name="mode"][value="collected"]');
  await page.waitForFunction(() => document.querySelector('.figures tr[data-company="netflix"] .reached')?.textContent !== '0');
  const after = await tableFigures(page);
  assert.deepEqual(after, expectedFigures(cliReport('partners', '--collected')));
  assert.ok(after.netflix.reached > 0);
  await context.close();
});

test('on a 360-pixel phone the page fits its width', async () => {
  const { page, context } = await open(env.browser, env.server.url, { width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  const box = await page.locator('.graph svg').boundingBox();
  assert.ok(box.width > 300 && box.width <= 360);
  await screenshot(page, 'phone-friends');
  await context.close();
});

test('a whole session makes no request outside its own origin', async () => {
  const { page, context, requests } = await open(env.browser, env.server.url);
  for (const i of ['1', '2', '0']) await page.selectOption('#scenario-picker', i);
  await page.check('input[name="mode"][value="collected"]');
  await page.waitForTimeout(200);
  assert.ok(requests.length > 0);
  const foreign = requests.filter((u) => !u.startsWith(env.server.origin + '/'));
  assert.deepEqual(foreign, []);
  await context.close();
});

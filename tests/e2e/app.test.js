// What a reader does with the first page: read the graph, switch scenarios and modes, and
// check the figures against the command line's report of the same scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  session, open, cliReport, screenshot, root, graph, node, flows, flow, whose, figures,
  scenarioTitle, cell, until, text, tableFigures, expectedFigures, builtin,
} from './harness.js';

const SLUGS = ['friends', 'digital-life', 'partners'];
const scenario = (slug) =>
  builtin(slug);

// One static server and one browser for the whole file.
const env = session();

/** Distinct company-person pairs in a report: one flow is drawn for each. */
function expectedFlows(report) {
  return [...new Set(report.facts.map((f) => `${f.company} ${f.person}`))].sort();
}

/** The flows drawn, as "company person" ids, from what each flow's title says. */
async function drawnFlows(page, slug) {
  const s = scenario(slug);
  const names = await flows(page).allTextContents();
  return names.map((name) => {
    const pairs = s.companies.flatMap((c) => s.people.map((p) => [c, p]));
    const found = pairs.find(([c, p]) => name.startsWith(`${c.name}: ${whose(p.name)} `));
    assert.ok(found, `a flow nobody in ${slug} matches: ${name}`);
    return `${found[0].id} ${found[1].id}`;
  }).sort();
}

/** Picks a scenario by its title, as a reader does, and waits for it to be shown. */
async function pick(page, title) {
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: title });
  await page.getByRole('main').getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

/** What a person's ring looks like, and the legend's entry it matches. */
async function ring(page, name) {
  const circle = node(page, name).locator('circle').last();
  return {
    class: await circle.getAttribute('class'),
    stroke: await circle.evaluate((c) => getComputedStyle(c).stroke),
  };
}
async function legendRing(page, words) {
  const entry = page.getByRole('region', { name: 'How to read the graph' }).getByRole('listitem').filter({ hasText: words });
  return entry.locator('circle').last().evaluate((c) => getComputedStyle(c).stroke);
}

test('the first scenario shows its people, companies, flows and figures', async () => {
  const { page, context, errors } = await open(env.browser, env.server.url);
  const s = scenario('friends');
  assert.equal(await scenarioTitle(page).textContent(), s.title);
  // Every person and company is drawn, as a node named by them; people and companies say which.
  for (const p of s.people) {
    assert.equal(await node(page, p.name).count(), 1, `person ${p.id} is drawn`);
    assert.match(await node(page, p.name).getAttribute('aria-label'), /: (no company can see|\d+ compan(y|ies) can see) (their|your) data/, `${p.id} is a person`);
  }
  for (const c of s.companies) {
    assert.equal(await node(page, c.name).count(), 1, `company ${c.id} is drawn`);
    assert.match(await node(page, c.name).getAttribute('aria-label'), /: reaches \d+ (person|people)/, `${c.id} is a company`);
  }
  // The names a reader reads on the graph.
  await graph(page).getByText('You', { exact: true }).waitFor();
  await graph(page).getByText('Personality quiz', { exact: true }).waitFor();

  const report = cliReport('friends');
  assert.deepEqual(await drawnFlows(page, 'friends'), expectedFlows(report));
  // You never installed the quiz, and it reaches you through Ben.
  const yours = flow(page, 'Personality quiz', 'You');
  assert.equal(await yours.getAttribute('data-reason'), 'friend');
  assert.match(await yours.textContent(), /Personality quiz: your name, birthday, location, likes/);
  assert.match(await yours.textContent(), /\(through a friend's app\)$/);
  assert.deepEqual(await tableFigures(page, scenario('friends')), expectedFigures(report));
  // The people the quiz never reached are told apart: Dev turned apps off, Esi is no friend of Ben.
  // Each ring is the one the legend shows for what happened to them.
  const dev = await ring(page, 'Dev');
  const you = await ring(page, 'You');
  const ben = await ring(page, 'Ben');
  assert.equal(dev.class, 'person untouched');
  assert.equal(you.class, 'person exposed');
  assert.equal(ben.class, 'person consented');
  assert.equal(dev.stroke, await legendRing(page, 'a person who said yes to nothing and was not reached'));
  assert.equal(you.stroke, await legendRing(page, 'a person whose data reached a company they never said yes to'));
  assert.equal(ben.stroke, await legendRing(page, 'a person who said yes, reached by nobody else'));
  // Every reason in the legend, and the sources with their links.
  const legend = page.getByRole('region', { name: 'How to read the graph' });
  assert.equal(await legend.getByRole('list').first().getByRole('listitem').count(), 5);
  const sources = await page.getByRole('region', { name: 'Sources' }).getByRole('listitem').allTextContents();
  assert.ok(sources.some((t) => t.includes('An Update on Our Plans to Restrict Data Access on Facebook')));
  await page.getByRole('region', { name: 'Sources' })
    .getByRole('link', { name: 'An Update on Our Plans to Restrict Data Access on Facebook' }).waitFor();
  assert.deepEqual(errors, []);
  await screenshot(page, 'desktop-friends');
  await context.close();
});

test('the picker switches between the three scenarios, each matching the command line', async () => {
  const { page, context, errors } = await open(env.browser, env.server.url);
  const options = await page.getByRole('combobox', { name: 'Scenario' }).getByRole('option').allTextContents();
  assert.deepEqual(options, SLUGS.map((s) => scenario(s).title));
  for (const slug of SLUGS) {
    await pick(page, scenario(slug).title);
    const report = cliReport(slug);
    assert.deepEqual(await tableFigures(page, scenario(slug)), expectedFigures(report), `${slug}: figures`);
    assert.deepEqual(await drawnFlows(page, slug), expectedFlows(report), `${slug}: flows`);
    await screenshot(page, `desktop-${slug}`);
  }
  // Partners: Bing reaches everyone through its deal, and nobody said yes to it.
  const bing = (await tableFigures(page, scenario('partners'))).bing;
  assert.equal(bing.consented, 0);
  assert.equal(bing.reached, scenario('partners').people.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the collected view adds what was gathered earlier', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await pick(page, 'Partners behind the wall');
  const before = await tableFigures(page, scenario('partners'));
  assert.equal(before.netflix.reached, 0, 'Netflix\'s feature ended in 2015');
  await page.getByRole('radio', { name: 'what companies could have collected up to this date' }).check();
  const netflix = await cell(figures(page), 'Netflix', 'Reached');
  await until(async () => (await text(netflix)) !== '0', { message: 'Netflix reaches someone' });
  const after = await tableFigures(page, scenario('partners'));
  assert.deepEqual(after, expectedFigures(cliReport('partners', '--collected')));
  assert.ok(after.netflix.reached > 0);
  await context.close();
});

test('on a 360-pixel phone the page fits its width', async () => {
  const { page, context } = await open(env.browser, env.server.url, { width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  const box = await graph(page).boundingBox();
  assert.ok(box.width > 300 && box.width <= 360);
  await screenshot(page, 'phone-friends');
  await context.close();
});

test('a whole session makes no request outside its own origin', async () => {
  const { page, context, requests } = await open(env.browser, env.server.url);
  for (const slug of ['digital-life', 'partners', 'friends']) await pick(page, scenario(slug).title);
  await page.getByRole('radio', { name: 'what companies could have collected up to this date' }).check();
  // The collected view is drawn: its table says so.
  await page.getByRole('table', { name: 'Who each company could have reached up to this date' }).waitFor();
  assert.ok(requests.length > 0);
  const foreign = requests.filter((u) => !u.startsWith(env.server.origin + '/'));
  assert.deepEqual(foreign, []);
  await context.close();
});

// One truth on screen: random walks of what a reader does (story steps, Back, date keys, the
// what-ifs, the mode, selecting and pointing, switching scenario, sandbox edits and undo, loading
// a file), and after each step every figure and line the page shows equals what
// `spillover-cli view` gives for the state the page's address names: the headline, the company
// table, the caption and the line under the picture, every node's summary, "why?" and a sandbox
// edit's count.
//
// Each walk's seed is printed; SPILLOVER_TRUTH_SEED=N replays one walk, SPILLOVER_TRUTH_WALKS
// and SPILLOVER_TRUTH_STEPS make longer runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  session, open, until, text, root, graph, figures, readTable, scenarioTitle, storySteps,
  dateSlider, timeline, why, literal, builtinFile,
} from './harness.js';

const env = session();
const cli = process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli');

/** A small seeded generator (mulberry32): the same seed walks the same way. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The page's parts, as a reader finds them.
const forms = (page) => page.getByRole('region', { name: 'Add and remove' });
const form = (page, name) => forms(page).getByRole('form', { name });
const editor = (page) => page.getByRole('region', { name: 'Build your own' });
const whatIf = (page) => page.getByRole('region', { name: 'What if…' });
const nodes = (page) => graph(page).getByRole('button');

/** What `spillover-cli view` says of `address` (with the sandbox's scenario file, if any). */
const views = new Map();
function cliView(address, file) {
  const key = `${address}\n${file ?? ''}`;
  if (!views.has(key)) {
    const args = ['view', address, ...(file ? [file] : [])];
    views.set(key, JSON.parse(execFileSync(cli, args, { encoding: 'utf8' })));
  }
  return views.get(key);
}

/** The open sandbox's scenario as this tab last kept it, written to a file; null outside it. */
async function sandboxFile(page, dir) {
  const scenario = await page.evaluate(() => {
    if (!location.hash.startsWith('#sandbox')) return null;
    const index = JSON.parse(localStorage.getItem('spillover.index') || 'null');
    const record = index && localStorage.getItem(`spillover.sandbox.${index.current}`);
    return record && JSON.stringify(JSON.parse(record).scenario);
  });
  if (!scenario) return null;
  const file = join(dir, `sandbox-${views.size}.json`);
  await writeFile(file, scenario);
  return file;
}

/**
 * Every disagreement between the page and the command line for the page's address now, in
 * words; empty when they agree. `pointed` is the name of the node the walk pointed at last.
 */
async function disagreements(page, dir, pointed) {
  const address = new URL(page.url()).hash;
  const file = await sandboxFile(page, dir);
  if (address.startsWith('#sandbox') && !file) return ['the sandbox is not kept yet'];
  const v = cliView(address || '#', file);
  const out = [];
  const say = (what, page_, cli_) => out.push(`${what}: the page says ${JSON.stringify(page_)}, the command line ${JSON.stringify(cli_)}`);
  const title = await text(scenarioTitle(page));
  if (title !== v.title) say('title', title, v.title);
  // The headline, in the scenario's introduction.
  const intro = page.getByRole('region', { name: title, exact: true });
  if ((await intro.getByText(v.headline.text, { exact: false }).count()) === 0) {
    say('headline', await text(intro.getByRole('paragraph').first()), v.headline.text);
  }
  // The company table.
  const rows = await readTable(figures(page));
  for (const c of v.companies) {
    const row = rows.find((r) => r.Company === c.name);
    if (!row) { say(`${c.name} in the table`, null, c); continue; }
    const [reached, yes, never] = [row.Reached, row['Said yes'], row['Never said yes']].map((t) => Number(t.split(' ')[0]));
    if (reached !== c.reached || yes !== c.said_yes || never !== c.never_said_yes || row['Reach per yes'] !== c.reach_per_yes) {
      say(`${c.name}'s figures`, row, c);
    }
  }
  if (rows.length !== v.companies.length) say('companies in the table', rows.length, v.companies.length);
  // Every node's summary is its name on the graph, and the line under the graph is one of them.
  const names = await nodes(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const summaries = v.nodes.map((n) => n.summary);
  const stray = names.filter((n) => !summaries.includes(n));
  if (stray.length) say('nodes on the graph', stray.slice(0, 3), summaries.slice(0, 3));
  const line = await page.locator('figcaption.node-summary').textContent().then((t) => t.trim());
  const ofLine = summaries.find((s) => s.split(':')[0] === line.split(':')[0]);
  if (line.includes(':') && ofLine !== line) say('the line under the graph', line, ofLine ?? '(nobody of that name)');
  if (pointed && summaries.some((s) => s.startsWith(`${pointed}: `)) && !line.startsWith(`${pointed}: `)) {
    say('the line under the graph, for the node pointed at', line, `${pointed}: …`);
  }
  // The caption under the graph says the state shown, whichever way the reader came to it.
  const caption = page.locator('p.caption');
  if ((await caption.count()) && (await text(caption.first())) !== v.caption) {
    say('the caption under the graph', await text(caption.first()), v.caption);
  }
  // "Why?".
  const panel = why(page);
  if (v.why) {
    if ((await panel.getByText(v.why.summary, { exact: true }).count()) === 0) {
      say('"why?"', await panel.count() ? await text(panel.locator('.why-summary').first()) : null, v.why.summary);
    }
  } else if (await panel.count()) {
    say('"why?"', 'open', 'nothing selected');
  }
  // A sandbox edit's message counts the people exposed without consent at the view shown.
  if (address.startsWith('#sandbox')) {
    const said = forms(page).getByRole('status').getByRole('paragraph').first();
    const status = (await said.count()) ? await text(said) : '';
    const m = status.match(/\(now (\d[\d,]*)\)\.$/) || status.match(/No change: (\d[\d,]*) (?:person|people) exposed/);
    if (m && Number(m[1].replace(/,/g, '')) !== v.headline.without_consent) say('the edit\'s count', status, v.headline.without_consent);
  }
  return out;
}

/** Waits until the page and the command line agree (the address is written just after paint). */
async function agree(page, dir, pointed, step) {
  let last = [];
  try {
    await until(async () => {
      last = await disagreements(page, dir, pointed);
      return last.length === 0;
    }, { timeout: 6000, message: step });
  } catch {
    assert.fail(`after ${step}, the page says two things at once:\n  ${last.join('\n  ')}`);
  }
}

/**
 * Rests the mouse in the page's corner, where nothing is drawn: a reader who points by the
 * keyboard is not also hovering a node. (Left where the last click was, the mouse can end up
 * over a node once focus scrolls the graph into view, and the browser then points at that one
 * as well: the last pointed at wins, which is right, but is not what the walk meant.)
 */
const awayFromTheGraph = (page) => page.mouse.move(0, 0);

/** One random thing a reader can do on the page now, or null; it returns what it did, in words. */
async function act(page, rnd, walk) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const visible = async (l) => (await l.count()) > 0 && (await l.first().isVisible()) && (await l.first().isEnabled());
  const sandbox = new URL(page.url()).hash.startsWith('#sandbox');
  const choices = [
    async () => {
      const b = storySteps(page).getByRole('button', { name: 'Next →' });
      if (!(await visible(b))) return null;
      await b.click();
      return 'Next';
    },
    async () => {
      const b = storySteps(page).getByRole('button', { name: '← Back' });
      if (!(await visible(b))) return null;
      await b.click();
      return 'Back';
    },
    async () => {
      const b = page.getByRole('button', { name: /^▶ Start the story/ });
      if (!(await visible(b))) return null;
      await b.click();
      return 'Start the story';
    },
    async () => {
      const key = pick(['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown', 'End', 'Home']);
      await dateSlider(page).focus();
      await page.keyboard.press(key);
      return `the date slider, ${key}`;
    },
    async () => {
      const name = pick(['Next change ▶', '◀ Previous change']);
      const b = timeline(page).getByRole('button', { name });
      if (!(await visible(b))) return null;
      await b.click();
      return name;
    },
    async () => {
      const name = pick([/can see on this date/, /collected up to this date/]);
      const r = timeline(page).getByRole('radio', { name });
      if (!(await visible(r))) return null;
      await r.check();
      return `the mode ${name}`;
    },
    async () => {
      const box = whatIf(page).getByRole('checkbox');
      const n = await box.count();
      if (n === 0) return null;
      const b = box.nth(Math.floor(rnd() * n));
      const name = await b.getAttribute('id');
      await b.click();
      return `the what-if ${name}`;
    },
    async () => {
      const s = whatIf(page).getByRole('combobox');
      if (!(await visible(s))) return null;
      const values = await s.locator('option').evaluateAll((os) => os.map((o) => o.value));
      const value = pick(values);
      await s.selectOption(value);
      return `friend permissions ${value}`;
    },
    async () => {
      const n = await nodes(page).count();
      if (n === 0) return null;
      const node = nodes(page).nth(Math.floor(rnd() * n));
      const name = (await node.getAttribute('aria-label')).split(':')[0];
      await awayFromTheGraph(page);
      await node.focus();
      await page.keyboard.press('Enter');
      walk.pointed = name;
      return `select ${name}`;
    },
    async () => {
      const n = await nodes(page).count();
      if (n === 0) return null;
      const node = nodes(page).nth(Math.floor(rnd() * n));
      const name = (await node.getAttribute('aria-label')).split(':')[0];
      await awayFromTheGraph(page);
      await node.focus();
      walk.pointed = name;
      return `point at ${name}`;
    },
    async () => {
      const p = page.getByRole('combobox', { name: 'Scenario', exact: true });
      if (!(await visible(p))) return null;
      const i = Math.floor(rnd() * 3);
      await p.selectOption(String(i));
      walk.pointed = null;
      return `scenario ${i}`;
    },
    async () => {
      const tab = page.getByRole('button', { name: pick(['Build your own', 'Stories']), exact: true });
      const name = await tab.textContent();
      await tab.click();
      walk.pointed = null;
      return `the tab ${name}`;
    },
  ];
  if (sandbox) {
    choices.push(
      async () => {
        const b = page.getByRole('button', { name: 'Start from one quiz and five friends' });
        if (!(await visible(b))) return null;
        await b.click();
        walk.pointed = null; // an edit lets go of what pointed into the sandbox
        return 'Start from one quiz and five friends';
      },
      async () => {
        const field = form(page, 'Add a person').getByRole('textbox', { name: 'Name' });
        if (!(await visible(field))) return null;
        const name = `P${Math.floor(rnd() * 1000)}`;
        await field.fill(name);
        await field.press('Enter');
        walk.pointed = null; // an edit lets go of what pointed into the sandbox
        return `add ${name}`;
      },
      async () => {
        const f = form(page, 'Make two people friends');
        const first = f.getByRole('combobox', { name: 'First friend' });
        if (!(await visible(first))) return null;
        const people = await first.locator('option').evaluateAll((os) => os.map((o) => o.textContent).filter(Boolean));
        if (people.length < 2) return null;
        const [a, b] = [pick(people), pick(people)];
        if (a === b) return null;
        await first.selectOption({ label: a });
        await f.getByRole('combobox', { name: 'and', exact: true }).selectOption({ label: b });
        await f.getByRole('textbox', { name: 'until', exact: true }).focus();
        await page.keyboard.press('Enter');
        walk.pointed = null; // an edit lets go of what pointed into the sandbox
        return `befriend ${a} and ${b}`;
      },
      async () => {
        const b = editor(page).getByRole('button', { name: '↶ Undo' });
        if (!(await visible(b))) return null;
        await b.click();
        walk.pointed = null; // an edit lets go of what pointed into the sandbox
        return 'Undo';
      },
      async () => {
        const input = editor(page).getByLabel('Load a file');
        if ((await input.count()) === 0) return null;
        await input.setInputFiles(builtinFile(pick(['friends', 'partners'])));
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        walk.pointed = null;
        return 'load a scenario file';
      },
    );
  }
  for (let tries = 0; tries < 20; tries += 1) {
    const did = await pick(choices)();
    if (did) return did;
  }
  return null;
}

const walks = Number(process.env.SPILLOVER_TRUTH_WALKS || 3);
const steps = Number(process.env.SPILLOVER_TRUTH_STEPS || 30);
const seeds = process.env.SPILLOVER_TRUTH_SEED
  ? [Number(process.env.SPILLOVER_TRUTH_SEED)]
  : Array.from({ length: walks }, () => Math.floor(Math.random() * 2 ** 31));

for (const seed of seeds) {
  test(`a reader's walk (seed ${seed}): every figure on the page agrees with spillover-cli view`, async () => {
    console.log(`truth walk seed ${seed} (SPILLOVER_TRUTH_SEED=${seed} replays it)`);
    const rnd = random(seed);
    const dir = await mkdtemp(join(tmpdir(), 'spillover-truth-'));
    const start = rnd() < 0.5 ? '#scenario=friends' : '#scenario=partners';
    const { page, context, errors } = await open(env.browser, `${env.server.url}${start}`, { width: 1280, height: 900 });
    const walk = { pointed: null };
    await agree(page, dir, walk.pointed, 'opening');
    const done = [];
    for (let i = 0; i < steps; i += 1) {
      const did = await act(page, rnd, walk);
      if (!did) continue;
      done.push(did);
      await agree(page, dir, walk.pointed, `${done.length} steps (${done.slice(-4).join(' → ')}) of seed ${seed}`);
    }
    assert.ok(done.length >= steps / 2, `the walk did too little: ${done.join(', ')}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the stale cases found by hand: a step after selecting You, a scenario change, Bing on another date', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'spillover-truth-'));
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&step=1`, {
    ready: (p) => graph(p).getByRole('button').first(),
  });
  // Step 1 asks to select You; then Next: the quiz reaches You, and every line says so.
  const you = graph(page).getByRole('button', { name: /^You: / });
  await you.focus();
  await page.keyboard.press('Enter');
  await storySteps(page).getByRole('button', { name: 'Next →' }).click();
  await agree(page, dir, 'You', 'Next after selecting You');
  const line = await page.locator('figcaption.node-summary').textContent();
  assert.match(line, /^You: 1 company/, 'the line under the graph follows the step');
  // Another scenario: no line about a You it does not have.
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('2');
  await agree(page, dir, null, 'switching to the partners story');
  assert.doesNotMatch(await page.locator('figcaption.node-summary').textContent(), /^You: /);
  // Bing pointed at, then the date moved: its line says the new date's reach.
  const bing = graph(page).getByRole('button', { name: /^Microsoft Bing: / });
  await bing.focus();
  await page.getByRole('button', { name: 'Next change ▶' }).click();
  await agree(page, dir, 'Microsoft Bing', 'a date move with Bing pointed at');
  await context.close();
});

test('the caption under the graph says the step shown, reached by Next or by Back', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'spillover-truth-'));
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&step=3`, {
    ready: (p) => graph(p).getByRole('button').first(),
  });
  const caption = page.locator('p.caption');
  const next = storySteps(page).getByRole('button', { name: 'Next →' });
  const back = storySteps(page).getByRole('button', { name: '← Back' });
  // Step 4, the what-if, from step 3 and from step 5: the same words, against the scenario as
  // it happened; step 5, the door closing, against the day before, not against the what-if.
  await next.click();
  await agree(page, dir, null, 'Next to step 4');
  const whatIf = await text(caption);
  assert.equal(whatIf, '2013-06-10, with the what-if: Personality quiz 4 → 1.');
  await next.click();
  await agree(page, dir, null, 'Next to step 5');
  assert.equal(await text(caption), '2015-04-30: closed for ordinary apps from this day. Personality quiz 4 → 1.');
  await back.click();
  await agree(page, dir, null, 'Back to step 4');
  assert.equal(await text(caption), whatIf);
  await context.close();
});

test('a sandbox edit counts at the date shown, and says so when the date moves', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'spillover-truth-'));
  const { page, context } = await open(env.browser, `${env.server.url}#sandbox`, {
    ready: (p) => p.getByRole('heading', { name: 'Build your own', level: 2 }),
  });
  await page.getByRole('button', { name: 'Start from one quiz and five friends' }).click();
  await agree(page, dir, null, 'the starter sandbox');
  // A date before the quiz: the next edit's count is of that date.
  await dateSlider(page).focus();
  await page.keyboard.press('Home');
  const field = form(page, 'Add a person').getByRole('textbox', { name: 'Name' });
  await field.fill('Zoe');
  await field.press('Enter');
  await forms(page).getByRole('status').filter({ hasText: /^Added Zoe\. / }).waitFor();
  await agree(page, dir, null, 'an edit before the quiz');
  await dateSlider(page).focus();
  await page.keyboard.press('End');
  await agree(page, dir, null, 'the date moved after the edit');
  const status = await text(forms(page).getByRole('status').getByRole('paragraph').first());
  assert.match(status, new RegExp(`^${literal('Added Zoe. ')}`));
  await context.close();
});

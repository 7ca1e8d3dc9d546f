// Work is never lost: two tabs on one sandbox keep both tabs' work and say so, a copy of the app
// that changed nothing writes nothing, one damaged sandbox hides none of the others, a store from
// a newer Spillover is only read, work is kept when the page closes, and version 1's store opens
// and moves to its new layout without loss.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { session, open, root, text, until, builtin } from './harness.js';

const env = session();
const friends = JSON.stringify(builtin('friends'));
const three = readFileSync(join(root, 'tests/core/fuzz/storage/three-sandboxes.json'), 'utf8');

// The sandbox's parts, as a reader finds them.
const heading = (page) => page.getByRole('heading', { name: 'Build your own', level: 2 });
const editor = (page) => page.getByRole('region', { name: 'Build your own' });
const picker = (page) => editor(page).getByRole('combobox', { name: 'Sandbox', exact: true });
const options = (page) => picker(page).getByRole('option').allTextContents();
const people = (page) => page.getByRole('region', { name: 'Add and remove' }).getByRole('list', { name: 'People', exact: true });
const names = (page) => people(page).getByRole('textbox').evaluateAll((fields) => fields.map((f) => f.value));
const notice = (page, words) => page.getByRole('alert').filter({ hasText: words });

/** Everything the app keeps in this browser, key by key. */
const kept = (page) => page.evaluate(() => Object.fromEntries(
  Object.keys(localStorage).filter((k) => k.startsWith('spillover.')).sort().map((k) => [k, localStorage.getItem(k)])));
const records = async (page) => Object.keys(await kept(page)).filter((k) => k.startsWith('spillover.sandbox.'));

/** The sandbox in a fresh browser context (its own storage); `init` runs before the app. */
const first = (init, { clock = false } = {}) =>
  open(env.browser, `${env.server.url}#sandbox`, { height: 1000, init, clock, ready: heading });

/** Another tab of the same browser context: it shares storage, and hears the others' changes. */
async function another(context, hash = '#sandbox', ready = heading) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.url}${hash}`);
  await ready(page).first().waitFor();
  return { page, errors };
}

/** How many people the sandbox holds, as the heading of its (paged) list says. */
const peopleCount = async (page) => Number((await peopleHeading(page).textContent()).match(/\((\d[\d,]*)\)/)[1].replace(/,/g, ''));
const peopleHeading = (page) => page.getByRole('region', { name: 'Add and remove' }).getByRole('heading', { name: /^People \(/ });

async function addPerson(page, name) {
  const before = await peopleCount(page);
  const field = page.getByRole('form', { name: 'Add a person' }).getByRole('textbox', { name: 'Name' });
  await field.fill(name);
  await field.press('Enter');
  await page.getByRole('region', { name: 'Add and remove' }).getByRole('heading', { name: `People (${before + 1})` }).waitFor();
}

/** What a page does when it is hidden or closed: it keeps its work now, not after a delay. */
const hide = (page) => page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

/** Counts the page's writes to storage, from before the app starts. */
const countWrites = () => {
  window.__writes = [];
  for (const name of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[name];
    Storage.prototype[name] = function (...args) {
      if (this === window.localStorage) window.__writes.push(`${name} ${args[0] ?? ''}`);
      return original.apply(this, args);
    };
  }
};

/** Runs `seed` (a function of one argument) on storage once per browser context, before the app. */
const seeded = (seed, arg) => `if (!sessionStorage.getItem('seeded')) {
  (${seed})(${JSON.stringify(arg)}); sessionStorage.setItem('seeded', '1'); }`;

test('two tabs editing one sandbox in turn keep both people, and each says the other changed it', async () => {
  const { page: a, context, errors } = await first();
  await until(async () => JSON.stringify(await kept(a)).includes('Sandbox 1'), { message: 'the first sandbox is kept' });
  const { page: b, errors: bErrors } = await another(context);
  assert.deepEqual(await options(b), ['Sandbox 1']);
  await addPerson(a, 'Ana');
  await until(async () => (await names(b)).includes('Ana'), { message: 'the second tab takes in Ana' });
  const told = notice(b, 'Another tab changed "Sandbox 1": this tab now shows its latest version.');
  await told.waitFor();
  await addPerson(b, 'Ben');
  await until(async () => (await names(a)).join() === 'Ana,Ben', { message: 'the first tab takes in Ben' });
  await notice(a, 'Another tab changed "Sandbox 1"').waitFor();
  await told.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await told.count(), 0);
  // A third tab, opened afterwards, finds both.
  const { page: c } = await another(context);
  assert.deepEqual(await names(c), ['Ana', 'Ben']);
  assert.deepEqual([...errors, ...bErrors], []);
  await context.close();
});

test('two tabs changing one sandbox at the same time keep both versions', async () => {
  // The page's clock stands still, so nothing is written until a page is hidden.
  const { page: a, context } = await first(undefined, { clock: true });
  // Hidden once its first sandbox is made, the first tab keeps it, for the second to open.
  await until(async () => { await hide(a); return (await records(a)).length === 1; }, { message: 'the first sandbox is kept' });
  const { page: b } = await another(context);
  assert.deepEqual(await options(b), ['Sandbox 1']);
  await addPerson(a, 'Ana');
  await addPerson(b, 'Ben');
  await hide(a);
  const both = notice(b, 'Another tab changed "Sandbox 1" while you were changing it here. Both are kept');
  await both.waitFor();
  assert.match(await text(both), /yours is "Sandbox 1 \(this tab's copy\)"/);
  assert.deepEqual(await options(b), ['Sandbox 1', "Sandbox 1 (this tab's copy)"]);
  assert.deepEqual(await names(b), ['Ben'], 'this tab goes on with its own version');
  await picker(b).selectOption({ label: 'Sandbox 1' });
  assert.deepEqual(await names(b), ['Ana']);
  // The first tab hears of the copy, and storage holds both.
  await until(async () => (await options(a)).length === 2, { message: 'the first tab lists the copy' });
  const { page: c } = await another(context);
  assert.deepEqual(await options(c), ['Sandbox 1', "Sandbox 1 (this tab's copy)"]);
  await context.close();
});

test('a copy of the app that changed nothing writes nothing: another tab, the embed preview', async () => {
  // The clock is run on past the save's delay, rather than waited out.
  const { page: a, context } = await first(countWrites, { clock: true });
  await addPerson(a, 'Ana');
  await a.clock.runFor(1000);
  assert.match(JSON.stringify(await kept(a)), /Ana/);
  const { page: b } = await another(context);
  assert.deepEqual(await names(b), ['Ana']);
  await a.getByRole('button', { name: 'Embed', exact: true }).click();
  const preview = a.getByRole('dialog', { name: 'Embed this view in a page' })
    .getByTitle('Preview of the embedded view').contentFrame();
  await preview.getByRole('group', { name: /^Network of / }).waitFor();
  const frame = a.frames().find((f) => f !== a.mainFrame());
  await a.clock.runFor(1000);
  for (const target of [b, frame]) {
    await target.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    assert.deepEqual(await target.evaluate(() => window.__writes), [], 'no write');
  }
  await context.close();
});

test('one damaged sandbox hides none of the others, and is kept to download until forgotten', async () => {
  // Version 1's envelope, whose first sandbox ("Lesson 0") no longer holds a valid scenario.
  const damaged = three.replace('"between"', '"betwen"');
  const { page, context, errors } = await first(seeded((t) => localStorage.setItem('spillover.sandboxes', t), damaged));
  assert.deepEqual(await options(page), ['Lesson 1', 'Lesson 2']);
  const alert = notice(page, 'One of your saved sandboxes could not be read: sandbox "Lesson 0" does not hold a valid scenario');
  await alert.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the saved data' }).click()]);
  const copy = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(copy.name, 'Lesson 0');
  assert.deepEqual(copy, JSON.parse(damaged).sandboxes[0], 'the damaged sandbox as it was kept');
  // A change moves the store to its new layout: the damaged sandbox is kept under its own key.
  await addPerson(page, 'Ana');
  await hide(page);
  const store = await kept(page);
  assert.equal(store['spillover.sandboxes'], undefined);
  assert.deepEqual(JSON.parse(store['spillover.sandbox.s1']), copy);
  await page.reload();
  await heading(page).waitFor();
  assert.deepEqual(await options(page), ['Lesson 1', 'Lesson 2']);
  // A record cut short is damaged too; the others still open.
  await page.evaluate(() => localStorage.setItem('spillover.sandbox.s3', localStorage.getItem('spillover.sandbox.s3').slice(0, 50)));
  await page.reload();
  await heading(page).waitFor();
  assert.deepEqual(await options(page), ['Lesson 1']);
  const cut = notice(page, 'One of your saved sandboxes could not be read: the saved sandbox is not valid JSON');
  await cut.getByRole('button', { name: 'Forget it' }).click();
  assert.equal((await kept(page))['spillover.sandbox.s3'], undefined);
  assert.ok((await kept(page))['spillover.sandbox.s1'], 'the other damaged one is still kept');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a store written by a newer Spillover opens read-only and is never written over', async () => {
  const record = JSON.stringify({
    format: 'spillover-sandbox', version: 2, key: 'f1', name: 'From the future', revision: 4, writer: 'new',
    scenario: JSON.parse(friends),
  });
  const index = JSON.stringify({ format: 'spillover-sandboxes', version: 3, current: 'f1', sandboxes: ['f1', 'f2'], folders: [] });
  const future = { 'spillover.index': index, 'spillover.sandbox.f1': record, 'spillover.sandbox.f2': '{"format": "spillover-sandbox", "version": 3}' };
  const { page, context, errors } = await first(seeded((s) => {
    for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
  }, future), { clock: true });
  const alert = notice(page, 'Your sandboxes were saved by a newer version of Spillover (storage version 3');
  await alert.waitFor();
  assert.match(await text(alert), /They open here read-only: nothing you change is kept in this browser/);
  assert.equal(await alert.getByRole('button', { name: /forget|afresh/i }).count(), 0, 'no way to delete it');
  assert.deepEqual(await options(page), ['From the future'], 'what can be read is shown');
  await addPerson(page, 'Ana');
  await page.clock.runFor(1000);
  await hide(page);
  assert.deepEqual(await kept(page), future, 'nothing written');
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the saved data' }).click()]);
  assert.deepEqual(JSON.parse(await readFile(await download.path(), 'utf8')).keys, future);
  assert.deepEqual(errors, []);
  await context.close();
});

test('work is kept when the page is hidden or closed, not only a moment after an edit', async () => {
  // The clock stands still: the delayed save never comes.
  const { page, context, errors } = await first(undefined, { clock: true });
  await addPerson(page, 'Ana');
  assert.equal(await records(page).then((r) => r.length), 0, 'not yet kept');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  assert.match(JSON.stringify(await kept(page)), /Ana/);
  await addPerson(page, 'Ben');
  await page.close({ runBeforeUnload: true });
  const { page: again } = await another(context);
  assert.deepEqual(await names(again), ['Ana', 'Ben']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a version 1 store opens as it was, and moves to its own keys at the first change without loss', async () => {
  const { page, context, errors } = await first(seeded((t) => localStorage.setItem('spillover.sandboxes', t), three), { clock: true });
  assert.deepEqual(await options(page), ['Lesson 0', 'Lesson 1', 'Lesson 2']);
  assert.equal(await picker(page).inputValue(), 's2', 'the sandbox open before is open again');
  assert.equal(await peopleCount(page), 32);
  await hide(page);
  assert.deepEqual(Object.keys(await kept(page)), ['spillover.sandboxes'], 'opening it wrote nothing');
  await editor(page).getByRole('textbox', { name: 'Name', exact: true }).fill('Lesson 1, kept');
  await editor(page).getByRole('textbox', { name: 'Name', exact: true }).press('Tab');
  await hide(page);
  const store = await kept(page);
  assert.deepEqual(Object.keys(store), ['spillover.index', 'spillover.sandbox.s1', 'spillover.sandbox.s2', 'spillover.sandbox.s3']);
  const before = JSON.parse(three);
  for (const [i, s] of before.sandboxes.entries()) {
    const record = JSON.parse(store[`spillover.sandbox.${s.key}`]);
    assert.equal(record.name, i === 1 ? 'Lesson 1, kept' : s.name);
    assert.deepEqual(record.scenario, s.scenario, `${s.name} moved without loss`);
  }
  assert.deepEqual(JSON.parse(store['spillover.index']).sandboxes, ['s1', 's2', 's3']);
  await page.reload();
  await heading(page).waitFor();
  assert.deepEqual(await options(page), ['Lesson 0', 'Lesson 1, kept', 'Lesson 2']);
  assert.deepEqual(errors, []);
  await context.close();
});

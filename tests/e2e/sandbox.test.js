// The sandbox as an educator uses it: build a network by keyboard and by mouse, undo and redo,
// keep several sandboxes across reloads, save a file and load it back, and meet every way that
// files and storage can fail without losing anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, truncate, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { session, open, screenshot, text, until, graph, node, figures, cell, scenarioTitle } from './harness.js';

// One static server and one browser for the whole file.
const env = session();

// The sandbox's parts, as a reader finds them.
const editor = (page) => page.getByRole('region', { name: 'Build your own' });
const forms = (page) => page.getByRole('region', { name: 'Add and remove' });
const form = (page, name) => forms(page).getByRole('form', { name });
const list = (page, name) => forms(page).getByRole('list', { name, exact: true });
const count = (page, name) => list(page, name).getByRole('listitem').count();
const picker = (page) => editor(page).getByRole('combobox', { name: 'Sandbox', exact: true });
const reached = async (page, company) => text(await cell(figures(page), company, 'Reached'));
const alert = (page) => page.getByRole('alert');
const loadProblems = (page) => alert(page).filter({ hasText: 'That file was not loaded' });
const linkNotes = (page) => page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
// Everything the app keeps, key by key in order (the version 1 envelope, `spillover.sandboxes`, last).
const stored = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spillover.')).sort()
  .map((k) => localStorage.getItem(k)).join('\n'));

/** The sandbox in a fresh browser; `init` runs before the app, `clock` makes its timers runnable. */
async function sandboxPage(init, { clock = false, url = `${env.server.url}#sandbox`, context } = {}) {
  return open(env.browser, url, {
    height: 1000, init, clock, context,
    ready: (page) => page.getByRole('heading', { name: 'Build your own', level: 2 }),
  });
}

async function addPerson(page, name) {
  const field = form(page, 'Add a person').getByRole('textbox', { name: 'Name' });
  await field.fill(name);
  await field.press('Enter');
  await list(page, 'People').getByRole('textbox', { name: `Name of ${name}`, exact: true }).waitFor();
}

/** Submits a form from its "until" date field, by keyboard. */
async function submitFrom(f) {
  await f.getByRole('textbox', { name: 'until', exact: true }).focus();
  await f.page().keyboard.press('Enter');
}

/** Five people, a quiz and a partner deal, with forms and the keyboard only. */
async function buildLesson(page) {
  for (const n of ['Ana', 'Ben', 'Cat', 'Dev', 'Eli']) await addPerson(page, n);
  const company = form(page, 'Add a company');
  const companyName = company.getByRole('textbox', { name: 'Name' });
  await companyName.fill('Quiz');
  await companyName.press('Enter');
  await companyName.fill('Partner');
  await company.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'a partner' });
  await companyName.press('Enter');
  await list(page, 'Companies').getByRole('textbox', { name: 'Name of Partner', exact: true }).waitFor();
  await editor(page).getByRole('checkbox', { name: 'Apps may ask for friends\' data' }).check();
  const friends = form(page, 'Make two people friends');
  for (const [a, b] of [['Ana', 'Ben'], ['Ana', 'Cat'], ['Ben', 'Dev']]) {
    await friends.getByRole('combobox', { name: 'First friend' }).selectOption({ label: a });
    await friends.getByRole('combobox', { name: 'and', exact: true }).selectOption({ label: b });
    await submitFrom(friends);
  }
  assert.equal(await count(page, 'Friendships'), 3);
  const grant = form(page, 'A person signs in to a company');
  await grant.getByRole('combobox', { name: 'Person who signs in' }).selectOption({ label: 'Ana' });
  await grant.getByRole('combobox', { name: 'signs in to' }).selectOption({ label: 'Quiz' });
  await grant.getByRole('group', { name: 'and their friends\'' }).getByRole('checkbox', { name: 'likes', exact: true }).check();
  await submitFrom(grant);
  assert.equal(await count(page, 'Grants'), 1);
  const change = forms(page).getByRole('status');
  assert.equal(await text(change), 'Ana signs in to Quiz. +2 people exposed without consent (now 2).');
  const deal = form(page, 'A deal with the platform');
  await deal.getByRole('combobox', { name: 'for', exact: true }).selectOption({ label: 'Partner' });
  await deal.getByRole('group', { name: 'data of every user, without asking' }).getByRole('checkbox', { name: 'name', exact: true }).check();
  await submitFrom(deal);
  assert.equal(await text(change), 'Added a deal for Partner. +3 people exposed without consent (now 5).');
}

test('an educator builds a five-person lesson by keyboard, and it survives a reload', async () => {
  const { page, context, errors } = await sandboxPage();
  await buildLesson(page);
  assert.equal(await reached(page, 'Quiz'), '3');
  assert.equal(await reached(page, 'Partner'), '5');
  const name = editor(page).getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('Quiz lesson');
  await name.press('Tab');
  await screenshot(page, 'sandbox-lesson');
  // Every control of the sandbox has a name, as a screen reader meets it.
  const heard = (await page.locator('body').ariaSnapshot()).split('\n');
  assert.ok(heard.filter((l) => /^\s*- button\b/.test(l)).length >= 10, 'a screen reader meets the sandbox\'s buttons');
  const nameless = heard.filter((l) => /^\s*- (button|combobox|checkbox|radio|slider|textbox|spinbutton|link)\s*(:|$)/.test(l));
  assert.deepEqual(nameless, []);
  // The save is debounced: wait until it is kept.
  await until(async () => (await stored(page))?.includes('"Quiz lesson"'), { message: 'the sandbox is kept' });
  await page.reload();
  await list(page, 'People').getByRole('listitem').first().waitFor();
  assert.equal(await count(page, 'People'), 5);
  assert.equal(await name.inputValue(), 'Quiz lesson');
  assert.equal(await reached(page, 'Partner'), '5');
  // Exports are named after the sandbox, not after a built-in scenario.
  const [picture] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Picture (SVG)' }).click()]);
  assert.equal(picture.suggestedFilename(), 'spillover-quiz-lesson-2014-01-01.svg');
  assert.deepEqual(errors, []);
  await context.close();
});

test('refused edits say what and where, and change nothing', async () => {
  const { page, context } = await sandboxPage();
  await addPerson(page, 'Ana');
  await addPerson(page, 'Ben');
  const friends = form(page, 'Make two people friends');
  const first = friends.getByRole('combobox', { name: 'First friend' });
  await first.selectOption({ label: 'Ana' });
  await friends.getByRole('combobox', { name: 'and', exact: true }).selectOption({ label: 'Ana' });
  await friends.getByRole('button', { name: 'Add friendship' }).click();
  assert.equal(await text(friends.getByRole('alert')), 'Ana cannot be friends with themselves.');
  assert.equal(await first.getAttribute('aria-invalid'), 'true');
  await friends.getByRole('combobox', { name: 'and', exact: true }).selectOption({ label: 'Ben' });
  await friends.getByRole('textbox', { name: 'from', exact: true }).fill('2014-01-01');
  await friends.getByRole('textbox', { name: 'until', exact: true }).fill('2013-01-01');
  await friends.getByRole('button', { name: 'Add friendship' }).click();
  assert.match(await text(friends.getByRole('alert')), /ends \(2013-01-01\) before it starts \(2014-01-01\)/);
  assert.equal(await friends.getByRole('textbox', { name: 'until', exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await count(page, 'Friendships'), 0);
  const person = form(page, 'Add a person');
  await person.getByRole('textbox', { name: 'Name' }).fill('Ana');
  await person.getByRole('button', { name: 'Add person' }).click();
  // A second Ana is asked about first, then added with an id of her own.
  assert.match(await text(person.getByRole('alert')), /^There is already a person called Ana\./);
  assert.equal(await count(page, 'People'), 2);
  await person.getByRole('button', { name: 'Add person' }).click();
  await until(async () => (await count(page, 'People')) === 3, { message: 'a second Ana gets an id of her own' });
  await context.close();
});

test('by mouse: drag to befriend and to grant; undo and redo by button and keys', async () => {
  const { page, context } = await sandboxPage();
  for (const n of ['Ana', 'Ben']) await addPerson(page, n);
  const company = form(page, 'Add a company');
  await company.getByRole('textbox', { name: 'Name' }).fill('Quiz');
  await company.getByRole('button', { name: 'Add company' }).click();
  await page.getByRole('radio', { name: /^connects them/ }).check();
  // Grabs a node by its shape (the top of what is drawn for it, above its name) and drops it on another.
  const drag = async (from, to) => {
    // Both ends in view: the drawing centred in the window.
    await graph(page).evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
    const a = await node(page, from).boundingBox();
    const b = await node(page, to).boundingBox();
    await page.mouse.move(a.x + a.width / 2, a.y + 12);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + 12, { steps: 8 });
    await page.mouse.up();
  };
  const friendships = list(page, 'Friendships');
  const from = friendships.getByRole('textbox', { name: 'From: Ana and Ben' });
  const untilDate = friendships.getByRole('textbox', { name: 'Until: Ana and Ben' });
  await drag('Ana', 'Ben');
  await friendships.getByRole('listitem').first().waitFor();
  assert.equal(await friendships.getByRole('listitem').count(), 1);
  await friendships.getByRole('listitem').getByText('Ana and Ben', { exact: true }).waitFor();
  // Dates of an entry can be changed in place, and are checked like everything else.
  await from.fill('2012-05-01');
  await from.press('Tab');
  await until(async () => (await from.inputValue()) === '2012-05-01', { message: 'the date is kept' });
  await untilDate.fill('2011-01-01');
  await untilDate.press('Tab');
  const refusal = forms(page).getByRole('alert');
  await refusal.waitFor();
  assert.match(await text(refusal), /ends \(2011-01-01\) before it starts \(2012-05-01\)/);
  await untilDate.fill('');
  await untilDate.press('Tab');
  await drag('Ben', 'Quiz');
  const grant = form(page, 'A person signs in to a company');
  await until(async () => (await grant.getByRole('combobox', { name: 'Person who signs in' }).inputValue()) === 'ben',
    { message: 'the grant form is filled' });
  assert.equal(await grant.getByRole('combobox', { name: 'signs in to' }).inputValue(), 'quiz');
  await grant.getByRole('button', { name: 'Add grant' }).click();
  assert.equal(await count(page, 'Grants'), 1);
  // Undo by button, by Ctrl+Z; redo by Ctrl+Shift+Z and Ctrl+Y.
  await editor(page).getByRole('button', { name: '↶ Undo' }).click();
  assert.equal(await count(page, 'Grants'), 0);
  await graph(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  assert.equal(await from.inputValue(), '', 'the date change is undone');
  await page.keyboard.press('Control+z');
  assert.equal(await count(page, 'Friendships'), 0);
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await count(page, 'Friendships'), 1);
  await page.keyboard.press('Control+y');
  assert.equal(await from.inputValue(), '2012-05-01');
  await page.keyboard.press('Control+y');
  assert.equal(await count(page, 'Grants'), 1);
  assert.equal(await editor(page).getByRole('button', { name: '↷ Redo' }).isDisabled(), true);
  await context.close();
});

test('several sandboxes: make one from a story, rename, switch and delete', async () => {
  const { page, context } = await sandboxPage();
  await addPerson(page, 'Ana');
  await editor(page).getByRole('combobox', { name: 'New from' }).selectOption({ label: 'Partners behind the wall' });
  await editor(page).getByRole('button', { name: 'New sandbox' }).click();
  await until(async () => (await picker(page).getByRole('option').count()) === 2, { message: 'a second sandbox' });
  assert.equal(await editor(page).getByRole('textbox', { name: 'Name', exact: true }).inputValue(), 'My copy of Partners behind the wall');
  assert.equal(await count(page, 'People'), 8);
  await picker(page).selectOption({ label: 'Sandbox 1' });
  assert.equal(await count(page, 'People'), 1);
  await editor(page).getByRole('button', { name: 'Delete…' }).click();
  await editor(page).getByRole('button', { name: 'Yes, delete' }).click();
  assert.equal(await picker(page).getByRole('option').count(), 1);
  assert.equal(await count(page, 'People'), 8);
  await context.close();
});

test('save as a file and load it back, by picker and by drop; broken and huge files are refused', async () => {
  const { page, context, errors } = await sandboxPage();
  await buildLesson(page);
  const save = editor(page).getByRole('button', { name: 'Save as file' });
  const load = editor(page).getByLabel('Load a file');
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  assert.equal(download.suggestedFilename(), 'my-scenario.json');
  const saved = await readFile(await download.path(), 'utf8');
  assert.match(saved, /^\{\n  "format": "spillover-scenario",\n  "version": 1,/);
  const sandboxes = (n) => until(async () => (await picker(page).getByRole('option').count()) === n, { message: `${n} sandboxes` });
  await load.setInputFiles({ name: 'lesson.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await sandboxes(2);
  assert.equal(await count(page, 'People'), 5);
  assert.equal(await reached(page, 'Partner'), '5');
  const [again] = await Promise.all([page.waitForEvent('download'), save.click()]);
  assert.equal(await readFile(await again.path(), 'utf8'), saved, 'save, load and save give the same bytes');
  // Drop a file onto the page.
  await page.getByRole('main').evaluate((main, content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    main.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, saved);
  await sandboxes(3);
  // A broken file: every problem listed, the work untouched.
  const broken = saved.replace('"between"', '"betwen"').replace('"likes"', '"likse"').replace('"2015-04-30"', '"2015-02-30"');
  await load.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await loadProblems(page).waitFor();
  const problems = await loadProblems(page).getByRole('listitem').allTextContents();
  assert.ok(problems.some((p) => p.startsWith('broken.json: friendships[0].betwen: unknown field')), problems.join('\n'));
  assert.equal(await picker(page).getByRole('option').count(), 3);
  assert.equal(await count(page, 'People'), 5);
  await loadProblems(page).getByRole('button', { name: 'Dismiss' }).click();
  const wrong = saved.replace('"friends.likes"', '"friends.likse"').replace('"date": "2014-01-01"', '"date": "2014-02-30"');
  await load.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
  await loadProblems(page).waitFor();
  const two = await loadProblems(page).getByRole('listitem').allTextContents();
  assert.deepEqual(two.map((p) => p.split(':').slice(0, 2).join(':')), ['wrong.json: date', 'wrong.json: grants[0].scopes[1]']);
  await loadProblems(page).getByRole('button', { name: 'Dismiss' }).click();
  // A file over the limit is refused before it is read.
  const huge = join(await mkdtemp(join(tmpdir(), 'spillover-')), 'huge.json');
  await writeFile(huge, '');
  await truncate(huge, 65 * 1024 * 1024);
  await load.setInputFiles(huge);
  assert.match(await text(loadProblems(page).getByRole('listitem')), /huge\.json is 65\.0 MB; Spillover reads files up to 64 MB\. Nothing was read\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('full storage, disabled storage and damaged stored data are reported, never lost', async () => {
  // Full: every write fails as a full quota does.
  let { page, context, errors } = await sandboxPage(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await addPerson(page, 'Ana');
  await alert(page).waitFor();
  assert.match(await text(alert(page)), /storage for this site is full/);
  assert.equal(await count(page, 'People'), 1, 'the work is still there');
  assert.deepEqual(errors, []);
  await context.close();

  // Disabled, as in a sandboxed frame.
  ({ page, context, errors } = await sandboxPage(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  }));
  assert.match(await text(alert(page)), /does not let Spillover keep your sandbox/);
  await addPerson(page, 'Ana');
  assert.deepEqual(errors, []);
  await context.close();

  // Damaged: offered for download, and not overwritten until the reader says so. The page's
  // clock is run on past the save's delay, rather than waited out.
  ({ page, context, errors } = await sandboxPage(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('spillover.sandboxes', '{"format": "spillover-sandboxes", "version": 1, "sandboxes": [{"key": "s1"');
      sessionStorage.setItem('seeded', '1');
    }
  }, { clock: true }));
  assert.match(await text(alert(page)), /could not be read: the saved sandboxes are not valid JSON/);
  await addPerson(page, 'Ana');
  await page.clock.runFor(600);
  assert.equal(await stored(page).then((t) => t.endsWith('"s1"')), true, 'not overwritten');
  const [download] = await Promise.all([page.waitForEvent('download'), alert(page).getByRole('button', { name: 'Download the saved data' }).click()]);
  assert.equal(await readFile(await download.path(), 'utf8'), '{"format": "spillover-sandboxes", "version": 1, "sandboxes": [{"key": "s1"');
  await alert(page).getByRole('button', { name: 'Start afresh (forget it)' }).click();
  await addPerson(page, 'Ben');
  await page.clock.runFor(600);
  assert.match(await stored(page), /"Ben"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sandbox travels inside its link, and can be kept by whoever opens it', async () => {
  const { page, context } = await sandboxPage(undefined, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await buildLesson(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: /^Link copied/ }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#data=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 2000, `the link is ${link.length} characters`);

  // Someone else, with an empty browser, opens it.
  const other = await open(env.browser, link, {
    height: 1000, ready: (p) => p.getByText(/^This scenario came inside the link you opened/),
  });
  const reader = other.page;
  assert.equal(await text(scenarioTitle(reader)), 'My scenario');
  const people = graph(reader).getByRole('button', { name: /^[^:]+: (no company can see|\d+ (company can see|companies can see)) their data/ });
  assert.equal(await people.count(), 5);
  assert.equal(await reached(reader, 'Partner'), '5');
  await reader.getByRole('button', { name: 'Keep a copy in my sandboxes' }).click();
  await list(reader, 'People').getByRole('listitem').first().waitFor();
  assert.equal(await count(reader, 'People'), 5);
  // A link whose data was cut short opens the app with a note.
  await reader.goto(link.slice(0, -40));
  await linkNotes(reader).waitFor();
  assert.match(await text(linkNotes(reader)), /The scenario in this link could not be read/);
  await other.context.close();
  await context.close();
});

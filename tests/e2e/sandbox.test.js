// The sandbox as an educator uses it: build a network by keyboard and by mouse, undo and redo,
// keep several sandboxes across reloads, save a file and load it back, and meet every way that
// files and storage can fail without losing anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { session, screenshot } from './harness.js';

// One static server and one browser for the whole file.
const env = session();

const text = (page, sel) => page.textContent(sel).then((t) => t.trim());
const count = (page, list) => page.locator(`#${list} > li`).count();

async function sandboxPage(init) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.url}#sandbox`);
  await page.waitForSelector('#editor-title');
  return { context, page, errors };
}

async function addPerson(page, name) {
  await page.fill('#person-name', name);
  await page.press('#person-name', 'Enter');
  await page.waitForSelector(`#people-list li[data-person="${name.toLowerCase()}"]`);
}

/** Five people, a quiz and a partner deal, with forms and the keyboard only. */
async function buildLesson(page) {
  for (const n of ['Ana', 'Ben', 'Cat', 'Dev', 'Eli']) await addPerson(page, n);
  await page.fill('#company-name', 'Quiz');
  await page.press('#company-name', 'Enter');
  await page.fill('#company-name', 'Partner');
  await page.selectOption('#company-kind', 'partner');
  await page.press('#company-name', 'Enter');
  await page.waitForSelector('#company-list li[data-company="partner"]');
  await page.check('#policy-on');
  for (const [a, b] of [['ana', 'ben'], ['ana', 'cat'], ['ben', 'dev']]) {
    await page.selectOption('#friend-a', a);
    await page.selectOption('#friend-b', b);
    await page.focus('#friend-until');
    await page.keyboard.press('Enter');
  }
  assert.equal(await count(page, 'friendship-list'), 3);
  await page.selectOption('#grant-person', 'ana');
  await page.selectOption('#grant-company', 'quiz');
  await page.check('#grant-friends-likes');
  await page.focus('#grant-until');
  await page.keyboard.press('Enter');
  assert.equal(await count(page, 'grant-list'), 1);
  assert.equal(await text(page, '.change'), '+2 people exposed without consent (now 2).');
  await page.selectOption('#deal-company', 'partner');
  await page.check('#deal-all-name');
  await page.focus('#deal-until');
  await page.keyboard.press('Enter');
  assert.equal(await text(page, '.change'), '+3 people exposed without consent (now 5).');
}

test('an educator builds a five-person lesson by keyboard, and it survives a reload', async () => {
  const { page, context, errors } = await sandboxPage();
  await buildLesson(page);
  assert.equal(await text(page, '.figures tr[data-company="quiz"] .reached'), '3');
  assert.equal(await text(page, '.figures tr[data-company="partner"] .reached'), '5');
  await page.fill('#sandbox-name', 'Quiz lesson');
  await page.press('#sandbox-name', 'Tab');
  await screenshot(page, 'sandbox-lesson');
  await page.waitForTimeout(700); // the save is debounced
  await page.reload();
  await page.waitForSelector('#people-list li');
  assert.equal(await count(page, 'people-list'), 5);
  assert.equal(await page.inputValue('#sandbox-name'), 'Quiz lesson');
  assert.equal(await text(page, '.figures tr[data-company="partner"] .reached'), '5');
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
  await page.selectOption('#friend-a', 'ana');
  await page.selectOption('#friend-b', 'ana');
  await page.click('text=Add friendship');
  assert.equal(await text(page, 'form[aria-label="Make two people friends"] .refusal'), 'ANA cannot be friends with themselves.'.replace('ANA', 'Ana'));
  assert.equal(await page.getAttribute('#friend-a', 'aria-invalid'), 'true');
  await page.selectOption('#friend-b', 'ben');
  await page.fill('#friend-from', '2014-01-01');
  await page.fill('#friend-until', '2013-01-01');
  await page.click('text=Add friendship');
  assert.match(await text(page, 'form[aria-label="Make two people friends"] .refusal'), /ends \(2013-01-01\) before it starts \(2014-01-01\)/);
  assert.equal(await page.getAttribute('#friend-until', 'aria-invalid'), 'true');
  assert.equal(await count(page, 'friendship-list'), 0);
  await page.fill('#person-name', 'Ana');
  await page.click('text=Add person');
  assert.equal(await count(page, 'people-list'), 3, 'a second Ana gets an id of her own');
  await context.close();
});

test('by mouse: drag to befriend and to grant; undo and redo by button and keys', async () => {
  const { page, context } = await sandboxPage();
  for (const n of ['Ana', 'Ben']) await addPerson(page, n);
  await page.fill('#company-name', 'Quiz');
  await page.click('text=Add company');
  await page.check('#drag-connects');
  const drag = async (from, to) => {
    await page.locator(`.graph [data-id="${from}"]`).scrollIntoViewIfNeeded();
    const a = await page.locator(`.graph [data-id="${from}"] circle.person, .graph [data-id="${from}"] rect`).first().boundingBox();
    const b = await page.locator(`.graph [data-id="${to}"] circle.person, .graph [data-id="${to}"] rect`).first().boundingBox();
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
  };
  await drag('ana', 'ben');
  await page.waitForSelector('#friendship-list li');
  assert.equal(await text(page, '#friendship-list li .entry'), 'Ana and Ben');
  // Dates of an entry can be changed in place, and are checked like everything else.
  await page.fill('#friendship-list li input[aria-label="From: Ana and Ben"]', '2012-05-01');
  await page.press('#friendship-list li input[aria-label="From: Ana and Ben"]', 'Tab');
  await page.waitForFunction(() => document.querySelector('#friendship-list li input').value === '2012-05-01');
  await page.fill('#friendship-list li input[aria-label="Until: Ana and Ben"]', '2011-01-01');
  await page.press('#friendship-list li input[aria-label="Until: Ana and Ben"]', 'Tab');
  assert.match(await text(page, '.lists .refusal'), /ends \(2011-01-01\) before it starts \(2012-05-01\)/);
  await page.fill('#friendship-list li input[aria-label="Until: Ana and Ben"]', '');
  await page.press('#friendship-list li input[aria-label="Until: Ana and Ben"]', 'Tab');
  await drag('ben', 'quiz');
  await page.waitForFunction(() => document.querySelector('#grant-person').value === 'ben');
  assert.equal(await page.inputValue('#grant-company'), 'quiz');
  await page.click('text=Add grant');
  assert.equal(await count(page, 'grant-list'), 1);
  // Undo by button, by Ctrl+Z; redo by Ctrl+Shift+Z and Ctrl+Y.
  await page.click('text=↶ Undo');
  assert.equal(await count(page, 'grant-list'), 0);
  await page.locator('.graph svg').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  assert.equal(await page.inputValue('#friendship-list li input[aria-label="From: Ana and Ben"]'), '', 'the date change is undone');
  await page.keyboard.press('Control+z');
  assert.equal(await count(page, 'friendship-list'), 0);
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await count(page, 'friendship-list'), 1);
  await page.keyboard.press('Control+y');
  assert.equal(await page.inputValue('#friendship-list li input[aria-label="From: Ana and Ben"]'), '2012-05-01');
  await page.keyboard.press('Control+y');
  assert.equal(await count(page, 'grant-list'), 1);
  assert.equal(await page.isDisabled('text=↷ Redo'), true);
  await context.close();
});

test('several sandboxes: make one from a story, rename, switch and delete', async () => {
  const { page, context } = await sandboxPage();
  await addPerson(page, 'Ana');
  await page.selectOption('#sandbox-from', 'partners');
  await page.click('text=New sandbox');
  await page.waitForFunction(() => document.querySelectorAll('#sandbox-picker option').length === 2);
  assert.equal(await page.inputValue('#sandbox-name'), 'My copy of Partners behind the wall');
  assert.equal(await count(page, 'people-list'), 8);
  await page.selectOption('#sandbox-picker', 's1');
  assert.equal(await count(page, 'people-list'), 1);
  await page.click('text=Delete…');
  await page.click('text=Yes, delete');
  assert.equal(await page.locator('#sandbox-picker option').count(), 1);
  assert.equal(await count(page, 'people-list'), 8);
  await context.close();
});

test('save as a file and load it back, by picker and by drop; broken and huge files are refused', async () => {
  const { page, context, errors } = await sandboxPage();
  await buildLesson(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Save as file')]);
  assert.equal(download.suggestedFilename(), 'my-scenario.json');
  const saved = await readFile(await download.path(), 'utf8');
  assert.match(saved, /^\{\n  "format": "spillover-scenario",\n  "version": 1,/);
  await page.setInputFiles('#load-file', { name: 'lesson.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await page.waitForFunction(() => document.querySelectorAll('#sandbox-picker option').length === 2);
  assert.equal(await count(page, 'people-list'), 5);
  assert.equal(await text(page, '.figures tr[data-company="partner"] .reached'), '5');
  const [again] = await Promise.all([page.waitForEvent('download'), page.click('text=Save as file')]);
  assert.equal(await readFile(await again.path(), 'utf8'), saved, 'save, load and save give the same bytes');
  // Drop a file onto the page.
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, saved);
  await page.waitForFunction(() => document.querySelectorAll('#sandbox-picker option').length === 3);
  // A broken file: every problem listed, the work untouched.
  const broken = saved.replace('"between"', '"betwen"').replace('"likes"', '"likse"').replace('"2015-04-30"', '"2015-02-30"');
  await page.setInputFiles('#load-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await page.waitForSelector('.load-problems');
  const problems = await page.$$eval('.load-problems li', (li) => li.map((l) => l.textContent));
  assert.ok(problems.some((p) => p.startsWith('broken.json: friendships[0].betwen: unknown field')), problems.join('\n'));
  assert.equal(await page.locator('#sandbox-picker option').count(), 3);
  assert.equal(await count(page, 'people-list'), 5);
  await page.click('.load-problems >> text=Dismiss');
  const wrong = saved.replace('"friends.likes"', '"friends.likse"').replace('"date": "2014-01-01"', '"date": "2014-02-30"');
  await page.setInputFiles('#load-file', { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
  await page.waitForSelector('.load-problems');
  const two = await page.$$eval('.load-problems li', (li) => li.map((l) => l.textContent));
  assert.deepEqual(two.map((p) => p.split(':').slice(0, 2).join(':')), ['wrong.json: date', 'wrong.json: grants[0].scopes[1]']);
  await page.click('.load-problems >> text=Dismiss');
  // A file over the limit is refused before it is read.
  await page.setInputFiles('#load-file', { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 32) });
  assert.match(await text(page, '.load-problems li'), /huge\.json is 3\.0 MB; the sandbox loads scenario files up to 2 MB\. Nothing was read\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('full storage, disabled storage and damaged stored data are reported, never lost', async () => {
  // Full: every write fails as a full quota does.
  let { page, context, errors } = await sandboxPage(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await addPerson(page, 'Ana');
  await page.waitForSelector('.storage-notice');
  assert.match(await text(page, '.storage-notice'), /storage for this site is full/);
  assert.equal(await count(page, 'people-list'), 1, 'the work is still there');
  assert.deepEqual(errors, []);
  await context.close();

  // Disabled, as in a sandboxed frame.
  ({ page, context, errors } = await sandboxPage(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  }));
  assert.match(await text(page, '.storage-notice'), /does not let Spillover keep your sandbox/);
  await addPerson(page, 'Ana');
  assert.deepEqual(errors, []);
  await context.close();

  // Damaged: offered for download, and not overwritten until the reader says so.
  ({ page, context, errors } = await sandboxPage(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('spillover.sandboxes', '{"format": "spillover-sandboxes", "version": 1, "sandboxes": [{"key": "s1"');
      sessionStorage.setItem('seeded', '1');
    }
  }));
  assert.match(await text(page, '.storage-notice'), /could not be read: the saved sandboxes are not valid JSON/);
  await addPerson(page, 'Ana');
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => localStorage.getItem('spillover.sandboxes')).then((t) => t.endsWith('"s1"')), true, 'not overwritten');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download the saved data")')]);
  assert.equal(await readFile(await download.path(), 'utf8'), '{"format": "spillover-sandboxes", "version": 1, "sandboxes": [{"key": "s1"');
  await page.click('text=Start afresh (forget it)');
  await addPerson(page, 'Ben');
  await page.waitForTimeout(600);
  assert.match(await page.evaluate(() => localStorage.getItem('spillover.sandboxes')), /"Ben"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sandbox travels inside its link, and can be kept by whoever opens it', async () => {
  const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}#sandbox`);
  await page.waitForSelector('#editor-title');
  await buildLesson(page);
  await page.click('button:has-text("Copy link")');
  await page.waitForFunction(() => document.querySelector('.share-status').textContent.startsWith('Link copied'));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#data=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 2000, `the link is ${link.length} characters`);

  // Someone else, with an empty env.browser, opens it.
  const other = await env.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const reader = await other.newPage();
  await reader.goto(link);
  await reader.waitForSelector('.shared-note');
  assert.equal(await text(reader, '#scenario-title'), 'My scenario');
  assert.equal(await reader.locator('svg .node[data-kind="person"]').count(), 5);
  assert.equal(await text(reader, '.figures tr[data-company="partner"] .reached'), '5');
  await reader.click('text=Keep a copy in my sandboxes');
  await reader.waitForSelector('#people-list li');
  assert.equal(await count(reader, 'people-list'), 5);
  // A link whose data was cut short opens the app with a note.
  await reader.goto(link.slice(0, -40));
  await reader.waitForSelector('.notes');
  assert.match(await text(reader, '.notes'), /The scenario in this link could not be read/);
  await other.close();
  await context.close();
});

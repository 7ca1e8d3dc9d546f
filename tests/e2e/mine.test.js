// "Your data": a reader's own Facebook export, made up here for each era (tests/e2e/export.js),
// read in the page from a ZIP, its two parts, its folder and a drop, and every figure on the
// page held against `spillover-cli mine` on the same files. And its privacy: no request leaves
// the page while an export is read, nothing is stored unless "Keep on this device" is chosen,
// Forget deletes it, friends' names are shown only on request and are never in the address,
// the summary or the saved picture; hostile exports get plain words and the rest of the page
// works; axe finds nothing at a phone's and a laptop's width; the view works by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { session, open, root, until, checkAxe, screenshot, scenarioTitle } from './harness.js';
import { ERAS, exportFiles, zipOf, writeFolder, writeZip, friendNames } from './export.js';

const env = session();
let dir;
before(() => { dir = mkdtempSync(join(tmpdir(), 'spillover-mine-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...paths) => JSON.parse(execFileSync(process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli'), ['mine', ...paths], { encoding: 'utf8' }));

// "Your data" as a reader finds it.
const view = (page) => page.getByRole('region', { name: /^Your data/ });
const filesPicker = (page) => page.getByLabel("Your export's ZIP (or all its parts), or JSON files from it");
const folderPicker = (page) => page.getByLabel('Or its unzipped folder');
const figuresTable = (page) => page.getByRole('table', { name: 'Your export in figures' });
const picture = (page) => view(page).getByRole('img', { name: /^Who could hold your data/ }).locator('visible=true');
const names = (page) => page.getByRole('button', { name: /your friends' names$/ });
const keep = (page) => page.getByRole('checkbox', { name: 'Keep on this device' });
const forget = (page) => page.getByRole('button', { name: 'Forget this export' });
const refusal = (page) => view(page).getByRole('alert');

/** The page's names for the command line's figures. */
const FIELDS = {
  Friends: 'friends',
  'Friends since before 2015-04-30': 'friends_before_cutoff',
  'Apps and sites connected': 'apps',
  'Connected before 2015-04-30': 'apps_before_cutoff',
  'Connected, date unknown': 'apps_date_unknown',
  'Companies that sent your activity': 'off_meta_companies',
  'Events they sent': 'off_meta_events',
  'Advertisers using your activity or information': 'advertisers',
  'Advertisers with a list': 'advertisers_with_a_list',
};

/** The figures the page shows, by the command line's names. */
async function pageFigures(page) {
  const rows = await figuresTable(page).getByRole('row').evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent]));
  return Object.fromEntries(rows.map(([name, value]) => [FIELDS[name] ?? name, Number(value.replace(/,/g, ''))]));
}

/** The command line's figures, as `pageFigures` gives the page's. */
const cliFigures = (report) => Object.fromEntries(Object.values(FIELDS).map((k) => [k, report[k]]));

/** "Your data" in a fresh browser context (its own storage). */
const opened = (options = {}) => open(env.browser, `${env.server.url}#mine`, { ready: filesPicker, ...options });

/** Everything the page keeps in this browser. */
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

/** Reads `paths` by the file picker, and waits for the figures. */
async function pick(page, paths) {
  await filesPicker(page).setInputFiles(paths);
  await figuresTable(page).waitFor();
}

/** Drops `files` ([{ name, path }]) on the page as a reader drags them from their desktop. */
async function drop(page, files) {
  const payload = files.map((f) => ({ name: f.name, b64: readFileSync(f.path).toString('base64') }));
  await page.evaluate((payload) => {
    const data = new DataTransfer();
    for (const f of payload) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], f.name, { type: f.name.endsWith('.zip') ? 'application/zip' : 'application/json' }));
    }
    const target = document.querySelector('main');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, payload);
}

for (const era of ERAS) {
  test(`an export of ${era}'s layout, as a ZIP and as its folder, shows the command line's figures; nothing leaves the page, nothing is kept`, async () => {
    const files = exportFiles(era);
    const zip = join(dir, `export-${era}.zip`);
    zipOf(zip, files);
    const folder = writeFolder(join(dir, `folder-${era}`), files);
    const { page, context, requests, errors } = await opened();
    const before = requests.length;
    await pick(page, zip);
    assert.deepEqual(await pageFigures(page), cliFigures(cli(zip)));
    // Forget, so the folder's figures are not the ZIP's still shown.
    await forget(page).click();
    await view(page).getByText('The export is forgotten', { exact: false }).waitFor();
    await folderPicker(page).setInputFiles(folder);
    await figuresTable(page).waitFor();
    assert.deepEqual(await pageFigures(page), cliFigures(cli(folder)));
    assert.deepEqual(requests.slice(before), [], 'no request while reading an export');
    assert.deepEqual(await stored(page), {}, 'nothing kept unless asked');
    // The lines say what the figures say, with "why?" for each.
    const lines = view(page).getByRole('listitem').filter({ has: page.getByText('Why?') });
    assert.ok((await lines.count()) >= 5);
    const report = cli(zip);
    await view(page).getByText(`You have ${report.friends} friends in your export; ${report.friends_before_cutoff} of them were your friends before 2015-04-30.`, { exact: false }).waitFor();
    await view(page).getByText(`You connected ${report.apps} apps and sites with Facebook login: ${report.apps_before_cutoff} before 2015-04-30`, { exact: false }).waitFor();
    // The picture's groups count the same.
    const desc = await picture(page).locator('desc').textContent();
    assert.ok(desc.includes(`${report.friends_before_cutoff} friends before 2015-04-30`), desc);
    assert.ok(desc.includes(`${report.off_meta_companies} companies sent your activity`), desc);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('two parts of one export, and a drop of the ZIP (on the stories too) read as the command line reads them', async () => {
  const files = exportFiles('2024', { friends: 120, apps: 40 });
  const [a, b] = [join(dir, 'part-1.zip'), join(dir, 'part-2.zip')];
  zipOf(a, files.slice(0, 3));
  zipOf(b, files.slice(3));
  const { page, context, errors } = await opened();
  await pick(page, [a, b]);
  assert.deepEqual(await pageFigures(page), cliFigures(cli(a, b)));
  await context.close();
  // A ZIP dropped while a story shows opens "Your data" with it.
  const whole = join(dir, 'whole.zip');
  zipOf(whole, files);
  const story = await open(env.browser, `${env.server.url}#scenario=friends`);
  await drop(story.page, [{ name: 'facebook-madeup.zip', path: whole }]);
  await figuresTable(story.page).waitFor();
  await until(() => new URL(story.page.url()).hash === '#mine', { message: 'the address #mine' });
  assert.deepEqual(await pageFigures(story.page), cliFigures(cli(whole)));
  assert.deepEqual([...errors, ...story.errors], []);
  await story.context.close();
});

test('a folder dropped from the desktop (a real drag, through the browser\'s protocol) is walked and read as its folder is', async () => {
  const folder = writeFolder(join(dir, 'dropped'), exportFiles('2021', { friends: 60 }));
  const { page, context, requests, errors } = await opened();
  const before = requests.length;
  // Playwright has no drag of files from the desktop; Chrome's DevTools protocol does, with the
  // folder's path, so the page meets it as a reader's drop: an item whose entry is a folder.
  const cdp = await context.newCDPSession(page);
  const box = await view(page).boundingBox();
  const data = { items: [], files: [folder], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) {
    await cdp.send('Input.dispatchDragEvent', { type, x: box.x + 40, y: box.y + 40, data });
  }
  await figuresTable(page).waitFor();
  assert.deepEqual(await pageFigures(page), cliFigures(cli(folder)));
  await view(page).getByText('5 files were opened. 3 other files', { exact: false }).waitFor();
  assert.deepEqual(requests.slice(before), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("friends' names only on request, never in the address, the summary or the saved picture", async () => {
  const files = exportFiles('2021');
  const zip = join(dir, 'names.zip');
  zipOf(zip, files);
  const { page, context } = await opened({ context: { acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] } });
  await pick(page, zip);
  const first = friendNames()[0];
  assert.equal(await page.getByText(first, { exact: false }).count(), 0, 'no name before the reader asks');
  await names(page).click();
  await page.getByText(`${first}, friends since`, { exact: false }).waitFor();
  assert.equal(await names(page).getAttribute('aria-pressed'), 'true');
  // The address says only which view this is; it is written just after a change.
  await until(() => new URL(page.url()).hash === '#mine', { message: 'the address #mine' });
  const summary = await view(page).locator('.mine-summary').textContent();
  assert.ok(summary.startsWith('My Facebook export: 40 friends'), summary);
  for (const n of friendNames()) assert.ok(!summary.includes(n) && !page.url().includes(encodeURIComponent(n)));
  await page.getByRole('button', { name: 'Copy a summary (counts only)' }).click();
  await view(page).getByText('Copied.').waitFor();
  // The picture, saved: counts only.
  const [svg] = await Promise.all([page.waitForEvent('download'), view(page).getByRole('button', { name: 'Save', exact: true }).click()]);
  const saved = readFileSync(await svg.path(), 'utf8');
  assert.ok(saved.startsWith('<svg') && saved.includes('friends'));
  for (const n of friendNames()) assert.ok(!saved.includes(n), `the picture holds ${n}`);
  // The CSV asks first: names only with the box ticked.
  await view(page).getByRole('radio', { name: 'The lists (CSV)' }).check();
  await view(page).getByText('Your friends are counted, not named.', { exact: false }).waitFor();
  const [plain] = await Promise.all([page.waitForEvent('download'), view(page).getByRole('button', { name: 'Save', exact: true }).click()]);
  const csv = readFileSync(await plain.path(), 'utf8');
  assert.ok(csv.includes('friends,,,,40,"counted, not named"') && !csv.includes(first), csv.slice(0, 300));
  await view(page).getByRole('checkbox', { name: "Include your friends' names" }).check();
  await view(page).getByText("your friends' names and dates: other people's data", { exact: false }).waitFor();
  const [named] = await Promise.all([page.waitForEvent('download'), view(page).getByRole('button', { name: 'Save', exact: true }).click()]);
  assert.ok(readFileSync(await named.path(), 'utf8').includes(`friend,${first},`));
  assert.deepEqual(await stored(page), {}, 'nothing kept unless asked');
  await context.close();
});

test('"Keep on this device" keeps it under its own key, a reload shows it; Forget, unticking and another export delete it', async () => {
  const files = exportFiles('2026');
  const zip = join(dir, 'kept.zip');
  zipOf(zip, files);
  const { page, context, requests } = await opened();
  await pick(page, zip);
  const figures = await pageFigures(page);
  await keep(page).check();
  const kept = await until(async () => (await stored(page))['spillover-your-data'], { message: 'the kept copy' });
  assert.deepEqual(Object.keys(await stored(page)), ['spillover-your-data'], 'its own key, outside the sandboxes\' spillover. keys');
  assert.ok(kept.includes(friendNames()[0]), 'the whole export, as chosen');
  const before = requests.length;
  await page.reload();
  await figuresTable(page).waitFor();
  assert.deepEqual(await pageFigures(page), figures);
  assert.ok(await keep(page).isChecked());
  await view(page).getByText('This is the export you chose to keep on this device.').waitFor();
  assert.ok(requests.slice(before).every((u) => u.startsWith(env.server.origin)), 'the reload asks only the page\'s own files');
  await forget(page).click();
  await view(page).getByText('The export is forgotten', { exact: false }).waitFor();
  await until(async () => Object.keys(await stored(page)).length === 0, { message: 'the kept copy deleted' });
  assert.equal(await figuresTable(page).count(), 0);
  // Unticking deletes it too.
  await pick(page, zip);
  await keep(page).check();
  await until(async () => (await stored(page))['spillover-your-data'], { message: 'kept again' });
  await keep(page).uncheck();
  await until(async () => Object.keys(await stored(page)).length === 0, { message: 'deleted when unticked' });
  // Reading another export deletes the copy kept of the one before.
  await keep(page).check();
  await until(async () => (await stored(page))['spillover-your-data'], { message: 'kept again' });
  await pick(page, zip);
  await until(async () => Object.keys(await stored(page)).length === 0, { message: 'deleted when another is read' });
  assert.equal(await keep(page).isChecked(), false);
  await context.close();
});

test('hostile and broken exports get plain words, and the rest of the page works', async () => {
  const good = exportFiles('2024').filter((f) => f.path.includes('apps_and_websites'));
  const bomb = join(dir, 'hostile.zip');
  writeZip(bomb, [
    // A friends list that unpacks to far more than its directory says.
    { name: 'facebook-x/connections/friends/your_friends.json', data: Buffer.alloc(20_000_000, 0x20), claimed: 1000 },
    { name: '../../evil/your_friends.json', data: Buffer.from('{"friends_v2": []}') },
    { name: 'facebook-x/ads_information/advertisers_using_your_activity_or_information.json', data: Buffer.from('{"custom_audiences_all_types_v2": "not a list"}') },
    ...good.map((f) => ({ name: f.path, data: f.data })),
  ]);
  const { page, context, errors } = await opened();
  await pick(page, bomb);
  await view(page).getByText(/3 files left out/).waitFor();
  const said = await view(page).locator('.mine-files').textContent();
  assert.match(said, /your_friends\.json: .*unpack|more than/i);
  assert.match(said, /\.\.\/\.\.\/evil\/your_friends\.json: its path leads outside the export/);
  assert.match(said, /advertisers_using_your_activity_or_information\.json: it could not be understood/);
  assert.equal((await pageFigures(page)).apps, cli(bomb).apps);
  // Not a ZIP at all; an HTML export; a JSON file too big to read (sparse: it takes no disk).
  const fake = join(dir, 'fake.zip');
  writeFileSync(fake, 'this is not a zip');
  await filesPicker(page).setInputFiles(fake);
  await refusal(page).filter({ hasText: 'Spillover could not show this export' }).waitFor();
  const html = join(dir, 'html-export.zip');
  writeZip(html, [{ name: 'facebook-x/index.html', data: Buffer.from('<html></html>') }, { name: 'facebook-x/friends/friends.html', data: Buffer.from('<html></html>') }]);
  await filesPicker(page).setInputFiles(html);
  await refusal(page).filter({ hasText: 'Format: JSON' }).waitFor();
  const huge = join(dir, 'huge', 'facebook-x', 'connections', 'friends');
  mkdirSync(huge, { recursive: true });
  execFileSync('truncate', ['-s', '100M', join(huge, 'your_friends.json')]);
  await folderPicker(page).setInputFiles(join(dir, 'huge', 'facebook-x'));
  await view(page).getByText(/up to 64 MB/).first().waitFor();
  // JSON nested a hundred thousand deep where the friends are read, given alone.
  const deep = join(dir, 'your_friends.json');
  writeFileSync(deep, `{"friends_v2": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}`);
  await filesPicker(page).setInputFiles(deep);
  await refusal(page).filter({ hasText: 'Spillover could not show this export' }).waitFor();
  await view(page).getByText(/your_friends\.json: it could not be understood/).waitFor();
  // The rest of the page works.
  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await scenarioTitle(page).waitFor();
  await page.getByRole('button', { name: 'Your data', exact: true }).click();
  await view(page).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds nothing on "Your data" at 390 and 1280 px, empty, read, and refused; screenshots', async () => {
  const files = exportFiles('2024', { friends: 338, apps: 60, companies: 120, advertisers: 200 });
  const zip = join(dir, 'axe.zip');
  zipOf(zip, files);
  for (const width of [390, 1280]) {
    const { page, context } = await opened({ width, height: 900, context: { bypassCSP: true } });
    await checkAxe(page, `Your data, empty, at ${width} px`);
    await screenshot(page, `mine-empty-${width}`);
    await pick(page, zip);
    await names(page).click();
    for (const d of await view(page).locator('details').all()) await d.locator('summary').first().click();
    await checkAxe(page, `Your data, read, names shown, every "why?" open, at ${width} px`);
    await screenshot(page, `mine-read-${width}`);
    const fake = join(dir, 'not.zip');
    writeFileSync(fake, 'nope');
    await filesPicker(page).setInputFiles(fake);
    await refusal(page).waitFor();
    await checkAxe(page, `Your data, refused, at ${width} px`);
    await context.close();
  }
});

test('by keyboard alone: the tab, "why?", names, keeping and forgetting', async () => {
  const zip = join(dir, 'keys.zip');
  zipOf(zip, exportFiles('2018'));
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  /** Presses Tab until `locator` has focus. */
  const tabTo = async (locator, most = 200) => {
    for (let i = 0; i < most; i++) {
      if (await locator.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${locator} never took focus`);
  };
  await page.locator('body').focus();
  await tabTo(page.getByRole('button', { name: 'Your data', exact: true }));
  await page.keyboard.press('Enter');
  await filesPicker(page).waitFor();
  // Choosing the file is the system's dialog; the rest is keys.
  await pick(page, zip);
  const why = view(page).locator('li.mine-line summary').first();
  await tabTo(why);
  await page.keyboard.press('Enter');
  assert.equal(await why.evaluate((s) => s.parentElement.open), true);
  await tabTo(names(page));
  await page.keyboard.press('Enter');
  await page.getByText(`${friendNames()[0]}, friends since`, { exact: false }).waitFor();
  await tabTo(keep(page));
  await page.keyboard.press('Space');
  await until(async () => (await stored(page))['spillover-your-data'], { message: 'kept by keyboard' });
  await tabTo(forget(page));
  await page.keyboard.press('Enter');
  await until(async () => Object.keys(await stored(page)).length === 0, { message: 'forgotten by keyboard' });
  await context.close();
});

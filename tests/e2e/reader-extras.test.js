// What a reader and a teacher see around the graph: the time line's key is always there and its
// events are labelled; the embed dialog starts from what the view has and previews the frame at
// the size readers will get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, open, timeline, shownDate, text, until, root, screenshot, facts, readTable, cliReport, builtin } from './harness.js';

const env = session();

test('on a phone, the time line\'s key and its numbered events are shown, not folded or in hover text', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=digital-life`, { width: 390, height: 844 });
  const key = timeline(page).getByRole('group', { name: 'Key to the time line' });
  await key.scrollIntoViewIfNeeded();
  const eras = key.getByRole('list').first().getByRole('listitem');
  assert.ok(await eras.count() >= 2);
  for (let i = 0; i < await eras.count(); i++) assert.ok(await eras.nth(i).isVisible(), `era ${i + 1} is shown`);
  // Each dated source has a number on the band and a line of words in the key, which goes there.
  const file = builtin('digital-life');
  const dated = file.sources.filter((s) => s.date).sort((a, b) => a.date.localeCompare(b.date));
  const events = key.getByRole('list').nth(1).getByRole('button');
  assert.equal(await events.count(), dated.length);
  // Numbers close together share a label ("2–5").
  const numbers = (await timeline(page).locator('svg.band text').allTextContents()).flatMap((t) => {
    const [a, b = a] = t.split('–').map(Number);
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
  assert.deepEqual(numbers, dated.map((_, i) => i + 1));
  // The numbers on the band are written, and none lies on another.
  const boxes = await timeline(page).locator('svg.band text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    assert.ok(a.width > 0 && a.height >= 10, 'a number is written');
    for (const b of boxes.slice(i + 1)) {
      assert.ok(!(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height), 'numbers apart');
    }
  }
  const first = events.first();
  assert.ok(await first.isVisible());
  assert.match(await text(first), new RegExp(`^◆ 1 ${dated[0].date}: `));
  await first.click();
  await until(async () => (await text(shownDate(page))) === dated[0].date, { message: 'the event\'s date is shown' });
  await screenshot(page, 'timeline-key-phone');
  await context.close();
});

const embedDialog = (page) => page.getByRole('dialog', { name: 'Embed this view in a page' });

test('the embed dialog starts from the view: the story in a step, story and time line outside it', async () => {
  for (const [hash, expected] of [['scenario=friends&step=2', 'story'], ['scenario=friends', 'both']]) {
    const { page, context } = await open(env.browser, `${env.server.url}#${hash}`);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    assert.equal(await embedDialog(page).getByRole('combobox', { name: 'Controls' }).inputValue(), expected, hash);
    await context.close();
  }
});

test('the embed preview is the frame readers get: fitted to its content, at a column\'s or a phone\'s width', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=partners`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = embedDialog(page);
  const frame = dialog.getByTitle('Preview of the embedded view');
  const fits = async () => frame.evaluate((f) => {
    const inner = Math.ceil(f.contentDocument?.body.getBoundingClientRect().height ?? 0);
    const outer = f.getBoundingClientRect().height;
    return inner > 300 && Math.abs(outer - inner) <= 2 ? { inner, outer, width: f.getBoundingClientRect().width } : null;
  });
  const fitted = await until(fits, { timeout: 10000, message: 'the preview fits its content' });
  assert.equal(Math.round(fitted.width), 680);
  // The height as the page writes numbers: grouped by thousands (1,532).
  await dialog.getByText(new RegExp(`^As readers will see it: ${fitted.inner.toLocaleString('en-US')} px high`)).waitFor();
  await dialog.getByRole('combobox', { name: /^Preview at the width of/ }).selectOption({ label: 'a phone (360 px)' });
  const phone = await until(async () => { const f = await fits(); return f && Math.round(f.width) === 360 ? f : null; },
    { timeout: 10000, message: 'the phone preview fits its content' });
  assert.ok(phone.inner > fitted.inner, 'a phone column is taller');
  // Nothing of the picture is cut: the graph lies wholly inside the frame.
  const inside = await frame.evaluate((f) => {
    const g = f.contentDocument.querySelector('svg[role="group"]').getBoundingClientRect();
    return g.bottom <= f.getBoundingClientRect().height && g.right <= f.getBoundingClientRect().width;
  });
  assert.ok(inside, 'the graph is inside the preview');
  await screenshot(page, 'embed-preview');
  await context.close();
});

test('an embedded sandbox without sources says so, never "sources:" with nothing after it', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#sandbox&embed=timeline`, {
    // The footer the app writes, not the still first screen's, which it replaces.
    ready: (p) => p.getByRole('contentinfo').filter({ hasText: /^Spillover: an explorable/ }),
  });
  const footer = page.getByRole('contentinfo');
  assert.match(await text(footer), /this scenario cites no sources\.$/);
  assert.doesNotMatch(await text(footer), /sources: ?\./);
  await context.close();
});

test('on a phone the table of facts fits the screen: each fact a card of named cells, still a table', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=digital-life&view=table`, {
    width: 390, height: 844, ready: (p) => facts(p),
  });
  const table = facts(page);
  const [box, holder] = await table.evaluate((t) => [t.getBoundingClientRect().width, t.parentElement.getBoundingClientRect().width]);
  assert.ok(box <= holder + 1, `the table is ${box} px wide in ${holder}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 390, 'the page does not scroll sideways');
  // Each cell is written after its column's name, and a screen reader still meets a table.
  const first = table.getByRole('row').nth(1).getByRole('cell');
  const names = await first.evaluateAll((cs) => cs.map((c) => getComputedStyle(c, '::before').content));
  assert.deepEqual(names, ['"Company: "', '"Person: "', '"Data: "', '"Why: "', '"How: "']);
  const rows = await readTable(table);
  assert.equal(rows.length, cliReport('digital-life').facts.length);
  assert.equal(Object.keys(rows[0]).join(), 'Company,Person,Data,Why,How');
  await context.close();
});

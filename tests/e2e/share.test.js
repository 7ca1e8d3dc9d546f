// Sharing a view: the link restores it exactly, "Copy link" copies it, the embed dialog writes
// a snippet, and an article embedding the app twice gets two frames that size themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import {
  addressMatching, until,
  session, open, screenshot, text, node, graph, why, facts, readTable, timeline, shownDate, story,
  storySteps, stepTitle, root, builtin,
} from './harness.js';

// One static server and one browser for the whole file.
const env = session();

const collected = (page) => page.getByRole('radio', { name: 'what companies could have collected up to this date' });
const deals = (page) => page.getByRole('checkbox', { name: 'Partner deals and connections nobody was asked about' });
const contactDetails = (page, name) => why(page)
  .getByRole('group', { name: new RegExp(`^What if ${name} had other settings\\?`) })
  .getByRole('checkbox', { name: 'contact details' });
const linkNotes = (page) => page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });

test('a link restores the exact view it was copied from', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Partners behind the wall' });
  await page.getByRole('button', { name: /Start the story/ }).click();
  await storySteps(page).getByRole('button', { name: /^Next/ }).click();
  await collected(page).check();
  await deals(page).uncheck();
  await node(page, 'Dan').click();
  await contactDetails(page, 'Dan').check();
  await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Table' }).click();
  const url = await addressMatching(page, /#scenario=partners&step=2&mode=collected&select=dan&fp=as_scenario&deals=off&optout=off&set=dan:1:user_id\.name\.contact\.friends&view=table$/);
  const rows = (await readTable(facts(page))).length;

  const again = await context.newPage();
  await again.goto(url);
  await facts(again).getByRole('row').nth(1).waitFor();
  assert.equal(await text(stepTitle(again)), 'Mailboxes');
  assert.equal(await collected(again).isChecked(), true);
  assert.equal(await deals(again).isChecked(), false);
  assert.equal(await text(why(again).getByRole('heading', { level: 2 })), "Who could have collected Dan's data up to this date, and why?");
  assert.equal(await contactDetails(again, 'Dan').isChecked(), true);
  assert.equal((await readTable(facts(again))).length, rows);
  assert.equal(await linkNotes(again).count(), 0);
  await context.close();
});

test('"Copy link" puts the view\'s address on the clipboard', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=digital-life&date=2014-07-01`,
    { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: /^Link copied/ }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await until(() => page.url() === copied, { message: 'the copied link is the page\'s address' });
  await context.close();
});

test('the embed dialog writes a snippet for the current view, with options and a preview', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&step=2`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view in a page' });
  const code = await dialog.getByLabel('Code').inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/hosted\/under\/a\/sub-path\/#scenario=friends&amp;step=2&amp;embed=story"/);
  assert.match(code, /height="640"/);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/hosted\/under\/a\/sub-path\/embed\.js" async><\/script>$/);
  await dialog.getByRole('combobox', { name: 'Controls' }).selectOption({ label: 'the time line' });
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'dark' });
  await dialog.getByRole('spinbutton', { name: 'Height' }).fill('500');
  const changed = await dialog.getByLabel('Code').inputValue();
  assert.match(changed, /embed=timeline&amp;theme=dark"/);
  assert.match(changed, /height="500"/);
  const preview = dialog.getByTitle('Preview of the embedded view').contentFrame();
  await timeline(preview).waitFor();
  assert.equal(await stepTitle(preview).count(), 0, 'the preview shows the time line, not the story');
  assert.equal(await story(preview).count(), 0);
  await screenshot(page, 'embed-dialog');
  await context.close();
});

test('an article with two embeds: each sizes itself and keeps its own view', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.origin}/article/article.html`);
  const frames = { first: page.getByTitle('Spillover: partners'), second: page.getByTitle('Spillover: friends') };
  const first = frames.first.contentFrame();
  const second = frames.second.contentFrame();
  await stepTitle(first).waitFor();
  await timeline(second).waitFor();
  const height = (frame) => frame.evaluate((f) => f.getBoundingClientRect().height);
  // Wait until a frame has been resized from its initial 300 pixels to its content.
  const fits = async (frame) => page.waitForFunction((f) => {
    const inner = Math.ceil(f.contentDocument?.body.getBoundingClientRect().height ?? 0);
    return inner > 300 && Math.abs(f.getBoundingClientRect().height - inner) <= 1;
  }, await frame.elementHandle(), { timeout: 10000 });
  await fits(frames.first);
  await fits(frames.second);
  assert.equal(await first.getByRole('heading', { name: 'Mailboxes' }).count(), 1);
  assert.equal(await text(stepTitle(first)), 'Mailboxes');
  assert.equal(await first.getByRole('link', { name: /^Open in full/ }).count(), 1);
  assert.match(await first.getByRole('contentinfo').textContent(), /The New York Times/);
  assert.equal(await first.getByRole('combobox', { name: 'Scenario' }).count(), 0, 'no app chrome in an embed');
  assert.equal(await text(shownDate(second)), '2014-01-01');
  assert.equal(await second.locator('html').getAttribute('class'), 'dark');
  assert.equal(await stepTitle(second).count(), 0);
  assert.equal(await graph(second).getByRole('button').count() > 0, true);
  // Stepping inside the first frame resizes it again, and does not touch the second.
  const before = await height(frames.second);
  await storySteps(first).getByRole('button', { name: /^Next/ }).click();
  assert.equal(await text(stepTitle(first)), 'Friends\' data, by deal');
  await fits(frames.first);
  // Leaving the story folds the stepper into one line: the frame shrinks with it.
  const tall = await height(frames.first);
  await first.getByRole('button', { name: 'Leave the story and explore' }).click();
  await page.waitForFunction(([f, h]) => f.getBoundingClientRect().height < h, [await frames.first.elementHandle(), tall]);
  await fits(frames.first);
  assert.equal(await height(frames.second), before);
  const href = await first.getByRole('link', { name: /^Open in full/ }).getAttribute('href');
  assert.match(href, /#scenario=partners&date=2016-06-01$/);
  await page.screenshot({ path: 'artifacts/article.png', fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an embedded scenario that came inside a link says so, and credits no empty sources', async () => {
  // A link made by anyone: the friends scenario retitled, with its sources removed.
  const file = builtin('friends');
  file.title = 'A lesson by someone else';
  file.sources = [];
  for (const g of file.grants) delete g.source;
  for (const step of file.steps ?? []) delete step.source;
  const packed = deflateRawSync(Buffer.from(JSON.stringify(file))).toString('base64url');
  const { page, context } = await open(env.browser, `${env.server.url}#data=${packed}&embed=timeline`);
  await page.getByRole('heading', { name: 'A lesson by someone else' }).waitFor();
  await page.getByText(/came inside the link that shows it, not from Spillover's built-in stories/).waitFor();
  const footer = page.getByRole('contentinfo');
  assert.match(await text(footer), /this scenario cites no sources\.$/);
  assert.doesNotMatch(await text(footer), /sources: \./);
  // A built-in scenario in an embed makes no such claim.
  const shipped = await open(env.browser, `${env.server.url}#scenario=friends&embed=timeline`);
  await shipped.page.getByRole('contentinfo').waitFor();
  assert.equal(await shipped.page.getByText(/came inside the link/).count(), 0);
  await shipped.context.close();
  await context.close();
});

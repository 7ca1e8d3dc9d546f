// Sharing a view: the link restores it exactly, "Copy link" copies it, the embed dialog writes
// a snippet, and an article embedding the app twice gets two frames that size themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, screenshot } from './harness.js';

// One static server and one browser for the whole file.
const env = session();

const text = (page, sel) => page.textContent(sel).then((t) => t.trim());

test('a link restores the exact view it was copied from', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await page.selectOption('#scenario-picker', '2');
  await page.click('text=Start the story');
  await page.click('.step-nav >> text=Next');
  await page.check('input[name="mode"][value="collected"]');
  await page.uncheck('#whatif-deals');
  await page.click('[data-id="dan"]');
  await page.locator('.person-settings label', { hasText: 'contact details' }).locator('input').check();
  await page.click('button.tab >> text=Table');
  const url = page.url();
  assert.match(url, /#scenario=partners&step=2&mode=collected&select=dan&fp=as_scenario&deals=off&optout=off&set=dan:1:user_id\.name\.contact\.friends&view=table$/);
  const facts = await page.locator('.facts tbody tr').count();

  const again = await context.newPage();
  await again.goto(url);
  await again.waitForSelector('.facts tbody tr');
  assert.equal(await text(again, '#step-title'), 'Mailboxes');
  assert.equal(await again.isChecked('input[name="mode"][value="collected"]'), true);
  assert.equal(await again.isChecked('#whatif-deals'), false);
  assert.equal(await text(again, '#why-title'), "Who has Dan's data, and why?");
  assert.equal(await again.locator('.person-settings label', { hasText: 'contact details' }).locator('input').isChecked(), true);
  assert.equal(await again.locator('.facts tbody tr').count(), facts);
  assert.equal(await again.locator('.notes').count(), 0);
  await context.close();
});

test('"Copy link" puts the view\'s address on the clipboard', async () => {
  const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${env.server.url}#scenario=digital-life&date=2014-07-01`);
  await page.waitForSelector('svg .node');
  await page.click('button:has-text("Copy link")');
  await page.waitForFunction(() => document.querySelector('.share-status').textContent.startsWith('Link copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();
});

test('the embed dialog writes a snippet for the current view, with options and a preview', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&step=2`);
  await page.click('button >> text=Embed');
  const code = await page.inputValue('#embed-code');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/hosted\/under\/a\/sub-path\/#scenario=friends&amp;step=2&amp;embed=story"/);
  assert.match(code, /height="640"/);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/hosted\/under\/a\/sub-path\/embed\.js" async><\/script>$/);
  await page.selectOption('#embed-controls', 'timeline');
  await page.selectOption('#embed-theme', 'dark');
  await page.fill('#embed-height', '500');
  const changed = await page.inputValue('#embed-code');
  assert.match(changed, /embed=timeline&amp;theme=dark"/);
  assert.match(changed, /height="500"/);
  const preview = page.frameLocator('.embed-preview');
  await preview.locator('.timeline').waitFor();
  assert.equal(await preview.locator('#step-title').count(), 0, 'the preview shows the time line, not the story');
  await screenshot(page, 'embed-dialog');
  await context.close();
});

test('an article with two embeds: each sizes itself and keeps its own view', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.origin}/article/article.html`);
  const first = page.frameLocator('#first');
  const second = page.frameLocator('#second');
  await first.locator('#step-title').waitFor();
  await second.locator('.timeline').waitFor();
  // Wait until both frames have been resized from their initial 300 pixels to their content.
  const fits = (id) => page.waitForFunction((id) => {
    const f = document.getElementById(id);
    const inner = Math.ceil(f.contentDocument?.body.getBoundingClientRect().height ?? 0);
    return inner > 300 && Math.abs(f.getBoundingClientRect().height - inner) <= 1;
  }, id, { timeout: 10000 });
  await fits('first');
  await fits('second');
  assert.equal(await first.locator('#step-title').textContent(), 'Mailboxes');
  assert.equal(await first.locator('.open-full').count(), 1);
  assert.match(await first.locator('.attribution').textContent(), /The New York Times/);
  assert.equal(await first.locator('#scenario-picker').count(), 0, 'no app chrome in an embed');
  assert.equal(await second.locator('.date-label time').textContent(), '2014-01-01');
  assert.equal(await second.locator('html').getAttribute('class'), 'dark');
  assert.equal(await second.locator('#step-title').count(), 0);
  // Stepping inside the first frame resizes it again, and does not touch the second.
  const before = await page.$eval('#second', (f) => f.getBoundingClientRect().height);
  await first.locator('.step-nav >> text=Next').click();
  assert.equal(await first.locator('#step-title').textContent(), 'Friends\' data, by deal');
  await fits('first');
  // Leaving the story folds the stepper into one line: the frame shrinks with it.
  const tall = await page.$eval('#first', (f) => f.getBoundingClientRect().height);
  await first.locator('text=Leave the story and explore').click();
  await page.waitForFunction((h) => document.getElementById('first').getBoundingClientRect().height < h, tall);
  await fits('first');
  assert.equal(await page.$eval('#second', (f) => f.getBoundingClientRect().height), before);
  const href = await first.locator('.open-full').getAttribute('href');
  assert.match(href, /#scenario=partners&date=2016-06-01$/);
  await page.screenshot({ path: 'artifacts/article.png', fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

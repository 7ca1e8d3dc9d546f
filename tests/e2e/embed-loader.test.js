// The embed loader (dist/embed.js) resizes Spillover's own frames and no other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, until } from './harness.js';

const env = session();

test('the loader resizes its own frame and ignores a frame that is not Spillover', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${env.server.origin}/article/foreign-frame.html`);
  const spillover = page.getByTitle('Spillover: friends');
  const widget = page.getByTitle("Someone else's widget");
  // The widget has asked for 4,000 pixels (the page notes when its messages have arrived).
  await page.waitForFunction(() => document.body.getAttribute('data-widget-posted') === 'yes');
  // Spillover's frame fits its content...
  await until(async () => (await spillover.boundingBox()).height > 320, { timeout: 10000, message: 'the embed fits its content' });
  // ...while the widget, which posted first, keeps the height its page gave it.
  assert.ok((await widget.boundingBox()).height < 200, 'the widget was not made 4,000 pixels tall');
  assert.equal(await widget.getAttribute('height'), '120');
  await page.close();
});

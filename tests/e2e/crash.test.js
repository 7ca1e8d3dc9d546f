// When the app fails (a panic aborts the release build), the reader gets a panel that says so,
// can reload, and can download the sandboxes kept in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, open, root, screenshot, graph, node, until } from './harness.js';

const env = session();
const stored = readFileSync(join(root, 'tests/core/fuzz/storage/three-sandboxes.json'), 'utf8');

test('a panic shows a panel with reload and the reader\'s sandboxes to download', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}#scenario=friends`, { width: 390, height: 800 });
  await page.evaluate((text) => localStorage.setItem('spillover.sandboxes', text), stored);
  await page.evaluate(() => window.dispatchEvent(new Event('spillover-test-panic')));
  const panel = page.getByRole('alertdialog', { name: 'Spillover stopped' });
  await panel.waitFor();
  assert.match(await panel.textContent(), /Something went wrong inside Spillover/);
  const reload = panel.getByRole('button', { name: 'Reload the page' });
  await until(() => reload.evaluate((b) => b === document.activeElement), { message: 'the panel takes focus' });
  // The app underneath is out of reach.
  assert.equal(await page.getByRole('button', { name: /Start the story/ }).count(), 0);
  await screenshot(page, 'crash-phone');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'Download my sandboxes' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'spillover-sandboxes.json');
  assert.equal(JSON.parse(readFileSync(await download.path(), 'utf8')).keys['spillover.sandboxes'], stored, 'exactly what was kept');

  // Reload works although the app itself is dead.
  await reload.press('Enter');
  await node(page, 'You').waitFor();
  assert.equal(await panel.count(), 0);
  assert.ok(await graph(page).isVisible());
  assert.ok(errors.some((e) => e.includes('Spillover stopped: a panic forced by a test')), errors.join('\n'));
  await context.close();
});

// The input that froze the page (issue 19): a link to 1,500 people who all install an app asking
// for friends' data, 9,000 friendships each starting on its own day, in the collected view. What
// companies could have collected is counted over every one of those days, a slice per frame:
// the page says it is counting and how far it has come, answers the reader meanwhile, and then
// shows the same figures as the command line. (How long the page's tasks take is measured by
// `tests/e2e/bench-counting.mjs`, in `scripts/bench`.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { session, open, root, figures, readTable, until, text, timeline } from './harness.js';
import { staggered } from './network.js';

const env = session();
const cli = process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli');

test('collected over thousands of change days is counted in slices, says so, and ends where the command line does', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spillover-counting-'));
  const file = join(dir, 'staggered.json');
  writeFileSync(file, JSON.stringify(staggered()));
  const hash = execFileSync(cli, ['link', file], { encoding: 'utf8' }).trim();
  const address = `${hash}&mode=collected&view=table`;
  const { page, context, errors } = await open(env.browser, `${env.server.url}${address}`, {
    ready: (p) => p.getByRole('status').filter({ hasText: /^Counting what companies could have collected up to 2014-06-01: \d+% done\./ }),
  });
  const counting = page.getByRole('status').filter({ hasText: /^Counting what companies could have collected/ });
  // While it counts, the page answers: the table's sort order changes at a click.
  const order = page.getByRole('table', { name: /facts/ }).getByRole('columnheader').first();
  await order.getByRole('button').click();
  await until(async () => /[▲▼]/.test(await text(order)), { message: 'the table answers while counting' });
  assert.equal(await counting.count(), 1, 'still counting: the answer came between slices');
  const seen = new Set();
  await until(async () => {
    const now = (await counting.count()) ? await text(counting) : 'done';
    seen.add(now.match(/\d+% done|done/)[0]);
    return now === 'done';
  }, { timeout: 150_000, message: 'counting ends' });
  assert.ok(seen.size >= 3, `progress was reported as it went: ${[...seen].join(', ')}`);
  // Then the figures are the collected ones, as the command line counts them.
  const v = JSON.parse(execFileSync(cli, ['view', address], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  assert.equal(v.mode, 'collected');
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  const rows = await readTable(figures(page));
  assert.deepEqual(rows.map((r) => Number(r.Reached)), v.companies.map((c) => c.reached));
  assert.equal(await timeline(page).getByRole('radio', { name: /collected/ }).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

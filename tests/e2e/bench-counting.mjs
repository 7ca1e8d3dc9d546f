// Measures the input that once froze the page (issue 19) in the built site, in headless
// Chromium: 1,500 people who all install an app asking for friends' data and 9,000
// friendships each starting on its own day, opened from a link in the collected view. Counting
// what companies could have collected runs a slice per frame: the time until the figures are
// the collected ones, and the longest main-thread task meanwhile (the target: none over 200 ms).
// Writes the figures into BENCHMARKS.md.
//
// Run after `scripts/build`: `cd tests/e2e && node bench-counting.mjs` (`scripts/bench` does).
// A benchmark, not a test: nothing here fails on a slow machine.
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, open, root, until, writeSection, watchLongTasks } from './harness.js';
import { staggered } from './network.js';

const cli = process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli');
const dir = mkdtempSync(join(tmpdir(), 'spillover-bench-counting-'));
const file = join(dir, 'staggered.json');
writeFileSync(file, JSON.stringify(staggered()));
const hash = execFileSync(cli, ['link', file], { encoding: 'utf8' }).trim();
const server = await serve();
const browser = await launch();
const runs = [];
try {
  for (let run = 0; run < 3; run += 1) {
    const start = Date.now();
    const { page, context } = await open(browser, `${server.url}${hash}&mode=collected`, {
      init: watchLongTasks,
      ready: (p) => p.getByRole('heading', { level: 2 }).first(),
    });
    const titled = Date.now() - start;
    const counting = page.getByRole('status').filter({ hasText: /^Counting what companies could have collected/ });
    await counting.waitFor({ timeout: 60_000 }).catch(() => {});
    await until(async () => (await counting.count()) === 0, { timeout: 600_000, message: 'counting ends' });
    const counted = Date.now() - start;
    const tasks = await page.evaluate(() => window.longTasks);
    runs.push({ titled, counted, longest: Math.max(0, ...tasks), over200: tasks.filter((t) => t > 200).length });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const section = `## Counting the collected view over thousands of change days (\`tests/e2e/bench-counting.mjs\`)

1,500 people who all install an app asking for friends' data, 9,000 friendships each starting on
a day of its own (a ${Math.round(hash.length / 1024)} KiB link), opened in the collected view:
what companies could have collected is counted over every change day up to the date, a slice per
frame, while the page says how far it has come. Medians of ${runs.length} runs.

| measure | median | runs |
|---|---:|---|
| the title drawn | ${s(median(runs.map((r) => r.titled)))} | ${runs.map((r) => s(r.titled)).join(', ')} |
| the collected figures shown | ${s(median(runs.map((r) => r.counted)))} | ${runs.map((r) => s(r.counted)).join(', ')} |
| longest main-thread task meanwhile | ${median(runs.map((r) => r.longest))} ms | ${runs.map((r) => `${r.longest} ms`).join(', ')} |
| tasks over 200 ms | ${median(runs.map((r) => r.over200))} | ${runs.map((r) => r.over200).join(', ')} |
`;
await writeSection(section);
console.log(section);

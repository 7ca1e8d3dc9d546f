// Takes the screenshots in docs/screenshots/ from the built site (dist/): each built-in story's
// first screen and its second step, and "Your data" with a made-up export read
// (tests/e2e/export.js), at a phone's width (390 px) and a laptop's (1280 px), as a reader sees
// them. Run `scripts/screenshots` after `scripts/build` to refresh them.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, root, graph, story } from './harness.js';
import { exportFiles, zipOf } from './export.js';

const out = join(root, 'docs', 'screenshots');
const SLUGS = ['friends', 'digital-life', 'partners'];
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

await mkdir(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const slug of SLUGS) {
    for (const [name, viewport] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${server.url}#scenario=${slug}`);
      await graph(page).getByRole('button').first().waitFor();
      await page.screenshot({ path: join(out, `${slug}-opening-${name}.png`) });
      await page.goto(`${server.url}#scenario=${slug}&step=2`);
      const next = story(page).getByRole('button', { name: /Next/ });
      await next.waitFor();
      // As a reader arrives at the step: its end (Next) in view, the picture pinned beside it.
      await next.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(out, `${slug}-step-2-${name}.png`) });
      await context.close();
      console.log(`${slug} at ${name} width`);
    }
  }
  // "Your data", a made-up export of a heavy user read, as the reader first sees it.
  const dir = await mkdtemp(join(tmpdir(), 'spillover-shots-'));
  const zip = join(dir, 'facebook-madeup.zip');
  zipOf(zip, exportFiles('2024', { friends: 338, apps: 60, companies: 120, events: 4, advertisers: 200 }));
  for (const [name, viewport] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}#mine`);
    await page.getByLabel(/^Your export's ZIP/).setInputFiles(zip);
    await page.getByRole('table', { name: 'Your export in figures' }).waitFor();
    await page.getByRole('heading', { name: 'Who could hold your data' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, `your-data-${name}.png`) });
    await context.close();
    console.log(`Your data at ${name} width`);
  }
  await rm(dir, { recursive: true, force: true });
} finally {
  await browser.close();
  await server.close();
}

// Takes the screenshots in docs/screenshots/ from the built site (dist/): each built-in story's
// first screen and its second step, at a phone's width (390 px) and a laptop's (1280 px), as a
// reader sees them. Run `scripts/screenshots` after `scripts/build` to refresh them.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, root, graph, story } from './harness.js';

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
} finally {
  await browser.close();
  await server.close();
}

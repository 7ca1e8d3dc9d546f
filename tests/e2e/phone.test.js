// The phone reader (issue 20): on a 390 x 844 phone the picture pinned above a story takes at
// most 40% of the screen, and after every Next and Back the new step's title and first line are
// in sight below it, never under it; the same on a laptop, where the picture stands beside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, open, story, storySteps, stepTitle, screenshot, root, until } from './harness.js';

const env = session();

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const STORIES = ['friends', 'digital-life', 'partners'];

const stepsOf = (slug) => JSON.parse(readFileSync(join(root, `static/scenarios/${slug}.json`), 'utf8')).steps.length;

/**
 * Whether the step's title is wholly on screen and uncovered (what the page shows at each of its
 * corners is the title or inside it), and its text's first line too; a reason when not.
 */
const titleInSight = (page) => stepTitle(page).evaluate((h) => {
  const r = h.getBoundingClientRect();
  if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return `the title is at ${r.top}-${r.bottom} px`;
  const corners = [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]];
  for (const [x, y] of corners) {
    const at = document.elementFromPoint(x, y);
    if (!h.contains(at)) return `the title's corner (${x}, ${y}) is under ${at?.outerHTML.slice(0, 80)}`;
  }
  const text = h.closest('section').querySelector('.step-text');
  const t = text.getBoundingClientRect();
  const line = parseFloat(getComputedStyle(text).lineHeight) || 24;
  if (t.top + line > innerHeight) return `the first line ends at ${t.top + line} px`;
  if (!text.contains(document.elementFromPoint(t.left + 4, t.top + line / 2))) return 'the first line is covered';
  return true;
});

/** Clicks `name` in the story's buttons as a reader does: scrolled to it first, then tapped. */
async function press(page, name) {
  const button = storySteps(page).getByRole('button', { name });
  // The reader scrolls down until the button shows at the bottom of the screen.
  await button.evaluate((b) => window.scrollBy(0, b.getBoundingClientRect().bottom - innerHeight + 12));
  await button.click();
}

/** Waits for step `i` (from 1) of `n` and checks its title and first line are in sight. */
async function shows(page, slug, i, n, how) {
  await story(page).getByText(`Step ${i} of ${n}`, { exact: true }).waitFor();
  const seen = await until(async () => (await titleInSight(page)) === true || await titleInSight(page),
    { message: `${slug} step ${i} after ${how}` }).catch((e) => e.message);
  assert.equal(seen, true, `${slug} step ${i} after ${how}: ${seen}`);
}

for (const [name, viewport] of [['phone', PHONE], ['laptop', LAPTOP]]) {
  test(`on a ${name}, after each Next and Back of every story the step's title and first line are in sight`, async () => {
    for (const slug of STORIES) {
      const n = stepsOf(slug);
      const { page, context } = await open(env.browser, `${env.server.url}#scenario=${slug}&step=1`, viewport);
      if (viewport === PHONE) {
        // The pinned picture takes at most 40% of the screen.
        const pinned = await page.locator('#picture').boundingBox();
        assert.ok(pinned.height <= 0.4 * viewport.height, `${slug}: the pinned picture is ${pinned.height} px high`);
      }
      for (let i = 1; i < n; i++) {
        await press(page, /^Next/);
        await shows(page, slug, i + 1, n, 'Next');
        if (viewport === PHONE) await screenshot(page.context().pages()[0], `phone-${slug}-step-${i + 1}`);
        await press(page, /Back/);
        await shows(page, slug, i, n, 'Back');
        await press(page, /^Next/);
        await shows(page, slug, i + 1, n, 'Next again');
      }
      await context.close();
    }
  });
}

test('on a phone the picture can be enlarged with its buttons, and pinned small again', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&step=2`, PHONE);
  const zoom = page.getByRole('group', { name: 'Zoom', exact: true });
  assert.equal(await zoom.isVisible(), false, 'pinned small, the picture moves by pinch and drag');
  await page.getByRole('button', { name: 'Enlarge the picture' }).click();
  await zoom.waitFor();
  const big = await page.locator('#picture').boundingBox();
  assert.ok(big.height > 0.4 * PHONE.height || (await zoom.isVisible()), 'enlarged');
  await page.getByRole('button', { name: 'Pin the picture small' }).click();
  await zoom.waitFor({ state: 'hidden' });
  assert.ok((await page.locator('#picture').boundingBox()).height <= 0.4 * PHONE.height);
  await context.close();
});

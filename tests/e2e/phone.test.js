// The phone reader (issue 20): on a 390 x 844 phone the picture pinned above a story takes at
// most 40% of the screen, and after every Next and Back the new step's title and first line are
// in sight below it, never under it; the same on a laptop, where the picture stands beside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { session, open, story, storySteps, stepTitle, root, until, node, why, checkAxe, artifacts, dateSlider, addressMatching, builtin } from './harness.js';

const env = session();

/** The screen as the reader sees it (not the whole page), in tests/e2e/artifacts/NAME.png. */
async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const STORIES = ['friends', 'digital-life', 'partners'];

const stepsOf = (slug) => builtin(slug).steps.length;

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

/**
 * Waits for step `i` (from 1) of `n` and checks its title and first line are in sight, the page
 * no wider than the screen, and the date slider's spoken value a date and its era, if any.
 */
async function shows(page, slug, i, n, how) {
  await story(page).getByText(`Step ${i} of ${n}`, { exact: true }).waitFor();
  const seen = await until(async () => (await titleInSight(page)) === true || await titleInSight(page),
    { message: `${slug} step ${i} after ${how}` }).catch((e) => e.message);
  assert.equal(seen, true, `${slug} step ${i} after ${how}: ${seen}`);
  const [wide, screen] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(wide <= screen, `${slug} step ${i}: the page is ${wide} px wide on a screen of ${screen}`);
  const spoken = await dateSlider(page).getAttribute('aria-valuetext');
  assert.match(spoken, /^\d{4}-\d\d-\d\d(, \S.*\S)?$/, `${slug} step ${i}: the slider says "${spoken}"`);
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
        if (viewport === PHONE) await screenshot(page, `phone-${slug}-step-${i + 1}`);
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

/** Whether the element is wholly on screen and what the page shows at its corners is it or inside it. */
const inSight = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return `at ${r.left},${r.top}-${r.right},${r.bottom}`;
  for (const [x, y] of [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]]) {
    const at = document.elementFromPoint(x, y);
    if (!el.contains(at)) return `(${x}, ${y}) is under ${at?.outerHTML.slice(0, 80)}`;
  }
  return true;
});
const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

for (const [name, viewport] of [['phone', PHONE], ['laptop', LAPTOP]]) {
  for (const hash of ['scenario=friends', 'scenario=friends&step=2']) {
    test(`on a ${name} at #${hash}, "why?" opens in sight with focus on its heading, and gives focus back`, async () => {
      const { page, context } = await open(env.browser, `${env.server.url}#${hash}`,
        { ...viewport, context: { bypassCSP: true } });
      // The reader has scrolled down the page, as after reading a step or the figures.
      await page.evaluate(() => window.scrollBy(0, 300));
      const ben = node(page, 'Ben');
      await ben.focus();
      await page.keyboard.press('Enter');
      const heading = why(page).getByRole('heading', { level: 2 });
      await heading.waitFor();
      await until(() => isFocused(heading), { message: 'focus on the heading of "why?"' });
      const seen = await until(async () => (await inSight(heading)) === true || inSight(heading), { message: 'the heading in sight' })
        .catch((e) => e.message);
      assert.equal(seen, true, `the heading of "why?": ${seen}`);
      if (viewport === PHONE) {
        // A sheet over the lower half of the screen.
        const sheet = await why(page).boundingBox();
        assert.ok(sheet.y >= viewport.height * 0.45 && Math.round(sheet.y + sheet.height) <= viewport.height,
          `the sheet lies over the lower half (${sheet.y}-${sheet.y + sheet.height})`);
        await screenshot(page, `phone-why-${hash.includes('step') ? 'story' : 'exploring'}`);
      }
      await checkAxe(page, `"why?" on a ${name} at #${hash}`);
      // Escape closes it and focus goes back to the node that opened it.
      await page.keyboard.press('Escape');
      await until(async () => (await why(page).count()) === 0, { message: '"why?" closes' });
      await until(() => isFocused(ben), { message: 'focus back on Ben' });
      // The Close button does the same for a tap.
      await ben.click();
      await heading.waitFor();
      await why(page).getByRole('button', { name: 'Close', exact: true }).click();
      await until(async () => (await why(page).count()) === 0, { message: '"why?" closes by its button' });
      await until(() => isFocused(ben), { message: 'focus back on Ben after Close' });
      await context.close();
    });
  }
}

test('At scale on a phone: the figures the slider moves stay beside it, "Show me" scrolls to what it changed, the plot reads', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scale&people=10000`,
    { ...PHONE, ready: (p) => p.getByText(/installed \(.*\): .* reached/) });
  const readout = page.getByText(/^[\d,]+ installed \([\d.]+%\): [\d,]+ reached \(/);
  const slider = page.getByRole('slider', { name: /^Install rate/ });
  // The reader is far down the page, among the story's steps.
  await page.getByRole('heading', { name: 'From one installer to up to 87 million' }).scrollIntoViewIfNeeded();
  const before = await readout.textContent();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await until(async () => (await readout.textContent()) !== before, { message: 'the figures change' });
  assert.equal(await inSight(readout), true, 'the changed figures are in sight');
  assert.equal(await inSight(slider), true, 'beside the slider');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page is no wider than the screen');
  await screenshot(page, 'phone-scale-slider');
  // "Show me" brings the whole network's figures into sight.
  const show = page.getByRole('button', { name: /^Show me: / }).last();
  await show.click();
  const table = page.getByRole('table', { name: 'The whole network' });
  const seen = await until(async () => (await inSight(table.locator('caption'))) === true || inSight(table.locator('caption')),
    { message: 'the figures in sight after Show me' }).catch((e) => e.message);
  assert.equal(seen, true, `after Show me: ${seen}`);
  // The plot's words are 12 px or more, each inside the drawing.
  const plot = page.getByRole('img', { name: 'People reached against install rate, for this network' });
  const texts = await plot.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      const px = r.height && parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a;
      return { text: t.textContent, px, inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 };
    });
  });
  assert.ok(texts.length > 8, 'the plot has its words');
  for (const t of texts) {
    assert.ok(t.px >= 12, `"${t.text}" is ${t.px.toFixed(1)} px`);
    assert.ok(t.inside, `"${t.text}" is clipped`);
  }
  await context.close();
});

test('the still first screen on a phone: names at 12 px or more, one clear start, no request it cannot answer, progress while the app loads', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  // Hold the WebAssembly back, as a slow network does, to see what the page says meanwhile.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole('main').getByRole('heading', { level: 2 }).first().waitFor();
  const picture = page.getByRole('img', { name: /^The graph of / });
  assert.equal(await picture.count(), 1, 'one picture shows');
  const names = await picture.evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => ({
    text: t.textContent, px: parseFloat(t.getAttribute('font-size')) * svg.getScreenCTM().a,
  })));
  assert.ok(names.length >= 3, 'names are written');
  for (const n of names) assert.ok(n.px >= 12, `"${n.text}" is ${n.px.toFixed(1)} px`);
  // Nothing asks for what only the running explorer can do, and there is one way to start.
  assert.equal(await page.getByText(/Select You/).locator('visible=true').count(), 0, 'no request to select');
  assert.equal(await page.getByText(/^Step 1 of/).locator('visible=true').count(), 0, 'no step count beside the start');
  const start = page.getByRole('button', { name: /^▶ Start the story/ });
  assert.equal(await start.count(), 1);
  await screenshot(page, 'phone-still');
  // The page is no wider than the screen.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
  // Pressed, the button stays put while the app loads, and the page says how far it has come.
  const at = await start.boundingBox();
  await start.tap();
  const status = page.getByRole('status').filter({ hasText: 'Starting the explorer…' });
  await status.waitFor();
  await status.getByText(/\d KiB/).waitFor();
  // Its whole size too, though the test server gzips the app (the build writes the size).
  await status.getByText(/^[\d,]+ of [\d,]+ KiB$/).waitFor();
  assert.deepEqual(await start.boundingBox(), at, 'the button stays under the finger');
  await screenshot(page, 'phone-still-loading');
  release();
  await stepTitle(page).waitFor();
  await context.close();
});

test('Enter on the still screen\'s "Explore freely" leaves focus on the explorer, not the page', async () => {
  const { page, context } = await open(env.browser, env.server.url,
    { ...PHONE, ready: (p) => p.getByRole('button', { name: 'Explore freely', exact: true }) });
  await page.getByRole('button', { name: 'Explore freely', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: /^Network of / }).waitFor();
  await until(() => page.evaluate(() => document.activeElement && document.activeElement !== document.body
    && !document.activeElement.closest('.first-screen')), { message: 'focus in the explorer' });
  await context.close();
});

test('Play rests on each day where something changed before it moves on', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&date=2015-03-01`, { ...PHONE, clock: true });
  const date = page.getByRole('region', { name: 'Time line' }).getByRole('time');
  await page.getByRole('button', { name: 'Play through time' }).click();
  // A tick every 100 ms; the friends' data closed on 2015-04-30, a change day.
  const seen = [];
  for (let i = 0; i < 120 && !(seen.at(-1) > '2015-04-30'); i++) {
    await page.clock.runFor(100);
    seen.push((await date.textContent()).trim());
  }
  const resting = seen.filter((d) => d === '2015-04-30').length;
  assert.ok(resting >= 8, `play stays on 2015-04-30 (${resting} ticks of ${seen.join(' ')})`);
  await page.getByRole('button', { name: 'Pause' }).click();
  await context.close();
});

test('on a phone the At scale tab opens a phone-sized network, named in the address', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`, PHONE);
  await page.getByRole('button', { name: 'At scale', exact: true }).click();
  await page.getByText(/^[\d,]+ installed \([\d.]+%\): [\d,]+ reached \(/).waitFor();
  await page.getByText(/^10,000 people, /).waitFor();
  await addressMatching(page, /^[^#]*#scale.*people=10000/);
  await context.close();
});

// Finding someone on a phone and a laptop: a person found by the search box, off the view of a
// zoomed-in graph, is brought into it; and an At scale link that names no size opens a
// phone-sized network on a phone, while one that names its size keeps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { session, open, graph, until, addressMatching, artifacts } from './harness.js';

const env = session();

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/** Each node's name and whether its centre is inside the graph's visible box (the drawing on screen, uncovered). */
const whereNodes = (page) => graph(page).evaluate((svg) => {
  const r = svg.getBoundingClientRect();
  const box = {
    left: Math.max(r.left, 0), top: Math.max(r.top, 0),
    right: Math.min(r.right, innerWidth), bottom: Math.min(r.bottom, innerHeight),
  };
  return [...svg.querySelectorAll('[role="button"][aria-label]')].map((b) => {
    const n = b.getBoundingClientRect();
    const x = n.left + n.width / 2;
    const y = n.top + n.height / 2;
    const inBox = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    // Uncovered too: what is on screen there is the drawing (not "why?"'s sheet, say).
    const top = inBox && document.elementFromPoint(x, y);
    return {
      name: b.getAttribute('aria-label').split(': ')[0],
      inside: inBox && Boolean(top) && svg.contains(top),
    };
  });
});

for (const [viewport, name] of [[PHONE, 'phone'], [LAPTOP, 'laptop']]) {
  test(`on a ${name}, a person found by the search box is brought into the graph's view`, async () => {
    const { page, context, errors } = await open(env.browser, `${env.server.url}#scenario=digital-life`, viewport);
    await graph(page).waitFor();
    // Zoomed in on the middle, most people stand outside the view.
    await graph(page).focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('+');
    const away = await until(async () => (await whereNodes(page)).find((n) => !n.inside && n.name !== 'You'),
      { message: 'someone outside the zoomed view' });
    const search = page.getByRole('combobox', { name: 'Find a person or company' });
    await search.fill(away.name);
    await page.getByRole('option', { name: new RegExp(`^${away.name}\\b`) }).first().click();
    await until(async () => (await whereNodes(page)).find((n) => n.name === away.name)?.inside,
      { message: `${away.name} in the graph's view` });
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, `find-${name}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('on a phone an At scale link that names no size opens a phone-sized network; one that names its size keeps it', async () => {
  const ready = { ...PHONE, ready: (p) => p.getByRole('slider', { name: /^Install rate/ }) };
  const { page, context } = await open(env.browser, `${env.server.url}#scale&install=0.001`, ready);
  await page.getByText(/^10,000 people, /).waitFor();
  await addressMatching(page, /#scale.*people=10000/);
  await addressMatching(page, /install=0\.001/);
  await page.getByText(/^[\d,]+ installed \([\d.]+%\): [\d,]+ reached \(/).waitFor();
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, 'scale-link-phone.png') });
  await context.close();

  const named = await open(env.browser, `${env.server.url}#scale&people=1000`, ready);
  await named.page.getByText(/^1,000 people, /).waitFor();
  await named.context.close();

  // A laptop opens the default network.
  const wide = await open(env.browser, `${env.server.url}#scale&install=0.001`, { ...LAPTOP, ready: ready.ready });
  await wide.page.getByText(/^100,000 people, /).waitFor({ timeout: 60000 });
  await wide.context.close();
});

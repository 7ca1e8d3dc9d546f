// A big network's graph as a reader meets it: a generated network of 2,000 people opened from a link,
// laid out with its progress in words while the page stays usable, drawn on a canvas, and a
// person selected by clicking where the layout (the command line's, the same numbers as the
// page's) says they are, with their summary and "why?".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import {
  session, open, root, text, until, why, screenshot, addressMatching, facts,
} from './harness.js';
import { classNetwork as network } from './network.js';

const env = session();

test('a network of 2,000 people is laid out with progress, drawn on a canvas, and reached by pointing', async () => {
  const scenario = network(2000);
  const json = JSON.stringify(scenario);
  const data = deflateRawSync(Buffer.from(json), { level: 9 }).toString('base64url');
  const dir = await mkdtemp(join(tmpdir(), 'spillover-big-'));
  const file = join(dir, 'class.json');
  await writeFile(file, json);
  const cli = process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli');
  const layout = JSON.parse(execFileSync(cli, ['layout', file], { encoding: 'utf8', maxBuffer: 64 << 20 }));

  const canvas = (page) => page.getByRole('img', { name: /^Network of A class of 2,000: 2,000 people, 1 company and \d[\d,]* friendships/ });
  const { page, context, errors } = await open(env.browser, `${env.server.url}#data=${data}`, { ready: canvas });
  // The layout runs with its progress in words, and the page answers meanwhile: the table and
  // the graph again, each as asked. (How long the main thread is held while it runs is
  // measured by bench-big.mjs, not here.)
  const progress = page.getByRole('status').filter({ hasText: /^Laying out 2,000 people: \d+%/ });
  await progress.waitFor({ timeout: 10000 });
  assert.equal(await page.getByRole('progressbar', { name: 'Layout' }).count(), 1);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await facts(page).waitFor();
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await canvas(page).waitFor();
  await progress.waitFor({ state: 'detached', timeout: 30000 });
  assert.equal(await page.locator('svg .node').count(), 0, 'a big network is not drawn as SVG');
  await screenshot(page, 'big-network');

  // The page placed everyone where the command line does: its picture, as "Picture (SVG)"
  // writes it (to a tenth of a unit), draws each person at the command line's position. (The
  // network is 2,000 people in groups, so the layout finds its groups and runs in slices.)
  const [picture] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Picture (SVG)' }).click()]);
  const svg = await readFile(await picture.path(), 'utf8');
  const drawn = [...svg.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="13"/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const expected = Object.values(layout.people);
  assert.equal(drawn.length, expected.length, 'every person drawn once in the picture');
  const off = drawn.map(([x, y], i) => Math.hypot(x - expected[i][0], y - expected[i][1]));
  assert.ok(Math.max(...off) <= 0.08, `the page's positions are the command line's (furthest off: ${Math.max(...off)})`);

  // The person standing furthest from anyone else, by the layout, is clicked where it says.
  const people = Object.entries(layout.people);
  let best = null;
  for (const [id, [x, y]] of people) {
    let nearest = Infinity;
    for (const [other, [ox, oy]] of people) {
      if (other !== id) nearest = Math.min(nearest, Math.hypot(x - ox, y - oy));
    }
    if (!best || nearest > best.nearest) best = { id, x, y, nearest };
  }
  const name = scenario.people.find((p) => p.id === best.id).name;
  // As a reader would, scroll the graph (the canvas and the summary under it) into view
  // first: the pointer only reaches what is on screen.
  const summary = page.locator('figcaption.node-summary');
  await canvas(page).locator('..').scrollIntoViewIfNeeded();
  const box = await canvas(page).boundingBox();
  const onScreen = (b) => b.y >= 0 && b.y + b.height <= page.viewportSize().height;
  assert.ok(onScreen(box) && onScreen(await summary.boundingBox()), 'the canvas and its summary are on screen');
  const at = { x: box.x + (best.x / layout.width) * box.width, y: box.y + (best.y / layout.height) * box.height };
  await page.mouse.move(at.x, at.y);
  await until(async () => (await text(summary)).startsWith(`${name}: `), { message: `the summary of ${name}` });
  // WCAG 1.4.13: the summary stays when the pointer leaves the canvas for it (straight there:
  // on the way, other people would be pointed at), and Escape dismisses it without moving the
  // pointer.
  const under = await summary.boundingBox();
  await page.mouse.move(under.x + under.width / 2, under.y + under.height / 2);
  assert.ok((await text(summary)).startsWith(`${name}: `), 'the summary stays under the pointer');
  await page.keyboard.press('Escape');
  await until(async () => (await text(summary)).startsWith('Point at or tap anyone'), { message: 'dismissed by Escape' });
  await page.mouse.click(at.x, at.y);
  await why(page).getByRole('heading', { name: `Who can see ${name}'s data on this date, and why?` }).waitFor();

  // Zoom by the keyboard and close by Escape: the canvas keeps the reader's selection honest.
  await canvas(page).focus();
  await page.keyboard.press('+');
  await page.keyboard.press('Escape');
  await until(async () => (await why(page).count()) === 0, { message: '"why?" closed' });

  // Reopening the network is instant: its settled layout was kept, so no progress shows again.
  const link = await until(() => /#data=/.test(page.url()) && !/select=/.test(page.url()) && page.url(), { message: 'the address without the selection' });
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'You and your friends' });
  await page.locator('svg .node').first().waitFor();
  await addressMatching(page, /#scenario=friends$/);
  await page.evaluate((url) => { window.location.hash = new URL(url).hash; }, link);
  await canvas(page).waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: /^Laying out / }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('rings on the canvas differ by pattern, not by colour alone: said yes dash-dotted, exposed solid', async () => {
  const scenario = network(2000);
  const json = JSON.stringify(scenario);
  const data = deflateRawSync(Buffer.from(json), { level: 9 }).toString('base64url');
  const dir = await mkdtemp(join(tmpdir(), 'spillover-rings-'));
  const file = join(dir, 'class.json');
  await writeFile(file, json);
  const cli = process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli');
  const layout = JSON.parse(execFileSync(cli, ['layout', file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const canvas = (page) => page.getByRole('img', { name: /^Network of A class of 2,000/ });
  const { page, context, errors } = await open(env.browser, `${env.server.url}#data=${data}`, { ready: canvas });
  await page.getByRole('status').filter({ hasText: /^Laying out / }).waitFor({ state: 'detached', timeout: 30000 });
  const summary = page.locator('figcaption.node-summary');
  // Where a layout point is on screen now (a click on "Reset" may have scrolled the page).
  const screen = async ([x, y]) => {
    await canvas(page).scrollIntoViewIfNeeded();
    const box = await canvas(page).boundingBox();
    return { x: box.x + (x / layout.width) * box.width, y: box.y + (y / layout.height) * box.height };
  };
  // People by how far they stand from anyone else, the loneliest first, so no neighbour's ring
  // crosses theirs when zoomed in.
  const people = Object.entries(layout.people);
  const room = people.map(([id, [x, y]]) => {
    let nearest = Infinity;
    for (const [other, [ox, oy]] of people) if (other !== id) nearest = Math.min(nearest, Math.hypot(x - ox, y - oy));
    return { id, at: [x, y], nearest };
  }).sort((a, b) => b.nearest - a.nearest);
  /** The first lonely person whose summary matches `pattern`. */
  const find = async (pattern) => {
    for (const p of room.slice(0, 300)) {
      const at = await screen(p.at);
      await page.mouse.move(at.x, at.y);
      const name = scenario.people.find((q) => q.id === p.id).name;
      const words = await until(async () => { const t = await summary.textContent(); return t.startsWith(`${name}:`) && t; }, { message: `the summary of ${name}` });
      if (pattern.test(words)) return at;
    }
    throw new Error(`nobody lonely enough matches ${pattern}`);
  };
  /** The runs of `colour` along the top of the ring of the person at `at`, zoomed all the way in. */
  const ring = async (at, colour) => {
    // The page reads the pointer in whole pixels, and zooming keeps the point under it where it
    // is: so the pointer goes to a whole pixel, and the person's centre, eight times as far
    // from it once zoomed all the way in (from 1 to 8), is where their ring is measured.
    const pointer = { x: Math.round(at.x), y: Math.round(at.y) };
    const zoomed = { x: pointer.x + (at.x - pointer.x) * 8, y: pointer.y + (at.y - pointer.y) * 8 };
    await page.mouse.move(pointer.x, pointer.y);
    // One turn a frame, so each zooms from where the last one left the view.
    for (let i = 0; i < 14; i++) {
      await page.mouse.wheel(0, -120);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const found = await page.evaluate(({ at, colour, size }) => {
      const c = document.querySelector('canvas.graph-canvas');
      const rect = c.getBoundingClientRect();
      const dpr = c.width / rect.width;
      const scale = rect.width / (1000 / 8);
      const r = size * scale * dpr;
      const cx = (at.x - rect.left) * dpr, cy = (at.y - rect.top) * dpr;
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      const want = colour.match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16));
      // Along the upper half (the name is written under the ring), around the centre (within
      // a device pixel or three: the canvas rounds) and at the radius, between a half and one
      // and a half of the expected one, where the colour is found most.
      const along = (ox, oy, radius) => {
        const on = [];
        for (let i = 0; i < 360; i++) {
          const a = Math.PI + (i / 360) * Math.PI;
          const x = Math.round(ox + radius * Math.cos(a)), y = Math.round(oy + radius * Math.sin(a));
          const k = (y * c.width + x) * 4;
          on.push(Math.hypot(px[k] - want[0], px[k + 1] - want[1], px[k + 2] - want[2]) < 80);
        }
        return on;
      };
      let on = [];
      for (let dx = -3; dx <= 3; dx++) {
        for (let dy = -3; dy <= 3; dy++) {
          for (let radius = r / 2; radius <= 1.5 * r; radius += 0.5) {
            const here = along(cx + dx, cy + dy, radius);
            if (here.filter(Boolean).length > on.filter(Boolean).length) on = here;
          }
        }
      }
      const runs = on.filter((v, i) => v && !on[i - 1]).length;
      return { runs, share: on.filter(Boolean).length / on.length };
    }, { at: zoomed, colour, size: Math.sqrt((1000 * 640 * 0.4) / 2000) / 4 });
    await page.getByRole('button', { name: /^Reset the view/ }).click();
    return found;
  };
  const colour = (name) => page.evaluate((n) => getComputedStyle(document.querySelector('canvas.graph-canvas')).getPropertyValue(n).trim(), name);
  const saidYes = await ring(await find(/all with their yes/), await colour('--consent'));
  assert.ok(saidYes.runs >= 4 && saidYes.share < 0.9, `said yes: ${JSON.stringify(saidYes)} (dash-dotted)`);
  const exposed = await ring(await find(/without their yes/), await colour('--transfer'));
  assert.ok(exposed.runs === 1 && exposed.share > 0.95, `exposed: ${JSON.stringify(exposed)} (solid)`);
  assert.deepEqual(errors, []);
  await context.close();
});

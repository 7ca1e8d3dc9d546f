// The graph on a phone and a laptop: every name written is at least 12 px high as rendered, no
// two names overlap in any built-in scenario (exploring, or in a story step), and a tap on the
// centre of any person or company selects that one, with a target of at least 24 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, open, graph, until, root, builtin } from './harness.js';

const env = session();

const SCENARIOS = ['friends', 'digital-life', 'partners'];
const WIDTHS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];

/** The names written on the graph: text, rendered font size and box, in CSS pixels. */
const labels = (page) => graph(page).locator('text.label').evaluateAll((ts) => ts
  .filter((t) => t.getBoundingClientRect().width > 0 && getComputedStyle(t).display !== 'none')
  .map((t) => {
    const r = t.getBoundingClientRect();
    const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    return { text: t.textContent, px, x: r.x, y: r.y, w: r.width, h: r.height };
  }));

const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

for (const slug of SCENARIOS) {
  for (const viewport of WIDTHS) {
    for (const hash of [`scenario=${slug}`, `scenario=${slug}&step=2`]) {
      test(`${hash} at ${viewport.width} px: names are 12 px or more and none overlap`, async () => {
        const { page, context } = await open(env.browser, `${env.server.url}#${hash}`, viewport);
        const found = await until(async () => { const l = await labels(page); return l.length ? l : null; },
          { message: 'names on the graph' });
        for (const l of found) assert.ok(l.px >= 12, `"${l.text}" is ${l.px.toFixed(1)} px`);
        for (let i = 0; i < found.length; i++) {
          for (const b of found.slice(i + 1)) {
            assert.ok(!overlap(found[i], b), `"${found[i].text}" and "${b.text}" overlap`);
          }
        }
        // What a step points at (every node it highlights, read from the file) keeps its name.
        if (hash.includes('&step=')) {
          const file = builtin(slug);
          const pointed = file.steps[1].highlight.length;
          assert.ok(pointed > 0, 'step 2 points at someone');
          assert.equal(await graph(page).locator('.node.strong').count(), pointed, 'the step\'s nodes are brought forward');
          assert.equal(await graph(page).locator('.node.strong text.label').count(), pointed, 'every highlighted node is named');
        }
        await context.close();
      });
    }
  }
}

for (const slug of SCENARIOS) {
  test(`${slug} on a phone: a tap on each node's centre selects it, and its target is 24 px or more`, async () => {
    const { page, context } = await open(env.browser, `${env.server.url}#scenario=${slug}`,
      { width: 390, height: 844, context: { hasTouch: true, isMobile: true } });
    const nodes = graph(page).getByRole('button');
    const count = await nodes.count();
    assert.ok(count > 3);
    for (let i = 0; i < count; i++) {
      const n = nodes.nth(i);
      const name = await n.getAttribute('aria-label');
      const shape = n.locator('circle.person, rect.company');
      await shape.scrollIntoViewIfNeeded();
      const box = await shape.boundingBox();
      const id = await n.getAttribute('data-id');
      const target = await graph(page).locator(`.hits circle[data-id="${id}"]`).boundingBox();
      assert.ok(target && target.width >= 24 && target.height >= 24, `${name}: target ${target?.width} px`);
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await until(async () => (await n.getAttribute('aria-pressed')) === 'true', { message: `a tap selects ${name}` });
      // "Why?" opens over the lower half of the screen, the page scrolled so the node stands above it.
      const now = await shape.boundingBox();
      await page.touchscreen.tap(now.x + now.width / 2, now.y + now.height / 2);
      await until(async () => (await n.getAttribute('aria-pressed')) === 'false', { message: `a second tap lets go of ${name}` });
    }
    await context.close();
  });
}

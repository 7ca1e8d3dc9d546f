// "Everything collected" is not drawn like "can see": a copy a company kept but can no longer
// reach is dotted and ends in a ring, and what a what-if took away is left as a thin grey ghost;
// on the SVG graph of a small scenario and on the canvas of a big one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, graph, flow, until } from './harness.js';
import { network, link } from './network.js';

const env = session();

test('the SVG graph: kept copies are dotted with a ring, live access keeps its pattern and arrow', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&date=2015-06-01&mode=collected`);
  // Ben said yes and the quiz still reaches him; his friends' data it only kept.
  const live = flow(page, 'Personality quiz', 'Ben');
  const kept = flow(page, 'Personality quiz', 'You');
  await kept.waitFor();
  const look = (l) => l.evaluate((p) => ({
    dash: getComputedStyle(p).strokeDasharray, cap: getComputedStyle(p).strokeLinecap,
    end: p.getAttribute('marker-end'), name: p.getAttribute('aria-label') || p.querySelector('title').textContent,
  }));
  const [a, b] = [await look(live), await look(kept)];
  assert.match(b.name, /could have been collected earlier: it can no longer see this on this date$/);
  assert.doesNotMatch(a.name, /collected earlier/);
  assert.equal(b.end, 'url(#kept-end)');
  assert.match(a.end, /^url\(#arrow-/);
  assert.notEqual(a.dash, b.dash, 'a different pattern, not only a colour');
  assert.equal(b.cap, 'round');
  // The same date, what companies can see: no kept copies at all.
  await page.getByRole('radio', { name: 'what companies can see on this date' }).check();
  await until(async () => (await graph(page).locator('path.flow.kept').count()) === 0);
  assert.equal(await kept.count(), 0, 'the quiz cannot see your data any more');
  await context.close();
});

test('the SVG graph: what a what-if took away stays as a thin grey ghost, under the rest', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&date=2014-01-01`);
  const ghosts = graph(page).locator('g.ghosts path');
  assert.equal(await ghosts.count(), 0, 'no ghost without a what-if');
  const flowsBefore = await graph(page).getByRole('img').count();
  await page.getByRole('combobox', { name: 'Friend permissions' }).selectOption({ label: 'never open to apps' });
  await until(async () => (await ghosts.count()) > 0, { message: 'ghosts drawn' });
  const flowsAfter = await graph(page).getByRole('img').count();
  assert.equal(await ghosts.count(), flowsBefore - flowsAfter, 'one ghost for each flow taken away');
  const titles = await ghosts.locator('title').allTextContents();
  assert.equal(titles.length, await ghosts.count(), 'every ghost says what it is');
  assert.ok(titles.every((t) => t.startsWith('Without the what-if: Personality quiz: ')), titles.join(' | '));
  assert.equal(await ghosts.first().evaluate((p) => p.getAttribute('marker-end')), null, 'no arrow');
  assert.equal(await ghosts.first().evaluate((p) => getComputedStyle(p).strokeDasharray), '5px, 5px');
  await context.close();
});

/** Records each stroke of a canvas: its dash pattern (relative), its cap, how many curves and arcs it drew. */
const recordStrokes = () => {
  window.strokes = [];
  const P = CanvasRenderingContext2D.prototype;
  const wrap = (name, fn) => { const old = P[name]; P[name] = function (...a) { fn.call(this, ...a); return old.apply(this, a); }; };
  wrap('beginPath', function () { this.segs = 0; this.arcs = 0; });
  wrap('quadraticCurveTo', function () { this.segs = (this.segs || 0) + 1; });
  wrap('arc', function () { this.arcs = (this.arcs || 0) + 1; });
  wrap('setLineDash', function (d) { this.dash = d.length ? d.map((x) => +(x / Math.max(...d)).toFixed(2)).join(' ') : ''; });
  wrap('stroke', function () { window.strokes.push({ dash: this.dash || '', cap: this.lineCap, segs: this.segs || 0, arcs: this.arcs || 0 }); });
};

const canvasStrokes = async (hash) => {
  const { page, context } = await open(env.browser, `${env.server.url}#${hash}`, {
    init: recordStrokes, ready: (p) => p.getByRole('img', { name: /^Network of / }),
  });
  // Wait for a drawing with flows in it.
  const strokes = await until(async () => {
    const s = await page.evaluate(() => window.strokes);
    return s.some((x) => x.segs > 0) ? s : null;
  }, { timeout: 15000, message: 'the canvas drew flows' });
  await context.close();
  return strokes;
};

test('the canvas: kept copies dotted with a ring, ghosts of what a what-if took away', async () => {
  const data = link(network({ people: 400, friendships: 1200, installed: 8 }));
  const kept = (s) => s.filter((x) => x.dash === '0 1' && x.cap === 'round' && x.segs > 0);
  const rings = (s) => s.filter((x) => x.arcs === 1 && x.dash === '' && x.cap === 'round');
  const collected = await canvasStrokes(`data=${data}&date=2016-01-01&mode=collected`);
  assert.ok(kept(collected).length > 0, 'kept copies drawn dotted');
  assert.ok(rings(collected).length > 0, 'with rings at the company');
  const access = await canvasStrokes(`data=${data}&date=2016-01-01`);
  assert.equal(kept(access).length, 0, 'nothing kept in what companies can see');
  assert.equal(rings(access).length, 0, 'and no rings');
  const ghost = (s) => s.filter((x) => x.dash === '1 1' && x.segs > 0);
  assert.equal(ghost(await canvasStrokes(`data=${data}&date=2014-01-01`)).length, 0, 'no ghost without a what-if');
  assert.ok(ghost(await canvasStrokes(`data=${data}&date=2014-01-01&fp=never`)).length > 0, 'ghosts under a what-if');
});

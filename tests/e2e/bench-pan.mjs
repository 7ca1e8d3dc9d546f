// Pan and zoom on a big network, the app against a plain JavaScript canvas page drawing the same:
// 5,000 people and 10,000 friendships (tests/e2e/network.js, a quiz installed by 1%), where the
// page draws them (`spillover-cli layout`, the page's own numbers). Both get the same moves in
// the same headless Chromium: a drag across the drawing in 40 steps, then 12 turns of the wheel
// in and 12 out. Measured: the main thread's busy time (the Chrome DevTools Protocol's
// TaskDuration) over the frames drawn meanwhile. The plain page is what a reader might write by
// hand: every friendship in one path, every person a circle with its own fill and ring, redrawn
// whole at the next animation frame after each move. Writes the table into BENCHMARKS.md.
//
// Run after `scripts/build` and `cargo build --release --bin spillover-cli`:
// `cd tests/e2e && node bench-pan.mjs` (`scripts/bench` does). A benchmark, not a test.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, open, root, writeSection } from './harness.js';
import { network, link } from './network.js';

const PEOPLE = 5000;
const LINKS = 10000;

/** The plain page: a canvas of `width` by `height` drawing `data` and moved as the app is. */
function plainPage({ width, height }) {
  return `<!doctype html><meta charset="utf-8"><title>Plain canvas</title>
<style>body{margin:0} canvas{display:block;width:${width}px;height:${height}px}</style>
<canvas id="c" role="img" aria-label="Plain"></canvas>
<script>
const c = document.getElementById('c');
const dpr = Math.max(1, devicePixelRatio);
c.width = Math.round(${width} * dpr); c.height = Math.round(${height} * dpr);
const ctx = c.getContext('2d');
const cam = { zoom: 1, x: 0, y: 0 };
let data = null, pending = false;
function draw() {
  pending = false;
  const scale = ${width} / (1000 / cam.zoom), k = scale * dpr;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, c.width, c.height);
  ctx.setTransform(k, 0, 0, k, -cam.x * k, -cam.y * k);
  ctx.globalAlpha = 0.3; ctx.strokeStyle = '#b9b5ad'; ctx.lineWidth = 1 / scale;
  ctx.beginPath();
  for (const [a, b] of data.links) { const p = data.people[a], q = data.people[b]; ctx.moveTo(p[0], p[1]); ctx.lineTo(q[0], q[1]); }
  ctx.stroke();
  ctx.globalAlpha = 1; ctx.fillStyle = '#f1efe9'; ctx.strokeStyle = '#5b5b62'; ctx.lineWidth = 1.2 / scale;
  const r = Math.max(${Math.sqrt((1000 * 640 * 0.4) / PEOPLE) / 4}, 1.5 / scale);
  for (const [x, y] of data.people) { ctx.beginPath(); ctx.arc(x, y, r, 0, 2 * Math.PI); ctx.fill(); ctx.stroke(); }
}
const later = () => { if (!pending) { pending = true; requestAnimationFrame(draw); } };
const toLayout = (e) => { const b = c.getBoundingClientRect(); const s = b.width / (1000 / cam.zoom); return [cam.x + (e.clientX - b.left) / s, cam.y + (e.clientY - b.top) / s]; };
let down = null;
c.addEventListener('pointerdown', (e) => { down = [e.clientX, e.clientY, cam.x, cam.y]; });
addEventListener('pointerup', () => { down = null; });
c.addEventListener('pointermove', (e) => {
  if (!down) return;
  const s = c.getBoundingClientRect().width / (1000 / cam.zoom);
  cam.x = down[2] - (e.clientX - down[0]) / s; cam.y = down[3] - (e.clientY - down[1]) / s; later();
});
c.addEventListener('wheel', (e) => {
  e.preventDefault();
  const [ax, ay] = toLayout(e);
  const zoom = Math.min(8, Math.max(0.5, cam.zoom * Math.exp(-e.deltaY * 0.0015)));
  const f = cam.zoom / zoom; cam.x = ax - (ax - cam.x) * f; cam.y = ay - (ay - cam.y) * f; cam.zoom = zoom; later();
}, { passive: false });
window.show = (d) => { data = d; draw(); };
</script>`;
}

/** The same moves on `target` (a locator of the drawing), with the busy time and frames meanwhile. */
async function moves(page, target) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const box = await target.boundingBox();
  await page.evaluate(() => {
    window.frames = 0;
    window.framing = true;
    const tick = () => { window.frames += 1; if (window.framing) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const before = await busy();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(box.x + box.width * (0.3 + i * 0.01), box.y + box.height * (0.5 - i * 0.004));
  }
  await page.mouse.up();
  for (const dy of [...Array(12).fill(-120), ...Array(12).fill(120)]) {
    await page.mouse.wheel(0, dy);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  const after = await busy();
  const frames = await page.evaluate(() => { window.framing = false; return window.frames; });
  await cdp.detach();
  return { busy: (after - before) * 1000, frames };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scenario = network({ people: PEOPLE, friendships: LINKS, installed: PEOPLE / 100 });
  const dir = await mkdtemp(join(tmpdir(), 'spillover-pan-'));
  const file = join(dir, 'net.json');
  await writeFile(file, JSON.stringify(scenario));
  const cli = process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli');
  const layout = JSON.parse(execFileSync(cli, ['layout', file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const index = new Map(scenario.people.map((p, i) => [p.id, i]));
  const data = {
    people: scenario.people.map((p) => layout.people[p.id]),
    links: scenario.friendships.map((f) => f.between.map((id) => index.get(id))),
  };

  const server = await serve();
  const browser = await launch();
  try {
    const canvas = (p) => p.getByRole('img', { name: /^Network of A generated network/ });
    const app = await open(browser, `${server.url}#data=${link(scenario)}`, { ready: canvas });
    await app.page.getByRole('status').filter({ hasText: /^Laying out / }).waitFor({ state: 'detached', timeout: 120000 });
    const box = await canvas(app.page).boundingBox();
    const ours = await moves(app.page, canvas(app.page));
    await app.context.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.setContent(plainPage({ width: Math.round(box.width), height: Math.round(box.height) }));
    await page.evaluate((d) => window.show(d), data);
    const plain = await moves(page, page.getByRole('img', { name: 'Plain' }));
    await context.close();

    const per = (m) => m.busy / Math.max(1, m.frames);
    const section = [
      '## Pan and zoom beside a plain canvas page (`node bench-pan.mjs`)',
      '',
      `${PEOPLE.toLocaleString('en-US')} people and ${LINKS.toLocaleString('en-US')} friendships (\`tests/e2e/network.js\`, a quiz installed by 1%), settled, in headless Chromium without a GPU, a drawing of ${Math.round(box.width)} by ${Math.round(box.height)} pixels. The same moves on each: a drag across the drawing in 40 steps, then 12 turns of the wheel in and 12 out. Main-thread time is the DevTools Protocol's TaskDuration over the moves (input handling, the app's state, its render and the drawing), over the animation frames meanwhile. The plain page draws the same lines and circles by hand (one path of friendships, a circle each with its fill and ring), whole, at the next frame after each move.`,
      '',
      '| page | main-thread time | frames | per frame |',
      '|---|---:|---:|---:|',
      `| Spillover (canvas with a cached friendship layer, people painted as pixels) | ${Math.round(ours.busy)} ms | ${ours.frames} | ${per(ours).toFixed(1)} ms |`,
      `| plain JavaScript canvas page | ${Math.round(plain.busy)} ms | ${plain.frames} | ${per(plain).toFixed(1)} ms |`,
      `| ratio, ours to plain (target: at most 1) | | | ${(per(ours) / per(plain)).toFixed(2)} |`,
      '',
    ].join('\n');
    console.log(section);
    await writeSection(section);
  } finally {
    await browser.close();
    await server.close();
  }
}

// Measures "At scale" in the built site, in headless Chromium: generating networks of 100,000
// and 1,000,000 people (link opened to figures shown, the page's own generation time, the
// longest main-thread task meanwhile, the WebAssembly memory afterwards), and each control's
// answer on the default network of 100,000 people (key or click to the next frame after the
// figures changed). Writes the figures into BENCHMARKS.md.
//
// Run after `scripts/build`: `cd tests/e2e && node bench-scale.mjs` (`scripts/bench` does). A
// benchmark, not a test: nothing here fails on a slow machine.
import { serve, launch, open, writeSection, watchLongTasks } from './harness.js';

const RUNS = 3;
const MOVES = 9;

const watch = () => {
  addEventListener('TrunkApplicationStarted', (e) => { window.wasmMemory = e.detail.wasm.memory; });
  // Each input's time to the first frame after the figures changed: the frame that shows them.
  window.answers = [];
  window.arm = () => {
    const cell = () => document.querySelector('.scale-figures')?.textContent;
    const was = cell();
    const t0 = performance.now();
    const look = (t) => {
      if (cell() !== was) window.answers.push(Math.max(t, performance.now()) - t0);
      else if (performance.now() - t0 < 5000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  };
};

const ms = (v) => `${Math.round(v)} ms`;
const mb = (v) => `${(v / 1048576).toFixed(0)} MB`;
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const whole = (p) => p.getByRole('table', { name: 'The whole network' });

async function generate(browser, server, hash) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const start = Date.now();
    const { page, context } = await open(browser, `${server.url}${hash}`, { ready: whole, init: [watchLongTasks, watch] });
    const wall = Date.now() - start;
    const about = await page.locator('.scale-about').textContent();
    const own = Number(about.match(/generated in ([\d.]+) s/)[1]) * 1000;
    const friendships = about.match(/people, ([\d,]+) friendships/)[1];
    const tasks = await page.evaluate(() => window.longTasks);
    const memory = await page.evaluate(() => window.wasmMemory?.buffer.byteLength ?? 0);
    runs.push({ wall, own, friendships, longest: Math.max(0, ...tasks), memory });
    await context.close();
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  return { wall: pick('wall'), own: pick('own'), longest: pick('longest'), memory: Math.max(...runs.map((r) => r.memory)), friendships: runs[0].friendships };
}

async function controls(browser, server, hash = '#scale') {
  const { page, context } = await open(browser, `${server.url}${hash}`, { ready: whole, init: [watchLongTasks, watch] });
  const timed = async (act) => {
    const n = await page.evaluate(() => window.answers.length);
    await page.evaluate(() => window.arm());
    await act();
    await page.waitForFunction((k) => window.answers.length > k, n);
  };
  const install = page.getByRole('slider', { name: /^Install rate/ });
  const optout = page.getByRole('slider', { name: /narrowed/ });
  const take = async () => page.evaluate(() => window.answers.splice(0));
  await install.focus();
  for (let i = 0; i < MOVES; i++) await timed(() => page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight'));
  const installs = await take();
  await optout.focus();
  for (let i = 0; i < MOVES; i++) await timed(() => page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight'));
  const optouts = await take();
  for (let i = 0; i < MOVES; i++) await timed(() => page.getByRole('radio', { name: i % 2 ? /Open/ : /Closed/ }).check());
  const policies = await take();
  await context.close();
  return { installs, optouts, policies };
}

const server = await serve();
const browser = await launch();
try {
  const sizes = [
    ['#scale&friends=150', '100,000 people, about 150 friends each (Facebook-like)'],
    ['#scale', '100,000 people, about 338 friends each (Facebook-like, the default)'],
    ['#scale&model=barabasi-albert&friends=150', '100,000 people, about 150 friends each (Barabási-Albert)'],
    ['#scale&people=1000000&friends=20', '1,000,000 people, about 20 friends each (Facebook-like)'],
    ['#scale&people=1000000&friends=20&model=barabasi-albert', '1,000,000 people, about 20 friends each (Barabási-Albert)'],
  ];
  const made = [];
  for (const [hash, what] of sizes) {
    const g = await generate(browser, server, hash);
    made.push(`| ${what} | ${g.friendships} | ${ms(g.own)} | ${ms(g.wall)} | ${ms(g.longest)} | ${mb(g.memory)} |`);
  }
  const c = await controls(browser, server);
  const big = await controls(browser, server, '#scale&people=1000000&friends=20');
  const row = (what, v) => `| ${what} | ${ms(median(v))} | ${ms(Math.max(...v))} |`;
  const section = [
    '',
    '## At scale in the browser (`cd tests/e2e && node bench-scale.mjs`)',
    '',
    `Headless Chromium without a GPU, the built site (\`scripts/build\`, WebAssembly built for size). Generation: medians of ${RUNS} page loads; "in the page" is the page's own time from the first slice to the last (it shows it under the controls), "link to figures" adds loading the app. The network is made a slice of about 12 ms per animation frame; the longest task is the longest main-thread task while loading and generating. Memory is the WebAssembly memory after generation (it never shrinks, so it is the peak), the largest of the runs.`,
    '',
    '| network | friendships | in the page | link to figures | longest task | memory |',
    '|---|---:|---:|---:|---:|---:|',
    ...made,
    '',
    `Each control on the default network (100,000 people, 338 friends each): from the input to the first frame after the figures changed (figures, plot, picture and the plot's table all recomputed), over ${MOVES} inputs.`,
    '',
    '| control | median | max |',
    '|---|---:|---:|',
    row('install rate (arrow key on the slider)', c.installs),
    row('share who narrowed (arrow key on the slider)', c.optouts),
    row('friend permissions (a click on open or closed; includes Playwright\'s click)', c.policies),
    '',
    'The same on 1,000,000 people with about 20 friends each (not a target; for scale):',
    '',
    '| control | median | max |',
    '|---|---:|---:|',
    row('install rate (arrow key on the slider)', big.installs),
    row('share who narrowed (arrow key on the slider)', big.optouts),
    row('friend permissions (a click on open or closed; includes Playwright\'s click)', big.policies),
    '',
  ].join('\n');
  console.log(section);
  await writeSection(section);
} finally {
  await browser.close();
  await server.close();
}

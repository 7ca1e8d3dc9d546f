// Times the app's own code in headless Chromium beside the JavaScript libraries readers know:
// one tick of the Barnes-Hut layout (the app's, compiled to WebAssembly with the app's release
// settings) against d3-force and graphology's ForceAtlas2 (Barnes-Hut on) on the same graph of
// 10,000 people, in one page; and the exposure engine on 100,000 people and 1,000,000
// friendships, with the bytes its friend graph keeps per friendship. Writes both tables into
// BENCHMARKS.md.
//
// The WebAssembly comes from benches/web (built by `scripts/bench-web` into target/bench-web/),
// a package of its own that exports the layout and the engine for this page only; d3-force,
// graphology and graphology-layout-forceatlas2 are dev dependencies of the tests. None of it is
// in dist/. Run: `scripts/bench-web && cd tests/e2e && node bench-web.mjs` (`scripts/bench`
// does). A benchmark, not a test: nothing here fails on a slow machine.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { launch, root, writeSection } from './harness.js';

const here = join(root, 'tests', 'e2e');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

/** The page: an import map for d3's ES modules, and a tiny CommonJS loader for graphology's. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>Layout and engine benchmark</title>
<script type="importmap">{"imports": {
  "d3-force": "/node_modules/d3-force/dist/d3-force.mjs",
  "d3-dispatch": "/node_modules/d3-dispatch/dist/d3-dispatch.mjs",
  "d3-quadtree": "/node_modules/d3-quadtree/dist/d3-quadtree.mjs",
  "d3-timer": "/node_modules/d3-timer/dist/d3-timer.mjs"
}}</script>
<script>
// require() for CommonJS packages in node_modules, read synchronously (a benchmark page only).
(() => {
  const cache = {};
  const get = (url) => { const x = new XMLHttpRequest(); x.open('GET', url, false); x.send(); return x.status === 200 ? x.responseText : null; };
  const resolve = (name, from) => {
    if (name.startsWith('.')) { const u = new URL(name, 'http://x' + from).pathname; return u.endsWith('.js') ? u : u + '.js'; }
    const [pkg, ...rest] = name.split('/');
    if (rest.length) return '/node_modules/' + pkg + '/' + rest.join('/') + (name.endsWith('.js') ? '' : '.js');
    const meta = JSON.parse(get('/node_modules/' + pkg + '/package.json'));
    return '/node_modules/' + pkg + '/' + (meta.main || 'index.js').replace(/^\\.\\//, '');
  };
  const load = (path) => {
    if (cache[path]) return cache[path].exports;
    const module = { exports: {} };
    cache[path] = module;
    new Function('module', 'exports', 'require', get(path))(module, module.exports, (n) => load(resolve(n, path)));
    return module.exports;
  };
  window.requireModule = (name) => load(resolve(name, '/'));
})();
</script>`;

function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/bench.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(PAGE);
      return;
    }
    const [dir, base] = path.startsWith('/node_modules/') ? [join(here, 'node_modules'), '/node_modules/']
      : path.startsWith('/wasm/') ? [join(root, 'target', 'bench-web'), '/wasm/'] : [null, null];
    if (!dir) { res.writeHead(404).end(); return; }
    const file = join(dir, normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, ''));
    try {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}/bench.html`,
    close: () => new Promise((done) => server.close(done)),
  })));
}

/** In the page: the same graph for all three layouts, and each one's tick timed. */
async function layouts({ people, group, friendsEach, warm, ticks }) {
  // People in groups, about `friendsEach` friends each, four in five inside their group (seeded),
  // as benches/layout.rs builds its networks.
  let state = 42;
  const below = (n) => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state % n; };
  const seen = new Set();
  const pairs = [];
  for (let a = 0; a < people; a++) {
    for (let k = 0; k < friendsEach / 2; k++) {
      const b = below(5) === 0 ? below(people) : Math.min(people - 1, Math.floor(a / group) * group + below(group));
      const key = a < b ? a * people + b : b * people + a;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      pairs.push(Math.min(a, b), Math.max(a, b));
    }
  }
  const friendships = pairs.length / 2;
  const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
  const timed = (f) => { const out = []; for (let i = 0; i < ticks; i++) { const t = performance.now(); f(); out.push(performance.now() - t); } return median(out); };

  // The app's: the simulation the page runs a slice per frame.
  const wasm = await import('/wasm/spillover_bench_web.js');
  await wasm.default();
  const ours = new wasm.Layout(people, new Uint32Array(pairs));
  for (let i = 0; i < warm; i++) ours.tick();
  const oursMs = timed(() => ours.tick());

  // d3-force with the same forces: charge −30 (theta 0.9), links of 30, a pull of 0.02 to the centre.
  const d3 = await import('d3-force');
  const nodes = Array.from({ length: people }, () => ({}));
  const links = [];
  for (let i = 0; i < pairs.length; i += 2) links.push({ source: pairs[i], target: pairs[i + 1] });
  const sim = d3.forceSimulation(nodes)
    .force('charge', d3.forceManyBody().strength(-30).theta(0.9))
    .force('link', d3.forceLink(links).distance(30))
    .force('x', d3.forceX(0).strength(0.02))
    .force('y', d3.forceY(0).strength(0.02))
    .stop();
  for (let i = 0; i < warm; i++) sim.tick();
  const d3Ms = timed(() => sim.tick());

  // graphology's ForceAtlas2 with Barnes-Hut on: a tick is the time of n + 1 iterations less
  // that of one, so the graph's conversion to its arrays (done on each call) is left out.
  const Graph = window.requireModule('graphology');
  const forceAtlas2 = window.requireModule('graphology-layout-forceatlas2');
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < people; i++) graph.addNode(i, { x: Math.cos(i) * Math.sqrt(i) * 10, y: Math.sin(i) * Math.sqrt(i) * 10 });
  for (let i = 0; i < pairs.length; i += 2) graph.addEdge(pairs[i], pairs[i + 1]);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
  forceAtlas2.assign(graph, { iterations: warm, settings });
  const runs = [];
  for (let r = 0; r < 5; r++) {
    let t = performance.now();
    forceAtlas2.assign(graph, { iterations: 1, settings });
    const one = performance.now() - t;
    t = performance.now();
    forceAtlas2.assign(graph, { iterations: ticks + 1, settings });
    runs.push((performance.now() - t - one) / ticks);
  }
  const fa2Ms = median(runs);
  return { people, friendships, oursMs, d3Ms, fa2Ms, ourTicks: ours.ticks() };
}

/** In the page: the engine on a big generated network, and its friend graph's bytes. */
async function exposure({ people, friendsEach, runs }) {
  const wasm = await import('/wasm/spillover_bench_web.js');
  await wasm.default();
  let t = performance.now();
  const e = new wasm.Exposure(people, friendsEach);
  const prepare = performance.now() - t;
  const times = [];
  let facts = 0;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    facts = e.access();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { people, friendships: e.friendships(), facts, prepare, access: times[Math.floor(runs / 2)], runs, bytes: e.friend_graph_bytes() };
}

const fmt = (v) => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
const n = (v) => v.toLocaleString('en-US');


if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    const l = await page.evaluate(layouts, { people: 10000, group: 50, friendsEach: 20, warm: 5, ticks: 15 });
    const x = await page.evaluate(exposure, { people: 100000, friendsEach: 20, runs: 11 });
    if (errors.length) throw new Error(errors.join('\n'));
    const layoutSection = [
      '## A layout tick beside d3-force and ForceAtlas2, in the browser (`node bench-web.mjs`)',
      '',
      `One page of headless Chromium without a GPU, the same graph for all three: ${n(l.people)} people in groups of 50 with about 20 friends each, four in five inside their group (seeded), ${n(l.friendships)} friendships. Ours is \`present::force\` (theta 0.9) built by \`scripts/bench-web\` with the app's release settings (\`opt-level = "z"\`, LTO, \`wasm-opt -Oz\`); d3-force 3 with the same forces (many-body −30 at theta 0.9, links of 30, x and y at 0.02); graphology-layout-forceatlas2 with its inferred settings and \`barnesHutOptimize\` on (one iteration: the time of 16 less that of one, so its conversion of the graph is left out). Median of 15 ticks after 5, the same run.`,
      '',
      '| layout | one tick | ours as a share |',
      '|---|---:|---:|',
      `| Spillover (\`present::force\`, WebAssembly) | ${fmt(l.oursMs)} | 1 |`,
      `| d3-force | ${fmt(l.d3Ms)} | ${(l.oursMs / l.d3Ms).toFixed(2)} of it (target: at most 0.25) |`,
      `| graphology ForceAtlas2, Barnes-Hut | ${fmt(l.fa2Ms)} | ${(l.oursMs / l.fa2Ms).toFixed(2)} of it |`,
      '',
    ].join('\n');
    const exposureSection = [
      '## Exposure in the browser (`node bench-web.mjs`)',
      '',
      `The engine (\`core::engine\`) compiled with the app's release settings, in headless Chromium, on the network of \`benches/common/network.rs\` (as the engine bench, with about 20 friends each): ${n(x.people)} people, ${n(x.friendships)} friendships, a quiz installed by 1%, a messaging partner, a deal over every user and a transfer. Access at 2014-06-01, median of ${x.runs} (the first runs included). The engine writes each fact once, in its final order: grants give claims (a company, a person, categories and a reason) that a radix sort orders by company and person, transfers are followed from them, and the deals over everyone are joined as the facts are written; until 2026-12-03 it put every fact in a hash map and then sorted and merged them, and took 36.6 ms here. The friend graph is what the engine keeps to follow friendships (\`Engine::friend_graph_bytes\`: a compressed sparse row of \`u32\`s in both directions, a friend's index each and the friendship's only when it starts or ends; until 2026-12-03 every entry carried the friendship's index, 16.4 bytes a friendship here), per friendship, counting 4 bytes a person.`,
      '',
      '| people | friendships | facts | prepare (`Engine::new`) | access (target: 16 ms) | friend graph |',
      '|---:|---:|---:|---:|---:|---:|',
      `| ${n(x.people)} | ${n(x.friendships)} | ${n(x.facts)} | ${fmt(x.prepare)} | ${fmt(x.access)} | ${(x.bytes / x.friendships).toFixed(1)} bytes a friendship (target: 16) |`,
      '',
    ].join('\n');
    console.log(layoutSection);
    console.log(exposureSection);
    await writeSection(layoutSection);
    await writeSection(exposureSection);
  } finally {
    await browser.close();
    await server.close();
  }
}

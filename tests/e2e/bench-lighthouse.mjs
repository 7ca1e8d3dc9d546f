// Lighthouse (mobile, its default simulated throttling) on the built site: dist/ served on
// 127.0.0.1 with the headers of dist/_headers (scripts/serve.mjs, as a static host reading that
// file sends them), the same Chromium as the browser tests, 3 runs; writes the medians of the four
// scores and of largest contentful paint, total blocking time, layout shift and bytes
// transferred into BENCHMARKS.md, with what costs the performance score most. Lighthouse is a
// dev dependency of these tests, never in dist/.
// A benchmark, not a test: nothing here fails on a slow machine.
//
// Run after `scripts/build`: `cd tests/e2e && node bench-lighthouse.mjs` (`scripts/bench` does).
// RUNS=5 for more runs; LIGHTHOUSE_JSON=DIR keeps each run's report.
import { writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { loadavg, cpus } from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { dist, writeSection } from './harness.js';
import { serveDist } from '../../scripts/serve.mjs';

const RUNS = Number(process.env.RUNS || 3);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const version = createRequire(import.meta.url)('lighthouse/package.json').version;
if (!existsSync(join(dist, 'index.html'))) throw new Error('no dist/index.html: run scripts/build first');

// Headless as the browser tests run it (harness.js), and nothing Chromium would ask of the
// outside world on its own: this machine has no internet, and a request that hangs would hold
// Lighthouse's "network quiet" back.
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-domain-reliability', '--disable-client-side-phishing-detection',
  '--no-default-browser-check', '--metrics-recording-only', '--disable-features=OptimizationHints,MediaRouter,Translate',
];

const SCORES = [['performance', 'performance'], ['accessibility', 'accessibility'], ['best-practices', 'best practices'], ['seo', 'SEO']];
const METRICS = [
  ['largest-contentful-paint', 'largest contentful paint', (v) => `${(v / 1000).toFixed(2)} s`],
  ['first-contentful-paint', 'first contentful paint', (v) => `${(v / 1000).toFixed(2)} s`],
  ['total-blocking-time', 'total blocking time', (v) => `${Math.round(v)} ms`],
  ['cumulative-layout-shift', 'cumulative layout shift', (v) => v.toFixed(3)],
  ['speed-index', 'speed index', (v) => `${(v / 1000).toFixed(2)} s`],
  ['interactive', 'time to interactive', (v) => `${(v / 1000).toFixed(2)} s`],
  ['total-byte-weight', 'total transfer size', (v) => `${(v / 1024).toFixed(1)} KiB`],
];
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

// How busy the machine was: Lighthouse's simulation scales what it saw of the CPU.
const load = loadavg()[0];
const server = await serveDist(dist);
// Any request to anyone but the site, from the page or from Lighthouse's own browser.
const outside = new Set();
const runs = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
    try {
      const result = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const r of lhr.audits['network-requests'].details?.items ?? []) {
        if (!r.url.startsWith(server.url) && !r.url.startsWith('data:') && !r.url.startsWith('blob:')) outside.add(r.url);
      }
      if (process.env.LIGHTHOUSE_JSON) {
        await mkdir(process.env.LIGHTHOUSE_JSON, { recursive: true });
        await writeFile(join(process.env.LIGHTHOUSE_JSON, `run-${i + 1}.json`), result.report);
      }
      runs.push(lhr);
      console.error(`run ${i + 1}: ${SCORES.map(([k]) => `${k} ${lhr.categories[k].score}`).join(', ')}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}
if (outside.size) throw new Error(`the page asked for something outside the site: ${[...outside].join(', ')}`);

const scoreOf = (k) => median(runs.map((r) => r.categories[k].score));
const valueOf = (k) => median(runs.map((r) => r.audits[k].numericValue));
// What the performance score lost where, and what Lighthouse says would save most (the run with
// the median performance score).
const middle = [...runs].sort((a, b) => a.categories.performance.score - b.categories.performance.score)[Math.floor(runs.length / 2)];
const weights = middle.categories.performance.auditRefs.filter((a) => a.weight > 0);
const lost = weights
  .map((a) => ({ id: a.id, lost: a.weight * (1 - (middle.audits[a.id].score ?? 1)), title: middle.audits[a.id].title }))
  .filter((a) => a.lost > 0.005)
  .sort((a, b) => b.lost - a.lost)
  .map((a) => `${a.title} (${a.lost.toFixed(1)} of ${weights.reduce((s, w) => s + w.weight, 0)} points)`);
const advice = Object.values(middle.audits)
  .filter((a) => a.score !== null && a.score < 0.9 && a.details && ['opportunity', 'table', 'list', 'debugdata'].includes(a.details.type)
    && middle.categories.performance.auditRefs.some((r) => r.id === a.id))
  .map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
// Which element each run's largest paint was and when it was observed (unthrottled), beside when
// the WebAssembly was requested and received: Lighthouse's simulation places the paint after
// the requests and work it sees as coming before it.
const lcpRuns = runs.map((r) => {
  const node = r.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node');
  const observed = r.audits.metrics.details.items[0].observedLargestContentfulPaint;
  const wasm = r.audits['network-requests'].details.items.find((i) => i.url.endsWith('.wasm'));
  const at = wasm ? `, the WebAssembly requested at ${Math.round(wasm.networkRequestTime)} ms and in by ${Math.round(wasm.networkEndTime)} ms` : '';
  return `${node?.selector ?? 'unknown'} at ${Math.round(observed)} ms observed (${(r.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)} s simulated)${at}`;
});
const failing = SCORES.slice(1).flatMap(([k]) => middle.categories[k].auditRefs
  .filter((r) => r.weight > 0 && middle.audits[r.id].score !== null && middle.audits[r.id].score < 1)
  .map((r) => `${k}: ${middle.audits[r.id].title}`));

const section = `
## Lighthouse, mobile (\`cd tests/e2e && node bench-lighthouse.mjs\`)

Lighthouse ${version} with its default mobile settings (a mid-range phone emulated, simulated
throttling: 150 ms, 1.6 Mbit/s down, the CPU slowed 4×) on \`dist/\` served on 127.0.0.1 with the
headers of \`dist/_headers\`, in ${CHROMIUM} (headless); medians of ${RUNS} runs. The CPU figures
depend on this machine's (shared) speed: the load average was ${load.toFixed(1)} on ${cpus().length}
cores when the runs began.

| score | median | runs |
|---|---:|---|
${SCORES.map(([k, label]) => `| ${label} | ${scoreOf(k).toFixed(2)} | ${runs.map((r) => r.categories[k].score.toFixed(2)).join(', ')} |`).join('\n')}

| metric | median | runs |
|---|---:|---|
${METRICS.map(([k, label, show]) => `| ${label} | ${show(valueOf(k))} | ${runs.map((r) => show(r.audits[k].numericValue)).join(', ')} |`).join('\n')}

Each run's largest contentful paint: ${lcpRuns.join('; ')}.

Where the median run's performance score was lost: ${lost.length ? lost.join('; ') : 'nowhere'}.
${advice.length ? `What Lighthouse flags: ${advice.join('; ')}.` : ''}
${failing.length ? `Audits below 1 in the other categories: ${failing.join('; ')}.` : 'Every scored audit of accessibility, best practices and SEO passes.'}
`.replace(/\n{3,}/g, '\n\n');
await writeSection(section);
console.log(section);

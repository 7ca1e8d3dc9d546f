// Measures the page on the inputs issue 12 found freezing it (links a few tens of KB long):
// time to the scenario's title and the longest main-thread tasks. Run: node measure-hostile.mjs
// (after scripts/build). A measurement, not a test.
import { serve, launch } from './harness.js';
import { deflateRawSync } from 'node:zlib';
const pack = (o) => deflateRawSync(Buffer.from(JSON.stringify(o)), { level: 9 }).toString('base64url');
const base = { format: 'spillover-scenario', version: 1, title: 'T', date: '2015-01-01' };
const people = (n) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
let seed = 1; const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const fr = []; const seen = new Set();
while (fr.length < 9000) { const a = Math.floor(rnd() * 1500), b = Math.floor(rnd() * 1500); if (a === b) continue; const k = a < b ? `${a} ${b}` : `${b} ${a}`; if (seen.has(k)) continue; seen.add(k);
  const d = new Date(Date.UTC(2008, 0, 1) + Math.floor(rnd() * 2500) * 86400000).toISOString().slice(0, 10); fr.push({ between: [`p${a}`, `p${b}`], from: d }); }
const cases = {
  'people-12000': { ...base, people: people(12000) },
  'collected-1500-9000': { ...base, policy: { friend_permissions: [{ from: '2010-04-21', until: '2015-04-30' }] }, people: people(1500), companies: [{ id: 'quiz', name: 'Quiz' }], friendships: fr,
     grants: Array.from({ length: 15 }, (_, i) => ({ person: `p${i * 97}`, company: 'quiz', scopes: ['name', 'friends.name', 'friends.likes'], from: '2013-06-01' })) },
  // The most that deals over every user may make (src/files/limits.rs): 500,000 facts.
  'deals-500x1000': { ...base, people: people(1000), companies: Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, name: `C${i}` })),
     agreements: Array.from({ length: 500 }, (_, i) => ({ company: `c${i}`, all_users: ['name'], from: '2012-01-01' })) },
};
const only = process.argv[2];
const s = await serve(); const b = await launch();
for (const [name, sc] of Object.entries(cases).filter(([n]) => !only || n === only)) {
  const p = await b.newPage();
  await p.addInitScript(() => { window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true }); });
  const link = pack(sc);
  const t0 = Date.now();
  await p.goto(`${s.url}#data=${link}${name.startsWith('collected') ? '&mode=collected' : ''}`);
  await p.getByRole('heading', { name: 'T', level: 2, exact: true }).waitFor({ timeout: 60000 });
  const t1 = Date.now();
  await p.waitForTimeout(8000);
  const longs = await p.evaluate(() => window.__long);
  console.log(name, `link ${Math.round(link.length / 1024)} KB`, `to title ${t1 - t0} ms`, `longest task ${Math.round(Math.max(0, ...longs))} ms`, `tasks over 100 ms: ${longs.filter((d) => d > 100).length}`);
  await p.close();
}
await b.close(); await s.close();

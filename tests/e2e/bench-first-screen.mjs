// What the still first screen (present/first_screen.rs, put in by scripts/finish-build.mjs)
// costs: the bytes of dist/index.html and dist/spillover.html with it and, for comparison, with
// the placeholder index.html had before (the source index.html's own <div id="app">), plain and
// gzip -9; and the picture's share. Writes the figures into BENCHMARKS.md.
//
// Run after `scripts/build`: `cd tests/e2e && node bench-first-screen.mjs` (`scripts/bench` does).
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { root, dist } from './harness.js';

const app = /(<div id="app">)([\s\S]*?)(<\/div>\s*<\/body>)/;
const placeholder = app.exec(await readFile(join(root, 'index.html'), 'utf8'))[2];
const gz = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
const bytes = (text) => Buffer.byteLength(text, 'utf8');

const rows = [];
let still = '';
for (const name of ['index.html', 'spillover.html']) {
  const built = await readFile(join(dist, name), 'utf8');
  const found = app.exec(built);
  if (!found || !found[2].includes('first-screen')) throw new Error(`dist/${name} has no first screen: run scripts/build`);
  still = found[2];
  const before = built.replace(app, (_, open, _inside, close) => `${open}${placeholder}${close}`);
  rows.push(`| ${name} | ${bytes(before)} | ${gz(before)} | ${bytes(built)} | ${gz(built)} | +${gz(built) - gz(before)} |`);
}
const svg = /<svg[\s\S]*?<\/svg>/.exec(still)[0];
const section = `
## The still first screen (\`cd tests/e2e && node bench-first-screen.mjs\`)

The default view written into the page at build time, readable before and without scripts
(\`spillover-cli prerender\`). Before: the page with only its loading words in \`<div id="app">\`.

| page | before, bytes | before, gzip -9 | with it, bytes | with it, gzip -9 | gzip added |
|---|---:|---:|---:|---:|---:|
${rows.join('\n')}

The first screen alone: ${bytes(still)} bytes, ${gz(still)} gzip -9; of it the picture (SVG) ${bytes(svg)} bytes, ${gz(svg)} gzip -9.
`;
const path = join(root, 'BENCHMARKS.md');
const old = await readFile(path, 'utf8').catch(() => '');
const at = old.indexOf('\n## The still first screen');
let kept = old;
if (at >= 0) {
  const next = old.indexOf('\n## ', at + 1);
  kept = old.slice(0, at) + (next >= 0 ? old.slice(next) : '');
}
await writeFile(path, `${kept.replace(/\n+$/, '\n')}${section}`);
console.log(section);

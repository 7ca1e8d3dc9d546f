// The headers for static hosts (issue 11): dist/_headers, which Netlify and Cloudflare Pages
// read from the published folder, gives every file whose name holds a hash "cache for ever" and
// every file whose address stays the same (index.html, embed.js, spillover.html) "revalidate",
// never both; scripts/serve.mjs (what `scripts/serve` and the browser tests use) sends exactly
// those; and the README's table for other hosts says the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dist, root } from './harness.js';
import { parseHeaders, headersFor, rulesOf, serveDist } from '../../scripts/serve.mjs';

const FOREVER = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
// Trunk's content hash: a dash and hex digits (16, or 15 when the number starts with a zero)
// before the extension, or before wasm-bindgen's "_bg".
const hashed = (name) => /-[0-9a-f]{12,}(_bg)?\.[a-z0-9]+$/.test(name);
// The host's own file, which it reads and does not serve as a page's file. Every file, the
// language folders' too (de/index.html, words/de.ftl), by its path from dist/.
const served = readdirSync(dist, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name !== '_headers')
  .map((e) => join(e.parentPath ?? e.path, e.name).slice(dist.length + 1).split('\\').join('/'))
  .filter((n) => !n.startsWith('artifacts/'));
// Each language's still page, also at its folder's own address (de/).
const folders = served.filter((n) => /^[^/]+\/index\.html$/.test(n)).map((n) => `/${n.slice(0, -'index.html'.length)}`);

test('every hashed file in dist/ is cached for ever, and every other file is revalidated', () => {
  const rules = rulesOf(dist);
  assert.ok(rules.length > 0, 'dist/_headers is there and has rules');
  const forever = served.filter(hashed);
  const others = served.filter((n) => !hashed(n));
  for (const kind of [/\.js$/, /_bg\.wasm$/, /\.css$/]) {
    assert.ok(forever.some((n) => kind.test(n)), `a hashed ${kind} file is among ${forever.join(', ')}`);
  }
  for (const name of ['index.html', 'embed.js', 'spillover.html']) assert.ok(others.includes(name), name);
  // The languages (issue 23): their words and still pages are revalidated, as their names hold no hash.
  for (const name of ['words/de.ftl', 'words/es.ftl', 'de/index.html', 'es/index.html']) assert.ok(others.includes(name), name);
  for (const name of forever) {
    assert.equal(headersFor(rules, `/${name}`)['cache-control'], FOREVER, `${name}: add a rule for it to static/_headers`);
  }
  for (const path of ['/', ...folders, ...others.map((n) => `/${n}`)]) {
    assert.equal(headersFor(rules, path)['cache-control'], REVALIDATE, `${path}: add it to the revalidated ones in static/_headers`);
  }
  // The security headers, on every file.
  for (const path of ['/', ...folders, ...served.map((n) => `/${n}`)]) {
    const h = headersFor(rules, path);
    assert.equal(h['x-content-type-options'], 'nosniff', path);
    assert.equal(h['referrer-policy'], 'no-referrer', path);
    assert.match(h['permissions-policy'], /^camera=\(\), microphone=\(\), geolocation=\(\)$/, path);
  }
});

test('the server sends what dist/_headers says, with each file\'s type', async () => {
  const server = await serveDist(dist);
  try {
    const rules = rulesOf(dist);
    for (const path of ['/', ...folders, ...served.map((n) => `/${n}`)]) {
      const res = await fetch(new URL(path.slice(1), server.url));
      assert.equal(res.status, 200, path);
      for (const [name, value] of Object.entries(headersFor(rules, path))) {
        assert.equal(res.headers.get(name), value, `${path}: ${name}`);
      }
      assert.notEqual(res.headers.get('content-type'), 'application/octet-stream', `${path}: a known type`);
      await res.arrayBuffer();
    }
    const wasm = served.find((n) => n.endsWith('_bg.wasm'));
    assert.equal((await fetch(new URL(wasm, server.url))).headers.get('content-type'), 'application/wasm');
    assert.equal((await fetch(new URL('words/de.ftl', server.url))).headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal((await fetch(new URL('no-such-file.js', server.url))).status, 404);
    assert.equal((await fetch(new URL('..%2f..%2fCargo.toml', server.url))).status, 404, 'nothing outside dist/');
  } finally {
    await server.close();
  }
});

test('the README\'s table for other hosts says what dist/_headers says', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### For hosts: headers'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| header |')));
  const rules = rulesOf(dist);
  const all = headersFor(rules, '/index.html');
  for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
    assert.ok(table.includes(`| \`${name}\` | \`${all[name.toLowerCase()]}\` |`), `the README gives ${name}: ${all[name.toLowerCase()]}`);
  }
  assert.ok(table.includes(`| \`${FOREVER}\` |`), 'the README gives the hashed files\' Cache-Control');
  assert.ok(table.includes(`| \`${REVALIDATE}\` |`), 'the README gives the others\' Cache-Control');
});

test('a _headers file that is not rules is refused with its line', () => {
  assert.throws(() => parseHeaders('/*\n  X-Frame-Options DENY\n'), /_headers line 2: "X-Frame-Options DENY" is not an indented "Name: value" header/);
  assert.throws(() => parseHeaders('  Cache-Control: no-cache\n'), /_headers line 1: a header before any path/);
  assert.throws(() => parseHeaders('# fine\nstyle.css\n  Cache-Control: no-cache\n'), /_headers line 2: "style.css" is not a path/);
  // A name matched by two rules is joined, as the hosts join it: the reason no rule may match
  // both kinds of file.
  const twice = parseHeaders('/*\n  Cache-Control: no-cache\n/style-*\n  Cache-Control: immutable\n');
  assert.equal(headersFor(twice, '/style-1a.css')['cache-control'], 'no-cache, immutable');
  assert.equal(headersFor(twice, '/index.html')['cache-control'], 'no-cache');
});

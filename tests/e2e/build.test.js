// The release build's last step (scripts/finish-build.mjs) adds the security policy, and fails
// rather than ship a page without one. Run on a small made-up dist/ so it needs no real build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'finish-build.mjs');

const WATCH = '<script src="./start-watch-0a.js" defer integrity="sha384-x"></script>';

function fakeDist(head, watch = WATCH) {
  const dir = mkdtempSync(join(tmpdir(), 'spillover-dist-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html>
<html lang="en">
  <head>
    ${head}
    <meta name="description" content="d">
    <title>Spillover</title>
    ${watch}
    <script type="module">import init from './spillover-web-0a.js'; init();</script>
  <link rel="modulepreload" href="./spillover-web-0a.js" crossorigin="anonymous"><link rel="preload" href="./spillover-web-0a_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm"></head>
  <body><div id="app">Loading</div></body>
</html>
`);
  writeFileSync(join(dir, 'spillover-web-0a.js'), 'function __wbg_init() {}\nexport { __wbg_init as default };\n');
  writeFileSync(join(dir, 'spillover-web-0a_bg.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(dir, 'style-0a.css'), 'body { margin: 0 }');
  writeFileSync(join(dir, 'start-watch-0a.js'), '(function () { window.__watched = true; }());\n');
  writeFileSync(join(dir, 'favicon-0a.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

const STILL = '<div class="app first-screen"><main><h2>A still first screen</h2></main></div>';

/** Runs finish-build on `dir` with `firstScreen` as the still first screen. */
const finish = (dir, firstScreen = STILL) => {
  const file = join(dir, '..', `${dir.split(/[\\/]/).pop()}-first-screen.html`);
  writeFileSync(file, firstScreen);
  try {
    return spawnSync(process.execPath, [script, dir, file], { encoding: 'utf8' });
  } finally {
    rmSync(file, { force: true });
  }
};

test('the build puts the policy before every script, in both pages', () => {
  const dir = fakeDist('<meta charset="utf-8">');
  try {
    const run = finish(dir);
    assert.equal(run.status, 0, run.stderr);
    for (const page of ['index.html', 'spillover.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      const policy = html.indexOf('http-equiv="Content-Security-Policy"');
      assert.ok(policy > 0, `${page} has a policy`);
      assert.ok(policy < html.indexOf('<script'), `${page}: the policy comes before the first script`);
      assert.match(html, /default-src 'none'/);
    }
    // The hosted page fetches the app on demand: no preload, and its script starts nothing
    // unasked (the browser tests in first-paint.test.js see what it does).
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.doesNotMatch(index, /rel="(module)?preload"/);
    assert.doesNotMatch(index, /^import /m, 'no static import of the app');
    assert.match(index, /import\('\.\/spillover-web-0a\.js'\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the build fails when the policy cannot be inserted', () => {
  const dir = fakeDist('<meta charset="windows-1252">');
  try {
    const run = finish(dir);
    assert.notEqual(run.status, 0, 'the build must not succeed');
    assert.match(run.stderr, /would ship without one/);
    assert.doesNotMatch(readFileSync(join(dir, 'index.html'), 'utf8'), /Content-Security-Policy/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the first screen goes inside <div id="app"> of both pages, replacing the loading words', () => {
  const dir = fakeDist('<meta charset="utf-8">');
  try {
    const run = finish(dir);
    assert.equal(run.status, 0, run.stderr);
    for (const page of ['index.html', 'spillover.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      // The single file's app follows the page's body, so the still screen is painted first.
      assert.match(html, /<div id="app">\s*<div class="app first-screen"><main><h2>A still first screen<\/h2><\/main><\/div>\s*<\/div>\s*(<script type="module">[\s\S]*<\/script>\s*)?<\/body>/, page);
      assert.doesNotMatch(html, /Loading<\/div>/, `${page}: the placeholder is gone`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the single file carries the start watch inline, before the app, under its policy', () => {
  const dir = fakeDist('<meta charset="utf-8">');
  try {
    const run = finish(dir);
    assert.equal(run.status, 0, run.stderr);
    const html = readFileSync(join(dir, 'spillover.html'), 'utf8');
    const watch = readFileSync(join(dir, 'start-watch-0a.js'), 'utf8');
    const at = html.indexOf(`<script>${watch}</script>`);
    assert.ok(at > 0, 'the watch is inline');
    assert.ok(at < html.indexOf('<script type="module">'), 'before the app\'s script');
    const hash = `'sha256-${createHash('sha256').update(watch, 'utf8').digest('base64')}'`;
    assert.match(/script-src ([^;"]*)/.exec(html)[1], new RegExp(hash.replace(/[+/]/g, '\\$&')), 'its hash is in the policy');
    assert.doesNotMatch(html, /start-watch-0a\.js/, 'no request for the file from disk');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the build fails when index.html does not load the start watch before the app', () => {
  for (const watch of ['', '<script src="./start-watch-0a.js"></script>']) {
    const dir = fakeDist('<meta charset="utf-8">', watch);
    try {
      const run = finish(dir);
      assert.notEqual(run.status, 0, `refused: ${watch || 'no watch'}`);
      assert.match(run.stderr, /does not load start-watch-0a\.js with defer/);
      assert.doesNotMatch(readFileSync(join(dir, 'index.html'), 'utf8'), /Content-Security-Policy/, 'nothing half-written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('the build refuses a first screen the policy would break, or none', () => {
  for (const bad of [
    '<div><main><p style="color: red">x</p></main></div>',
    '<div><main><script>alert(1)</script></main></div>',
    '<div><main><a href="#" onclick="go()">x</a></main></div>',
  ]) {
    const dir = fakeDist('<meta charset="utf-8">');
    try {
      const run = finish(dir, bad);
      assert.notEqual(run.status, 0, `refused: ${bad}`);
      assert.match(run.stderr, /which the policy forbids/);
      assert.doesNotMatch(readFileSync(join(dir, 'index.html'), 'utf8'), /Content-Security-Policy/, 'nothing half-written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const dir = fakeDist('<meta charset="utf-8">');
  try {
    const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /no first screen given/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the build writes each language\'s words and still page, and lists every page with hreflang', () => {
  const dir = fakeDist('<meta charset="utf-8">');
  const words = mkdtempSync(join(tmpdir(), 'spillover-words-'));
  const screens = mkdtempSync(join(tmpdir(), 'spillover-screens-'));
  try {
    for (const [code, files] of Object.entries({
      en: { 'a.ftl': 'hello = Hello\n' },
      de: { 'b.ftl': '# for translators\nbye = Tschüss\n', 'a.ftl': 'hello = Hallo\n', 'cli.ftl': 'cli-usage = Aufruf\n' },
    })) {
      mkdirSync(join(words, code));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(words, code, name), text);
    }
    writeFileSync(join(screens, 'de.html'), '<div class="app first-screen"><header><p class="tagline">Wie</p></header><main><h2>Still</h2></main></div>');
    writeFileSync(join(screens, 'en.html'), STILL);
    const run = spawnSync(process.execPath, [script, dir, join(screens, 'en.html'), '--words', words, `de=${join(screens, 'de.html')}`], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(dir, 'words', 'de.ftl'), 'utf8'), 'hello = Hallo\n\nbye = Tschüss\n', 'the folder\'s files in name order, without comments or the command line\'s words');
    assert.ok(!existsSync(join(dir, 'words', 'en.ftl')), 'English is in the app');
    const de = readFileSync(join(dir, 'de', 'index.html'), 'utf8');
    assert.match(de, /<html lang="de">/);
    assert.match(de, /<h2>Still<\/h2>/);
    assert.match(de, /import\('\.\.\/spillover-web-0a\.js'\)/, 'the app\'s files from the root');
    assert.match(de, /src="\.\.\/start-watch-0a\.js"/);
    assert.match(de, /<script type="text\/plain" data-words="de">\nhello = Hallo/);
    assert.match(de, /<title>Spillover: Wie<\/title>/);
    assert.ok(de.indexOf('Content-Security-Policy') < de.indexOf('<script'), 'its policy first');
    for (const [page, up] of [['index.html', './'], ['de/index.html', '../']]) {
      const html = readFileSync(join(dir, page), 'utf8');
      for (const [code, path] of [['en', ''], ['de', 'de/'], ['x-default', '']]) {
        assert.ok(html.includes(`<link rel="alternate" hreflang="${code}" href="${up}${path}">`), `${page} lists ${code}`);
      }
    }
    assert.match(readFileSync(join(dir, 'spillover.html'), 'utf8'), /<script type="text\/plain" data-words="de">/);
  } finally {
    for (const d of [dir, words, screens]) rmSync(d, { recursive: true, force: true });
  }
});

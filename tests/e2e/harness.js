// Shared set-up for the end-to-end tests: a static server for dist/ at a sub-path (as a
// static host would serve it), headless Chromium, and a log of every request the page makes.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = normalize(join(here, '..', '..'));
export const dist = process.env.SPILLOVER_DIST || join(root, 'dist');
export const artifacts = join(here, 'artifacts');
export const SUBPATH = '/hosted/under/a/sub-path/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `dist` under SUBPATH on 127.0.0.1; resolves to { url, close }. */
export async function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith('/article/')) {
      // A host page from another folder, embedding the app as an article would.
      try {
        const page = await readFile(join(here, 'fixtures', path.slice('/article/'.length)), 'utf8');
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.end(page.replaceAll('__APP__', SUBPATH));
      } catch {
        res.writeHead(404).end('no such fixture');
      }
      return;
    }
    if (!path.startsWith(SUBPATH)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    let file = path.slice(SUBPATH.length) || 'index.html';
    file = normalize(file).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dist, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${SUBPATH}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Starts headless Chromium as this machine allows it. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Opens the app in a new page of `browser`; every request and console error is recorded.
 * Resolves once the app has drawn its graph.
 */
export async function open(browser, url, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('svg .node');
  return { page, context, requests, errors };
}

/** The command line's report for a built-in scenario, to compare the page against. */
export function cliReport(slug, ...args) {
  const cli = process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli');
  const file = join(root, 'static', 'scenarios', `${slug}.json`);
  return JSON.parse(execFileSync(cli, ['exposure', file, ...args], { encoding: 'utf8' }));
}

export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/**
 * Starts one server and one browser for a test file, and stops them after it. Returns an object
 * whose `server` and `browser` are set once the file's tests begin.
 */
export function session() {
  const s = { server: null, browser: null };
  before(async () => {
    s.server = await serve();
    s.browser = await launch();
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  return s;
}

// Serves a built dist/ as a static host would, with the response headers its `_headers` file
// gives (the syntax Netlify and Cloudflare Pages read: static/_headers, copied by the build), so
// what the README documents for hosts is what `scripts/serve`, the browser tests and the
// Lighthouse benchmark get. Node's standard library only.
//   node scripts/serve.mjs [DIR] [PORT]   (DIR defaults to dist, PORT to 8080; 127.0.0.1 only)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ftl': 'text/plain; charset=utf-8',
};

const literal = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * A `_headers` file as rules [{ path, pattern, headers: [[name, value]] }]: a line starting with
 * `/` opens a rule (`*` matches any characters), indented `Name: value` lines add to it, and
 * lines starting with `#` are comments. Anything else is refused with its line number.
 */
export function parseHeaders(text, name = '_headers') {
  const rules = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const at = `${name} line ${i + 1}`;
    if (/^\s*(#|$)/.test(line)) return;
    if (/^\S/.test(line)) {
      const path = line.trim();
      if (!path.startsWith('/') || /\s|:/.test(path)) {
        throw new Error(`${at}: "${path}" is not a path (it must start with "/", with "*" for any characters)`);
      }
      rules.push({ path, pattern: new RegExp(`^${path.split('*').map(literal).join('.*')}$`), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    if (!header) throw new Error(`${at}: "${line.trim()}" is not an indented "Name: value" header`);
    if (!rules.length) throw new Error(`${at}: a header before any path`);
    rules.at(-1).headers.push([header[1], header[2].trim()]);
  });
  return rules;
}

/**
 * The headers the rules give a request for `path` (from the site's root, as "/style-1a.css"):
 * every matching rule's, in order, a name given twice joined with ", " as those hosts join it.
 * Names are in lower case.
 */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** The rules of `dir`/_headers, or none when the folder has no such file. */
export function rulesOf(dir) {
  const file = join(dir, '_headers');
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8'), file) : [];
}

const compressed = new Map();
/** `body` (the bytes of `file`) gzipped, kept while the file is unchanged. */
async function gzipped(file, body) {
  const { mtimeMs } = await stat(file);
  const kept = compressed.get(file);
  if (kept && kept.mtimeMs === mtimeMs && kept.size === body.length) return kept.gz;
  const gz = gzipSync(body, { level: 9 });
  compressed.set(file, { mtimeMs, size: body.length, gz });
  return gz;
}

/**
 * A request handler serving `dir` under `prefix` ("/" or "/a/sub/path/"), with its `_headers`;
 * a folder's address serves its index.html; gzipped when the browser accepts it. Resolves false for a path outside `prefix` (so a
 * caller may answer it), true once it has answered.
 */
export function staticFiles(dir, { prefix = '/' } = {}) {
  const rules = rulesOf(dir);
  const root = resolve(dir);
  return async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) return false;
    const site = `/${path.slice(prefix.length)}`;
    const file = resolve(root, `.${normalize(site.endsWith('/') ? `${site}index.html` : site)}`);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(404).end('not found');
      return true;
    }
    try {
      const type = TYPES[extname(file)] || 'application/octet-stream';
      let body = await readFile(file);
      const headers = { 'content-type': type, ...headersFor(rules, site) };
      // Compressed as every static host compresses text and WebAssembly (gzip here; many hosts
      // send brotli, a little smaller).
      if (type !== 'image/png') {
        headers.vary = 'Accept-Encoding';
        if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
          body = await gzipped(file, body);
          headers['content-encoding'] = 'gzip';
        }
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('not found');
    }
    return true;
  };
}

/** Serves `dir` on 127.0.0.1:`port` (0: any free port); resolves to { url, close }. */
export async function serveDist(dir, port = 0) {
  const files = staticFiles(dir);
  const server = createServer(async (req, res) => {
    if (!(await files(req, res))) res.writeHead(404).end('not found');
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const here = fileURLToPath(new URL('..', import.meta.url));
  const dir = process.argv[2] || join(here, 'dist');
  const port = Number(process.argv[3] || process.env.PORT || 8080);
  const { url } = await serveDist(dir, port);
  console.log(`Spillover: ${url}  (single file: ${join(dir, 'spillover.html')}; Ctrl+C stops)`);
}

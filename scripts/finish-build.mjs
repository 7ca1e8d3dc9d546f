// Finishes a release build in dist/ (after `trunk build --release`):
//  1. adds a strict Content-Security-Policy to index.html, with the hash of trunk's one inline
//     script, so nothing but the site's own files can run or load;
//  2. puts the first screen (`spillover-cli prerender`, the file given second) inside
//     <div id="app">, so the opening view reads before and without any script; the app
//     replaces it when it starts;
//  3. writes dist/spillover.html, the whole app in one file (wasm, script, styles, icon
//     inlined) that runs when opened straight from disk, under its own strict policy, with the
//     start watch (static/start-watch.js: words when the app cannot start) inline before it.
// Node's standard library only; run by scripts/build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.argv[2] || join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const read = (name) => readFileSync(join(dist, name));
const files = readdirSync(dist);
const find = (re) => {
  const name = files.find((f) => re.test(f));
  if (!name) throw new Error(`dist/ has no file matching ${re}; run trunk build --release first`);
  return name;
};
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policy = (rules) => Object.entries(rules).map(([k, v]) => `${k} ${v}`).join('; ');
const meta = (csp) => `<meta http-equiv="Content-Security-Policy" content="${csp}">`;

let index = read('index.html').toString('utf8');

// The first screen: markup only, so the policy below holds for it too.
const firstScreenFile = process.argv[3];
if (!firstScreenFile) throw new Error('no first screen given: run `spillover-cli prerender > FILE` and pass FILE second');
const firstScreen = readFileSync(firstScreenFile, 'utf8').trim();
if (!firstScreen.includes('<main>')) throw new Error(`${firstScreenFile}: not a first screen (no <main>)`);
const unsafe = /<script|<style|<iframe|<link|\sstyle\s*=|\son[a-z]+\s*=|javascript:/i.exec(firstScreen);
if (unsafe) throw new Error(`${firstScreenFile}: holds "${unsafe[0]}", which the policy forbids or the page must not carry`);
const appDiv = /(<div id="app">)[\s\S]*?(<\/div>\s*<\/body>)/;
if (!appDiv.test(index)) throw new Error('dist/index.html has no <div id="app"> just before </body> to put the first screen in');
index = index.replace(appDiv, (_, open, close) => `${open}\n${firstScreen}\n${close}`);
if (index.includes('http-equiv="Content-Security-Policy"')) {
  throw new Error('dist/index.html already has a policy: rebuild with trunk before finishing');
}
const inline = [...index.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) throw new Error(`expected one inline module script from trunk, found ${inline.length}`);
// The start watch (words when the app cannot start), checked before anything is written; the
// single file carries it inline, before the app's script as index.html's `defer` one runs.
const watch = startWatch();

// The hosted build: its own files only. 'wasm-unsafe-eval' lets WebAssembly compile, nothing else.
const hosted = policy({
  'default-src': "'none'",
  'script-src': `'self' ${sha256(inline[0][1])} 'wasm-unsafe-eval'`,
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'frame-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
});
const charset = /<meta charset="utf-8"\s*\/?>/i;
if (!charset.test(index)) {
  throw new Error('dist/index.html has no <meta charset="utf-8"> to put the policy after; the build would ship without one');
}
index = index.replace(charset, (tag) => `${tag}\n    ${meta(hosted)}`);
// Never ship without the policy: check what is written, not what was meant.
const hasPolicy = (html, csp) => html.includes(meta(csp)) && html.indexOf(meta(csp)) < html.indexOf('<script');
if (!hasPolicy(index, hosted)) throw new Error('dist/index.html: the policy was not inserted before the first script');
writeFileSync(join(dist, 'index.html'), index);

// The single file.
const jsName = find(/^spillover-web-[0-9a-f]+\.js$/);
const wasmName = find(/^spillover-web-[0-9a-f]+_bg\.wasm$/);
const cssName = find(/^style-[0-9a-f]+\.css$/);
const iconName = find(/^favicon-[0-9a-f]+\.svg$/);
let js = read(jsName).toString('utf8');
const exportLine = /^export \{[^}]*\};?\s*$/m;
if (!exportLine.test(js)) throw new Error(`${jsName}: its export line was not found; wasm-bindgen's output changed`);
js = js.replace(exportLine, '');
const wasm = read(wasmName).toString('base64');
const script = `${js}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;
const css = read(cssName).toString('utf8');
const icon = `data:image/svg+xml;base64,${read(iconName).toString('base64')}`;
const single = policy({
  'default-src': "'none'",
  'script-src': `${sha256(watch)} ${sha256(script)} 'wasm-unsafe-eval'`,
  'style-src': sha256(css),
  'img-src': 'data: blob:',
  'base-uri': "'none'",
  'form-action': "'none'",
});
const head = index.slice(0, index.indexOf('</head>'));
const title = /<title>[\s\S]*?<\/title>/.exec(head)[0];
const description = /<meta name="description"[^>]*>/.exec(head)[0];
const body = /<body>[\s\S]*<\/body>/.exec(index)[0];
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    ${meta(single)}
    <meta name="viewport" content="width=device-width, initial-scale=1">
    ${description}
    <meta name="referrer" content="no-referrer">
    ${title}
    <link rel="icon" href="${icon}">
    <style>${css}</style>
    <script>${watch}</script>
    <script type="module">${script}</script>
  </head>
  ${body}
</html>
`;
if (!hasPolicy(page, single)) throw new Error('spillover.html: the policy was not inserted before the script');
writeFileSync(join(dist, 'spillover.html'), page);
/** static/start-watch.js as trunk copied it (index.html loads it), for the single file. */
function startWatch() {
  const name = find(/^start-watch-[0-9a-f]+\.js$/);
  const tag = new RegExp(`<script src="\\./${name}"[^>]*\\bdefer\\b[^>]*>`).exec(index);
  if (!tag || tag.index > index.indexOf('<script type="module">')) {
    throw new Error(`dist/index.html does not load ${name} with defer before the app's loader`);
  }
  const code = read(name).toString('utf8');
  if (code.includes('</script')) throw new Error(`${name}: holds "</script", which would end it inline`);
  return code;
}

console.log(`finish-build: policy and first screen (${firstScreen.length} bytes) added to index.html; spillover.html written (${page.length} bytes)`);

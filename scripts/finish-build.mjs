// Finishes a release build in dist/ (after `trunk build --release`):
//  1. adds a strict Content-Security-Policy to index.html, with the hash of trunk's one inline
//     script, so nothing but the site's own files can run or load;
//  2. puts the first screen (`spillover-cli prerender`, the file given second) inside
//     <div id="app">, so the opening view reads before and without any script; the app
//     replaces it when it starts;
//  3. writes dist/spillover.html, the whole app in one file (wasm, script, styles, icon
//     inlined) that runs when opened straight from disk, under its own strict policy, with the
//     start watch (static/start-watch.js: words when the app cannot start) inline before it;
//  4. languages (with `--words DIR`, the catalogue's folders, static/words): writes
//     dist/words/<code>.ftl for every folder but en (English is in the app), each the folder's
//     .ftl files joined in name order, which the app fetches when a reader chooses the language;
//     for each `CODE=FILE` given (FILE: `spillover-cli prerender --lang CODE`), a still first page
//     dist/<code>/index.html in that language (its `<html lang>`, the same app files from `../`,
//     its words inline so it needs no fetch for them); every still page lists every other with
//     `<link rel="alternate" hreflang>` and the root as x-default; spillover.html carries every
//     language's words inline, as `<script type="text/plain" data-words="CODE">`.
//   node scripts/finish-build.mjs DIST FIRST_SCREEN [--words DIR] [CODE=FIRST_SCREEN ...]
// Node's standard library only; run by scripts/build.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [distArg, firstScreenFile, ...more] = process.argv.slice(2);
const dist = distArg || join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
// The languages: `--words DIR` and `CODE=FIRST_SCREEN` pairs, after the first two arguments.
let wordsDir;
const stills = [];
for (let i = 0; i < more.length; i += 1) {
  if (more[i] === '--words') wordsDir = more[(i += 1)];
  else if (/^[a-z]{2,3}(-[A-Za-z0-9]+)*=./.test(more[i])) stills.push(more[i].split(/=(.*)/s).slice(0, 2));
  else throw new Error(`finish-build: "${more[i]}" is neither --words DIR nor CODE=FIRST_SCREEN`);
}
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
if (!firstScreenFile) throw new Error('no first screen given: run `spillover-cli prerender > FILE` and pass FILE second');
/** A still first screen's markup from `file`, checked: markup the policy allows, with a <main>. */
const stillScreen = (file) => {
  const html = readFileSync(file, 'utf8').trim();
  if (!html.includes('<main>')) throw new Error(`${file}: not a first screen (no <main>)`);
  const unsafe = /<script|<style|<iframe|<link|\sstyle\s*=|\son[a-z]+\s*=|javascript:/i.exec(html);
  if (unsafe) throw new Error(`${file}: holds "${unsafe[0]}", which the policy forbids or the page must not carry`);
  return html;
};
const firstScreen = stillScreen(firstScreenFile);
const appDiv = /(<div id="app">)[\s\S]*?(<\/div>\s*<\/body>)/;
if (!appDiv.test(index)) throw new Error('dist/index.html has no <div id="app"> just before </body> to put the first screen in');
/** `html` with `screen` as the content of its <div id="app">. */
const withScreen = (html, screen) => html.replace(appDiv, (_, open, close) => `${open}\n${screen}\n${close}`);
if (index.includes('http-equiv="Content-Security-Policy"')) {
  throw new Error('dist/index.html already has a policy: rebuild with trunk before finishing');
}
const inline = [...index.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) throw new Error(`expected one inline module script from trunk, found ${inline.length}`);
const jsName = find(/^spillover-web-[0-9a-f]+\.js$/);
const wasmName = find(/^spillover-web-[0-9a-f]+_bg\.wasm$/);
const watchName = find(/^start-watch-[0-9a-f]+\.js$/);
// The app's size as the loader counts it (the WebAssembly's bytes as stored, which a compressed
// answer's Content-Length does not give), on the still screen's status for its "312 of 740 KiB".
// Each hosted page's screen carries it (withAppBytes; a screen without a status has no loader
// to tell); the single file has the app inside it.
const stillStatus = /<p([^>]*) data-still-status/;
const withAppBytes = (screen) => screen.replace(stillStatus, (all) => `${all} data-app-bytes="${read(wasmName).length}"`);

// The app on demand: trunk's script starts it at once and has the page preload it. The first
// view is the still screen above, so the loader below fetches the app (script and wasm) only
// when a reader reaches for one of the still screen's controls, and starts it when they use one
// (or at once, when the address names any other view). See present/first_screen.rs, `Doors`.
const preloads = /\s*<link rel="(?:modulepreload|preload)" href="\.\/spillover-web-[^"]*"[^>]*>/g;
if ([...index.matchAll(preloads)].length !== 2) throw new Error('expected trunk to preload the app\'s script and wasm: its output changed');
index = index.replace(preloads, '');
// What both pages' scripts say on the still first screen while the app starts, or if it cannot;
// and, at an address naming another scenario (whose still copy this is not), only the top bar
// and the status show until the app starts (all of it again if it cannot).
// Their words are the catalogue's, in the page's language: the still status carries them
// (\`data-start-words\`, written by \`spillover-cli prerender\`: present/first_screen.rs).
const stillWords = `
const still = document.querySelector('#app > .first-screen');
const status = still && still.querySelector('[data-still-status]');
let words = {};
try { words = JSON.parse(status.dataset.startWords) || {}; } catch { /* a page without its still first screen */ }
// The words for \`key\`, each {name} in them filled in from \`args\` (the key itself if the page has none).
const word = (key, args = {}) => (words[key] ?? key).replace(/\\{(\\w+)\\}/g, (all, name) => (name in args ? args[name] : all));
const say = (text) => { if (status) { status.textContent = text; status.hidden = false; } };
// How much of the app has come, under the words, once the reader has asked for it: a bar and
// the bytes, hidden from screen readers (the words are said once; a count would be said on
// every change).
let loaded = 0;
// The app's size, which the build writes on the status (index.html; none in spillover.html).
let total = Number(status && status.dataset.appBytes) || 0;
const shown = () => {
  if (!status || status.hidden || !status.textContent.startsWith(word('starting'))) return;
  let bar = status.querySelector('.loaded');
  if (!bar) {
    bar = document.createElement('span');
    bar.className = 'loaded';
    bar.setAttribute('aria-hidden', 'true');
    status.append(' ', bar);
  }
  const kib = (n) => Math.round(n / 1024).toLocaleString(document.documentElement.lang || 'en');
  bar.textContent = total ? word('loaded_of', { loaded: kib(loaded), total: kib(total) }) : word('loaded', { loaded: kib(loaded) });
  let meter = status.querySelector('progress');
  if (!meter && total) {
    meter = document.createElement('progress');
    meter.setAttribute('aria-hidden', 'true');
    status.append(meter);
  }
  if (meter) { meter.max = total; meter.value = loaded; }
};
// The app's WebAssembly as it arrives, counted. Its size is the build's (on the status), or else
// known only when the bytes come as they are stored (a compressed answer's length is not the
// bytes read).
const counted = (r) => {
  if (!r.ok || !r.body) return r;
  const stored = r.headers.get('content-encoding') ? 0 : Number(r.headers.get('content-length')) || 0;
  total = total || stored;
  const body = r.body.pipeThrough(new TransformStream({
    transform(chunk, out) { loaded += chunk.byteLength; shown(); out.enqueue(chunk); },
  }));
  return new Response(body, { status: r.status, statusText: r.statusText, headers: r.headers });
};
const own = still && still.dataset.address;
const elsewhere = (on) => {
  const other = location.hash.length > 1 && location.hash !== own && !location.hash.startsWith(own + '&');
  if (own) still.classList.toggle('elsewhere', on && other);
};
// The start watch (static/start-watch.js) says why in plain words, with Try again.
const failed = (e) => {
  elsewhere(false);
  if (window.spilloverStartFailed) window.spilloverStartFailed(e);
  else say(word('could_not', { error: String(e) }));
};
`;
// `up`: the way from the page to the app's files ("./", or "../" from a language's folder).
const loaderAt = (up) => `${stillWords}
let fetched;
const fetchApp = () => (fetched ??= Promise.all([import('${up}${jsName}'), fetch('${up}${wasmName}').then(counted)]));
let started = false;
async function start() {
  if (started) return;
  started = true;
  say(word('starting'));
  shown();
  try {
    const [bindings, wasm] = await fetchApp();
    const focused = document.activeElement && still && still.contains(document.activeElement) ? document.activeElement : null;
    const instance = await bindings.default({ module_or_path: wasm });
    window.wasmBindings = bindings;
    // Focus stays where the reader had it: on the app's own control of the same name, unless
    // the app has put it somewhere already (a story's step title).
    // The app takes the still copy's place once the browser has painted it (web/paint.rs).
    let frames = 0;
    const restore = () => {
      if (still.isConnected || !document.querySelector('#app > .app')) {
        if ((frames += 1) < 600) requestAnimationFrame(restore);
        return;
      }
      if (document.activeElement && document.activeElement !== document.body) return;
      const same = [...document.querySelectorAll('#app button, #app select')]
        .find((c) => (focused.id && c.id === focused.id) || (!focused.id && c.textContent.trim() === focused.textContent.trim()));
      // "Start the story" has no twin once the story runs: its step's title takes focus, as
      // when the app's own button starts it. "Explore freely" has none either: the drawing
      // it opens on takes it.
      (same || document.getElementById('step-title') || document.querySelector('#app .graph svg[tabindex]'))?.focus();
    };
    if (focused) requestAnimationFrame(restore);
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
  } catch (e) {
    started = false;
    fetched = undefined;
    failed(e);
  }
}
if (!still || location.hash.length > 1) {
  elsewhere(true);
  start();
} else {
  const door = (e) => e.target instanceof Element && e.target.closest('[data-door] button, [data-door] select');
  for (const type of ['pointerover', 'pointerdown', 'focusin']) {
    still.addEventListener(type, (e) => { if (door(e)) fetchApp().catch(() => {}); }, { passive: true });
  }
  // "Explore freely" and "Stories" open this scenario's own address, so a reload (or "Try
  // again") comes back to the app rather than to the still page.
  const go = (route) => {
    const to = route || own;
    if (to && to !== location.hash) location.hash = to;
    else start();
  };
  still.addEventListener('click', (e) => {
    const b = e.target instanceof Element && e.target.closest('[data-door] button[data-route]');
    if (b) go(b.dataset.route);
  });
  still.addEventListener('change', (e) => { if (door(e)) go(e.target.value); });
  addEventListener('hashchange', start);
}
`;
// The start watch (words when the app cannot start), checked before anything is written; the
// single file carries it inline, before the app's script as index.html's `defer` one runs.
const watch = startWatch();
const charset = /<meta charset="utf-8"\s*\/?>/i;
if (!charset.test(index)) {
  throw new Error('dist/index.html has no <meta charset="utf-8"> to put the policy after; the build would ship without one');
}
// Never ship without the policy: check what is written, not what was meant.
const hasPolicy = (html, csp) => html.includes(meta(csp)) && html.indexOf(meta(csp)) < html.indexOf('<script');

// The languages: English is in the app; every other folder of the catalogue is one file the app
// fetches (words/<code>.ftl), each .ftl of the folder in name order but the command line's own
// words (cli.ftl), which the page never says.
const languages = wordsDir
  ? readdirSync(wordsDir, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'en').map((e) => e.name).sort()
  : [];
const words = new Map(languages.map((code) => {
  const folder = join(wordsDir, code);
  // Without the comments (lines starting with #, notes for translators), which readers need not
  // download: about a third of the text.
  const text = readdirSync(folder).filter((f) => f.endsWith('.ftl') && f !== 'cli.ftl').sort()
    .map((f) => readFileSync(join(folder, f), 'utf8').replace(/^#.*\n?/gm, '').replace(/\n{3,}/g, '\n\n').replace(/\s*$/, '\n')).join('\n');
  if (!text.trim()) throw new Error(`${folder}: no .ftl files`);
  if (/<\/script/i.test(text)) throw new Error(`${folder}: holds "</script", which would end it inline`);
  return [code, text];
}));
for (const [code] of stills) {
  if (!words.has(code)) throw new Error(`a still page in "${code}" was asked for, but ${wordsDir || 'no --words folder'} has no folder ${code}`);
}
/**
 * The root page's choice of language, run in its head before the first paint: when the address
 * names no language (`lang=`), the first of the browser's preferred languages that is English or
 * has a still page decides, and a page's language sends the reader to it, keeping the address's
 * view (`de/#scenario=partners`). English, or none of them, stays.
 */
const languagePick = (codes) => `(function () {
  if (/(^|[#&])lang=/.test(location.hash)) return;
  var pages = ${JSON.stringify(codes)};
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase().split('-')[0];
    if (code === 'en') return;
    if (pages.indexOf(code) >= 0) { location.replace(code + '/' + location.search + location.hash); return; }
  }
})();`;
/** A language's words inline, where the app reads them before fetching (they are not run). */
const inlineWords = (code) => `<script type="text/plain" data-words="${code}">\n${words.get(code)}</script>`;
// Every still page, by language: the root's English, and each folder's.
const pages = [['en', ''], ...stills.map(([code]) => [code, `${code}/`])];
/** The alternates of a still page `depth` folders down: every page by its hreflang, the root as x-default. */
const alternates = (depth) => {
  const up = depth ? '../'.repeat(depth) : './';
  return [...pages.map(([code, path]) => [code, `${up}${path}`]), ['x-default', up]]
    .map(([code, href]) => `<link rel="alternate" hreflang="${code}" href="${href}">`).join('\n    ');
};

/**
 * The hosted still page in `lang` with `screen` in its <div id="app">: its files at `up`, the
 * alternates, the words of a language other than English inline, under a strict policy of its own.
 */
function hostedPage(screen, { lang = 'en', up = './', depth = 0 } = {}) {
  const loader = loaderAt(up);
  // The root's English page sends a reader whose browser prefers a language with a page of its
  // own there before anything is painted, so their first paint is in their language.
  const pick = lang === 'en' && depth === 0 && stills.length ? languagePick(stills.map(([code]) => code)) : '';
  let html = withScreen(index, withAppBytes(screen))
    .replace(inline[0][0], () => `<script type="module">${loader}</script>`)
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
  if (up !== './') html = html.replace(/(\s(?:href|src))="\.\/(?=[^"])/g, `$1="${up}`);
  if (lang !== 'en') {
    // The title and description in the page's language: the name and the tagline of its first screen.
    const tagline = /<p class="tagline">([^<]*)<\/p>/.exec(screen);
    if (tagline) {
      html = html.replace(/<title>[\s\S]*?<\/title>/, () => `<title>Spillover: ${tagline[1]}</title>`)
        .replace(/(<meta name="description" content=")[^"]*"/, (_, open) => `${open}${tagline[1]}"`);
    }
  }
  const extra = [alternates(depth), lang === 'en' ? '' : inlineWords(lang), pick && `<script>${pick}</script>`].filter(Boolean).join('\n    ');
  html = html.replace(/\n?(\s*)<\/head>/, (_, space) => `\n    ${extra}${space ? `\n${space}` : ''}</head>`);
  // Its own files only. 'wasm-unsafe-eval' lets WebAssembly compile, nothing else; 'self' in
  // connect-src lets the app fetch its script, its wasm and a language's words.
  const csp = policy({
    'default-src': "'none'",
    'script-src': `'self' ${sha256(loader)}${pick ? ` ${sha256(pick)}` : ''} 'wasm-unsafe-eval'`,
    'style-src': "'self'",
    'img-src': "'self' data: blob:",
    'connect-src': "'self'",
    'frame-src': "'self'",
    'base-uri': "'none'",
    'form-action': "'none'",
  });
  html = html.replace(charset, (tag) => `${tag}\n    ${meta(csp)}`);
  if (!hasPolicy(html, csp)) throw new Error(`the still page in ${lang}: the policy was not inserted before the first script`);
  return html;
}

const stillPages = stills.map(([code, file]) => [code, hostedPage(stillScreen(file), { lang: code, up: '../', depth: 1 })]);
const rootPage = hostedPage(firstScreen);
// What the single file is made from: the English page with its first screen.
index = withScreen(index, firstScreen);
writeFileSync(join(dist, 'index.html'), rootPage);
if (words.size) mkdirSync(join(dist, 'words'), { recursive: true });
for (const [code, text] of words) writeFileSync(join(dist, 'words', `${code}.ftl`), text);
for (const [code, html] of stillPages) {
  mkdirSync(join(dist, code), { recursive: true });
  writeFileSync(join(dist, code, 'index.html'), html);
}

// The single file: the app inlined and started at once (it is all on the disk already), after
// the page's body, so the still first screen is read and painted before the app's megabytes.
const cssName = find(/^style-[0-9a-f]+\.css$/);
const iconName = find(/^favicon-[0-9a-f]+\.svg$/);
let js = read(jsName).toString('utf8');
const exportLine = /^export \{[^}]*\};?\s*$/m;
if (!exportLine.test(js)) throw new Error(`${jsName}: its export line was not found; wasm-bindgen's output changed`);
js = js.replace(exportLine, '');
const wasm = read(wasmName).toString('base64');
const script = `${js}
{${stillWords}
elsewhere(true);
say(word('starting'));
try {
  // The still first screen is painted first: decoding and compiling the app takes seconds on a
  // slow phone, and would otherwise come before any paint.
  await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
  const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
  await __wbg_init({ module_or_path: bytes });
} catch (e) {
  failed(e);
}
}
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
    <script>${watch}</script>${[...words.keys()].map((code) => `\n    ${inlineWords(code)}`).join('')}
  </head>
  ${body.replace('</body>', () => `<script type="module">${script}</script>\n</body>`)}
</html>
`;
if (!hasPolicy(page, single)) throw new Error('spillover.html: the policy was not inserted before the script');
writeFileSync(join(dist, 'spillover.html'), page);
/** static/start-watch.js as trunk copied it (index.html loads it), for the single file. */
function startWatch() {
  const name = watchName;
  const tag = new RegExp(`<script src="\\./${name}"[^>]*\\bdefer\\b[^>]*>`).exec(index);
  if (!tag || tag.index > index.indexOf('<script type="module">')) {
    throw new Error(`dist/index.html does not load ${name} with defer before the app's loader`);
  }
  const code = read(name).toString('utf8');
  if (code.includes('</script')) throw new Error(`${name}: holds "</script", which would end it inline`);
  return code;
}

console.log(`finish-build: policy and first screen (${firstScreen.length} bytes) added to index.html; spillover.html written (${page.length} bytes)`);
if (words.size) {
  console.log(`finish-build: words/ for ${[...words.keys()].join(', ')}; still pages ${stills.map(([code]) => `${code}/`).join(', ') || 'none'} beside the root's English`);
}

// What the first view costs a reader, and what the app costs when they ask for it, at gzip -9
// (BENCHMARKS.md has the same measured in the browser: tests/e2e/bench-first-screen.mjs).
const gz = (name) => gzipSync(read(name), { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const firstView = gz('index.html') + gz(cssName) + gz(iconName) + gz(watchName);
const [appJs, appWasm] = [gz(jsName), gz(wasmName)];
console.log(`finish-build: first view ${kib(firstView)} gzip -9 (index.html, style sheet, icon, start watch; budget 133 KiB); the app on demand ${kib(appJs + appWasm)} (script ${kib(appJs)}, wasm ${kib(appWasm)})`);
if (firstView > 133 * 1024) console.warn('finish-build: the first view is over its 133 KiB budget');

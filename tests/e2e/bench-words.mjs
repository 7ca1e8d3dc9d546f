// What each language weighs (issue 23): the bytes of each language's words as the build writes
// them (dist/words/<code>.ftl, fetched only by a reader who chooses that language), its still
// first page (dist/<code>/index.html, its words inline), and what English, embedded in the app,
// adds to the WebAssembly: its .ftl files' text, which the binary holds as it is. Raw and
// gzip -9. Needs a build (scripts/build); writes its section of BENCHMARKS.md.
//   cd tests/e2e && node bench-words.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { dist, root, writeSection } from './harness.js';

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const row = (what, bytes) => `| ${what} | ${bytes.length.toLocaleString('en')} | ${gz(bytes).toLocaleString('en')} |`;

const englishDir = join(root, 'static', 'words', 'en');
// The page's words: every file but the command line's own (cli.ftl), which the app leaves out.
const pageFiles = readdirSync(englishDir).filter((f) => f.endsWith('.ftl') && f !== 'cli.ftl').sort();
const english = Buffer.from(pageFiles
  .map((f) => readFileSync(join(englishDir, f), 'utf8')).join('\n'));
const wasmName = readdirSync(dist).find((f) => /^spillover-web-[0-9a-f]+_bg\.wasm$/.test(f));
if (!wasmName) throw new Error('dist/ has no app: run scripts/build first');
const wasm = readFileSync(join(dist, wasmName));
// That the English text is in the binary as written: one message of each file, found in it.
const held = pageFiles.every((f) => {
  const line = readFileSync(join(englishDir, f), 'utf8').split('\n').find((l) => /^[a-z][\w-]* = \S/.test(l));
  return !line || wasm.includes(Buffer.from(line));
});
const codes = existsSync(join(dist, 'words'))
  ? readdirSync(join(dist, 'words')).filter((f) => f.endsWith('.ftl')).map((f) => f.slice(0, -4)).sort()
  : [];
const rows = [
  row('English, embedded in the app (`static/words/en/`, every file but `cli.ftl`)', english),
  ...codes.map((code) => row(`\`words/${code}.ftl\`, fetched when a reader chooses it`, readFileSync(join(dist, 'words', `${code}.ftl`)))),
  ...codes.filter((code) => existsSync(join(dist, code, 'index.html')))
    .map((code) => row(`\`${code}/index.html\`, the still first page with its words inline`, readFileSync(join(dist, code, 'index.html')))),
  row('`index.html`, the English still first page, for comparison', readFileSync(join(dist, 'index.html'))),
  row('the app\'s WebAssembly, for comparison', wasm),
];
const section = `
## Size per language (\`cd tests/e2e && node bench-words.mjs\`)

What each language weighs, as \`scripts/build\` writes it (${new Date().toISOString().slice(0, 10)}). English is
in the app's WebAssembly (its text held as written: ${held ? 'one message of each file found in the binary' : 'NOT found as written in the binary'});
every other language is one file fetched only by a reader who chooses it, so adding a language
adds nothing to anyone else's download; its still first page carries its words inline, so a
reader who arrives there fetches nothing more for them. The pseudo-language en-XA is made from
English in the app and weighs nothing. \`spillover.html\` carries every language.

| file | bytes | gzip -9 |
|---|---:|---:|
${rows.join('\n')}
`;
await writeSection(section);
console.log(section);

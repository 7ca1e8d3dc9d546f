// Sums twiggy's function sizes (the CSV of `twiggy top -f csv`, given first) by the part of the
// code each belongs to, and writes the table into BENCHMARKS.md. Run by scripts/wasm-sizes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeSection, dist } from '../tests/e2e/harness.js';

/** One CSV line's fields (twiggy quotes names that hold commas or quotes). */
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { cur += '"'; i += 1; } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

// The parts, first match wins: the app's layers by module, then the crates it uses. Generic
// code is named by where it is defined, so Yew's machinery instantiated for each of our
// components counts as Yew's.
const PARTS = [
  [/spillover::web::components::(scale|editor|bulk|import|picker)\b/, 'web: sandbox editor, At scale, importers (components)'],
  [/spillover::web::components/, 'web: the other components'],
  [/spillover::web::/, 'web: hooks, app, browser glue'],
  [/spillover::(files::network|sandbox)::/, 'files::network and sandbox (importers, edits)'],
  [/spillover::(core::scale|present::scale|view::scale|files::generated)/, 'At scale (core, present, view, files)'],
  [/spillover::files::/, 'files (scenario file, links, storage)'],
  [/spillover::(core|present|view)::/, 'core, present and view (engine, words, scene, layout)'],
  [/^<?yew|[<( ]yew::|implicit_clone/, 'yew'],
  [/serde_json|serde_path_to_error|serde::/, 'serde, serde_json'],
  [/roxmltree|xmlparser/, 'roxmltree (GraphML, GEXF)'],
  [/miniz_oxide|base64/, 'miniz_oxide, base64 (links)'],
  [/wasm_bindgen|js_sys|web_sys|gloo/, 'wasm-bindgen, js-sys, web-sys, gloo'],
  [/hashbrown|rustc_hash|indexmap|petgraph/, 'hashbrown, indexmap, petgraph'],
  [/(^|[<( ])(core|alloc|std)(\[[0-9a-f]+\])?::|<str|<f(32|64) |<T as |dlmalloc|compiler_builtins|__rust|memcpy|memset|memmove|zmij/, 'Rust standard library'],
];
const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map(fields);
const sums = new Map();
let data = 0;
let total = 0;
for (const [name, size] of rows) {
  const n = Number(size);
  // Names, wasm-bindgen's notes and its describe functions: none of them is shipped.
  if (/subsection|custom section|__wbindgen_describe/.test(name)) continue;
  total += n;
  if (/^data segment/.test(name)) { data += n; continue; }
  const part = (PARTS.find(([re]) => re.test(name)) || [null, 'other (tables, closures, glue)'])[1];
  sums.set(part, (sums.get(part) || 0) + n);
}
// The parts the first view does without.
const LATER = [
  'web: sandbox editor, At scale, importers (components)',
  'files::network and sandbox (importers, edits)',
  'roxmltree (GraphML, GEXF)',
  'miniz_oxide, base64 (links)',
  'At scale (core, present, view, files)',
];
const later = LATER.reduce((a, p) => a + (sums.get(p) || 0), 0);
const shipped = readdirSync(dist).find((f) => /^spillover-web-[0-9a-f]+_bg\.wasm$/.test(f));
const wasm = shipped ? readFileSync(join(dist, shipped)) : null;
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const pct = (n) => `${((100 * n) / total).toFixed(0)}%`;
const table = [...sums].sort((a, b) => b[1] - a[1]).map(([part, n]) => `| ${part} | ${kib(n)} | ${pct(n)} |`);
const section = `
## What the WebAssembly holds (\`scripts/wasm-sizes\`)

The app's release WebAssembly before \`wasm-opt\` (which strips the names), read by twiggy 0.8:
each function's bytes summed by the part of the code it belongs to (generic code counts where it
is defined, so Yew's machinery instantiated for each of our components counts as Yew's).
${wasm ? `Shipped after \`wasm-opt -Oz\`: ${kib(wasm.length)}, ${kib(gzipSync(wasm, { level: 9 }).length)} gzip -9.` : ''}

| part | bytes | share |
|---|---:|---:|
${table.join('\n')}
| constant data (strings, tables, the built-in scenarios) | ${kib(data)} | ${pct(data)} |
| **code and data** | **${kib(total)}** | 100% |

What a reader's first view does not need (${LATER.join('; ')}) is ${pct(later)} of it: split off
into a second WebAssembly, the rest would still be about ${wasm ? kib(gzipSync(wasm, { level: 9 }).length * (1 - later / total)) : '?'} gzip at the same ratio,
several times the 133 KiB budget, since Yew, the standard library and the explorer's own
components are most of it. So the first view is the still page, with no WebAssembly, and the app
is fetched on demand ("The still first screen", above).
`;
await writeSection(section);
console.log(section);

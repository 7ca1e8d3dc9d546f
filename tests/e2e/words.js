// The catalogue's words as the tests look for them: a message of static/words/<lang>/, by its
// id, so a test finds a button by the name a reader of that language reads; and the
// pseudo-language en-XA as the app makes it from English (src/catalogue/pseudo.rs): accented,
// each vowel said twice, the message between brackets.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.js';

const folders = new Map();
/** Every plain message of a language's folder: { id: text }, for messages written on one line. */
function messages(lang) {
  if (!folders.has(lang)) {
    const dir = join(root, 'static', 'words', lang);
    const found = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const m = /^([a-zA-Z][\w-]*) = (.+)$/.exec(line);
        if (m) found[m[1]] = m[2].trim();
      }
    }
    folders.set(lang, found);
  }
  return folders.get(lang);
}

const ACCENTS = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', c: 'ç', n: 'ñ', y: 'ý', C: 'Ç', N: 'Ñ', Y: 'Ý' };
/** English text as the pseudo-language writes it, without the brackets: "Said yes" as "Sááíídéé yéés". */
export const accented = (text) => [...text].map((c) => (/[aeiouAEIOU]/.test(c) ? ACCENTS[c].repeat(2) : ACCENTS[c] || c)).join('');

/** The message `id` as a reader of `lang` reads it (en-XA: English accented and bracketed). */
export function word(lang, id) {
  if (lang === 'en-XA') return `[${accented(word('en', id))}]`;
  const text = messages(lang)[id];
  if (text === undefined) throw new Error(`static/words/${lang} has no one-line message ${id}`);
  if (text.includes('{')) throw new Error(`${id} in ${lang} has placeables; look for it another way`);
  return text;
}

/** The languages with a folder of words besides English, as the build makes them: de, es… */
export const languages = readdirSync(join(root, 'static', 'words'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'en').map((e) => e.name).sort();

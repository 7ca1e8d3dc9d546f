// German and Spanish (issue 23): every view passes axe (WCAG 2.2 AA) in each; the figures are
// the same in every language for the same address, however each writes its numbers; the still
// pages de/ and es/ are in their language as served, before any script, and list each other; and
// spillover.html, opened from disk, speaks German when its address says so, asking nothing of
// anyone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, open, dist, root, checkAxe, until } from './harness.js';
import { VIEWS, SLUGS, openView } from './views.js';
import { word, languages } from './words.js';

const env = session();

for (const lang of ['de', 'es']) {
  test(`axe finds nothing on every view in ${lang}`, async () => {
    for (const view of VIEWS) {
      const { page, context } = await openView(env.browser, env.server.url, view, lang, { width: 1280, height: 800 }, { bypassCSP: true });
      await checkAxe(page, `${lang}: ${view.name}`);
      await context.close();
    }
  });
}

/** How a language writes numbers, from its language.ftl: { group, decimal }. */
const numbers = (lang) => {
  const text = readFileSync(join(root, 'static', 'words', lang, 'language.ftl'), 'utf8');
  const value = (id) => new RegExp(`^${id} = ?(.*)$`, 'm').exec(text)?.[1] ?? '';
  return { group: value('number-group'), decimal: value('number-decimal') };
};

/** Every number in `text`, as the language writes it, read back: "4.039" in German is 4039. */
const figuresIn = (text, lang) => {
  const { group, decimal } = numbers(lang);
  const groups = new Set([group, '\u00a0', '\u202f', ' '].filter(Boolean));
  const found = [];
  const digits = /\d(?:[\d.,\u00a0\u202f ]*\d)?/g;
  for (const [raw] of text.matchAll(digits)) {
    // A space between two numbers that are not grouped (a date's "2014 01") stays a gap.
    for (const part of raw.split(/ (?!\d{3}(?!\d))/)) {
      let n = '';
      for (const c of part) n += groups.has(c) && c !== decimal ? '' : c === decimal ? '.' : c;
      found.push(...n.split(/[^\d.]+/).filter(Boolean).map(Number));
    }
  }
  return found;
};

/** The figures a page shows at `hash` in `lang`: its headline, the company table, the summary under the graph. */
async function figuresAt(hash, lang) {
  const { page, context } = await open(env.browser, `${env.server.url}#${hash}&lang=${lang}`, {
    ready: (p) => p.locator(`html[lang="${lang}"]`).getByRole('main').getByRole('table').first(),
  });
  const main = page.getByRole('main');
  // The headline: the paragraph under the scenario's title.
  const title = main.getByRole('heading', { level: 2 }).first();
  const headline = await title.locator('xpath=following-sibling::p[1]').textContent();
  const table = await main.getByRole('table').first().evaluate((t) => [...t.rows].map((r) => [...r.cells].map((c) => c.textContent).join(' | ')).join('\n'));
  const summary = await main.locator('figcaption').first().textContent();
  await context.close();
  return { headline: figuresIn(headline, lang), table: figuresIn(table, lang), summary: figuresIn(summary, lang) };
}

test('the figures are the same in every language, however each writes its numbers', async () => {
  for (const slug of SLUGS) {
    // Someone selected, so the summary under the graph says their figures.
    const someone = JSON.parse(readFileSync(join(root, 'static', 'scenarios', `${slug}.json`), 'utf8')).people[0].id;
    for (const hash of [`scenario=${slug}&select=${someone}`, `scenario=${slug}&step=2`]) {
      const english = await figuresAt(hash, 'en');
      assert.ok(english.table.length > 3, `${hash}: the table has figures`);
      for (const lang of languages) {
        assert.deepEqual(await figuresAt(hash, lang), english, `${hash} in ${lang}`);
      }
    }
  }
});

test('the still pages de/ and es/ are in their language as served, and every still page lists every other', async () => {
  const pages = ['', ...languages.map((l) => `${l}/`)];
  for (const path of pages) {
    const lang = path ? path.slice(0, -1) : 'en';
    const res = await fetch(`${env.server.url}${path}`);
    assert.equal(res.status, 200, path);
    const html = await res.text();
    assert.match(html, new RegExp(`<html lang="${lang}"`), `${path || '/'}: <html lang>`);
    const up = path ? '../' : './';
    for (const other of pages) {
      const code = other ? other.slice(0, -1) : 'en';
      assert.ok(html.includes(`<link rel="alternate" hreflang="${code}" href="${up}${other}">`), `${path || '/'} lists ${code}`);
    }
    assert.ok(html.includes(`<link rel="alternate" hreflang="x-default" href="${up}">`), `${path || '/'}: x-default`);
    if (!path) continue;
    // Before any script runs: what a reader without scripts sees is the page's own language.
    const { page, context } = await open(env.browser, `${env.server.url}${path}`, {
      context: { javaScriptEnabled: false }, ready: (p) => p.getByRole('main'),
    });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await page.getByText(word(lang, 'still-no-script'), { exact: true }).waitFor();
    assert.equal(await page.getByText(word('en', 'still-no-script'), { exact: true }).count(), 0, `${path}: no English`);
    await context.close();
    // With scripts, its app files come from the root and the app stays in its language.
    const started = await open(env.browser, `${env.server.url}${path}#scenario=friends`, {
      ready: (p) => p.locator(`html[lang="${lang}"] #app > .app:not(.first-screen)`),
    });
    assert.deepEqual(started.errors, []);
    assert.ok(started.requests.every((u) => u.startsWith(`${env.server.origin}/`)), 'only the site\'s own files');
    await started.page.getByRole('combobox', { name: word(lang, 'language-picker'), exact: true }).waitFor();
    await started.context.close();
  }
});

test('spillover.html from disk speaks German with lang=de, and asks nothing of anyone', async () => {
  const file = pathToFileURL(join(dist, 'spillover.html')).href;
  const { page, context, requests, errors } = await open(env.browser, `${file}#scenario=friends&lang=de`, {
    ready: (p) => p.locator('html[lang="de"] #app > .app:not(.first-screen)'),
  });
  await until(() => page.evaluate(() => document.documentElement.lang === 'de'), { message: '<html lang="de">' });
  assert.deepEqual(errors, []);
  const elsewhere = requests.filter((u) => !u.startsWith(file.split('#')[0]) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(elsewhere, [], 'no request but the file itself');
  await page.getByRole('button', { name: word('de', 'tab-build'), exact: true }).waitFor();
  await page.getByRole('combobox', { name: word('de', 'language-picker'), exact: true }).waitFor();
  await context.close();
});

// Choosing a language: the picker in the top bar lists each language by its own name and puts
// the choice in the address; `lang=` in an address opens the page in it (a copied link keeps
// it); the browser's preferred language is the default; a language whose words cannot be had
// leaves the page in English with a quiet note; the pseudo-language `en-XA` brackets every word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressMatching, until, session, open } from './harness.js';

// One static server and one browser for the whole file.
const env = session();

/** The language picker, by its name in the page's language. */
const picker = (page, name = 'Language') => page.getByRole('combobox', { name, exact: true });
/** The picker in any language: what a test waits for before the page speaks one. */
const anyPicker = (page) => page.getByRole('combobox', { name: /^(Language|Sprache|Idioma|\[.+\])$/ });
const htmlLang = (page) => page.locator('html').getAttribute('lang');
const speaks = (page, code) => until(async () => (await htmlLang(page)) === code, {
  message: `<html lang="${code}">`, timeout: 10000,
});

test('the picker lists each language by its own name, and the choice is in the address', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}#scenario=friends`);
  const names = await picker(page).getByRole('option').allTextContents();
  assert.deepEqual(names, ['English', 'Deutsch', 'Español']);
  assert.equal(await htmlLang(page), 'en');
  await picker(page).selectOption({ label: 'Deutsch' });
  await addressMatching(page, /#scenario=friends&lang=de$/);
  await speaks(page, 'de');
  await picker(page, 'Sprache').waitFor();
  assert.equal(await picker(page, 'Sprache').inputValue(), 'de');
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
  await picker(page, 'Sprache').selectOption({ label: 'English' });
  await addressMatching(page, /#scenario=friends$/);
  await speaks(page, 'en');
  await picker(page).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('lang= in an address opens the page in that language, and a copied link keeps it', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=digital-life&lang=es`,
    { ready: anyPicker, context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await speaks(page, 'es');
  await picker(page, 'Idioma').waitFor();
  assert.equal(await picker(page, 'Idioma').inputValue(), 'es');
  // The share button, whatever its words: the first button of the share controls.
  await page.locator('.share button').first().click();
  const copied = await until(() => page.evaluate(() => navigator.clipboard.readText()), {
    message: 'a copied link',
  });
  assert.match(copied, /#scenario=digital-life&lang=es$/);
  await context.close();
});

test("the browser's preferred language is the default, and the address says it", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`,
    { ready: anyPicker, context: { locale: 'de-DE' } });
  await speaks(page, 'de');
  assert.equal(await picker(page, 'Sprache').inputValue(), 'de');
  await addressMatching(page, /#scenario=friends&lang=de$/);
  // A reader who chooses English keeps it: the address says so against the browser's German.
  await picker(page, 'Sprache').selectOption({ label: 'English' });
  await addressMatching(page, /#scenario=friends&lang=en$/);
  await speaks(page, 'en');
  await context.close();
});

test('a language whose words cannot be fetched leaves the page in English, with a quiet note', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  await page.route('**/words/*.ftl', (route) => route.abort());
  await picker(page).selectOption({ label: 'Español' });
  await page.getByRole('status').filter({ hasText: 'Español could not be loaded, so the page stays in English.' }).waitFor();
  assert.equal(await htmlLang(page), 'en');
  await picker(page).waitFor();
  await context.close();
});

test('the pseudo-language brackets the words and is in no picker', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&lang=en-XA`,
    { ready: anyPicker });
  await speaks(page, 'en-XA');
  const tagline = await page.locator('header.top .tagline').textContent();
  assert.match(tagline, /^\[.*\]$/);
  assert.match(tagline, /[áéíóú]/);
  await picker(page, '[Lááñgúúáágéé]').waitFor();
  const names = await picker(page, '[Lááñgúúáágéé]').getByRole('option').allTextContents();
  assert.deepEqual(names, ['English', 'Deutsch', 'Español']);
  await context.close();
});

test('a language chosen after the page opened reaches every part of it', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  await page.getByRole('button', { name: 'Copy link' }).waitFor();
  await page.evaluate(() => { location.hash = '#scenario=friends&lang=en-XA'; });
  await speaks(page, 'en-XA');
  // Words of the top bar, of the explorer (whose inputs a language does not change) and of
  // the footer.
  await page.getByRole('button', { name: /^\[Stóó/ }).waitFor();
  await page.getByRole('button', { name: /^\[Çóópý lííñk\]$/ }).waitFor();
  assert.match(await page.locator('footer.honesty').textContent(), /^\[.*\]$/);
  await context.close();
});

test('a reader whose browser prefers German, arriving at the English page, is sent to the German one before it paints', async () => {
  const tagline = (page) => page.locator('p.tagline');
  // German preferred, no language in the address: the German still page, its view kept.
  const german = await open(env.browser, `${env.server.url}#scenario=partners`,
    { ready: tagline, context: { locale: 'de-DE', javaScriptEnabled: true } });
  // (Once the app has started on it, the address also names the language it shows.)
  await until(async () => /\/de\/#scenario=partners(&lang=de)?$/.test(german.page.url()), { message: 'the German page' });
  assert.equal(await htmlLang(german.page), 'de');
  assert.match(await tagline(german.page).textContent(), /deine Daten/);
  // Nothing English was painted first: the root page's choice runs in its head, before its body.
  const root = await (await fetch(env.server.url)).text();
  assert.ok(root.indexOf('location.replace') < root.indexOf('<body'), 'the choice is in the head');
  await german.context.close();
  // The address's language wins over the browser's, and English stays English.
  for (const [locale, hash] of [['de-DE', '#scenario=friends&lang=en'], ['en-GB', '#scenario=friends']]) {
    const stays = await open(env.browser, `${env.server.url}${hash}`, { ready: tagline, context: { locale } });
    assert.ok(stays.page.url().endsWith(`/sub-path/${hash}`), `${locale} ${hash}: ${stays.page.url()}`);
    await stays.context.close();
  }
});

// Every view a reader can reach, in a language: what pseudo.test.js and languages.test.js open.
// Each opens by its address with `lang=<code>` and finds what shows it is ready by role and by
// the name the catalogue gives it in that language (words.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, root } from './harness.js';
import { word } from './words.js';

export const SLUGS = ['friends', 'digital-life', 'partners'];
export const WIDTHS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const steps = (slug) => JSON.parse(readFileSync(join(root, 'static', 'scenarios', `${slug}.json`), 'utf8')).steps.length;

/** The story's steps, as `lang` names them: there when a story step is shown. */
const storySteps = (p, lang) => p.getByRole('navigation', { name: word(lang, 'story-steps') });

/**
 * The views, each { name, hash (without lang), ready(page, lang): a locator, after any action
 * the view needs (a click, a person added) }.
 */
export const VIEWS = [
  ...SLUGS.flatMap((slug) => [1, steps(slug)].map((step) => ({
    name: `${slug}, step ${step}`,
    hash: `scenario=${slug}&step=${step}`,
    ready: (p, lang) => storySteps(p, lang),
  }))),
  {
    name: 'the explorer with "why?" open',
    hash: 'scenario=friends&select=you',
    ready: (p, lang) => p.getByRole('complementary').getByRole('button', { name: word(lang, 'why-close'), exact: true }),
  },
  {
    name: 'the sandbox with a person added',
    hash: 'sandbox',
    ready: async (p, lang) => {
      await p.getByRole('button', { name: word(lang, 'intro-sandbox-start'), exact: true }).click();
      const form = p.getByRole('form', { name: word(lang, 'form-add-person-title'), exact: true });
      const name = form.getByRole('textbox', { name: word(lang, 'form-name'), exact: true });
      await name.fill('Zoe');
      await name.press('Enter');
      return p.getByRole('button', { name: /Zoe/ });
    },
  },
  { name: 'At scale', hash: 'scale', ready: (p) => p.getByRole('main').getByRole('heading', { level: 2 }) },
  { name: 'Your data, before a file is chosen', hash: 'mine', ready: (p) => p.getByRole('main').getByRole('heading', { level: 2 }) },
  {
    name: 'the embed dialog',
    hash: 'scenario=friends',
    ready: async (p, lang) => {
      await p.getByRole('button', { name: word(lang, 'embed'), exact: true }).click();
      return p.getByRole('dialog', { name: word(lang, 'embed-title'), exact: true });
    },
  },
];

/** Opens `view` in `lang` at `viewport` ({ width, height }); resolves to what `open` gives. */
export async function openView(browser, url, view, lang, viewport, context = {}) {
  const opened = await open(browser, `${url}#${view.hash}&lang=${lang}`, {
    ...viewport,
    context: { reducedMotion: 'reduce', ...context },
    ready: (p) => p.locator(`html[lang="${lang}"] #app > .app:not(.first-screen)`),
  });
  const ready = await view.ready(opened.page, lang);
  await ready.first().waitFor();
  return opened;
}

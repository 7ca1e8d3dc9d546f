// A teacher's own story (issue 24): three steps written in "Build your own" by role and label,
// moved by keyboard, deleted and taken back; its link opens at step one in a fresh page, as a
// built-in story's does; it is presented with a clicker's keys and printed a page per step,
// and so is a built-in story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, until, text, screenshot, checkAxe, story, storySteps, stepTitle } from './harness.js';

const env = session();

const part = (page) => page.getByRole('region', { name: 'Your story' });
const stepForm = (page, n) => part(page).getByRole('form', { name: `Step ${n}` });
const listed = (page) => part(page).getByRole('listitem');
let shared = null;

async function sandbox(options = {}) {
  return open(env.browser, `${env.server.url}#sandbox`, {
    height: 1000,
    ready: (page) => page.getByRole('heading', { name: 'Build your own', level: 2 }),
    ...options,
  });
}

/** Writes a step in the open form and saves it. */
async function write(page, n, { title, text: words, date, point, collected, never, guess, source }) {
  const form = stepForm(page, n);
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Text' }).fill(words);
  if (date) await form.getByRole('textbox', { name: /^Date shown/ }).fill(date);
  if (point) await form.getByRole('combobox', { name: /^Points at/ }).selectOption({ label: point });
  if (source) await form.getByRole('combobox', { name: /^Source/ }).selectOption({ label: source });
  if (collected) await form.getByRole('radio', { name: 'could have collected up to the date' }).check();
  if (never) await form.getByRole('combobox', { name: /^Friend permissions/ }).selectOption({ label: 'never open to apps' });
  if (guess) {
    await form.getByRole('combobox', { name: /^Ask the reader to guess/ }).selectOption({ label: guess.company });
    await form.getByRole('textbox', { name: /^by/ }).fill(guess.by);
  }
  await form.getByRole('button', { name: 'Save step' }).click();
  await stepForm(page, n).waitFor({ state: 'detached' });
}

const titles = async (page) => (await listed(page).allTextContents()).map((t) => t.replace(/Edit.*$/, '').trim());

test('a teacher writes a three-step story, moves and deletes by keyboard, and its link opens at step one elsewhere', async () => {
  const { page, context, errors } = await sandbox({
    context: { permissions: ['clipboard-read', 'clipboard-write'], bypassCSP: true },
  });
  await page.getByRole('button', { name: 'Start from one quiz and five friends' }).click();
  await page.getByRole('heading', { name: 'One quiz, five friends', level: 2 }).waitFor();
  await part(page).getByText('No steps yet.').waitFor();
  // A source for the steps to cite; an address that is not a web address is refused.
  const src = part(page).getByRole('form', { name: 'Add a source' });
  await src.getByRole('textbox', { name: /^Title of the source/ }).fill('An invented report');
  await src.getByRole('textbox', { name: /^Web address/ }).fill('javascript:alert(1)');
  await src.getByRole('button', { name: 'Add a source' }).click();
  await part(page).getByRole('alert').filter({ hasText: 'is not a web address' }).waitFor();
  await src.getByRole('textbox', { name: /^Web address/ }).fill('https://example.org/report');
  await src.getByRole('button', { name: 'Add a source' }).click();
  await until(async () => (await src.getByRole('textbox', { name: /^Title of the source/ }).inputValue()) === '', { message: 'source added' });

  await part(page).getByRole('button', { name: 'Add a step' }).click();
  await checkAxe(page, 'the story part with a step being written');
  // A step without words is refused at its field, and keeps the form open.
  await stepForm(page, 1).getByRole('button', { name: 'Save step' }).click();
  await stepForm(page, 1).getByRole('alert').filter({ hasText: /empty|text/ }).waitFor();
  await write(page, 1, {
    title: 'Ana takes a quiz',
    text: 'Ana answers a personality quiz.\n\nShe signs in with her account; nobody asks her friends.',
    date: '2014-01-01',
    point: 'Personality quiz',
    source: 'An invented report',
  });
  await part(page).getByRole('button', { name: 'Add a step' }).click();
  await write(page, 2, {
    title: 'What it kept',
    text: 'Everything the quiz could have collected by now.',
    collected: true,
    guess: { company: 'Personality quiz', by: '2015-01-01' },
  });
  await part(page).getByRole('button', { name: 'Add this view as a step' }).click();
  await write(page, 3, { title: 'If friends were never open', text: 'The same quiz, with friend permissions never open.', never: true });
  assert.deepEqual(await titles(page), ['1. Ana takes a quiz', '2. What it kept', '3. If friends were never open']);

  // Moved by keyboard alone: Alt+↑ on a step, focus following it.
  await part(page).getByRole('button', { name: 'Edit step 3, If friends were never open' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await until(async () => (await titles(page))[1] === '2. If friends were never open', { message: 'step 3 moved up' });
  await until(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')) .then((l) => l === 'Edit step 2, If friends were never open'),
    { message: 'focus follows the moved step' });
  await part(page).getByRole('button', { name: 'Move down step 2, If friends were never open' }).click();
  assert.deepEqual(await titles(page), ['1. Ana takes a quiz', '2. What it kept', '3. If friends were never open']);
  // Deleted, and taken back with Undo.
  await part(page).getByRole('button', { name: 'Delete step 2, What it kept' }).click();
  await until(async () => (await listed(page).count()) === 2, { message: 'step deleted' });
  await part(page).getByRole('button', { name: 'Undo' }).click();
  await until(async () => (await listed(page).count()) === 3, { message: 'step back' });
  // Edited in place.
  await part(page).getByRole('button', { name: 'Edit step 1, Ana takes a quiz' }).click();
  await write(page, 1, { title: 'Ana takes a quiz', text: 'Ana answers a personality quiz.\n\nShe signs in; nobody asks her friends.' });
  await checkAxe(page, 'the story part with three steps');
  await screenshot(page, 'own-story-1280');

  await page.getByRole('button', { name: 'Copy link' }).click();
  shared = await until(() => page.evaluate(() => navigator.clipboard.readText()).then((t) => t.includes('#data=') && t), { message: 'a link copied' });
  assert.ok(!/[&#]step=/.test(shared) || /[&#]step=1(&|$)/.test(shared), shared);
  // The embed starts at the step the teacher chooses, with the controls they choose.
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view in a page' });
  await dialog.getByRole('combobox', { name: /^Start at/ }).selectOption({ label: 'step 2' });
  await dialog.getByRole('combobox', { name: /^Controls/ }).selectOption({ label: 'both' });
  const code = await dialog.getByRole('textbox', { name: 'Code' }).inputValue();
  assert.match(code, /#data=[^"]*&amp;step=2&amp;embed=both/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  assert.deepEqual(errors, []);
  await context.close();

  // A fresh page (a new context: nothing kept in its storage) opens the link at step one.
  const fresh = await open(env.browser, shared, { ready: (p) => storySteps(p), context: { bypassCSP: true } });
  assert.equal(await text(stepTitle(fresh.page)), 'Ana takes a quiz');
  await story(fresh.page).getByText('Step 1 of 3').waitFor();
  assert.equal(await fresh.page.locator('.story .step-text').count(), 2, 'two paragraphs');
  await story(fresh.page).getByRole('link', { name: 'An invented report' }).waitFor();
  await fresh.page.getByRole('button', { name: 'Next →' }).click();
  await story(fresh.page).getByText('Step 2 of 3').waitFor();
  assert.ok(await fresh.page.getByRole('radio', { name: /could have collected/ }).isChecked(), 'the step\'s own view');
  await checkAxe(fresh.page, 'a shared story at its second step');
  await fresh.context.close();
});

test('read as a reader, then presented: large type beside the picture, arrows, Space and a clicker\'s Page keys, Escape leaves', async () => {
  assert.ok(shared, 'the first test wrote a story');
  for (const width of [1280, 390]) {
    const { page, context } = await open(env.browser, shared, { width, height: width > 800 ? 800 : 844, ready: (p) => storySteps(p), context: { bypassCSP: true } });
    await page.getByRole('button', { name: 'Present' }).first().click();
    const shown = page.getByRole('region', { name: /^Present / });
    await shown.waitFor();
    const count = () => shown.getByText(/^Step \d of 3$/).textContent();
    assert.equal(await count(), 'Step 1 of 3');
    const size = await shown.getByRole('heading', { level: 2 }).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    assert.ok(size >= (width > 800 ? 36 : 24), `large type: ${size}px`);
    await page.locator('body').focus();
    await page.keyboard.press('ArrowRight');
    await until(async () => (await count()) === 'Step 2 of 3', { message: 'ArrowRight' });
    await page.keyboard.press('PageDown');
    await until(async () => (await count()) === 'Step 3 of 3', { message: 'PageDown' });
    await page.keyboard.press('PageUp');
    await until(async () => (await count()) === 'Step 2 of 3', { message: 'PageUp' });
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press(' ');
    await until(async () => (await count()) === 'Step 3 of 3', { message: 'Space' });
    await checkAxe(page, `presenting at ${width} px`);
    await screenshot(page, `own-story-present-${width}`);
    await page.keyboard.press('Escape');
    await shown.waitFor({ state: 'detached' });
    await storySteps(page).waitFor();
    await context.close();
  }
  // "Read it as a reader" in the sandbox: the story from its first step, without the editor.
  const { page, context } = await sandbox();
  await page.getByRole('button', { name: 'Start from one quiz and five friends' }).click();
  await part(page).getByRole('button', { name: 'Add a step' }).click();
  await write(page, 1, { title: 'Only step', text: 'One.' });
  await part(page).getByRole('button', { name: 'Read it as a reader' }).click();
  await story(page).getByText('Step 1 of 1').waitFor();
  assert.equal(await part(page).count(), 0, 'no editor while reading');
  await page.getByRole('button', { name: 'Back to editing' }).click();
  await part(page).waitFor();
  await context.close();
});

test('a step is written by keyboard alone: the form takes focus at its title, Enter saves it', async () => {
  const { page, context } = await sandbox();
  await page.getByRole('button', { name: 'Start from one quiz and five friends' }).click();
  await part(page).getByRole('button', { name: 'Add a step' }).focus();
  await page.keyboard.press('Enter');
  await until(() => page.evaluate(() => document.activeElement?.id === 'write-step-title'), { message: 'focus in the title' });
  await page.keyboard.type('By keyboard');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Written without a mouse.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2013-06-01');
  await page.keyboard.press('Enter');
  await stepForm(page, 1).waitFor({ state: 'detached' });
  assert.deepEqual(await titles(page), ['1. By keyboard']);
  await until(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Edit step 1, By keyboard'),
    { message: 'focus on the new step' });
  await page.keyboard.press('Enter');
  await until(() => page.evaluate(() => document.activeElement?.id === 'write-step-title'), { message: 'editing by keyboard' });
  assert.equal(await stepForm(page, 1).getByRole('textbox', { name: /^Date shown/ }).inputValue(), '2013-06-01');
  await stepForm(page, 1).getByRole('button', { name: 'Cancel' }).press('Enter');
  await until(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Edit step 1, By keyboard'),
    { message: 'Cancel gives focus back to the step' });
  await context.close();
});

/** The number of pages of a PDF. */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

test('printed, a story is a handout of one page per step with its picture, figures, source and address; a built-in one too', async () => {
  assert.ok(shared, 'the first test wrote a story');
  for (const [url, n] of [[shared, 3], [`${env.server.url}#scenario=partners&step=1`, null]]) {
    const { page, context } = await open(env.browser, url, { ready: (p) => storySteps(p), context: { bypassCSP: true } });
    const steps = n ?? await storySteps(page).getByRole('listitem').count();
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: 'Handout' });
    await handout.waitFor();
    assert.equal(await handout.getByRole('article').count(), steps);
    assert.equal(await storySteps(page).isVisible(), false, 'the page itself is not printed');
    const first = handout.getByRole('article').first();
    await first.getByRole('table', { name: 'Figures' }).waitFor();
    // The picture is drawn for paper: its rings and lines differ by their dashes too.
    assert.ok(await first.locator('svg [stroke-dasharray]').count() > 0);
    assert.match(await text(first.locator('.sheet-address')), /^Open it live: http:\/\/127\.0\.0\.1:\d+\/.*[#&]step=1$/);
    await screenshot(page, `own-story-print-${n ? 'sandbox' : 'partners'}`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal(pages(pdf), steps, 'one page per step');
    await context.close();
  }
});

test('"Print this story" and the browser\'s own print both draw the handout first, and only then', async () => {
  // The browser's print dialog would wait for a person: the page's print is recorded instead.
  const init = () => { window.print = () => { window.printedWith = document.querySelectorAll('.handout .sheet').length; }; };
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&step=1`, { ready: (p) => storySteps(p), init });
  assert.equal(await page.getByRole('region', { name: 'Handout', includeHidden: true }).count(), 0, 'no handout on screen');
  await story(page).getByRole('button', { name: 'Print this story' }).click();
  assert.equal(await until(() => page.evaluate(() => window.printedWith), { message: 'printed' }), 5, 'five sheets drawn before printing');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await until(async () => (await page.locator('.handout').count()) === 0, { message: 'handout gone after printing' });
  // Ctrl+P: the browser says it is about to print.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await until(async () => (await page.locator('.handout .sheet').count()) === 5, { message: 'handout drawn before the browser prints' });
  await context.close();
});

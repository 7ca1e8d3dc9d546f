// Focus never falls to the page's body: when the story starts or ends, when "why?" closes, after
// a delete in the sandbox, when a dialog closes. Dialogs take focus and close on Escape, giving
// it back to the button that opened them. The story's live region is its position and title only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, until, node, why, stepTitle, storySteps, story, text } from './harness.js';

const env = session();

/** What has focus, as a reader would name it: its role-ish tag and its text or label. */
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  if (!a || a === document.body) return 'the page body';
  return `${a.tagName.toLowerCase()}: ${(a.getAttribute('aria-label') || a.textContent || a.value || '').trim().slice(0, 60)}`;
});
/** Waits until focus is somewhere on the page but its body, and says where. */
const rescued = (page, what) => until(async () => {
  const f = await focused(page);
  return f !== 'the page body' && f;
}, { message: `focus is not on the page body ${what}` });
const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

test('starting and ending the story takes focus to its title and back to its start', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  const start = page.getByRole('button', { name: /Start the story/ });
  await start.click();
  await until(() => isFocused(stepTitle(page)), { message: 'the step title takes focus' });
  // Only the position and the title speak when the step changes, not the whole section.
  const live = await story(page).evaluate((s) => ({
    section: s.getAttribute('aria-live'),
    regions: [...s.querySelectorAll('[aria-live]')].map((r) => r.textContent.trim()),
  }));
  assert.equal(live.section, null, 'the story section is not a live region');
  assert.deepEqual(live.regions, ['Step 1 of 5This is you']);
  const next = storySteps(page).getByRole('button', { name: /^Next/ });
  for (let i = 0; i < 4; i += 1) await next.click();
  await storySteps(page).getByRole('button', { name: 'Explore freely' }).click();
  await until(() => isFocused(start), { message: 'the start button takes focus when the story ends' });
  await start.click();
  await until(() => isFocused(stepTitle(page)), { message: 'the step title takes focus again' });
  await page.getByRole('button', { name: 'Leave the story and explore' }).click();
  await until(() => isFocused(start), { message: 'leaving gives focus to the start button' });
  await context.close();
});

test('closing "why?" by its button or by Escape gives focus to the node it was about', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  await node(page, 'You').click();
  const close = why(page).getByRole('button', { name: 'Close', exact: true });
  await close.click();
  await until(() => isFocused(node(page, 'You')), { message: 'the node You takes focus after Close' });
  await node(page, 'Ben').press('Enter');
  await why(page).getByRole('heading', { level: 2 }).waitFor();
  await why(page).getByRole('button', { name: 'Close', exact: true }).focus();
  await page.keyboard.press('Escape');
  await until(async () => (await why(page).count()) === 0, { message: '"why?" closes on Escape' });
  await until(() => isFocused(node(page, 'Ben')), { message: 'the node Ben takes focus after Escape' });
  await context.close();
});

test('after a delete in the sandbox, focus stays on the page', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#sandbox`, {
    height: 1000, ready: (p) => p.getByRole('heading', { name: 'Build your own', level: 2 }),
  });
  const editor = page.getByRole('region', { name: 'Build your own' });
  await page.getByRole('button', { name: 'Start from one quiz and five friends' }).click();
  const people = page.getByRole('region', { name: 'Add and remove' }).getByRole('list', { name: 'People', exact: true });
  await people.getByRole('listitem').first().waitFor();
  const before = await people.getByRole('listitem').count();
  await people.getByRole('button', { name: /^Remove / }).first().click();
  await until(async () => (await people.getByRole('listitem').count()) === before - 1, { message: 'a person removed' });
  await rescued(page, 'after removing a person');
  await editor.getByRole('button', { name: 'Delete…' }).click();
  await editor.getByRole('button', { name: 'Yes, delete' }).click();
  await rescued(page, 'after deleting the sandbox');
  await context.close();
});

test('the embed dialog takes focus, closes on Escape and by its button, and gives focus back', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  const opener = page.getByRole('button', { name: 'Embed', exact: true });
  const dialog = page.getByRole('dialog', { name: 'Embed this view in a page' });
  await opener.click();
  await until(() => dialog.evaluate((d) => d.contains(document.activeElement)), { message: 'the dialog takes focus' });
  await dialog.getByRole('combobox', { name: 'Theme' }).focus();
  await page.keyboard.press('Escape');
  await until(async () => (await dialog.count()) === 0, { message: 'Escape closes the dialog' });
  await until(() => isFocused(opener), { message: 'focus goes back to Embed after Escape' });
  await opener.press('Enter');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await until(async () => (await dialog.count()) === 0, { message: 'Close closes the dialog' });
  await until(() => isFocused(opener), { message: 'focus goes back to Embed after Close' });
  assert.equal(await text(opener), 'Embed');
  await context.close();
});

test('on a phone in a story, Shift+Tab back up the page never leaves focus under the pinned picture (WCAG 2.4.11)', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=digital-life&step=4`, { width: 390, height: 844 });
  await page.getByRole('navigation', { name: 'Story steps' }).getByRole('button', { name: /^Next/ }).focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  const inSight = () => page.evaluate(() => {
    const a = document.activeElement;
    const r = a.getBoundingClientRect();
    const y = Math.min(r.y + Math.min(r.height, 20) / 2, innerHeight - 1);
    const at = document.elementFromPoint(r.x + Math.min(r.width, 40) / 2, y);
    return r.bottom > 0 && (a === at || a.contains(at) || at?.contains(a)) ? true : `${a.tagName} ${a.textContent.slice(0, 30)} at ${Math.round(r.y)}`;
  });
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Shift+Tab');
    await until(async () => (await inSight()) === true, { message: `focus in sight after ${i + 1} Shift+Tab` });
  }
  await context.close();
});

// Every view and state of the app, checked by axe-core against WCAG 2.0, 2.1 and 2.2 at levels A
// and AA: each built-in scenario, a story step, "why?" for a person and a company, the table, the
// sandbox and its forms with a refused edit, the embed dialog, the crash panel, embed mode, the
// dark theme and a phone's width. axe-core is a test tool only: it is put into the page here and
// never shipped in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, node, why, stepTitle, storySteps, checkAxe } from './harness.js';

const env = session();

/** Opens `hash` of the app with axe allowed past the page's Content-Security-Policy. */
function page(hash, options = {}) {
  return open(env.browser, `${env.server.url}${hash}`, { ...options, context: { bypassCSP: true, ...options.context } });
}


const sandboxReady = { height: 1000, ready: (p) => p.getByRole('heading', { name: 'Build your own', level: 2 }) };

for (const slug of ['friends', 'partners', 'digital-life']) {
  test(`the ${slug} scenario, its story step and the table`, async () => {
    const { page: p, context } = await page(`#scenario=${slug}`);
    await checkAxe(p, `${slug}: the graph`);
    await p.getByRole('button', { name: /Start the story/ }).click();
    await stepTitle(p).waitFor();
    await storySteps(p).getByRole('button', { name: /^Next/ }).click();
    await checkAxe(p, `${slug}: a story step`);
    await p.goto(`${env.server.url}#scenario=${slug}&view=table`);
    await p.getByRole('table').first().waitFor();
    await checkAxe(p, `${slug}: the table`);
    await context.close();
  });
}

test('"why?" for a person and for a company', async () => {
  const { page: p, context } = await page('#scenario=friends');
  await node(p, 'You').click();
  await why(p).getByRole('heading', { level: 2 }).waitFor();
  await checkAxe(p, '"why?" for a person');
  await p.keyboard.press('Escape');
  await node(p, 'Personality quiz').click();
  await why(p).getByRole('heading', { name: /^Why Personality quiz/ }).waitFor();
  await checkAxe(p, '"why?" for a company');
  await context.close();
});

test('the sandbox, its forms and a refused edit', async () => {
  const { page: p, context } = await page('#sandbox', sandboxReady);
  await checkAxe(p, 'the empty sandbox');
  await p.getByRole('button', { name: 'Start from one quiz and five friends' }).click();
  await p.getByRole('heading', { name: 'One quiz, five friends', level: 2 }).waitFor();
  await checkAxe(p, 'a sandbox with people');
  const friends = p.getByRole('form', { name: 'Make two people friends' });
  const first = await friends.getByRole('combobox', { name: 'First friend' }).locator('option').nth(1).textContent();
  await friends.getByRole('combobox', { name: 'First friend' }).selectOption({ label: first });
  await friends.getByRole('combobox', { name: 'and', exact: true }).selectOption({ label: first });
  await friends.getByRole('button', { name: 'Add friendship' }).click();
  await friends.getByRole('alert').waitFor();
  await checkAxe(p, 'a refused edit');
  // An add confirmed with its Undo, a name already in use, and a date that is not one.
  const person = p.getByRole('form', { name: 'Add a person' }).getByRole('textbox', { name: 'Name' });
  await person.fill('Zoe');
  await person.press('Enter');
  await p.getByRole('region', { name: 'Add and remove' }).getByRole('button', { name: /^Undo: Added Zoe/ }).waitFor();
  await checkAxe(p, 'an add confirmed, with its Undo');
  await person.fill('Zoe');
  await person.press('Enter');
  await p.getByRole('form', { name: 'Add a person' }).getByRole('alert').waitFor();
  await checkAxe(p, 'a second Zoe asked about');
  const untilBox = friends.getByRole('textbox', { name: 'until', exact: true });
  await untilBox.fill('2015-13-01');
  await friends.getByRole('button', { name: 'Add friendship' }).click();
  await friends.getByRole('alert').filter({ hasText: 'is not a date' }).waitFor();
  await checkAxe(p, 'a date that is not one');
  await context.close();
});

test('the sandbox on a phone, its forms brought up', async () => {
  const { page: p, context } = await page('#sandbox', { ...sandboxReady, width: 390, height: 844 });
  await p.getByRole('button', { name: 'Start from one quiz and five friends' }).click();
  await p.getByRole('heading', { name: 'One quiz, five friends', level: 2 }).waitFor();
  await p.getByRole('button', { name: 'Add people and companies ↓' }).click();
  await checkAxe(p, 'the sandbox on a phone');
  await context.close();
});

test('the embed dialog and the crash panel', async () => {
  const { page: p, context } = await page('#scenario=friends');
  await p.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = p.getByRole('dialog', { name: 'Embed this view in a page' });
  await dialog.waitFor();
  await checkAxe(p, 'the embed dialog');
  await dialog.getByRole('combobox', { name: /^Preview at the width of/ }).selectOption({ label: 'a phone (360 px)' });
  await dialog.getByText(/^As readers will see it: /).waitFor();
  await checkAxe(p, 'the embed dialog, its preview fitted at a phone\'s width');
  await p.keyboard.press('Escape');
  await p.evaluate(() => window.dispatchEvent(new Event('spillover-test-panic')));
  await p.getByRole('alertdialog', { name: 'Spillover stopped' }).waitFor();
  await checkAxe(p, 'the crash panel');
  await context.close();
});

test('embed mode, the dark theme and a phone', async () => {
  const embedded = await page('#scenario=friends&embed=story');
  await checkAxe(embedded.page, 'embed mode');
  await embedded.context.close();
  const dark = await page('#scenario=friends&theme=dark');
  await checkAxe(dark.page, 'the dark theme');
  await node(dark.page, 'You').click();
  await why(dark.page).getByRole('heading', { level: 2 }).waitFor();
  await checkAxe(dark.page, 'the dark theme with "why?"');
  await dark.page.goto(`${env.server.url}#scenario=friends&theme=dark&step=2`);
  await stepTitle(dark.page).waitFor();
  await checkAxe(dark.page, 'the dark theme in the story');
  await dark.context.close();
  const darkSandbox = await page('#sandbox&theme=dark', sandboxReady);
  await checkAxe(darkSandbox.page, 'the dark sandbox');
  await darkSandbox.context.close();
  const phone = await page('#scenario=friends&step=2', { width: 390, height: 844 });
  await checkAxe(phone.page, 'a phone, in the story');
  await phone.page.goto(`${env.server.url}#scenario=friends`);
  await node(phone.page, 'You').waitFor();
  await checkAxe(phone.page, 'a phone');
  await phone.page.goto(`${env.server.url}#scenario=friends&view=table`);
  await phone.page.getByRole('table', { name: /facts/ }).waitFor();
  await checkAxe(phone.page, 'a phone, the table of facts as cards');
  await phone.context.close();
});

test('a big network drawn on a canvas, with its search and paged table', async () => {
  const { network, link } = await import('./network.js');
  const file = network({ people: 1500, friendships: 6000, installed: 40 });
  const { page: p, context } = await page(`#data=${link(file)}`, {
    ready: (q) => q.getByRole('img', { name: /^Network of / }),
  });
  await checkAxe(p, 'a big network: the canvas');
  await p.getByRole('combobox', { name: 'Find a person or company' }).fill('ana');
  await p.getByRole('listbox').first().waitFor();
  await checkAxe(p, 'a big network: the search open');
  await p.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Table' }).click();
  await p.getByRole('table', { name: /facts/ }).waitFor();
  await checkAxe(p, 'a big network: the paged table');
  // In a sandbox, a form's person is chosen by a searchable picker.
  await p.getByRole('button', { name: 'Keep a copy in my sandboxes' }).click();
  const picker = p.getByRole('form', { name: 'Make two people friends' }).getByRole('combobox', { name: 'First friend' });
  await picker.fill('ana');
  await p.getByRole('form', { name: 'Make two people friends' }).getByRole('option').first().waitFor();
  await checkAxe(p, 'a big network: a person picker open');
  await context.close();
});

test('"At scale": generating, ready with the table open, refused, embedded, dark and on a phone', async () => {
  const whole = (p) => p.getByRole('table', { name: 'The whole network' });
  const { page: p, context } = await page('#scale&people=1000000&friends=20', { ready: (pg) => pg.getByRole('progressbar') });
  await checkAxe(p, 'at scale: generating');
  await whole(p).waitFor({ timeout: 60000 });
  await p.getByText('The curve as a table').click();
  await checkAxe(p, 'at scale: a million people, the curve as a table');
  await p.getByLabel('Friends each, on average').selectOption('338');
  await p.getByRole('alert').waitFor();
  await checkAxe(p, 'at scale: a network refused');
  await p.getByRole('textbox', { name: 'Seed' }).fill('seven');
  await p.getByRole('textbox', { name: 'Seed' }).press('Enter');
  await p.getByText(/"seven" is not a seed/).waitFor();
  await checkAxe(p, 'at scale: a seed refused');
  await context.close();
  for (const [hash, what, options] of [
    ['#scale&people=10000&embed', 'at scale: embedded', {}],
    ['#scale&people=10000&theme=dark&fp=closed&optout=0.5', 'at scale: dark, closed, narrowed', {}],
    ['#scale&people=10000', 'at scale: a phone', { width: 390, height: 844 }],
  ]) {
    const opened = await page(hash, { ...options, ready: whole });
    await checkAxe(opened.page, what);
    await opened.context.close();
  }
});

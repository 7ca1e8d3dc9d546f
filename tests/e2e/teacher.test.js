// A teacher's first lesson: a new sandbox lets apps ask for friends' data (as in 2010-2015) and
// says so, an empty one offers a start, and a quiz one friend installs reaches the others
// without a setting to find first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, text, figures, cell } from './harness.js';

const env = session();

const forms = (page) => page.getByRole('region', { name: 'Add and remove' });
const form = (page, name) => forms(page).getByRole('form', { name });
const reached = async (page, company) => text(await cell(figures(page), company, 'Reached'));

async function sandbox() {
  return open(env.browser, `${env.server.url}#sandbox`, {
    height: 1000,
    ready: (page) => page.getByRole('heading', { name: 'Build your own', level: 2 }),
  });
}

test('an empty sandbox offers a start: one click to a quiz that reaches friends', async () => {
  const { page, context } = await sandbox();
  await page.getByText(/^Apps may ask for friends' data from 2010-04-21 until 2015-04-30, as on the real platform/).waitFor();
  await page.getByText('This sandbox is empty.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Start from one quiz and five friends' }).click();
  await page.getByRole('heading', { name: 'One quiz, five friends', level: 2 }).waitFor();
  assert.equal(await reached(page, 'Personality quiz'), '4');
  assert.equal(await text(await cell(figures(page), 'Personality quiz', 'Said yes')), '1');
  assert.equal(await page.getByText('This sandbox is empty.', { exact: false }).count(), 0);
  await context.close();
});

test('by hand: two friends, a quiz and a sign-in reach the friend, with no setting changed', async () => {
  const { page, context } = await sandbox();
  const person = form(page, 'Add a person').getByRole('textbox', { name: 'Name' });
  for (const name of ['Ana', 'Ben']) {
    await person.fill(name);
    await person.press('Enter');
  }
  const company = form(page, 'Add a company').getByRole('textbox', { name: 'Name' });
  await company.fill('Quiz');
  await company.press('Enter');
  const friends = form(page, 'Make two people friends');
  await friends.getByRole('combobox', { name: 'First friend' }).selectOption({ label: 'Ana' });
  await friends.getByRole('combobox', { name: 'and', exact: true }).selectOption({ label: 'Ben' });
  await friends.getByRole('button', { name: 'Add friendship' }).click();
  const grant = form(page, 'A person signs in to a company');
  await grant.getByRole('combobox', { name: 'Person who signs in' }).selectOption({ label: 'Ana' });
  await grant.getByRole('combobox', { name: 'signs in to' }).selectOption({ label: 'Quiz' });
  await grant.getByRole('group', { name: 'and their friends\'' }).getByRole('checkbox', { name: 'likes', exact: true }).check();
  await grant.getByRole('button', { name: /^Add/ }).click();
  // Ben never signed in, and the quiz reaches him through Ana.
  await page.getByRole('group', { name: /^Network of / }).getByRole('img', { name: /^Quiz: Ben's likes/ }).waitFor();
  // Ana, who said yes, and Ben, who did not.
  assert.equal(await reached(page, 'Quiz'), '2');
  assert.equal(await text(await cell(figures(page), 'Quiz', 'Said yes')), '1');
  await context.close();
});

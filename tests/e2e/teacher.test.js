// A teacher's first lesson: a new sandbox lets apps ask for friends' data (as in 2010-2015) and
// says so, an empty one offers a start, and a quiz one friend installs reaches the others
// without a setting to find first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, text, figures, cell, until } from './harness.js';

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
  await page.getByText(/^Apps may ask for friends' data from 2010-04-21 until 2015-04-30, as the real platform's Graph API friends permissions did/).waitFor();
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

test('embedding a sandbox, which tells no story, starts from the time line', async () => {
  const { page, context } = await sandbox();
  await page.getByRole('button', { name: 'Embed' }).click();
  const controls = page.getByRole('combobox', { name: /^Controls/ });
  await controls.waitFor();
  assert.equal(await controls.inputValue(), 'timeline');
  await context.close();
});

// Inside the viewport, give or take the half pixel a scroll may leave.
const inView = (box, { width, height }) => box && box.x >= -1 && box.y >= -1 && box.x + box.width <= width + 1 && box.y + box.height <= height + 1;

test('on a laptop the forms sit beside the picture: the graph and "Add a person" share the screen', async () => {
  const viewport = { width: 1280, height: 800 };
  const { page, context } = await open(env.browser, `${env.server.url}#sandbox`, {
    ...viewport, ready: (p) => p.getByRole('heading', { name: 'Build your own', level: 2 }),
  });
  await page.getByRole('button', { name: 'Start from one quiz and five friends' }).click();
  const drawing = page.getByRole('group', { name: /^Network of / });
  await drawing.scrollIntoViewIfNeeded();
  const name = form(page, 'Add a person').getByRole('textbox', { name: 'Name' });
  const [g, n] = [await drawing.boundingBox(), await name.boundingBox()];
  assert.ok(inView(g, viewport) && inView(n, viewport), 'both on screen');
  assert.ok(n.x > g.x + g.width, 'the form is beside the graph, to its right');
  // Adding from there changes the picture in view.
  await name.fill('Zoe');
  await name.press('Enter');
  await drawing.getByRole('button', { name: /^Zoe: / }).waitFor();
  assert.ok(inView(await drawing.boundingBox(), viewport), 'the graph stays on screen');
  await context.close();
});

test('on a phone one tap brings the forms up, and one tap the picture back', async () => {
  const viewport = { width: 390, height: 844 };
  const { page, context } = await open(env.browser, `${env.server.url}#sandbox`, {
    ...viewport, ready: (p) => p.getByRole('heading', { name: 'Build your own', level: 2 }),
  });
  await page.getByRole('button', { name: 'Add people and companies ↓' }).click();
  const name = form(page, 'Add a person').getByRole('textbox', { name: 'Name' });
  await until(async () => inView(await name.boundingBox(), viewport), { message: 'the person form is on screen' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Add and remove');
  await forms(page).getByRole('button', { name: 'Back to the picture ↑' }).click();
  await until(async () => {
    const g = await page.getByRole('group', { name: /^Network of / }).boundingBox();
    return g.y >= 0 && g.y + g.height <= viewport.height;
  }, { message: 'the picture is on screen again' });
  await context.close();
});

test('each add is confirmed in words with an Undo beside it', async () => {
  const { page, context } = await sandbox();
  const name = form(page, 'Add a person').getByRole('textbox', { name: 'Name' });
  await name.fill('Ana');
  await name.press('Enter');
  const status = forms(page).getByRole('status');
  await status.getByText(/^Added Ana\./).waitFor();
  assert.equal(await text(status), 'Added Ana. No change: 0 people exposed without consent.');
  const people = forms(page).getByRole('list', { name: 'People', exact: true }).getByRole('listitem');
  assert.equal(await people.count(), 1);
  await forms(page).getByRole('button', { name: 'Undo: Added Ana. No change: 0 people exposed without consent.' }).click();
  await until(async () => (await people.count()) === 0, { message: 'Undo takes Ana back' });
  await context.close();
});

test('a second company of a name in use is asked about, not silently added', async () => {
  const { page, context } = await sandbox();
  const company = form(page, 'Add a company');
  const name = company.getByRole('textbox', { name: 'Name' });
  await name.fill('Quiz');
  await name.press('Enter');
  await name.fill('quiz ');
  await name.press('Enter');
  assert.equal(await text(company.getByRole('alert')),
    'There is already a company called Quiz. Press "Add company" again to add a second one, or change the name.');
  const companies = forms(page).getByRole('list', { name: 'Companies', exact: true }).getByRole('listitem');
  assert.equal(await companies.count(), 1);
  await name.fill('Quiz 2');
  assert.equal(await company.getByRole('alert').count(), 0, 'another name: no warning');
  await name.press('Enter');
  await until(async () => (await companies.count()) === 2, { message: 'a new name is added at once' });
  await context.close();
});

test('refusals are in plain words, without the file format\'s terms', async () => {
  const { page, context } = await sandbox();
  for (const n of ['Ana', 'Ben']) {
    await form(page, 'Add a person').getByRole('textbox', { name: 'Name' }).fill(n);
    await form(page, 'Add a person').getByRole('textbox', { name: 'Name' }).press('Enter');
  }
  const friends = form(page, 'Make two people friends');
  await friends.getByRole('button', { name: 'Add friendship' }).click();
  assert.equal(await text(friends.getByRole('alert')), 'Choose a person first.');
  await friends.getByRole('combobox', { name: 'First friend' }).selectOption({ label: 'Ana' });
  await friends.getByRole('combobox', { name: 'and', exact: true }).selectOption({ label: 'Ben' });
  await friends.getByRole('textbox', { name: 'from', exact: true }).fill('2014-01-01');
  await friends.getByRole('textbox', { name: 'until', exact: true }).fill('2014-01-01');
  await friends.getByRole('button', { name: 'Add friendship' }).click();
  assert.equal(await text(friends.getByRole('alert')),
    'This ends on the day it starts (2014-01-01): choose an end date after the start date.');
  const words = await forms(page).textContent();
  for (const jargon of ['`until`', 'is not a scope', 'There is no person', 'There is no company']) {
    assert.ok(!words.includes(jargon), `no "${jargon}"`);
  }
  await context.close();
});

test('dates are typed as the app writes them, and a typo is refused in words, never taken as "no limit"', async () => {
  const { page, context } = await sandbox();
  for (const n of ['Ana', 'Ben']) {
    await form(page, 'Add a person').getByRole('textbox', { name: 'Name' }).fill(n);
    await form(page, 'Add a person').getByRole('textbox', { name: 'Name' }).press('Enter');
  }
  const friends = form(page, 'Make two people friends');
  const untilBox = friends.getByRole('textbox', { name: 'until', exact: true });
  assert.equal(await untilBox.getAttribute('placeholder'), 'yyyy-mm-dd');
  assert.equal(await untilBox.getAttribute('type'), 'text');
  await friends.getByRole('combobox', { name: 'First friend' }).selectOption({ label: 'Ana' });
  await friends.getByRole('combobox', { name: 'and', exact: true }).selectOption({ label: 'Ben' });
  await untilBox.fill('2015-13-01');
  await friends.getByRole('button', { name: 'Add friendship' }).click();
  assert.equal(await text(friends.getByRole('alert')),
    '"2015-13-01" is not a date. Write it as year-month-day, for example 2014-05-13, or leave it empty.');
  assert.equal(await untilBox.getAttribute('aria-invalid'), 'true');
  assert.equal(await untilBox.inputValue(), '2015-13-01', 'what was typed is kept');
  const friendships = forms(page).getByRole('list', { name: 'Friendships', exact: true }).getByRole('listitem');
  assert.equal(await friendships.count(), 0, 'nothing added');
  await untilBox.fill('2015-12-01');
  await friends.getByRole('button', { name: 'Add friendship' }).click();
  await until(async () => (await friendships.count()) === 1, { message: 'a real date is taken' });
  // The date of an entry in a list, and the date the sandbox shows, are checked the same way.
  const entryUntil = forms(page).getByRole('textbox', { name: 'Until: Ana and Ben' });
  assert.equal(await entryUntil.inputValue(), '2015-12-01');
  await entryUntil.fill('1/12/2015');
  await entryUntil.press('Tab');
  await forms(page).getByRole('alert').filter({ hasText: '"1/12/2015" is not a date.' }).waitFor();
  const shown = page.getByRole('region', { name: 'Build your own' }).getByRole('textbox', { name: 'Date shown' });
  const before = await shown.inputValue();
  await shown.fill('2014-02-30');
  await shown.press('Tab');
  await page.getByRole('region', { name: 'Build your own' }).getByRole('alert').filter({ hasText: '"2014-02-30" is not a date.' }).waitFor();
  assert.equal(await text(page.getByRole('region', { name: 'Time line' }).getByRole('time')), before, 'the date shown is unchanged');
  await context.close();
});

test('a teacher builds a quiz that reaches a friend in under ten actions, from an empty sandbox', async () => {
  const { page, context } = await sandbox();
  // An action is what a person counts: a click, a choice from a list, or a name typed and entered.
  let actions = 0;
  const act = async (fn) => { actions += 1; await fn(); };
  const enter = (f, value) => act(async () => {
    const box = form(page, f).getByRole('textbox', { name: 'Name' });
    await box.fill(value);
    await box.press('Enter');
  });
  await enter('Add a person', 'Ana');
  await enter('Add a person', 'Ben');
  await enter('Add a company', 'Quiz');
  const friends = form(page, 'Make two people friends');
  await act(() => friends.getByRole('combobox', { name: 'First friend' }).selectOption({ label: 'Ana' }));
  await act(() => friends.getByRole('combobox', { name: 'and', exact: true }).selectOption({ label: 'Ben' }));
  await act(() => friends.getByRole('button', { name: 'Add friendship' }).click());
  const grant = form(page, 'A person signs in to a company');
  await act(() => grant.getByRole('combobox', { name: 'Person who signs in' }).selectOption({ label: 'Ana' }));
  await act(() => grant.getByRole('combobox', { name: 'signs in to' }).selectOption({ label: 'Quiz' }));
  await act(() => grant.getByRole('button', { name: /^Add/ }).click());
  // Ben never signed in, and the quiz reaches him through Ana.
  await page.getByRole('group', { name: /^Network of / }).getByRole('img', { name: /^Quiz: Ben's likes/ }).waitFor();
  assert.equal(await reached(page, 'Quiz'), '2');
  assert.ok(actions < 10, `${actions} actions`);
  await context.close();
});

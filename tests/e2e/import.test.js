// Real friend networks brought to the sandbox: an edge list as research data sets publish it,
// two CSV files picked at once, and the network saved for Gephi and Cytoscape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { session, open, root, until, node, graph } from './harness.js';

const env = session();

const editor = (page) => page.getByRole('region', { name: 'Build your own' });
const forms = (page) => page.getByRole('region', { name: 'Add and remove' });
const people = (page) => forms(page).getByRole('list', { name: 'People', exact: true }).getByRole('listitem');
const picker = (page) => editor(page).getByRole('combobox', { name: 'Sandbox', exact: true });
const loadProblems = (page) => page.getByRole('alert').filter({ hasText: 'That file was not loaded' });
const fixture = (name) => readFile(join(root, 'tests/core/fixtures/networks', name));

async function sandboxPage() {
  return open(env.browser, `${env.server.url}#sandbox`, {
    height: 1000,
    ready: (page) => page.getByRole('heading', { name: 'Build your own', level: 2 }),
  });
}

/** The file a button downloads: its name and its text. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), editor(page).getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('an edge list: a bad line is named, a good file is drawn, and the network saves as GEXF and GraphML', async () => {
  const { page, context, errors } = await sandboxPage();
  const load = editor(page).getByLabel('Load a file');
  const sandboxes = () => picker(page).getByRole('option').count();
  const before = await sandboxes();
  await load.setInputFiles({ name: 'class.edges', mimeType: 'text/plain', buffer: Buffer.from('# a class of four\n1 2\n3\n2 3\n') });
  await loadProblems(page).waitFor();
  assert.deepEqual(await loadProblems(page).getByRole('listitem').allTextContents(), [
    'class.edges, line 3, column 1: a line names a friendship as two ids, `a b`; this one has only `3`',
  ]);
  assert.equal(await sandboxes(), before, 'nothing was loaded');
  await loadProblems(page).getByRole('button', { name: 'Dismiss' }).click();

  await load.setInputFiles({ name: 'class.edges', mimeType: 'text/plain', buffer: Buffer.from('# a class of four\n1 2\n2\t3\n3 1\n3 4\n') });
  await until(async () => (await sandboxes()) === before + 1, { message: 'a new sandbox' });
  await node(page, '4').waitFor();
  assert.equal(await graph(page).getByRole('button').count(), 4);
  assert.equal(await people(page).count(), 4);
  assert.equal(await picker(page).locator('option:checked').textContent(), 'class');
  assert.equal(await loadProblems(page).count(), 0);

  const gexf = await download(page, 'Save as GEXF');
  assert.equal(gexf.name, 'class.gexf');
  assert.match(gexf.text, /<node id="4" label="4"><attvalues><attvalue for="kind" value="person"\/><\/attvalues><\/node>/);
  assert.match(gexf.text, /<edge id="1" source="2" target="3">/);
  const graphml = await download(page, 'Save as GraphML');
  assert.equal(graphml.name, 'class.graphml');
  assert.match(graphml.text, /<edge id="e3" source="3" target="4"><\/edge>/);

  assert.deepEqual(errors, []);
  await context.close();
});

test('two CSV files picked at once give named people and their friendships', async () => {
  const { page, context, errors } = await sandboxPage();
  const load = editor(page).getByLabel('Load a file');
  await load.setInputFiles([
    { name: 'friendships.csv', mimeType: 'text/csv', buffer: await fixture('friendships.csv') },
    { name: 'people.csv', mimeType: 'text/csv', buffer: await fixture('people.csv') },
  ]);
  await node(page, 'Cleo, from class').waitFor();
  assert.equal(await people(page).count(), 4);
  assert.equal(await picker(page).locator('option:checked').textContent(), 'friendships');
  assert.deepEqual(errors, []);
  await context.close();
});

test('rules in bulk on an imported network: a quiz installed by a share, refused at 0%, undone whole', async () => {
  const { page, context, errors } = await sandboxPage();
  const ring = Array.from({ length: 10 }, (_, i) => `${i} ${(i + 1) % 10}`).join('\n');
  await editor(page).getByLabel('Load a file').setInputFiles({ name: 'ring.edges', mimeType: 'text/plain', buffer: Buffer.from(ring) });
  await node(page, '9').waitFor();
  const quiz = forms(page).getByRole('form', { name: 'A quiz installed by a share of people' });
  const share = quiz.getByRole('spinbutton', { name: 'installed by (% of people)' });
  await share.fill('0');
  await quiz.getByRole('button', { name: 'Install the quiz' }).click();
  assert.equal(await quiz.getByRole('alert').textContent(), 'A share is 1% to 100% of people, not 0%.');
  assert.equal(await share.getAttribute('aria-invalid'), 'true');
  await share.fill('100');
  await share.press('Enter');
  const figures = page.getByRole('table', { name: /^Who each company / });
  const reached = figures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Quiz', exact: true }) });
  await reached.waitFor();
  assert.equal(await forms(page).getByRole('list', { name: 'Grants', exact: true }).getByRole('listitem').count(), 10);
  await editor(page).getByRole('button', { name: 'Undo' }).click();
  await until(async () => (await reached.count()) === 0, { message: 'the quiz is undone whole' });
  assert.equal(await forms(page).getByRole('list', { name: 'Grants', exact: true }).getByRole('listitem').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

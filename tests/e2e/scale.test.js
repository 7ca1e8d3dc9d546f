// "At scale": a generated network in the page, its controls, figures, plot, picture and story,
// and the proof that the page's figures are the command line's on the same arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, open, until, root, dist, text, screenshot, addressMatching } from './harness.js';

const env = session();
const cliPath = process.env.SPILLOVER_CLI || join(root, 'target', 'release', 'spillover-cli');

/** The whole network's figures table. */
const wholeNetwork = (p) => p.getByRole('table', { name: 'The whole network' });
/** A figure of the table, by its row's name, as a number. */
async function figure(p, name) {
  const row = wholeNetwork(p).getByRole('row').filter({ has: p.getByRole('rowheader', { name, exact: true }) });
  return (await text(row.getByRole('cell').first())).replace(/,/g, '');
}
async function figures(p) {
  return {
    installers: Number(await figure(p, 'Installed the quiz')),
    reached: Number(await figure(p, 'People reached')),
    without: Number(await figure(p, 'Reached without ever saying yes')),
    perInstaller: await figure(p, 'Reach per installer'),
  };
}
const ready = { ready: (p) => wholeNetwork(p) };
const installSlider = (p) => p.getByRole('slider', { name: /^Install rate/ });
const hash = (p) => p.evaluate(() => window.location.hash);

/** `spillover-cli generate` with `args`, then `exposure` on its file: the quiz's figures. */
function cli(args) {
  const scenario = execFileSync(cliPath, ['generate', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const file = join(mkdtempSync(join(tmpdir(), 'spillover-scale-')), 'generated.json');
  writeFileSync(file, scenario);
  const report = JSON.parse(execFileSync(cliPath, ['exposure', file], { encoding: 'utf8', maxBuffer: 1 << 30 }));
  return report.companies[0];
}

test('"At scale" opens from the top of the page, keeps its place in the address, and goes back', async () => {
  const { page: p, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  await p.getByRole('button', { name: 'At scale', exact: true }).click();
  await p.getByRole('heading', { name: /^At scale/, level: 2 }).waitFor();
  await addressMatching(p, /#scale$/);
  assert.equal(await p.getByRole('button', { name: 'At scale', exact: true }).getAttribute('aria-pressed'), 'true');
  // The default: a hundred thousand people with Pew's friend counts, made in the page.
  await wholeNetwork(p).waitFor({ timeout: 20000 });
  assert.match(await text(p.getByText(/^100,000 people, [\d,]+ friendships/)), /facebook-like model, seed 1/);
  await p.getByRole('button', { name: 'Stories', exact: true }).click();
  await p.getByRole('heading', { name: 'You and your friends', level: 2 }).waitFor();
  await until(async () => (await hash(p)).startsWith('#scenario=friends'), { message: 'the scenario back in the address' });
  await context.close();
});

for (const [model, people, friends, seed, install, optout, fp] of [
  ['barabasi-albert', 3000, 20, 9, '0.005', '0.25', 'open'],
  ['watts-strogatz', 10000, 50, 4, '0.001', '0', 'open'],
  ['facebook-like', 5000, 150, 2, '0.0002', '0.1', 'open'],
  ['facebook-like', 2000, 50, 7, '0.05', '0', 'closed'],
]) {
  test(`the page's figures are the command line's: ${model}, ${people} people, ${friends} friends, seed ${seed}, ${install} installing, ${optout} narrowed, permissions ${fp}`, async () => {
    const args = ['--model', model, '--people', String(people), '--friends', String(friends), '--seed', String(seed),
      '--install-rate', install, '--opt-out', optout, '--permissions', fp];
    const quiz = cli(args);
    const h = `#scale&model=${model}&people=${people}&friends=${friends}&seed=${seed}&install=${install}&optout=${optout}&fp=${fp}`;
    const { page: p, context } = await open(env.browser, `${env.server.url}${h}`, ready);
    const f = await figures(p);
    assert.deepEqual(
      [f.installers, f.reached, f.without],
      [quiz.consented, quiz.reached, quiz.without_consent],
    );
    assert.ok(f.installers > 0, 'someone installs');
    if (fp === 'closed') assert.equal(f.reached, f.installers);
    else assert.ok(f.without > f.installers, 'friends are reached');
    assert.equal(f.perInstaller, quiz.amplification.toFixed(1));
    // The page names the very command.
    assert.equal(await text(p.locator('pre.command')), `spillover-cli generate ${args.slice(0, 10).join(' ')}${optout === '0' ? '' : ` --opt-out ${optout}`}${fp === 'closed' ? ' --permissions closed' : ''}`);
    await context.close();
  });
}

test('past what a file holds, the command line\'s --figures gives the page\'s figures: the default 100,000 people and a million', async () => {
  for (const [h, args] of [
    ['#scale&model=facebook-like&people=100000&friends=338&seed=1&install=0.001', ['--model', 'facebook-like', '--people', '100000', '--friends', '338', '--seed', '1', '--install-rate', '0.001']],
    ['#scale&model=barabasi-albert&people=1000000&friends=20&seed=3&install=0.0005&optout=0.2',
      ['--model', 'barabasi-albert', '--people', '1000000', '--friends', '20', '--seed', '3', '--install-rate', '0.0005', '--opt-out', '0.2']],
  ]) {
    const cliFigures = JSON.parse(execFileSync(cliPath, ['generate', ...args, '--figures'], { encoding: 'utf8' }));
    assert.ok(cliFigures.friendships > 1_000_000, 'more friendships than a scenario file may hold');
    const { page: p, context } = await open(env.browser, `${env.server.url}${h}`, { ready: (q) => wholeNetwork(q) });
    const f = await figures(p);
    assert.deepEqual([f.installers, f.reached, f.without], [cliFigures.installers, cliFigures.reached, cliFigures.reached_without_consent]);
    assert.equal(f.perInstaller, cliFigures.per_installer.toFixed(1));
    await context.close();
  }
});

test('every control answers at once, by keyboard, and the address keeps it', async () => {
  const { page: p, context } = await open(env.browser, `${env.server.url}#scale&people=10000&friends=50`, ready);
  const before = await figures(p);
  await installSlider(p).focus();
  for (let i = 0; i < 6; i++) await p.keyboard.press('ArrowRight');
  await until(async () => (await figures(p)).installers > before.installers, { message: 'more installers' });
  assert.equal(await installSlider(p).getAttribute('aria-valuetext'), '0.2%');
  await addressMatching(p, /install=0\.002(&|$)/);
  const open2 = await figures(p);
  assert.ok(open2.reached > 10 * open2.installers);
  // Closing friend permissions leaves the installers alone.
  await p.getByRole('radio', { name: /Closed/ }).check();
  await until(async () => { const f = await figures(p); return f.reached === f.installers && f.installers === open2.installers; },
    { message: 'only installers reached' });
  await addressMatching(p, /fp=closed/);
  await p.getByRole('radio', { name: /Open/ }).check();
  // Everyone narrowing "Apps others use" does the same.
  const narrowed = p.getByRole('slider', { name: /narrowed/ });
  await narrowed.focus();
  await p.keyboard.press('End');
  await until(async () => { const f = await figures(p); return f.reached === f.installers; }, { message: 'narrowed everyone' });
  assert.equal(await narrowed.getAttribute('aria-valuetext'), '100%');
  // A reload shows the same, once the address holds it (it is written just after the paint).
  await until(async () => /optout=1(&|$)/.test(await hash(p)), { message: 'the narrowing in the address' });
  const shown = await figures(p);
  await p.reload();
  await wholeNetwork(p).waitFor({ timeout: 20000 });
  assert.deepEqual(await figures(p), shown);
  // A bad seed is named and changes nothing; another seed is another network.
  const seed = p.getByRole('textbox', { name: 'Seed' });
  await seed.fill('1.5');
  await seed.press('Enter');
  await p.getByRole('alert').filter({ hasText: '"1.5" is not a seed: a seed is a whole number from 0 to 18446744073709551615. The network shown is unchanged.' }).waitFor();
  assert.equal(await seed.getAttribute('aria-invalid'), 'true');
  assert.equal(await seed.inputValue(), '1.5');
  assert.doesNotMatch(await hash(p), /seed=/);
  await seed.fill('5');
  await seed.press('Enter');
  await until(async () => /seed=5/.test(await hash(p)), { message: 'the seed in the address' });
  await wholeNetwork(p).waitFor();
  assert.match(await text(p.getByText(/^10,000 people, [\d,]+ friendships/)), /seed 5/);
  await context.close();
});

test('the plot marks 2018 and the reader, says so in words and has a table', async () => {
  const { page: p, context } = await open(env.browser, `${env.server.url}#scale&people=10000`, ready);
  const plot = p.getByRole('img', { name: 'People reached against install rate, for this network' });
  await plot.waitFor();
  assert.match(await p.getByRole('figure').filter({ has: plot }).textContent(),
    /2018, a range: about 270,000 to 300,000 installers \(Facebook, 16 March 2018; its chief executive, 21 March 2018\) and up to 87 million people \(Facebook's upper bound, 4 April 2018\), placed by our arithmetic on Facebook's 1\.32 billion monthly users of mid-2014: 0\.02% to 0\.023% installing, up to 6\.6% reached/);
  const reader = p.getByRole('listitem').filter({ hasText: /^Your setting: / });
  const was = await text(reader);
  assert.match(was, /^Your setting: 0\.02% installed, [\d.]+% reached$/);
  await installSlider(p).focus();
  await p.keyboard.press('End');
  await until(async () => (await text(reader)) === 'Your setting: 100% installed, 100% reached', { message: 'everyone installed' });
  assert.notEqual(was, 'Your setting: 100% installed, 100% reached');
  await p.getByText('The curve as a table').click();
  const table = p.getByRole('table').filter({ has: p.getByRole('columnheader', { name: 'share reached' }) });
  assert.equal(await table.getByRole('row').count(), 8);
  assert.match(await text(table.getByRole('row').last()), /^100%10,00010,000100%$/);
  // What the curve means, with the sources, in words.
  await p.getByText(/their circles of friends overlap/).waitFor();
  await context.close();
});

test('the picture says what it samples and lights up as the install rate rises', async () => {
  const { page: p, context } = await open(env.browser, `${env.server.url}#scale&people=100000&friends=50&install=0.0001`, ready);
  const picture = p.getByRole('img', { name: /^A sample: every 100th person of 100,000, 1,000 dots/ });
  // Counts are written the language's way: "1,000 were reached".
  const count = async (kind) => Number((await picture.getAttribute('aria-label')).match(new RegExp(`(\\d[\\d,]*) ${kind}`))[1].replace(/,/g, ''));
  const lit = await count('were reached');
  await installSlider(p).focus();
  await p.keyboard.press('PageUp');
  for (let i = 0; i < 6; i++) await p.keyboard.press('ArrowRight');
  await until(async () => (await count('were reached')) > lit + 100, { message: 'more dots lit' });
  assert.equal(await picture.locator('circle.dot.reached').count(), await count('were reached'));
  await context.close();
});

test('the story walks from one installer to 87 million and sets the controls', async () => {
  const { page: p, context } = await open(env.browser, `${env.server.url}#scale&people=10000&install=0.1`, ready);
  const story = p.getByRole('region', { name: 'From one installer to up to 87 million' });
  assert.equal(await story.getByRole('listitem').count(), 4);
  await story.getByRole('link', { name: /Pew Research Center/ }).waitFor();
  await story.getByRole('button', { name: 'Show me: One person installs a quiz' }).click();
  await until(async () => (await figures(p)).installers === 1, { message: 'one installer' });
  assert.ok((await figures(p)).without > 0, 'the one installer reaches friends');
  await story.getByRole('button', { name: 'Show me: About 270,000 people install it' }).click();
  await until(async () => (await installSlider(p).getAttribute('aria-valuetext')) === '0.02%', { message: 'the 2018 rate' });
  await story.getByRole('button', { name: 'Show me: Settings and the closed door' }).click();
  await until(async () => { const f = await figures(p); return f.reached === f.installers; }, { message: 'closed' });
  assert.equal(await p.getByRole('radio', { name: /Closed/ }).isChecked(), true);
  await context.close();
});

test('a network too big for a tab is refused in words, and the controls stay', async () => {
  const { page: p, context } = await open(env.browser, `${env.server.url}#scale&people=1000&friends=150`, ready);
  await p.getByLabel('People', { exact: true }).selectOption('1000000');
  await p.getByRole('alert').waitFor();
  assert.match(await text(p.getByRole('alert')),
    /cannot be generated: that network would have about 75,000,000 friendships, more than the 20,000,000 a browser tab can hold; choose fewer people or fewer friends/);
  assert.equal(await wholeNetwork(p).count(), 0);
  await p.getByLabel('People', { exact: true }).selectOption('10000');
  await wholeNetwork(p).waitFor();
  assert.match(await text(p.getByText(/^10,000 people, [\d,]+ friendships/)), /facebook-like/);
  await context.close();
  // A link asking for it opens the default network and says why.
  const linked = await open(env.browser, `${env.server.url}#scale&people=1000000&friends=150`, ready);
  await linked.page.getByText(/1000000 people with 150 friends each, which cannot be generated; showing the default network/).waitFor();
  await linked.context.close();
});

test('a million people are generated with progress, and the page answers meanwhile', async () => {
  const { page: p, context } = await open(env.browser, `${env.server.url}#scale&people=1000000&friends=20`,
    { ready: (pg) => pg.getByRole('progressbar') });
  // The bar's value each time it is read, without waiting for it (it goes once the network is
  // there): a read that finds no bar adds nothing; a read that fails, or a value that is not a
  // percentage, fails the test.
  const seen = [];
  const failed = [];
  await until(async () => {
    if (await wholeNetwork(p).isVisible()) return true;
    try {
      seen.push(...await p.getByRole('progressbar').evaluateAll((bars) => bars.map((b) => b.getAttribute('value'))));
    } catch (e) {
      failed.push(String(e));
    }
    return false;
  }, { timeout: 60000, message: 'a million people generated' });
  assert.deepEqual(failed, [], 'every read of the progress bar answered');
  assert.deepEqual(seen.filter((v) => !/^(\d|[1-9]\d|100)$/.test(v)), [], 'every value read is a percentage');
  assert.ok(new Set(seen).size >= 2, `progress moved: ${[...new Set(seen)]}`);
  assert.match(await text(p.getByText(/^1,000,000 people, [\d,]+ friendships/)), /facebook-like/);
  await screenshot(p, 'scale-million');
  await context.close();
});

test('embedded alone: the view without the header, with a way out', async () => {
  const { page: p, context } = await open(env.browser, `${env.server.url}#scale&people=1000&embed`, ready);
  assert.equal(await p.getByRole('button', { name: 'Stories', exact: true }).count(), 0);
  const full = p.getByRole('link', { name: /Open in full/ });
  assert.match(await full.getAttribute('href'), /#scale&people=1000$/);
  await context.close();
  const normal = await open(env.browser, `${env.server.url}#scale&people=1000`, ready);
  const snippet = await normal.page.getByLabel('Embed this view in a lesson page').inputValue();
  assert.match(snippet, /<iframe src="[^"]+#scale&amp;people=1000&amp;embed"/);
  await normal.context.close();
});

test('a lesson page embeds the view, and the frame grows to fit it', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${env.server.origin}/article/lesson-scale.html`);
  const frame = page.frameLocator('iframe[title="Spillover: at scale"]');
  await wholeNetwork(frame).waitFor({ timeout: 20000 });
  await until(async () => (await page.getByTitle('Spillover: at scale').boundingBox()).height > 1500,
    { timeout: 10000, message: 'the frame fits the view' });
  await frame.getByRole('slider', { name: /^Install rate/ }).focus();
  await page.keyboard.press('End');
  await until(async () => (await wholeNetwork(frame).getByRole('row').first().textContent()).includes('10,000'), { message: 'everyone installs, in the frame' });
  await page.close();
});

test('the single-file app from disk runs At scale with nothing requested', async () => {
  const file = pathToFileURL(join(dist, 'spillover.html')).href;
  const { page: p, context, requests, errors } = await open(env.browser, `${file}#scale&people=10000`, ready);
  assert.ok((await figures(p)).reached > 0);
  await installSlider(p).focus();
  await p.keyboard.press('ArrowRight');
  await until(async () => /install=0\.0003/.test(await hash(p)), { message: 'the slider moved' });
  assert.equal(await p.getByLabel('Embed this view in a lesson page').count(), 0, 'nothing to embed from a file');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  await context.close();
});

test('by keyboard alone: from the top of the page to the install rate', async () => {
  const { page: p, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  const atScale = p.getByRole('button', { name: 'At scale', exact: true });
  await atScale.focus();
  await p.keyboard.press('Enter');
  await p.getByRole('heading', { name: /^At scale/, level: 2 }).waitFor();
  for (let i = 0; i < 10 && !(await installSlider(p).evaluate((e) => e === document.activeElement)); i++) {
    await p.keyboard.press('Tab');
  }
  assert.equal(await installSlider(p).evaluate((e) => e === document.activeElement), true, 'Tab reaches the install rate');
  await wholeNetwork(p).waitFor({ timeout: 20000 });
  const before = await figures(p);
  await p.keyboard.press('ArrowRight');
  await until(async () => (await figures(p)).installers !== before.installers, { message: 'the figures follow the keys' });
  await context.close();
});

for (const [width, name] of [[390, 'phone'], [800, 'tablet'], [1280, 'desktop']]) {
  test(`at ${name} width nothing runs off the page`, async () => {
    const { page: p, context } = await open(env.browser, `${env.server.url}#scale&people=10000`, { width, height: 900, ...ready });
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px too wide`);
    await screenshot(p, `scale-${name}`);
    await context.close();
  });
}

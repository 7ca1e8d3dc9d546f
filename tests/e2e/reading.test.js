// Reading a story: the words and the picture are on one screen, on a phone and on a laptop, so
// the reader can do what a step asks without scrolling away from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { session, open, node, graph, story, screenshot, cliReport, root, until, builtin } from './harness.js';

const env = session();

/** Whether `box` lies wholly inside a viewport of `width` x `height`. */
const inside = (box, { width, height }) =>
  box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;

for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['laptop', { width: 1280, height: 800 }]]) {
  test(`on a ${name}, a step's words, its buttons and the node it asks about share the screen`, async () => {
    const { page, context } = await open(env.browser, `${env.server.url}#scenario=digital-life&step=2`, viewport);
    const next = story(page).getByRole('button', { name: /Next/ });
    const gsr = node(page, 'GSR (thisisyourdigitallife)');
    // Bring the end of the step (its Next button) into view, as a reader scrolling down would.
    await next.scrollIntoViewIfNeeded();
    const text = story(page).getByText(/Select GSR/);
    for (const [what, locator] of [['the step text', text], ['Next', next], ['GSR on the graph', gsr]]) {
      assert.ok(inside(await locator.boundingBox(), viewport), `${what} is on screen`);
    }
    // The reader does what the step asks, without scrolling.
    await gsr.click();
    assert.ok(inside(await next.boundingBox(), viewport), 'Next is still on screen after the tap');
    await screenshot(page, `reading-${name}`);
    await context.close();
  });
}

test('a headline says what the scenario comes to, with the real event\'s scale and its source', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`, { width: 390, height: 844 });
  // The same figures as the command line's, collected up to the scenario's own date.
  const report = cliReport('friends', '--collected');
  const quiz = report.companies[0];
  const lede = page.getByText(/^\d+ (person|people) said yes\./);
  const expected = `1 person said yes. ${quiz.reached} were reached, ${quiz.without_consent} of them by a company they never said yes to. Personality quiz: ${quiz.reached} reached, ${quiz.consented} said yes.`;
  assert.ok((await lede.textContent()).startsWith(expected), await lede.textContent());
  const source = page.getByRole('link', { name: 'Facebook Newsroom, 2018-04-04' });
  assert.match(await source.getAttribute('href'), /^https:\/\/about\.fb\.com\//);
  // It is the first thing under the title, on the first screen of a phone.
  const box = await lede.boundingBox();
  assert.ok(box.y + box.height <= 844, 'the headline is on the first screen');
  await context.close();
});

test('after a move of the date, a caption beside the graph says what changed; play speaks once', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&date=2015-04-29`, { clock: true });
  const caption = (text) => page.getByText(text);
  const next = page.getByRole('button', { name: 'Next change' });
  await next.click();
  await caption(/^2015-04-30: closed for ordinary apps from this day\. Personality quiz 4 → 1\.$/).waitFor();
  // Its place is beside the picture: just under the graph.
  const graphBox = await graph(page).boundingBox();
  const captionBox = await caption(/^2015-04-30:/).boundingBox();
  assert.ok(captionBox.y >= graphBox.y + graphBox.height - 1 && captionBox.y - (graphBox.y + graphBox.height) < 60);
  // While play runs, the live region does not speak every tick.
  const announcer = page.getByRole('status', { name: 'Announcements' });
  await page.getByRole('button', { name: 'Play through time' }).click();
  const spokenAtStart = await announcer.textContent();
  const seen = new Set();
  for (let i = 0; i < 6; i++) {
    await page.clock.runFor(250);
    seen.add(await announcer.textContent());
  }
  assert.deepEqual([...seen], [spokenAtStart], 'silent while playing');
  const shown = await page.getByRole('region', { name: 'Time line' }).getByRole('time').textContent();
  assert.ok(shown > '2015-04-30', `play moved the date (to ${shown})`);
  await page.getByRole('button', { name: 'Pause' }).click();
  await context.close();
});

test('a step that asks for a guess takes the reader\'s number and answers it from the scenario', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=digital-life&step=1`, { width: 390, height: 844 });
  const guess = page.getByRole('form', { name: 'Your guess' });
  await guess.getByRole('spinbutton', { name: 'Your guess' }).fill('3');
  await guess.getByRole('button', { name: 'Check my guess' }).click();
  const gsr = cliReport('digital-life', '--date', '2014-03-20', '--collected').companies.find((c) => c.id === 'gsr');
  const answer = guess.getByRole('status');
  await answer.getByText(/^You guessed 3\./).waitFor();
  assert.equal(await answer.textContent(),
    `You guessed 3. By 2014-03-20, GSR (thisisyourdigitallife) had reached ${gsr.reached} of the 32 people: ${gsr.reached - 3} more than you guessed.`);
  await context.close();
});

test('a scenario from a link is named as such in the scenario picker, not as a built-in', async () => {
  const file = builtin('friends');
  file.title = 'A lesson from a link';
  const packed = deflateRawSync(Buffer.from(JSON.stringify(file))).toString('base64url');
  const { page, context } = await open(env.browser, `${env.server.url}#data=${packed}`);
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  assert.equal(await picker.evaluate((s) => s.selectedOptions[0].textContent), 'From the link: A lesson from a link');
  // Picking a built-in still works from there.
  await picker.selectOption({ label: 'Partners behind the wall' });
  await page.getByRole('heading', { name: 'Partners behind the wall', level: 2 }).waitFor();
  await context.close();
});

test('the zoom buttons never cover a person or company, on a phone or a laptop', async () => {
  for (const slug of ['friends', 'digital-life', 'partners']) {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const { page, context } = await open(env.browser, `${env.server.url}#scenario=${slug}`, viewport);
      const zoom = await page.getByRole('group', { name: 'Zoom', exact: true }).boundingBox();
      const nodes = graph(page).getByRole('button');
      for (let i = 0; i < await nodes.count(); i++) {
        const b = await nodes.nth(i).boundingBox();
        const overlaps = b.x < zoom.x + zoom.width && zoom.x < b.x + b.width && b.y < zoom.y + zoom.height && zoom.y < b.y + b.height;
        assert.ok(!overlaps, `${slug} at ${viewport.width}px: ${await nodes.nth(i).getAttribute('aria-label')} is under the zoom buttons`);
      }
      await context.close();
    }
  }
});

test('nothing needs a drag: the view moves by buttons too (WCAG 2.5.7)', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  const viewBox = () => graph(page).getAttribute('viewBox');
  const start = await viewBox();
  const zoom = page.getByRole('group', { name: 'Zoom', exact: true });
  await zoom.getByRole('button', { name: 'Move the view right' }).click();
  await until(async () => (await viewBox()) !== start, { message: 'the view moved' });
  const [x] = (await viewBox()).split(' ').map(Number);
  assert.ok(x > Number(start.split(' ')[0]), 'moved right');
  await zoom.getByRole('button', { name: 'Move the view down' }).click();
  await until(async () => Number((await viewBox()).split(' ')[1]) > Number(start.split(' ')[1]), { message: 'moved down' });
  await context.close();
});

test('what pointing shows stays while the pointer moves onto it, and Escape dismisses it (WCAG 1.4.13)', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  const ben = node(page, 'Ben');
  const words = (await ben.getAttribute('aria-label')).trim();
  const shown = page.getByText(words, { exact: true }).locator('visible=true');
  const idle = page.getByText('Point at, tap or Tab to anyone for a summary; select them to read why.', { exact: true });
  await idle.waitFor();
  // The pointer over Ben (where his finger target lies under him, which answers as he does).
  await ben.scrollIntoViewIfNeeded();
  const at = await ben.boundingBox();
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await shown.waitFor();
  // Hoverable: the pointer crosses the drawing onto the summary, which stays.
  const box = await shown.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
  assert.equal(await shown.count(), 1, 'the summary stays under the pointer');
  // Dismissible without moving the pointer or the focus.
  await page.keyboard.press('Escape');
  await idle.waitFor();
  assert.equal(await shown.count(), 0);
  await context.close();
});

test('the rings tell people apart by their pattern, not by colour alone (WCAG 1.4.1)', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends`);
  const legend = page.getByRole('region', { name: 'How to read the graph' });
  const pattern = (words) => legend.getByRole('listitem').filter({ hasText: words }).locator('circle').last()
    .evaluate((c) => getComputedStyle(c).strokeDasharray);
  const rings = [
    await pattern('a person whose data reached a company they never said yes to'),
    await pattern('a person who said yes, reached by nobody else'),
    await pattern('a person who said yes to nothing and was not reached'),
  ];
  // The dash pattern alone tells them apart (a pixel of width is no cue).
  assert.equal(new Set(rings).size, 3, `each ring has its own dash pattern: ${rings.join(' | ')}`);
  await context.close();
});

test('on a phone, every step of every story has its Next and what it points at on one screen, uncovered', async () => {
  const viewport = { width: 390, height: 844 };
  for (const slug of ['friends', 'digital-life', 'partners']) {
    const file = builtin(slug);
    const steps = file.steps.length;
    let checked = 0;
    const { page, context } = await open(env.browser, `${env.server.url}#scenario=${slug}&step=1`, viewport);
    for (let i = 1; i <= steps; i++) {
      const next = story(page).getByRole('button', { name: /^(Next|Explore|Finish|End)/ }).first();
      // The reader scrolls down until the step's end (its Next) shows at the bottom of the screen.
      await next.evaluate((b) => window.scrollBy(0, b.getBoundingClientRect().bottom - innerHeight + 12));
      const nb = await next.boundingBox();
      assert.ok(inside(nb, viewport), `${slug} step ${i}: Next is on screen`);
      // Nothing pinned covers it: a tap at its centre reaches it.
      assert.ok(await next.evaluate((b, [x, y]) => b.contains(document.elementFromPoint(x, y)), [nb.x + nb.width / 2, nb.y + nb.height / 2]),
        `${slug} step ${i}: Next is not covered`);
      // Every person or company the step brings forward is on the same screen, large enough to tap.
      const strong = graph(page).locator('.node.strong');
      const pointed = file.steps[i - 1].highlight?.length ?? 0;
      checked += pointed;
      assert.equal(await strong.count(), pointed, `${slug} step ${i}: every node it highlights is brought forward`);
      for (let k = 0; k < pointed; k++) {
        const shape = strong.nth(k).locator('circle.person, rect.company');
        const box = await shape.boundingBox();
        const id = await strong.nth(k).getAttribute('data-id');
        assert.ok(inside(box, viewport), `${slug} step ${i}: ${id} is on screen`);
        // A tap on it reaches it (or its finger target), not whatever is pinned or laid over it.
        const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('[data-id]')?.getAttribute('data-id'),
          [box.x + box.width / 2, box.y + box.height / 2]);
        assert.equal(hit, id, `${slug} step ${i}: a tap on ${id} reaches it`);
      }
      if (i < steps) {
        await story(page).getByRole('button', { name: /^Next/ }).click();
        await until(async () => (await page.evaluate(() => location.hash)).includes(`step=${i + 1}`), { message: `on to step ${i + 1}` });
      }
    }
    assert.ok(checked > 0, `${slug}: the story brings someone forward`);
    await context.close();
  }
});

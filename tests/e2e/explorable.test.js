// The explorable as a reader uses it: the story, the time line, "why?", what-if switches, the
// table, zoom and drag, by mouse, touch and keyboard, on a phone and in the dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addressMatching,
  session, open, cliReport, screenshot, graph, node, flow, figures, facts, readTable, cell, until, text,
  scenarioTitle, timeline, shownDate, dateSlider, story, storySteps, stepTitle, why, root, builtin,
} from './harness.js';

// One static server and one browser for the whole file.
const env = session();

const reached = async (page, company) => (await cell(figures(page), company, 'Reached')).textContent();
const button = (page, name) => page.getByRole('button', { name });
async function pick(page, title) {
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: title });
  await page.getByRole('main').getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}
/** Waits until the time line shows `iso`. */
const dateShown = (page, iso) =>
  until(async () => (await text(shownDate(page))) === iso, { message: `the date shows ${iso}` });
/** Moves the date slider to `iso`, as dragging it there does. */
async function setDate(page, iso) {
  const day = Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000);
  await dateSlider(page).fill(String(day));
  await dateShown(page, iso);
}
/** The summary shown under the drawing, for the node pointed at or focused. */
const summaryShown = (page, words) =>
  page.getByRole('figure').filter({ has: graph(page) }).getByText(words, { exact: true }).filter({ visible: true });
/** The circle a person is drawn as. */
const circleOf = (page, name) => node(page, name).locator('circle').last();

/**
 * Walks the page by Tab until focus comes round to where the walk began, and gives every control
 * it should have reached (each link, button, field, picker and disclosure drawn and enabled,
 * whatever its `tabindex`, and each other element with a tab stop), those it never reached, and
 * those it reached without showing a focus ring. Of a group of radio buttons one is the tab stop
 * (the arrows move within it): the group counts as reached when one of them is.
 */
async function tabWalk(page) {
  const controls = await page.evaluate(() => {
    const drawn = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[inert]');
    const native = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
    window.__controls = [...document.querySelectorAll(`${native}, [tabindex]`)]
      .filter((e) => drawn(e) && !e.disabled && (e.matches(native) || e.tabIndex >= 0));
    window.__reached = new Map();
    return window.__controls.length;
  });
  let first = null;
  for (let i = 0; i < 2 * controls + 20; i += 1) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const a = document.activeElement;
      const k = window.__controls.indexOf(a);
      if (k < 0) return k;
      // A node of the drawing shows focus as a thick stroke round its shape, not an outline.
      const shape = a.matches('.node') && a.querySelector('circle, rect');
      const s = getComputedStyle(shape || a);
      const ring = shape ? parseFloat(s.strokeWidth) >= 2 : s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      window.__reached.set(k, ring);
      return k;
    });
    if (at >= 0 && first === null) first = at;
    else if (at === first) break;
  }
  return page.evaluate(() => {
    const what = (e) => `${e.tagName.toLowerCase()} ${(e.getAttribute('aria-label') || e.textContent || e.name || '').trim().replace(/\s+/g, ' ').slice(0, 40)}`;
    const reached = (e, k) => window.__reached.has(k)
      || (e.type === 'radio' && window.__controls.some((o, j) => o.type === 'radio' && o.name === e.name && window.__reached.has(j)));
    return {
      controls: window.__controls.map(what),
      unreached: window.__controls.filter((e, k) => !reached(e, k)).map(what),
      ringless: [...window.__reached].filter(([, ring]) => !ring).map(([k]) => what(window.__controls[k])),
    };
  });
}

test('the story steps forward and back by button and arrow key, and lives in the link', async () => {
  const { page, context, errors } = await open(env.browser, env.server.url);
  await button(page, /Start the story/).click();
  assert.equal(await text(stepTitle(page)), 'This is you');
  assert.equal(await text(story(page).getByText(/^Step \d+ of \d+$/)), 'Step 1 of 5');
  await addressMatching(page, /#scenario=friends&step=1$/);
  await storySteps(page).getByRole('button', { name: /^Next/ }).click();
  assert.equal(await text(stepTitle(page)), 'Ben takes a quiz');
  assert.equal(await text(shownDate(page)), '2013-06-10', 'the step sets its date');
  await addressMatching(page, /step=2$/);
  // The step points at Ben, the quiz and You: their flows stand out, the rest is dimmed.
  assert.equal(await flow(page, 'Personality quiz', 'You').getAttribute('class'), 'flow reason-friend strong');
  assert.match(await node(page, 'Farid').getAttribute('class'), /dimmed/);
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(stepTitle(page)), 'Settings were the only brake');
  await page.keyboard.press('ArrowRight');
  // Step 4 turns a what-if on; the figures show the difference.
  const optOut = page.getByRole('checkbox', { name: 'Everyone turned "Apps others use" off' });
  assert.equal(await text(stepTitle(page)), 'What if everyone had opted out?');
  assert.equal(await optOut.isChecked(), true);
  assert.equal((await reached(page, 'Personality quiz')).trim(), '1 (-3)');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await text(stepTitle(page)), 'Settings were the only brake');
  // Arrow keys on a focused node pan the drawing; they do not also turn the page.
  await node(page, 'Ben').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(stepTitle(page)), 'Settings were the only brake');
  assert.equal(await optOut.isChecked(), false);
  await screenshot(page, 'story-step');
  // A link to a step opens that step of that scenario.
  await page.goto(`${env.server.url}#scenario=digital-life&step=3`);
  await stepTitle(page).waitFor();
  assert.equal(await text(stepTitle(page)), 'The harvest changes hands');
  assert.equal(await text(scenarioTitle(page)), 'This is your digital life');
  assert.equal(await text(shownDate(page)), '2014-06-01');
  await button(page, 'Leave the story and explore').click();
  assert.equal(await stepTitle(page).count(), 0);
  await addressMatching(page, /#scenario=digital-life&date=2014-06-01$/, 'leaving keeps the view, the link says so');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a mangled link opens the app with a note of what could not be read', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}#scenario=%3Cscript%3E&step=zz&x=1`);
  const notes = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
  const note = await text(notes);
  assert.match(note, /no built-in scenario called "<script>"/);
  assert.match(note, /"zz" is not a step number/);
  assert.equal(await text(scenarioTitle(page)), 'You and your friends');
  await notes.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await notes.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('moving the date changes the graph, the figures and what a screen reader hears', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await setDate(page, '2012-01-01');
  assert.equal(await reached(page, 'Personality quiz'), '0');
  assert.equal(await graph(page).getByRole('img').count(), 0);
  await setDate(page, '2014-01-01');
  const report = cliReport('friends', '--date', '2014-01-01');
  assert.equal(Number(await reached(page, 'Personality quiz')), report.companies[0].reached);
  const announcer = page.getByRole('status', { name: 'Announcements' });
  await until(async () => (await announcer.textContent()).includes('now reaches'), { message: 'the change is announced' });
  assert.equal(await text(announcer), 'Personality quiz now reaches 4 people; 3 never said yes.');
  // Eras are drawn from the scenario; the next change jumps to the next date something changes.
  const key = timeline(page).getByRole('group').filter({ has: page.getByText(/^Now: /) });
  assert.equal(await text(key.getByText(/^Now: /)), 'Now: friend permissions open to apps');
  await key.getByText(/^Now: /).click();
  const eras = await key.getByRole('list').first().getByRole('listitem').allTextContents();
  assert.deepEqual(eras, ['friend permissions open to apps: 2010-04-21 (illustrative) to 2015-04-29', 'closed for ordinary apps: 2015-04-30 to 2018-06-29']);
  // The dated publications marked on the band, in words: one for each dated source.
  const friendsFile = builtin('friends');
  assert.equal(await key.getByRole('list').nth(1).getByRole('listitem').filter({ hasText: /^◆ / }).count(), friendsFile.sources.filter((s) => s.date).length);
  await button(page, 'Next change').click();
  assert.equal(await text(shownDate(page)), '2015-04-30');
  assert.equal(await reached(page, 'Personality quiz'), '1');
  await button(page, 'Previous change').click();
  assert.equal(await text(shownDate(page)), '2013-06-10');
  // Keyboard: the slider moves by a day with the arrow keys.
  await dateSlider(page).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(shownDate(page)), '2013-06-11');
  await context.close();
});

test('play walks through time and stops; with reduced motion it jumps change by change', async () => {
  // The page's clock is Playwright's: it runs as usual, and can be run forward on demand.
  const { page, context } = await open(env.browser, env.server.url, { clock: true });
  const later = (than) => until(async () => (await text(shownDate(page))) > than, { message: `the date passes ${than}` });
  // Straight after opening, with the scenario's own date: the clock moves.
  await button(page, 'Play through time').click();
  await later('2014-01-01');
  await button(page, 'Pause').click();
  await setDate(page, '2015-01-01');
  await button(page, 'Play through time').click();
  await later('2015-06-01');
  await button(page, 'Pause').click();
  assert.equal(await button(page, 'Play through time').getAttribute('aria-pressed'), 'false');
  const paused = await text(shownDate(page));
  // Run the clock on by four ticks of play: a clock that still ran would have moved the date.
  await page.clock.runFor(400);
  assert.equal(await text(shownDate(page)), paused, 'pause stops the clock');
  await context.close();

  const reduced = await open(env.browser, env.server.url, { context: { reducedMotion: 'reduce' } });
  const p = reduced.page;
  await setDate(p, '2013-01-01');
  await button(p, 'Play through time').click();
  await until(async () => (await text(shownDate(p))) === '2013-06-10', { timeout: 5000, message: 'play jumps to the next change' });
  await button(p, 'Pause').click();
  await reduced.context.close();
});

test('"why?" for a person reads the chain and lights the path; for a company, its reach', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await node(page, 'You').click();
  const panel = why(page);
  assert.equal(await text(panel.getByRole('heading', { level: 2 })), 'Who can see your data on this date, and why?');
  assert.equal(await text(panel.getByRole('paragraph').first()), '1 company can see your data on this date; you never said yes to it.');
  // One short line a route, the name it came through a button to read about them.
  const route = panel.getByRole('listitem').filter({ hasText: /^name, birthday, location, likes ← through/ });
  assert.equal(await text(route), 'name, birthday, location, likes ← through Ben signing in to Personality quiz (2013-06-10, an illustrative date)');
  assert.equal(await route.getByRole('button', { name: 'Ben' }).count(), 1);
  // The whole chain for each kind of data, on demand.
  await panel.getByText('The whole chain for each of the 4 kinds of data').click();
  const explanations = await panel.getByRole('list').first().getByRole('paragraph').allTextContents();
  assert.ok(explanations[0].startsWith('You and Ben are friends, and Ben signed in to Personality quiz on 2013-06-10'));
  assert.match(await flow(page, 'Personality quiz', 'Ben').getAttribute('class'), /strong/);
  assert.match(await node(page, 'Farid').getAttribute('class'), /dimmed/);
  assert.equal(await node(page, 'You').getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Escape');
  assert.equal(await panel.count(), 0);
  // By keyboard alone: focus a node to read its summary, and press Enter.
  await node(page, 'Personality quiz').focus();
  await summaryShown(page, 'Personality quiz: reaches 4 people; 1 said yes').waitFor();
  await node(page, 'Dev').hover();
  await summaryShown(page, 'Dev: no company can see their data; their settings held some data back').waitFor();
  await page.keyboard.press('Enter');
  assert.equal(await text(panel.getByRole('paragraph').first()), '1 person said yes; 4 people were reached, 3 of them without saying yes.');
  // Chloé's narrowed setting held data back, and the panel says what.
  await node(page, 'Chloé').click();
  await panel.getByRole('heading', { name: "What Chloé's settings held back" }).waitFor();
  assert.equal(await panel.getByRole('listitem').filter({ hasText: /^Personality quiz: birthday, location, likes/ }).count(), 1);
  await screenshot(page, 'why-chloe');
  await context.close();
});

test('what-if switches replay the scenario and show the difference', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await pick(page, 'Partners behind the wall');
  await setDate(page, '2016-06-01');
  const whatIf = page.getByRole('region', { name: 'What if…' });
  assert.equal(await reached(page, 'Microsoft Bing'), '8');
  await whatIf.getByRole('checkbox', { name: 'Partner deals and connections nobody was asked about' }).uncheck();
  assert.equal((await reached(page, 'Microsoft Bing')).trim(), '0 (-8)');
  assert.match(await text(whatIf.getByRole('status')), /A what-if is on/);
  await whatIf.getByRole('button', { name: 'Back to what happened' }).click();
  assert.equal(await reached(page, 'Microsoft Bing'), '8');
  // Only switches that change something are offered: in this scenario, friend permissions
  // change nothing (the partners' deals kept friends' data open to them).
  assert.equal(await whatIf.getByRole('combobox', { name: 'Friend permissions' }).count(), 0);
  // In the quiz's scenario they do: had friend permissions never closed, the quiz would still
  // reach Ben's friends after 2015, and the time line says so too.
  await pick(page, 'You and your friends');
  await setDate(page, '2015-06-01');
  assert.equal(await reached(page, 'Personality quiz'), '1');
  const permissions = whatIf.getByRole('combobox', { name: 'Friend permissions' });
  assert.equal(await whatIf.getByRole('checkbox', { name: /Partner deals/ }).count(), 0, 'no deals here: no deal switch');
  await permissions.selectOption({ label: 'never closed' });
  assert.equal((await reached(page, 'Personality quiz')).trim(), '4 (+3)');
  const key = timeline(page).getByRole('group').filter({ has: page.getByText(/^Now: /) });
  assert.equal(await text(key.getByText(/^Now: /)), 'Now: friend permissions open to apps');
  await permissions.selectOption({ label: 'as they were' });
  assert.equal(await text(key.getByText(/^Now: /)), 'Now: closed for ordinary apps');
  // One person's settings: Chloé lets apps see her likes, and the quiz gets them. (Partners
  // ignore the setting, so this is shown on the quiz, which had to obey it.)
  await setDate(page, '2014-01-01');
  await node(page, 'Chloé').click();
  const settings = why(page).getByRole('group', { name: /^What if Chloé had other settings\?/ });
  const likes = settings.getByRole('checkbox', { name: 'likes' });
  assert.equal(await likes.isChecked(), false);
  await likes.check();
  const quiz = why(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Personality quiz \(/ }) });
  await quiz.getByText('likes').first().waitFor();
  const legend = settings.getByText(/^What if Chloé had other settings\?/);
  assert.match(await text(legend), /\(changed\)/);
  await likes.uncheck();
  assert.doesNotMatch(await text(legend), /\(changed\)/);
  await context.close();
});

test('the table view lists every fact and sorts by column', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await pick(page, 'Partners behind the wall');
  const showAs = page.getByRole('group', { name: 'Show as' });
  await showAs.getByRole('button', { name: 'Table' }).click();
  const report = cliReport('partners');
  assert.equal((await readTable(facts(page))).length, report.facts.length);
  const person = facts(page).getByRole('columnheader', { name: /^Person/ });
  await person.getByRole('button').click();
  assert.equal(await person.getAttribute('aria-sort'), 'ascending');
  const people = (await readTable(facts(page))).map((r) => r.Person);
  assert.deepEqual(people, [...people].sort());
  await person.getByRole('button').click();
  assert.equal(await person.getAttribute('aria-sort'), 'descending');
  const down = (await readTable(facts(page))).map((r) => r.Person);
  assert.deepEqual(down, [...people].sort().reverse());
  assert.match((await readTable(facts(page)))[0].How, /\S/);
  await showAs.getByRole('button', { name: 'Graph' }).click();
  assert.equal(await graph(page).getByRole('button').count(), 15);
  await context.close();
});

test('zoom, pan and drag by mouse, wheel, touch pinch and keyboard', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  const drawing = graph(page);
  const viewBox = () => drawing.getAttribute('viewBox');
  const reset = button(page, /^Reset the view/);
  const start = await viewBox();
  await button(page, 'Zoom in').click();
  assert.notEqual(await viewBox(), start);
  await reset.click();
  assert.equal(await viewBox(), start);
  // Wheel over the drawing zooms in.
  await drawing.scrollIntoViewIfNeeded();
  const box = await drawing.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await until(async () => (await viewBox()) !== start, { message: 'the wheel zooms' });
  const zoomed = (await viewBox()).split(' ').map(Number);
  assert.ok(zoomed[2] < 1000);
  // Dragging the background pans.
  await page.mouse.move(box.x + 15, box.y + 15);
  await page.mouse.down();
  await page.mouse.move(box.x + 115, box.y + 15, { steps: 5 });
  await page.mouse.up();
  const panned = (await viewBox()).split(' ').map(Number);
  assert.ok(panned[0] < zoomed[0], `${panned} after ${zoomed}`);
  await reset.click();
  // Dragging a node moves it, and does not select it.
  const esi = circleOf(page, 'Esi');
  const before = Number(await esi.getAttribute('cx'));
  const b = await esi.boundingBox();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 80, b.y + 40, { steps: 6 });
  await page.mouse.up();
  assert.ok(Math.abs(Number(await esi.getAttribute('cx')) - before) > 20);
  assert.equal(await why(page).count(), 0);
  // A two-finger pinch zooms.
  await reset.click();
  await drawing.evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    const ev = (type, id, x) => svg.dispatchEvent(new PointerEvent(type, {
      pointerId: id, pointerType: 'touch', clientX: r.left + x, clientY: r.top + r.height / 2, bubbles: true,
    }));
    ev('pointerdown', 11, 200); ev('pointerdown', 12, 300);
    ev('pointermove', 12, 400); ev('pointermove', 12, 500);
    ev('pointerup', 11, 200); ev('pointerup', 12, 500);
  });
  const pinched = (await viewBox()).split(' ').map(Number);
  assert.ok(pinched[2] < 900, `pinch zoomed in: ${pinched}`);
  // Keyboard: with the drawing focused, + zooms and arrows pan.
  await reset.click();
  await drawing.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowRight');
  const keyed = (await viewBox()).split(' ').map(Number);
  assert.ok(keyed[2] < 1000 && keyed[0] > 0, `${keyed}`);
  await context.close();
});

test('dark theme, phone width and keyboard focus are looked after', async () => {
  const { page, context } = await open(env.browser, `${env.server.url}#scenario=partners&step=2`,
    { width: 360, height: 740, context: { colorScheme: 'dark' } });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(20, 20, 22)');
  for (const title of ['You and your friends', 'This is your digital life', 'Partners behind the wall']) {
    await pick(page, title);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${title} is ${overflow}px wider than a phone`);
  }
  await button(page, /Start the story/).click();
  await screenshot(page, 'phone-dark-story');
  // Every control can be reached by Tab and shows where focus is.
  const walk = await tabWalk(page);
  assert.ok(walk.controls.length >= 20, `only ${walk.controls.length} controls found: ${walk.controls.join(' | ')}`);
  assert.deepEqual(walk.unreached, [], 'controls Tab never reached');
  assert.deepEqual(walk.ringless, [], 'controls that showed no focus ring');
  // Every control has a name: in the markup, and as a screen reader meets it.
  const named = await page.$$eval('button, input, select', (els) => ({
    count: els.length,
    unlabelled: els
      .filter((e) => !(e.getAttribute('aria-label') || e.textContent.trim() || e.labels?.length || e.id && document.querySelector(`label[for="${e.id}"]`)))
      .map((e) => e.outerHTML.slice(0, 80)),
  }));
  assert.ok(named.count >= 20, `only ${named.count} buttons, fields and pickers found`);
  assert.deepEqual(named.unlabelled, []);
  const heard = (await page.locator('body').ariaSnapshot()).split('\n');
  assert.ok(heard.filter((l) => /^\s*- button\b/.test(l)).length >= 10, 'a screen reader meets the buttons');
  const nameless = heard.filter((l) => /^\s*- (button|combobox|checkbox|radio|slider|textbox|spinbutton|link)\s*(:|$)/.test(l));
  assert.deepEqual(nameless, []);
  await context.close();
});

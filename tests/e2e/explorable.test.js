// The explorable as a reader uses it: the story, the time line, "why?", what-if switches, the
// table, zoom and drag, by mouse, touch and keyboard, on a phone and in the dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, cliReport, screenshot } from './harness.js';

// One static server and one browser for the whole file.
const env = session();

const text = (page, sel) => page.textContent(sel).then((t) => t.trim());
const reached = (page, company) => page.textContent(`.figures tr[data-company="${company}"] .reached`);
async function pick(page, index, title) {
  await page.selectOption('#scenario-picker', String(index));
  await page.waitForFunction((t) => document.querySelector('#scenario-title')?.textContent === t, title);
}
async function setDate(page, iso) {
  const day = Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000);
  await page.$eval('#date-slider', (el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
  await page.waitForFunction((d) => document.querySelector('.date-label time')?.textContent === d, iso);
}

test('the story steps forward and back by button and arrow key, and lives in the link', async () => {
  const { page, context, errors } = await open(env.browser, env.server.url);
  await page.click('text=Start the story');
  assert.equal(await text(page, '#step-title'), 'This is you');
  assert.equal(await text(page, '.step-count'), 'Step 1 of 5');
  assert.match(page.url(), /#scenario=friends&step=1$/);
  await page.click('.step-nav >> text=Next');
  assert.equal(await text(page, '#step-title'), 'Ben takes a quiz');
  assert.equal(await text(page, '.date-label time'), '2013-06-10', 'the step sets its date');
  assert.match(page.url(), /step=2$/);
  // The step points at Ben, the quiz and You: their flows stand out, the rest is dimmed.
  assert.equal(await page.getAttribute('path[data-flow="quiz you"]', 'class'), 'flow reason-friend strong');
  assert.match(await page.getAttribute('[data-id="farid"]', 'class'), /dimmed/);
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(page, '#step-title'), 'Settings were the only brake');
  await page.keyboard.press('ArrowRight');
  // Step 4 turns a what-if on; the figures show the difference.
  assert.equal(await text(page, '#step-title'), 'What if everyone had opted out?');
  assert.equal(await page.isChecked('#whatif-opt-out'), true);
  assert.equal((await reached(page, 'quiz')).trim(), '1 (-3)');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await text(page, '#step-title'), 'Settings were the only brake');
  // Arrow keys on a focused node pan the drawing; they do not also turn the page.
  await page.focus('[data-id="ben"]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(page, '#step-title'), 'Settings were the only brake');
  assert.equal(await page.isChecked('#whatif-opt-out'), false);
  await screenshot(page, 'story-step');
  // A link to a step opens that step of that scenario.
  await page.goto(`${env.server.url}#scenario=digital-life&step=3`);
  await page.waitForSelector('#step-title');
  assert.equal(await text(page, '#step-title'), 'The harvest changes hands');
  assert.equal(await text(page, '#scenario-title'), 'This is your digital life');
  assert.equal(await text(page, '.date-label time'), '2014-06-01');
  await page.click('text=Leave the story and explore');
  assert.equal(await page.locator('#step-title').count(), 0);
  assert.match(page.url(), /#scenario=digital-life&date=2014-06-01$/, 'leaving keeps the view, the link says so');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a mangled link opens the app with a note of what could not be read', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}#scenario=%3Cscript%3E&step=zz&x=1`);
  const note = await text(page, '.notes');
  assert.match(note, /no built-in scenario called "<script>"/);
  assert.match(note, /"zz" is not a step number/);
  assert.equal(await text(page, '#scenario-title'), 'You and your friends');
  await page.click('.notes >> text=Dismiss');
  assert.equal(await page.locator('.notes').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('moving the date changes the graph, the figures and what a screen reader hears', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await setDate(page, '2012-01-01');
  assert.equal(await reached(page, 'quiz'), '0');
  assert.equal(await page.locator('path.flow').count(), 0);
  await setDate(page, '2014-01-01');
  const report = cliReport('friends', '--date', '2014-01-01');
  assert.equal(Number(await reached(page, 'quiz')), report.companies[0].reached);
  await page.waitForFunction(() => document.querySelector('#announcer').textContent.includes('now reaches'));
  assert.equal(await text(page, '#announcer'), 'Personality quiz now reaches 4 people; 3 never said yes.');
  // Eras are drawn from the scenario; the next change jumps to the next date something changes.
  const eras = await page.$$eval('.era-list li', (s) => s.map((e) => e.textContent));
  assert.deepEqual(eras, ['friend permissions open to any app: 2010-04-21 to 2015-04-29', 'closed for ordinary apps: 2015-04-30 to 2018-06-29']);
  assert.equal(await page.locator('.band .revelation').count(), 2);
  assert.equal(await text(page, '.eras-key summary'), 'Now: friend permissions open to any app');
  await page.click('text=change ▶');
  assert.equal(await text(page, '.date-label time'), '2015-04-30');
  assert.equal(await reached(page, 'quiz'), '1');
  await page.click('text=◀ change');
  assert.equal(await text(page, '.date-label time'), '2013-06-10');
  // Keyboard: the slider moves by a day with the arrow keys.
  await page.focus('#date-slider');
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(page, '.date-label time'), '2013-06-11');
  await context.close();
});

test('play walks through time and stops; with reduced motion it jumps change by change', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  // Straight after opening, with the scenario's own date: the clock moves.
  await page.click('button.play');
  await page.waitForFunction(() => document.querySelector('.date-label time').textContent > '2014-01-01');
  await page.click('button.play');
  await setDate(page, '2015-01-01');
  await page.click('button.play');
  await page.waitForFunction(() => document.querySelector('.date-label time').textContent > '2015-06-01');
  await page.click('button.play');
  const paused = await text(page, '.date-label time');
  await page.waitForTimeout(400);
  assert.equal(await text(page, '.date-label time'), paused, 'pause stops the clock');
  await context.close();

  const reduced = await env.browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  const p = await reduced.newPage();
  await p.goto(env.server.url);
  await p.waitForSelector('svg .node');
  await setDate(p, '2013-01-01');
  await p.click('button.play');
  await p.waitForFunction(() => document.querySelector('.date-label time').textContent === '2013-06-10', null, { timeout: 5000 });
  await p.click('button.play');
  await reduced.close();
});

test('"why?" for a person reads the chain and lights the path; for a company, its reach', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await page.click('[data-id="you"]');
  assert.equal(await text(page, '#why-title'), "Who has You's data, and why?");
  assert.equal(await text(page, '.why-summary'), "1 company holds You's data; You never said yes to 1 of them.");
  const explanations = await page.$$eval('.why .explanation', (e) => e.map((x) => x.textContent));
  assert.ok(explanations[0].startsWith('You and Ben are friends, and Ben signed in to Personality quiz on 2013-06-10'));
  assert.match(await page.getAttribute('path[data-flow="quiz ben"]', 'class'), /strong/);
  assert.match(await page.getAttribute('[data-id="farid"]', 'class'), /dimmed/);
  assert.equal(await page.getAttribute('[data-id="you"]', 'aria-pressed'), 'true');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.why').count(), 0);
  // By keyboard alone: focus a node to read its summary, and press Enter.
  await page.focus('[data-id="quiz"]');
  assert.equal(await text(page, '.node-summary'), 'Personality quiz: reaches 4 people; 1 said yes');
  await page.hover('[data-id="dev"]');
  assert.equal(await text(page, '.node-summary'), 'Dev: no company holds their data; their settings held some data back');
  await page.keyboard.press('Enter');
  assert.equal(await text(page, '.why-summary'), '1 person said yes; 4 people were reached, 3 of them without saying yes.');
  // Chloé's narrowed setting held data back, and the panel says what.
  await page.click('[data-id="chloe"]');
  assert.match(await text(page, '.why .kept'), /Personality quiz: birthday, location, likes/);
  await screenshot(page, 'why-chloe');
  await context.close();
});

test('what-if switches replay the scenario and show the difference', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await pick(page, 2, 'Partners behind the wall');
  await setDate(page, '2016-06-01');
  assert.equal(await reached(page, 'bing'), '8');
  await page.uncheck('#whatif-deals');
  assert.equal((await reached(page, 'bing')).trim(), '0 (-8)');
  assert.match(await text(page, '.whatif-on'), /A what-if is on/);
  await page.click('text=Back to what happened');
  assert.equal(await reached(page, 'bing'), '8');
  await page.selectOption('#whatif-friend-permissions', 'always');
  assert.ok(Number((await reached(page, 'spotify')).split(' ')[0]) >= 3);
  await page.selectOption('#whatif-friend-permissions', 'as_scenario');
  // One person's settings: Dan lets apps see his contact details, and Amazon gets them.
  await page.click('[data-id="dan"]');
  const contact = page.locator('.person-settings label', { hasText: 'contact details' }).locator('input');
  assert.equal(await contact.isChecked(), false);
  await contact.check();
  await page.waitForSelector('.why .holder[data-company="Amazon"] >> text=contact details');
  assert.match(await text(page, '.person-settings legend'), /\(changed\)/);
  await contact.uncheck();
  assert.doesNotMatch(await text(page, '.person-settings legend'), /\(changed\)/);
  await context.close();
});

test('the table view lists every fact and sorts by column', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await pick(page, 2, 'Partners behind the wall');
  await page.click('button.tab >> text=Table');
  const report = cliReport('partners');
  assert.equal(await page.locator('.facts tbody tr').count(), report.facts.length);
  await page.click('.facts th button >> text=Person');
  assert.equal(await page.getAttribute('.facts th:nth-child(2)', 'aria-sort'), 'ascending');
  const people = await page.$$eval('.facts tbody tr td:nth-child(2)', (t) => t.map((x) => x.textContent));
  assert.deepEqual(people, [...people].sort());
  await page.click('.facts th button >> text=Person');
  assert.equal(await page.getAttribute('.facts th:nth-child(2)', 'aria-sort'), 'descending');
  const down = await page.$$eval('.facts tbody tr td:nth-child(2)', (t) => t.map((x) => x.textContent));
  assert.deepEqual(down, [...people].sort().reverse());
  assert.match(await text(page, '.facts tbody tr:first-child .explanation'), /\S/);
  await page.click('button.tab >> text=Graph');
  assert.equal(await page.locator('svg .node').count(), 15);
  await context.close();
});

test('zoom, pan and drag by mouse, wheel, touch pinch and keyboard', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  const viewBox = () => page.getAttribute('.graph svg', 'viewBox');
  const start = await viewBox();
  await page.click('.zoom button[aria-label="Zoom in"]');
  assert.notEqual(await viewBox(), start);
  await page.click('.zoom button >> text=Reset');
  assert.equal(await viewBox(), start);
  // Wheel over the drawing zooms in.
  await page.locator('.graph svg').scrollIntoViewIfNeeded();
  const box = await page.locator('.graph svg').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((s) => document.querySelector('.graph svg').getAttribute('viewBox') !== s, start);
  const zoomed = (await viewBox()).split(' ').map(Number);
  assert.ok(zoomed[2] < 1000);
  // Dragging the background pans.
  await page.mouse.move(box.x + 15, box.y + 15);
  await page.mouse.down();
  await page.mouse.move(box.x + 115, box.y + 15, { steps: 5 });
  await page.mouse.up();
  const panned = (await viewBox()).split(' ').map(Number);
  assert.ok(panned[0] < zoomed[0], `${panned} after ${zoomed}`);
  await page.click('.zoom button >> text=Reset');
  // Dragging a node moves it, and does not select it.
  const esi = page.locator('[data-id="esi"] circle.person');
  const before = Number(await esi.getAttribute('cx'));
  const b = await esi.boundingBox();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 80, b.y + 40, { steps: 6 });
  await page.mouse.up();
  assert.ok(Math.abs(Number(await esi.getAttribute('cx')) - before) > 20);
  assert.equal(await page.locator('.why').count(), 0);
  // A two-finger pinch zooms.
  await page.click('.zoom button >> text=Reset');
  await page.evaluate(() => {
    const svg = document.querySelector('.graph svg');
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
  await page.click('.zoom button >> text=Reset');
  await page.focus('.graph svg');
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowRight');
  const keyed = (await viewBox()).split(' ').map(Number);
  assert.ok(keyed[2] < 1000 && keyed[0] > 0, `${keyed}`);
  await context.close();
});

test('dark theme, phone width and keyboard focus are looked after', async () => {
  const dark = await env.browser.newContext({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
  const page = await dark.newPage();
  await page.goto(`${env.server.url}#scenario=partners&step=2`);
  await page.waitForSelector('svg .node');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(20, 20, 22)');
  for (const i of ['0', '1', '2']) {
    await page.selectOption('#scenario-picker', i);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `scenario ${i} is ${overflow}px wider than a phone`);
  }
  await page.click('text=Start the story');
  await screenshot(page, 'phone-dark-story');
  // Every control can be reached by Tab and shows where focus is.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  const unlabelled = await page.$$eval('button, input, select', (els) => els
    .filter((e) => !(e.getAttribute('aria-label') || e.textContent.trim() || e.labels?.length || e.id && document.querySelector(`label[for="${e.id}"]`)))
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(unlabelled, []);
  await dark.close();
});

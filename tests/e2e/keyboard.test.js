// A reader with a keyboard only (Tab, Shift+Tab, Enter, Space, arrows and Escape; no mouse, no
// shortcuts) walks a whole story, opens and reads "why?", edits the sandbox and undoes the edit.
// Also the WCAG 2.2 points a graph app tends to miss: focus is never hidden (2.4.11) and a
// focus ring stands out at 3:1 (1.4.11).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, until, why, stepTitle, story, text } from './harness.js';

const env = session();

/** The focused element's accessible name, roughly as a screen reader says it. */
const focusedName = (page) => page.evaluate(() => {
  const a = document.activeElement;
  if (!a || a === document.body) return '';
  const by = a.getAttribute('aria-labelledby');
  const label = a.getAttribute('aria-label') || (by && document.getElementById(by)?.textContent)
    || (a.labels && a.labels[0]?.textContent) || a.textContent || '';
  return label.replace(/\s+/g, ' ').trim();
});

/** Presses Tab (or Shift+Tab) until the focused element's name matches `name`; at most `limit` times. */
async function tabTo(page, name, { back = false, limit = 600 } = {}) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return now;
  }
  throw new Error(`no ${name} within ${limit} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Whether the focused element is inside the viewport and not covered by anything (2.4.11). */
const focusVisible = (page) => page.evaluate(() => {
  const a = document.activeElement;
  const r = a.getBoundingClientRect();
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
  const top = document.elementFromPoint(x, y);
  return r.bottom > 0 && r.top < innerHeight && (a === top || a.contains(top) || top?.contains(a));
});

test('a whole story, "why?" and a sandbox edit with its undo, by keyboard alone', async () => {
  const { page, context, errors } = await open(env.browser, `${env.server.url}#scenario=friends`);
  await tabTo(page, /^▶ Start the story/);
  assert.ok(await focusVisible(page));
  await page.keyboard.press('Enter');
  assert.equal(await text(stepTitle(page)), 'This is you');
  // Next by Enter on its button, then by the arrow keys.
  await tabTo(page, 'Next →');
  await page.keyboard.press('Enter');
  await until(async () => (await text(stepTitle(page))) === 'Ben takes a quiz', { message: 'step 2' });
  await page.keyboard.press('Space');
  await until(async () => (await text(stepTitle(page))) === 'Settings were the only brake', { message: 'step 3 by Space' });
  // Leave the button so the arrows turn the page, as on any part of the page but a control.
  await tabTo(page, /^Step 3 of 5/, { back: true });
  for (const title of ['What if everyone had opted out?', 'The door closes']) {
    await page.keyboard.press('ArrowRight');
    await until(async () => (await text(stepTitle(page))) === title, { message: title });
  }
  await tabTo(page, 'Explore freely');
  await page.keyboard.press('Enter');
  await until(async () => (await story(page).count()) === 0, { message: 'the story ends' });
  assert.match(await focusedName(page), /^▶ Start the story/, 'focus is back on the start');

  // "Why?" for You: Tab to the node, Enter, read, Escape.
  await tabTo(page, /^You: /);
  assert.ok(await focusVisible(page), 'the focused node is in view');
  await page.keyboard.press('Enter');
  const panel = why(page);
  assert.equal(await text(panel.getByRole('heading', { level: 2 })), 'Who can see your data on this date, and why?');
  await tabTo(page, 'Close');
  assert.ok(await focusVisible(page));
  await tabTo(page, /^You: /, { back: true });
  await page.keyboard.press('Escape');
  await until(async () => (await panel.count()) === 0, { message: '"why?" closes on Escape' });
  assert.match(await focusedName(page), /^You: /);

  // The sandbox: start from the example, remove a person, undo.
  await tabTo(page, 'Build your own', { back: true });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Build your own', level: 2 }).waitFor();
  await tabTo(page, 'Start from one quiz and five friends');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'One quiz, five friends', level: 2 }).waitFor();
  const people = page.getByRole('region', { name: 'Add and remove' }).getByRole('list', { name: 'People', exact: true });
  const before = await people.getByRole('listitem').count();
  const removed = (await tabTo(page, /^Remove /)).slice('Remove '.length);
  await page.keyboard.press('Enter');
  await until(async () => (await people.getByRole('listitem').count()) === before - 1, { message: 'a person removed' });
  await until(() => page.evaluate(() => document.activeElement && document.activeElement !== document.body),
    { message: 'focus stays on the page after the removal' });
  await tabTo(page, '↶ Undo', { back: true });
  await page.keyboard.press('Enter');
  await until(async () => (await people.getByRole('listitem').count()) === before, { message: 'undo brings them back' });
  assert.equal(await people.getByRole('textbox', { name: `Name of ${removed}`, exact: true }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The contrast of two CSS colours (rgb or rgba over an opaque background). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const theme of ['light', 'dark']) {
  test(`in the ${theme} theme, every focus ring stands out at 3:1 and is not hidden`, async () => {
    const { page, context } = await open(env.browser, `${env.server.url}#scenario=friends&theme=${theme}`);
    const seen = new Set();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const a = document.activeElement;
        // Past the last control, focus leaves the page for the browser's own.
        if (!a || a === document.body) return null;
        const s = getComputedStyle(a);
        let bg = 'rgb(255, 255, 255)';
        for (let e = a.parentElement; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor;
          if (c && c !== 'transparent' && !/rgba\(.*, 0\)$/.test(c)) { bg = c; break; }
        }
        const what = `${a.tagName} ${(a.getAttribute('aria-label') || a.textContent).trim().slice(0, 30)}`;
        // A node of the drawing shows focus as a thick stroke round its shape, not an outline.
        const shape = a.matches('.node') && a.querySelector('circle, rect');
        if (shape) {
          const t = getComputedStyle(shape);
          return { what, drawn: parseFloat(t.strokeWidth) >= 2, color: t.stroke, bg };
        }
        const drawn = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        return { what, drawn, color: s.outlineColor, bg };
      });
      if (!ring || seen.has(ring.what)) continue;
      seen.add(ring.what);
      assert.ok(await focusVisible(page), `${ring.what} is in view when focused`);
      assert.ok(ring.drawn, `${ring.what} shows a focus ring`);
      assert.ok(contrast(ring.color, ring.bg) >= 3, `${ring.what}: ring ${ring.color} on ${ring.bg} is ${contrast(ring.color, ring.bg).toFixed(2)}:1`);
    }
    // Forty presses of Tab go through the page's controls: if focus stayed on the page's body
    // the rings above were never looked at.
    assert.ok(seen.size >= 20, `Tab reached ${seen.size} controls: ${[...seen].join(' | ')}`);
    assert.ok([...seen].some((w) => w.startsWith('g ')), 'a node of the drawing was among them');
    await context.close();
  });
}

test('Tab goes into an embed and out again, both ways: no keyboard trap (2.1.2)', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${env.server.origin}/article/article.html`);
  await stepTitle(page.getByTitle('Spillover: partners').contentFrame()).waitFor();
  // Where focus is, from the article's side: in the first frame, the second, or the article.
  const where = () => page.evaluate(() => document.activeElement?.id || 'article');
  // Presses `key` until focus has been in frame `from` and then in frame `to`, or fails saying where it went.
  const walk = async (key, from, to) => {
    const seen = [];
    const done = () => seen.includes(from) && seen.lastIndexOf(to) > seen.indexOf(from);
    for (let i = 0; i < 400 && !done(); i += 1) {
      await page.keyboard.press(key);
      const w = await where();
      if (w !== seen.at(-1)) seen.push(w);
    }
    assert.ok(done(), `${key} went ${seen.join(' → ')}`);
  };
  await walk('Tab', 'first', 'second');
  await walk('Shift+Tab', 'second', 'first');
  await page.close();
});

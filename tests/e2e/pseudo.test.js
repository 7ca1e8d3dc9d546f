// The pseudo-language en-XA (issue 23): every message accented, about 40% longer and between
// brackets. On every view, at a phone's width and a laptop's, every word the page shows is inside
// a bracketed message, so no word reaches a reader without passing through the catalogue; what is
// data and not words is exempt only where the page marks it so: names and titles a reader or a
// scenario gave (`translate="no"`), source titles as published (`lang="en"`, or
// `translate="no"`); numbers and dates hold no letters. And the longer words still fit: no two
// labels overlap and no text is cut off by a box that hides what overflows it.
//   cd tests/e2e && node --test --test-concurrency=1 pseudo.test.js   (after scripts/build)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session } from './harness.js';
import { VIEWS, WIDTHS, openView } from './views.js';

const env = session();

/**
 * The words shown outside brackets, as [{ text, where }]: the visible text nodes of the page in
 * document order, read as one stream so a message split over elements (a step's paragraphs)
 * counts as one, skipping what is marked as data. Letters outside every bracket are a word that
 * did not come from the catalogue. Placeholders and a select's chosen option are read too.
 */
const unbracketed = (page) => page.evaluate(() => {
  const own = document.documentElement.lang;
  const exempt = (el) => el.closest('[translate="no"]')
    || [...ancestors(el)].some((a) => a.hasAttribute('lang') && a.getAttribute('lang') !== own && a !== document.documentElement);
  function* ancestors(el) { for (let a = el; a; a = a.parentElement) yield a; }
  const shown = (node) => {
    const r = document.createRange();
    r.selectNodeContents(node);
    return [...r.getClientRects()].some((b) => b.width > 0 && b.height > 0);
  };
  const where = (el) => {
    const parts = [];
    for (let a = el; a && a !== document.body && parts.length < 4; a = a.parentElement) {
      parts.unshift(a.tagName.toLowerCase() + (a.id ? `#${a.id}` : '') + (a.classList.length ? `.${[...a.classList].join('.')}` : ''));
    }
    return parts.join(' > ');
  };
  const found = [];
  let depth = 0;
  const read = (text, el) => {
    let outside = '';
    for (const c of text) {
      if (c === '[') depth += 1;
      else if (c === ']') depth = Math.max(0, depth - 1);
      else if (depth === 0) outside += c;
    }
    if (/\p{L}/u.test(outside)) found.push({ text: text.trim().slice(0, 120), outside: outside.trim().slice(0, 60), where: where(el) });
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      const el = n.parentElement;
      if (!el || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION|TEXTAREA)$/.test(el.tagName)) return NodeFilter.FILTER_REJECT;
      if (!n.data.trim() || exempt(el) || !shown(n)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) read(n.data, n.parentElement);
  for (const field of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    depth = 0;
    if (!field.value && field.checkVisibility() && !exempt(field)) read(field.placeholder, field);
  }
  for (const select of document.querySelectorAll('select')) {
    depth = 0;
    const chosen = select.selectedOptions[0];
    if (chosen && select.checkVisibility() && !exempt(chosen)) read(chosen.textContent, select);
  }
  return found;
});

/**
 * Labels that overlap, as ["a" and "b"]: the text of every button, link, label, heading, legend,
 * summary, table header and name on the graph, where it is drawn on top (so a dialog over the
 * page is not said to overlap what it covers), read a screenful at a time down the page.
 */
const overlapping = (page) => page.evaluate(async () => {
  const labels = [...document.querySelectorAll('button, a, label, h1, h2, h3, h4, legend, summary, th, [role="tab"], svg text')]
    .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.textContent.trim());
  const box = (el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    return r.getBoundingClientRect();
  };
  const onTop = (el) => {
    const b = el.getBoundingClientRect();
    const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
    // A name on the graph lets the pointer through to its node: it is on top where its node is.
    return hit && (el.contains(hit) || hit.contains(el) || el.closest('svg')?.contains(hit));
  };
  // What floats over the page (a fixed or sticky panel, a dialog) is a layer of its own: it
  // covers the page by design, and its labels are compared with each other.
  const layer = (el) => {
    for (let a = el; a; a = a.parentElement) {
      if (a.tagName === 'DIALOG' || /fixed|sticky/.test(getComputedStyle(a).position)) return a;
    }
    return null;
  };
  const cross = (a, b) => a.x + 1 < b.right && b.x + 1 < a.right && a.y + 1 < b.bottom && b.y + 1 < a.bottom;
  const found = new Set();
  // A screenful at a time, as a reader sees it: what is fixed or sticky is compared with what
  // is under it at that moment.
  for (let y = 0; ; y += innerHeight * 0.8) {
    scrollTo(0, y);
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const shown = labels.filter((el) => {
      const b = el.getBoundingClientRect();
      return b.width > 0 && b.top >= 0 && b.bottom <= innerHeight && onTop(el);
    }).map((el) => [el, box(el), layer(el)]);
    for (let i = 0; i < shown.length; i += 1) {
      for (let j = i + 1; j < shown.length; j += 1) {
        const [a, ab, al] = shown[i];
        const [b, bb, bl] = shown[j];
        if (al !== bl || a.contains(b) || b.contains(a) || ab.width === 0 || bb.width === 0) continue;
        if (cross(ab, bb)) found.add(`"${a.textContent.trim().slice(0, 40)}" and "${b.textContent.trim().slice(0, 40)}"`);
      }
    }
    if (y + innerHeight >= document.documentElement.scrollHeight) break;
  }
  scrollTo(0, 0);
  return [...found];
});

/** Text cut off: an element holding text that hides what overflows it sideways and overflows. */
const clipped = (page) => page.evaluate(() => [...document.body.querySelectorAll('*')]
  .filter((el) => {
    const s = getComputedStyle(el);
    if (!/hidden|clip/.test(s.overflowX) || !el.checkVisibility()) return false;
    if (el.querySelector('svg, canvas, img, iframe') || el.closest('svg')) return false;
    // Words for screen readers only, in a box of a pixel (.sr-only), are not cut off for anyone.
    if (el.clientWidth <= 1) return false;
    return el.textContent.trim() && el.scrollWidth > el.clientWidth + 1;
  })
  .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: "${el.textContent.trim().slice(0, 50)}" (${el.scrollWidth} > ${el.clientWidth} px)`));

for (const viewport of WIDTHS) {
  for (const view of VIEWS) {
    test(`en-XA, ${view.name}, at ${viewport.width} px: every word in a message, none overlapping or cut off`, async () => {
      const { page, context, errors } = await openView(env.browser, env.server.url, view, 'en-XA', viewport);
      const outside = await unbracketed(page);
      const over = await overlapping(page);
      const cut = await clipped(page);
      assert.deepEqual(errors, []);
      // All three at once, so a failure of one does not hide the others.
      assert.deepEqual({
        'words outside the catalogue, or data not marked as data': outside.map((o) => `${o.where}: "${o.outside}" in "${o.text}"`),
        'labels that overlap': over,
        'text cut off': cut,
      }, { 'words outside the catalogue, or data not marked as data': [], 'labels that overlap': [], 'text cut off': [] });
      await context.close();
    });
  }
}

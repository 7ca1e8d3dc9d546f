// Lines and nodes of the drawing stand out at 3:1 from its background (WCAG 1.4.11), in the
// light and the dark theme, for every built-in scenario: each flow, friendship and node as drawn
// (with its opacity), before anything is selected and dimmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, open, graph } from './harness.js';

const env = session();

for (const theme of ['light', 'dark']) {
  for (const slug of ['friends', 'partners', 'digital-life']) {
    test(`${slug}, ${theme}: every line and node stands out at 3:1`, async () => {
      const { page, context } = await open(env.browser, `${env.server.url}#scenario=${slug}&theme=${theme}&date=2015-01-01`);
      const weak = await graph(page).evaluate((svg) => {
        const rgb = (c) => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
        const lum = (c) => {
          const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        const bg = rgb(getComputedStyle(svg.closest('figure')).backgroundColor);
        // The colour as seen: `paint` over the background, through every opacity on the way up.
        const seen = (el, paint) => {
          let alpha = 1;
          for (let e = el; e && e !== svg; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
          const c = rgb(paint);
          return c.length === 3 ? c.map((v, i) => alpha * v + (1 - alpha) * bg[i]) : null;
        };
        const out = [];
        // Each kind of line and node is found at least once, so a renamed class fails here
        // rather than leaving nothing to check.
        const kinds = ['.flow', '.friendship', '.node circle', '.node rect'];
        for (const kind of kinds) {
          if (!svg.querySelector(kind)) out.push(`nothing drawn matches ${kind}`);
        }
        for (const el of svg.querySelectorAll(kinds.join(', '))) {
          const s = getComputedStyle(el);
          const paints = [s.stroke, el.matches('.node *') ? s.fill : 'none'].filter((p) => p.startsWith('rgb'));
          const best = Math.max(0, ...paints.map((p) => seen(el, p)).filter(Boolean).map((c) => ratio(c, bg)));
          if (best < 3) out.push(`${el.getAttribute('class')} (${el.closest('[aria-label]')?.getAttribute('aria-label')?.slice(0, 40)}): ${best.toFixed(2)}:1`);
        }
        return out;
      });
      assert.deepEqual(weak, []);
      await context.close();
    });
  }
}

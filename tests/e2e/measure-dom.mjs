// Counts the elements of the page on a generated network of 1,500 people (tests/e2e/network.js):
// the table view of the shared link, then the sandbox (a kept copy) in graph and table view.
// Not a test: `node measure-dom.mjs [dist]` prints the counts, to compare two builds.
import { serve, launch, open } from './harness.js';
import { network, link } from './network.js';

const count = (page) => page.evaluate(() => {
  const inside = (sel) => [...document.querySelectorAll(sel)].reduce((n, e) => n + 1 + e.querySelectorAll('*').length, 0);
  return {
    all: document.querySelectorAll('*').length,
    graph: inside('.graph'),
    table: inside('.facts'),
    lists: inside('.lists'),
    formOptions: document.querySelectorAll('.forms option').length,
  };
});

const server = await serve();
const browser = await launch();
const big = { timeout: 300_000 };
try {
  const url = `${server.url}#data=${link(network())}&view=table`;
  const t0 = Date.now();
  const { page, context } = await open(browser, url, {
    ready: (p) => p.getByRole('table', { name: /facts: which company/ }),
  });
  console.log('shared link, table view', await count(page), `${Date.now() - t0} ms`);
  // Back to the graph, then the table again: the time to draw the table.
  await page.getByRole('button', { name: 'Graph', exact: true }).click(big);
  await page.getByRole('group', { name: /^Network of / }).waitFor(big);
  const t1 = Date.now();
  await page.getByRole('button', { name: 'Table', exact: true }).click(big);
  await page.getByRole('table', { name: /facts: which company/ }).getByRole('row').nth(1).waitFor(big);
  console.log('graph to table', `${Date.now() - t1} ms`);
  await page.getByRole('button', { name: 'Keep a copy in my sandboxes' }).click(big);
  await page.getByRole('list', { name: 'People', exact: true }).getByRole('listitem').first().waitFor(big);
  await page.getByRole('group', { name: /^Network of / }).waitFor(big);
  console.log('sandbox, graph view', await count(page));
  await page.getByRole('button', { name: 'Table', exact: true }).click(big);
  await page.getByRole('table', { name: /facts: which company/ }).waitFor(big);
  console.log('sandbox, table view', await count(page));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

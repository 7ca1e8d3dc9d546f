// A big generated network for the tests of big networks: people with invented names (some with
// accents), friendships drawn by a seeded generator, a quiz installed by a share of them whose
// friends' data it reaches, and a broker the quiz hands names and likes to. Deterministic: the
// same arguments give the same scenario. `link` packs it as src/files/link.rs does. And
// `classNetwork`: a class of plainly named people in groups of 40, for the canvas.
import { deflateRawSync } from 'node:zlib';

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dev', 'Esi', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena',
  'Malik', 'Noor', 'Oskar', 'Priya', 'Quinn', 'Rosa', 'Søren', 'Tomás', 'Uma', 'Viktor', 'Wen', 'Yusuf', 'Zoë'];
const LAST = ['Abara', 'Berg', 'Costa', 'Dufour', 'Ekström', 'Fischer', 'García', 'Haddad', 'Ivanova', 'Jensen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Rossi', 'Silva', 'Takahashi', 'Weber'];

/** The one person the search tests look for, and where they sit. */
export const SOUGHT = { index: 737, id: 'p737', name: 'Éloïse Marchetti' };

/** A scenario of `people` people and `friendships` friendships; `installed` of them took the quiz. */
export function network({ people = 1500, friendships = 6000, installed = 150, seed = 7 } = {}) {
  let state = seed >>> 0;
  // A linear congruential generator (as d3-force seeds its layout): the same network each time.
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = (n) => Math.floor(random() * n);
  const persons = Array.from({ length: people }, (_, i) => ({
    id: `p${i}`,
    name: i === SOUGHT.index ? SOUGHT.name : `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
  }));
  const seen = new Set();
  const links = [];
  while (links.length < friendships) {
    const a = pick(people);
    const b = pick(people);
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    links.push({ between: [`p${a}`, `p${b}`], from: '2010-01-01' });
  }
  const takers = new Set();
  while (takers.size < installed) takers.add(pick(people));
  const grants = [...takers].sort((a, b) => a - b).map((i) => ({
    person: `p${i}`,
    company: 'quiz',
    scopes: ['user_id', 'name', 'likes', 'friends.name', 'friends.likes', 'friends.location'],
    from: '2013-01-01',
  }));
  return {
    format: 'spillover-scenario',
    version: 1,
    title: `A generated network of ${people} people`,
    description: 'Invented people and friendships, drawn at random with a fixed seed, for testing big networks.',
    date: '2014-01-01',
    policy: { friend_permissions: [{ from: '2010-04-21', until: '2015-04-30' }] },
    people: persons,
    companies: [
      { id: 'quiz', name: 'Personality quiz', kind: 'app' },
      { id: 'broker', name: 'Data broker', kind: 'broker' },
    ],
    friendships: links,
    grants,
    transfers: [{ from_company: 'quiz', to_company: 'broker', categories: ['name', 'likes'] }],
  };
}

/**
 * `n` people in groups of 40 with friends mostly in their group (seeded), a quiz installed by 1%: a
 * class network for the canvas's tests and its benchmark (bench-big.mjs).
 */
export function classNetwork(n) {
  let seed = 7;
  const below = (k) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const id = (i) => `p${String(i).padStart(4, '0')}`;
  const people = Array.from({ length: n }, (_, i) => ({ id: id(i), name: `Person ${i}` }));
  const pairs = new Set();
  for (let a = 0; a < n; a++) {
    for (let k = 0; k < 4; k++) {
      const b = below(6) === 0 ? below(n) : Math.min(n - 1, Math.floor(a / 40) * 40 + below(40));
      if (a !== b) pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
    }
  }
  const friendships = [...pairs].map((p) => ({ between: p.split(' ').map((i) => id(Number(i))) }));
  const scopes = ['user_id', 'name', 'likes', 'friends.user_id', 'friends.name', 'friends.likes'];
  const grants = people.filter((_, i) => i % 100 === 3)
    .map((p) => ({ person: p.id, company: 'quiz', scopes, from: '2013-01-01' }));
  return {
    format: 'spillover-scenario', version: 1, title: 'A class of 2,000',
    description: 'A generated network for the browser tests.', date: '2014-01-01',
    policy: { friend_permissions: [{ from: '2010-01-01', until: '2015-04-30' }] },
    people, companies: [{ id: 'quiz', name: 'Quiz', kind: 'app' }], friendships, grants,
  };
}

/** The `#data=` value of a scenario, as the app packs it: raw deflate, URL-safe base64 unpadded. */
export function link(scenario) {
  return deflateRawSync(Buffer.from(JSON.stringify(scenario)), { level: 9 }).toString('base64url');
}

/**
 * The input that once froze the page: `people` people who all install an app asking for their
 * friends' likes, and `friendships` friendships each starting on its own day from May 2010, so
 * that the collected view has thousands of change days to count. Deterministic.
 */
export function staggered({ people = 1500, friendships = 9000, seed = 7 } = {}) {
  let state = seed >>> 0;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = (n) => Math.floor(random() * n);
  const seen = new Set();
  const links = [];
  const day = (n) => new Date(Date.UTC(2010, 4, 1 + n)).toISOString().slice(0, 10);
  while (links.length < friendships) {
    const a = pick(people);
    const b = pick(people);
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    links.push({ between: [`p${a}`, `p${b}`], from: day(links.length) });
  }
  return {
    format: 'spillover-scenario',
    version: 1,
    title: `${people} people who all installed one app`,
    description: 'Invented people; every friendship starts on a day of its own.',
    date: '2014-06-01',
    policy: { friend_permissions: [{ from: '2010-04-21', until: '2015-04-30' }] },
    people: Array.from({ length: people }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` })),
    companies: [{ id: 'app', name: 'An app', kind: 'app' }],
    friendships: links,
    grants: Array.from({ length: people }, (_, i) => ({ person: `p${i}`, company: 'app', scopes: ['likes', 'friends.likes'] })),
  };
}

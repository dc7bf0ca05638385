// Shared by the detection evaluations (vitest in happy-dom, Playwright in Chromium): reads the
// corpus in tests/fixtures/corpus and turns per-page outcomes into precision and recall tables.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../fixtures/corpus');

export const STATES = [
  'payment_failed',
  'account_locked',
  'limit_exceeded',
  'funds_missing',
  'unauthorized_activity',
  'refund_issue',
];

/**
 * @typedef {{ state: string | null, rule?: string, layout?: string, kind?: string, fields?: Record<string, string> }} Expectation
 * @typedef {{ url: string, host: string, file: string, html: string, expect: Expectation }} CorpusPage
 * @typedef {{ url: string, provider: string, expected: string | null, got: string | null, expectedFields?: Record<string, string>, fields?: Record<string, string> }} Outcome
 */

/**
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Every corpus page with its URL and expectation (first line `<!-- expect {...} -->`).
 * @returns {CorpusPage[]}
 */
export function loadCorpus(dir = CORPUS_DIR) {
  return walk(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const match = /^<!-- expect (\{.*\}) -->/.exec(html);
      if (!match?.[1]) throw new Error(`${file}: first line must be <!-- expect {...} -->`);
      const [host, ...rest] = relative(dir, file).split(sep);
      const path = rest.join('/').replace(/\.html$/, '');
      return {
        url: `https://${host}/${path}`,
        host: host ?? '',
        file,
        html,
        expect: JSON.parse(match[1]),
      };
    });
}

/** @type {(num: number, den: number) => number} */
const ratio = (num, den) => (den === 0 ? 1 : num / den);

/**
 * Precision and recall of `outcomes`. A page counts as a true positive for a state when the state
 * was expected and reported, a false positive when reported but not expected (a null page that
 * fired, or the wrong state), a false negative when expected but not reported.
 * @param {Outcome[]} outcomes
 */
export function score(outcomes) {
  /** @typedef {{ tp: number, fp: number, fn: number, pages: number }} Tally */
  /** @type {() => Tally} */
  const tally = () => ({ tp: 0, fp: 0, fn: 0, pages: 0 });
  /** @type {Record<string, Tally>} */
  const byState = Object.fromEntries(STATES.map((s) => [s, tally()]));
  /** @param {string} state */
  const stateTally = (state) => (byState[state] ??= tally());
  /** @type {Record<string, ReturnType<typeof tally>>} */
  const byProvider = {};
  const all = tally();
  for (const o of outcomes) {
    const provider = (byProvider[o.provider] ??= tally());
    provider.pages++;
    all.pages++;
    if (o.expected) stateTally(o.expected).pages++;
    const hit = o.expected !== null && o.got === o.expected;
    for (const t of [provider, all]) {
      if (hit) t.tp++;
      if (o.got !== null && o.got !== o.expected) t.fp++;
      if (o.expected !== null && o.got !== o.expected) t.fn++;
    }
    if (hit && o.expected !== null) stateTally(o.expected).tp++;
    if (o.got !== null && o.got !== o.expected) stateTally(o.got).fp++;
    if (o.expected !== null && o.got !== o.expected) stateTally(o.expected).fn++;
  }
  /** @param {Tally} t */
  const finish = (t) => ({
    ...t,
    precision: ratio(t.tp, t.tp + t.fp),
    recall: ratio(t.tp, t.tp + t.fn),
  });
  let fieldChecks = 0;
  let fieldHits = 0;
  /** @type {string[]} */
  const fieldMisses = [];
  for (const o of outcomes) {
    for (const [key, value] of Object.entries(o.expectedFields ?? {})) {
      if (o.got !== o.expected) continue;
      fieldChecks++;
      if (o.fields?.[key] === value) fieldHits++;
      else fieldMisses.push(`${o.url}: ${key} expected ${value}, got ${o.fields?.[key]}`);
    }
  }
  return {
    overall: finish(all),
    states: Object.fromEntries(Object.entries(byState).map(([k, t]) => [k, finish(t)])),
    providers: Object.fromEntries(
      Object.entries(byProvider)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, t]) => [k, finish(t)]),
    ),
    fields: {
      checks: fieldChecks,
      hits: fieldHits,
      accuracy: ratio(fieldHits, fieldChecks),
      misses: fieldMisses,
    },
    errors: outcomes.filter((o) => o.got !== o.expected),
    negatives: outcomes.filter((o) => o.expected === null).length,
  };
}

/**
 * The report `npm run eval` prints.
 * @param {string} title
 * @param {Outcome[]} outcomes
 */
export function formatReport(title, outcomes) {
  const s = score(outcomes);
  /** @param {number} n */
  const f = (n) => n.toFixed(3);
  /** @type {(name: string, t: { pages: number, tp: number, fp: number, fn: number, precision: number, recall: number }) => string} */
  const row = (name, t) =>
    `  ${name.padEnd(24)} ${String(t.pages).padStart(5)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}   ${f(t.precision)}  ${f(t.recall)}`;
  const head = `  ${''.padEnd(24)} ${'pages'.padStart(5)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}   precision recall`;
  const lines = [
    `Detection eval — ${title}: ${outcomes.length} pages, ${s.negatives} negatives (${((100 * s.negatives) / outcomes.length).toFixed(0)} %)`,
    'Per state:',
    head,
    ...Object.entries(s.states).map(([k, t]) => row(k, t)),
    'Per provider:',
    head,
    ...Object.entries(s.providers).map(([k, t]) => row(k, t)),
    row('ALL', s.overall),
    `Fields (amount, currency, transaction id, error code) on detected pages: ${s.fields.hits}/${s.fields.checks} = ${f(s.fields.accuracy)}`,
    ...s.fields.misses.slice(0, 20).map((line) => `  field miss ${line}`),
    ...(s.errors.length
      ? ['Mismatches:', ...s.errors.map((o) => `  ${o.url}: expected ${o.expected}, got ${o.got}`)]
      : ['Mismatches: none']),
  ];
  return lines.join('\n');
}

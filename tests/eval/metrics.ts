// Shared by the detection evaluations (vitest in happy-dom, Playwright in Chromium): turns
// per-page outcomes on the corpus (corpus.ts) into precision and recall tables.
import { STATE_IDS } from '../../lib/states';

/** What happened on one corpus page. */
export interface Outcome {
  url: string;
  provider: string;
  expected: string | null;
  got: string | null;
  expectedFields?: Record<string, string>;
  fields?: Record<string, string>;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  pages: number;
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

/**
 * Precision and recall of `outcomes`. A page counts as a true positive for a state when the state
 * was expected and reported, a false positive when reported but not expected (a null page that
 * fired, or the wrong state), a false negative when expected but not reported.
 */
export function score(outcomes: readonly Outcome[]) {
  const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, pages: 0 });
  const byState: Record<string, Tally> = Object.fromEntries(STATE_IDS.map((s) => [s, tally()]));
  const stateTally = (state: string) => (byState[state] ??= tally());
  const byProvider: Record<string, Tally> = {};
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
  const finish = (t: Tally) => ({
    ...t,
    precision: ratio(t.tp, t.tp + t.fp),
    recall: ratio(t.tp, t.tp + t.fn),
  });
  let fieldChecks = 0;
  let fieldHits = 0;
  const fieldMisses: string[] = [];
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

/** The report `npm run eval` prints. */
export function formatReport(title: string, outcomes: readonly Outcome[]): string {
  const s = score(outcomes);
  const f = (n: number) => n.toFixed(3);
  const row = (name: string, t: Tally & { precision: number; recall: number }) =>
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

// Runs the live detector on every item of the real-wording corpus (real-corpus.ts) in happy-dom,
// as the content script would, and reports precision and recall per split, state, language and
// provider. For the test split only aggregate figures are ever printed: listing its items would
// let them steer the rules.
import { Window } from 'happy-dom';
import type { PageAnalyser } from '../../lib/detect/analyser';
import { createLiveDetector } from '../../lib/detect/live';
import { analyserFor } from '../../lib/detect/provider-data';
import { getProvider } from '../../lib/providers';
import { STATE_IDS } from '../../lib/states';
import { DETECTION_LANGS, pageFor, type RealEntry, type RealPage } from './real-corpus';
import type { Split } from './real-split';

/** What happened on one item's page. */
export interface RealOutcome {
  split: Split;
  lang: string;
  provider: string;
  label: string;
  layout: string;
  expected: string | null;
  got: string | null;
  /** For dev mismatches only. */
  text?: string;
}

const analysers = new Map<string, PageAnalyser>();
/** The provider's analyser, as the background builds it (one per provider, kept). */
function analyserOf(provider: string): PageAnalyser {
  let analyser = analysers.get(provider);
  if (!analyser) {
    analyser = analyserFor(getProvider(provider));
    analysers.set(provider, analyser);
  }
  return analyser;
}

/**
 * One happy-dom window for every item: its address and document are replaced per item (the
 * pages need no scripts), which is many times faster than a window each.
 */
let shared: Window | undefined;

/** Closes the shared window (after the last item). */
export async function closeRealEval(): Promise<void> {
  await shared?.happyDOM.close();
  shared = undefined;
}

/** Detects one item's page in the shared happy-dom window. */
export async function detectEntry(entry: RealEntry, index: number): Promise<RealOutcome> {
  const page = pageFor(entry, index);
  shared ??= new Window({
    url: page.url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  const window = shared;
  window.happyDOM.setURL(page.url);
  const document = window.document as unknown as Document;
  const html = document.documentElement;
  for (const attr of [...html.attributes]) html.removeAttribute(attr.name);
  const lang = /<html lang="([^"]+)"/.exec(page.html)?.[1];
  if (lang) html.setAttribute('lang', lang);
  html.innerHTML = page.html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  const global = globalThis as unknown as { MutationObserver?: unknown };
  const saved = global.MutationObserver;
  global.MutationObserver = window.MutationObserver;
  const abort = new AbortController();
  let got: string | null = null;
  try {
    const queue: (() => void)[] = [];
    const detector = createLiveDetector({
      doc: document,
      analyser: analyserOf(entry.source.provider),
      onChange: (d) => {
        got = d?.state ?? null;
      },
      schedule: (callback) => queue.push(callback),
      signal: abort.signal,
    });
    detector.start();
    if (page.late) document.querySelector(page.late.selector)!.textContent = page.late.text;
    if (page.shadow) {
      const host = document.createElement('div');
      const box = document.createElement('div');
      box.setAttribute('role', 'alert');
      box.textContent = page.shadow.text;
      host.attachShadow({ mode: 'open' }).append(box);
      document.querySelector(page.shadow.selector)!.append(host);
    }
    await new Promise((r) => setTimeout(r, 0));
    while (queue.length) queue.shift()!();
    detector.flush();
  } finally {
    abort.abort();
    global.MutationObserver = saved;
  }
  return outcomeOf(entry, page, got);
}

/** What happened on `entry`'s page, `got` being the state detected there. */
export function outcomeOf(entry: RealEntry, page: RealPage, got: string | null): RealOutcome {
  return {
    split: entry.split,
    lang: entry.source.lang,
    provider: entry.source.provider,
    label: entry.item.label,
    layout: page.layout,
    expected: entry.expected,
    got,
    ...(entry.split === 'dev' ? { text: entry.item.text } : {}),
  };
}

interface Tally {
  items: number;
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ items: 0, tp: 0, fp: 0, fn: 0 });
const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);
export const precision = (t: Tally) => ratio(t.tp, t.tp + t.fp);
export const recall = (t: Tally) => ratio(t.tp, t.tp + t.fn);

/** Tallies outcomes grouped by `key` (every outcome counts once in its group). */
export function tallyBy(outcomes: readonly RealOutcome[], key: (o: RealOutcome) => string) {
  const groups = new Map<string, Tally>();
  for (const o of outcomes) {
    const t = groups.get(key(o)) ?? tally();
    add(t, o);
    groups.set(key(o), t);
  }
  return groups;
}

function add(t: Tally, o: RealOutcome): void {
  t.items++;
  if (o.expected !== null && o.got === o.expected) t.tp++;
  if (o.got !== null && o.got !== o.expected) t.fp++;
  if (o.expected !== null && o.got !== o.expected) t.fn++;
}

/** Precision and recall per state: a state's positives, and reports of it where not expected. */
export function byState(outcomes: readonly RealOutcome[]) {
  const states = new Map<string, Tally>(STATE_IDS.map((s) => [s, tally()]));
  for (const o of outcomes) {
    if (o.expected) {
      const t = states.get(o.expected)!;
      t.items++;
      if (o.got === o.expected) t.tp++;
      else t.fn++;
    }
    if (o.got !== null && o.got !== o.expected) states.get(o.got)!.fp++;
  }
  return states;
}

export function overall(outcomes: readonly RealOutcome[]): Tally {
  const t = tally();
  for (const o of outcomes) add(t, o);
  return t;
}

/** The report `npm run eval` prints for one split. Mismatches are listed for dev only. */
export function formatRealReport(split: Split, outcomes: readonly RealOutcome[]): string {
  const f = (n: number) => n.toFixed(3);
  const head = `  ${''.padEnd(22)} ${'items'.padStart(5)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}   precision recall`;
  const row = (name: string, t: Tally) =>
    `  ${name.padEnd(22)} ${String(t.items).padStart(5)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}   ${f(precision(t))}     ${f(recall(t))}`;
  const all = overall(outcomes);
  const positives = outcomes.filter((o) => o.expected !== null).length;
  const langs = tallyBy(outcomes, (o) => o.lang);
  const lines = [
    `Real-wording corpus — ${split} split: ${outcomes.length} items, ${positives} trouble, ${outcomes.length - positives} about/neutral`,
    head,
    row('ALL', all),
    'Per state:',
    ...[...byState(outcomes)].map(([k, t]) => row(k, t)),
    'Per language:',
    ...DETECTION_LANGS.filter((l) => langs.has(l)).map((l) => row(l, langs.get(l)!)),
    'Per provider:',
    ...[...tallyBy(outcomes, (o) => o.provider)]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, t]) => row(k, t)),
    'Per label:',
    ...[...tallyBy(outcomes, (o) => o.label)].map(([k, t]) => row(k, t)),
    'Per layout:',
    ...[...tallyBy(outcomes, (o) => o.layout)].map(([k, t]) => row(k, t)),
  ];
  if (split === 'dev') {
    const misses = outcomes.filter((o) => o.got !== o.expected);
    lines.push(`Mismatches (${misses.length}):`);
    for (const o of misses) {
      lines.push(`  [${o.lang} ${o.layout}] expected ${o.expected}, got ${o.got}: ${o.text}`);
    }
  }
  return lines.join('\n');
}

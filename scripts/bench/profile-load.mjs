// Where a wallet page load's main-thread time goes, with an empty content script and with ours:
// DevTools tracing of the page's renderer main thread during each load of the detection corpus
// (the production build, as in the page-load benchmark), summed per kind of top-level work, and
// what runs inside the content script's own evaluation and its callbacks. Tracing slows the
// browser down, so the figures are larger than the benchmark's; compare the two columns.
//
//   npm run build && node scripts/bench/profile-load.mjs [pages]   (default 24 pages, 2 rounds)
import { loadCorpus } from '../../tests/eval/corpus-node.mjs';
import { launchWithExtension } from '../../tests/harness/browser.mjs';
import { startFixtureServer } from '../../tests/harness/fixture-server.mjs';
import { currentBuild } from './builds.mjs';
import { emptyContentScriptBuild } from './page-load.bench.mjs';

const PAGES = Number(process.argv[2] ?? 24);
const ROUNDS = 2;
const CATEGORIES = 'devtools.timeline,toplevel,v8,blink,disabled-by-default-devtools.timeline';
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Work whose parts are listed too: the script's own evaluation and its callbacks. */
const OPENED = new Set(['EvaluateScript', 'FireIdleCallback', 'V8.InvokeCallback', 'FunctionCall']);

const sleep = (/** @type {number} */ ms) => new Promise((done) => setTimeout(done, ms));

/** @typedef {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number, args?: { name?: string } }} TraceEvent */

const endOf = (/** @type {TraceEvent} */ e) => e.ts + (e.dur ?? 0);

/** The events of `list` that happen within `outer` (not `outer` itself). */
const within = (/** @type {TraceEvent} */ outer, /** @type {TraceEvent[]} */ list) =>
  list.filter((e) => e !== outer && e.ts >= outer.ts && endOf(e) <= endOf(outer));

/** The events of `list` that no longer one of `list` contains: each piece of work counted once. */
const outermost = (/** @type {TraceEvent[]} */ list) =>
  list.filter(
    (e) =>
      !list.some(
        (o) => o !== e && o.ts <= e.ts && endOf(o) >= endOf(e) && (o.dur ?? 0) > (e.dur ?? 0),
      ),
  );

/**
 * Milliseconds per kind of work on the page's main thread in one trace.
 * @param {TraceEvent[]} events
 * @param {Map<string, number>} sums
 */
function addUp(events, sums) {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
  );
  if (!main) return false;
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const add = (/** @type {string} */ key, /** @type {number} */ us) =>
    sums.set(key, (sums.get(key) ?? 0) + us / 1000);
  for (const task of own.filter((e) => TASK.has(e.name))) {
    add('all tasks', task.dur ?? 0);
    const inside = within(task, own).filter((e) => !TASK.has(e.name));
    for (const e of outermost(inside)) {
      add(e.name, e.dur ?? 0);
      if (!OPENED.has(e.name)) continue;
      for (const p of outermost(within(e, inside))) add(`  ${e.name} › ${p.name}`, p.dur ?? 0);
    }
  }
  return true;
}

const corpus = await loadCorpus();
const step = corpus.length / Math.min(PAGES, corpus.length);
const pages = Array.from({ length: Math.min(PAGES, corpus.length) }, (_, i) => i * step).flatMap(
  (at) => corpus.slice(Math.floor(at), Math.floor(at) + 1),
);
const server = await startFixtureServer({ pages });
const ours = currentBuild('chrome');
/** @type {[string, string][]} */
const builds = [
  ['empty', emptyContentScriptBuild(ours)],
  ['ours', ours],
];
/** @type {Map<string, Map<string, number>>} */
const results = new Map();
/** @type {Map<string, number>} */
const loads = new Map();
for (const [label, dir] of builds) {
  const { context } = await launchWithExtension({
    extensionPath: dir,
    hostResolverRules: server.hostResolverRules,
  });
  await sleep(1500);
  const sums = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const entry of pages) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      /** @type {TraceEvent[]} */
      const events = [];
      cdp.on('Tracing.dataCollected', (e) =>
        events.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (e.value))),
      );
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      await page.goto(entry.url, { waitUntil: 'load' });
      await sleep(900);
      await cdp.send('Tracing.end');
      await done;
      if (addUp(events, sums)) loads.set(label, (loads.get(label) ?? 0) + 1);
      await page.close();
    }
  }
  results.set(label, sums);
  await context.close();
}
await server.close();

const keys = [...new Set([...results.values()].flatMap((m) => [...m.keys()]))];
const per = (/** @type {string} */ label, /** @type {string} */ key) =>
  (results.get(label)?.get(key) ?? 0) / (loads.get(label) || 1);
keys.sort((a, b) => per('ours', b) - per('ours', a));
console.log(
  `Main-thread work per wallet page load, traced (ms; ${pages.length} corpus pages × ${ROUNDS} rounds):`,
);
console.log(`${'work'.padEnd(58)} ${'empty'.padStart(8)} ${'ours'.padStart(8)}`);
for (const key of keys) {
  const [a, b] = [per('empty', key), per('ours', key)];
  if (Math.max(a, b) < 0.05) continue;
  console.log(
    `${key.slice(0, 58).padEnd(58)} ${a.toFixed(2).padStart(8)} ${b.toFixed(2).padStart(8)}`,
  );
}

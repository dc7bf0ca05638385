// Detection cost in real Chromium: the content script's scan (the page's text read once and
// sent, the candidate blocks found and their regions judged, visibility checks only for
// matches) against a naive baseline (`document.body.innerText` + every pattern), measured in the
// same page and run; the background's reading of what the page sends is timed apart. Pages: the
// whole detection corpus on its real host names, and a generated page of 50,000 nodes. Also the
// cost of one mutation batch of 20 nodes on the large page, long tasks, and the content-script
// size.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { loadCorpus } from '../../tests/eval/corpus-node.mjs';
import { CHROMIUM_PATH } from '../../tests/harness/browser.mjs';
import { startFixtureServer } from '../../tests/harness/fixture-server.mjs';
import { bundleForPage } from './page-bundle.mjs';
import { formatMs, median, p95 } from './stats.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_SCRIPT = resolve(ROOT, '.output/chrome-mv3/content-scripts/wallet.js');
/** Runs per corpus page and on the large page. */
const RUNS_PER_PAGE = 15;
const LARGE_RUNS = 30;
const BATCH_RUNS = 40;

/**
 * The engine as the content script runs it, plus the baseline, exposed on `window.__bench`. The
 * analyser (the background's half) runs in this page too, but as the content script reaches it:
 * each query answered in a later task, its time kept apart from the page's own work.
 */
const ENTRY = `
import { createLiveDetector, SLICE_MS } from './lib/detect/live';
import { analyserFor, detectionRulesFor } from './lib/detect/provider-data';
import { compileRules } from './lib/detect/rules';

const rules = compileRules(detectionRulesFor(undefined).rules);
const local = analyserFor(undefined);
/** Time spent reading in the analyser (the background's work, not the page's) and queries open. */
let analysis = 0;
let inflight = 0;
function answer(read) {
  inflight++;
  return new Promise((resolve) => setTimeout(() => {
    const t0 = performance.now();
    const value = read();
    analysis += performance.now() - t0;
    inflight--;
    resolve(value);
  }, 0));
}
// A query crosses to the background serialised: the page pays for that, the background reads it.
const remote = {
  candidates: (query) => { const sent = JSON.stringify(query); return answer(() => local.candidates(JSON.parse(sent))); },
  match: (query) => { const sent = JSON.stringify(query); return answer(() => local.match(JSON.parse(sent))); },
};

/** Runs the detector's callbacks, each in its own task, until it waits for nothing. */
async function drive(queue, intervals) {
  while (queue.length > 0 || inflight > 0) {
    await new Promise((r) => setTimeout(r, 0));
    if (queue.length === 0) continue;
    const t0 = performance.now();
    queue.shift()();
    intervals.push([t0, performance.now()]);
  }
}

/**
 * One full scan exactly as at page load: a fresh detector, started and stopped, its work paused
 * every SLICE_MS and at every query, resumed in a later task as the content script's idle
 * callbacks do. Returns the state, the page's time (all its slices together), each slice's
 * interval (long tasks are counted per slice) and the analyser's time.
 */
async function scan() {
  const abort = new AbortController();
  let result = null;
  const queue = [];
  const detector = createLiveDetector({
    doc: document, analyser: remote,
    onChange: (d) => { result = d; }, schedule: (callback) => queue.push(callback), signal: abort.signal,
    sliceMs: SLICE_MS,
  });
  const before = analysis;
  const intervals = [];
  const t0 = performance.now();
  detector.start();
  intervals.push([t0, performance.now()]);
  await drive(queue, intervals);
  abort.abort();
  for (const [a, b] of intervals) window.__slices.push(b - a);
  const ms = intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
  return { state: result ? result.state : null, ms, intervals, analysis: analysis - before };
}

/** The yardstick: reading the page's text once. */
function textOnce() {
  return document.body.textContent.length;
}

/** The naive way: all visible text at once, every pattern over it. */
function naive() {
  const text = document.body.innerText;
  let hits = 0;
  for (const rule of rules) if (rule.regex.test(text)) hits++;
  return hits;
}

/** A live detector whose batches run only when asked, for the mutation-batch measurement. */
function liveHarness() {
  const abort = new AbortController();
  const queue = [];
  const detector = createLiveDetector({
    doc: document, analyser: remote, onChange: () => undefined,
    schedule: (cb) => queue.push(cb), signal: abort.signal, sliceMs: SLICE_MS,
  });
  detector.start();
  return {
    /** Runs the pending batch to its end; the page's time in it. */
    async runPending() {
      const intervals = [];
      await drive(queue, intervals);
      return intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
    },
    stop() { abort.abort(); },
  };
}

window.__bench = { scan, naive, textOnce, liveHarness, ruleCount: rules.length, sliceMs: SLICE_MS };
`;

/**
 * @typedef {{ scan(): Promise<{ state: string | null, ms: number, intervals: [number, number][], analysis: number }>, naive(): number, textOnce(): number, liveHarness(): { runPending(): Promise<number>, stop(): void }, ruleCount: number, sliceMs: number }} Bench
 * @typedef {Window & { __bench: Bench, __longTasks: [number, number][], __intervals: [number, number][], __slices: number[], __analysis: number[] }} BenchWindow
 * @typedef {import('@playwright/test').Page} Page
 */

/**
 * A page of about `targetNodes` DOM nodes in rows of key-value pairs, one real alert at the end.
 * @param {number} targetNodes
 */
function largePageScript(targetNodes) {
  return `(() => {
    const words = 'balance transfer card statement merchant account payment invoice history settings'.split(' ');
    let nodes = 0;
    const main = document.createElement('main');
    document.body.append(main);
    let section;
    while (nodes < ${targetNodes}) {
      if (nodes % 400 === 0) { section = document.createElement('section'); main.append(section); nodes++; }
      const row = document.createElement('div');
      row.className = 'kv';
      const a = document.createElement('span');
      a.textContent = words[nodes % words.length] + ' ' + (nodes % 997);
      const b = document.createElement('b');
      b.textContent = '$' + (nodes % 5000) + '.00';
      row.append(a, ' · ', b);
      section.append(row);
      nodes += 6; // div, span, text, text, b, text
    }
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Your card was declined.';
    main.append(alert);
    return document.getElementsByTagName('*').length;
  })()`;
}

/**
 * Times `runs` calls of one bench function in the page, each in its own task.
 * With `changed`, the page's DOM changes before each run (a class toggled and a node added
 * outside the timing), as on a live page where a scan follows a mutation; otherwise layout is
 * clean, which favours the baseline (`innerText` needs layout).
 * @param {Page} page
 * @param {'scan' | 'naive' | 'textOnce'} fn
 * @param {number} runs
 * @param {boolean} changed
 * @param {number} [repeat]
 * @returns {Promise<number[]>}
 */
async function measure(page, fn, runs, changed, repeat = 1) {
  return page.evaluate(
    async ({ fn, runs, changed, repeat }) => {
      const w = /** @type {BenchWindow} */ (/** @type {unknown} */ (window));
      const times = [];
      for (let i = 0; i < runs; i++) {
        // Each run is its own task, as in the extension (idle callbacks between batches).
        await new Promise((r) => setTimeout(r, 0));
        if (changed) {
          document.body.classList.toggle('bench-changed');
          document.body.append(document.createElement('i'));
        }
        if (fn === 'scan') {
          // A scan runs in slices, each its own task: their time together, each interval.
          const run = await w.__bench.scan();
          w.__intervals.push(...run.intervals);
          w.__analysis.push(run.analysis);
          times.push(run.ms);
          continue;
        }
        const t0 = performance.now();
        // Small pages finish below the timer's 0.1 ms resolution: time `repeat` calls together.
        for (let k = 0; k < repeat; k++) w.__bench[fn]();
        const t1 = performance.now();
        w.__intervals.push([t0, t1]);
        times.push((t1 - t0) / repeat);
      }
      return times;
    },
    { fn, runs, changed, repeat },
  );
}

/**
 * Long tasks the page observed since the last call.
 * @param {Page} page
 * @returns {Promise<number[]>}
 */
async function longTasks(page) {
  // Entries arrive asynchronously: give the observer a moment, then keep only long tasks that
  // overlap a measured call (page loading and script parsing are not the scan's).
  await page.waitForTimeout(60);
  return page.evaluate(() => {
    const w = /** @type {BenchWindow} */ (/** @type {unknown} */ (window));
    const intervals = w.__intervals.splice(0);
    return w.__longTasks
      .splice(0)
      .filter(([start, duration]) =>
        intervals.some(([t0, t1]) => start < t1 && start + duration > t0),
      )
      .map(([, duration]) => Math.round(duration));
  });
}

/**
 * Durations of the scan slices run since the last call (each one task of the content script).
 * @param {Page} page
 * @returns {Promise<number[]>}
 */
async function slices(page) {
  return page.evaluate(() =>
    /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__slices.splice(0),
  );
}

/**
 * The analyser's time per scan since the last call (the background's work, off the page's thread).
 * @param {Page} page
 * @returns {Promise<number[]>}
 */
async function analysisTimes(page) {
  return page.evaluate(() =>
    /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__analysis.splice(0),
  );
}

const LONG_TASK_OBSERVER = `window.__longTasks = []; window.__intervals = []; window.__slices = []; window.__analysis = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: false });`;

export default async function detectBench() {
  if (!existsSync(CONTENT_SCRIPT)) throw new Error('Build first: npm run build');
  const engineJs = await bundleForPage(ENTRY);

  const corpus = await loadCorpus();
  const server = await startFixtureServer({ pages: corpus });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--host-resolver-rules=${server.hostResolverRules}`, '--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  await context.addInitScript(LONG_TASK_OBSERVER);
  const page = await context.newPage();

  /** @type {number[]} */ const text = [];
  /** @type {number[]} */ const ours = [];
  /** @type {number[]} */ const base = [];
  /** @type {number[]} */ const oursChanged = [];
  /** @type {number[]} */ const baseChanged = [];
  /** @type {number[]} */ let longOurs = [];
  /** @type {number[]} */ let slicesCorpus = [];
  /** @type {number[]} */ let longBase = [];
  /** @type {number[]} */ let analysisCorpus = [];
  try {
    for (const entry of corpus) {
      await page.goto(entry.url);
      await page.waitForTimeout(entry.expect.layout === 'toast' ? 700 : 0);
      await page.addScriptTag({ content: engineJs });
      await longTasks(page);
      text.push(...(await measure(page, 'textOnce', RUNS_PER_PAGE, false, 2000)));
      // One scan per task, as a page load runs it: long tasks are counted per scan.
      ours.push(...(await measure(page, 'scan', RUNS_PER_PAGE, false, 1)));
      oursChanged.push(...(await measure(page, 'scan', RUNS_PER_PAGE, true)));
      slicesCorpus = slicesCorpus.concat(await slices(page));
      analysisCorpus = analysisCorpus.concat(await analysisTimes(page));
      longOurs = longOurs.concat(await longTasks(page));
      base.push(...(await measure(page, 'naive', RUNS_PER_PAGE, false, 10)));
      baseChanged.push(...(await measure(page, 'naive', RUNS_PER_PAGE, true)));
      longBase = longBase.concat(await longTasks(page));
    }

    // The generated large page, on a wallet host so the URL is an ordinary app page.
    const first = corpus.find((p) => p.expect.kind === 'hidden') ?? corpus[0];
    if (!first) throw new Error('The corpus is empty');
    await page.goto(first.url);
    await page.evaluate(() => {
      document.body.replaceChildren();
    });
    const elements = await page.evaluate(largePageScript(50_000));
    const nodeCount = await page.evaluate(() => {
      let n = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
      while (w.nextNode()) n++;
      return n;
    });
    await page.addScriptTag({ content: engineJs });
    await longTasks(page);
    const largeText = await measure(page, 'textOnce', LARGE_RUNS, false, 10);
    const largeOurs = await measure(page, 'scan', LARGE_RUNS, false);
    const largeOursChanged = await measure(page, 'scan', LARGE_RUNS, true);
    const slicesLarge = await slices(page);
    const analysisLarge = await analysisTimes(page);
    const largeLongOurs = await longTasks(page);
    const largeBase = await measure(page, 'naive', LARGE_RUNS, false);
    const largeBaseChanged = await measure(page, 'naive', LARGE_RUNS, true);
    const largeLongBase = await longTasks(page);
    await longTasks(page);
    const largeState = await page.evaluate(
      async () =>
        (await /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.scan()).state,
    );

    // Mutation batches: 20 new nodes each (paragraphs with text, some inline), on the large page.
    const batch = await page.evaluate(async (runs) => {
      const harness = /** @type {BenchWindow} */ (
        /** @type {unknown} */ (window)
      ).__bench.liveHarness();
      const times = [];
      const main = /** @type {HTMLElement} */ (document.querySelector('main'));
      for (let i = 0; i < runs; i++) {
        for (let k = 0; k < 10; k++) {
          const p = document.createElement('p');
          p.textContent = `Update ${i}.${k}: balance refreshed`;
          main.append(p); // element + text = 2 nodes
        }
        await new Promise((r) => setTimeout(r, 0)); // let the observer deliver
        const t0 = performance.now();
        times.push(await harness.runPending());
        /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__intervals.push([
          t0,
          performance.now(),
        ]);
      }
      harness.stop();
      return times;
    }, BATCH_RUNS);
    const batchLong = await longTasks(page);

    const size = statSync(CONTENT_SCRIPT).size;
    const gz = gzipSync(readFileSync(CONTENT_SCRIPT)).length;
    const ruleCount = await page.evaluate(
      () => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.ruleCount,
    );
    /** @type {(label: string, ourTimes: number[], baseTimes: number[]) => string} */
    const line = (label, ourTimes, baseTimes) => {
      const ratio = median(baseTimes) / median(ourTimes);
      return `${label.padEnd(34)} ours median ${formatMs(median(ourTimes))}, p95 ${formatMs(p95(ourTimes))} | naive median ${formatMs(median(baseTimes))}, p95 ${formatMs(p95(baseTimes))} | naive/ours ${ratio.toFixed(1)}×`;
    };
    console.log(
      `Chromium ${browser.version()}, ${ruleCount} rules, ${RUNS_PER_PAGE} runs per page`,
    );
    /** @type {(label: string, ourTimes: number[], textTimes: number[]) => string} */
    const vsText = (label, ourTimes, textTimes) =>
      `${label.padEnd(34)} ours median ${formatMs(median(ourTimes))} | textContent once ${formatMs(median(textTimes))} | ours/textContent ${(median(ourTimes) / median(textTimes)).toFixed(1)}× (goal ≤ 2×)`;
    console.log(vsText(`corpus (${corpus.length} pages), initial scan`, ours, text));
    console.log(line(`corpus (${corpus.length} pages), clean layout`, ours, base));
    console.log(line('corpus, after a DOM change', oursChanged, baseChanged));
    console.log(`large page: ${nodeCount} nodes (${elements} elements), detected ${largeState}`);
    console.log(vsText('large page, initial scan', largeOurs, largeText));
    console.log(line('large page, clean layout', largeOurs, largeBase));
    console.log(line('large page, after a DOM change', largeOursChanged, largeBaseChanged));
    console.log(
      `the background's reading per scan (not on the page's thread; its first queries compile the terms): corpus median ${formatMs(median(analysisCorpus))}, p95 ${formatMs(p95(analysisCorpus))} | large page median ${formatMs(median(analysisLarge))}`,
    );
    console.log(
      `mutation batch (20 nodes, large page)  median ${formatMs(median(batch))}, p95 ${formatMs(p95(batch))}, max ${formatMs(Math.max(...batch))}`,
    );
    console.log(
      `scan slices (budget ${await page.evaluate(() => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.sliceMs)} ms, each its own task): corpus max ${formatMs(Math.max(...slicesCorpus))}, p95 ${formatMs(p95(slicesCorpus))} | large max ${formatMs(Math.max(...slicesLarge))}, p95 ${formatMs(p95(slicesLarge))}`,
    );
    /** @param {number[]} list */
    const fmtLong = (list) => (list.length ? `${list.length} (${list.join(', ')} ms)` : '0');
    console.log(
      `long tasks ≥ 50 ms: ours corpus ${fmtLong(longOurs)}, large ${fmtLong(largeLongOurs)}, batches ${fmtLong(batchLong)} | naive corpus ${fmtLong(longBase)}, large ${fmtLong(largeLongBase)}`,
    );
    console.log(
      `content script: ${(size / 1024).toFixed(2)} KiB (${size} bytes) minified, ${(gz / 1024).toFixed(2)} KiB gzipped`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

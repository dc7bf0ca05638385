// What the extension costs every wallet page it runs on. Wallet pages of the detection corpus
// and a page of 50,000 nodes are loaded three ways in one run, alternating page by page: in a
// browser without any extension ("none"), with an extension whose content script is empty on
// the same `matches` ("empty": this build with its content scripts replaced by empty files, so
// the floor any content-script extension pays), and with this build ("ours"). With
// `--base=<ref>` the base build's content script is loaded a fourth way ("ours before"), to see
// what a change to the content script did.
//
// Chromium (production build): per page load, main-thread task time and script time
// (DevTools `Performance.getMetrics`: TaskDuration and ScriptDuration, which include
// content-script work) from the start of navigation until the page has been quiet for 400 ms,
// and the time to the `load` event; long tasks ≥ 50 ms seen by the page. Goals: ours ≤ 1.05×
// the empty-script floor on task time and on time to `load`; no long task of ours (no more long
// tasks than the floor has).
//
// Firefox (production build): DevTools metrics are not available over WebDriver BiDi. Measured
// instead: the time to `load`, and the CPU time of the web content processes during the load
// (every thread of the process that shows the page, from Firefox's own process information, in
// 10 ms steps per thread: meaningful as a mean over many loads, not load by load).
//
// BENCH_PAGES=<n|all> sets how many corpus pages are loaded (default 24, chosen evenly across
// the corpus so pages with and without a problem are both there), BENCH_ROUNDS=<n> how often
// each (default 2); BENCH_FIREFOX=0 skips Firefox. The defaults take about six minutes on two
// cores; more pages and rounds narrow the ratios.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { loadCorpus } from '../../tests/eval/corpus-node.mjs';
import { CHROMIUM_PATH, chromiumArgs, launchWithExtension } from '../../tests/harness/browser.mjs';
import {
  evaluateInBrowserWindow,
  FIREFOX_PATH,
  launchFirefox,
} from '../../tests/harness/firefox.mjs';
import { startFixtureServer } from '../../tests/harness/fixture-server.mjs';
import { baseBuild, currentBuild } from './builds.mjs';
import { formatMs, formatRatio, mean, median } from './stats.mjs';

const PAGES = process.env.BENCH_PAGES ?? '24';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 0);
const LARGE_URL = 'https://www.paypal.com/myaccount/activity/all';
/** The goal: ours at most this many times the empty-script floor. */
const GOAL_RATIO = 1.05;

/** @typedef {{ url: string, html: string, problem: boolean, large?: boolean, quiet?: boolean }} BenchPage */
/** @typedef {{ task: number, script: number, load: number, longTasks: number[] }} Load */
/** @typedef {{ label: string, key: 'none' | 'empty' | 'ours' | 'before', load(url: string): Promise<Load>, close(): Promise<void> }} Setup */

const sleep = (/** @type {number} */ ms) => new Promise((done) => setTimeout(done, ms));

/** `Chromium 1xx.…` / `Mozilla Firefox 1xx.…esr`, as the browser reports itself. */
const versionOf = (/** @type {string} */ path) =>
  execFileSync(path, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();

/**
 * A static page of about `targetNodes` DOM nodes: rows of key-value pairs in sections, one real
 * alert at the end (as in the detection benchmark's large page).
 * @param {number} targetNodes
 */
export function largePageHtml(targetNodes) {
  const words = 'balance transfer card statement merchant account payment invoice history'.split(
    ' ',
  );
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8">'];
  parts.push('<title>Activity - PayPal</title></head><body><main><h1>All activity</h1>');
  let nodes = 8;
  let row = 0;
  while (nodes < targetNodes) {
    if (row % 60 === 0) parts.push(row === 0 ? '<section>' : '</section><section>');
    const word = words[row % words.length];
    parts.push(
      `<div class="kv"><span>${word} ${row % 997}</span> · <b>$${row % 5000}.00</b></div>`,
    );
    nodes += row % 60 === 0 ? 7 : 6; // div, span, text, text, b, text (+ a section)
    row++;
  }
  parts.push('</section><div role="alert">Your card was declined.</div></main></body></html>');
  return parts.join('\n');
}

/** A wallet's home screen in six languages: balance, actions, recent activity. No word of trouble. */
const DASHBOARDS = [
  {
    lang: 'en',
    nav: ['Home', 'Activity', 'Wallet', 'Help'],
    title: 'Home',
    balance: 'Balance',
    actions: ['Send', 'Request', 'Add money'],
    recent: 'Recent activity',
    rows: ['Payment to Coffee Corner', 'Transfer from Anna Lee', 'Payment to City Books'],
  },
  {
    lang: 'zh-CN',
    nav: ['首页', '交易记录', '钱包', '帮助'],
    title: '首页',
    balance: '余额',
    actions: ['转账', '收款', '充值'],
    recent: '最近交易',
    rows: ['付款给 街角咖啡', '来自 李安娜 的转账', '付款给 城市书店'],
  },
  {
    lang: 'zh-TW',
    nav: ['首頁', '交易紀錄', '錢包', '說明'],
    title: '首頁',
    balance: '餘額',
    actions: ['轉帳', '收款', '儲值'],
    recent: '最近交易',
    rows: ['付款給 街角咖啡', '來自 李安娜 的轉帳', '付款給 城市書店'],
  },
  {
    lang: 'es',
    nav: ['Inicio', 'Actividad', 'Cartera', 'Ayuda'],
    title: 'Inicio',
    balance: 'Saldo',
    actions: ['Enviar', 'Solicitar', 'Añadir dinero'],
    recent: 'Actividad reciente',
    rows: ['Pago a Café Esquina', 'Transferencia de Ana López', 'Pago a Libros Centro'],
  },
  {
    lang: 'de',
    nav: ['Start', 'Aktivitäten', 'Wallet', 'Hilfe'],
    title: 'Start',
    balance: 'Guthaben',
    actions: ['Senden', 'Anfordern', 'Geld aufladen'],
    recent: 'Letzte Aktivitäten',
    rows: ['Zahlung an Café Ecke', 'Überweisung von Anna Lehmann', 'Zahlung an Stadtbuch'],
  },
  {
    lang: 'ja',
    nav: ['ホーム', '取引履歴', 'ウォレット', 'ヘルプ'],
    title: 'ホーム',
    balance: '残高',
    actions: ['送金', '請求', 'チャージ'],
    recent: '最近の取引',
    rows: ['カフェ・コーナーでのお買い物', '李アンナさんからの送金', 'シティ書店でのお買い物'],
  },
];

/**
 * Wallet home screens with nothing wrong and no word of trouble, on `count` hosts of the corpus:
 * most wallet page loads look like this. Their text holds no candidate word, so the scan ends
 * with the background's first answer.
 * @param {Awaited<ReturnType<typeof loadCorpus>>} corpus
 * @param {number} count
 * @returns {BenchPage[]}
 */
export function quietPages(corpus, count) {
  const origins = [...new Set(corpus.map((p) => new URL(p.url).origin))];
  return origins.slice(0, count).map((origin, i) => {
    const d = /** @type {(typeof DASHBOARDS)[number]} */ (DASHBOARDS[i % DASHBOARDS.length]);
    const rows = Array.from(
      { length: 12 },
      (_, k) =>
        `<li><span>${d.rows[k % d.rows.length]}</span> <time>2026-11-${String(28 - k).padStart(2, '0')}</time> <b>${k % 3 === 1 ? '+' : '−'}${(k * 7.3 + 4.5).toFixed(2)}</b></li>`,
    );
    const html = `<!doctype html><html lang="${d.lang}"><head><meta charset="utf-8"><title>${d.title}</title></head><body>
<nav>${d.nav.map((n) => `<a href="#">${n}</a>`).join(' ')}</nav>
<main><h1>${d.title}</h1><section><h2>${d.balance}</h2><p><b>1,234.56</b></p>
${d.actions.map((a) => `<button>${a}</button>`).join(' ')}</section>
<section><h2>${d.recent}</h2><ul>${rows.join('\n')}</ul></section></main></body></html>`;
    return { url: `${origin}/home/dashboard-bench`, html, problem: false, quiet: true };
  });
}

/**
 * `count` pages spread evenly over the corpus (in its own order), or all of it.
 * @param {Awaited<ReturnType<typeof loadCorpus>>} corpus
 * @param {string} count
 * @returns {BenchPage[]}
 */
function samplePages(corpus, count) {
  const n = count === 'all' ? corpus.length : Math.min(corpus.length, Number(count) || 30);
  const step = corpus.length / n;
  return Array.from({ length: n }, (_, i) => {
    const page = /** @type {(typeof corpus)[number]} */ (corpus[Math.floor(i * step)]);
    return { url: page.url, html: page.html, problem: page.expect.state !== null };
  });
}

/**
 * A copy of `buildDir` whose content scripts are empty files: the same manifest, `matches` and
 * background, nothing done in the page.
 * @param {string} buildDir
 */
export function emptyContentScriptBuild(buildDir) {
  const dir = join(mkdtempSync(join(tmpdir(), 'wallet-assist-empty-cs-')), 'extension');
  cpSync(buildDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  /** @type {{ js?: string[], css?: string[] }[]} */
  const scripts = manifest.content_scripts ?? [];
  if (scripts.length === 0) throw new Error(`${buildDir} declares no content script`);
  for (const entry of scripts) {
    for (const file of entry.js ?? []) writeFileSync(join(dir, file), '// empty\n');
    for (const file of entry.css ?? []) writeFileSync(join(dir, file), '');
  }
  return dir;
}

/** Records long tasks the page sees, from its first byte. */
const LONG_TASKS = `window.__benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
} catch {}`;

/**
 * One Chromium set-up: a persistent profile with `extensionPath` loaded (or none).
 * @param {Setup['label']} label
 * @param {Setup['key']} key
 * @param {string | null} extensionPath
 * @param {string} hostResolverRules
 * @returns {Promise<Setup>}
 */
async function chromiumSetup(label, key, extensionPath, hostResolverRules) {
  const context = extensionPath
    ? (await launchWithExtension({ extensionPath, hostResolverRules })).context
    : await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wallet-assist-none-')), {
        executablePath: CHROMIUM_PATH,
        headless: true,
        ignoreHTTPSErrors: true,
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        args: chromiumArgs(hostResolverRules),
      });
  await context.addInitScript(LONG_TASKS);
  return {
    label,
    key,
    async load(url) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () =>
        Object.fromEntries(
          (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
        );
      await page.goto(url, { waitUntil: 'load' });
      // Until the page has been quiet (less than 1 ms of tasks per 100 ms) for 400 ms: the
      // content script starts when the page is idle, and a toast may arrive after 700 ms.
      let last = await metrics();
      const started = Date.now();
      for (let quiet = 0; quiet < 400 && Date.now() - started < 5000;) {
        await sleep(100);
        const now = await metrics();
        quiet = (now.TaskDuration ?? 0) - (last.TaskDuration ?? 0) < 0.001 ? quiet + 100 : 0;
        last = now;
      }
      const timing = await page.evaluate(() => {
        const [nav] = /** @type {PerformanceNavigationTiming[]} */ (
          performance.getEntriesByType('navigation')
        );
        const w = /** @type {Window & { __benchLongTasks?: number[] }} */ (
          /** @type {unknown} */ (window)
        );
        return { load: nav?.loadEventStart ?? Number.NaN, longTasks: w.__benchLongTasks ?? [] };
      });
      await page.close();
      return {
        task: (last.TaskDuration ?? Number.NaN) * 1000,
        script: (last.ScriptDuration ?? Number.NaN) * 1000,
        ...timing,
      };
    },
    close: () => context.close(),
  };
}

/**
 * One Firefox set-up with `extensionPath` installed (or none).
 * @param {Setup['label']} label
 * @param {Setup['key']} key
 * @param {string | null} extensionPath
 * @param {{ port: number, hosts: string[] }} server
 * @returns {Promise<Setup>}
 */
async function firefoxSetup(label, key, extensionPath, server) {
  const { browser } = await launchFirefox({ extensionPath, server });
  /** CPU time (ms) of every web content process so far. */
  const contentCpu = async () =>
    /** @type {number} */ (
      await evaluateInBrowserWindow(
        browser,
        `ChromeUtils.requestProcInfo().then((info) => info.children
          .filter((c) => c.type.startsWith('web'))
          .reduce((sum, c) => sum + c.cpuTime / 1e6, 0))`,
      )
    );
  return {
    label,
    key,
    async load(url) {
      const page = await browser.newPage();
      const before = await contentCpu();
      await page.goto(url, { waitUntil: 'load' });
      // A fixed time after `load` for every set-up (no metrics to tell when the page is quiet).
      await sleep(800);
      const after = await contentCpu();
      const load = await page.evaluate(() => {
        const [nav] = /** @type {PerformanceNavigationTiming[]} */ (
          performance.getEntriesByType('navigation')
        );
        return nav?.loadEventStart ?? Number.NaN;
      });
      await page.close();
      return { task: after - before, script: Number.NaN, load, longTasks: [] };
    },
    close: () => browser.close(),
  };
}

/**
 * Loads every page `rounds` times in every set-up, page by page, the set-ups in a rotating order.
 * @param {Setup[]} setups
 * @param {BenchPage[]} pages
 * @param {number} rounds
 */
async function measure(setups, pages, rounds) {
  /** @type {Map<Setup['key'], { page: BenchPage, load: Load }[]>} */
  const results = new Map(setups.map((s) => [s.key, []]));
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      for (let k = 0; k < setups.length; k++) {
        const setup = /** @type {Setup} */ (setups[(turn + k) % setups.length]);
        results.get(setup.key)?.push({ page, load: await setup.load(page.url) });
      }
      turn++;
    }
  }
  return results;
}

/**
 * Prints the figures of one browser: per group of pages, each set-up's mean per load and its
 * ratio to the empty-script floor, with the goals.
 * @param {Setup[]} setups
 * @param {Awaited<ReturnType<typeof measure>>} results
 * @param {{ task: string, script: boolean, longTasks: boolean }} what
 */
function report(setups, results, what) {
  const groups = [
    {
      name: 'wallet home screens without a word of trouble',
      keep: (/** @type {BenchPage} */ p) => p.quiet === true,
    },
    {
      name: 'corpus pages with a problem',
      keep: (/** @type {BenchPage} */ p) => p.problem && !p.large,
    },
    {
      name: 'corpus pages without one (help articles, history lists, other trouble talk)',
      keep: (/** @type {BenchPage} */ p) => !p.problem && !p.large && !p.quiet,
    },
    { name: 'all corpus pages', keep: (/** @type {BenchPage} */ p) => !p.large && !p.quiet },
    { name: 'the 50,000-node page', keep: (/** @type {BenchPage} */ p) => p.large === true },
  ];
  for (const group of groups) {
    /** @type {(key: Setup['key']) => Load[]} */
    const loadsOf = (key) =>
      (results.get(key) ?? []).filter((r) => group.keep(r.page)).map((r) => r.load);
    const floor = loadsOf('empty');
    if (floor.length === 0) continue;
    const pageCount = new Set(
      (results.get('empty') ?? []).filter((r) => group.keep(r.page)).map((r) => r.page.url),
    ).size;
    console.log(
      `  ${group.name} (${pageCount === 1 ? '1 page' : `${pageCount} pages`}, ${floor.length === 1 ? '1 load' : `${floor.length} loads`} each way), mean per load:`,
    );
    for (const setup of setups) {
      const loads = loadsOf(setup.key);
      /** @type {(pick: (l: Load) => number) => string} */
      const figure = (pick) => {
        const value = mean(loads.map(pick));
        const ratio = value / mean(floor.map(pick));
        return `${formatMs(value)} (${formatRatio(ratio)})`;
      };
      // Script time of the floor is next to nothing: a difference says more than a ratio.
      const script = mean(loads.map((l) => l.script));
      const scriptOver = script - mean(floor.map((l) => l.script));
      const parts = [
        `${what.task} ${figure((l) => l.task)}`,
        ...(what.script
          ? [
              `script ${formatMs(script)} (${scriptOver >= 0 ? '+' : '−'}${formatMs(Math.abs(scriptOver))})`,
            ]
          : []),
        `to load ${figure((l) => l.load)}, median ${formatMs(median(loads.map((l) => l.load)))}`,
      ];
      if (what.longTasks) {
        const long = loads.flatMap((l) => l.longTasks.filter((d) => d >= 50));
        parts.push(
          `long tasks ≥ 50 ms ${long.length}${long.length ? ` (max ${Math.max(...long)} ms)` : ''}`,
        );
      }
      console.log(`    ${setup.label.padEnd(12)} ${parts.join(' | ')}`);
    }
    const ours = loadsOf('ours');
    /** @type {(pick: (l: Load) => number) => number} */
    const ratio = (pick) => mean(ours.map(pick)) / mean(floor.map(pick));
    /** @type {(value: number) => string} */
    const verdict = (value) =>
      `${formatRatio(value)} the floor (goal ≤ ${formatRatio(GOAL_RATIO)}: ${value <= GOAL_RATIO ? 'met' : 'MISSED'})`;
    const lines = [
      `${what.task} ${verdict(ratio((l) => l.task))}`,
      `time to load ${verdict(ratio((l) => l.load))}`,
    ];
    if (what.longTasks) {
      /** @type {(loads: Load[]) => number} */
      const longCount = (loads) => loads.flatMap((l) => l.longTasks.filter((d) => d >= 50)).length;
      const extra = longCount(ours) - longCount(floor);
      lines.push(
        `long tasks ≥ 50 ms beyond the floor's ${Math.max(0, extra)} (goal 0: ${extra <= 0 ? 'met' : 'MISSED'})`,
      );
    }
    console.log(`    ours: ${lines.join('; ')}`);
  }
}

/**
 * Measures and reports one browser: none, empty, ours (and ours before, with a base).
 * @param {{ build: 'chrome' | 'firefox', base: string | null, pages: BenchPage[], rounds: number, setUp: (label: Setup['label'], key: Setup['key'], dir: string | null) => Promise<Setup>, heading: string, what: Parameters<typeof report>[2] }} run
 */
async function inBrowser({ build, base, pages, rounds, setUp, heading, what }) {
  const ours = currentBuild(build);
  /** @type {[string, Setup['key'], string | null][]} */
  const builds = [
    ['none', 'none', null],
    ['empty', 'empty', emptyContentScriptBuild(ours)],
    ['ours', 'ours', ours],
  ];
  if (base) builds.push(['ours before', 'before', baseBuild(base, build).dir]);
  /** @type {Setup[]} */
  const setups = [];
  try {
    for (const [label, key, dir] of builds) setups.push(await setUp(label, key, dir));
    // A few loads in each set-up first (connections, caches, compiled scripts).
    for (const page of pages.slice(0, 3)) {
      for (const setup of setups) await setup.load(page.url);
    }
    const results = await measure(setups, pages, rounds);
    console.log(heading);
    report(setups, results, what);
  } finally {
    for (const setup of setups) await setup.close();
  }
}

/** @param {import('./builds.mjs').BenchOptions} options */
export default async function pageLoadBench({ base }) {
  const corpus = await loadCorpus();
  const pages = samplePages(corpus, PAGES);
  pages.push(...quietPages(corpus, 12));
  pages.push({ url: LARGE_URL, html: largePageHtml(50_000), problem: true, large: true });
  const server = await startFixtureServer({ pages });

  const rounds = ROUNDS || 2;
  await inBrowser({
    build: 'chrome',
    base,
    pages,
    rounds,
    setUp: (label, key, dir) => chromiumSetup(label, key, dir, server.hostResolverRules),
    heading: `${versionOf(CHROMIUM_PATH)}: ${pages.length} pages × ${rounds} rounds, set-ups alternating page by page; mean per load and (ratio to the empty-script floor):`,
    what: { task: 'task', script: true, longTasks: true },
  });
  if (process.env.BENCH_FIREFOX === '0') {
    console.log('Firefox: skipped (BENCH_FIREFOX=0)');
  } else if (!existsSync(FIREFOX_PATH)) {
    console.log(`Firefox: skipped (no browser at ${FIREFOX_PATH})`);
  } else {
    await inBrowser({
      build: 'firefox',
      base,
      pages,
      rounds,
      setUp: (label, key, dir) => firefoxSetup(label, key, dir, server),
      heading: `${versionOf(FIREFOX_PATH)}: ${pages.length} pages × ${rounds} rounds, alternating; no DevTools task or script time over WebDriver BiDi, so "cpu" is the CPU time of the web content processes during each load (all their threads, 10 ms steps per thread) and long tasks are not observable:`,
      what: { task: 'cpu', script: false, longTasks: false },
    });
  }
  await server.close();
}

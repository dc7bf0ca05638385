// The page guard's cost in real Chromium: what its content script does on every page while the
// guard is on (the cheap check: one search of the page's text for a wallet's name and of its
// address for a brand word, then nothing more on an ordinary page), measured on generated
// ordinary pages (articles, shop pages, documentation with scripts, a 50,000-node page) and, for
// comparison, on pages that name a wallet (the careful read that follows). Budget: at most 1 ms
// median on ordinary pages. Also the guard script's size (at most 10 KB).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH } from '../../tests/harness/browser.mjs';
import { startFixtureServer } from '../../tests/harness/fixture-server.mjs';
import { bundleForPage } from './page-bundle.mjs';
import { formatMs, median, p95 } from './stats.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const GUARD_SCRIPT = resolve(ROOT, '.output/chrome-mv3/guard.js');
const RUNS_PER_PAGE = 20;

/** The guard's check exactly as its script runs it, with the registry's prefilter. */
const ENTRY = `
import { collectReport } from './lib/guard/collect';
import { guardPrefilter } from './lib/guard/prefilter';
import { PROVIDERS } from './lib/providers';
const filter = guardPrefilter(PROVIDERS);
const names = [new RegExp(filter.names, 'iu'), new RegExp(filter.exactNames, 'u')];
window.__guard = { check: () => collectReport(document, location.href, filter, names) };
`;

// ── generated ordinary pages (deterministic) ─────────────────────────────────────────────────
let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const WORDS = (
  'the council said on monday that new housing would be built near the river station while ' +
  'residents asked for more buses schools and a clinic the weather stays mild this week with ' +
  'rain later match report the home side won after a late goal recipe add flour butter sugar ' +
  'and bake for twenty minutes price delivery stock size colour review returns warranty ' +
  'install configure the server call the function with options and read the result carefully'
).split(' ');
/** @param {number} n */
const sentence = (n) =>
  Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') + '.';
/** @param {number} count */
const paragraphs = (count) =>
  Array.from({ length: count }, () => `<p>${sentence(12 + Math.floor(rand() * 30))}</p>`).join('');

function ordinaryPages() {
  const pages = [];
  for (let i = 0; i < 10; i++) {
    pages.push({
      url: `https://news.example.com/article-${i}`,
      html: `<!doctype html><html><head><title>Local news ${i}</title></head><body><header><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav></header><article><h1>${sentence(8)}</h1>${paragraphs(20 + i * 15)}</article><footer>Contact the newsroom: 020 7946 ${String(1000 + i)}</footer></body></html>`,
    });
    pages.push({
      url: `https://shop.example.com/product-${i}`,
      html: `<!doctype html><html><head><title>Product ${i}</title></head><body><main><h1>Garden chair ${i}</h1><ul>${Array.from({ length: 40 + i * 10 }, (_, k) => `<li>${sentence(6)} <b>€${k}.99</b></li>`).join('')}</ul><p>Questions? Call our order line on +44 20 7946 ${String(2000 + i)}.</p></main></body></html>`,
    });
    pages.push({
      url: `https://docs.example.org/guide-${i}`,
      html: `<!doctype html><html><head><title>Guide ${i}</title><script>window.config = { id: ${i}, tags: ["a", "b"] };</script></head><body><main><h1>Configuring the server</h1>${paragraphs(10 + i * 5)}<pre><code>${Array.from({ length: 30 }, () => sentence(5)).join('\n')}</code></pre></main><script>${'var x' + i + ' = 1;'.repeat(200)}</script></body></html>`,
    });
  }
  return pages;
}

/** Pages that name a wallet (the guard reads them carefully and reports). */
function namedPages() {
  return [
    {
      url: 'https://help-desk-numbers.com/paypal',
      html: readFileSync(
        resolve(ROOT, 'tests/fixtures/sites/help-desk-numbers.com/paypal.html'),
        'utf8',
      ),
    },
    {
      url: 'https://news.example.com/scam-numbers',
      html: readFileSync(
        resolve(ROOT, 'tests/fixtures/sites/news.example.com/scam-numbers.html'),
        'utf8',
      ),
    },
    {
      url: 'https://account-review-center.com/login',
      html: readFileSync(
        resolve(ROOT, 'tests/fixtures/sites/account-review-center.com/login.html'),
        'utf8',
      ),
    },
  ];
}

/** A page of about 50,000 nodes in rows, naming no wallet. */
const LARGE = `(() => {
  const main = document.createElement('main'); document.body.append(main);
  let nodes = 0, section;
  while (nodes < 50000) {
    if (nodes % 400 === 0) { section = document.createElement('section'); main.append(section); nodes++; }
    const row = document.createElement('div'); const a = document.createElement('span');
    a.textContent = 'row ' + nodes; const b = document.createElement('b'); b.textContent = String(nodes % 997);
    row.append(a, ' · ', b); section.append(row); nodes += 6;
  }
})()`;

/**
 * @param {import('@playwright/test').Page} page
 * @param {number} runs
 */
async function measure(page, runs, repeat = 1) {
  return page.evaluate(
    async ({ runs, repeat }) => {
      const w = /** @type {any} */ (window);
      const times = [];
      let reported = 0;
      for (let i = 0; i < runs; i++) {
        await new Promise((r) => setTimeout(r, 0));
        const t0 = performance.now();
        for (let k = 0; k < repeat; k++) if (w.__guard.check()) reported++;
        times.push((performance.now() - t0) / repeat);
      }
      return { times, reported: reported > 0 };
    },
    { runs, repeat },
  );
}

export default async function guardBench() {
  if (!existsSync(GUARD_SCRIPT)) throw new Error('Build first: npm run build');
  const js = await bundleForPage(ENTRY);
  const ordinary = ordinaryPages();
  const named = namedPages();
  const server = await startFixtureServer({ pages: [...ordinary, ...named] });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--host-resolver-rules=${server.hostResolverRules}`, '--no-sandbox', '--disable-gpu'],
  });
  const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
  try {
    /**
     * Every run's time on each page, and how many pages the guard would report.
     * @param {{ url: string }[]} pages
     */
    const onPages = async (pages) => {
      /** @type {number[]} */ const all = [];
      let reportedPages = 0;
      for (const entry of pages) {
        await page.goto(entry.url);
        await page.addScriptTag({ content: js });
        const { times, reported } = await measure(page, RUNS_PER_PAGE, 10);
        all.push(...times);
        if (reported) reportedPages++;
      }
      return { times: all, reported: reportedPages };
    };
    const { times: ordinaryTimes, reported: ordinaryReported } = await onPages(ordinary);
    const { times: namedTimes, reported: namedReported } = await onPages(named);
    await page.goto(ordinary[0]?.url ?? 'about:blank');
    await page.evaluate(() => document.body.replaceChildren());
    await page.evaluate(LARGE);
    await page.addScriptTag({ content: js });
    const large = await measure(page, RUNS_PER_PAGE);

    const size = statSync(GUARD_SCRIPT).size;
    const gz = gzipSync(readFileSync(GUARD_SCRIPT)).length;
    const line = (/** @type {string} */ label, /** @type {number[]} */ t) =>
      `${label.padEnd(40)} median ${formatMs(median(t))}, p95 ${formatMs(p95(t))}`;
    console.log(`Chromium ${browser.version()}, ${RUNS_PER_PAGE} runs per page`);
    console.log(
      `${line(`guard, ordinary pages (${ordinary.length})`, ordinaryTimes)} | reported ${ordinaryReported} of ${ordinary.length} (budget: median ≤ 1 ms, none reported)`,
    );
    console.log(line('guard, 50,000-node page naming no wallet', large.times));
    console.log(
      `${line(`guard, pages naming a wallet (${named.length})`, namedTimes)} | reported ${namedReported} of ${named.length}`,
    );
    console.log(
      `guard script: ${(size / 1024).toFixed(2)} KiB (${size} bytes) minified, ${(gz / 1024).toFixed(2)} KiB gzipped (budget 10 KB)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

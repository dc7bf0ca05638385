// Evidence benchmarks, in real Chromium with the test build (which can take screenshots
// without a toolbar click):
// - capture click → stored record (visible PNG + MHTML + text + metadata + hashes), next to a
//   bare captureVisibleTab call measured in the same run as the baseline;
// - full-page capture of a 10-screen page, next to the browser's throttle limit
//   (captureVisibleTab at most twice a second).
// The evidence locker listing 1,000 records is measured by locker.bench.mjs.
import { E2E_BUILD, launchWithExtension } from '../../tests/harness/browser.mjs';
import { startFixtureServer } from '../../tests/harness/fixture-server.mjs';
import { formatMs, formatRatio, goal, median, p95 } from './stats.mjs';

const CAPTURE_RUNS = 10;

/**
 * Clicks a popup button and resolves with the ms until the status shows a saved hash.
 * @param {import('@playwright/test').Page} popup
 * @param {string} selector
 * @returns {Promise<number>}
 */
function clickAndWait(popup, selector) {
  return popup.evaluate(
    (/** @type {string} */ sel) =>
      new Promise((resolve, reject) => {
        const status = /** @type {HTMLElement} */ (document.querySelector('.capture__status'));
        const started = performance.now();
        // The status empties while busy, then shows the saved hash (possibly the same text as
        // before: an unchanged page gives the same screenshot hash) or an error.
        let cleared = (status.textContent ?? '') === '';
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (text === '') cleared = true;
          else if (cleared && /[0-9a-f]{12}/.test(text)) {
            observer.disconnect();
            resolve(performance.now() - started);
          } else if (cleared) {
            observer.disconnect();
            reject(new Error(text));
          }
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        /** @type {HTMLElement} */ (document.querySelector(sel)).click();
      }),
    selector,
  );
}

export default async function evidenceBench() {
  const server = await startFixtureServer();
  const { context } = await launchWithExtension({
    extensionPath: E2E_BUILD,
    hostResolverRules: server.hostResolverRules,
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const page = await context.newPage();
    await page.goto('https://www.paypal.com/checkoutnow?token=EC-BENCH');
    const tabId = await sw.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://www.paypal.com/*' }))[0]?.id ?? -1,
    );
    const opened = context.waitForEvent('page', (p) => p.url().includes('/popup.html'));
    await sw.evaluate(
      (url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 760 }),
      `chrome-extension://${id}/popup.html?tabId=${tabId}`,
    );
    const popup = await opened;
    await popup.waitForSelector('.capture__button');

    // Baseline: the bare screenshot call, paced like the capture itself.
    const bare = [];
    for (let i = 0; i < CAPTURE_RUNS; i++) {
      await new Promise((r) => setTimeout(r, 600));
      bare.push(
        await sw.evaluate(async (tab) => {
          const { windowId } = /** @type {{ windowId: number }} */ (await chrome.tabs.get(tab));
          const started = performance.now();
          await chrome.tabs.captureVisibleTab(windowId, { format: 'png' });
          return performance.now() - started;
        }, tabId),
      );
    }
    const quick = [];
    for (let i = 0; i < CAPTURE_RUNS; i++) {
      await new Promise((r) => setTimeout(r, 600));
      quick.push(await clickAndWait(popup, '.capture__button'));
    }
    console.log(
      `capture click → stored record (visible PNG + MHTML + text + metadata + hashes), ${CAPTURE_RUNS} runs: median ${formatMs(median(quick))}, p95 ${formatMs(p95(quick))}; ${goal(median(quick), 400)}`,
    );
    console.log(
      `  baseline, captureVisibleTab alone: median ${formatMs(median(bare))}, p95 ${formatMs(p95(bare))}`,
    );

    // Full page: 10 screens of 800 px at 1280×800.
    await page.goto('https://www.paypal.com/myaccount/statement-long');
    await popup.reload();
    await popup.waitForSelector('.capture__full');
    await new Promise((r) => setTimeout(r, 600));
    const full = await clickAndWait(popup, '.capture__full');
    const screens = 10;
    const limit = (screens - 1) * 500;
    console.log(
      `full page, ${screens} screens (8,000 px): ${formatMs(full)}; throttle floor for ${screens} captures at 2/s: ${formatMs(limit)} (${formatRatio(full / limit)} the floor, +${formatMs(full - limit)} for scrolling, stitching, MHTML, text, hashes, storing; no goal set)`,
    );
  } finally {
    await context.close();
    await server.close();
  }
}

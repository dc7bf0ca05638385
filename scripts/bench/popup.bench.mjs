// Popup first render: from the start of navigation to the first render with real content
// (provider, state, checklist, contacts), read from the page's own `wallet-assist:first-render`
// performance mark. Measured in Chromium on the production build, with a failed PayPal payment
// in another tab. Baseline in the same run: DOMContentLoaded of the same page (HTML and scripts
// parsed, before any of our code asked the background anything). Target: ≤ 100 ms.
import { launchWithExtension, PROD_BUILD } from '../../tests/harness/browser.mjs';
import { startFixtureServer } from '../../tests/harness/fixture-server.mjs';
import { formatMs, median, p95 } from './stats.mjs';

const RUNS = 25;

export default async function popupBench() {
  const server = await startFixtureServer();
  const { context, worker, extensionId } = await launchWithExtension({
    extensionPath: PROD_BUILD,
    hostResolverRules: server.hostResolverRules,
  });
  try {
    const wallet = await context.newPage();
    const url = 'https://www.paypal.com/checkoutnow?token=EC-BENCH';
    await wallet.goto(url);
    /** @type {number | undefined} */
    let tabId;
    for (let i = 0; i < 100 && tabId === undefined; i++) {
      tabId = await worker.evaluate(async (target) => {
        const [tab] = await chrome.tabs.query({ url: target });
        if (!tab?.id) return undefined;
        const key = `tab:${tab.id}`;
        const state = /** @type {{ state?: string } | undefined} */ (
          (await chrome.storage.session.get(key))[key]
        );
        return state?.state === 'payment_failed' ? tab.id : undefined;
      }, url);
      if (tabId === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    if (tabId === undefined) throw new Error('The demo page was not detected');

    const popupUrl = `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
    /** @type {number[]} */
    const firstRender = [];
    /** @type {number[]} */
    const domReady = [];
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 720 });
    // One warm-up load: the first load of an extension page also compiles its scripts.
    for (let run = 0; run <= RUNS; run++) {
      await page.goto(popupUrl);
      const figures = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const read = () => {
              const mark = performance.getEntriesByName('wallet-assist:first-render')[0];
              if (!mark) return void setTimeout(read, 5);
              const [nav] = /** @type {PerformanceNavigationTiming[]} */ (
                performance.getEntriesByType('navigation')
              );
              resolve({ render: mark.startTime, dom: nav?.domContentLoadedEventEnd ?? NaN });
            };
            read();
          }),
      );
      if (run === 0) continue;
      const { render, dom } = /** @type {{ render: number, dom: number }} */ (figures);
      firstRender.push(render);
      domReady.push(dom);
    }
    const ok = median(firstRender) <= 100 ? 'within' : 'OVER';
    console.log(`popup first render, ${RUNS} loads (production build, failed PayPal payment):`);
    console.log(
      `  first render with content  median ${formatMs(median(firstRender))}  p95 ${formatMs(p95(firstRender))}  (${ok} the 100 ms target)`,
    );
    console.log(
      `  baseline: DOMContentLoaded median ${formatMs(median(domReady))}  p95 ${formatMs(p95(domReady))}`,
    );
  } finally {
    await context.close();
    await server.close();
  }
}

// Popup first render: from the start of navigation until the first screen is in the page — the
// detected problem, its checklist and the official contacts — in Chromium on the production
// build, with a failed PayPal payment in another tab. The floor, measured on the same loads:
// DOMContentLoaded (the page's HTML and scripts parsed and run). Goals: first render ≤
// DOMContentLoaded + 20 ms and ≤ 100 ms. With `--base=<ref>` the base build's popup is loaded
// alternately with this one, and the ratio after/before is printed.
import { launchWithExtension } from '../../tests/harness/browser.mjs';
import { startFixtureServer } from '../../tests/harness/fixture-server.mjs';
import { baseBuild, currentBuild } from './builds.mjs';
import { alternate, timeFirstRender, watchFirstRender } from './page-timing.mjs';
import { formatMs, formatRatio, goal, median, p95 } from './stats.mjs';

const RUNS = 30;
/** The first screen: the detected problem with its checklist steps and the contacts card. */
const FIRST_SCREEN = 'main.popup[data-state="payment_failed"]:has(.checklist li):has(.contacts)';

/**
 * Loads one build with a detected failed payment; returns how to load its popup.
 * @param {string} extensionPath
 * @param {string} hostResolverRules
 */
async function popupOf(extensionPath, hostResolverRules) {
  const { context, worker, extensionId } = await launchWithExtension({
    extensionPath,
    hostResolverRules,
  });
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
  await watchFirstRender(context, FIRST_SCREEN);
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 720 });
  const popupUrl = (/** @type {number} */ run) =>
    `chrome-extension://${extensionId}/popup.html?tabId=${tabId}&run=${run}`;
  // A first load compiles the page's scripts: not counted.
  await timeFirstRender(page, popupUrl(-1));
  return { context, load: (/** @type {number} */ run) => timeFirstRender(page, popupUrl(run)) };
}

/** @param {import('./builds.mjs').BenchOptions} options */
export default async function popupBench({ base }) {
  const server = await startFixtureServer();
  const builds = [{ label: 'this build', dir: currentBuild('chrome') }];
  if (base) builds.push({ label: `base ${base}`, dir: baseBuild(base, 'chrome').dir });
  const popups = [];
  try {
    for (const build of builds) popups.push(await popupOf(build.dir, server.hostResolverRules));
    const results = await alternate(popups, RUNS, (popup, run) => popup.load(run));
    console.log(
      `popup first render (problem, checklist and contacts in the page), ${RUNS} loads per build, alternating, production build, failed PayPal payment:`,
    );
    results.forEach((runs, i) => {
      const render = runs.map((r) => r.render);
      const dcl = runs.map((r) => r.dcl);
      const overDcl = runs.map((r) => r.render - r.dcl);
      const frame = runs.map((r) => r.frame);
      console.log(
        `  ${builds[i]?.label}: first render median ${formatMs(median(render))} (p95 ${formatMs(p95(render))}), painted by ${formatMs(median(frame))}; DOMContentLoaded ${formatMs(median(dcl))}; render − DOMContentLoaded median ${formatMs(median(overDcl))}`,
      );
      if (i === 0) {
        console.log(`    render − DOMContentLoaded: ${goal(median(overDcl), 20)}`);
        console.log(
          `    first render: ${goal(median(render), 100)} (on this machine; the ratio to DOMContentLoaded is ${formatRatio(median(render) / median(dcl))})`,
        );
      }
    });
    if (results.length === 2) {
      const [now, then] = results.map((runs) => median(runs.map((r) => r.render)));
      console.log(
        `  after/before: first render ${formatRatio(/** @type {number} */ (now) / /** @type {number} */ (then))}`,
      );
    }
  } finally {
    for (const popup of popups) await popup.context.close();
    await server.close();
  }
}

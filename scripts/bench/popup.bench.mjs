// Popup first render: from the start of navigation until the first screen — the detected
// problem, its checklist and the official contacts — is on screen (the frame showing it has been
// painted), in Chromium on the production build, with a failed PayPal payment in another tab.
// The floor, measured on the same loads: DOMContentLoaded (the page's HTML and scripts parsed and
// run). Goals: first render ≤ DOMContentLoaded + 20 ms and ≤ 100 ms, each checked both for the
// render (in the page) and for the frame that shows it (on screen). With `--base=<ref>` the base build's popup is loaded
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
      `popup first screen (problem, checklist and contacts), ${RUNS} loads per build, alternating, production build, failed PayPal payment; "in the page" when rendered, "on screen" when the frame showing it has been painted:`,
    );
    results.forEach((runs, i) => {
      const shown = runs.map((r) => r.frame);
      const overDcl = runs.map((r) => r.frame - r.dcl);
      console.log(
        `  ${builds[i]?.label}: on screen median ${formatMs(median(shown))} (p95 ${formatMs(p95(shown))}), in the page ${formatMs(median(runs.map((r) => r.render)))}; DOMContentLoaded ${formatMs(median(runs.map((r) => r.dcl)))}; on screen − DOMContentLoaded median ${formatMs(median(overDcl))}`,
      );
      if (i === 0) {
        const rendered = runs.map((r) => r.render);
        const renderedOverDcl = runs.map((r) => r.render - r.dcl);
        console.log(
          `    − DOMContentLoaded: in the page median ${formatMs(median(renderedOverDcl))}, ${goal(median(renderedOverDcl), 20)}; on screen ${goal(median(overDcl), 20)}`,
        );
        console.log(
          `    from navigation: in the page ${goal(median(rendered), 100)}; on screen ${goal(median(shown), 100)}`,
        );
      }
    });
    if (results.length === 2) {
      const [now, then] = results.map((runs) => median(runs.map((r) => r.frame)));
      console.log(
        `  after/before: on screen ${formatRatio(/** @type {number} */ (now) / /** @type {number} */ (then))}`,
      );
    }
  } finally {
    for (const popup of popups) await popup.context.close();
    await server.close();
  }
}

// Times when an extension page first shows its content, from outside the page, the same way for
// every build (so a build from before a change, which has no marks of its own, is measured
// exactly like the current one). An init script watches the document from its first byte: the
// moment an element matching the selector is in the page is the render; a task posted from the
// next animation frame runs once that frame (with whatever else the page did in it) is painted.

/**
 * Installs the watcher in every page of `context`; `selector` says what "content" means.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} selector
 */
export async function watchFirstRender(context, selector) {
  await context.addInitScript((sel) => {
    const w = /** @type {Window & { __benchRender?: { render: number, frame?: number } }} */ (
      /** @type {unknown} */ (window)
    );
    const seen = () => {
      if (w.__benchRender || !document.querySelector(sel)) return false;
      /** @type {{ render: number, frame?: number }} */
      const timing = { render: performance.now() };
      w.__benchRender = timing;
      requestAnimationFrame(() => setTimeout(() => (timing.frame = performance.now())));
      return true;
    };
    new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, {
      childList: true,
      subtree: true,
    });
  }, selector);
}

/**
 * Loads `url` in `page` and returns, in ms from the start of navigation: when the content was
 * in the page (`render`), when the frame showing it had been painted (`frame`) and
 * DOMContentLoaded (`dcl`).
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<{ render: number, frame: number, dcl: number }>}
 */
export async function timeFirstRender(page, url) {
  await page.goto(url);
  await page.waitForFunction(
    () =>
      /** @type {Window & { __benchRender?: { frame?: number } }} */ (
        /** @type {unknown} */ (window)
      ).__benchRender?.frame !== undefined,
    undefined,
    { timeout: 15_000, polling: 10 },
  );
  return page.evaluate(() => {
    const { render, frame } = /** @type {{ render: number, frame: number }} */ (
      /** @type {Window & { __benchRender?: object }} */ (/** @type {unknown} */ (window))
        .__benchRender
    );
    const [nav] = /** @type {PerformanceNavigationTiming[]} */ (
      performance.getEntriesByType('navigation')
    );
    return { render, frame, dcl: nav?.domContentLoadedEventEnd ?? Number.NaN };
  });
}

/**
 * Runs `rounds` rounds over `subjects`, each round in a rotated order so none is always first
 * or last (the machine's state drifts during a run), and collects what `measure` returns.
 * @template S, R
 * @param {S[]} subjects
 * @param {number} rounds
 * @param {(subject: S, round: number) => Promise<R>} measure
 * @returns {Promise<R[][]>} per subject, one result per round
 */
export async function alternate(subjects, rounds, measure) {
  /** @type {R[][]} */
  const results = subjects.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const i = (round + k) % subjects.length;
      results[i]?.push(await measure(/** @type {S} */ (subjects[i]), round));
    }
  }
  return results;
}

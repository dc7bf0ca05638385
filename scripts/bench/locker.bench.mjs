// The evidence locker with 1,000 records: from the start of navigation until its first 100 rows
// are on screen (in the page, and the frame showing them painted), Chromium, production build. Also, from the page's own marks, how long reading
// the list from IndexedDB took and when all 1,000 rows were in the page. Goal: first 100 rows ≤
// 150 ms. With `--base=<ref>` the base build's locker, holding the same records, is loaded
// alternately with this one, and the ratios after/before are printed.
//
// The records are written straight into the database (copies of one record with their own ids
// and times). A build that keeps a light index of summaries notices on its first load that the
// index lacks them and makes it from the records once; that load is not counted.
import { createHash, randomUUID } from 'node:crypto';
import { launchWithExtension } from '../../tests/harness/browser.mjs';
import { startFixtureServer } from '../../tests/harness/fixture-server.mjs';
import { baseBuild, currentBuild } from './builds.mjs';
import { alternate, timeFirstRender, watchFirstRender } from './page-timing.mjs';
import { formatMs, formatRatio, goal, median, p95 } from './stats.mjs';

const RECORDS = 1000;
const RUNS = 12;
/** The locker's first screen: its first 100 rows. */
const FIRST_ROWS = '.locker__list > li.locker__record:nth-child(100)';

/** A 1×1 PNG, the screenshot every record shows as its thumbnail. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * `count` records as the evidence store keeps them (record schema version 2), newest first, each
 * with a screenshot, an exact page copy and the page's text, like a capture from the popup.
 * @param {number} count
 */
export function records(count) {
  const sha = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');
  const png = createHash('sha256').update(PNG).digest('hex');
  const chainId = randomUUID();
  const start = Date.parse('2026-11-25T11:00:00.000Z');
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start - i * 60_000);
    return {
      schemaVersion: 2,
      id: randomUUID(),
      capturedAt: at.toISOString().replace('Z', '+00:00'),
      capturedAtUtc: at.toISOString(),
      timeZone: 'Europe/London',
      url: `https://www.paypal.com/checkoutnow?token=EC-${1000 + i}`,
      title: 'PayPal Checkout - Payment declined',
      providerId: i % 3 ? 'paypal' : 'wise',
      state: i % 2 ? 'payment_failed' : 'account_locked',
      detectedAt: at.toISOString().replace('Z', '+00:00'),
      fields: { amountText: '$24.50', amount: '24.50', currency: 'USD', merchant: 'Coffee Ltd' },
      extensionVersion: '0.1.0',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0.0.0 Safari/537.36',
      browser: { name: 'Chrome', version: '140.0.0.0' },
      os: 'Linux',
      page: {
        viewportWidth: 1280,
        viewportHeight: 800,
        devicePixelRatio: 1,
        language: 'en',
        scrollHeight: 2400,
      },
      source: 'extension-page',
      artifacts: [
        { kind: 'screenshot-visible', sha256: png, mimeType: 'image/png', size: PNG.length },
        {
          kind: 'snapshot-mhtml',
          sha256: sha(`page ${i}`),
          mimeType: 'multipart/related',
          size: 48_000,
        },
        { kind: 'page-text', sha256: sha(`text ${i}`), mimeType: 'text/plain', size: 2_000 },
      ],
      chain: { chainId, seq: count - i, prevHash: sha(`prev ${i}`), recordHash: sha(`rec ${i}`) },
      notes: '',
      tags: [],
      caseId: i % 10 ? null : 'case-1',
      redactions: [],
    };
  });
}

/**
 * One build's locker holding `stored`; returns how to load it.
 * @param {string} extensionPath
 * @param {string} hostResolverRules
 * @param {ReturnType<typeof records>} stored
 */
export async function lockerOf(extensionPath, hostResolverRules, stored) {
  const { context, extensionId } = await launchWithExtension({ extensionPath, hostResolverRules });
  const page = await context.newPage();
  const url = (/** @type {number} */ run) =>
    `chrome-extension://${extensionId}/locker.html?run=${run}`;
  // The locker opens (and creates or upgrades) the database; then the records go in.
  await page.goto(url(-2));
  await page.waitForSelector('.locker__filters');
  await page.evaluate(
    async ({ values, png }) => {
      const db = /** @type {IDBDatabase} */ (
        await new Promise((resolve, reject) => {
          const request = indexedDB.open('wallet-assist-evidence');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        })
      );
      const tx = db.transaction(['captures', 'blobs'], 'readwrite');
      for (const value of values) tx.objectStore('captures').put(value);
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      tx.objectStore('blobs').put({
        sha256: values[0]?.artifacts[0]?.sha256,
        mimeType: 'image/png',
        size: bytes.length,
        bytes: bytes.buffer,
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { values: stored, png: PNG.toString('base64') },
  );
  await watchFirstRender(context, FIRST_ROWS);
  const load = async (/** @type {number} */ run) => {
    const timing = await timeFirstRender(page, url(run));
    await page.waitForFunction(() => document.documentElement.dataset.allRowsMs !== undefined);
    const marks = await page.evaluate(() => ({
      read: Number(document.documentElement.dataset.readMs),
      all: Number(document.documentElement.dataset.allRowsMs),
      count: Number(document.documentElement.dataset.listedCount),
    }));
    if (marks.count !== stored.length) {
      throw new Error(`Listed ${marks.count}, expected ${stored.length}`);
    }
    return { ...timing, ...marks };
  };
  // The first load with the records in place is not counted (see above).
  await load(-1);
  return { context, load };
}

/** @param {import('./builds.mjs').BenchOptions} options */
export default async function lockerBench({ base }) {
  const server = await startFixtureServer();
  const stored = records(RECORDS);
  const builds = [{ label: 'this build', dir: currentBuild('chrome') }];
  if (base) builds.push({ label: `base ${base}`, dir: baseBuild(base, 'chrome').dir });
  const lockers = [];
  try {
    for (const build of builds) {
      lockers.push(await lockerOf(build.dir, server.hostResolverRules, stored));
    }
    const results = await alternate(lockers, RUNS, (locker, run) => locker.load(run));
    console.log(
      `locker with ${RECORDS} records, first 100 rows, ${RUNS} loads per build, alternating, production build; "in the page" when rendered, "on screen" when the frame showing them has been painted:`,
    );
    /** @type {(runs: { render: number, frame: number, read: number, all: number }[], key: 'render' | 'frame' | 'read' | 'all') => number} */
    const med = (runs, key) => median(runs.map((r) => r[key]));
    results.forEach((runs, i) => {
      const shown = runs.map((r) => r.frame);
      console.log(
        `  ${builds[i]?.label}: on screen median ${formatMs(median(shown))} (p95 ${formatMs(p95(shown))}), in the page ${formatMs(med(runs, 'render'))}; reading the list ${formatMs(med(runs, 'read'))}; all ${RECORDS} rows ${formatMs(med(runs, 'all'))} after the page started reading; DOMContentLoaded ${formatMs(median(runs.map((r) => r.dcl)))}`,
      );
      if (i === 0) {
        console.log(
          `    first 100 rows: in the page ${goal(med(runs, 'render'), 150)}; on screen ${goal(median(shown), 150)}`,
        );
      }
    });
    if (results.length === 2) {
      const [now, then] = /** @type {[typeof results[0], typeof results[0]]} */ (results);
      console.log(
        `  after/before: on screen ${formatRatio(med(now, 'frame') / med(then, 'frame'))}, reading the list ${formatRatio(med(now, 'read') / med(then, 'read'))}, all rows ${formatRatio(med(now, 'all') / med(then, 'all'))}`,
      );
    }
  } finally {
    for (const locker of lockers) await locker.context.close();
    await server.close();
  }
}

// A long complaint case on screen: a case with 200 timeline events and 50 logged calls, opened
// at its address (`cases.html#case=<id>`), timed from the start of navigation until the case,
// with its call log and timeline, is in the page and the frame showing it has been painted. Chromium, production build; the floor measured on
// the same loads is DOMContentLoaded. Goal: ≤ 150 ms. With `--base=<ref>` the base build opens
// the same case alternately, and the ratio after/before is printed.
import { launchWithExtension } from '../../tests/harness/browser.mjs';
import { startFixtureServer } from '../../tests/harness/fixture-server.mjs';
import { baseBuild, currentBuild } from './builds.mjs';
import { alternate, timeFirstRender, watchFirstRender } from './page-timing.mjs';
import { formatMs, formatRatio, goal, median, p95 } from './stats.mjs';

const RUNS = 20;
const EVENTS = 200;
const CALLS = 50;
/** The case is on screen: its call log and its timeline (the last card) are in the page. */
const CASE_SHOWN = '.case:has(.contact-list li) .timeline li';

/**
 * A case as the cases database stores it (schema version 1), with `calls` calls and `events`
 * timeline events spread over three weeks. Checked by the page itself: a malformed case would
 * show an error and never the selector above.
 * @param {number} events
 * @param {number} calls
 */
export function longCase(events, calls) {
  const start = Date.parse('2026-11-01T01:00:00.000Z');
  const at = (/** @type {number} */ ms) =>
    new Date(ms + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
  const channels = ['phone', 'chat', 'email', 'in_app'];
  const contacts = Array.from({ length: calls }, (_, i) => ({
    id: crypto.randomUUID(),
    channel: channels[i % channels.length],
    at: at(start + (i + 1) * 6 * 3_600_000),
    durationMinutes: 5 + (i % 40),
    agentName: `Agent ${i + 1}`,
    employeeId: `E${1000 + i}`,
    reference: `REF-${20000 + i}`,
    said: 'The payment is under review and the funds will be released within three business days.',
    promised: 'A refund within five business days.',
    promisedBy: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
  }));
  const kinds = ['contact', 'facts', 'status', 'evidence', 'reminder'];
  const timeline = [
    { at: at(start), kind: 'created' },
    ...Array.from({ length: events - 1 }, (_, i) => {
      const kind = kinds[i % kinds.length];
      const when = at(start + (i + 1) * 2 * 3_600_000);
      return kind === 'status'
        ? { at: when, kind, status: i % 2 ? 'waiting_for_provider' : 'open' }
        : { at: when, kind, detail: `${kind}-${i}` };
    }),
  ];
  return {
    schemaVersion: 1,
    id: crypto.randomUUID(),
    createdAt: at(start),
    updatedAtUtc: new Date(start + events * 2 * 3_600_000).toISOString(),
    providerId: 'paypal',
    state: 'payment_failed',
    region: 'US',
    status: 'waiting_for_provider',
    facts: {
      occurredAt: at(start),
      timeZone: 'Asia/Shanghai',
      amount: '24.50',
      currency: 'USD',
      merchant: 'Coffee Corner Ltd.',
      transactionId: '7XK29341AB',
      summary: 'My card payment was declined twice although the balance was enough.',
    },
    evidence: [],
    contacts,
    lastNewsAt: at(start + calls * 6 * 3_600_000),
    timeline,
  };
}

/**
 * One build with the long case stored; returns how to open it.
 * @param {string} extensionPath
 * @param {string} hostResolverRules
 * @param {ReturnType<typeof longCase>} record
 */
export async function caseOf(extensionPath, hostResolverRules, record) {
  const { context, extensionId } = await launchWithExtension({ extensionPath, hostResolverRules });
  const page = await context.newPage();
  // The list asks the background for the cases, which creates the database.
  await page.goto(`chrome-extension://${extensionId}/cases.html`);
  await page.waitForSelector('main.cases-page h1');
  await page.evaluate(async (value) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('wallet-assist-cases');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const idb = /** @type {IDBDatabase} */ (db);
    const tx = idb.transaction('cases', 'readwrite');
    tx.objectStore('cases').put(value);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    idb.close();
  }, record);
  await watchFirstRender(context, CASE_SHOWN);
  const url = (/** @type {number} */ run) =>
    `chrome-extension://${extensionId}/cases.html?run=${run}#case=${record.id}`;
  await timeFirstRender(page, url(-1));
  return { context, load: (/** @type {number} */ run) => timeFirstRender(page, url(run)) };
}

/** @param {import('./builds.mjs').BenchOptions} options */
export default async function caseBench({ base }) {
  const server = await startFixtureServer();
  const record = longCase(EVENTS, CALLS);
  const builds = [{ label: 'this build', dir: currentBuild('chrome') }];
  if (base) builds.push({ label: `base ${base}`, dir: baseBuild(base, 'chrome').dir });
  const cases = [];
  try {
    for (const build of builds) {
      cases.push(await caseOf(build.dir, server.hostResolverRules, record));
    }
    const results = await alternate(cases, RUNS, (one, run) => one.load(run));
    console.log(
      `case with ${EVENTS} timeline events and ${CALLS} calls, ${RUNS} loads per build, alternating, production build; "in the page" when rendered, "on screen" when the frame showing it has been painted:`,
    );
    results.forEach((runs, i) => {
      const shown = runs.map((r) => r.frame);
      console.log(
        `  ${builds[i]?.label}: on screen median ${formatMs(median(shown))} (p95 ${formatMs(p95(shown))}), in the page ${formatMs(median(runs.map((r) => r.render)))}; DOMContentLoaded ${formatMs(median(runs.map((r) => r.dcl)))}`,
      );
      if (i === 0) {
        console.log(
          `    in the page ${goal(median(runs.map((r) => r.render)), 150)}; on screen ${goal(median(shown), 150)}`,
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
    for (const one of cases) await one.context.close();
    await server.close();
  }
}

import { browser } from 'wxt/browser';
import { emitProblemDetected } from './events';
import { extractFields } from '../detect/fields';
import type { PageAnalyser } from '../detect/analyser';
import { analyserFor } from '../detect/provider-data';
import type { TabStateReport } from '../protocol/table';
import { providerForUrl } from '../providers';
import {
  parseTabState,
  tabIdFromKey,
  tabStateKey,
  type ExtractedFields,
  type TabState,
} from '../tab-state';
import { toOffsetIso } from '../evidence/time';
import { setBadge } from './badge';
import type { Handlers } from './handlers';

/** The stored state of a tab, or `null`. */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseTabState(stored[key]);
}

const tabQueues = new Map<number, Promise<unknown>>();

/**
 * Runs `update` after every earlier update of the same tab has finished. Updates read the
 * stored state and then write it; without this, a navigation reset and the new page's first
 * report (both arrive within milliseconds of a reload) could interleave and the older write win.
 */
function serialised<T>(tabId: number, update: () => Promise<T>): Promise<T> {
  const previous = tabQueues.get(tabId) ?? Promise.resolve();
  const next = previous.then(update, update);
  const settled = next.catch(() => undefined);
  tabQueues.set(tabId, settled);
  void settled.then(() => {
    if (tabQueues.get(tabId) === settled) tabQueues.delete(tabId);
  });
  return next;
}

/**
 * Records what the content script found on a wallet tab (or in a wallet's frame, `frameId`)
 * and updates the badge. Returns `null` when the report may not replace what is stored (see
 * `mayReplace`; `force` skips that check, for a navigation that starts afresh). `detectedAt`
 * keeps the time the current state was first seen on this page, so repeated reports of the same
 * problem do not move it. A new or changed problem is announced to the problem listeners once
 * the state is stored.
 */
export async function recordTabState(
  tabId: number,
  providerId: string,
  report: TabStateReport,
  now: Date,
  frameId = 0,
  force = false,
): Promise<TabState | null> {
  const written = await serialised(tabId, () =>
    writeTabState(tabId, providerId, report, now, frameId, force),
  );
  if (!written) return null;
  const { next, isNewProblem } = written;
  if (next.state !== null && isNewProblem) {
    await emitProblemDetected({ tabId, tabState: { ...next, state: next.state } });
  }
  return next;
}

/**
 * Whether a report from `frameId` (0: the top page) may replace what is stored. The top page
 * and each wallet frame speak for themselves: a problem found in one is not cleared by another
 * reporting that its own part is fine, and a frame never replaces a problem on the top page.
 */
function mayReplace(previous: TabState | null, report: TabStateReport, frameId: number): boolean {
  if (previous === null || previous.state === null) return true;
  const previousFrame = previous.frameId ?? 0;
  if (previousFrame === frameId) return true;
  if (frameId === 0) return report.state !== null;
  return false;
}

async function writeTabState(
  tabId: number,
  providerId: string,
  report: TabStateReport,
  now: Date,
  frameId: number,
  force: boolean,
): Promise<{ next: TabState; isNewProblem: boolean } | null> {
  const previous = await readTabState(tabId);
  if (!force && !mayReplace(previous, report, frameId)) return null;
  const unchanged =
    previous !== null &&
    previous.state === report.state &&
    previous.url === report.url &&
    (previous.frameId ?? 0) === frameId;
  const next: TabState = {
    providerId,
    state: report.state,
    url: report.url,
    detectedAt: unchanged ? previous.detectedAt : toOffsetIso(now),
    confidence: report.confidence,
    ruleIds: report.ruleIds,
    ...(fieldsOf(report) && { fields: fieldsOf(report) }),
    ...(report.matchedText && { matchedText: report.matchedText }),
    ...(frameId !== 0 && { frameId }),
  };
  await browser.storage.session.set({ [tabStateKey(tabId)]: next });
  await setBadge(tabId, next.state);
  return { next, isNewProblem: next.state !== null && !unchanged };
}

/**
 * The facts of a report: read here from the texts around the detection, so the pages carry no
 * extraction code; fields a report names itself are kept as given.
 */
function fieldsOf(report: TabStateReport): ExtractedFields | undefined {
  if (report.fields) return report.fields;
  if (!report.contextText || report.state === null) return undefined;
  const fields = extractFields(report.contextText);
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** Forgets a tab (closed, or navigated away from every supported wallet). */
export function forgetTab(tabId: number): Promise<void> {
  return serialised(tabId, async () => {
    await browser.storage.session.remove(tabStateKey(tabId));
    await setBadge(tabId, null);
  });
}

/**
 * A full navigation started in a tab. On a wallet the state resets to "nothing wrong" until the
 * content script reports the new page; anywhere else (or where we cannot see the URL) the tab
 * is forgotten.
 */
export async function onTabNavigation(
  tabId: number,
  url: string | undefined,
  now: Date,
): Promise<void> {
  const provider = providerForUrl(url);
  if (!provider || !url) {
    await forgetTab(tabId);
    return;
  }
  // A new document: whatever its frames found before is gone with the old one.
  await recordTabState(
    tabId,
    provider.id,
    { url, state: null, confidence: null, ruleIds: [] },
    now,
    0,
    true,
  );
}

/**
 * Re-applies badges from stored states, and drops states of tabs that no longer exist. Run when
 * the service worker starts: its memory is gone, `storage.session` is not.
 */
export async function restoreTabStates(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const open = new Set((await browser.tabs.query({})).map((tab) => tab.id));
  for (const [key, value] of Object.entries(all)) {
    const tabId = tabIdFromKey(key);
    if (tabId === null) continue;
    const state = parseTabState(value);
    if (!open.has(tabId) || state === null) {
      await browser.storage.session.remove(key);
      continue;
    }
    await setBadge(tabId, state.state);
  }
}

/**
 * One analyser per wallet, built when its first page asks and kept while the worker lives: the
 * rules and each language's terms are compiled once here instead of once per page.
 */
const analysers = new Map<string, PageAnalyser>();
function analyserOf(provider: Parameters<typeof analyserFor>[0] & { id: string }): PageAnalyser {
  let analyser = analysers.get(provider.id);
  if (!analyser) {
    analyser = analyserFor(provider);
    analysers.set(provider.id, analyser);
  }
  return analyser;
}

/** Messages from the content script on wallet pages: what its text says, and what it found. */
export const walletPageHandlers: Handlers<
  'detect/candidates' | 'detect/match' | 'tab-state/report' | 'tab-state/frame-report'
> = {
  // Read only for pages of a registered wallet, with that wallet's rules, chosen by the URL the
  // browser vouches for.
  'detect/candidates': async (query, sender) => analyserOf(sender.provider).candidates(query),
  // The page's own address names its help pages and history lists; one from another site than
  // the sender's is not believed.
  'detect/match': async (query, sender) =>
    analyserOf(sender.provider).match(
      new URL(query.url).origin === new URL(sender.url).origin
        ? query
        : { ...query, url: sender.url },
    ),
  'tab-state/report': async (report, sender) => {
    if (new URL(report.url).origin !== new URL(sender.url).origin) {
      console.warn('Wallet Assist: ignored a state report whose URL does not match its sender');
      return { accepted: false };
    }
    const next = await recordTabState(sender.tabId, sender.provider.id, report, new Date());
    return { accepted: next !== null };
  },
  // A wallet's frame inside another page (an embedded checkout): kept for the tab that shows it,
  // named by the frame the browser vouches for, never by the payload.
  'tab-state/frame-report': async (report, sender) => {
    if (new URL(report.url).origin !== new URL(sender.url).origin) {
      console.warn('Wallet Assist: ignored a frame report whose URL does not match its frame');
      return { accepted: false };
    }
    const next = await recordTabState(
      sender.tabId,
      sender.provider.id,
      report,
      new Date(),
      sender.frameId,
    );
    return { accepted: next !== null };
  },
};

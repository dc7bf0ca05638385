import { browser } from 'wxt/browser';
import { emitProblemDetected } from './events';
import { conceptTermsFor, detectionRulesFor } from '../detect/provider-data';
import type { TabStateReport } from '../protocol/table';
import { providerForUrl } from '../providers';
import { parseTabState, tabIdFromKey, tabStateKey, type TabState } from '../tab-state';
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
 * Records what the content script found on a wallet tab and updates the badge. `detectedAt`
 * keeps the time the current state was first seen on this page, so repeated reports of the same
 * problem do not move it. A new or changed problem is announced to the problem listeners once
 * the state is stored.
 */
export async function recordTabState(
  tabId: number,
  providerId: string,
  report: TabStateReport,
  now: Date,
): Promise<TabState> {
  const { next, isNewProblem } = await serialised(tabId, () =>
    writeTabState(tabId, providerId, report, now),
  );
  if (next.state !== null && isNewProblem) {
    await emitProblemDetected({ tabId, tabState: { ...next, state: next.state } });
  }
  return next;
}

async function writeTabState(
  tabId: number,
  providerId: string,
  report: TabStateReport,
  now: Date,
): Promise<{ next: TabState; isNewProblem: boolean }> {
  const previous = await readTabState(tabId);
  const unchanged =
    previous !== null && previous.state === report.state && previous.url === report.url;
  const next: TabState = {
    providerId,
    state: report.state,
    url: report.url,
    detectedAt: unchanged ? previous.detectedAt : toOffsetIso(now),
    confidence: report.confidence,
    ruleIds: report.ruleIds,
    ...(report.fields && { fields: report.fields }),
    ...(report.matchedText && { matchedText: report.matchedText }),
  };
  await browser.storage.session.set({ [tabStateKey(tabId)]: next });
  await setBadge(tabId, next.state);
  return { next, isNewProblem: next.state !== null && !unchanged };
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
  await recordTabState(
    tabId,
    provider.id,
    { url, state: null, confidence: null, ruleIds: [] },
    now,
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

/** Messages from the content script on wallet pages: its rules, and what it found. */
export const walletPageHandlers: Handlers<'detect/rules' | 'detect/terms' | 'tab-state/report'> = {
  // Rules are served only to pages of a registered wallet, chosen by the URL the browser
  // vouches for. A page that says nothing of its language gets every language's terms.
  'detect/rules': async ({ langs }, sender) => detectionRulesFor(sender.provider, langs),
  'detect/terms': async ({ langs }) => conceptTermsFor(langs),
  'tab-state/report': async (report, sender) => {
    if (new URL(report.url).origin !== new URL(sender.url).origin) {
      console.warn('Wallet Assist: ignored a state report whose URL does not match its sender');
      return { accepted: false };
    }
    await recordTabState(sender.tabId, sender.provider.id, report, new Date());
    return { accepted: true };
  },
};

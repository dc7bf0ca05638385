import { browser } from 'wxt/browser';
import { localeFromSetting } from '../i18n';
import { warningCard } from '../guard/card';
import { judgePage } from '../guard/page';
import {
  guardKey,
  guardPermittedBy,
  parseGuardState,
  tabIdFromGuardKey,
  type GuardState,
} from '../guard/state';
import { toOffsetIso } from '../evidence/time';
import { getProvider, walletMatchPatterns } from '../providers';
import { regionFromLanguages } from '../providers/contacts';
import {
  GUARD_SCRIPT,
  GUARD_WARNING_SCRIPT,
  type GuardWarningInput,
  type GuardWarningScope,
} from '../protocol/guard';
import { getSettings, updateSettings } from '../settings';
import { setGuardBadge } from './badge';
import type { Handlers } from './handlers';
import { workerLanguages } from './locale';
import { openHelp } from './prompt';

/**
 * The page guard, from the background's side. It is on only while the person has switched it on
 * (settings `guard.enabled`) *and* the browser grants the optional permission to read all sites;
 * then its small content script (`/guard.js`) is registered for every http(s) page except the
 * wallets' own hosts. The script reports what it saw only on pages that name a wallet or have a
 * wallet-like address; the judgement, the stored warning (`guard:<tabId>`), the badge and the
 * warning card are all here. Revoking the permission turns the guard off cleanly.
 */

/** The id of the registered content script. */
export const GUARD_SCRIPT_ID = 'wallet-assist-guard';

/** True when the browser grants the guard's optional permission. */
export function guardPermitted(): Promise<boolean> {
  return guardPermittedBy(browser.permissions);
}

/** True while the guard is on: switched on by the person, and permitted by the browser. */
export async function guardActive(): Promise<boolean> {
  const settings = await getSettings(browser.storage.local);
  return settings.guard.enabled && (await guardPermitted());
}

/**
 * Registers the guard's content script when the guard is on, and removes it (with every stored
 * warning) when it is off. Idempotent: run at start-up, on install, and whenever the setting or
 * the permission changes.
 */
export async function syncGuard(): Promise<void> {
  const active = await guardActive();
  const registered = await browser.scripting
    .getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] })
    .catch(() => []);
  if (active && registered.length === 0) {
    const script = {
      id: GUARD_SCRIPT_ID,
      js: [GUARD_SCRIPT.slice(1)],
      matches: ['http://*/*', 'https://*/*'],
      // Never on the wallets' own hosts: the detection content script is there.
      excludeMatches: walletMatchPatterns(),
      runAt: 'document_idle' as const,
      allFrames: false,
    };
    // Kept across browser restarts where the browser can; elsewhere start-up registers it again.
    await browser.scripting
      .registerContentScripts([{ ...script, persistAcrossSessions: true }])
      .catch(() => browser.scripting.registerContentScripts([script]));
  } else if (!active && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
  }
  if (!active) await forgetAllGuardStates();
}

/**
 * The browser withdrew the optional permission (the person did, in its settings): the guard
 * turns off and says so on the options page, and nothing else changes.
 */
export async function onGuardPermissionRemoved(): Promise<void> {
  if (await guardPermitted()) return;
  const settings = await getSettings(browser.storage.local);
  if (settings.guard.enabled) {
    await updateSettings(browser.storage.local, (s) => ({ ...s, guard: { enabled: false } }));
  }
  await syncGuard();
}

/** The stored warning of a tab, or `null`. */
export async function readGuardState(tabId: number): Promise<GuardState | null> {
  const key = guardKey(tabId);
  return parseGuardState((await browser.storage.session.get(key))[key]);
}

/** Removes a tab's warning and its badge (a tab the badge cannot reach any more is fine). */
export async function forgetGuard(tabId: number): Promise<void> {
  await browser.storage.session.remove(guardKey(tabId));
}

async function forgetAllGuardStates(): Promise<void> {
  const all = await browser.storage.session.get(null);
  for (const key of Object.keys(all)) {
    const tabId = tabIdFromGuardKey(key);
    if (tabId === null) continue;
    await browser.storage.session.remove(key);
    await setGuardBadge(tabId, false).catch(() => undefined);
  }
}

/** The URL without its fragment: moving within a page is not leaving it. */
const withoutHash = (url: string) => url.split('#')[0];

/**
 * A tab started loading a document: its warning belonged to the page it left, unless only the
 * fragment changed. Runs after the detection's own reset, so the badge it re-applies wins.
 */
export async function onGuardNavigation(tabId: number, url: string | undefined): Promise<void> {
  const state = await readGuardState(tabId);
  if (!state) return;
  if (url !== undefined && withoutHash(url) === withoutHash(state.url)) {
    await setGuardBadge(tabId, true);
    return;
  }
  await forgetGuard(tabId);
}

/** Re-applies guard badges after a worker restart, and drops warnings of closed tabs. */
export async function restoreGuardStates(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const open = new Set((await browser.tabs.query({})).map((tab) => tab.id));
  for (const [key, value] of Object.entries(all)) {
    const tabId = tabIdFromGuardKey(key);
    if (tabId === null) continue;
    if (!open.has(tabId) || parseGuardState(value) === null) {
      await browser.storage.session.remove(key);
      continue;
    }
    await setGuardBadge(tabId, true);
  }
}

/** Shows the warning card in a tab: injects its script, then hands it the card. */
async function showWarning(tabId: number, input: GuardWarningInput): Promise<void> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, files: [GUARD_WARNING_SCRIPT] });
  await browser.scripting.executeScript({
    target,
    func: (value: GuardWarningInput) => {
      (globalThis as GuardWarningScope).walletAssistWarning?.(value);
    },
    args: [input],
  });
}

/** Messages of the guard's content script and of its warning card. */
export const guardHandlers: Handlers<'guard/report' | 'guard/open-help'> = {
  'guard/report': async (report, sender) => {
    // A guard that was turned off meanwhile (or a script left from before) is not listened to.
    if (!(await guardActive())) return { warned: false };
    if (new URL(report.url).origin !== new URL(sender.url).origin) return { warned: false };
    const region = regionFromLanguages(workerLanguages());
    const verdict = judgePage({ ...report, url: sender.url }, region);
    const provider = verdict ? getProvider(verdict.providerId) : undefined;
    if (!verdict || !provider) return { warned: false };
    const state: GuardState = {
      kind: verdict.kind,
      providerId: verdict.providerId,
      url: sender.url,
      detectedAt: toOffsetIso(new Date()),
      ...(verdict.number ? { number: verdict.number } : {}),
      ...(verdict.reason ? { reason: verdict.reason } : {}),
    };
    await browser.storage.session.set({ [guardKey(sender.tabId)]: state });
    await setGuardBadge(sender.tabId, true);
    const settings = await getSettings(browser.storage.local);
    const locale = localeFromSetting(settings.language, workerLanguages());
    await showWarning(sender.tabId, warningCard(state, provider, locale, region));
    return { warned: true };
  },
  'guard/open-help': async (_payload, sender) => ({
    opened: await openHelp(sender.tabId, sender.windowId),
  }),
};

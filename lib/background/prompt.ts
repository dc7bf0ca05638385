import { browser } from 'wxt/browser';
import { localeFromSetting, translate, type Locale, type MessageKey } from '../i18n';
import { getSettings, isSnoozed, silenceFromPage, type Settings } from '../settings';
import type { StateId } from '../states';
import {
  PROMPT_SCRIPT,
  type PromptInput,
  type PromptScope,
  type PromptTexts,
} from '../protocol/prompt';
import type { ProblemDetected } from './events';
import type { Handlers } from './handlers';
import { workerLanguages } from './locale';

/**
 * The in-page prompt, from the background's side. The prompt's code (`/prompt.js`) is injected
 * only when a prompt is due, so wallet pages carry no UI code the rest of the time. Everything it
 * shows is passed in from here (contract: `lib/protocol/prompt.ts`): its texts come from our
 * catalogues, never from the page.
 */

/** The prompt's texts for a state in one locale. */
export function promptTexts(locale: Locale, state: StateId): PromptTexts {
  const t = (key: MessageKey) => translate(locale, key);
  return {
    label: t('prompt.label'),
    message: t(`prompt.message.${state}`),
    openHelp: t('prompt.openHelp'),
    saveEvidence: t('prompt.saveEvidence'),
    saving: t('prompt.saving'),
    saved: t('prompt.saved'),
    savedNeedsClick: t('capture.needsClick'),
    saveFailed: t('prompt.saveFailed'),
    dismiss: t('prompt.dismiss'),
    snoozeDay: t('prompt.snoozeDay'),
    snoozeAlways: t('prompt.snoozeAlways'),
    snoozed: t('prompt.snoozed'),
    covered: t('prompt.covered'),
  };
}

/** The host a snooze applies to (`www.paypal.com`), or `null` for a URL we cannot read. */
export function promptHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Why a prompt is or is not shown; pure, so the rules are tested without a browser. */
export function promptDecision(
  settings: Settings,
  providerId: string,
  url: string,
  now: Date,
): 'show' | 'providerDisabled' | 'snoozed' | 'noHost' {
  if (settings.disabledProviders.includes(providerId)) return 'providerDisabled';
  const host = promptHost(url);
  if (host === null) return 'noHost';
  return isSnoozed(settings, host, now) ? 'snoozed' : 'show';
}

/**
 * Shows the prompt in the tab where a problem was just detected, unless the person switched the
 * wallet off or snoozed the site. Injects the script, then hands it the texts: the second call
 * runs in the same isolated world, which the page cannot reach.
 */
export async function showPrompt(event: ProblemDetected, now = new Date()): Promise<boolean> {
  // The prompt belongs to top-level wallet pages: a wallet's frame inside a shop's page gets the
  // badge and the popup, never a card drawn into the shop's page.
  if (event.tabState.frameId !== undefined) return false;
  const settings = await getSettings(browser.storage.local);
  const { providerId, url, state } = event.tabState;
  if (promptDecision(settings, providerId, url, now) !== 'show') return false;
  // The locale is decided here, by the same rule as every page; the prompt only shows it.
  const locale = localeFromSetting(settings.language, workerLanguages());
  const input: PromptInput = { locale, texts: promptTexts(locale, state) };
  const target = { tabId: event.tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, files: [PROMPT_SCRIPT] });
  await browser.scripting.executeScript({
    target,
    func: (value: PromptInput) => {
      (globalThis as PromptScope).walletAssistPrompt?.(value);
    },
    args: [input],
  });
  return true;
}

/**
 * Removes the prompt from a tab whose page no longer shows a problem (a single-page app moved
 * on). Only called for tabs that had a problem; a tab without the prompt script ignores it.
 */
export async function hidePrompt(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    // At once, not at document idle: after a full navigation it must find the new document
    // empty rather than wait and remove a prompt shown for the new page.
    injectImmediately: true,
    func: () => {
      (globalThis as PromptScope).walletAssistPrompt?.(null);
    },
  });
}

/**
 * True when a stored tab state went from a problem to none: the change the prompt must follow.
 * Stored values are untrusted shapes, so only the `state` field is looked at.
 */
export function problemCleared(change: { oldValue?: unknown; newValue?: unknown }): boolean {
  const stateOf = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as { state?: unknown }).state : undefined;
  const before = stateOf(change.oldValue);
  return typeof before === 'string' && stateOf(change.newValue) === null;
}

/** Firefox's sidebar API, which the Chrome-typed `browser` does not declare. */
type SidebarAction = {
  open(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
};
/** The toolbar button: `action` (MV3) or `browserAction` (Firefox's MV2 build). */
type ActionApi = { openPopup?(options?: { windowId?: number }): Promise<unknown> };

/**
 * Opens help for a tab, as close to the page as the browser allows:
 * - Chrome: the side panel (the prompt's click still counts as the person's gesture there).
 * - Firefox: a sidebar already open follows the tab, so nothing more is needed. Otherwise the
 *   toolbar popup: Firefox opens its sidebar only from a click inside the extension's own pages,
 *   and a click on the page reaches the background as a message, which no longer counts as one.
 *   The popup's first button moves help to the sidebar with that click.
 * - Anywhere else, or when neither can open, a small window with the same help.
 */
export async function openHelp(
  tabId: number,
  windowId: number | undefined,
): Promise<'sidePanel' | 'popup' | 'window'> {
  const api = browser as unknown as {
    sidebarAction?: SidebarAction;
    action?: ActionApi;
    browserAction?: ActionApi;
  };
  try {
    if (browser.sidePanel && windowId !== undefined) {
      await browser.sidePanel.open({ tabId });
      return 'sidePanel';
    }
    if (api.sidebarAction && (await api.sidebarAction.isOpen({ windowId }))) return 'sidePanel';
  } catch {
    // Needs a user gesture the message may not carry; fall through.
  }
  try {
    const action = api.action ?? api.browserAction;
    if (typeof action?.openPopup === 'function') {
      await action.openPopup(windowId === undefined ? undefined : { windowId });
      return 'popup';
    }
  } catch {
    // Not allowed without a gesture on some versions, or the window is not focused.
  }
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`),
    type: 'popup',
    width: 420,
    height: 720,
  });
  return 'window';
}

/** The in-page prompt's buttons: help for the sender's tab, and snoozing the sender's site. */
export const promptHandlers: Handlers<'prompt/open-help' | 'prompt/snooze'> = {
  'prompt/open-help': async (_payload, sender) => ({
    opened: await openHelp(sender.tabId, sender.windowId),
  }),
  // Chosen on the page, so recorded for the popup to offer undoing it (see settings/silences).
  'prompt/snooze': async ({ duration }, sender) => {
    const host = new URL(sender.url).hostname;
    return { host, until: await silenceFromPage(browser.storage.local, host, duration) };
  },
};

import { browser } from 'wxt/browser';
import { readTicks, setTick } from '../checklists/ticks';
import {
  captureProgressKey,
  CaptureProgressSchema,
  type CaptureProgress,
} from '../evidence/progress';
import type { MessageKey } from '../i18n';
import { parseTabState, tabStateKey, type TabState } from '../tab-state';

/**
 * What extension pages know about tabs: the detection the background keeps for a tab, the
 * progress of a full-page capture, the ticked checklist steps, and which tab a page is about.
 * All of it lives in `storage.session`, which extension pages may read directly: no round trip
 * through a background worker that may first have to wake up. Every value is validated on read.
 */

/** The tab a help page is about, and its URL where the browser lets us see it. */
export interface TabTarget {
  tabId: number | null;
  /** The tab's URL (wallet hosts, or after a toolbar click); `undefined` elsewhere. */
  url: string | undefined;
}

/**
 * Calls `apply` with the stored value of `key` in session storage now and after every change,
 * until the returned function is called.
 */
function watchSessionKey(key: string, apply: (value: unknown) => void): () => void {
  let live = true;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (live && area === 'session' && key in changes) apply(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  browser.storage.session
    .get(key)
    .then((stored) => live && apply(stored[key]))
    .catch(() => live && apply(undefined));
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** The stored detection of a tab (`null` when there is none or it is malformed). */
export async function readTabStateOf(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  return parseTabState((await browser.storage.session.get(key))[key]);
}

/** Follows a tab's detection: `onState` now and on every change. Returns the stop function. */
export function watchTabState(tabId: number, onState: (state: TabState | null) => void) {
  return watchSessionKey(tabStateKey(tabId), (value) => onState(parseTabState(value)));
}

/** Follows a tab's full-page capture progress (`null` when none runs). */
export function watchCaptureProgress(
  tabId: number,
  onProgress: (progress: CaptureProgress | null) => void,
) {
  return watchSessionKey(captureProgressKey(tabId), (value) => {
    const parsed = CaptureProgressSchema.safeParse(value);
    onProgress(parsed.success ? parsed.data : null);
  });
}

/** Ticked steps of one checklist for a tab. */
export function readChecklistTicks(tabId: number, listId: string): Promise<string[]> {
  return readTicks(browser.storage.session, tabId, listId);
}

/** Ticks or unticks one step of a tab's checklist. */
export function setChecklistTick(
  tabId: number,
  listId: string,
  step: MessageKey,
  ticked: boolean,
): Promise<string[]> {
  return setTick(browser.storage.session, tabId, listId, step, ticked);
}

/**
 * The tab a help page is about: `?tabId=` when opened as a page (tests, the fallback window),
 * otherwise the active tab of the current window.
 */
export async function findTarget(search: string): Promise<TabTarget> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const tabId = Number(param);
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { tabId, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, url: tab?.url };
}

/** A help page's tab and the detection stored for it, read together. */
export interface LoadedTarget {
  target: TabTarget;
  /** The tab's stored detection (`null` when there is none, or no tab). */
  tabState: TabState | null;
}

/**
 * The tab a help page is about ({@link findTarget}) with its stored detection, read at the same
 * time when the tab is named in the address: what the popup's first screen needs, in one go.
 */
export async function loadTarget(search: string): Promise<LoadedTarget> {
  const param = new URLSearchParams(search).get('tabId');
  const state = (tabId: number | null) =>
    tabId === null ? Promise.resolve(null) : readTabStateOf(tabId).catch(() => null);
  if (param !== null && /^\d+$/.test(param)) {
    const [target, tabState] = await Promise.all([findTarget(search), state(Number(param))]);
    return { target, tabState };
  }
  const target = await findTarget(search);
  return { target, tabState: await state(target.tabId) };
}

/**
 * Calls `onChange` when the active tab of the window changes or `tabId` navigates, so a page
 * that stays open (the side panel) can follow it. Returns the stop function.
 */
export function watchActiveTab(tabId: number | null, onChange: () => void): () => void {
  const onUpdated = (id: number, change: { url?: string }) => {
    if (id === tabId && change.url !== undefined) onChange();
  };
  browser.tabs.onActivated.addListener(onChange);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(onChange);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

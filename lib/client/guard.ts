import { browser } from 'wxt/browser';
import {
  GUARD_ORIGINS,
  guardKey,
  guardPermittedBy,
  parseGuardState,
  type GuardState,
} from '../guard/state';
import { updateSettings } from './settings';

/**
 * The page guard as extension pages see it: the browser's optional permission (asked for from a
 * click, with the reason shown beside it), the setting, and the warning stored for a tab.
 */

/** True when the browser grants the guard's access to all sites. */
export function guardPermitted(): Promise<boolean> {
  return guardPermittedBy(browser.permissions);
}

/**
 * Turns the guard on: asks the browser for access to all sites (it must be called straight from
 * a click, before anything else is awaited), then stores the choice. Resolves `false`, storing
 * nothing, when the person or the browser says no.
 */
export async function enableGuard(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: GUARD_ORIGINS }).catch(() => false);
  if (!granted) return false;
  await updateSettings((s) => ({ ...s, guard: { enabled: true } }));
  return true;
}

/** Turns the guard off and gives the access back (a build that requires it keeps it). */
export async function disableGuard(): Promise<void> {
  await updateSettings((s) => ({ ...s, guard: { enabled: false } }));
  await browser.permissions.remove({ origins: GUARD_ORIGINS }).catch(() => false);
}

/** Follows the guard's warning for a tab: `onState` now and on every change. */
export function watchGuardState(
  tabId: number,
  onState: (state: GuardState | null) => void,
): () => void {
  const key = guardKey(tabId);
  let live = true;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (live && area === 'session' && key in changes)
      onState(parseGuardState(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  browser.storage.session
    .get(key)
    .then((stored) => live && onState(parseGuardState(stored[key])))
    .catch(() => live && onState(null));
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(listener);
  };
}

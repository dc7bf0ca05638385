import { browser } from 'wxt/browser';
import {
  discardInvalid as discardFrom,
  forgetSilence,
  loadSettings as loadFrom,
  SETTINGS_STORAGE_KEYS,
  SILENCES_KEY,
  undoableSilence,
  undoSilence,
  updateSettings as updateIn,
  type KeptAside,
  type LoadedSettings,
  type Settings,
  type Silence,
} from '../settings';

/**
 * The person's settings as extension pages reach them: `storage.local`, read and written through
 * `lib/settings` (versions, migrations, values kept aside), which extension pages may use
 * directly.
 */

/** The settings in effect, with what could not be read. */
export function loadSettings(): Promise<LoadedSettings> {
  return loadFrom(browser.storage.local);
}

/** Applies `change` to the stored settings (validated strictly; see `lib/settings`). */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return updateIn(browser.storage.local, change);
}

/** Drops one kept-aside value the person chose to discard. */
export function discardInvalid(entry: KeptAside): Promise<LoadedSettings> {
  return discardFrom(browser.storage.local, entry);
}

/**
 * Calls `onChange` whenever the stored settings change (another page, the background), or a
 * silence chosen on a page does.
 */
export function watchSettings(onChange: () => void): () => void {
  const keys = [...SETTINGS_STORAGE_KEYS, SILENCES_KEY];
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A silence of the prompt chosen on `host`'s page that the person can still undo, or `null`. */
export function pageSilenceOf(host: string): Promise<Silence | null> {
  return undoableSilence(browser.storage.local, host);
}

/** Undoes a silence chosen on a page: the prompt shows on `host` again (as before it). */
export function undoPageSilence(host: string): Promise<void> {
  return undoSilence(browser.storage.local, host);
}

/** Keeps a silence chosen on a page, confirmed in the extension's own page. */
export function keepPageSilence(host: string): Promise<void> {
  return forgetSilence(browser.storage.local, host);
}

export type { KeptAside, LoadedSettings, Settings, Silence };

import { browser } from 'wxt/browser';
import {
  discardInvalid as discardFrom,
  loadSettings as loadFrom,
  SETTINGS_STORAGE_KEYS,
  updateSettings as updateIn,
  type KeptAside,
  type LoadedSettings,
  type Settings,
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

/** Calls `onChange` whenever the stored settings change (another page, the background). */
export function watchSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEYS.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export type { KeptAside, LoadedSettings, Settings };

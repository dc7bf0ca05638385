import { browser } from 'wxt/browser';
import { getSettings, SETTINGS_KEY, updateSettings, type Settings } from '../settings';

/** The person's settings as extension pages reach them (stored in `storage.local`). */

export { getSettings as loadSettings, updateSettings };

/** Calls `onChange` whenever the stored settings change (another page, the background). */
export function watchSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export type { Settings };

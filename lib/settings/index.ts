/**
 * The person's settings, kept in `storage.local` under `settings` with their schema version.
 *
 * - Reads migrate any older version, one typed step per version (`migrations/`), in memory.
 * - A stored field that fails validation is never reset over what the person chose: the default
 *   stands in for it, and its raw value is kept aside under `settings.invalid` (moved there by
 *   the next write) and reported until the person sets that field again or discards it.
 * - Settings written by a newer build are read as far as possible and never written over.
 * - Writes validate strictly: an invalid change throws and nothing is stored.
 *
 * No browser API is imported here: every read and write takes the storage area as an argument
 * (`browser.storage.local` in the extension, the fake browser's in tests).
 */
export {
  DEFAULT_SETTINGS,
  SETTINGS_INVALID_KEY,
  SETTINGS_KEY,
  SETTINGS_STORAGE_KEYS,
  SETTINGS_VERSION,
  SettingsSchema,
  WHOLE_VALUE,
  type KeptAside,
  type Settings,
} from './schema';
export { readStoredSettings, type StoredSettingsRead } from './read';
export {
  discardInvalid,
  getSettings,
  loadSettings,
  NewerSettingsError,
  updateSettings,
  type LoadedSettings,
  type SettingsArea,
} from './store';
export { isSnoozed } from './snooze';
export {
  forgetSilence,
  SILENCES_KEY,
  silenceFromPage,
  undoableSilence,
  undoSilence,
  type Silence,
} from './silences';

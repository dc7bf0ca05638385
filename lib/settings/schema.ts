import { z } from 'zod';
import { SETTINGS_V3_DEFAULTS, SettingsV3Schema } from './versions/v3';

/**
 * The current settings: which version the code writes, the shape callers work with, and the
 * record of values that could not be read. Older shapes live, frozen, in `versions/`.
 */

/** The `storage.local` key of the settings. */
export const SETTINGS_KEY = 'settings';

/**
 * The `storage.local` key of the values kept aside: stored values that failed validation, kept
 * exactly as they were until the person sets the setting again or discards them.
 */
export const SETTINGS_INVALID_KEY = 'settings.invalid';

/** Every `storage.local` key this module reads or writes. */
export const SETTINGS_STORAGE_KEYS: readonly string[] = [SETTINGS_KEY, SETTINGS_INVALID_KEY];

/**
 * The version this code writes. Adding a version: a frozen schema in `versions/vN.ts`, a typed
 * migration in `migrations/v(N-1)-to-vN.ts` with a fixture test, one more step in
 * `readStoredSettings`, and these three constants pointed at it.
 */
export const SETTINGS_VERSION = 3;
/** The stored document of the current version, `schemaVersion` included. */
export const StoredSettingsSchema = SettingsV3Schema;
/** The defaults of the current version, `schemaVersion` included. */
export const STORED_DEFAULTS = SETTINGS_V3_DEFAULTS;

/** The person's settings as callers see them: the current version without its version number. */
export const SettingsSchema = StoredSettingsSchema.omit({ schemaVersion: true });
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings of a new installation. */
export const DEFAULT_SETTINGS: Settings = Object.freeze(withoutVersion(STORED_DEFAULTS));

/** The settings of a stored document, without its version number. */
export function withoutVersion(stored: z.infer<typeof StoredSettingsSchema>): Settings {
  const { schemaVersion: _version, ...settings } = stored;
  return settings;
}

/** `field` of a kept-aside value that stands for the whole stored settings value. */
export const WHOLE_VALUE = '*';

/** A stored value that could not be read, kept aside exactly as it was. */
export const KeptAsideSchema = z.object({
  /** The top-level settings field, or {@link WHOLE_VALUE} for the whole stored value. */
  field: z.string(),
  /** The value as it was stored. */
  raw: z.unknown(),
  /** The settings version whose schema it failed, `null` when no version could be read. */
  version: z.number().int().nullable(),
  /** When it was found (ISO time, UTC). */
  at: z.iso.datetime(),
  /**
   * `invalid`: the field fails its schema; `unknown-field`: the version has no such field;
   * `unreadable`: the whole value (or a kept-aside entry) is not something any version wrote.
   */
  reason: z.enum(['invalid', 'unknown-field', 'unreadable']),
  /** What the validation said, for people debugging (not translated). */
  detail: z.string(),
});
export type KeptAside = z.infer<typeof KeptAsideSchema>;

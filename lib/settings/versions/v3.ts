import { z } from 'zod';
import { SETTINGS_V2_DEFAULTS, SettingsV2Schema } from './v2';

/**
 * Settings version 3: the fields of version 2, with 繁體中文 (`zh-Hant`) among the languages.
 * Frozen like the versions before it. A version 2 build reads a version 3 value as "newer":
 * every field it knows still validates except a `zh-Hant` language, which it shows as its
 * default and never writes over.
 */
export const SettingsV3Schema = SettingsV2Schema.extend({
  schemaVersion: z.literal(3),
  /** UI language: follow the browser, or a fixed one. */
  language: z.enum(['auto', 'en', 'zh-CN', 'zh-Hant']),
});
export type SettingsV3 = z.infer<typeof SettingsV3Schema>;

/** The defaults of version 3, used for a version 3 field that cannot be read. */
export const SETTINGS_V3_DEFAULTS: SettingsV3 = Object.freeze({
  ...SETTINGS_V2_DEFAULTS,
  schemaVersion: 3,
});

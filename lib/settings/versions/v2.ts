import { z } from 'zod';
import { SETTINGS_V1_DEFAULTS, SettingsV1Schema } from './v1';

/**
 * Settings version 2: the fields of version 1, unchanged, with `schemaVersion: 2` stored beside
 * them so a later build knows which frozen schema to read them with. Frozen like version 1.
 */
export const SettingsV2Schema = SettingsV1Schema.extend({ schemaVersion: z.literal(2) });
export type SettingsV2 = z.infer<typeof SettingsV2Schema>;

/** The defaults of version 2, used for a version 2 field that cannot be read. */
export const SETTINGS_V2_DEFAULTS: SettingsV2 = Object.freeze({
  schemaVersion: 2,
  ...SETTINGS_V1_DEFAULTS,
});

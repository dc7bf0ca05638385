import { z } from 'zod';
import { SETTINGS_V3_DEFAULTS, SettingsV3Schema } from './v3';

/**
 * Settings version 4: the fields of version 3, with the page guard (off unless the person turns
 * it on and grants the browser's "read all sites" permission). Frozen like the versions before
 * it. A version 3 build reads a version 4 value as "newer": its own fields all validate, and it
 * never writes over the guard choice it does not know.
 */
export const SettingsV4Schema = SettingsV3Schema.extend({
  schemaVersion: z.literal(4),
  guard: z
    .object({
      /** Warn on look-alike, fake-number and sign-in-lure pages of other sites. */
      enabled: z.boolean(),
    })
    .strict(),
});
export type SettingsV4 = z.infer<typeof SettingsV4Schema>;

/** The defaults of version 4, used for a version 4 field that cannot be read. */
export const SETTINGS_V4_DEFAULTS: SettingsV4 = Object.freeze({
  ...SETTINGS_V3_DEFAULTS,
  schemaVersion: 4,
  guard: { enabled: false },
});

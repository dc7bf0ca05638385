import { z } from 'zod';

/**
 * Settings version 1: the shape stored under `settings` before versions existed (no
 * `schemaVersion` field). Frozen: this is how data written by those builds is read, so it must
 * never change; a new shape is a new version with a migration.
 */

/** Until when a site's prompt is snoozed: an ISO time, or `'always'`. */
const SnoozeV1Schema = z.union([z.literal('always'), z.iso.datetime({ offset: true })]);

export const SettingsV1Schema = z
  .object({
    /** UI language: follow the browser, or a fixed one. */
    language: z.enum(['auto', 'en', 'zh-CN']),
    /** In-page prompt snoozed per host name (`www.paypal.com`). */
    snoozedSites: z.record(z.string().min(1).max(253), SnoozeV1Schema),
    /** Provider ids the person switched off: no detection report is kept for them. */
    disabledProviders: z.array(z.string().min(1).max(40)).max(100),
    evidence: z
      .object({
        /** Keep a snapshot of the moment a problem is detected, as "pending" evidence. */
        keepMomentOfDetection: z.boolean(),
      })
      .strict(),
    cases: z
      .object({
        /** Remind after this many days without news from the provider. */
        followUpAfterDays: z.number().int().min(1).max(60),
      })
      .strict(),
  })
  .strict();
export type SettingsV1 = z.infer<typeof SettingsV1Schema>;

/** The defaults of version 1, used for a version 1 field that cannot be read. */
export const SETTINGS_V1_DEFAULTS: SettingsV1 = Object.freeze({
  language: 'auto',
  snoozedSites: {},
  disabledProviders: [],
  evidence: { keepMomentOfDetection: true },
  cases: { followUpAfterDays: 7 },
});

import { z } from 'zod';

/**
 * The person's settings, kept in `storage.local` under {@link SETTINGS_KEY}. Every read is
 * validated; a stored value that no longer fits (an older or damaged shape) falls back to the
 * defaults field by field, so one bad field never loses the rest. Changes are validated strictly.
 * No browser API is imported here: reads and writes take the storage area as an argument.
 */
export const SETTINGS_KEY = 'settings';

/** Until when a site's prompt is snoozed: an ISO time, or `'always'`. */
const SnoozeSchema = z.union([z.literal('always'), z.iso.datetime({ offset: true })]);

export const SettingsSchema = z
  .object({
    /** UI language: follow the browser, or a fixed one. */
    language: z.enum(['auto', 'en', 'zh-CN']),
    /** In-page prompt snoozed per host name (`www.paypal.com`). */
    snoozedSites: z.record(z.string().min(1).max(253), SnoozeSchema),
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
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings of a new installation. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  language: 'auto',
  snoozedSites: {},
  disabledProviders: [],
  evidence: { keepMomentOfDetection: true },
  cases: { followUpAfterDays: 7 },
});

/** Parses a stored value, keeping every top-level field that is valid and defaulting the rest. */
export function parseSettings(value: unknown): Settings {
  const input: Record<string, unknown> =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const fields = SettingsSchema.shape;
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = fields[key].safeParse(input[key]);
    return parsed.success ? (parsed.data as Settings[K]) : structuredClone(DEFAULT_SETTINGS[key]);
  };
  return {
    language: pick('language'),
    snoozedSites: pick('snoozedSites'),
    disabledProviders: pick('disabledProviders'),
    evidence: pick('evidence'),
    cases: pick('cases'),
  };
}

/**
 * Where settings are stored: the part of a `storage` area this module uses.
 * `browser.storage.local` satisfies it; tests may pass anything with the same methods.
 */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string | string[]): Promise<void>;
}

export async function getSettings(area: SettingsArea): Promise<Settings> {
  const stored = await area.get([SETTINGS_KEY]);
  return parseSettings(stored[SETTINGS_KEY]);
}

/**
 * Applies `change` to the current settings and stores the result. The result is validated
 * strictly: an invalid change throws and nothing is stored.
 */
export async function updateSettings(
  area: SettingsArea,
  change: (current: Settings) => Settings,
): Promise<Settings> {
  const next = SettingsSchema.parse(change(await getSettings(area)));
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** True when the prompt for `host` is snoozed at `now`. */
export function isSnoozed(settings: Settings, host: string, now: Date): boolean {
  const until = settings.snoozedSites[host];
  if (until === undefined) return false;
  return until === 'always' || Date.parse(until) > now.getTime();
}

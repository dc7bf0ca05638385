import type { StorageAreaLike } from '../storage-area';
import { readKeptAside, readStoredSettings, sameKeptAside } from './read';
import {
  SETTINGS_INVALID_KEY,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SettingsSchema,
  type KeptAside,
  type Settings,
} from './schema';

/** Where settings are stored: `browser.storage.local` (tests pass the fake browser's). */
export type SettingsArea = StorageAreaLike;

/** The settings as read, with everything the person should be told about them. */
export interface LoadedSettings {
  /** The settings in effect (a default for each field that could not be read). */
  settings: Settings;
  /**
   * Values that could not be read: those already kept aside, then any still in the stored
   * settings (moved aside, unchanged, by the next write).
   */
  invalid: KeptAside[];
  /**
   * The version of stored settings written by a newer build, else `null`. Such settings are
   * read as far as this build can and never written over: see {@link NewerSettingsError}.
   */
  newerVersion: number | null;
}

/**
 * Thrown by every write when the stored settings come from a newer build (the extension was
 * downgraded, or an older copy runs beside a newer one). Writing would replace fields this build
 * does not know with nothing and downgrade the rest, so nothing is written: the settings stay
 * exactly as the newer build left them, for when it runs again.
 */
export class NewerSettingsError extends Error {
  constructor(readonly storedVersion: number) {
    super(
      `Wallet Assist: the settings were saved by a newer version (settings version ` +
        `${storedVersion}; this one writes ${SETTINGS_VERSION}); not overwriting them`,
    );
    this.name = 'NewerSettingsError';
  }
}

async function read(area: SettingsArea, now: Date) {
  const stored = await area.get([SETTINGS_KEY, SETTINGS_INVALID_KEY]);
  const { settings, found, newerVersion } = readStoredSettings(stored[SETTINGS_KEY], now);
  const keptAside = readKeptAside(stored[SETTINGS_INVALID_KEY], now);
  const fresh = found.filter((entry) => !keptAside.some((kept) => sameKeptAside(kept, entry)));
  const loaded: LoadedSettings = { settings, invalid: [...keptAside, ...fresh], newerVersion };
  return { loaded, hadKeptAside: stored[SETTINGS_INVALID_KEY] !== undefined };
}

/**
 * Reads the settings and what could not be read. Reading writes nothing: old versions are
 * migrated in memory on every read until the next write stores the current version.
 */
export async function loadSettings(area: SettingsArea, now = new Date()): Promise<LoadedSettings> {
  return (await read(area, now)).loaded;
}

/** The settings in effect, for callers that only act on them. */
export async function getSettings(area: SettingsArea, now = new Date()): Promise<Settings> {
  return (await loadSettings(area, now)).settings;
}

/** Pending writes per storage area in this JavaScript context, so they run one at a time. */
const queues = new WeakMap<SettingsArea, Promise<unknown>>();

/**
 * The one write path. Read-modify-write: `change` is applied to the settings read just before
 * writing, and writes from this context are queued so two quick changes (two clicks on the
 * options page) both land. Writers in other contexts (the background and the options page) are
 * not locked against (storage areas have no transactions): if two write within the same moment,
 * the later write is stored whole and the earlier change is lost, as before versions existed. A
 * kept-aside value is not lost that way: each writer re-reads the kept-aside list and writes it
 * back with its settings in one `set`, so at worst a value just discarded comes back.
 */
function write(
  area: SettingsArea,
  change: (current: Settings) => Settings,
  discard: (entry: KeptAside) => boolean,
  now: Date,
): Promise<LoadedSettings> {
  const run = async (): Promise<LoadedSettings> => {
    const { loaded, hadKeptAside } = await read(area, now);
    if (loaded.newerVersion !== null) throw new NewerSettingsError(loaded.newerVersion);
    // Strict: an invalid change throws here and nothing is stored.
    const next = SettingsSchema.parse(change(loaded.settings));
    const kept = loaded.invalid.filter(
      (entry) => !discard(entry) && !replacedBy(entry, loaded.settings, next),
    );
    const items: Record<string, unknown> = {
      [SETTINGS_KEY]: { schemaVersion: SETTINGS_VERSION, ...next },
    };
    // The settings and the values moved aside from them go in one `set`, so no moment exists
    // where a bad value was overwritten but not yet kept.
    if (kept.length > 0) items[SETTINGS_INVALID_KEY] = kept;
    await area.set(items);
    if (kept.length === 0 && hadKeptAside) await area.remove(SETTINGS_INVALID_KEY);
    return { settings: next, invalid: kept, newerVersion: null };
  };
  const queued = (queues.get(area) ?? Promise.resolve()).then(run, run);
  queues.set(
    area,
    queued.catch(() => undefined),
  );
  return queued;
}

/**
 * A kept-aside value is replaced when the person sets that field again: the change gives the
 * field a value other than the one in effect (the default that stood in for it). A change to
 * other fields leaves it kept, and so does an unknown field or an unreadable whole value.
 */
function replacedBy(entry: KeptAside, before: Settings, after: Settings): boolean {
  if (!Object.hasOwn(after, entry.field)) return false;
  const field = entry.field as keyof Settings;
  return JSON.stringify(before[field]) !== JSON.stringify(after[field]);
}

/**
 * Applies `change` to the current settings and stores the result, as the current version. The
 * result is validated strictly: an invalid change throws and nothing is stored. Values that could
 * not be read stay kept aside unless `change` sets their field again. Throws
 * {@link NewerSettingsError}, storing nothing, when the stored settings are from a newer build.
 */
export async function updateSettings(
  area: SettingsArea,
  change: (current: Settings) => Settings,
  now = new Date(),
): Promise<Settings> {
  return (await write(area, change, () => false, now)).settings;
}

/**
 * Discards a kept-aside value, on the person's explicit request: `entry` as reported by
 * {@link loadSettings}. If it was still in the stored settings, they are written without it
 * (with the default that was already in effect).
 */
export function discardInvalid(
  area: SettingsArea,
  entry: KeptAside,
  now = new Date(),
): Promise<LoadedSettings> {
  return write(
    area,
    (current) => current,
    (kept) => sameKeptAside(kept, entry),
    now,
  );
}

import type { z } from 'zod';
import { migrateV1ToV2 } from './migrations/v1-to-v2';
import { migrateV2ToV3 } from './migrations/v2-to-v3';
import {
  KeptAsideSchema,
  SETTINGS_INVALID_KEY,
  SETTINGS_VERSION,
  STORED_DEFAULTS,
  StoredSettingsSchema,
  WHOLE_VALUE,
  withoutVersion,
  type KeptAside,
  type Settings,
} from './schema';
import { SETTINGS_V1_DEFAULTS, SettingsV1Schema } from './versions/v1';
import { SETTINGS_V2_DEFAULTS, SettingsV2Schema } from './versions/v2';
import { SETTINGS_V3_DEFAULTS, SettingsV3Schema } from './versions/v3';

/** What reading the stored settings value found. Pure data: nothing is written by reading. */
export interface StoredSettingsRead {
  /** The settings in effect: what was stored, migrated, with the default for each bad field. */
  settings: Settings;
  /** Stored values that could not be read; the next write moves them to the kept-aside list. */
  found: KeptAside[];
  /** The stored value's version when it is newer than {@link SETTINGS_VERSION}, else `null`. */
  newerVersion: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `raw` field by field against a version's frozen `schema`: a valid field is kept, a
 * missing one (nothing was chosen) takes the default silently, an invalid or unknown one takes
 * the default and is reported with its raw value, so the person's other choices all survive.
 */
function readFields<S extends z.ZodObject>(
  schema: S,
  raw: Record<string, unknown>,
  defaults: z.output<S>,
  version: number,
  at: string,
): { value: z.output<S>; found: KeptAside[] } {
  const value: Record<string, unknown> = {};
  const found: KeptAside[] = [];
  const fallback = (field: string) => structuredClone((defaults as Record<string, unknown>)[field]);
  const fields = Object.entries(schema.shape) as [string, z.ZodType][];
  for (const [field, fieldSchema] of fields) {
    if (raw[field] === undefined) {
      value[field] = fallback(field);
      continue;
    }
    const parsed = fieldSchema.safeParse(raw[field]);
    if (parsed.success) value[field] = parsed.data;
    else {
      value[field] = fallback(field);
      const detail = parsed.error.issues.map((issue) => issue.message).join('; ');
      found.push({ field, raw: raw[field], version, at, reason: 'invalid', detail });
    }
  }
  for (const [field, rawValue] of Object.entries(raw)) {
    if (Object.hasOwn(schema.shape, field)) continue;
    const detail = `settings version ${version} has no field "${field}"`;
    found.push({ field, raw: rawValue, version, at, reason: 'unknown-field', detail });
  }
  // Every field is now valid or a default; parsing again gives the typed value (and would
  // throw on defaults that do not fit their own schema, a programming error).
  return { value: schema.parse(value), found };
}

/**
 * Reads the value stored under `settings`, whatever version wrote it:
 * - nothing stored: the defaults;
 * - no `schemaVersion`: version 1 (the builds before versions);
 * - an older version: read with that version's frozen schema, then migrated one version at a
 *   time up to the current one;
 * - a newer version: the fields this version knows that validate are used, the rest default.
 *   Nothing is reported as invalid (the newer build may read them fine), and
 *   {@link StoredSettingsRead.newerVersion} tells writers not to overwrite it;
 * - anything else (not an object, a `schemaVersion` no build wrote): unreadable as a whole,
 *   reported as one value under {@link WHOLE_VALUE}, defaults in effect.
 */
export function readStoredSettings(raw: unknown, now: Date): StoredSettingsRead {
  const at = now.toISOString();
  const defaults = () => ({ settings: withoutVersion(structuredClone(STORED_DEFAULTS)) });
  if (raw === undefined) return { ...defaults(), found: [], newerVersion: null };
  const version = isRecord(raw) ? (raw.schemaVersion ?? 1) : null;
  if (
    !isRecord(raw) ||
    typeof version !== 'number' ||
    !Number.isSafeInteger(version) ||
    (version < 2 && 'schemaVersion' in raw)
  ) {
    const detail = isRecord(raw)
      ? `no version of the settings has schemaVersion ${JSON.stringify(raw.schemaVersion)}`
      : 'not an object';
    return {
      ...defaults(),
      found: [{ field: WHOLE_VALUE, raw, version: null, at, reason: 'unreadable', detail }],
      newerVersion: null,
    };
  }
  if (version > SETTINGS_VERSION) {
    const { value } = readFields(StoredSettingsSchema, raw, STORED_DEFAULTS, version, at);
    return { settings: withoutVersion(value), found: [], newerVersion: version };
  }
  // One step per version: read with the stored version's own schema, then migrate upwards.
  // A field that fails its own version's schema is reported with that version and defaulted
  // there, so a step never sees an invalid value.
  const v1 = version === 1 ? readFields(SettingsV1Schema, raw, SETTINGS_V1_DEFAULTS, 1, at) : null;
  const v2 = v1
    ? { value: migrateV1ToV2(v1.value), found: v1.found }
    : version === 2
      ? readFields(SettingsV2Schema, raw, SETTINGS_V2_DEFAULTS, 2, at)
      : null;
  const v3 = v2
    ? { value: migrateV2ToV3(v2.value), found: v2.found }
    : readFields(SettingsV3Schema, raw, SETTINGS_V3_DEFAULTS, 3, at);
  return { settings: withoutVersion(v3.value), found: v3.found, newerVersion: null };
}

/**
 * Reads the kept-aside list. It is only ever written by this module, but it is still stored
 * data: an entry (or a whole list) that does not fit is itself kept, wrapped as an unreadable
 * entry, rather than dropped.
 */
export function readKeptAside(raw: unknown, now: Date): KeptAside[] {
  if (raw === undefined) return [];
  const wrap = (value: unknown): KeptAside => ({
    field: SETTINGS_INVALID_KEY,
    raw: value,
    version: null,
    at: now.toISOString(),
    reason: 'unreadable',
    detail: 'not a kept-aside entry',
  });
  if (!Array.isArray(raw)) return [wrap(raw)];
  return raw.map((entry: unknown) => {
    const parsed = KeptAsideSchema.safeParse(entry);
    return parsed.success ? parsed.data : wrap(entry);
  });
}

/** True when `a` and `b` keep the same raw value of the same field (times aside). */
export function sameKeptAside(a: KeptAside, b: KeptAside): boolean {
  return (
    a.field === b.field &&
    a.version === b.version &&
    JSON.stringify(a.raw) === JSON.stringify(b.raw)
  );
}

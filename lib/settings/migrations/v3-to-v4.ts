import type { SettingsV3 } from '../versions/v3';
import type { SettingsV4 } from '../versions/v4';

/**
 * Settings version 3 → 4: every value the person chose is carried over as it was (copied, so the
 * result shares nothing with the input), and the page guard starts off: it reads other sites,
 * which only the person may decide to allow.
 */
export function migrateV3ToV4(old: SettingsV3): SettingsV4 {
  return { ...structuredClone(old), schemaVersion: 4, guard: { enabled: false } };
}

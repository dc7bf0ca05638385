import type { SettingsV1 } from '../versions/v1';
import type { SettingsV2 } from '../versions/v2';

/**
 * Settings version 1 → 2: the unversioned settings gain their version number. Every value the
 * person chose is carried over as it was (copied, so the result shares nothing with the input).
 */
export function migrateV1ToV2(old: SettingsV1): SettingsV2 {
  return { schemaVersion: 2, ...structuredClone(old) };
}

import type { SettingsV2 } from '../versions/v2';
import type { SettingsV3 } from '../versions/v3';

/**
 * Settings version 2 → 3: only the choice of languages grew, so every value the person chose is
 * carried over as it was (copied, so the result shares nothing with the input).
 */
export function migrateV2ToV3(old: SettingsV2): SettingsV3 {
  return { ...structuredClone(old), schemaVersion: 3 };
}

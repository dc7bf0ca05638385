import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateV1ToV2 } from '../../lib/settings/migrations/v1-to-v2';
import { migrateV2ToV3 } from '../../lib/settings/migrations/v2-to-v3';
import { readStoredSettings, SETTINGS_VERSION } from '../../lib/settings';
import { SETTINGS_V1_DEFAULTS, SettingsV1Schema } from '../../lib/settings/versions/v1';
import { SETTINGS_V2_DEFAULTS, SettingsV2Schema } from '../../lib/settings/versions/v2';
import { SETTINGS_V3_DEFAULTS, SettingsV3Schema } from '../../lib/settings/versions/v3';
import v1Fixture from '../fixtures/settings/v1.json';
import v2Fixture from '../fixtures/settings/v2.json';
import v3Fixture from '../fixtures/settings/v3.json';

const NOW = new Date('2026-11-25T12:00:00Z');
const SETTINGS_DIR = new URL('../../lib/settings/', import.meta.url);
const FIXTURES_DIR = new URL('../fixtures/settings/', import.meta.url);
const namesIn = (dir: URL, sub: string) => readdirSync(new URL(sub, dir)).sort();

describe('settings versions and migrations', () => {
  it('has a frozen schema and a fixture for every version, and one migration per step', () => {
    const versions = Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1);
    expect(namesIn(SETTINGS_DIR, 'versions/')).toEqual(versions.map((v) => `v${v}.ts`));
    expect(namesIn(SETTINGS_DIR, 'migrations/')).toEqual(
      versions.slice(1).map((v) => `v${v - 1}-to-v${v}.ts`),
    );
    expect(namesIn(FIXTURES_DIR, '').filter((f) => f.endsWith('.json'))).toEqual(
      versions.map((v) => `v${v}.json`),
    );
  });
});

describe('settings version 1 (stored before versions existed)', () => {
  it('has a fixture that is a version 1 value with no field at its default', () => {
    const v1 = SettingsV1Schema.parse(v1Fixture);
    for (const field of Object.keys(SETTINGS_V1_DEFAULTS) as (keyof typeof v1)[]) {
      expect(v1[field], field).not.toEqual(SETTINGS_V1_DEFAULTS[field]);
    }
  });

  it('migrates to version 2 keeping every choice and adding the version number', () => {
    const v1 = SettingsV1Schema.parse(v1Fixture);
    const v2 = migrateV1ToV2(v1);
    expect(v2).toEqual({ schemaVersion: 2, ...v1Fixture });
    expect(SettingsV2Schema.safeParse(v2).success).toBe(true);
  });

  it('gives a copy: changing the result leaves the old value alone', () => {
    const v1 = SettingsV1Schema.parse(v1Fixture);
    const v2 = migrateV1ToV2(v1);
    v2.snoozedSites['cash.app'] = 'always';
    v2.cases.followUpAfterDays = 30;
    expect(v1).toEqual(v1Fixture);
  });

  it('reads, when stored, as the current settings with nothing reported', () => {
    const { schemaVersion: _version, ...expected } = migrateV2ToV3(
      migrateV1ToV2(SettingsV1Schema.parse(v1Fixture)),
    );
    expect(readStoredSettings(v1Fixture, NOW)).toEqual({
      settings: expected,
      found: [],
      newerVersion: null,
    });
  });
});

describe('settings version 2', () => {
  it('has a fixture that is a version 2 value with no field at its default', () => {
    const v2 = SettingsV2Schema.parse(v2Fixture);
    for (const field of Object.keys(SETTINGS_V2_DEFAULTS) as (keyof typeof v2)[]) {
      if (field !== 'schemaVersion')
        expect(v2[field], field).not.toEqual(SETTINGS_V2_DEFAULTS[field]);
    }
  });

  it('migrates to version 3 keeping every choice, with the new version number', () => {
    const v2 = SettingsV2Schema.parse(v2Fixture);
    const v3 = migrateV2ToV3(v2);
    expect(v3).toEqual({ ...v2Fixture, schemaVersion: 3 });
    expect(SettingsV3Schema.safeParse(v3).success).toBe(true);
    v3.disabledProviders.push('wise');
    expect(v2).toEqual(v2Fixture);
  });

  it('reads, when stored, as it was stored', () => {
    const { schemaVersion: _version, ...expected } = v2Fixture;
    expect(readStoredSettings(v2Fixture, NOW)).toEqual({
      settings: expected,
      found: [],
      newerVersion: null,
    });
  });

  it('never had 繁體中文: a version 2 value saying zh-Hant is kept aside as invalid there', () => {
    const read = readStoredSettings({ ...v2Fixture, language: 'zh-Hant' }, NOW);
    expect(read.settings.language).toBe('auto');
    expect(read.found).toEqual([
      expect.objectContaining({ field: 'language', raw: 'zh-Hant', version: 2, reason: 'invalid' }),
    ]);
  });
});

describe('settings version 3 (繁體中文 among the languages)', () => {
  it('has a fixture that is a version 3 value with no field at its default', () => {
    const v3 = SettingsV3Schema.parse(v3Fixture);
    for (const field of Object.keys(SETTINGS_V3_DEFAULTS) as (keyof typeof v3)[]) {
      if (field !== 'schemaVersion')
        expect(v3[field], field).not.toEqual(SETTINGS_V3_DEFAULTS[field]);
    }
  });

  it('reads, when stored, exactly as it was stored', () => {
    const { schemaVersion: _version, ...expected } = v3Fixture;
    expect(readStoredSettings(v3Fixture, NOW)).toEqual({
      settings: expected,
      found: [],
      newerVersion: null,
    });
  });

  it('reads an unknown or malformed language as "follow the browser", reported, the rest kept', () => {
    for (const bad of ['zh-TW', 'fr', 7, null, { code: 'en' }]) {
      const read = readStoredSettings({ ...v3Fixture, language: bad }, NOW);
      expect(read.settings).toEqual({ ...v3Fixture, schemaVersion: undefined, language: 'auto' });
      expect(read.found).toEqual([
        expect.objectContaining({ field: 'language', raw: bad, version: 3, reason: 'invalid' }),
      ]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  discardInvalid,
  getSettings,
  isSnoozed,
  loadSettings,
  NewerSettingsError,
  readStoredSettings,
  SETTINGS_INVALID_KEY,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  updateSettings,
  WHOLE_VALUE,
  type SettingsArea,
} from '../../lib/settings';
import v1Fixture from '../fixtures/settings/v1.json';

const area = browser.storage.local;
const T1 = new Date('2026-11-25T12:00:00Z');
const T2 = new Date('2026-11-26T12:00:00Z');

/** Everything stored in `storage.local`, to check exactly what a call wrote. */
const stored = () => area.get(null);
const storedAt = async (key: string) => (await area.get(key))[key];

/** Unversioned settings (version 1) in which the language and the follow-up days are damaged. */
const damagedV1 = { ...v1Fixture, language: 'fr-FR', cases: { followUpAfterDays: 500 } };

describe('reading settings', () => {
  it('starts from the defaults and writes nothing by reading', async () => {
    expect(await loadSettings(area)).toEqual({
      settings: DEFAULT_SETTINGS,
      invalid: [],
      newerVersion: null,
    });
    expect(DEFAULT_SETTINGS).toMatchObject({
      language: 'auto',
      evidence: { keepMomentOfDetection: true },
      cases: { followUpAfterDays: 7 },
    });
    expect(await stored()).toEqual({});
  });

  it('reads unversioned settings and stores them as the current version on the next write', async () => {
    await area.set({ [SETTINGS_KEY]: v1Fixture });
    expect(await getSettings(area)).toEqual(v1Fixture);
    expect(await storedAt(SETTINGS_KEY)).toEqual(v1Fixture);

    await updateSettings(area, (s) => ({ ...s, disabledProviders: ['venmo'] }));
    expect(await stored()).toEqual({
      [SETTINGS_KEY]: {
        ...v1Fixture,
        schemaVersion: SETTINGS_VERSION,
        disabledProviders: ['venmo'],
      },
    });
  });

  it('works on any storage area, with no browser', async () => {
    const items = new Map<string, unknown>([[SETTINGS_KEY, damagedV1]]);
    const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
    const plain: SettingsArea = {
      get: async (keys) =>
        Object.fromEntries(
          (keys === null ? [...items.keys()] : list(keys))
            .filter((k) => items.has(k))
            .map((k) => [k, items.get(k)]),
        ),
      set: async (values) => void Object.entries(values).forEach(([k, v]) => items.set(k, v)),
      remove: async (keys) => void list(keys).forEach((k) => items.delete(k)),
    };
    await updateSettings(plain, (s) => ({ ...s, language: 'en' }));
    expect(items.get(SETTINGS_KEY)).toMatchObject({
      schemaVersion: SETTINGS_VERSION,
      language: 'en',
    });
    const [cases] = (await loadSettings(plain)).invalid;
    expect(cases).toMatchObject({ field: 'cases', raw: { followUpAfterDays: 500 } });
    await discardInvalid(plain, cases!);
    expect(items.has(SETTINGS_INVALID_KEY)).toBe(false);
  });
});

describe('a stored field that fails validation', () => {
  it('uses the default for it, keeps the other fields, and reports its raw value', async () => {
    await area.set({ [SETTINGS_KEY]: damagedV1 });
    const { settings, invalid } = await loadSettings(area, T1);
    expect(settings).toEqual({
      ...v1Fixture,
      language: DEFAULT_SETTINGS.language,
      cases: DEFAULT_SETTINGS.cases,
    });
    expect(invalid).toEqual([
      expect.objectContaining({ field: 'language', raw: 'fr-FR', version: 1, reason: 'invalid' }),
      expect.objectContaining({ field: 'cases', raw: { followUpAfterDays: 500 }, version: 1 }),
    ]);
    expect(invalid[0]).toMatchObject({ at: T1.toISOString(), detail: expect.stringMatching(/\S/) });
  });

  it('is kept aside, not overwritten, when other fields are changed', async () => {
    await area.set({ [SETTINGS_KEY]: damagedV1 });
    await updateSettings(area, (s) => ({ ...s, disabledProviders: [] }), T1);
    await updateSettings(area, (s) => ({ ...s, disabledProviders: ['wise'] }), T2);

    expect(await storedAt(SETTINGS_KEY)).toMatchObject({
      language: DEFAULT_SETTINGS.language,
      disabledProviders: ['wise'],
    });
    expect(await storedAt(SETTINGS_INVALID_KEY)).toEqual([
      expect.objectContaining({ field: 'language', raw: 'fr-FR', at: T1.toISOString() }),
      expect.objectContaining({ field: 'cases', raw: { followUpAfterDays: 500 } }),
    ]);
    expect((await loadSettings(area)).invalid.map((entry) => entry.field)).toEqual([
      'language',
      'cases',
    ]);
  });

  it('keeps an unknown field, and a stored value that is not settings at all, aside too', () => {
    expect(readStoredSettings({ ...v1Fixture, theme: 'dark' }, T1).found).toEqual([
      expect.objectContaining({ field: 'theme', raw: 'dark', reason: 'unknown-field' }),
    ]);
    const whole = readStoredSettings('nonsense', T1);
    expect(whole.settings).toEqual(DEFAULT_SETTINGS);
    expect(whole.found).toEqual([
      expect.objectContaining({ field: WHOLE_VALUE, raw: 'nonsense', reason: 'unreadable' }),
    ]);
    expect(readStoredSettings({ ...v1Fixture, schemaVersion: 'two' }, T1).found).toEqual([
      expect.objectContaining({ field: WHOLE_VALUE, reason: 'unreadable' }),
    ]);
  });

  it('is replaced when the person sets that field again', async () => {
    await area.set({ [SETTINGS_KEY]: damagedV1 });
    await updateSettings(area, (s) => ({ ...s, language: 'en' }));
    expect((await getSettings(area)).language).toBe('en');
    expect(await storedAt(SETTINGS_INVALID_KEY)).toEqual([
      expect.objectContaining({ field: 'cases' }),
    ]);
  });

  it('is discarded only on request, and only that value', async () => {
    await area.set({ [SETTINGS_KEY]: damagedV1 });
    await updateSettings(area, (s) => s);
    const [language] = (await loadSettings(area)).invalid;
    await discardInvalid(area, language!);
    expect((await loadSettings(area)).invalid).toEqual([
      expect.objectContaining({ field: 'cases', raw: { followUpAfterDays: 500 } }),
    ]);
    const [cases] = (await loadSettings(area)).invalid;
    await discardInvalid(area, cases!);
    expect(await stored()).toEqual({
      [SETTINGS_KEY]: {
        ...v1Fixture,
        schemaVersion: SETTINGS_VERSION,
        language: 'auto',
        cases: { followUpAfterDays: 7 },
      },
    });
  });

  it('can be discarded before any write has moved it aside', async () => {
    await area.set({ [SETTINGS_KEY]: damagedV1 });
    const { invalid } = await loadSettings(area);
    await discardInvalid(area, invalid[1]!);
    expect((await loadSettings(area)).invalid).toEqual([
      expect.objectContaining({ field: 'language', raw: 'fr-FR' }),
    ]);
    expect(await storedAt(SETTINGS_KEY)).toMatchObject({ cases: { followUpAfterDays: 7 } });
  });

  it('keeps a damaged kept-aside list rather than dropping it', async () => {
    await area.set({ [SETTINGS_KEY]: v1Fixture, [SETTINGS_INVALID_KEY]: { oops: true } });
    await updateSettings(area, (s) => ({ ...s, language: 'en' }));
    expect(await storedAt(SETTINGS_INVALID_KEY)).toEqual([
      expect.objectContaining({ field: SETTINGS_INVALID_KEY, raw: { oops: true } }),
    ]);
  });
});

describe('settings saved by a newer version', () => {
  const newer = { ...v1Fixture, schemaVersion: 7, language: 'en', theme: 'dark' };

  it('are read as far as this version can, and reported', async () => {
    await area.set({ [SETTINGS_KEY]: newer });
    expect(await loadSettings(area)).toEqual({
      settings: { ...v1Fixture, language: 'en' },
      invalid: [],
      newerVersion: 7,
    });
  });

  it('are never written over: every write throws and nothing is stored', async () => {
    await area.set({ [SETTINGS_KEY]: newer });
    const before = await stored();
    await expect(updateSettings(area, (s) => ({ ...s, language: 'zh-CN' }))).rejects.toThrow(
      NewerSettingsError,
    );
    await expect(
      discardInvalid(area, {
        field: 'theme',
        raw: 'dark',
        version: 7,
        at: T1.toISOString(),
        reason: 'invalid',
        detail: '',
      }),
    ).rejects.toThrow(NewerSettingsError);
    expect(await stored()).toEqual(before);
  });
});

describe('writing settings', () => {
  it('stores a valid change and refuses an invalid one, storing nothing', async () => {
    await updateSettings(area, (s) => ({ ...s, language: 'en' }));
    const before = await stored();
    await expect(updateSettings(area, (s) => ({ ...s, language: 'fr' as 'en' }))).rejects.toThrow();
    await expect(
      updateSettings(area, (s) => ({ ...s, surprise: true }) as typeof s),
    ).rejects.toThrow();
    await expect(
      updateSettings(area, (s) => ({ ...s, schemaVersion: 3 }) as typeof s),
    ).rejects.toThrow();
    expect(await stored()).toEqual(before);
    expect((await getSettings(area)).language).toBe('en');
  });

  it('lands two quick changes from the same page, one after the other', async () => {
    await Promise.all([
      updateSettings(area, (s) => ({ ...s, language: 'zh-CN' })),
      updateSettings(area, (s) => ({ ...s, disabledProviders: ['paypal'] })),
    ]);
    expect(await getSettings(area)).toMatchObject({
      language: 'zh-CN',
      disabledProviders: ['paypal'],
    });
  });
});

describe('snoozed sites', () => {
  it('snoozes a site until a time, or always', () => {
    const { settings } = readStoredSettings(
      {
        snoozedSites: {
          'www.paypal.com': '2026-11-26T12:00:00Z',
          'wise.com': '2026-11-24T12:00:00Z',
          'cash.app': 'always',
        },
      },
      T1,
    );
    expect(isSnoozed(settings, 'www.paypal.com', T1)).toBe(true);
    expect(isSnoozed(settings, 'wise.com', T1)).toBe(false);
    expect(isSnoozed(settings, 'cash.app', T1)).toBe(true);
    expect(isSnoozed(settings, 'www.venmo.com', T1)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isSnoozed,
  parseSettings,
  SETTINGS_KEY,
  updateSettings,
} from '../../lib/settings';

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await getSettings(browser.storage.local)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      language: 'auto',
      evidence: { keepMomentOfDetection: true },
      cases: { followUpAfterDays: 7 },
    });
  });

  it('keeps valid fields of a damaged stored value and defaults the rest', () => {
    const parsed = parseSettings({
      language: 'zh-CN',
      snoozedSites: 'everything',
      disabledProviders: ['venmo'],
      cases: { followUpAfterDays: 500 },
    });
    expect(parsed.language).toBe('zh-CN');
    expect(parsed.disabledProviders).toEqual(['venmo']);
    expect(parsed.snoozedSites).toEqual({});
    expect(parsed.cases.followUpAfterDays).toBe(7);
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
  });

  it('stores a valid change and refuses an invalid one without losing anything', async () => {
    await updateSettings(browser.storage.local, (s) => ({ ...s, language: 'en' }));
    expect((await getSettings(browser.storage.local)).language).toBe('en');
    await expect(
      updateSettings(browser.storage.local, (s) => ({ ...s, language: 'fr' as 'en' })),
    ).rejects.toThrow();
    await expect(
      updateSettings(browser.storage.local, (s) => ({ ...s, surprise: true }) as typeof s),
    ).rejects.toThrow();
    expect((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      language: 'en',
    });
  });

  it('snoozes a site until a time, or always', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const settings = parseSettings({
      snoozedSites: {
        'www.paypal.com': '2026-11-26T12:00:00Z',
        'wise.com': '2026-11-24T12:00:00Z',
        'cash.app': 'always',
      },
    });
    expect(isSnoozed(settings, 'www.paypal.com', now)).toBe(true);
    expect(isSnoozed(settings, 'wise.com', now)).toBe(false);
    expect(isSnoozed(settings, 'cash.app', now)).toBe(true);
    expect(isSnoozed(settings, 'www.venmo.com', now)).toBe(false);
  });
});

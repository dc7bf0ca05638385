import { describe, expect, it } from 'vitest';
import { CHECKLISTS, CONTACT_TIPS } from '../../lib/checklists';
import { catalogue, LOCALES, resolveLocale, translate } from '../../lib/i18n';
import { ERROR_CODES } from '../../lib/protocol/errors';
import { STATE_IDS } from '../../lib/states';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  const en = catalogue('en');

  it.each(LOCALES.map((l) => [l]))(
    '%s has every key, non-empty, with the same placeholders',
    (locale) => {
      const other = catalogue(locale);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        const translated = other[key as keyof typeof en];
        expect(translated.trim(), `${locale}:${key}`).not.toBe('');
        expect(placeholders(translated), `${locale}:${key}`).toEqual(placeholders(text));
      }
    },
  );

  it('explains every error code the background can answer with', () => {
    for (const code of ERROR_CODES) expect(en[`error.${code}`], code).toMatch(/\S/);
  });

  it('has a name, a lead and a checklist for every state', () => {
    for (const state of STATE_IDS) {
      expect(en[`state.${state}`]).toMatch(/\S/);
      expect(en[`state.${state}.lead`]).toMatch(/\S/);
      expect(CHECKLISTS[state].length).toBeGreaterThanOrEqual(4);
    }
    expect(CONTACT_TIPS.length).toBe(4);
  });

  it('follows the guidance order for a failed payment: network, balance, merchant, record, contact', () => {
    expect(CHECKLISTS.payment_failed.slice(0, 5)).toEqual([
      'check.payment_failed.network',
      'check.payment_failed.balance',
      'check.payment_failed.merchant',
      'check.payment_failed.record',
      'check.payment_failed.contact',
    ]);
  });

  it('picks the locale from browser languages: Traditional for Taiwan, Hong Kong and Macao', () => {
    expect(resolveLocale(['zh-CN', 'en'])).toBe('zh-CN');
    expect(resolveLocale(['zh'])).toBe('zh-CN');
    expect(resolveLocale(['zh-SG'])).toBe('zh-CN');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CA', 'zh_TW']) {
      expect(resolveLocale([tag]), tag).toBe('zh-Hant');
    }
    // An explicit script wins over the region.
    expect(resolveLocale(['zh-Hans-HK'])).toBe('zh-CN');
    expect(resolveLocale(['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLocale(['fr-FR', 'zh-TW', 'en'])).toBe('zh-Hant');
    expect(resolveLocale(['zhx', 'english'])).toBe('en');
    expect(resolveLocale([])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'popup.detectedAt', { time: '10:04' })).toBe('Detected 10:04');
    expect(translate('en', 'popup.detectedAt')).toBe('Detected {time}');
  });
});

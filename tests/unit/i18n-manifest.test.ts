import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../../lib/i18n/glossary';

const LOCALES_DIR = new URL('../../public/_locales/', import.meta.url);
const read = (locale: string) =>
  JSON.parse(readFileSync(new URL(`${locale}/messages.json`, LOCALES_DIR), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('the browser’s own strings (toolbar title, store description, shortcut)', () => {
  it('exist for English, Simplified Chinese, Taiwan and Hong Kong, with the same keys', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(['en', 'zh_CN', 'zh_HK', 'zh_TW']);
    const keys = Object.keys(read('en')).sort();
    for (const locale of ['zh_CN', 'zh_HK', 'zh_TW']) {
      expect(Object.keys(read(locale)).sort(), locale).toEqual(keys);
      for (const { message } of Object.values(read(locale))) expect(message).toMatch(/\S/);
    }
  });

  it('are written in each readership’s own script', () => {
    const texts = (locale: string) =>
      Object.values(read(locale))
        .map((m) => m.message)
        .join('');
    const stray = (text: string, other: string) => [...text].filter((c) => other.includes(c));
    expect(stray(texts('zh_CN'), TRADITIONAL_ONLY)).toEqual([]);
    expect(stray(texts('zh_TW'), SIMPLIFIED_ONLY)).toEqual([]);
    expect(stray(texts('zh_HK'), SIMPLIFIED_ONLY)).toEqual([]);
    expect(read('zh_TW').extName!.message).toBe('錢包助手');
  });
});

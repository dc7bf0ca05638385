/**
 * Locale names and the browser-language rule, kept apart from the catalogues so the in-page
 * prompt can pick a language without carrying every UI text.
 */

/** Locales the UI ships complete. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Picks the UI locale from the browser's preferred languages: any Chinese variant gets
 * Simplified Chinese (the only Chinese catalogue so far), everything else English.
 */
export function resolveLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const lower = lang.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/**
 * The UI locale for a language setting: a fixed choice wins, `auto` follows the browser's
 * preferred languages.
 */
export function localeFromSetting(setting: 'auto' | Locale, languages: readonly string[]): Locale {
  return setting === 'auto' ? resolveLocale(languages) : setting;
}

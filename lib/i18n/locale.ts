/**
 * Locale names and the one rule that picks the UI language, kept apart from the catalogues so
 * the in-page prompt and the background can use it without carrying every UI text.
 */

/**
 * Locales the UI ships complete: English, Simplified Chinese (`zh-CN`, the id it has always
 * had in stored settings and data) and Traditional Chinese (`zh-Hant`, for Taiwan, Hong Kong
 * and Macao; its wording follows Taiwan, with Hong Kong differences noted in the glossary).
 */
export const LOCALES = ['en', 'zh-CN', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Each locale's name in its own language and script, for a choice between languages (the
 * description's language menu): a reader finds their own language whatever the UI shows.
 */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-Hant': '繁體中文',
};

/** The language setting: follow the browser, or one fixed locale. */
export type LanguageSetting = 'auto' | Locale;

/** True for a value that is one of {@link LOCALES} (stored or untrusted input). */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The Chinese script a browser language tag asks for: an explicit script subtag wins
 * (`zh-Hans-HK` is Simplified), then the region (Taiwan, Hong Kong and Macao write Traditional),
 * and a bare `zh` or any other region means Simplified.
 */
function chineseLocale(tag: string): Locale {
  const parts = tag.toLowerCase().split(/[-_]/);
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-CN';
  return parts.some((part) => part === 'tw' || part === 'hk' || part === 'mo')
    ? 'zh-Hant'
    : 'zh-CN';
}

/**
 * Picks the UI locale from the browser's preferred languages, in order: the first Chinese or
 * English one decides; anything else falls through to English.
 */
export function resolveLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const lower = lang.toLowerCase();
    if (lower === 'zh' || /^zh[-_]/.test(lower)) return chineseLocale(lower);
    if (lower === 'en' || /^en[-_]/.test(lower)) return 'en';
  }
  return 'en';
}

/**
 * The UI locale, decided in one place for every page, the badge, notifications, the in-page
 * prompt and exports: a fixed choice in the language setting wins, `auto` follows the browser's
 * preferred languages. A value that is not a known setting (it can only come from storage
 * that failed validation) is treated as `auto`, never as a blank UI.
 */
export function localeFromSetting(setting: unknown, languages: readonly string[]): Locale {
  return isLocale(setting) ? setting : resolveLocale(languages);
}

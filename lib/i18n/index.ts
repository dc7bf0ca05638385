import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';
import { zhHant } from './zh-Hant';

export type { MessageKey } from './en';

import { displayNames } from '../intl';
import type { Locale } from './locale';

export {
  isLocale,
  LANGUAGE_NAMES,
  LOCALES,
  localeFromSetting,
  resolveLocale,
  type LanguageSetting,
  type Locale,
} from './locale';

const CATALOGUES: Readonly<Record<Locale, Record<MessageKey, string>>> = {
  en,
  'zh-CN': zhCN,
  'zh-Hant': zhHant,
};

/** Text for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = CATALOGUES[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translate function bound to one locale. */
export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** The catalogue of one locale (for the parity test and tooling). */
export function catalogue(locale: Locale): Readonly<Record<MessageKey, string>> {
  return CATALOGUES[locale];
}

/**
 * The BCP 47 tag to hand `Intl` for a UI locale: Traditional Chinese formats and names as in
 * Taiwan (whose usage the catalogue follows), Simplified as in mainland China.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'zh-Hant' ? 'zh-Hant-TW' : locale === 'zh-CN' ? 'zh-Hans-CN' : 'en';
}

/**
 * A region's name in the UI language, never its raw code when a name exists: the catalogue's
 * own name first (`region.<code>`: EU/EEA, international, and the Chinese-speaking regions,
 * named as their readers expect), then the browser's region names (`Intl.DisplayNames`), and
 * the code itself only when neither knows it.
 */
export function regionName(locale: Locale, code: string): string {
  const key = `region.${code}`;
  if (Object.hasOwn(en, key)) return translate(locale, key as MessageKey);
  try {
    const name = displayNames(intlLocale(locale), 'region').of(code);
    if (name && name !== code) return name;
  } catch {
    // Not a region code Intl accepts (or no Intl region data): the code is all we have.
  }
  return code;
}

import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey } from './en';

import type { Locale } from './locale';

export { LOCALES, localeFromSetting, resolveLocale, type Locale } from './locale';

const CATALOGUES: Readonly<Record<Locale, Record<MessageKey, string>>> = { en, 'zh-CN': zhCN };

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

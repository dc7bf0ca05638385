import { browser } from 'wxt/browser';
import { localeFromSetting, type Locale } from '../i18n';
import { getSettings } from '../settings';

/**
 * The background's UI locale (badge tooltip, notifications, the in-page prompt), decided by the
 * same function and the same setting as every extension page, so nothing speaks a different
 * language from the popup.
 */

/**
 * The browser's preferred languages as the worker sees them: `navigator.languages` is the same
 * list extension pages read; the browser's UI language stands in where a worker lacks it.
 */
export function workerLanguages(): readonly string[] {
  const languages = (globalThis as { navigator?: { languages?: readonly string[] } }).navigator
    ?.languages;
  return languages?.length ? languages : [browser.i18n.getUILanguage()];
}

/** The locale for everything the background shows now. */
export async function backgroundLocale(): Promise<Locale> {
  const { language } = await getSettings(browser.storage.local);
  return localeFromSetting(language, workerLanguages());
}

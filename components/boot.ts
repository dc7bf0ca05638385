import { browser } from 'wxt/browser';
import { localeFromSetting, type Locale } from '../lib/i18n';
import { getSettings } from '../lib/settings';
import type { PopupTarget } from './PopupApp';

/** The browser's preferred languages (used for the locale and to order phone numbers). */
export function browserLanguages(): readonly string[] {
  return navigator.languages.length ? navigator.languages : [navigator.language];
}

/** The UI locale: the language setting, or the browser's when it is `auto` or unreadable. */
export async function pageLocale(languages: readonly string[]): Promise<Locale> {
  const settings = await getSettings(browser.storage.local).catch(() => null);
  const locale = localeFromSetting(settings?.language ?? 'auto', languages);
  document.documentElement.lang = locale;
  return locale;
}

/**
 * The tab a help page is about: `?tabId=` when opened as a page (tests, the fallback window),
 * otherwise the active tab of the current window.
 */
export async function findTarget(search: string): Promise<PopupTarget> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const tabId = Number(param);
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { tabId, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, url: tab?.url };
}

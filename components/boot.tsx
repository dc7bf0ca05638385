import { render, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type Settings } from '../lib/client/settings';
import { localeFromSetting } from '../lib/i18n';
import { I18nProvider } from './i18n';

/** The browser's preferred languages (used for the locale and to order phone numbers). */
export function browserLanguages(): readonly string[] {
  return navigator.languages.length ? navigator.languages : [navigator.language];
}

type Language = Settings['language'];

/** The language setting, or `auto` when the settings cannot be read. */
async function languageSetting(): Promise<Language> {
  return (await loadSettings().catch(() => null))?.settings.language ?? 'auto';
}

/**
 * Provides the page's locale: the language setting (or the browser's languages when it is
 * `auto`), followed live, so a change on the options page reaches every open page at once.
 */
function Page({ initial, children }: { initial: Language; children: ComponentChildren }) {
  const [setting, setSetting] = useState(initial);
  useEffect(() => watchSettings(() => void languageSetting().then(setSetting)), []);
  const locale = localeFromSetting(setting, browserLanguages());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}

/**
 * Boots an extension page, the same way for every page: reads the language setting (together
 * with whatever the page needs first, passed as a promise) and renders `app` into `#app`.
 */
export async function mountPage(app: ComponentChildren | Promise<ComponentChildren>) {
  const [content, language] = await Promise.all([app, languageSetting()]);
  render(<Page initial={language}>{content}</Page>, document.getElementById('app')!);
}

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Locale, type Translate } from '../lib/i18n';

interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'en', t: createTranslator('en') });

/** Provides the UI locale to every component below it. */
export function I18nProvider({
  locale,
  children,
}: {
  locale: Locale;
  children: preact.ComponentChildren;
}) {
  return (
    <I18nContext.Provider value={{ locale, t: createTranslator(locale) }}>
      {children}
    </I18nContext.Provider>
  );
}

/** The current locale and its translate function. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browserLanguages, pageLocale } from '../../components/boot';
import { I18nProvider } from '../../components/i18n';
import { OptionsApp } from '../../components/OptionsApp';
import { localeFromSetting, type Locale } from '../../lib/i18n';
import '../../components/styles.css';

const languages = browserLanguages();

function Options({ initial }: { initial: Locale }) {
  const [locale, setLocale] = useState(initial);
  return (
    <I18nProvider locale={locale}>
      <OptionsApp
        onLanguage={(language) => {
          const next = localeFromSetting(language, languages);
          document.documentElement.lang = next;
          setLocale(next);
        }}
      />
    </I18nProvider>
  );
}

void pageLocale(languages).then((locale) => {
  render(<Options initial={locale} />, document.getElementById('app')!);
});

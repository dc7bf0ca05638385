import { render } from 'preact';
import { CasesApp } from '../../components/cases/CasesApp';
import { I18nProvider } from '../../components/i18n';
import { resolveLocale } from '../../lib/i18n';
import '../../components/styles.css';
import '../../components/cases/cases.css';

const languages = navigator.languages.length ? navigator.languages : [navigator.language];
const locale = resolveLocale(languages);
document.documentElement.lang = locale;

render(
  <I18nProvider locale={locale}>
    <CasesApp languages={languages} />
  </I18nProvider>,
  document.getElementById('app')!,
);

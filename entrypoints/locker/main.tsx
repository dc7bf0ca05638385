import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { LockerApp } from '../../components/evidence/LockerApp';
import { resolveLocale } from '../../lib/i18n';
import '../../components/styles.css';
import '../../components/evidence/evidence.css';

performance.mark('locker-start');
const languages = navigator.languages.length ? navigator.languages : [navigator.language];
const locale = resolveLocale(languages);
document.documentElement.lang = locale;

render(
  <I18nProvider locale={locale}>
    <LockerApp />
  </I18nProvider>,
  document.getElementById('app')!,
);

import { render } from 'preact';
import { browserLanguages, findTarget, pageLocale } from '../../components/boot';
import { I18nProvider } from '../../components/i18n';
import { PopupApp } from '../../components/PopupApp';
import '../../components/styles.css';

const languages = browserLanguages();

void Promise.all([findTarget(location.search), pageLocale(languages)]).then(([target, locale]) => {
  render(
    <I18nProvider locale={locale}>
      <PopupApp target={target} languages={languages} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});

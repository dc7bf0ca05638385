import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n';
import { PopupApp, type PopupTarget } from '../../components/PopupApp';
import { resolveLocale } from '../../lib/i18n';
import '../../components/styles.css';

/**
 * The tab the popup is about: `?tabId=` when opened as a page (tests, the side panel later),
 * otherwise the active tab of the current window.
 */
async function findTarget(): Promise<PopupTarget> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const tabId = Number(param);
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { tabId, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, url: tab?.url };
}

const languages = navigator.languages.length ? navigator.languages : [navigator.language];
const locale = resolveLocale(languages);
document.documentElement.lang = locale;

void findTarget().then((target) => {
  render(
    <I18nProvider locale={locale}>
      <PopupApp target={target} languages={languages} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { browserLanguages, findTarget, pageLocale } from '../../components/boot';
import { I18nProvider } from '../../components/i18n';
import type { PopupTarget } from '../../components/PopupApp';
import { SidePanel } from '../../components/SidePanel';
import '../../components/styles.css';

const languages = browserLanguages();
const fixed = new URLSearchParams(location.search).has('tabId');

/** The side panel stays open across tabs: it follows the active tab of its window. */
function FollowActiveTab({ initial }: { initial: PopupTarget }) {
  const [target, setTarget] = useState(initial);
  useEffect(() => {
    if (fixed) return;
    const refresh = () => void findTarget('').then(setTarget);
    const onUpdated = (tabId: number, change: { url?: string }) => {
      if (tabId === target.tabId && change.url !== undefined) refresh();
    };
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [target.tabId]);
  // `extra` is the slot for the call-log quick entry (`components/cases/QuickCallLog.tsx`,
  // `<QuickCallLog tabId={target.tabId} />`), shown under "Start a complaint case".
  return <SidePanel key={target.tabId ?? -1} target={target} languages={languages} extra={null} />;
}

void Promise.all([findTarget(location.search), pageLocale(languages)]).then(([target, locale]) => {
  render(
    <I18nProvider locale={locale}>
      <FollowActiveTab initial={target} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});

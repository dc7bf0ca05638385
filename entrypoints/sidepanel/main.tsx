import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { browserLanguages, findTarget, pageLocale } from '../../components/boot';
import { I18nProvider } from '../../components/i18n';
import type { PopupTarget } from '../../components/PopupApp';
import { SidePanel } from '../../components/SidePanel';
import { QuickCallLog } from '../../components/cases/QuickCallLog';
import '../../components/styles.css';
import '../../components/cases/cases.css';

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
  // The call-log quick entry, shown under "Start a complaint case": notes go straight into the
  // open case while the person is on the phone.
  return (
    <SidePanel
      key={target.tabId ?? -1}
      target={target}
      languages={languages}
      extra={<QuickCallLog tabId={target.tabId} />}
    />
  );
}

void Promise.all([findTarget(location.search), pageLocale(languages)]).then(([target, locale]) => {
  render(
    <I18nProvider locale={locale}>
      <FollowActiveTab initial={target} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});

import { useEffect, useState } from 'preact/hooks';
import { findTarget, watchActiveTab, type TabTarget } from '../lib/client/tabs';
import type { TabState } from '../lib/tab-state';
import { QuickCallLog } from './cases/QuickCallLog';
import { useI18n } from './i18n';
import { PopupApp } from './PopupApp';

/**
 * The side panel: the same help as the popup, kept open beside the page during a support call,
 * with the call-log quick entry under the complaint-case button (notes go straight into the
 * open case while the person is on the phone). It stays open across tabs, so unless it was
 * opened for one tab (`follow` false) it follows the active tab of its window.
 */
export function SidePanel({
  initial,
  initialTabState,
  follow,
  languages,
}: {
  initial: TabTarget;
  /** The first tab's stored detection, when the page read it before rendering. */
  initialTabState?: TabState | null;
  follow: boolean;
  languages: readonly string[];
}) {
  const { t } = useI18n();
  const [target, setTarget] = useState(initial);
  useEffect(() => {
    if (!follow) return;
    return watchActiveTab(target.tabId, () => void findTarget('').then(setTarget));
  }, [follow, target.tabId]);
  return (
    <PopupApp
      key={target.tabId ?? -1}
      target={target}
      initialTabState={target === initial ? initialTabState : undefined}
      languages={languages}
      variant="sidepanel"
      extra={
        <section class="card call-log-slot" aria-label={t('panel.callLog')}>
          <QuickCallLog tabId={target.tabId} />
        </section>
      }
    />
  );
}

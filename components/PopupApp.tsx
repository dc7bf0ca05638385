import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CONTACT_TIPS } from '../lib/checklists';
import { sendMessage } from '../lib/messages';
import { getProvider, PROVIDERS, providerForUrl, type Provider } from '../lib/providers';
import { parseTabState, tabStateKey, type TabState } from '../lib/tab-state';
import { CaptureSection } from './CaptureSection';
import { Checklist } from './Checklist';
import { ContactsCard } from './ContactsCard';
import { useI18n } from './i18n';
import { StateHeader } from './StateHeader';

/** The tab the popup is about, as found by the entry (query string or the active tab). */
export interface PopupTarget {
  tabId: number | null;
  /** The tab's URL when the browser lets us see it (wallet hosts, or after a toolbar click). */
  url: string | undefined;
}

/** Keeps the tab's detection current while the popup is open. */
function useTabState(tabId: number | null): TabState | null | undefined {
  const [tabState, setTabState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) {
      setTabState(null);
      return;
    }
    let live = true;
    sendMessage('tab-state/get', { tabId })
      .then((value) => live && setTabState(value))
      .catch(() => live && setTabState(null));
    const key = tabStateKey(tabId);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setTabState(parseTabState(changes[key]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [tabId]);
  return tabState;
}

function Unsupported() {
  const { t, locale } = useI18n();
  return (
    <section class="card">
      <h1 class="state-header__state">{t('popup.unsupported')}</h1>
      <p>{t('popup.unsupported.hint')}</p>
      <h2>{t('popup.supported')}</h2>
      <p class="muted providers-list">{PROVIDERS.map((p) => p.name[locale]).join(' · ')}</p>
    </section>
  );
}

/** Quick help for the active tab: state, checklist, official contacts, capture. */
export function PopupApp({
  target,
  languages,
}: {
  target: PopupTarget;
  languages: readonly string[];
}) {
  const { t } = useI18n();
  const tabState = useTabState(target.tabId);
  if (tabState === undefined) return <p class="muted">{t('popup.loading')}</p>;
  const provider: Provider | undefined =
    (tabState && getProvider(tabState.providerId)) ?? providerForUrl(target.url);
  return (
    <main class="popup" data-provider={provider?.id ?? ''} data-state={tabState?.state ?? 'none'}>
      {provider ? <StateHeader provider={provider} tabState={tabState} /> : <Unsupported />}
      {tabState?.state ? (
        <Checklist state={tabState.state} />
      ) : (
        provider && <p class="muted card">{t('popup.checklist.none')}</p>
      )}
      {provider && <ContactsCard provider={provider} languages={languages} />}
      {provider && (
        <section class="card tips" aria-labelledby="tips-title">
          <h2 id="tips-title">{t('tips.title')}</h2>
          <ul>
            {CONTACT_TIPS.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      )}
      <CaptureSection tabId={target.tabId} />
    </main>
  );
}

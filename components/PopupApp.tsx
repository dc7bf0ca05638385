import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CHECKLISTS, TICKABLE_TOPICS, TOPICS } from '../lib/checklists';
import { canOpenSidePanel, openOptions, openSidePanel } from '../lib/client/navigation';
import type { TabTarget } from '../lib/client/tabs';
import { getProvider, PROVIDERS, providerForUrl, type Provider } from '../lib/providers';
import type { TabState } from '../lib/tab-state';
import { CaptureSection } from './CaptureSection';
import { useTabState } from './data/tabs';
import { Checklist } from './Checklist';
import { ContactsCard } from './ContactsCard';
import { useI18n } from './i18n';
import { SilenceNotice } from './SilenceNotice';
import { StartCase, startCaseQuery } from './StartCase';
import { StateHeader } from './StateHeader';
import { TopicMenu, type Chosen } from './TopicMenu';

/** Performance mark set when the help first shows real content (not "Loading…"). */
export const FIRST_RENDER_MARK = 'wallet-assist:first-render';

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

/** What the help view shows: the detected problem, or what the person picked. */
function HelpBody({
  provider,
  tabState,
  chosen,
  tabId,
}: {
  provider: Provider | undefined;
  tabState: TabState | null;
  chosen: Chosen | null;
  tabId: number | null;
}) {
  const { t } = useI18n();
  if (chosen?.kind === 'topic') {
    return (
      <>
        <header class="state-header state-header--ok">
          <p class="state-header__provider">{t('panel.manual')}</p>
          <h1 class="state-header__state">{t(`topic.${chosen.topic}`)}</h1>
          <p class="state-header__lead">{t(`topic.${chosen.topic}.lead`)}</p>
        </header>
        <Checklist
          listId={`topic.${chosen.topic}`}
          steps={TOPICS[chosen.topic]}
          tabId={tabId}
          title={TICKABLE_TOPICS.has(chosen.topic) ? t('popup.checklist') : t('panel.menu.advice')}
          tickable={TICKABLE_TOPICS.has(chosen.topic)}
        />
      </>
    );
  }
  if (chosen?.kind === 'state') {
    return (
      <>
        <header class="state-header state-header--problem">
          <p class="state-header__provider">{t('panel.manual')}</p>
          <h1 class="state-header__state" data-state={chosen.state}>
            {t(`state.${chosen.state}`)}
          </h1>
          <p class="state-header__lead">{t(`state.${chosen.state}.lead`)}</p>
        </header>
        <Checklist listId={chosen.state} steps={CHECKLISTS[chosen.state]} tabId={tabId} />
      </>
    );
  }
  return (
    <>
      {provider ? <StateHeader provider={provider} tabState={tabState} /> : <Unsupported />}
      {tabState?.state ? (
        <Checklist listId={tabState.state} steps={CHECKLISTS[tabState.state]} tabId={tabId} />
      ) : (
        provider && <p class="muted card">{t('popup.checklist.none')}</p>
      )}
    </>
  );
}

/**
 * Help for one tab — state, checklist, official contacts, capture, complaint case — shared by
 * the popup and the side panel. `extra` is a slot the side panel fills with the call log.
 */
export function PopupApp({
  target,
  languages,
  variant = 'popup',
  extra,
}: {
  target: TabTarget;
  languages: readonly string[];
  variant?: 'popup' | 'sidepanel';
  extra?: ComponentChildren;
}) {
  const { t } = useI18n();
  const tabState = useTabState(target.tabId);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  useEffect(() => setChosen(null), [target.tabId]);
  const ready = tabState !== undefined;
  useEffect(() => {
    // The first render with real content, for `npm run bench` (popup first render).
    if (ready && performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) {
      performance.mark(FIRST_RENDER_MARK);
    }
  }, [ready]);
  if (tabState === undefined) return <p class="muted">{t('popup.loading')}</p>;
  const provider: Provider | undefined =
    (tabState && getProvider(tabState.providerId)) ?? providerForUrl(target.url);
  const problem = chosen?.kind === 'state' ? chosen.state : (tabState?.state ?? null);
  const caseQuery =
    chosen?.kind === 'state'
      ? startCaseQuery({ providerId: provider?.id ?? null, state: chosen.state })
      : tabState?.state && target.tabId !== null
        ? startCaseQuery({ tabId: target.tabId })
        : null;
  const canOpenPanel = variant === 'popup' && canOpenSidePanel();
  return (
    <main
      class={`popup popup--${variant}`}
      data-provider={provider?.id ?? ''}
      data-state={tabState?.state ?? 'none'}
      data-problem={problem ?? 'none'}
    >
      {provider && <SilenceNotice url={tabState?.url ?? target.url} />}
      <HelpBody provider={provider} tabState={tabState} chosen={chosen} tabId={target.tabId} />
      {provider && <ContactsCard provider={provider} languages={languages} />}
      {caseQuery && <StartCase query={caseQuery} />}
      {extra}
      {provider && (
        <section class="card tips" aria-labelledby="tips-title">
          <h2 id="tips-title">{t('tips.title')}</h2>
          <ul>
            {TOPICS.complainWell.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      )}
      <CaptureSection tabId={target.tabId} />
      <TopicMenu chosen={chosen} onChoose={setChosen} />
      <nav class="footer-links" aria-label={t('app.name')}>
        {canOpenPanel && (
          <button
            type="button"
            class="link-button"
            onClick={() => void openSidePanel(target.tabId).catch(() => undefined)}
          >
            {t('panel.openSidePanel')}
          </button>
        )}
        <button type="button" class="link-button" onClick={() => void openOptions()}>
          {t('panel.options')}
        </button>
      </nav>
    </main>
  );
}

import { useState } from 'preact/hooks';
import { CHECKLISTS, TICKABLE_TOPICS, TOPICS } from '../lib/checklists';
import { getProvider, PROVIDERS, type Provider } from '../lib/providers';
import { searchDirectory } from '../lib/providers/directory';
import { Checklist } from './Checklist';
import { ContactsCard } from './ContactsCard';
import { useI18n } from './i18n';
import { NumberCheck } from './NumberCheck';
import { ScamWarnings } from './ScamWarnings';
import { TopicMenu, type Chosen } from './TopicMenu';

/**
 * One wallet of the directory: its official contacts (in-app path, contact page, numbers for
 * the person's region first), its scam warnings and the checklists, for any tab.
 */
export function DirectoryEntry({
  provider,
  languages,
  tabId,
  onBack,
}: {
  provider: Provider;
  languages: readonly string[];
  tabId: number | null;
  onBack?: () => void;
}) {
  const { t, locale } = useI18n();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  return (
    <div class="directory-entry" data-directory-provider={provider.id}>
      <header class="state-header state-header--ok">
        <p class="state-header__provider">{t('directory.title')}</p>
        <h1 class="state-header__state">{provider.name[locale]}</h1>
        {provider.hosts.length === 0 && <p class="state-header__lead">{t('directory.appOnly')}</p>}
      </header>
      <ContactsCard provider={provider} languages={languages} />
      <ScamWarnings provider={provider} languages={languages} />
      {chosen?.kind === 'state' && (
        <Checklist listId={chosen.state} steps={CHECKLISTS[chosen.state]} tabId={tabId} />
      )}
      {chosen?.kind === 'topic' && (
        <Checklist
          listId={`topic.${chosen.topic}`}
          steps={TOPICS[chosen.topic]}
          tabId={tabId}
          title={t(`topic.${chosen.topic}`)}
          tickable={TICKABLE_TOPICS.has(chosen.topic)}
        />
      )}
      <TopicMenu chosen={chosen} onChoose={setChosen} title={t('directory.help')} />
      {onBack && (
        <button type="button" class="link-button directory__back" onClick={onBack}>
          {t('directory.back')}
        </button>
      )}
    </div>
  );
}

/**
 * The directory, on any tab: find a wallet by any of its names (English or Chinese, aliases
 * such as 支付宝, 云闪付, 银联) and open its official contacts; check a phone number. Every wallet
 * is listed, so each is two clicks away: the toolbar button, then its name.
 */
export function Directory({
  languages,
  tabId,
  initialNumber,
}: {
  languages: readonly string[];
  tabId: number | null;
  initialNumber?: string;
}) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const open = openId ? getProvider(openId) : undefined;
  if (open) {
    return (
      <DirectoryEntry
        provider={open}
        languages={languages}
        tabId={tabId}
        onBack={() => setOpenId(null)}
      />
    );
  }
  const all = [...PROVIDERS].sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  const found = query.trim() ? searchDirectory(query, PROVIDERS) : all;
  return (
    <>
      <section class="card directory" aria-labelledby="directory-title">
        <h2 id="directory-title">{t('directory.title')}</h2>
        <label for="directory-search" class="visually-hidden">
          {t('directory.search')}
        </label>
        <input
          id="directory-search"
          type="search"
          class="directory__search"
          placeholder={t('directory.search.placeholder')}
          aria-label={t('directory.search')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        {found.length === 0 ? (
          <p class="muted">{t('directory.none')}</p>
        ) : (
          <ul class="menu__list directory__list">
            {found.map((provider) => (
              <li key={provider.id}>
                <button
                  type="button"
                  class="menu__item"
                  data-provider={provider.id}
                  aria-label={t('directory.open', { provider: provider.name[locale] })}
                  onClick={() => setOpenId(provider.id)}
                >
                  {provider.name[locale]}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NumberCheck languages={languages} initial={initialNumber} />
    </>
  );
}

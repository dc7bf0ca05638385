import type { Provider } from '../lib/providers';
import type { TabState } from '../lib/tab-state';
import { useI18n } from './i18n';

/** The wallet and what is wrong on the page, with a one-line lead. */
export function StateHeader({
  provider,
  tabState,
}: {
  provider: Provider;
  tabState: TabState | null;
}) {
  const { t, locale } = useI18n();
  const state = tabState?.state ?? null;
  const detectedAt = state && tabState ? new Date(tabState.detectedAt) : null;
  return (
    <header class={`state-header ${state ? 'state-header--problem' : 'state-header--ok'}`}>
      <p class="state-header__provider">
        <span class="visually-hidden">
          {t('popup.provider')}
          {t('ui.colon')}
        </span>
        {provider.name[locale]}
      </p>
      <h1 class="state-header__state" data-state={state ?? 'none'}>
        {state ? t(`state.${state}`) : t('state.none')}
      </h1>
      <p class="state-header__lead">{state ? t(`state.${state}.lead`) : t('state.none.lead')}</p>
      {detectedAt && (
        <p class="state-header__time">
          {t('popup.detectedAt', {
            time: detectedAt.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }),
          })}
        </p>
      )}
    </header>
  );
}

import { warningCard } from '../lib/guard/card';
import type { GuardState } from '../lib/guard/state';
import type { Provider } from '../lib/providers';
import { regionFromLanguages } from '../lib/providers/contacts';
import { useI18n } from './i18n';

/**
 * The page guard's warning for this tab, in the popup and side panel: the same words as the card
 * on the page, above the wallet's official contacts.
 */
export function GuardNotice({
  state,
  provider,
  languages,
}: {
  state: GuardState;
  provider: Provider;
  languages: readonly string[];
}) {
  const { t, locale } = useI18n();
  const card = warningCard(state, provider, locale, regionFromLanguages(languages));
  return (
    <section class="card guard-notice" role="alert" data-guard-kind={state.kind}>
      <p class="guard-notice__label">{t('guard.popup')}</p>
      <h1 class="state-header__state">{card.title}</h1>
      <p>{card.seen}</p>
    </section>
  );
}

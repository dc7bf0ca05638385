import { openExtensionPage } from '../lib/client/navigation';
import type { StateId } from '../lib/states';
import { useI18n } from './i18n';

/**
 * The query that opens the cases page on a new complaint: from a tab whose problem was detected
 * (`start=<tabId>`), or from a problem the person picked (`start=new&provider=…&state=…`).
 */
export function startCaseQuery(
  from: { tabId: number } | { providerId: string | null; state: StateId },
): string {
  if ('tabId' in from) return `?start=${from.tabId}`;
  const params = new URLSearchParams({ start: 'new' });
  if (from.providerId) params.set('provider', from.providerId);
  params.set('state', from.state);
  return `?${params.toString()}`;
}

/** "Start a complaint case": opens the extension's cases page in a new tab. */
export function StartCase({ query }: { query: string }) {
  const { t } = useI18n();
  const open = () => void openExtensionPage(`/cases.html${query}`);
  return (
    <section class="card start-case">
      <button type="button" class="button start-case__button" data-query={query} onClick={open}>
        {t('panel.startCase')}
      </button>
      <p class="muted start-case__hint">{t('panel.startCase.hint')}</p>
    </section>
  );
}

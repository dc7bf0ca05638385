import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/client/messages';
import { openExtensionPage, type ExtensionPath } from '../../lib/client/navigation';
import { readTabStateOf } from '../../lib/client/tabs';
import type { CaseRecord } from '../../lib/cases/schema';
import { isAwaitingAnswer } from '../../lib/cases/status';
import { CaseProvider, caseChanger } from '../data/cases';
import { providerName } from '../../lib/providers';
import { useI18n } from '../i18n';
import { ContactForm } from './ContactForm';

/** The case a quick call log writes to: the wallet's newest case still awaiting an answer. */
export function pickCaseForProvider(
  records: readonly CaseRecord[],
  providerId: string,
): CaseRecord | null {
  return records.find((r) => r.providerId === providerId && isAwaitingAnswer(r.status)) ?? null;
}

/**
 * Quick call logging for the side panel, used during a support call: finds the open case of the
 * tab's wallet and logs the call to it, or offers to start a case from the tab's detection.
 */
export function QuickCallLog({ tabId }: { tabId: number | null }) {
  const { t, locale } = useI18n();
  const [providerId, setProviderId] = useState<string | null | undefined>(undefined);
  const [record, setRecord] = useState<CaseRecord | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      if (tabId === null) {
        if (live) setProviderId(null);
        return;
      }
      const tabState = await readTabStateOf(tabId).catch(() => null);
      const id = tabState?.providerId ?? null;
      const list = id ? await send('cases/list', {}).catch(() => null) : null;
      if (!live) return;
      setProviderId(id);
      setRecord(id && list ? pickCaseForProvider(list.records, id) : null);
    })();
    return () => {
      live = false;
    };
  }, [tabId]);

  const open = (path: ExtensionPath) => void openExtensionPage(path);

  if (providerId === undefined) return null;
  return (
    <section class="card quick-call-log" aria-labelledby="quick-call-log-title">
      <h2 id="quick-call-log-title">{t('cases.quick.title')}</h2>
      {record ? (
        <>
          <p>
            {t('cases.quick.for', {
              provider: providerName(record.providerId, locale),
              state: t(`state.${record.state}`),
            })}{' '}
            <button
              type="button"
              class="button"
              onClick={() => open(`/cases.html#case=${record.id}`)}
            >
              {t('cases.quick.openCase')}
            </button>
          </p>
          <CaseProvider value={{ record, change: caseChanger(record.id, setRecord) }}>
            <ContactForm compact />
          </CaseProvider>
        </>
      ) : (
        <>
          <p class="muted">{t('cases.quick.none')}</p>
          <button
            type="button"
            class="button button--primary"
            onClick={() =>
              open(
                tabId !== null && providerId
                  ? `/cases.html?start=${tabId}`
                  : '/cases.html?start=new',
              )
            }
          >
            {t('cases.quick.start')}
          </button>
        </>
      )}
    </section>
  );
}

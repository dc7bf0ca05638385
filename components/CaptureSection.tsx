import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaptureRecord } from '../lib/evidence/schema';
import { MessageError, sendMessage } from '../lib/messages';
import { getProvider } from '../lib/providers';
import { useI18n } from './i18n';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; record: CaptureRecord }
  | { kind: 'failed'; message: string };

/** The Capture button and the most recent saved evidence. */
export function CaptureSection({ tabId }: { tabId: number | null }) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [recent, setRecent] = useState<CaptureRecord[] | null>(null);

  const refresh = useCallback(() => {
    sendMessage('capture/list', { limit: 5 })
      .then(setRecent)
      .catch(() => setRecent([]));
  }, []);
  useEffect(refresh, [refresh]);

  const capture = async () => {
    if (tabId === null) return;
    setStatus({ kind: 'busy' });
    try {
      const record = await sendMessage('capture/visible', { tabId });
      setStatus({ kind: 'saved', record });
      refresh();
    } catch (error) {
      const message =
        error instanceof MessageError ? t(`error.${error.code}`) : t('error.internal');
      setStatus({ kind: 'failed', message });
    }
  };

  return (
    <section class="card capture" aria-labelledby="capture-title">
      <h2 id="capture-title" class="visually-hidden">
        {t('capture.button')}
      </h2>
      <button
        type="button"
        class="button button--primary capture__button"
        onClick={capture}
        disabled={tabId === null || status.kind === 'busy'}
      >
        {status.kind === 'busy' ? t('capture.busy') : t('capture.button')}
      </button>
      <p class="capture__status" role="status" aria-live="polite">
        {status.kind === 'saved' &&
          t('capture.saved', { hash: status.record.artifacts[0]?.sha256.slice(0, 12) ?? '' })}
        {status.kind === 'failed' && t('capture.failed', { error: status.message })}
      </p>
      <h3>{t('capture.recent')}</h3>
      {recent !== null && recent.length === 0 && <p class="muted">{t('capture.none')}</p>}
      {recent !== null && recent.length > 0 && (
        <ul class="captures">
          {recent.map((record) => (
            <li key={record.id} class="captures__item" data-id={record.id}>
              <time dateTime={record.capturedAt}>
                {new Date(record.capturedAtUtc).toLocaleString(locale)}
              </time>
              <span class="captures__what">
                {(record.providerId && getProvider(record.providerId)?.name[locale]) ??
                  record.title}
                {record.state ? ` · ${t(`state.${record.state}`)}` : ''}
              </span>
              <code class="captures__hash" title={record.artifacts[0]?.sha256}>
                {record.artifacts[0]?.sha256.slice(0, 16)}…
              </code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

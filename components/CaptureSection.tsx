import { useState } from 'preact/hooks';
import { evidence } from '../lib/client/evidence';
import { send } from '../lib/client/messages';
import { extensionUrl } from '../lib/client/navigation';
import type { CaptureReply } from '../lib/evidence/schema';
import { getProvider } from '../lib/providers';
import { useErrorText } from './data/errors';
import { usePendingSnapshots, useRecentCaptures } from './data/evidence';
import { useCaptureProgress } from './data/tabs';
import { useI18n } from './i18n';
import './evidence/evidence.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; fullPage: boolean }
  | { kind: 'saved'; record: CaptureReply }
  | { kind: 'kept' }
  | { kind: 'failed'; message: string };

/**
 * The capture buttons (visible area, whole page with progress), a moment-of-detection snapshot
 * waiting to be kept for this tab, the most recent saved evidence and a link to the locker.
 */
export function CaptureSection({ tabId }: { tabId: number | null }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const recentQuery = useRecentCaptures(5);
  const recent = recentQuery.error ? [] : (recentQuery.data ?? null);
  const pendingQuery = usePendingSnapshots(tabId);
  const pending = tabId === null ? [] : (pendingQuery.data ?? []);
  const progress = useCaptureProgress(tabId);

  const refresh = () => {
    recentQuery.reload();
    pendingQuery.reload();
  };
  const fail = (error: unknown) => setStatus({ kind: 'failed', message: errorText(error) });

  const capture = async (fullPage: boolean) => {
    if (tabId === null) return;
    setStatus({ kind: 'busy', fullPage });
    try {
      const record = await send(fullPage ? 'capture/full-page' : 'capture/visible', { tabId });
      setStatus({ kind: 'saved', record });
      refresh();
    } catch (error) {
      fail(error);
    }
  };

  const keep = async (id: string) => {
    try {
      await evidence.keep(id);
      setStatus({ kind: 'kept' });
      refresh();
    } catch (error) {
      fail(error);
    }
  };
  const discard = async (id: string) => {
    await evidence.discard(id).catch(fail);
    refresh();
  };

  const busy = status.kind === 'busy';
  return (
    <section class="card capture" aria-labelledby="capture-title">
      <h2 id="capture-title" class="visually-hidden">
        {t('capture.button')}
      </h2>
      <div class="capture__buttons">
        <button
          type="button"
          class="button button--primary capture__button"
          onClick={() => capture(false)}
          disabled={tabId === null || busy}
        >
          {busy && !status.fullPage ? t('capture.busy') : t('capture.button')}
        </button>
        <button
          type="button"
          class="button capture__full"
          onClick={() => capture(true)}
          disabled={tabId === null || busy}
        >
          {busy && status.fullPage ? t('capture.busy') : t('capture.fullPage')}
        </button>
      </div>
      {busy && status.fullPage && progress && (
        <div class="capture__progress">
          <progress max={progress.total} value={progress.done} aria-labelledby="capture-progress" />
          <span id="capture-progress">
            {t('capture.progress', { done: progress.done, total: progress.total })}
          </span>
        </div>
      )}
      <p class="capture__status" role="status" aria-live="polite">
        {status.kind === 'saved' &&
          t('capture.saved', { hash: status.record.artifacts[0]?.sha256.slice(0, 12) ?? '' })}
        {status.kind === 'saved' &&
          status.record.screenshotNeedsClick &&
          ` ${t('capture.needsClick')}`}
        {status.kind === 'saved' && status.record.fullPageCut && ` ${t('capture.fullPageCut')}`}
        {status.kind === 'saved' &&
          status.record.pendingDropped &&
          ` ${t('capture.pendingDropped', { count: status.record.pendingDropped })}`}
        {status.kind === 'kept' && t('capture.kept')}
        {status.kind === 'failed' && t('capture.failed', { error: status.message })}
      </p>
      {pending.map((snapshot) => (
        <div key={snapshot.id} class="capture__pending" data-id={snapshot.id}>
          <p>{t('capture.pending')}</p>
          <button type="button" class="button button--primary" onClick={() => keep(snapshot.id)}>
            {t('capture.keep')}
          </button>{' '}
          <button type="button" class="button" onClick={() => discard(snapshot.id)}>
            {t('capture.discard')}
          </button>
        </div>
      ))}
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
      <p>
        <a class="capture__locker" href={extensionUrl('/locker.html')} target="_blank">
          {t('capture.openLocker')}
        </a>
      </p>
    </section>
  );
}

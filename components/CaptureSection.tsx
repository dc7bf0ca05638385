import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openEvidenceDb } from '../lib/evidence/db';
import {
  captureProgressKey,
  CaptureProgressSchema,
  type CaptureProgress,
} from '../lib/evidence/progress';
import type { CaptureRecord, CaptureReply, PendingSnapshot } from '../lib/evidence/schema';
import { discardPending, keepPending, listPending } from '../lib/evidence/store';
import { MessageError, sendMessage } from '../lib/messages';
import { getProvider } from '../lib/providers';
import { useI18n } from './i18n';
import './evidence/evidence.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; fullPage: boolean }
  | { kind: 'saved'; record: CaptureReply }
  | { kind: 'kept' }
  | { kind: 'failed'; message: string };

/** Follows a tab's full-page capture progress in `storage.session`. */
function useCaptureProgress(tabId: number | null): CaptureProgress | null {
  const [progress, setProgress] = useState<CaptureProgress | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    const key = captureProgressKey(tabId);
    const apply = (value: unknown) => {
      const parsed = CaptureProgressSchema.safeParse(value);
      setProgress(parsed.success ? parsed.data : null);
    };
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) apply(changes[key]?.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    void browser.storage.session.get(key).then((stored) => apply(stored[key]));
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tabId]);
  return progress;
}

/**
 * The capture buttons (visible area, whole page with progress), a moment-of-detection snapshot
 * waiting to be kept for this tab, the most recent saved evidence and a link to the locker.
 */
export function CaptureSection({ tabId }: { tabId: number | null }) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [recent, setRecent] = useState<CaptureRecord[] | null>(null);
  const [pending, setPending] = useState<PendingSnapshot[]>([]);
  const progress = useCaptureProgress(tabId);

  const refresh = useCallback(() => {
    sendMessage('capture/list', { limit: 5 })
      .then(setRecent)
      .catch(() => setRecent([]));
    if (tabId === null) return;
    openEvidenceDb()
      .then((db) => listPending(db, new Date()))
      .then((all) => setPending(all.filter((p) => p.tabId === tabId)))
      .catch(() => setPending([]));
  }, [tabId]);
  useEffect(refresh, [refresh]);

  const fail = (error: unknown) => {
    const message = error instanceof MessageError ? t(`error.${error.code}`) : t('error.internal');
    setStatus({ kind: 'failed', message });
  };

  const capture = async (fullPage: boolean) => {
    if (tabId === null) return;
    setStatus({ kind: 'busy', fullPage });
    try {
      const record = fullPage
        ? await sendMessage('capture/full-page', { tabId })
        : await sendMessage('capture/visible', { tabId });
      setStatus({ kind: 'saved', record });
      refresh();
    } catch (error) {
      fail(error);
    }
  };

  const keep = async (id: string) => {
    try {
      await keepPending(await openEvidenceDb(), id);
      setStatus({ kind: 'kept' });
      refresh();
    } catch (error) {
      fail(error);
    }
  };
  const discard = async (id: string) => {
    await discardPending(await openEvidenceDb(), id).catch(fail);
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
        <a class="capture__locker" href={browser.runtime.getURL('/locker.html')} target="_blank">
          {t('capture.openLocker')}
        </a>
      </p>
    </section>
  );
}

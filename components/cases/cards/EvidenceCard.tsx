import { formatCaseTime } from '../../../lib/cases/describe';
import type { CaptureRecord } from '../../../lib/evidence/schema';
import { useCaseHandle } from '../../data/cases';
import { useAction } from '../../data/errors';
import { useRecentCaptures } from '../../data/evidence';
import { useI18n } from '../../i18n';

/** Evidence linked to the case, and the latest saved evidence to link. */
export function EvidenceCard() {
  const { t, locale } = useI18n();
  const { record, change } = useCaseHandle();
  const { run, error } = useAction();
  const captures = useRecentCaptures(20).data ?? [];
  const linked = new Set(record.evidence.map((e) => e.sha256));
  // A capture can hold several files (screenshot, page snapshot…): link each by its hash. A file
  // added from outside the browser carries what it is and when it happened, for the timeline.
  const link = (capture: CaptureRecord) =>
    run(async () => {
      for (const artifact of capture.artifacts) {
        await change('cases/link-evidence', {
          link: {
            captureId: capture.id,
            sha256: artifact.sha256,
            capturedAt: capture.capturedAt,
            mimeType: artifact.mimeType,
            ...(capture.file
              ? {
                  file: {
                    label: (capture.file.description || capture.file.fileName).slice(0, 500),
                    occurredAt: capture.file.occurredAt,
                  },
                }
              : {}),
          },
        });
      }
    });
  const unlink = (sha256: string) => run(() => change('cases/unlink-evidence', { sha256 }));
  const available = captures.filter((c) => c.artifacts[0] && !linked.has(c.artifacts[0].sha256));
  return (
    <section class="card" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('cases.evidence')}</h2>
      {record.evidence.length === 0 && <p class="muted">{t('cases.evidence.none')}</p>}
      <ul class="evidence-list">
        {record.evidence.map((e) => (
          <li key={e.sha256} data-sha256={e.sha256}>
            {formatCaseTime(e.capturedAt, undefined, locale)}
            {e.file ? ` · ${e.file.label}` : ''} <code>{e.sha256}</code>{' '}
            <button type="button" class="button" onClick={() => void unlink(e.sha256)}>
              {t('cases.evidence.unlink')}
            </button>
          </li>
        ))}
      </ul>
      {available.length > 0 && (
        <>
          <h3>{t('cases.evidence.available')}</h3>
          <ul class="evidence-list evidence-list--available">
            {available.map((c) => (
              <li key={c.id} data-capture-id={c.id}>
                {formatCaseTime(c.capturedAt, undefined, locale)}
                {c.file ? ` · ${c.file.description || c.file.fileName}` : ''}{' '}
                <code>{c.artifacts[0]!.sha256.slice(0, 16)}…</code>{' '}
                <button type="button" class="button" onClick={() => void link(c)}>
                  {t('cases.evidence.link')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

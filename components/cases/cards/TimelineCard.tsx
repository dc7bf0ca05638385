import { formatCaseTime } from '../../../lib/cases/describe';
import { caseTimeline } from '../../../lib/cases/timeline';
import { useCaseHandle } from '../../data/cases';
import { useI18n } from '../../i18n';

/** Everything that happened to the case, in order, with the files added as evidence. */
export function TimelineCard() {
  const { t, locale } = useI18n();
  const { record } = useCaseHandle();
  return (
    <section class="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('cases.timeline')}</h2>
      <ol class="timeline">
        {caseTimeline(record).map((item, i) =>
          item.type === 'file' ? (
            <li key={i} data-kind="file" data-sha256={item.sha256}>
              <time dateTime={item.at}>{formatCaseTime(item.at, undefined, locale)}</time>{' '}
              {t('cases.timeline.file', { label: item.label })}
            </li>
          ) : (
            <li key={i} data-kind={item.kind}>
              <time dateTime={item.at}>{formatCaseTime(item.at, undefined, locale)}</time>{' '}
              {t(`cases.timeline.${item.kind}`)}
              {item.status ? ` — ${t(`cases.status.${item.status}`)}` : ''}
            </li>
          ),
        )}
      </ol>
    </section>
  );
}

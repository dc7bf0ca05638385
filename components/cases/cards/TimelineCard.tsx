import { formatCaseTime } from '../../../lib/cases/describe';
import { useCaseHandle } from '../../data/cases';
import { useI18n } from '../../i18n';

/** Everything that happened to the case, in order. */
export function TimelineCard() {
  const { t, locale } = useI18n();
  const { record } = useCaseHandle();
  return (
    <section class="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('cases.timeline')}</h2>
      <ol class="timeline">
        {record.timeline.map((event, i) => (
          <li key={i} data-kind={event.kind}>
            <time dateTime={event.at}>{formatCaseTime(event.at, undefined, locale)}</time>{' '}
            {t(`cases.timeline.${event.kind}`)}
            {event.status ? ` — ${t(`cases.status.${event.status}`)}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

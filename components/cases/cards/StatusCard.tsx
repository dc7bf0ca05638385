import { caseClocks } from '../../../lib/cases/case-clocks';
import type { CaseRecord, CaseStatus } from '../../../lib/cases/schema';
import { canTransition } from '../../../lib/cases/status';
import { providerName } from '../../../lib/providers';
import { useCaseHandle } from '../../data/cases';
import { useAction } from '../../data/errors';
import { useI18n } from '../../i18n';
import { deviceTimeZone } from '../device';

/** The case's wallet, problem and status, the moves that need no details, and the clocks. */
export function StatusCard() {
  const { t, locale } = useI18n();
  const { record, change } = useCaseHandle();
  const { run, error } = useAction();
  // Resolved/rejected go through the outcome form and escalated through the escalation card,
  // so those moves carry their details.
  const simple: CaseStatus[] = ['waiting_for_provider', 'closed'];
  const move = (to: CaseStatus) => run(() => change('cases/transition', { to }));
  return (
    <section class="card state-header state-header--problem">
      <h1>
        {providerName(record.providerId, locale)} — {t(`state.${record.state}`)}
      </h1>
      <p>
        {t('cases.status')}
        {t('ui.colon')}
        <strong class="case-status" data-status={record.status}>
          {t(`cases.status.${record.status}`)}
        </strong>
      </p>
      <div class="button-row">
        {simple
          .filter((to) => canTransition(record.status, to))
          .map((to) => (
            <button key={to} type="button" class="button" onClick={() => void move(to)}>
              {t('cases.move', { status: t(`cases.status.${to}`) })}
            </button>
          ))}
      </div>
      <ClockSummary record={record} />
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

/**
 * The clocks that matter now, at the top of the case: a provider whose time is up (so the person
 * may escalate) and the person's own deadlines that are running.
 */
function ClockSummary({ record }: { record: CaseRecord }) {
  const { t, locale } = useI18n();
  const clocks = caseClocks(record, new Date(), deviceTimeZone()).filter(
    ({ clock, position }) =>
      position !== null && (clock.owner === 'you' ? !position.passed : position.passed),
  );
  if (clocks.length === 0) return null;
  return (
    <ul class="clock-summary">
      {clocks.map(({ channel, clock, position }) => (
        <li key={`${channel.id}/${clock.id}`} data-clock={clock.id}>
          {clock.owner === 'you'
            ? `${t('cases.clock.owner.you')}${t('ui.colon')}${clock.label[locale]} — ${position!.due}`
            : clock.whenPassed[locale]}
        </li>
      ))}
    </ul>
  );
}

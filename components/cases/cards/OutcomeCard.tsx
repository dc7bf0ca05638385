import { formatCaseTime } from '../../../lib/cases/describe';
import { canTransition } from '../../../lib/cases/status';
import { fromLocalInput, toLocalInput } from '../../../lib/cases/time-input';
import { toOffsetIso } from '../../../lib/evidence/time';
import { useCaseHandle } from '../../data/cases';
import { useAction } from '../../data/errors';
import { useI18n } from '../../i18n';
import { Pair } from '../parts';

/** How the provider answered: resolved (with any refund) or rejected (with its reason). */
export function OutcomeCard() {
  const { t, locale } = useI18n();
  const { record, change } = useCaseHandle();
  const { run, error } = useAction();
  const o = record.outcome;
  const canRecord = canTransition(record.status, 'resolved');
  const save = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const satisfaction = Number(text('satisfaction'));
    await run(() =>
      change('cases/set-outcome', {
        outcome: {
          result: text('result') === 'rejected' ? 'rejected' : 'resolved',
          at: fromLocalInput(text('at')) ?? toOffsetIso(new Date()),
          ...(text('refundedAmount') ? { refundedAmount: text('refundedAmount') } : {}),
          ...(text('rejectionReason') ? { rejectionReason: text('rejectionReason') } : {}),
          ...(satisfaction >= 1 && satisfaction <= 5 ? { satisfaction } : {}),
          ...(text('notes') ? { notes: text('notes') } : {}),
        },
      }),
    );
  };
  return (
    <section class="card" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('cases.outcome')}</h2>
      {o && (
        <dl class="outcome">
          <Pair label={t('cases.outcome.result')} value={t(`cases.status.${o.result}`)} />
          <Pair label={t('cases.contact.at')} value={formatCaseTime(o.at, undefined, locale)} />
          {o.refundedAmount && (
            <Pair label={t('cases.outcome.refunded')} value={o.refundedAmount} />
          )}
          {o.rejectionReason && (
            <Pair label={t('cases.outcome.reason')} value={o.rejectionReason} />
          )}
          {o.satisfaction !== undefined && (
            <Pair label={t('cases.outcome.satisfaction')} value={`${o.satisfaction}/5`} />
          )}
          {o.notes && <Pair label={t('cases.outcome.notes')} value={o.notes} />}
        </dl>
      )}
      {canRecord && (
        <form
          class="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void save(e.currentTarget);
          }}
        >
          <label>
            {t('cases.outcome.result')}
            <select name="result">
              <option value="resolved">{t('cases.status.resolved')}</option>
              <option value="rejected">{t('cases.status.rejected')}</option>
            </select>
          </label>
          <label>
            {t('cases.contact.at')}
            <input
              type="datetime-local"
              name="at"
              defaultValue={toLocalInput(toOffsetIso(new Date()))}
            />
          </label>
          <label>
            {t('cases.outcome.refunded')}
            <input name="refundedAmount" inputMode="decimal" maxLength={20} />
          </label>
          <label>
            {t('cases.outcome.satisfaction')}
            <select name="satisfaction">
              <option value="">—</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label class="form-grid__wide">
            {t('cases.outcome.reason')}
            <textarea name="rejectionReason" rows={2} maxLength={2000} />
          </label>
          <label class="form-grid__wide">
            {t('cases.outcome.notes')}
            <textarea name="notes" rows={2} maxLength={2000} />
          </label>
          <button type="submit" class="button button--primary">
            {t('cases.outcome.record')}
          </button>
          <p role="status" class="form-status">
            {error}
          </p>
        </form>
      )}
    </section>
  );
}

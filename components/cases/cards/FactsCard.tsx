import { useState } from 'preact/hooks';
import { ESCALATION_REGIONS } from '../../../lib/cases/escalation';
import type { CaseFacts } from '../../../lib/cases/schema';
import { fromLocalInput, toLocalInput } from '../../../lib/cases/time-input';
import { regionName } from '../../../lib/i18n';
import { getProvider } from '../../../lib/providers';
import { useCaseHandle } from '../../data/cases';
import { useAction } from '../../data/errors';
import { useI18n } from '../../i18n';

const FACT_FIELDS = [
  ['merchant', 'cases.field.merchant', 120],
  ['amount', 'cases.field.amount', 20],
  ['currency', 'cases.field.currency', 3],
  ['amountText', 'cases.field.amountText', 80],
  ['transactionId', 'cases.field.transactionId', 80],
  ['errorCode', 'cases.field.errorCode', 60],
  ['pageTime', 'cases.field.pageTime', 80],
  ['device', 'cases.field.device', 200],
  ['browser', 'cases.field.browser', 200],
  ['timeZone', 'cases.field.timeZone', 64],
  ['url', 'cases.field.url', 2048],
] as const;

const LONG_FIELDS = [
  ['summary', 'cases.field.summary', 2000],
  ['tried', 'cases.field.tried', 2000],
  ['requested', 'cases.field.requested', 1000],
] as const;

/** The facts of the case (prefilled from the page, checked by the person) and the region. */
export function FactsCard() {
  const { t, locale } = useI18n();
  const { record, change } = useCaseHandle();
  const { run, error } = useAction();
  const [saved, setSaved] = useState(false);
  const unconfirmed = new Set<string>(record.unconfirmed ?? []);
  const regions = [
    ...new Set([...(getProvider(record.providerId)?.regions ?? []), ...ESCALATION_REGIONS]),
  ];
  const save = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const facts: Record<string, string> = {};
    for (const [name] of [...FACT_FIELDS, ...LONG_FIELDS]) {
      const value = String(data.get(name) ?? '').trim();
      if (value) facts[name] = value;
    }
    const occurredAt = fromLocalInput(String(data.get('occurredAt') ?? ''));
    // Keep the stored offset when the wall-clock time was not changed.
    if (occurredAt) {
      facts.occurredAt =
        toLocalInput(record.facts.occurredAt) === toLocalInput(occurredAt) &&
        record.facts.occurredAt
          ? record.facts.occurredAt
          : occurredAt;
    }
    const region = String(data.get('region') ?? '');
    setSaved(false);
    const updated = await run(() =>
      change('cases/update-facts', { facts: facts as CaseFacts, ...(region ? { region } : {}) }),
    );
    setSaved(updated !== undefined);
  };
  return (
    <section class="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('cases.facts')}</h2>
      <p class="muted">{t('cases.facts.hint')}</p>
      {unconfirmed.size > 0 && (
        <p class="facts-unconfirmed" role="note">
          {t('cases.facts.unconfirmed')}
        </p>
      )}
      <form
        class="form-grid facts-form"
        // Re-read the stored facts only when they changed, so logging a call meanwhile does not
        // wipe edits that are not saved yet.
        key={record.timeline.filter((e) => e.kind === 'facts').length}
        onSubmit={(e) => {
          e.preventDefault();
          void save(e.currentTarget);
        }}
      >
        <label>
          {t('cases.field.occurredAt')}
          <input
            type="datetime-local"
            name="occurredAt"
            defaultValue={toLocalInput(record.facts.occurredAt)}
          />
        </label>
        {FACT_FIELDS.map(([name, label, max]) => (
          <label key={name} data-unconfirmed={unconfirmed.has(name) ? '' : undefined}>
            {t(label)}
            {unconfirmed.has(name) && (
              <span class="fact-unconfirmed"> ({t('cases.field.unconfirmed')})</span>
            )}
            <input name={name} maxLength={max} defaultValue={record.facts[name] ?? ''} />
          </label>
        ))}
        {LONG_FIELDS.map(([name, label, max]) => (
          <label key={name} class="form-grid__wide">
            {t(label)}
            <textarea
              name={name}
              rows={2}
              maxLength={max}
              defaultValue={record.facts[name] ?? ''}
            />
          </label>
        ))}
        <label>
          {t('cases.region')}
          <select name="region">
            <option value="" selected={!record.region}>
              —
            </option>
            {regions.map((r) => (
              <option key={r} value={r} selected={r === record.region}>
                {regionName(locale, r)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="button button--primary">
          {unconfirmed.size > 0 ? t('cases.facts.confirm') : t('cases.save')}
        </button>
        <p role="status" class="form-status">
          {error ?? (saved ? t('cases.saved') : null)}
        </p>
      </form>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { CONTACT_CHANNELS, type ContactChannel } from '../../lib/cases/schema';
import { fromLocalInput, toLocalInput } from '../../lib/cases/time-input';
import { toOffsetIso } from '../../lib/evidence/time';
import { useI18n } from '../i18n';
import { useCaseHandle } from '../data/cases';
import { useAction } from '../data/errors';

/**
 * Logs one call, chat or message to the case in context: channel, time, duration, the agent's
 * name and employee id, the reference number, what was said and what was promised by when.
 * `compact` drops the less urgent fields for the side panel, where it is filled in during the
 * call.
 */
export function ContactForm({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  const { change } = useCaseHandle();
  const { run, error } = useAction();
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [at, setAt] = useState(() => toLocalInput(toOffsetIso(new Date())));
  const [status, setStatus] = useState<string | null>(null);

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => {
      const value = String(data.get(name) ?? '').trim();
      return value ? value : undefined;
    };
    const duration = text('durationMinutes');
    const entry = {
      channel,
      at: fromLocalInput(at) ?? toOffsetIso(new Date()),
      ...(duration && /^\d+$/.test(duration) ? { durationMinutes: Number(duration) } : {}),
      ...optional('agentName', text('agentName')),
      ...optional('employeeId', text('employeeId')),
      ...optional('reference', text('reference')),
      ...optional('said', text('said')),
      ...optional('promised', text('promised')),
      ...optional('promisedBy', text('promisedBy')),
    };
    setStatus(null);
    if (!(await run(() => change('cases/add-contact', { entry })))) return;
    form.reset();
    setAt(toLocalInput(toOffsetIso(new Date())));
    setStatus(t(compact ? 'cases.quick.saved' : 'cases.saved'));
  };

  return (
    <form
      class={`form-grid contact-form${compact ? ' contact-form--compact' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
    >
      <label>
        {t('cases.contact.channel')}
        <select
          name="channel"
          value={channel}
          onChange={(e) => {
            const value = e.currentTarget.value as ContactChannel;
            if (CONTACT_CHANNELS.includes(value)) setChannel(value);
          }}
        >
          {CONTACT_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`cases.channel.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {!compact && (
        <label>
          {t('cases.contact.at')}
          <input
            type="datetime-local"
            name="at"
            value={at}
            onInput={(e) => setAt(e.currentTarget.value)}
          />
        </label>
      )}
      {!compact && (
        <label>
          {t('cases.contact.duration')}
          <input type="number" name="durationMinutes" min={0} max={1440} />
        </label>
      )}
      <label>
        {t('cases.contact.agentName')}
        <input name="agentName" maxLength={120} autoComplete="off" />
      </label>
      <label>
        {t('cases.contact.employeeId')}
        <input name="employeeId" maxLength={60} autoComplete="off" />
      </label>
      <label>
        {t('cases.contact.reference')}
        <input name="reference" maxLength={120} autoComplete="off" />
      </label>
      <label class="form-grid__wide">
        {t('cases.contact.said')}
        <textarea name="said" rows={compact ? 2 : 3} maxLength={4000} />
      </label>
      <label class="form-grid__wide">
        {t('cases.contact.promised')}
        <input name="promised" maxLength={2000} autoComplete="off" />
      </label>
      <label>
        {t('cases.contact.promisedBy')}
        <input type="date" name="promisedBy" />
      </label>
      <button type="submit" class="button button--primary">
        {compact ? t('cases.quick.save') : t('cases.contact.add')}
      </button>
      <p role="status" class="form-status">
        {error ?? status}
      </p>
    </form>
  );
}

function optional<K extends string>(key: K, value: string | undefined) {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

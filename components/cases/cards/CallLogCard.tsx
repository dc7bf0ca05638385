import { formatCaseTime } from '../../../lib/cases/describe';
import { useCaseHandle } from '../../data/cases';
import { useI18n } from '../../i18n';
import { ContactForm } from '../ContactForm';
import { Pair } from '../parts';

/** Calls, chats and messages with the provider, and the form to log one. */
export function CallLogCard() {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('cases.contacts')}</h2>
      <ContactList />
      <ContactForm />
    </section>
  );
}

function ContactList() {
  const { t, locale } = useI18n();
  const { record } = useCaseHandle();
  if (record.contacts.length === 0) return <p class="muted">{t('cases.contacts.none')}</p>;
  return (
    <ul class="contact-list">
      {record.contacts.map((c) => (
        <li key={c.id} data-contact-id={c.id}>
          <strong>
            {formatCaseTime(c.at, undefined, locale)} · {t(`cases.channel.${c.channel}`)}
            {c.durationMinutes !== undefined
              ? ` · ${t('cases.contact.minutes', { count: c.durationMinutes })}`
              : ''}
          </strong>
          <dl>
            {c.agentName && <Pair label={t('cases.contact.agentName')} value={c.agentName} />}
            {c.employeeId && <Pair label={t('cases.contact.employeeId')} value={c.employeeId} />}
            {c.reference && <Pair label={t('cases.contact.reference')} value={c.reference} />}
            {c.said && <Pair label={t('cases.contact.said')} value={c.said} />}
            {c.promised && <Pair label={t('cases.contact.promised')} value={c.promised} />}
            {c.promisedBy && <Pair label={t('cases.contact.promisedBy')} value={c.promisedBy} />}
          </dl>
        </li>
      ))}
    </ul>
  );
}

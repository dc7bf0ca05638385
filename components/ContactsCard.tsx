import { useState } from 'preact/hooks';
import {
  callbackPhones,
  dialablePhones,
  regionFromLanguages,
  telUri,
} from '../lib/providers/contacts';
import type { Provider } from '../lib/providers';
import type { Phone } from '../lib/providers/schema';
import { useI18n } from './i18n';

/** Where a number comes from: a link to the official page, or the citation when there is none. */
function Source({ source }: { source: Phone['source'] }) {
  const { t } = useI18n();
  if (source.url) {
    return (
      <a class="source" href={source.url} target="_blank" rel="noopener noreferrer">
        {t('contacts.source')}
      </a>
    );
  }
  return (
    <span class="source source--citation">
      {t('contacts.source')}
      {t('ui.colon')}
      {source.citation}
    </span>
  );
}

/** Copies a number to the clipboard, saying so for a moment. */
function CopyButton({ number }: { number: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard
      .writeText(number)
      .then(() => {
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      })
      .catch(() => setCopied(false));
  };
  return (
    <button
      type="button"
      class="button button--small phone__copy"
      onClick={copy}
      aria-label={t('contacts.copyNumber', { number })}
    >
      {copied ? t('contacts.copied') : t('contacts.copy')}
    </button>
  );
}

function PhoneRow({ phone }: { phone: Phone }) {
  const { t, locale } = useI18n();
  return (
    <li class="phone" data-confidence={phone.confidence}>
      <span class="phone__line">
        <a
          class="phone__number"
          href={telUri(phone.number)}
          aria-label={t('contacts.call', { number: phone.number })}
        >
          {phone.number}
        </a>
        <CopyButton number={phone.number} />
      </span>
      <span class="phone__region">{phone.region[locale]}</span>
      <span class="phone__purpose">{phone.purpose[locale]}</span>
      {phone.hours && (
        <span class="phone__hours">
          {t('contacts.hours')}
          {t('ui.colon')}
          {phone.hours[locale]}
        </span>
      )}
      <span class="phone__meta">
        {t(`contacts.confidence.${phone.confidence}`)} · <Source source={phone.source} />
      </span>
    </li>
  );
}

/**
 * The provider's official contacts, from the registry only: nothing on the page can change what
 * is shown here.
 */
export function ContactsCard({
  provider,
  languages,
}: {
  provider: Provider;
  languages: readonly string[];
}) {
  const { t, locale } = useI18n();
  const { contacts } = provider;
  const region = regionFromLanguages(languages);
  const phones = dialablePhones(contacts.phones, region);
  const callbacks = callbackPhones(contacts.phones);
  return (
    <section class="card contacts" aria-labelledby="contacts-title" data-provider={provider.id}>
      <h2 id="contacts-title">{t('contacts.title')}</h2>
      <h3 class="contacts__step">{t('contacts.order')}</h3>
      {contacts.inApp && (
        <p class="contacts__inapp">
          <strong>
            {t('contacts.inApp')}
            {t('ui.colon')}
          </strong>
          {contacts.inApp[locale]}
        </p>
      )}
      <a
        class="button button--primary contacts__open"
        href={contacts.contactPage.url}
        target="_blank"
        rel="noopener noreferrer"
      >
        {contacts.contactPage.label?.[locale] ?? t('contacts.openContactPage')}
      </a>
      <ul class="contacts__links">
        {contacts.helpCentre && contacts.helpCentre.url !== contacts.contactPage.url && (
          <li>
            <a href={contacts.helpCentre.url} target="_blank" rel="noopener noreferrer">
              {t('contacts.helpCentre')}
            </a>
          </li>
        )}
        {contacts.complaintPages.map((page) => (
          <li key={page.url}>
            <a href={page.url} target="_blank" rel="noopener noreferrer">
              {page.label?.[locale] ?? t('contacts.complaints')}
            </a>
          </li>
        ))}
      </ul>
      {phones.length > 0 && (
        <>
          <h3 class="contacts__step">
            {t('contacts.phones')} — {t('contacts.order.phone')}
          </h3>
          <ul class="phones">
            {phones.map((phone) => (
              <PhoneRow key={phone.number} phone={phone} />
            ))}
          </ul>
        </>
      )}
      {callbacks.length > 0 && (
        <p class="contacts__callbacks">
          {t('contacts.callbackOnly')}
          {t('ui.colon')}
          {callbacks.map((p) => p.number).join(', ')}
        </p>
      )}
      {contacts.emails.length > 0 && (
        <ul class="contacts__emails">
          {contacts.emails.map((email) => (
            <li key={email.address}>
              {t('contacts.email')}
              {t('ui.colon')}
              <a href={`mailto:${email.address}`}>{email.address}</a> — {email.purpose[locale]}{' '}
              <Source source={email.source} />
            </li>
          ))}
        </ul>
      )}
      {contacts.note && <p class="contacts__note">{contacts.note[locale]}</p>}
      {provider.safetyFacts.length > 0 && (
        <div class="contacts__safety">
          <h3>{t('contacts.neverAsk', { provider: provider.name[locale] })}</h3>
          <ul>
            {provider.safetyFacts.map((fact) => (
              <li key={fact.text.en}>{fact.text[locale]}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="contacts__warning" role="note">
        {t('contacts.warning')}
      </p>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { describeCase, type DescriptionForm } from '../../../lib/cases/describe';
import { LANGUAGE_NAMES, LOCALES, type Locale } from '../../../lib/i18n';
import { providerName } from '../../../lib/providers';
import { useCaseHandle } from '../../data/cases';
import { useI18n } from '../../i18n';
import { CopyButton } from '../parts';

/** The prefilled description, written or as a phone script, in any of the UI languages. */
export function DescriptionCard() {
  const { t, locale } = useI18n();
  const { record } = useCaseHandle();
  const [language, setLanguage] = useState<Locale>(locale);
  const [form, setForm] = useState<DescriptionForm>('written');
  const text = describeCase(record, {
    locale: language,
    form,
    providerName: providerName(record.providerId, language),
  });
  return (
    <section class="card" aria-labelledby="description-title">
      <h2 id="description-title">{t('cases.description')}</h2>
      <div class="button-row">
        <label>
          {t('cases.description.language')}{' '}
          <select
            name="description-language"
            value={language}
            onChange={(e) => {
              const value = e.currentTarget.value as Locale;
              if (LOCALES.includes(value)) setLanguage(value);
            }}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.description.form')}{' '}
          <select
            name="description-form"
            value={form}
            onChange={(e) => setForm(e.currentTarget.value === 'phone' ? 'phone' : 'written')}
          >
            <option value="written">{t('cases.description.written')}</option>
            <option value="phone">{t('cases.description.phone')}</option>
          </select>
        </label>
        <CopyButton text={text} />
      </div>
      <textarea
        class="description"
        readOnly
        rows={16}
        value={text}
        aria-label={t('cases.description')}
      />
    </section>
  );
}

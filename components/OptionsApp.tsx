import { extensionUrl } from '../lib/client/navigation';
import { PROVIDERS } from '../lib/providers';
import { useSettingsEditor } from './data/settings';
import { useI18n } from './i18n';
import { KeepMomentChoice, LanguageChoice } from './settings/choices';
import { SettingsNotice } from './SettingsNotice';

/**
 * The options page: language, sites where the prompt is snoozed, wallets to watch, evidence, and
 * a plain account of what happens to the person's data. A new language applies at once (every
 * page follows the stored setting).
 */
export function OptionsApp() {
  const { t, locale } = useI18n();
  const { settings, change, status } = useSettingsEditor({
    saved: t('options.saved'),
    failed: (error) => t('options.saveFailed', { error }),
  });
  if (settings === null) return <p class="muted">{t('popup.loading')}</p>;
  const snoozed = Object.entries(settings.snoozedSites).sort(([a], [b]) => a.localeCompare(b));

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <SettingsNotice />

      <section class="card" aria-labelledby="opt-language">
        <h2 id="opt-language">{t('options.language')}</h2>
        <LanguageChoice settings={settings} change={change} />
      </section>

      <section class="card" aria-labelledby="opt-snoozed">
        <h2 id="opt-snoozed">{t('options.snoozed')}</h2>
        {snoozed.length === 0 ? (
          <p class="muted">{t('options.snoozed.none')}</p>
        ) : (
          <ul class="options__snoozed">
            {snoozed.map(([host, until]) => (
              <li key={host} data-host={host}>
                <span>
                  <strong>{host}</strong> —{' '}
                  {until === 'always'
                    ? t('options.snoozed.always')
                    : t('options.snoozed.until', { time: new Date(until).toLocaleString(locale) })}
                </span>
                <button
                  type="button"
                  class="button button--small"
                  onClick={() =>
                    change((s) => {
                      const { [host]: _removed, ...rest } = s.snoozedSites;
                      return { ...s, snoozedSites: rest };
                    })
                  }
                >
                  {t('options.snoozed.remove', { host })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="card" aria-labelledby="opt-providers">
        <h2 id="opt-providers">{t('options.providers')}</h2>
        <p class="muted">{t('options.providers.hint')}</p>
        <ul class="options__providers">
          {PROVIDERS.map((provider) => (
            <li key={provider.id}>
              <label>
                <input
                  type="checkbox"
                  value={provider.id}
                  checked={!settings.disabledProviders.includes(provider.id)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    change((s) => ({
                      ...s,
                      disabledProviders: on
                        ? s.disabledProviders.filter((id) => id !== provider.id)
                        : [...s.disabledProviders, provider.id],
                    }));
                  }}
                />
                {provider.name[locale]}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="opt-evidence">
        <h2 id="opt-evidence">{t('options.evidence')}</h2>
        <KeepMomentChoice settings={settings} change={change} />
      </section>

      <section class="card" aria-labelledby="opt-privacy">
        <h2 id="opt-privacy">{t('options.privacy.title')}</h2>
        <p>{t('options.privacy.local')}</p>
        <p>{t('options.privacy.reads')}</p>
        <p>{t('options.privacy.evidence')}</p>
        <p>{t('options.privacy.contacts')}</p>
        <p>
          <a class="options__welcome" href={extensionUrl('/welcome.html')}>
            {t('options.welcome')}
          </a>
        </p>
      </section>

      <p class="options__status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

import { extensionUrl, closeThisPage, openOptions } from '../lib/client/navigation';
import { PROVIDERS } from '../lib/providers';
import type { NotableChange } from '../lib/welcome';
import { useSettingsEditor } from './data/settings';
import { useI18n } from './i18n';
import { KeepMomentChoice, LanguageChoice } from './settings/choices';

/**
 * The first-run page: what Wallet Assist does and where, how to keep its button in sight, that
 * nothing leaves the device and where the evidence lives, and the choices a person may want to
 * make now. After an update with notable changes, those come first.
 */
export function WelcomeApp({
  browser,
  notable,
}: {
  browser: 'firefox' | 'edge' | 'chromium';
  notable: readonly NotableChange[];
}) {
  const { t, locale } = useI18n();
  const { settings, change, status } = useSettingsEditor({
    saved: t('options.saved'),
    failed: (error) => t('options.saveFailed', { error }),
  });
  const wallets = PROVIDERS.filter((p) => p.hosts.length > 0).map((p) => p.name[locale]);
  return (
    <main class="options welcome">
      <header>
        <h1>{t('welcome.title')}</h1>
        <p class="welcome__lead">{t('welcome.lead')}</p>
      </header>

      {notable.length > 0 && (
        <section class="card welcome__notable" aria-labelledby="welcome-notable">
          <h2 id="welcome-notable">{t('welcome.updated.title')}</h2>
          <ul>
            {notable.map((change) => (
              <li key={change.version + change.text}>{t(change.text)}</li>
            ))}
          </ul>
        </section>
      )}

      <section class="card" aria-labelledby="welcome-sites">
        <h2 id="welcome-sites">{t('welcome.sites.title')}</h2>
        <p>{t('welcome.sites.text')}</p>
        <p class="muted providers-list">{wallets.join(' · ')}</p>
      </section>

      <section class="card" aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcome.pin.title')}</h2>
        <p>{t(`welcome.pin.${browser}`)}</p>
        <p>{t('welcome.pin.badge')}</p>
      </section>

      <section class="card" aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcome.privacy.title')}</h2>
        <p>{t('welcome.privacy.local')}</p>
        <p>{t('welcome.privacy.evidence')}</p>
        <p>{t('welcome.privacy.uninstall')}</p>
        <p>
          <a href={extensionUrl('/locker.html')}>{t('welcome.openLocker')}</a>
        </p>
      </section>

      {settings && (
        <section class="card" aria-labelledby="welcome-choices">
          <h2 id="welcome-choices">{t('welcome.choices.title')}</h2>
          <h3>{t('options.language')}</h3>
          <LanguageChoice settings={settings} change={change} />
          <h3>{t('options.evidence')}</h3>
          <KeepMomentChoice settings={settings} change={change} />
          <p class="muted">{t('welcome.choices.hint')}</p>
          <p>
            <button type="button" class="link-button" onClick={() => void openOptions()}>
              {t('welcome.moreSettings')}
            </button>
          </p>
          <p class="options__status" role="status" aria-live="polite">
            {status}
          </p>
        </section>
      )}

      <p>
        <button type="button" class="button button--primary" onClick={closeThisPage}>
          {t('welcome.done')}
        </button>
      </p>
    </main>
  );
}

import { useId } from 'preact/hooks';
import { regionFromLanguages } from '../lib/providers/contacts';
import type { Provider } from '../lib/providers';
import { ANTI_FRAUD_CN, showsMainlandAntiFraud } from '../lib/scams/anti-fraud';
import { clonesOf, fakeNumbersOf } from '../lib/scams/known';
import type { MessageKey } from '../lib/i18n';
import { useI18n } from './i18n';
import { SourceNote } from './SourceNote';

/** The scams that use wallets, in the guidance's words: the same for every wallet. */
const GENERAL: readonly MessageKey[] = [
  'scams.safeAccount',
  'scams.screenShare',
  'scams.codes',
  'scams.refundByPhone',
  'scams.fakeNumbers',
];

/**
 * A wallet's scam warnings (what it says it never does is on its contacts card, beside them):
 * the numbers and sites known to have been passed off as it (shown as text only, never as a number to call or a link), the scams
 * that use every wallet and, for people in mainland China, the police anti-fraud line and app.
 */
export function ScamWarnings({
  provider,
  languages,
}: {
  provider: Provider;
  languages: readonly string[];
}) {
  const { t, locale } = useI18n();
  const name = provider.name[locale];
  const fakes = fakeNumbersOf(provider.id);
  const clones = clonesOf(provider.id);
  const region = regionFromLanguages(languages);
  const titleId = useId();
  return (
    <section class="card scams" aria-labelledby={titleId} data-provider={provider.id}>
      <h2 id={titleId}>{t('scams.title', { provider: name })}</h2>
      {fakes.length > 0 && (
        <>
          <h3>{t('scams.knownNumbers', { provider: name })}</h3>
          <ul class="scams__fakes">
            {fakes.map((fake) => (
              <li key={fake.number} data-fake-number={fake.number}>
                <s>{fake.number}</s> — {t('scams.seen', { seen: fake.seen[locale] })}
              </li>
            ))}
          </ul>
        </>
      )}
      {clones.length > 0 && (
        <>
          <h3>{t('scams.knownClones', { provider: name })}</h3>
          <ul class="scams__clones">
            {clones.map((clone) => (
              <li key={clone.host}>
                <code>{clone.host}</code> — {clone.seen[locale]}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('scams.general.title')}</h3>
      <ul>
        {GENERAL.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      {showsMainlandAntiFraud(region, locale) && (
        <>
          <h3>{t('scams.antiFraud.title')}</h3>
          <ul class="scams__anti-fraud">
            {ANTI_FRAUD_CN.map((entry) => (
              <li key={entry.id} data-anti-fraud={entry.id}>
                {entry.text[locale]} <SourceNote source={entry.source} kind="secondary" />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

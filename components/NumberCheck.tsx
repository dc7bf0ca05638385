import { useEffect, useState } from 'preact/hooks';
import { ESCALATION_CHANNELS } from '../lib/cases/escalation';
import { checkNumber } from '../lib/client/numbers';
import { regionName } from '../lib/i18n';
import type { NumberCheck as Result, OfficialNumber } from '../lib/numbers/check';
import { providerName } from '../lib/providers';
import { regionFromLanguages } from '../lib/providers/contacts';
import { useAction } from './data/errors';
import { useI18n } from './i18n';
import { publisher, SourceNote } from './SourceNote';

/** Who an official number belongs to, by name. */
function OwnerName({ owner }: { owner: OfficialNumber['owner'] }) {
  const { t, locale } = useI18n();
  if (owner.kind === 'provider') return <>{providerName(owner.id, locale)}</>;
  if (owner.kind === 'channel') {
    return <>{ESCALATION_CHANNELS.find((c) => c.id === owner.id)?.name[locale] ?? owner.id}</>;
  }
  return <>{t('scams.antiFraud.title')}</>;
}

function Official({ match }: { match: OfficialNumber }) {
  const { t, locale } = useI18n();
  const regions =
    match.region?.[locale] ?? match.regionCodes.map((code) => regionName(locale, code)).join(' · ');
  return (
    <li class="number-check__match" data-owner={match.owner.id}>
      <strong>
        <OwnerName owner={match.owner} />
      </strong>{' '}
      <span class="number-check__number">{match.number}</span>
      <br />
      {t('numbers.regions', { regions })}
      {match.purpose && (
        <>
          {' · '}
          {match.purpose[locale]}
        </>
      )}
      {match.use === 'callback-only' && (
        <p class="contacts__warning">{t('numbers.official.callback')}</p>
      )}
      {match.owner.kind === 'anti-fraud' && match.owner.id === '96110' && (
        <p class="muted">{t('numbers.official.areaCode')}</p>
      )}
      <br />
      <SourceNote source={match.source} kind={match.sourceKind} checked={match.checked} />
    </li>
  );
}

/** The answer to a check: official (whose, where, source), known fake, unknown, or not a number. */
function Answer({ result }: { result: Result }) {
  const { t, locale } = useI18n();
  if (result.kind === 'invalid') {
    return (
      <div class="number-check__answer" data-kind="invalid" role="status">
        <strong>{t('numbers.invalid')}</strong>
        <p>{t(`numbers.invalid.${result.reason}`)}</p>
      </div>
    );
  }
  if (result.kind === 'official') {
    return (
      <div class="number-check__answer" data-kind="official" role="status">
        <strong>{t('numbers.official')}</strong>
        <ul>
          {result.matches.map((match) => (
            <Official key={`${match.owner.id} ${match.number}`} match={match} />
          ))}
        </ul>
      </div>
    );
  }
  if (result.kind === 'fake') {
    return (
      <div class="number-check__answer number-check__answer--bad" data-kind="fake" role="status">
        <strong>{t('numbers.fake')}</strong>
        <p>
          <s>{result.read}</s>
        </p>
        <ul>
          {result.fakes.map((fake) => (
            <li key={fake.number}>
              {fake.providerId
                ? t('numbers.fake.seen', {
                    provider: providerName(fake.providerId, locale),
                    seen: fake.seen[locale],
                  })
                : t('numbers.fake.seenAny', { seen: fake.seen[locale] })}{' '}
              {/* Named, never linked: the page that carried the fake number is not one to open. */}
              <span class="source-note">{publisher(fake.source)}</span>
            </li>
          ))}
        </ul>
        <p>{t('numbers.route')}</p>
      </div>
    );
  }
  return (
    <div class="number-check__answer number-check__answer--bad" data-kind="unknown" role="status">
      <strong>{t('numbers.unknown')}</strong>
      <p>{t('numbers.read', { number: result.read })}</p>
      <p>{t('numbers.unknown.advice')}</p>
      <p>{t('numbers.route')}</p>
    </div>
  );
}

/**
 * "Is this number real?": one field, checked against the official numbers of our own data (in
 * the background, on this device). `initial` is a selection sent from the context menu, checked
 * at once.
 */
export function NumberCheck({
  languages,
  initial,
}: {
  languages: readonly string[];
  initial?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(initial ?? '');
  const [result, setResult] = useState<Result | null>(null);
  const { run, error } = useAction();
  const region = regionFromLanguages(languages);
  const check = (value: string) => run(async () => setResult(await checkNumber(value, region)));
  useEffect(() => {
    if (initial !== undefined) void check(initial);
  }, [initial]);
  return (
    <section class="card number-check" aria-labelledby="number-check-title">
      <h2 id="number-check-title">{t('numbers.title')}</h2>
      <form
        class="number-check__form"
        onSubmit={(event) => {
          event.preventDefault();
          // The field as it is now (a submit can come before the last keystroke re-rendered).
          const field = event.currentTarget.elements.namedItem('number');
          void check(field instanceof HTMLInputElement ? field.value : text);
        }}
      >
        <label for="number-check-input">{t('numbers.label')}</label>
        <input
          id="number-check-input"
          name="number"
          type="text"
          inputMode="tel"
          autoComplete="off"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('numbers.check')}
        </button>
      </form>
      <p class="muted">{t('numbers.hint')}</p>
      {result && <Answer result={result} />}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { discardInvalid } from '../lib/client/settings';
import type { MessageKey, Translate } from '../lib/i18n';
import { SETTINGS_VERSION, WHOLE_VALUE, type KeptAside, type Settings } from '../lib/settings';
import { useLoadedSettings } from './data/settings';
import { useI18n } from './i18n';

/** The heading of the options section that holds each setting, or a label of its own. */
const FIELD_LABELS: Record<keyof Settings, MessageKey> = {
  language: 'options.language',
  snoozedSites: 'options.snoozed',
  disabledProviders: 'options.providers',
  evidence: 'options.evidence',
  cases: 'options.invalid.cases',
};

/** How the options page names the field of a kept-aside value. */
export function keptAsideLabel(t: Translate, field: string): string {
  if (field === WHOLE_VALUE) return t('options.invalid.all');
  if (Object.hasOwn(FIELD_LABELS, field)) return t(FIELD_LABELS[field as keyof Settings]);
  return t('options.invalid.unknown', { field });
}

/** A kept-aside value as short text (shown as text, never as markup). */
export function keptAsideText(raw: unknown, max = 80): string {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Tells the person what about their stored settings could not be used: settings saved by a newer
 * version (not written over), and values that could not be read (kept aside, each with a button
 * to discard it). Renders nothing when all is well.
 */
export function SettingsNotice() {
  const { t } = useI18n();
  const loaded = useLoadedSettings();
  const [error, setError] = useState('');
  const discard = (entry: KeptAside) => {
    setError('');
    discardInvalid(entry).catch((reason: unknown) =>
      setError(t('options.saveFailed', { error: String(reason) })),
    );
  };
  if (loaded === null || (loaded.newerVersion === null && loaded.invalid.length === 0)) return null;
  return (
    <section class="card options__notice" aria-labelledby="opt-notice">
      {loaded.newerVersion !== null && (
        <p id="opt-notice" role="alert">
          {t('options.newer', { version: loaded.newerVersion, known: SETTINGS_VERSION })}
        </p>
      )}
      {loaded.invalid.length > 0 && (
        <>
          <h2 id={loaded.newerVersion === null ? 'opt-notice' : undefined}>
            {t('options.invalid.title')}
          </h2>
          <p>{t('options.invalid.intro')}</p>
          <ul class="options__snoozed">
            {loaded.invalid.map((entry, index) => {
              const label = keptAsideLabel(t, entry.field);
              return (
                <li key={index} data-invalid-field={entry.field}>
                  <span>
                    <strong>{label}</strong>
                    {t('ui.colon')}
                    <code>{keptAsideText(entry.raw)}</code>
                    {entry.field === 'language' && (
                      // The one setting whose default changes what every page shows: say so.
                      <span class="options__invalid-language">
                        {' '}
                        {t('options.invalid.language')}
                      </span>
                    )}
                  </span>
                  <button type="button" class="button button--small" onClick={() => discard(entry)}>
                    {t('options.invalid.discard', { field: label })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {error && <p role="status">{error}</p>}
    </section>
  );
}

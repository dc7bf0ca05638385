import type { Settings } from '../../lib/client/settings';
import { LOCALES } from '../../lib/i18n';
import { useI18n } from '../i18n';
import { ScreenshotPermission } from '../ScreenshotPermission';

/** Applies a change to the settings (see `useSettingsEditor`). */
type Change = (update: (current: Settings) => Settings) => void;

const LANGUAGES: Settings['language'][] = ['auto', ...LOCALES];

/** The language choice: the browser's, or one of the UI's languages. Applies at once. */
export function LanguageChoice({ settings, change }: { settings: Settings; change: Change }) {
  const { t } = useI18n();
  return (
    <fieldset class="options__choices">
      <legend class="visually-hidden">{t('options.language')}</legend>
      {LANGUAGES.map((language) => (
        <label key={language} class="options__choice">
          <input
            type="radio"
            name="language"
            value={language}
            checked={settings.language === language}
            onChange={() => change((s) => ({ ...s, language }))}
          />
          {t(`options.language.${language}`)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Whether the moment a problem is detected is kept as a snapshot waiting to be kept, and (when it
 * is) the optional permission that lets that snapshot include a screenshot.
 */
export function KeepMomentChoice({ settings, change }: { settings: Settings; change: Change }) {
  const { t } = useI18n();
  return (
    <>
      <label class="options__choice">
        <input
          type="checkbox"
          name="keepMomentOfDetection"
          checked={settings.evidence.keepMomentOfDetection}
          onChange={(event) => {
            const keep = event.currentTarget.checked;
            change((s) => ({ ...s, evidence: { ...s.evidence, keepMomentOfDetection: keep } }));
          }}
        />
        {t('options.evidence.keepMoment')}
      </label>
      <ScreenshotPermission enabled={settings.evidence.keepMomentOfDetection} />
    </>
  );
}

import { useMemo, useState } from 'preact/hooks';
import { SAFE_CHOICES, summariseExport, type ExportChoices } from '../../lib/evidence/export-plan';
import type { CaptureRecord } from '../../lib/evidence/schema';
import { useI18n } from '../i18n';
import { ExportChoiceBox } from './ExportChoices';

/**
 * What an export will hold, shown before it is made, with the two choices that put more into it:
 * the originals of redacted records, and exact page copies. Both start off; each says plainly
 * what it would hand over.
 */
export function ExportPanel({
  records,
  onExport,
  onCancel,
}: {
  records: readonly CaptureRecord[];
  onExport: (choices: ExportChoices) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<ExportChoices>(SAFE_CHOICES);
  const summary = useMemo(() => summariseExport(records, choices), [records, choices]);
  return (
    <section class="card export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title', { count: summary.records })}</h2>
      <p>{t('export.files', { count: summary.included })}</p>
      {summary.redacted > 0 && (
        <fieldset class="export-panel__choice">
          <legend>{t('export.redacted', { count: summary.redacted })}</legend>
          <p class="muted">
            {choices.originals
              ? t('export.redacted.in')
              : t('export.redacted.out', { count: summary.redactedLeftOut })}
          </p>
          <ExportChoiceBox name="originals" choices={choices} onChange={setChoices} />
        </fieldset>
      )}
      {summary.pageCopies > 0 && (
        <fieldset class="export-panel__choice">
          <legend>{t('export.pageCopies', { count: summary.pageCopies })}</legend>
          <p class="export-panel__warning" role="note">
            {t('export.pageCopies.warning')}
          </p>
          <ExportChoiceBox name="pageCopies" choices={choices} onChange={setChoices} />
        </fieldset>
      )}
      <p class="muted">{t('export.report')}</p>
      <div class="locker__bar">
        <button
          type="button"
          class="button button--primary export-panel__go"
          disabled={summary.records === 0}
          onClick={() => onExport(choices)}
        >
          {t('export.download')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('export.cancel')}
        </button>
      </div>
    </section>
  );
}

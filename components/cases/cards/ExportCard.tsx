import { useState } from 'preact/hooks';
import { evidence } from '../../../lib/client/evidence';
import { extensionVersion } from '../../../lib/client/navigation';
import { buildCaseZip, bundleFileName } from '../../../lib/cases/export';
import { LOCALES, type Locale } from '../../../lib/i18n';
import { SAFE_CHOICES, type ExportChoices } from '../../../lib/evidence/export-plan';
import { providerName } from '../../../lib/providers';
import { useCaseHandle } from '../../data/cases';
import { useAction } from '../../data/errors';
import { ExportChoiceBox } from '../../evidence/ExportChoices';
import { downloadBytes } from '../../evidence/files';
import { useI18n } from '../../i18n';
import { deviceTimeZone } from '../device';

/**
 * Exports the case and its linked evidence as one bundle a bank or regulator can check. Redacted
 * evidence goes out as its redacted copy and exact page copies stay behind, unless the person
 * ticks the choice that says what it would add.
 */
export function ExportCard() {
  const { t, locale } = useI18n();
  const { record } = useCaseHandle();
  const { run, error } = useAction();
  const [done, setDone] = useState<string | null>(null);
  const [choices, setChoices] = useState<ExportChoices>(SAFE_CHOICES);
  const exportZip = () =>
    run(async () => {
      const { bytes } = await buildCaseZip(record, {
        locale,
        providerName: providerName(record.providerId, locale),
        providerNames: Object.fromEntries(
          LOCALES.map((l) => [l, providerName(record.providerId, l)]),
        ) as Record<Locale, string>,
        now: new Date(),
        timeZone: deviceTimeZone(),
        evidence: await evidence.forCase(choices),
        extensionVersion: extensionVersion(),
      });
      const name = bundleFileName(record);
      downloadBytes(bytes, name, 'application/zip');
      setDone(t('cases.export.done', { name }));
    });
  return (
    <section class="card export-card">
      <ExportChoiceBox name="originals" choices={choices} onChange={setChoices} />
      {choices.originals && <p class="muted">{t('export.redacted.in')}</p>}
      <ExportChoiceBox name="pageCopies" choices={choices} onChange={setChoices} />
      <p class="muted export-panel__warning">{t('export.pageCopies.warning')}</p>
      <button type="button" class="button button--primary" onClick={() => void exportZip()}>
        {t('cases.export')}
      </button>
      <p role="status" class="form-status export-status">
        {error ?? done}
      </p>
    </section>
  );
}

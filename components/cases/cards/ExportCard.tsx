import { useState } from 'preact/hooks';
import { evidence } from '../../../lib/client/evidence';
import { extensionVersion } from '../../../lib/client/navigation';
import { buildCaseZip, bundleFileName } from '../../../lib/cases/export';
import { LOCALES, type Locale } from '../../../lib/i18n';
import { providerName } from '../../../lib/providers';
import { useCaseHandle } from '../../data/cases';
import { useAction } from '../../data/errors';
import { downloadBytes } from '../../evidence/files';
import { useI18n } from '../../i18n';
import { deviceTimeZone } from '../device';

/** Exports the case and its linked evidence as one bundle a bank or regulator can check. */
export function ExportCard() {
  const { t, locale } = useI18n();
  const { record } = useCaseHandle();
  const { run, error } = useAction();
  const [done, setDone] = useState<string | null>(null);
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
        evidence: await evidence.forCase(),
        extensionVersion: extensionVersion(),
      });
      const name = bundleFileName(record);
      downloadBytes(bytes, name, 'application/zip');
      setDone(t('cases.export.done', { name }));
    });
  return (
    <section class="card">
      <button type="button" class="button button--primary" onClick={() => void exportZip()}>
        {t('cases.export')}
      </button>
      <p role="status" class="form-status export-status">
        {error ?? done}
      </p>
    </section>
  );
}

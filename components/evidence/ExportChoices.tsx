import type { ExportChoices } from '../../lib/evidence/export-plan';
import { useI18n } from '../i18n';

/**
 * The two choices that put more into an export, each a box the person ticks knowingly:
 * `originals` (of redacted records) and `pageCopies` (exact MHTML copies).
 */
export function ExportChoiceBox({
  name,
  choices,
  onChange,
}: {
  name: keyof ExportChoices;
  choices: ExportChoices;
  onChange: (choices: ExportChoices) => void;
}) {
  const { t } = useI18n();
  return (
    <label class="options__choice">
      <input
        type="checkbox"
        name={name}
        checked={choices[name]}
        onChange={(e) => onChange({ ...choices, [name]: e.currentTarget.checked })}
      />
      {t(name === 'originals' ? 'export.originals' : 'export.pageCopies.include')}
    </label>
  );
}

import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';

/** A label and its value in a `<dl>`. */
export function Pair({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** Copies `text` to the clipboard and says so. */
export function CopyButton({ text }: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      class="button"
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t('cases.copied') : t('cases.copy')}
    </button>
  );
}

import { useState } from 'preact/hooks';
import { fromLocalInput } from '../../lib/cases/time-input';
import { evidence } from '../../lib/client/evidence';
import { FileTooLargeError } from '../../lib/evidence/blobs';
import { MAX_OUTSIDE_FILE_BYTES, UnsupportedFileError } from '../../lib/evidence/outside';
import { OutsideCategorySchema, type CaptureRecord } from '../../lib/evidence/schema';
import { StorageFullError } from '../../lib/evidence/store';
import { useI18n } from '../i18n';
import { ProviderOptions } from '../ProviderOptions';
import { formatBytes } from './files';

/**
 * Adds evidence that lives outside the browser: a statement, an e-mail, a photo from a phone, a
 * chat export. The person says what it is, when it happened and where it came from; the file is
 * hashed and stored in pieces, its type judged from its content.
 */
export function AddFile({ onAdded }: { onAdded: (record: CaptureRecord) => void }) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState('');
  const add = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setMessage(t('addFile.pick'));
      return;
    }
    const category = OutsideCategorySchema.safeParse(data.get('category'));
    const provider = String(data.get('provider') ?? '');
    setMessage('');
    setProgress({ done: 0, total: file.size });
    try {
      const { record, pendingDropped } = await evidence.addFile(
        file,
        {
          category: category.success ? category.data : 'other',
          description: String(data.get('description') ?? '').trim(),
          occurredAt: fromLocalInput(String(data.get('occurredAt') ?? '')) ?? null,
          cameFrom: String(data.get('cameFrom') ?? '').trim(),
          providerId: provider || null,
          caseId: null,
        },
        (done) => setProgress({ done, total: file.size }),
      );
      form.reset();
      setMessage(
        t('addFile.added', { hash: record.artifacts[0]!.sha256.slice(0, 12) }) +
          (pendingDropped ? ` ${t('capture.pendingDropped', { count: pendingDropped })}` : ''),
      );
      onAdded(record);
    } catch (error) {
      setMessage(
        error instanceof UnsupportedFileError
          ? t('addFile.unsupported')
          : error instanceof FileTooLargeError
            ? t('addFile.tooLarge', { max: formatBytes(MAX_OUTSIDE_FILE_BYTES) })
            : error instanceof StorageFullError
              ? t('error.storageFull')
              : t('capture.failed', { error: String(error) }),
      );
    } finally {
      setProgress(null);
    }
  };
  return (
    <details class="card add-file">
      <summary>{t('addFile.title')}</summary>
      <p class="muted">{t('addFile.intro')}</p>
      <form
        class="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void add(e.currentTarget);
        }}
      >
        <label class="form-grid__wide">
          {t('addFile.file')}
          <input type="file" name="file" required />
        </label>
        <label>
          {t('addFile.category')}
          <select name="category">
            {OutsideCategorySchema.options.map((c) => (
              <option key={c} value={c}>
                {t(`outside.category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('addFile.provider')}
          <select name="provider">
            <option value="">—</option>
            <ProviderOptions />
          </select>
        </label>
        <label class="form-grid__wide">
          {t('addFile.description')}
          <input name="description" maxLength={500} />
        </label>
        <label>
          {t('addFile.occurredAt')}
          <input type="datetime-local" name="occurredAt" />
        </label>
        <label>
          {t('addFile.cameFrom')}
          <input name="cameFrom" maxLength={300} />
        </label>
        <button type="submit" class="button button--primary" disabled={progress !== null}>
          {t('addFile.add')}
        </button>
      </form>
      {progress && (
        <p class="add-file__progress">
          <progress
            max={progress.total}
            value={progress.done}
            aria-labelledby="add-file-progress"
          />{' '}
          <span id="add-file-progress">
            {t('addFile.progress', {
              done: formatBytes(progress.done),
              total: formatBytes(progress.total),
            })}
          </span>
        </p>
      )}
      <p role="status" aria-live="polite" class="add-file__message">
        {message}
      </p>
    </details>
  );
}

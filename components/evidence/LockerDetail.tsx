import { useEffect, useState } from 'preact/hooks';
import { artifactPath } from '../../lib/evidence/bundle';
import { evidence } from '../../lib/client/evidence';
import { sha256Hex } from '../../lib/evidence/hash';
import { maskSensitiveText, redactPng, type Region } from '../../lib/evidence/redact';
import { fieldLabel } from '../../lib/evidence/report';
import type { Artifact, CaptureRecord } from '../../lib/evidence/schema';
import { getProvider } from '../../lib/providers';
import { useI18n } from '../i18n';
import { BlobImage } from './BlobImage';
import { downloadBytes, formatBytes } from './files';
import { RedactTool } from './RedactTool';

async function bytesOf(sha256: string): Promise<Uint8Array> {
  const blob = await evidence.blob(sha256);
  if (!blob) throw new Error(`Missing bytes for ${sha256}`);
  return new Uint8Array(blob.bytes);
}

/** Hashes `bytes` into a redacted artifact naming `original`. */
async function redactedArtifact(
  kind: 'redacted-screenshot' | 'redacted-text',
  mimeType: string,
  bytes: Uint8Array,
  original: Artifact,
) {
  const sha256 = await sha256Hex(bytes);
  const size = bytes.byteLength;
  return {
    artifact: { kind, sha256, mimeType, size, derivedFrom: original.sha256 },
    blob: { sha256, mimeType, size, bytes: bytes.slice().buffer as ArrayBuffer },
  };
}

/**
 * One record: its screenshots, metadata and hashes, the person's notes and tags, redaction and
 * deletion. Opening it is logged as a view.
 */
export function LockerDetail({
  record,
  onBack,
  onChanged,
}: {
  record: CaptureRecord;
  onBack: () => void;
  /** The record after a change, or `null` once deleted. */
  onChanged: (record: CaptureRecord | null) => void;
}) {
  const { t, locale } = useI18n();
  const [notes, setNotes] = useState(record.notes);
  const [tags, setTags] = useState(record.tags.join(', '));
  const [caseId, setCaseId] = useState(record.caseId ?? '');
  const [message, setMessage] = useState('');

  useEffect(() => {
    void evidence.logAccess('view', [record.id], 'locker');
  }, [record.id]);

  const held = (a: Artifact) => !record.origin?.notIncluded.includes(a.sha256);
  const screenshots = record.artifacts.filter(
    (a) => (a.kind === 'screenshot-visible' || a.kind === 'screenshot-full') && held(a),
  );
  // What can be shown as a picture: screenshots, their redacted copies, photos added from a phone.
  const pictures = [
    ...screenshots,
    ...record.redactions.filter((a) => a.kind === 'redacted-screenshot' && held(a)),
    ...record.artifacts.filter(
      (a) => a.kind === 'outside-file' && /^image\/(png|jpeg|gif|webp)$/.test(a.mimeType),
    ),
  ];
  const texts = record.artifacts.filter(
    (a) => (a.kind === 'page-text' || a.kind === 'detection-text') && held(a),
  );
  const fail = (error: unknown) => setMessage(t('capture.failed', { error: String(error) }));

  const save = async () => {
    try {
      const next = await evidence.annotate(record.id, {
        notes,
        tags: tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        caseId: caseId.trim() || null,
      });
      onChanged(next);
      setMessage(t('locker.saved'));
    } catch (error) {
      fail(error);
    }
  };

  const redactImage = async (original: Artifact, regions: Region[]) => {
    try {
      const png = await redactPng(await bytesOf(original.sha256), regions);
      const { artifact, blob } = await redactedArtifact(
        'redacted-screenshot',
        'image/png',
        png,
        original,
      );
      onChanged(await evidence.addRedaction(record.id, artifact, blob));
      setMessage(t('locker.redacted'));
    } catch (error) {
      fail(error);
    }
  };

  const redactText = async (original: Artifact) => {
    try {
      const text = new TextDecoder().decode(await bytesOf(original.sha256));
      const masked = new TextEncoder().encode(maskSensitiveText(text).text);
      const { artifact, blob } = await redactedArtifact(
        'redacted-text',
        'text/plain',
        masked,
        original,
      );
      onChanged(await evidence.addRedaction(record.id, artifact, blob));
      setMessage(t('locker.redacted'));
    } catch (error) {
      fail(error);
    }
  };

  const remove = async () => {
    if (!confirm(t('locker.deleteConfirm'))) return;
    try {
      await evidence.remove([record.id]);
      onChanged(null);
      onBack();
    } catch (error) {
      fail(error);
    }
  };

  const row = (label: string, value: string) => (
    <tr>
      <th>{label}</th>
      <td>{value}</td>
    </tr>
  );
  const fieldRows = Object.entries(record.fields).map(([key, value]) =>
    row(fieldLabel(t, key), String(value)),
  );

  return (
    <article class="locker__detail" data-id={record.id}>
      <p>
        <button type="button" class="button" onClick={onBack}>
          {t('locker.back')}
        </button>
      </p>
      <h1>{record.title || record.url}</h1>
      {pictures.map((a) => (
        <p key={a.sha256}>
          <BlobImage sha256={a.sha256} alt={t(`evidence.kind.${a.kind}`)} class="locker__shot" />
        </p>
      ))}
      <p class={`locker__origin-note ${record.origin ? 'locker__origin-note--imported' : ''}`}>
        {record.origin
          ? t('locker.detail.imported', {
              at: new Date(record.origin.importedAt).toLocaleString(locale),
              name: record.origin.bundleName || '—',
              exported: record.origin.bundleExportedAt || '—',
            })
          : t(record.file ? 'locker.detail.addedHere' : 'locker.detail.capturedHere')}
      </p>
      <table class="locker__meta">
        <tbody>
          {record.file && [
            row(t('report.file.category'), t(`outside.category.${record.file.category}`)),
            row(t('report.file.description'), record.file.description || '—'),
            row(
              t('report.file.occurredAt'),
              record.file.occurredAt
                ? new Date(record.file.occurredAt).toLocaleString(locale)
                : '—',
            ),
            row(t('report.file.cameFrom'), record.file.cameFrom || '—'),
            row(t('report.file.name'), record.file.fileName || '—'),
            row(t('report.file.type'), record.file.detectedType),
          ]}
          {record.url && row(t('locker.detail.url'), record.url)}
          {row(
            t('locker.detail.time'),
            `${new Date(record.capturedAtUtc).toLocaleString(locale)} — ${record.capturedAt} (${record.timeZone})`,
          )}
          {row(
            t('locker.detail.provider'),
            (record.providerId && getProvider(record.providerId)?.name[locale]) || '—',
          )}
          {row(t('locker.detail.state'), record.state ? t(`state.${record.state}`) : '—')}
          {fieldRows}
          {row(
            t('locker.detail.browser'),
            `${record.browser.name} ${record.browser.version} · ${record.os} · ${record.extensionVersion}`,
          )}
          {record.page &&
            row(
              t('locker.detail.viewport'),
              `${record.page.viewportWidth}×${record.page.viewportHeight} @${record.page.devicePixelRatio}x`,
            )}
          {record.page && row(t('locker.detail.language'), record.page.language || '—')}
          {row(t('locker.detail.source'), t(`evidence.source.${record.source}`))}
          {row(t('locker.detail.recordHash'), record.chain.recordHash)}
          {row(t('locker.detail.prevHash'), record.chain.prevHash ?? '—')}
          {record.origin?.bundleSha256 &&
            row(t('locker.detail.bundle'), record.origin.bundleSha256)}
        </tbody>
      </table>

      <h2>{t('locker.detail.artifacts')}</h2>
      <ul class="locker__artifacts">
        {[...record.artifacts, ...record.redactions].map((a) => (
          <li key={a.sha256} data-kind={a.kind}>
            {t(`evidence.kind.${a.kind}`)}
            {a.part ? ` ${a.part}/${a.parts}` : ''} · {formatBytes(a.size)} ·{' '}
            <code class="locker__sha">{a.sha256}</code>
            {a.derivedFrom && (
              <>
                {' ← '}
                <code>{a.derivedFrom.slice(0, 16)}…</code>
              </>
            )}{' '}
            {a.kind === 'snapshot-mhtml' && (
              <span class="locker__mhtml-note"> — {t('locker.mhtmlNote')}</span>
            )}
            {record.origin?.notIncluded.includes(a.sha256) ? (
              <span class="muted"> — {t('report.leftOut.notHeld')}</span>
            ) : (
              <button
                type="button"
                class="button"
                onClick={async () =>
                  downloadBytes(
                    await bytesOf(a.sha256),
                    artifactPath(a.sha256, a.mimeType).slice('artifacts/'.length),
                    a.mimeType,
                  )
                }
              >
                {t('locker.download')}
              </button>
            )}
          </li>
        ))}
      </ul>

      <h2 id="locker-notes">{t('locker.notes')}</h2>
      <textarea
        rows={4}
        aria-labelledby="locker-notes"
        value={notes}
        onInput={(e) => setNotes(e.currentTarget.value)}
      />
      <label>
        {t('locker.tags')}
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <label>
        {t('locker.case')}
        <input type="text" value={caseId} onInput={(e) => setCaseId(e.currentTarget.value)} />
      </label>
      <div class="locker__bar">
        <button type="button" class="button button--primary" onClick={save}>
          {t('locker.save')}
        </button>
        <button type="button" class="button locker__delete" onClick={remove}>
          {t('locker.delete')}
        </button>
      </div>
      <p role="status" aria-live="polite" class="locker__message">
        {message}
      </p>

      {screenshots[0] && (
        <section>
          <h2>{t('locker.redact')}</h2>
          <RedactTool
            sha256={screenshots[0].sha256}
            onSave={(regions) => redactImage(screenshots[0]!, regions)}
          />
        </section>
      )}
      {texts.map((a) => (
        <p key={a.sha256}>
          <button type="button" class="button locker__redact-text" onClick={() => redactText(a)}>
            {t('locker.redactText')}
          </button>
        </p>
      ))}
    </article>
  );
}

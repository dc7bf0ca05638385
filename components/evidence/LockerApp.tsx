import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { evidence } from '../../lib/client/evidence';
import { extensionVersion } from '../../lib/client/navigation';
import type { ChainReport } from '../../lib/evidence/chain';
import type { PendingDropped } from '../../lib/evidence/db';
import type { ExportChoices } from '../../lib/evidence/export-plan';
import { ImportError } from '../../lib/evidence/import';
import type { CaptureRecord, PendingSnapshot } from '../../lib/evidence/schema';
import { matchesFilter, type CaptureFilter } from '../../lib/evidence/store';
import { providerName } from '../../lib/providers';
import { STATE_IDS } from '../../lib/states';
import { useI18n } from '../i18n';
import { useLazyThumbnails } from './thumbnails';
import { AddFile } from './AddFile';
import { ExportPanel } from './ExportPanel';
import { downloadBytes, formatBytes } from './files';
import { LockerDetail } from './LockerDetail';

/** Rows rendered with the first paint (more than a tall screen holds). */
const FIRST_ROWS = 100;
/** Rows added per animation frame after that (a thousand: the rest of a long list at once). */
const ROWS_PER_FRAME = 1000;

/** Local calendar day (`YYYY-MM-DD`) to a UTC bound for the time index. */
function dayBound(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The first screenshot of a record, for its thumbnail. */
function thumbnailOf(record: CaptureRecord) {
  return record.artifacts.find(
    (a) => a.kind === 'screenshot-visible' || a.kind === 'screenshot-full',
  );
}

/**
 * The evidence locker: every saved record with filters and thumbnails, the detail view, pending
 * moment-of-detection snapshots, export and import, chain verification and storage use.
 */
export function LockerApp() {
  const { t, locale } = useI18n();
  const [records, setRecords] = useState<CaptureRecord[] | null>(null);
  const [pending, setPending] = useState<PendingSnapshot[]>([]);
  const [filter, setFilter] = useState({ providerId: '', state: '', caseId: '', from: '', to: '' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [usage, setUsage] = useState<{ used: number; quota: number; persisted: boolean } | null>(
    null,
  );
  const [reminder, setReminder] = useState(false);
  const [damaged, setDamaged] = useState(0);
  const [verify, setVerify] = useState<ChainReport | null>(null);
  const [exporting, setExporting] = useState<{ ids?: string[] } | null>(null);
  const [dropped, setDropped] = useState<PendingDropped | null>(null);

  const load = useCallback(async () => {
    performance.mark('locker-load');
    const { records: all, invalid } = await evidence.list(Number.MAX_SAFE_INTEGER);
    performance.mark('locker-read');
    if (invalid.length) console.error('Wallet Assist: records failing validation', invalid);
    setDamaged(invalid.length);
    setRecords(all);
    setPending(await evidence.pending(new Date()));
    setDropped(await evidence.pendingDropped());
    setReminder(await evidence.needsExportReminder(new Date()));
  }, []);

  useEffect(() => {
    void load();
    void (async () => {
      // Ask the browser to keep the evidence even when space runs low.
      const persisted =
        (await navigator.storage?.persisted?.()) || (await navigator.storage?.persist?.()) || false;
      const estimate = await navigator.storage?.estimate?.();
      setUsage({ used: estimate?.usage ?? 0, quota: estimate?.quota ?? 0, persisted });
    })();
  }, [load]);

  // Marks when the list is on screen (read by the benchmark).
  useEffect(() => {
    if (records === null) return;
    requestAnimationFrame(() => {
      performance.mark('locker-listed');
      document.documentElement.dataset.firstRows = String(
        document.querySelectorAll('.locker__record').length,
      );
      const measure = performance.measure('locker-list', 'locker-load', 'locker-listed');
      document.documentElement.dataset.listedMs = measure.duration.toFixed(1);
      document.documentElement.dataset.readMs = performance
        .measure('locker-read', 'locker-load', 'locker-read')
        .duration.toFixed(1);
      document.documentElement.dataset.listedCount = String(records.length);
    });
  }, [records]);

  // One formatter for every row: formatting a thousand dates one by one is slow.
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
    [locale],
  );
  const providerNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const record of records ?? []) {
      if (record.providerId && !names.has(record.providerId)) {
        names.set(record.providerId, providerName(record.providerId, locale));
      }
    }
    return names;
  }, [records, locale]);

  const shown = useMemo(() => {
    const f: CaptureFilter = {
      providerId: filter.providerId || undefined,
      state: filter.state || undefined,
      caseId: filter.caseId || undefined,
      fromUtc: dayBound(filter.from, false),
      toUtc: dayBound(filter.to, true),
    };
    return (records ?? []).filter((r) => matchesFilter(r, f));
  }, [records, filter]);

  // The first rows render at once and the rest in the next frame, so a long list shows its
  // first screen before the whole list is built.
  const [rendered, setRendered] = useState(FIRST_ROWS);
  useEffect(() => setRendered(FIRST_ROWS), [shown]);
  useEffect(() => {
    if (records === null) return;
    if (rendered >= shown.length) {
      if (!performance.getEntriesByName('locker-all-rows').length && shown.length > 0) {
        performance.mark('locker-all-rows');
        document.documentElement.dataset.allRowsMs = performance
          .measure('locker-all', 'locker-load', 'locker-all-rows')
          .duration.toFixed(1);
      }
      return;
    }
    const frame = requestAnimationFrame(() => setRendered((n) => n + ROWS_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [rendered, shown, records]);

  useLazyThumbnails(rendered, shown);

  const providers = useMemo(
    () =>
      [...new Set((records ?? []).map((r) => r.providerId).filter((p): p is string => !!p))].sort(),
    [records],
  );
  const cases = useMemo(
    () => [...new Set((records ?? []).map((r) => r.caseId).filter((c): c is string => !!c))].sort(),
    [records],
  );

  const doExport = async (ids: string[] | undefined, choices: ExportChoices) => {
    setExporting(null);
    try {
      const result = await evidence.exportBundle({
        ids,
        locale,
        extensionVersion: extensionVersion(),
        choices,
      });
      downloadBytes(result.bytes, result.fileName, 'application/zip');
      setMessage(
        t('locker.exported', { count: result.count, file: result.fileName }) +
          (result.damaged ? ` ${t('locker.damaged', { count: result.damaged })}` : ''),
      );
      setReminder(await evidence.needsExportReminder(new Date()));
    } catch (error) {
      setMessage(t('capture.failed', { error: String(error) }));
    }
  };

  const doImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await evidence.importBundle(
        new Uint8Array(await file.arrayBuffer()),
        file.name,
      );
      setMessage(
        t('locker.imported', { imported: result.imported, present: result.alreadyPresent }),
      );
      await load();
    } catch (error) {
      const problem =
        error instanceof ImportError
          ? t(`import.problem.${error.problem}`, { subject: error.subject })
          : String(error);
      setMessage(t('locker.importFailed', { problem }));
    }
  };

  const doVerify = async () => setVerify(await evidence.verifyChain());

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  const open = records?.find((r) => r.id === openId);
  if (open) {
    return (
      <main class="locker">
        <LockerDetail
          record={open}
          onBack={() => setOpenId(null)}
          onChanged={(next) =>
            setRecords((all) =>
              next === null
                ? (all ?? []).filter((r) => r.id !== open.id)
                : (all ?? []).map((r) => (r.id === next.id ? next : r)),
            )
          }
        />
      </main>
    );
  }

  return (
    <main class="locker">
      <h1>{t('locker.title')}</h1>
      <p class="muted">{t('locker.intro')}</p>
      {usage && (
        <p class="locker__usage">
          {t('locker.usage', { used: formatBytes(usage.used), quota: formatBytes(usage.quota) })}{' '}
          {usage.persisted ? t('locker.persisted') : t('locker.notPersisted')}
        </p>
      )}
      {damaged > 0 && (
        <p class="locker__banner locker__damaged" role="alert">
          {t('locker.damaged', { count: damaged })}
        </p>
      )}
      {reminder && (
        <p class="locker__banner locker__reminder" role="alert">
          {t('locker.reminder')}
        </p>
      )}
      <div class="locker__bar">
        <button type="button" class="button button--primary" onClick={() => setExporting({})}>
          {t('locker.exportAll')}
        </button>
        <button
          type="button"
          class="button"
          disabled={selected.size === 0}
          onClick={() => setExporting({ ids: [...selected] })}
        >
          {t('locker.exportSelected', { count: selected.size })}
        </button>
        <label class="button">
          {t('locker.import')}
          <input
            type="file"
            accept=".zip,application/zip"
            class="visually-hidden locker__import"
            onChange={(event) => void doImport(event.currentTarget.files?.[0])}
          />
        </label>
        <button type="button" class="button locker__verify" onClick={doVerify}>
          {t('locker.verify')}
        </button>
      </div>
      {exporting && (
        <ExportPanel
          records={
            exporting.ids
              ? (records ?? []).filter((r) => exporting.ids!.includes(r.id))
              : (records ?? [])
          }
          onExport={(choices) => void doExport(exporting.ids, choices)}
          onCancel={() => setExporting(null)}
        />
      )}
      <p class="locker__message" role="status" aria-live="polite">
        {message}
      </p>
      {verify && (
        <div class="locker__verify-box">
          <p class="locker__verify-result" role="status">
            {verify.firstBreak
              ? t('locker.verifyBroken', {
                  id: verify.firstBreak.recordId,
                  seq: verify.firstBreak.seq,
                  reason: t(`locker.reason.${verify.firstBreak.reason}`),
                })
              : t('locker.verifyOk', { count: verify.checked })}
          </p>
          <p class="muted">
            {t('locker.verifyCounts', { own: verify.own, imported: verify.imported })}
            {verify.unverifiable > 0 &&
              ` ${t('locker.verifyUnverifiable', { count: verify.unverifiable })}`}
          </p>
          <p class="muted locker__proves">{t('locker.proves')}</p>
        </div>
      )}
      <AddFile onAdded={() => void load()} />

      {dropped && (
        <p class="locker__banner locker__dropped" role="status">
          {t(dropped.reason === 'room' ? 'locker.droppedRoom' : 'locker.droppedCap', {
            count: dropped.count,
          })}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => void evidence.clearPendingDropped().then(() => setDropped(null))}
          >
            {t('locker.droppedOk')}
          </button>
        </p>
      )}
      {pending.length > 0 && (
        <section class="card locker__pending">
          <h2>{t('locker.pendingTitle')}</h2>
          <ul class="locker__list">
            {pending.map((p) => (
              <li key={p.id} class="locker__row" data-id={p.id}>
                <span />
                <span />
                <span class="locker__what">
                  {new Date(p.createdAtUtc).toLocaleString(locale)} · {p.draft.url}
                </span>
                <span>
                  <button
                    type="button"
                    class="button button--primary"
                    onClick={async () => {
                      await evidence.keep(p.id);
                      await load();
                    }}
                  >
                    {t('capture.keep')}
                  </button>{' '}
                  <button
                    type="button"
                    class="button"
                    onClick={async () => {
                      await evidence.discard(p.id);
                      await load();
                    }}
                  >
                    {t('capture.discard')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div class="locker__bar locker__filters">
        <label>
          {t('locker.filter.provider')}
          <select
            value={filter.providerId}
            onChange={(e) => setFilter({ ...filter, providerId: e.currentTarget.value })}
          >
            <option value="">{t('locker.filter.all')}</option>
            {providers.map((id) => (
              <option key={id} value={id}>
                {providerName(id, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('locker.filter.state')}
          <select
            value={filter.state}
            onChange={(e) => setFilter({ ...filter, state: e.currentTarget.value })}
          >
            <option value="">{t('locker.filter.all')}</option>
            {STATE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`state.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('locker.filter.case')}
          <select
            value={filter.caseId}
            onChange={(e) => setFilter({ ...filter, caseId: e.currentTarget.value })}
          >
            <option value="">{t('locker.filter.all')}</option>
            {cases.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('locker.filter.from')}
          <input
            type="date"
            value={filter.from}
            onChange={(e) => setFilter({ ...filter, from: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('locker.filter.to')}
          <input
            type="date"
            value={filter.to}
            onChange={(e) => setFilter({ ...filter, to: e.currentTarget.value })}
          />
        </label>
        <button
          type="button"
          class="button"
          disabled={shown.length === 0}
          onClick={() => setSelected(new Set(shown.map((r) => r.id)))}
        >
          {t('locker.selectAll')}
        </button>
      </div>

      {records !== null && records.length === 0 && <p class="muted">{t('locker.none')}</p>}
      {records !== null && records.length > 0 && (
        <>
          <p class="muted locker__count">
            {t('locker.count', { shown: shown.length, total: records.length })}
          </p>
          <ul class="locker__list">
            {shown.slice(0, rendered).map((record) => {
              const thumb = thumbnailOf(record);
              return (
                <li key={record.id} class="locker__row locker__record" data-id={record.id}>
                  <input
                    type="checkbox"
                    aria-label={t('locker.select')}
                    checked={selected.has(record.id)}
                    onChange={() => toggle(record.id)}
                  />
                  {thumb ? (
                    <img class="locker__thumb" data-sha={thumb.sha256} alt="" />
                  ) : (
                    <span class="locker__thumb" />
                  )}
                  <span class="locker__what">
                    <time dateTime={record.capturedAt}>
                      {dateFormat.format(new Date(record.capturedAtUtc))}
                    </time>
                    {' · '}
                    {(record.providerId && providerNames.get(record.providerId)) ?? record.title}
                    {record.state ? ` · ${t(`state.${record.state}`)}` : ''}
                    {record.file ? ` · ${t(`outside.category.${record.file.category}`)}` : ''}
                    {record.origin && (
                      <span class="locker__origin">
                        {' '}
                        ·{' '}
                        {t('locker.importedBadge', {
                          date: dateFormat.format(new Date(record.origin.importedAt)),
                        })}
                      </span>
                    )}
                    <br />
                    <span class="muted">
                      {record.file ? record.file.description || record.file.fileName : record.url}
                    </span>
                  </span>
                  <button type="button" class="button" onClick={() => setOpenId(record.id)}>
                    {t('locker.open')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </main>
  );
}

import type { IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import { z } from 'zod';
import { linkRecord, verifyChain, type ChainHead, type ChainReport } from './chain';
import { HEAD_KEY, LAST_EXPORT_KEY, type EvidenceDB } from './db';
import {
  AccessLogEntrySchema,
  CaptureRecordSchema,
  type AccessAction,
  type AccessLogEntry,
  type Artifact,
  type CaptureDraft,
  type CaptureRecord,
  type DeletedLink,
  type PendingSnapshot,
  type StoredBlob,
} from './schema';
import { toOffsetIso } from './time';
import { inTransaction } from '../idb';

export { StorageFullError } from '../idb';

/** A stored record that no longer parses: kept in the database, reported, never replaced. */
export interface InvalidRecord {
  id: string;
  error: string;
}

/** An open evidence database. */
export type EvidenceDb = IDBPDatabase<EvidenceDB>;
type Db = EvidenceDb;
type LogStore = IDBPObjectStore<EvidenceDB, StoreNames<EvidenceDB>[], 'accessLog', 'readwrite'>;

async function appendLog(store: LogStore, entry: Omit<AccessLogEntry, 'id'>): Promise<void> {
  // The key is generated: entries are only ever added.
  await store.add(entry as AccessLogEntry);
}

function checkDraft(draft: CaptureDraft, blobs: readonly StoredBlob[]): void {
  const probe = CaptureRecordSchema.safeParse({
    ...draft,
    chain: { chainId: crypto.randomUUID(), seq: 1, prevHash: null, recordHash: '0'.repeat(64) },
  });
  if (!probe.success) throw new Error(`Invalid capture record: ${z.prettifyError(probe.error)}`);
  const named = new Set(
    [...draft.artifacts, ...draft.redactions].map((artifact) => artifact.sha256),
  );
  for (const blob of blobs) {
    if (!named.has(blob.sha256)) throw new Error(`Blob ${blob.sha256} is not named by the record`);
  }
  for (const sha of named) {
    if (!blobs.some((blob) => blob.sha256 === sha)) {
      throw new Error(`Artifact ${sha} has no bytes`);
    }
  }
}

/**
 * Saves a capture and its blobs in one transaction: the record joins the hash chain, its blobs
 * (those not yet stored) are written and the capture is logged, or nothing happens at all.
 * Every artifact must come with its bytes and every blob must be named by the record.
 */
export async function saveCapture(
  db: Db,
  draft: CaptureDraft,
  blobs: readonly StoredBlob[],
  now: Date = new Date(),
  alsoDeletePendingId?: string,
): Promise<CaptureRecord> {
  checkDraft(draft, blobs);
  const stores: StoreNames<EvidenceDB>[] = ['captures', 'blobs', 'meta', 'accessLog'];
  if (alsoDeletePendingId) stores.push('pending');
  return inTransaction(db, stores, async (tx) => {
    const metaStore = tx.objectStore('meta');
    const stored = await metaStore.get(HEAD_KEY);
    const head: ChainHead =
      stored?.key === HEAD_KEY
        ? stored.value
        : { chainId: crypto.randomUUID(), seq: 0, recordHash: null };
    const linked = linkRecord(draft, head);
    const blobStore = tx.objectStore('blobs');
    for (const blob of blobs) {
      if ((await blobStore.getKey(blob.sha256)) === undefined) await blobStore.add(blob);
    }
    await tx.objectStore('captures').add(linked.record);
    await metaStore.put({ key: HEAD_KEY, value: linked.head });
    if (alsoDeletePendingId) await tx.objectStore('pending').delete(alsoDeletePendingId);
    await appendLog(tx.objectStore('accessLog'), {
      at: toOffsetIso(now),
      action: alsoDeletePendingId ? 'keep-pending' : 'capture',
      recordIds: [linked.record.id],
      detail: draft.source,
    });
    return linked.record;
  });
}

/** Filters for {@link listCaptures}; every one given must match. */
export interface CaptureFilter {
  providerId?: string;
  state?: string;
  caseId?: string;
  /** Inclusive bounds on `capturedAtUtc` (ISO strings). */
  fromUtc?: string;
  toUtc?: string;
}

/** True when `record` passes every filter given. */
export function matchesFilter(record: CaptureRecord, filter: CaptureFilter): boolean {
  if (filter.providerId && record.providerId !== filter.providerId) return false;
  if (filter.state && record.state !== filter.state) return false;
  if (filter.caseId && record.caseId !== filter.caseId) return false;
  if (filter.fromUtc && record.capturedAtUtc < filter.fromUtc) return false;
  if (filter.toUtc && record.capturedAtUtc > filter.toUtc) return false;
  return true;
}

/**
 * The newest captures first, optionally filtered. Records that fail validation are returned in
 * `invalid` instead of being dropped or "repaired", so nothing is lost silently.
 */
export async function listCaptures(
  db: Db,
  limit: number,
  filter: CaptureFilter = {},
): Promise<{ records: CaptureRecord[]; invalid: InvalidRecord[] }> {
  const records: CaptureRecord[] = [];
  const invalid: InvalidRecord[] = [];
  const all = await db.getAllFromIndex('captures', 'by-time');
  for (let i = all.length - 1; i >= 0 && records.length < limit; i--) {
    const value = all[i];
    const parsed = CaptureRecordSchema.safeParse(value);
    if (!parsed.success) {
      const id = (value as { id?: unknown } | undefined)?.id;
      invalid.push({ id: String(id), error: z.prettifyError(parsed.error) });
    } else if (matchesFilter(parsed.data, filter)) records.push(parsed.data);
  }
  return { records, invalid };
}

/** One record by id, validated; `undefined` when absent or no longer valid. */
export async function getCapture(db: Db, id: string): Promise<CaptureRecord | undefined> {
  const parsed = CaptureRecordSchema.safeParse(await db.get('captures', id));
  return parsed.success ? parsed.data : undefined;
}

/** The bytes stored under `sha256`, if any. */
export async function getBlob(db: Db, sha256: string): Promise<StoredBlob | undefined> {
  return db.get('blobs', sha256);
}

/** Adds an entry to the access log (view, export…). */
export async function logAccess(
  db: Db,
  action: AccessAction,
  recordIds: readonly string[],
  detail: string,
  now: Date = new Date(),
): Promise<void> {
  await inTransaction(db, ['accessLog'], async (tx) =>
    appendLog(tx.objectStore('accessLog'), {
      at: toOffsetIso(now),
      action,
      recordIds: [...recordIds],
      detail: detail.slice(0, 500),
    }),
  );
}

/** The whole access log, oldest first; malformed entries are skipped and counted. */
export async function readAccessLog(db: Db): Promise<AccessLogEntry[]> {
  const entries: AccessLogEntry[] = [];
  for (const value of await db.getAll('accessLog')) {
    const parsed = AccessLogEntrySchema.safeParse(value);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries;
}

function artifactsOf(record: CaptureRecord): Artifact[] {
  return [...record.artifacts, ...record.redactions];
}

/**
 * Deletes records (a logged action: the log keeps each deleted record's chain link so the chain
 * still verifies) and the blobs no other record uses, in one transaction.
 */
export async function deleteCaptures(
  db: Db,
  ids: readonly string[],
  now: Date = new Date(),
): Promise<number> {
  return inTransaction(db, ['captures', 'blobs', 'accessLog'], async (tx) => {
    const captures = tx.objectStore('captures');
    const deleted: DeletedLink[] = [];
    const freed = new Set<string>();
    for (const id of ids) {
      const parsed = CaptureRecordSchema.safeParse(await captures.get(id));
      if (!parsed.success) continue;
      const { chain } = parsed.data;
      deleted.push({
        recordId: id,
        chainId: chain.chainId,
        seq: chain.seq,
        prevHash: chain.prevHash,
        recordHash: chain.recordHash,
      });
      for (const artifact of artifactsOf(parsed.data)) freed.add(artifact.sha256);
      await captures.delete(id);
    }
    if (deleted.length === 0) return 0;
    for (const value of await captures.getAll()) {
      const parsed = CaptureRecordSchema.safeParse(value);
      const used = parsed.success
        ? artifactsOf(parsed.data)
        : ((value as { artifacts?: Artifact[] }).artifacts ?? []);
      for (const artifact of used) freed.delete(artifact.sha256);
    }
    for (const sha of freed) await tx.objectStore('blobs').delete(sha);
    await appendLog(tx.objectStore('accessLog'), {
      at: toOffsetIso(now),
      action: 'delete',
      recordIds: deleted.map((link) => link.recordId),
      detail: `${deleted.length} record(s)`,
      deleted,
    });
    return deleted.length;
  });
}

/** Changes the person's notes, tags or case link; these are outside the record hash. */
export async function annotateCapture(
  db: Db,
  id: string,
  change: Partial<Pick<CaptureRecord, 'notes' | 'tags' | 'caseId'>>,
  now: Date = new Date(),
): Promise<CaptureRecord> {
  return inTransaction(db, ['captures', 'accessLog'], async (tx) => {
    const store = tx.objectStore('captures');
    const current = CaptureRecordSchema.parse(await store.get(id));
    const next = CaptureRecordSchema.parse({ ...current, ...change });
    await store.put(next);
    await appendLog(tx.objectStore('accessLog'), {
      at: toOffsetIso(now),
      action: 'annotate',
      recordIds: [id],
      detail: Object.keys(change).join(','),
    });
    return next;
  });
}

/**
 * Adds a redacted copy to a record. The copy is a new artifact naming its original's hash; the
 * original artifact and its bytes are not touched.
 */
export async function addRedaction(
  db: Db,
  id: string,
  artifact: Artifact,
  blob: StoredBlob,
  now: Date = new Date(),
): Promise<CaptureRecord> {
  if (!artifact.derivedFrom) throw new Error('A redacted copy must name its original');
  if (artifact.sha256 !== blob.sha256) throw new Error('The redacted bytes do not match');
  return inTransaction(db, ['captures', 'blobs', 'accessLog'], async (tx) => {
    const store = tx.objectStore('captures');
    const current = CaptureRecordSchema.parse(await store.get(id));
    if (!current.artifacts.some((a) => a.sha256 === artifact.derivedFrom)) {
      throw new Error('The original is not an artifact of this record');
    }
    const next = CaptureRecordSchema.parse({
      ...current,
      redactions: [...current.redactions.filter((r) => r.sha256 !== artifact.sha256), artifact],
    });
    const blobs = tx.objectStore('blobs');
    if ((await blobs.getKey(blob.sha256)) === undefined) await blobs.add(blob);
    await store.put(next);
    await appendLog(tx.objectStore('accessLog'), {
      at: toOffsetIso(now),
      action: 'redact',
      recordIds: [id],
      detail: `${artifact.kind} of ${artifact.derivedFrom}`,
    });
    return next;
  });
}

/** Checks the whole stored chain (see `verifyChain`) and logs that it was checked. */
export async function verifyStoredChain(db: Db, now: Date = new Date()): Promise<ChainReport> {
  const records: CaptureRecord[] = [];
  for (const value of await db.getAll('captures')) {
    const parsed = CaptureRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
  }
  const head = await db.get('meta', HEAD_KEY);
  const report = verifyChain(
    records,
    await readAccessLog(db),
    head?.key === HEAD_KEY ? head.value.chainId : null,
  );
  await logAccess(db, 'verify', [], report.firstBreak ? 'broken' : 'intact', now);
  return report;
}

/** When evidence was last exported (ISO), or `null`. */
export async function lastExportAt(db: Db): Promise<string | null> {
  const entry = await db.get('meta', LAST_EXPORT_KEY);
  return entry?.key === LAST_EXPORT_KEY ? entry.value : null;
}

/**
 * True when some evidence has gone unexported for `days` days: uninstalling the extension
 * deletes the database, so the person is reminded to export.
 */
export async function needsExportReminder(db: Db, now: Date, days = 7): Promise<boolean> {
  const since = await lastExportAt(db);
  const oldest = await db.getAllFromIndex('captures', 'by-time', null, 1);
  const first = since
    ? await db.getAllFromIndex(
        'captures',
        'by-time',
        IDBKeyRange.lowerBound(new Date(since).toISOString(), true),
        1,
      )
    : oldest;
  const record = first[0];
  if (!record) return false;
  return now.getTime() - Date.parse(record.capturedAtUtc) >= days * 86_400_000;
}

/** Keeps a moment-of-detection snapshot as pending (replacing an older one for the same id). */
export async function savePending(db: Db, pending: PendingSnapshot): Promise<void> {
  await inTransaction(db, ['pending'], async (tx) => {
    await tx.objectStore('pending').put(pending);
  });
}

/** Pending snapshots that have not expired, newest first. */
export async function listPending(db: Db, now: Date): Promise<PendingSnapshot[]> {
  const all = await db.getAllFromIndex(
    'pending',
    'by-expiry',
    IDBKeyRange.lowerBound(now.toISOString(), true),
  );
  return all.sort((a, b) => b.createdAtUtc.localeCompare(a.createdAtUtc));
}

/** Turns a pending snapshot into a chained record; the pending entry goes in the same transaction. */
export async function keepPending(
  db: Db,
  id: string,
  now: Date = new Date(),
): Promise<CaptureRecord> {
  const pending = await db.get('pending', id);
  if (!pending) throw new Error(`No pending snapshot ${id}`);
  return saveCapture(db, pending.draft, pending.blobs, now, id);
}

/** Drops one pending snapshot. */
export async function discardPending(db: Db, id: string): Promise<void> {
  await db.delete('pending', id);
}

/** Deletes pending snapshots whose 24 hours are over; returns how many. */
export async function sweepExpiredPending(db: Db, now: Date): Promise<number> {
  return inTransaction(db, ['pending'], async (tx) => {
    const index = tx.objectStore('pending').index('by-expiry');
    let removed = 0;
    let cursor = await index.openCursor(IDBKeyRange.upperBound(now.toISOString()));
    while (cursor) {
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
    return removed;
  });
}

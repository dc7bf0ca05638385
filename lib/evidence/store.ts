import type { IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import { z } from 'zod';
import {
  commitUploadInTx,
  deleteBlobInTx,
  putBlobInTx,
  readBlob,
  type BlobStores,
  type StagedUpload,
} from './blobs';
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
  type StoredBlob,
} from './schema';
import { summaryOfStored } from './migrations/v3-to-v4';
import { RecordSummarySchema, summaryOf, type RecordSummary } from './summary';
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
type Writable<Name extends StoreNames<EvidenceDB>> = IDBPObjectStore<
  EvidenceDB,
  ArrayLike<StoreNames<EvidenceDB>>,
  Name,
  'readwrite'
>;
type LogStore = Writable<'accessLog'>;

/**
 * The stores a write of records, their files and its log entry touches (the transaction of a
 * capture adds `meta`, for the chain head; a deletion `exports`).
 */
export const RECORD_WRITE_STORES = [
  'captures',
  'summaries',
  'blobs',
  'chunks',
  'accessLog',
] as const satisfies readonly StoreNames<EvidenceDB>[];

/** The stores every write of a record touches, from one transaction. */
export interface RecordStores {
  captures: Writable<'captures'>;
  summaries: Writable<'summaries'>;
}

/**
 * Writes a record and its summary (the locker's light index) together, inside the caller's
 * transaction: the two never disagree. `add` refuses an id that is already stored.
 */
export async function writeRecordInTx(
  stores: RecordStores,
  record: CaptureRecord,
  mode: 'add' | 'put',
): Promise<void> {
  if (mode === 'add') await stores.captures.add(record);
  else await stores.captures.put(record);
  await stores.summaries.put(summaryOf(record));
}

/** Deletes a record and its summary inside the caller's transaction. */
async function deleteRecordInTx(stores: RecordStores, id: string): Promise<void> {
  await stores.captures.delete(id);
  await stores.summaries.delete(id);
}

/** The record stores of a transaction over (at least) `captures` and `summaries`. */
function recordStores(tx: {
  objectStore(name: 'captures'): Writable<'captures'>;
  objectStore(name: 'summaries'): Writable<'summaries'>;
}): RecordStores {
  return { captures: tx.objectStore('captures'), summaries: tx.objectStore('summaries') };
}

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

/** Writes a new record's files inside the transaction that stores the record. */
type WriteFiles = (stores: BlobStores) => Promise<void>;

/**
 * Stores a new record in one transaction: it joins the hash chain, `writeFiles` writes its files,
 * and the action is logged, or nothing happens at all.
 */
async function storeRecord(
  db: Db,
  draft: CaptureDraft,
  writeFiles: WriteFiles,
  now: Date,
  action: AccessAction,
  alsoDeletePendingId?: string,
): Promise<CaptureRecord> {
  const stores: StoreNames<EvidenceDB>[] = [...RECORD_WRITE_STORES, 'meta'];
  if (alsoDeletePendingId) stores.push('pending');
  return inTransaction(db, stores, async (tx) => {
    const metaStore = tx.objectStore('meta');
    const stored = await metaStore.get(HEAD_KEY);
    const head: ChainHead =
      stored?.key === HEAD_KEY
        ? stored.value
        : { chainId: crypto.randomUUID(), seq: 0, recordHash: null };
    const linked = linkRecord(draft, head);
    await writeFiles({ blobs: tx.objectStore('blobs'), chunks: tx.objectStore('chunks') });
    await writeRecordInTx(recordStores(tx), linked.record, 'add');
    await metaStore.put({ key: HEAD_KEY, value: linked.head });
    if (alsoDeletePendingId) await tx.objectStore('pending').delete(alsoDeletePendingId);
    await appendLog(tx.objectStore('accessLog'), {
      at: toOffsetIso(now),
      action,
      recordIds: [linked.record.id],
      detail: draft.source,
    });
    return linked.record;
  });
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
  const write: WriteFiles = async (stores) => {
    for (const blob of blobs) await putBlobInTx(stores, blob, now);
  };
  const action = alsoDeletePendingId ? 'keep-pending' : 'capture';
  return storeRecord(db, draft, write, now, action, alsoDeletePendingId);
}

/**
 * Saves the record of a file added from outside the browser, whose bytes were already streamed
 * to storage ({@link StagedUpload}): the record joins the chain and the staged pieces become its
 * file in one transaction.
 */
export async function saveStagedFile(
  db: Db,
  draft: CaptureDraft,
  staged: StagedUpload,
  mimeType: string,
  now: Date = new Date(),
): Promise<CaptureRecord> {
  const artifact = draft.artifacts[0];
  if (draft.artifacts.length !== 1 || artifact?.sha256 !== staged.sha256) {
    throw new Error('The record must name exactly the staged file');
  }
  checkDraft(draft, [
    { sha256: staged.sha256, mimeType, size: staged.size, bytes: new ArrayBuffer(0) },
  ]);
  return storeRecord(
    db,
    draft,
    (stores) => commitUploadInTx(stores, staged, mimeType),
    now,
    'add-file',
  );
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

/** True when `record` (or its summary) passes every filter given. */
export function matchesFilter(
  record: Pick<CaptureRecord, 'providerId' | 'state' | 'caseId' | 'capturedAtUtc'>,
  filter: CaptureFilter,
): boolean {
  if (filter.providerId && record.providerId !== filter.providerId) return false;
  if (filter.state && record.state !== filter.state) return false;
  if (filter.caseId && record.caseId !== filter.caseId) return false;
  if (filter.fromUtc && record.capturedAtUtc < filter.fromUtc) return false;
  if (filter.toUtc && record.capturedAtUtc > filter.toUtc) return false;
  return true;
}

/**
 * Below this many records a list walks the time index backwards and stops when it has enough
 * (the popup's five latest need not read a thousand records); above it one `getAll` is quicker
 * than a cursor step per record.
 */
const CURSOR_LIMIT = 100;

/**
 * The newest captures first, optionally filtered. Records that fail validation are returned in
 * `invalid` instead of being dropped or "repaired", so nothing is lost silently. Only the records
 * read until `limit` is reached are validated.
 */
export async function listCaptures(
  db: Db,
  limit: number,
  filter: CaptureFilter = {},
): Promise<{ records: CaptureRecord[]; invalid: InvalidRecord[] }> {
  const records: CaptureRecord[] = [];
  const invalid: InvalidRecord[] = [];
  const take = (value: unknown) => {
    const parsed = CaptureRecordSchema.safeParse(value);
    if (!parsed.success) {
      const id = (value as { id?: unknown } | undefined)?.id;
      invalid.push({ id: String(id), error: z.prettifyError(parsed.error) });
    } else if (matchesFilter(parsed.data, filter)) records.push(parsed.data);
  };
  if (limit < CURSOR_LIMIT) {
    const index = db.transaction('captures').store.index('by-time');
    let cursor = await index.openCursor(null, 'prev');
    while (cursor && records.length < limit) {
      take(cursor.value);
      cursor = await cursor.continue();
    }
    return { records, invalid };
  }
  const all = await db.getAllFromIndex('captures', 'by-time');
  for (let i = all.length - 1; i >= 0 && records.length < limit; i--) take(all[i]);
  return { records, invalid };
}

/**
 * The locker's list: every record's summary, newest first, and how many stored records are
 * damaged (they fail validation; kept as they are, counted, not listed). Reads the light index
 * only, each summary checked against its own small schema; full records are read when opened
 * ({@link getCapture}) or exported. Should the index ever disagree with the records in number
 * (something wrote records without it), it is made again from the records first.
 */
export async function listSummaries(
  db: Db,
): Promise<{ summaries: RecordSummary[]; damaged: InvalidRecord[] }> {
  const tx = db.transaction(['captures', 'summaries']);
  const [stored, count] = await Promise.all([
    tx.objectStore('summaries').index('by-time').getAll(),
    tx.objectStore('captures').count(),
  ]);
  await tx.done;
  return summariesFrom(stored.length === count ? stored : await rebuildSummaries(db));
}

/**
 * The locker's list from the rows of the light index in time order, each validated: newest
 * first, and the damaged ones apart.
 */
export function summariesFrom(values: readonly unknown[]): {
  summaries: RecordSummary[];
  damaged: InvalidRecord[];
} {
  const summaries: RecordSummary[] = [];
  const damaged: InvalidRecord[] = [];
  for (let i = values.length - 1; i >= 0; i--) {
    const parsed = RecordSummarySchema.safeParse(values[i]);
    if (!parsed.success) {
      const id = (values[i] as { id?: unknown } | undefined)?.id;
      damaged.push({ id: String(id), error: z.prettifyError(parsed.error) });
    } else if (parsed.data.damaged !== undefined) {
      damaged.push({ id: parsed.data.id, error: parsed.data.damaged });
    } else summaries.push(parsed.data);
  }
  return { summaries, damaged };
}

/**
 * Makes the light index again from the stored records (validating each, as the upgrade to
 * version 4 does), in one transaction; returns the summaries in time order.
 */
async function rebuildSummaries(db: Db): Promise<RecordSummary[]> {
  return inTransaction(db, ['captures', 'summaries'], async (tx) => {
    const summaries = tx.objectStore('summaries');
    await summaries.clear();
    let cursor = await tx.objectStore('captures').openCursor();
    while (cursor) {
      await summaries.put(summaryOfStored(String(cursor.primaryKey), cursor.value));
      cursor = await cursor.continue();
    }
    return summaries.index('by-time').getAll();
  });
}

/**
 * The records with `ids` (all of them when `ids` is omitted), newest first, each validated;
 * records that fail validation are reported in `invalid`.
 */
export async function getCaptures(
  db: Db,
  ids?: readonly string[],
): Promise<{ records: CaptureRecord[]; invalid: InvalidRecord[] }> {
  const listed = await listCaptures(db, Number.MAX_SAFE_INTEGER);
  if (!ids) return listed;
  const wanted = new Set(ids);
  return {
    records: listed.records.filter((r) => wanted.has(r.id)),
    invalid: listed.invalid.filter((r) => wanted.has(r.id)),
  };
}

/** One record by id, validated; `undefined` when absent or no longer valid. */
export async function getCapture(db: Db, id: string): Promise<CaptureRecord | undefined> {
  const parsed = CaptureRecordSchema.safeParse(await db.get('captures', id));
  return parsed.success ? parsed.data : undefined;
}

/** The bytes stored under `sha256` (assembled from chunks for a large file), if any. */
export async function getBlob(db: Db, sha256: string): Promise<StoredBlob | undefined> {
  return readBlob(db, sha256);
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
  why?: string,
): Promise<number> {
  return inTransaction(db, [...RECORD_WRITE_STORES, 'exports'], async (tx) => {
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
      await deleteRecordInTx(recordStores(tx), id);
      await tx.objectStore('exports').delete(id);
    }
    if (deleted.length === 0) return 0;
    for (const value of await captures.getAll()) {
      const parsed = CaptureRecordSchema.safeParse(value);
      const used = parsed.success
        ? artifactsOf(parsed.data)
        : ((value as { artifacts?: Artifact[] }).artifacts ?? []);
      for (const artifact of used) freed.delete(artifact.sha256);
    }
    const blobStores = { blobs: tx.objectStore('blobs'), chunks: tx.objectStore('chunks') };
    for (const sha of freed) await deleteBlobInTx(blobStores, sha);
    await appendLog(tx.objectStore('accessLog'), {
      at: toOffsetIso(now),
      action: 'delete',
      recordIds: deleted.map((link) => link.recordId),
      detail: (why ? `${why}: ${deleted.length} record(s)` : `${deleted.length} record(s)`).slice(
        0,
        500,
      ),
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
  return inTransaction(db, ['captures', 'summaries', 'accessLog'], async (tx) => {
    const current = CaptureRecordSchema.parse(await tx.objectStore('captures').get(id));
    const next = CaptureRecordSchema.parse({ ...current, ...change });
    await writeRecordInTx(recordStores(tx), next, 'put');
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
  return inTransaction(db, [...RECORD_WRITE_STORES], async (tx) => {
    const current = CaptureRecordSchema.parse(await tx.objectStore('captures').get(id));
    if (!current.artifacts.some((a) => a.sha256 === artifact.derivedFrom)) {
      throw new Error('The original is not an artifact of this record');
    }
    const next = CaptureRecordSchema.parse({
      ...current,
      redactions: [...current.redactions.filter((r) => r.sha256 !== artifact.sha256), artifact],
    });
    await putBlobInTx(
      { blobs: tx.objectStore('blobs'), chunks: tx.objectStore('chunks') },
      blob,
      now,
    );
    await writeRecordInTx(recordStores(tx), next, 'put');
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
 * Notes that `ids` were exported at `now`, record by record: the export reminder asks about each
 * record, so exporting some records never silences it for the others.
 */
export async function markExported(db: Db, ids: readonly string[], now: Date): Promise<void> {
  const at = toOffsetIso(now);
  await inTransaction(db, ['exports', 'meta'], async (tx) => {
    for (const recordId of ids) await tx.objectStore('exports').put({ recordId, at });
    await tx.objectStore('meta').put({ key: LAST_EXPORT_KEY, value: now.toISOString() });
  });
}

/**
 * True when a record captured on this device has gone unexported for `days` days: uninstalling
 * the extension deletes the database, so the person is reminded to export. Imported records are
 * left out (their bundle is a copy already).
 */
export async function needsExportReminder(db: Db, now: Date, days = 7): Promise<boolean> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const tx = db.transaction(['captures', 'exports']);
  const exported = tx.objectStore('exports');
  let cursor = await tx
    .objectStore('captures')
    .index('by-time')
    .openCursor(IDBKeyRange.upperBound(cutoff));
  while (cursor) {
    const record = cursor.value as Partial<CaptureRecord>;
    if (!record.origin && (await exported.getKey(cursor.primaryKey)) === undefined) return true;
    cursor = await cursor.continue();
  }
  return false;
}

import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { cachedOpener } from '../idb';
import { linkRecord, type ChainHead } from './chain';
import { DB_NAME, DB_VERSION } from './db-names';
import { migrateV1ToV2 } from './migrations/v1-to-v2';
import { exportsFromLog, migratePendingV2ToV3, originsFromLog } from './migrations/v2-to-v3';
import { summaryOfStored } from './migrations/v3-to-v4';
import {
  AccessLogEntrySchema,
  CaptureRecordSchema,
  CaptureRecordV1Schema,
  type AccessLogEntry,
  type BlobChunk,
  type CaptureRecord,
  type PendingSnapshot,
  type PendingSnapshotV2,
  type StoredBlobRow,
} from './schema';
import type { RecordSummary } from './summary';

/** The database's name and version live apart, for a page's early read (`db-names.ts`). */
export { DB_NAME, DB_VERSION };

/** Key of the chain head in the `meta` store. */
export const HEAD_KEY = 'chain-head';
/** Key of the time of the last export in the `meta` store. */
export const LAST_EXPORT_KEY = 'last-export';
/** Key of the count of pending snapshots deleted to make room, in the `meta` store. */
export const PENDING_DROPPED_KEY = 'pending-dropped';

/** How many waiting snapshots were deleted to make room, and when the last one went. */
export interface PendingDropped {
  count: number;
  lastAtUtc: string;
  /** `cap`: over the space kept for waiting snapshots; `room`: a capture of the person's needed it. */
  reason: 'cap' | 'room';
}

/** Small named values: the chain head, the last export time, dropped pending snapshots. */
export type MetaEntry =
  | { key: typeof HEAD_KEY; value: ChainHead }
  | { key: typeof LAST_EXPORT_KEY; value: string }
  | { key: typeof PENDING_DROPPED_KEY; value: PendingDropped };

/** When a record was last exported (one row per record ever exported). */
export interface ExportMark {
  recordId: string;
  /** Time of the export, with offset. */
  at: string;
}

export interface EvidenceDB extends DBSchema {
  captures: {
    key: string;
    value: CaptureRecord;
    indexes: { 'by-time': string; 'by-provider': string };
  };
  /**
   * The locker's light index: one summary per record of `captures`, same key, written in the
   * same transaction as the record (see `summary.ts`).
   */
  summaries: {
    key: string;
    value: RecordSummary;
    indexes: { 'by-time': string };
  };
  /** Artifact bytes keyed by SHA-256, so identical files are stored once. */
  blobs: {
    key: string;
    value: StoredBlobRow;
    indexes: { 'by-upload': string };
  };
  /** Pieces of large files, keyed by `[upload, index]` (see `blobs.ts`). */
  chunks: {
    key: [string, number];
    value: BlobChunk;
  };
  /** When each record was last exported, for the export reminder. */
  exports: {
    key: string;
    value: ExportMark;
  };
  /** Append-only log of view, export, delete… events (auto-increment key). */
  accessLog: {
    key: number;
    value: AccessLogEntry;
  };
  /** Moment-of-detection snapshots waiting to be kept or to expire. */
  pending: {
    key: string;
    value: PendingSnapshot;
    indexes: { 'by-expiry': string; 'by-slot': string };
  };
  meta: {
    key: string;
    value: MetaEntry;
  };
}

type UpgradeTx = IDBPTransaction<EvidenceDB, StoreNames<EvidenceDB>[], 'versionchange'>;

/**
 * Cumulative upgrade steps, run inside the upgrade transaction so an interrupted upgrade leaves
 * the old database untouched. Version 2 converts every version 1 record (typed migration
 * `migrateV1ToV2`) and links them into a hash chain in time order; a record that does not parse
 * as version 1 is left exactly as it was and reported by `listCaptures`, never dropped.
 * Version 3 adds chunked storage for large files and per-record export marks, and moves what
 * version 2 kept only in its access log onto the records (see `migrations/v2-to-v3.ts`).
 * Version 4 adds the locker's light index, a summary of every record (`migrations/v3-to-v4.ts`),
 * made after the earlier steps so it describes the records as they end up.
 */
function upgrade(db: IDBPDatabase<EvidenceDB>, oldVersion: number, tx: UpgradeTx): void {
  const steps: (() => Promise<void>)[] = [];
  if (oldVersion < 1) {
    const captures = db.createObjectStore('captures', { keyPath: 'id' });
    captures.createIndex('by-time', 'capturedAtUtc');
    captures.createIndex('by-provider', 'providerId');
    db.createObjectStore('blobs', { keyPath: 'sha256' });
  }
  if (oldVersion < 2) {
    db.createObjectStore('accessLog', { keyPath: 'id', autoIncrement: true });
    db.createObjectStore('pending', { keyPath: 'id' }).createIndex('by-expiry', 'expiresAtUtc');
    const meta = db.createObjectStore('meta', { keyPath: 'key' });
    let head: ChainHead = { chainId: crypto.randomUUID(), seq: 0, recordHash: null };
    steps.push(async () => {
      let cursor = await tx.objectStore('captures').index('by-time').openCursor();
      while (cursor) {
        const old = CaptureRecordV1Schema.safeParse(cursor.value);
        if (old.success) {
          const linked = linkRecord(migrateV1ToV2(old.data), head);
          head = linked.head;
          await cursor.update(linked.record);
        }
        cursor = await cursor.continue();
      }
      await meta.put({ key: HEAD_KEY, value: head });
    });
  }
  if (oldVersion < 3) {
    db.createObjectStore('chunks', { keyPath: ['upload', 'index'] });
    db.createObjectStore('exports', { keyPath: 'recordId' });
    tx.objectStore('blobs').createIndex('by-upload', 'chunks.upload');
    tx.objectStore('pending').createIndex('by-slot', 'slot');
    steps.push(async () => {
      const log: AccessLogEntry[] = [];
      for (const value of await tx.objectStore('accessLog').getAll()) {
        const parsed = AccessLogEntrySchema.safeParse(value);
        if (parsed.success) log.push(parsed.data);
      }
      const origins = originsFromLog(log);
      let cursor = await tx.objectStore('captures').openCursor();
      while (cursor) {
        const origin = origins.get(String(cursor.primaryKey));
        const record = CaptureRecordSchema.safeParse(cursor.value);
        // A record that does not parse is left exactly as it was (reported, never changed).
        if (origin && record.success && !record.data.origin) {
          await cursor.update({ ...record.data, origin });
        }
        cursor = await cursor.continue();
      }
      for (const [recordId, at] of exportsFromLog(log)) {
        await tx.objectStore('exports').put({ recordId, at });
      }
      let pending = await tx.objectStore('pending').openCursor();
      while (pending) {
        const old = pending.value as Partial<PendingSnapshot> & PendingSnapshotV2;
        if (old.slot === undefined) await pending.update(migratePendingV2ToV3(old));
        pending = await pending.continue();
      }
    });
  }
  if (oldVersion < 4) {
    db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('by-time', 'capturedAtUtc');
    steps.push(async () => {
      const summaries = tx.objectStore('summaries');
      let cursor = await tx.objectStore('captures').openCursor();
      while (cursor) {
        await summaries.put(summaryOfStored(String(cursor.primaryKey), cursor.value));
        cursor = await cursor.continue();
      }
    });
  }
  // Only IndexedDB requests are awaited, so the upgrade transaction stays open throughout; the
  // steps run in version order, and any failure aborts the whole upgrade.
  const run = async () => {
    for (const step of steps) await step();
  };
  void run().catch(() => tx.abort());
}

const opener = cachedOpener<EvidenceDB>(DB_NAME, DB_VERSION, (db, oldVersion, _new, tx) =>
  upgrade(db, oldVersion, tx),
);

/**
 * Opens (once) the evidence database; the handle is dropped and reopened when another context
 * needs a newer version or the browser closes it: MV3 workers and their connections can die at
 * any time.
 */
export const openEvidenceDb = opener.open;

/** Forgets the cached handle (tests swap the global `indexedDB` between cases). */
export const resetEvidenceDbCache = opener.reset;

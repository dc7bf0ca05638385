import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { cachedOpener } from '../idb';
import { linkRecord, type ChainHead } from './chain';
import { migrateV1ToV2 } from './migrations/v1-to-v2';
import {
  CaptureRecordV1Schema,
  type AccessLogEntry,
  type CaptureRecord,
  type PendingSnapshot,
  type StoredBlob,
} from './schema';

/**
 * The evidence database. It lives in the extension's origin and is opened only by the
 * background and extension pages, never by a content script (whose IndexedDB is the page's).
 */
export const DB_NAME = 'wallet-assist-evidence';

/** Bump with a new cumulative step in {@link upgrade}; steps never drop data. */
export const DB_VERSION = 2;

/** Key of the chain head in the `meta` store. */
export const HEAD_KEY = 'chain-head';
/** Key of the time of the last export in the `meta` store. */
export const LAST_EXPORT_KEY = 'last-export';

/** Small named values: the chain head, the last export time. */
export type MetaEntry =
  { key: typeof HEAD_KEY; value: ChainHead } | { key: typeof LAST_EXPORT_KEY; value: string };

export interface EvidenceDB extends DBSchema {
  captures: {
    key: string;
    value: CaptureRecord;
    indexes: { 'by-time': string; 'by-provider': string };
  };
  /** Artifact bytes keyed by SHA-256, so identical files are stored once. */
  blobs: {
    key: string;
    value: StoredBlob;
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
    indexes: { 'by-expiry': string };
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
 */
function upgrade(db: IDBPDatabase<EvidenceDB>, oldVersion: number, tx: UpgradeTx): void {
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
    const migrate = async () => {
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
    };
    // Only IndexedDB requests are awaited, so the upgrade transaction stays open throughout.
    void migrate().catch(() => tx.abort());
  }
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

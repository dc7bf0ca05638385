import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CaptureRecord, StoredBlob } from './schema';

/**
 * The evidence database. It lives in the extension's origin and is opened only by the
 * background and extension pages, never by a content script (whose IndexedDB is the page's).
 */
export const DB_NAME = 'wallet-assist-evidence';

/** Bump with a new cumulative step in {@link upgrade}; steps never drop data. */
export const DB_VERSION = 1;

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
}

function upgrade(db: IDBPDatabase<EvidenceDB>, oldVersion: number): void {
  if (oldVersion < 1) {
    const captures = db.createObjectStore('captures', { keyPath: 'id' });
    captures.createIndex('by-time', 'capturedAtUtc');
    captures.createIndex('by-provider', 'providerId');
    db.createObjectStore('blobs', { keyPath: 'sha256' });
  }
}

let cached: Promise<IDBPDatabase<EvidenceDB>> | null = null;

/**
 * Opens (once) the evidence database. The handle is dropped when another context needs a newer
 * version (`blocking`) or the browser closes it (`terminated`), so the next call reopens it:
 * MV3 service workers and their connections can die at any time.
 */
export function openEvidenceDb(): Promise<IDBPDatabase<EvidenceDB>> {
  if (cached) return cached;
  const opening = openDB<EvidenceDB>(DB_NAME, DB_VERSION, {
    upgrade,
    blocking() {
      void opening.then((db) => db.close());
      cached = null;
    },
    terminated() {
      cached = null;
    },
  });
  cached = opening;
  opening.catch(() => {
    cached = null;
  });
  return opening;
}

/** Forgets the cached handle (tests swap the global `indexedDB` between cases). */
export function resetEvidenceDbCache(): void {
  cached = null;
}

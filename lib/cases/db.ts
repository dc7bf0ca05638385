import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CaseRecord } from './schema';

/**
 * The cases database: separate from the evidence database so each can evolve (and be versioned)
 * on its own. Like the evidence store it lives in the extension's origin only.
 */
export const CASES_DB_NAME = 'wallet-assist-cases';

/** Bump with a new cumulative step in {@link upgrade}; steps never drop data. */
export const CASES_DB_VERSION = 1;

export interface CasesDB extends DBSchema {
  cases: {
    key: string;
    value: CaseRecord;
    indexes: { 'by-updated': string; 'by-provider': string; 'by-status': string };
  };
}

function upgrade(db: IDBPDatabase<CasesDB>, oldVersion: number): void {
  if (oldVersion < 1) {
    const cases = db.createObjectStore('cases', { keyPath: 'id' });
    cases.createIndex('by-updated', 'updatedAtUtc');
    cases.createIndex('by-provider', 'providerId');
    cases.createIndex('by-status', 'status');
  }
}

let cached: Promise<IDBPDatabase<CasesDB>> | null = null;

/**
 * Opens (once) the cases database. The handle is dropped when a newer version needs the database
 * (`blocking`) or the browser closes it (`terminated`): an MV3 worker can stop at any moment.
 */
export function openCasesDb(): Promise<IDBPDatabase<CasesDB>> {
  if (cached) return cached;
  const opening = openDB<CasesDB>(CASES_DB_NAME, CASES_DB_VERSION, {
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
export function resetCasesDbCache(): void {
  cached = null;
}

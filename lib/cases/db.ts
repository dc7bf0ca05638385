import type { DBSchema, IDBPDatabase } from 'idb';
import { cachedOpener } from '../idb';
import type { CaseRecord } from './schema';

/**
 * The cases database: separate from the evidence database so each can evolve (and be versioned)
 * on its own. Like the evidence store it lives in the extension's origin only.
 */
const CASES_DB_NAME = 'wallet-assist-cases';

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

const opener = cachedOpener<CasesDB>(CASES_DB_NAME, CASES_DB_VERSION, upgrade);

/**
 * Opens (once) the cases database; the handle is dropped and reopened when a newer version needs
 * the database or the browser closes it: an MV3 worker can stop at any moment.
 */
export const openCasesDb = opener.open;

/** Forgets the cached handle (tests swap the global `indexedDB` between cases). */
export const resetCasesDbCache = opener.reset;

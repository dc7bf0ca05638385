import { DB_NAME, DB_VERSION } from '../evidence/db-names';

/*
 * The locker's light index, read while the page's own code is still loading. The locker's first
 * screen needs the index and its code; read one after the other, a thousand records took the
 * locker past its budget. The locker's first script (entrypoints/locker-start.ts, a plain script
 * that imports nothing but this and the database's name) starts the read at once, with the
 * browser's IndexedDB as it is, and the rows wait, still unvalidated, until the page's code takes
 * them (`summariesFrom` validates each one).
 *
 * It never changes the database. A database that needs an upgrade (or does not exist yet) is
 * left exactly as it was: the upgrade is aborted, which undoes it, and the locker reads through
 * the store's own opener, which upgrades it properly. So does an index that is not complete.
 */

/** The rows of the light index in time order, or `null` when the locker must read them itself. */
export function readSummariesEarly(): Promise<unknown[] | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onblocked = () => resolve(null);
    request.onerror = (event) => {
      // The aborted upgrade (or a newer database than this code knows): not an error to report.
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      const done = (rows: unknown[] | null) => {
        db.close();
        resolve(rows);
      };
      try {
        const tx = db.transaction(['captures', 'summaries'], 'readonly');
        const rows = tx.objectStore('summaries').index('by-time').getAll();
        const count = tx.objectStore('captures').count();
        tx.oncomplete = () => done(rows.result.length === count.result ? rows.result : null);
        tx.onabort = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}

/** Where the locker's first script leaves its read for the page's code. */
export interface EarlyScope {
  walletAssistEarlySummaries?: Promise<unknown[] | null>;
}

/** The read the locker's first script started, once (`undefined` when it did not run). */
export function takeEarlySummaries(): Promise<unknown[] | null> | undefined {
  const scope = globalThis as EarlyScope;
  const early = scope.walletAssistEarlySummaries;
  delete scope.walletAssistEarlySummaries;
  return early;
}

import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

/** Opens one IndexedDB database at most once at a time; see {@link cachedOpener}. */
export interface CachedOpener<Schema extends DBSchema> {
  open(): Promise<IDBPDatabase<Schema>>;
  /** Forgets the cached handle (tests swap the global `indexedDB` between cases). */
  reset(): void;
}

/**
 * An opener that keeps one handle. The handle is dropped when another context needs a newer
 * version (`blocking`), when the browser closes it (`terminated`) or when opening fails, so the
 * next call reopens it: MV3 service workers and their connections can die at any time.
 */
export function cachedOpener<Schema extends DBSchema>(
  name: string,
  version: number,
  upgrade: NonNullable<OpenDBCallbacks<Schema>['upgrade']>,
): CachedOpener<Schema> {
  let cached: Promise<IDBPDatabase<Schema>> | null = null;
  return {
    open() {
      if (cached) return cached;
      const opening = openDB<Schema>(name, version, {
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
    },
    reset() {
      cached = null;
    },
  };
}

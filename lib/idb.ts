import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type OpenDBCallbacks,
  type StoreNames,
} from 'idb';

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

/** The device is out of space: nothing of the failed write was kept. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message))
  );
}

/**
 * Runs `body` in one read-write transaction over `stores` and waits for it to commit. On any
 * error the transaction is aborted explicitly, so a failure between two writes can never commit
 * half a change; a full disk becomes a {@link StorageFullError}. `body` may await only requests
 * of `tx` (an IndexedDB transaction closes when it waits on anything else).
 */
export async function inTransaction<
  Schema extends DBSchema,
  Stores extends StoreNames<Schema>[],
  Result,
>(
  db: IDBPDatabase<Schema>,
  stores: Stores,
  body: (tx: IDBPTransaction<Schema, Stores, 'readwrite'>) => Promise<Result>,
): Promise<Result> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    if (isQuotaError(error)) {
      throw new StorageFullError(
        'The device has no room left. Nothing was saved; free some space, or export and delete older evidence.',
      );
    }
    throw error;
  }
}

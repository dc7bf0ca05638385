import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import { inTransaction } from '../idb';
import type { CasesDB } from './db';
import { CaseRecordSchema, parseCase, type CaseRecord } from './schema';

/** A stored case that no longer parses: kept, reported, never replaced by defaults. */
export interface InvalidCase {
  id: string;
  error: string;
}

/** Adds a new case; refuses an id that already exists, so nothing is overwritten. */
export async function addCase(db: IDBPDatabase<CasesDB>, record: CaseRecord): Promise<void> {
  await db.add('cases', parseCase(record));
}

/** The case with `id`, or `undefined`; throws when the stored value fails validation. */
export async function getCase(
  db: IDBPDatabase<CasesDB>,
  id: string,
): Promise<CaseRecord | undefined> {
  const value = await db.get('cases', id);
  return value === undefined ? undefined : parseCase(value);
}

/** Most recently changed first; invalid records are reported in `invalid`, not dropped. */
export async function listCases(
  db: IDBPDatabase<CasesDB>,
  limit = 500,
): Promise<{ records: CaseRecord[]; invalid: InvalidCase[] }> {
  const records: CaseRecord[] = [];
  const invalid: InvalidCase[] = [];
  let cursor = await db.transaction('cases').store.index('by-updated').openCursor(null, 'prev');
  while (cursor && records.length < limit) {
    const parsed = CaseRecordSchema.safeParse(cursor.value);
    if (parsed.success) records.push(parsed.data);
    else invalid.push({ id: String(cursor.primaryKey), error: z.prettifyError(parsed.error) });
    cursor = await cursor.continue();
  }
  return { records, invalid };
}

/** Thrown when the case to change does not exist. */
export class CaseNotFoundError extends Error {
  override name = 'CaseNotFoundError';
  constructor(id: string) {
    super(`No case with id ${id}`);
  }
}

/**
 * Reads, changes and writes one case inside a single transaction, so two changes arriving at
 * once cannot lose each other. `change` must be synchronous (an IndexedDB transaction closes
 * when it waits on anything else); if it throws, nothing is written.
 */
export async function updateCase(
  db: IDBPDatabase<CasesDB>,
  id: string,
  change: (current: CaseRecord) => CaseRecord,
): Promise<CaseRecord> {
  return inTransaction(db, ['cases'], async (tx) => {
    const store = tx.objectStore('cases');
    const stored = await store.get(id);
    if (stored === undefined) throw new CaseNotFoundError(id);
    const next = parseCase(change(parseCase(stored)));
    if (next.id !== id) throw new Error('A change may not alter the case id');
    await store.put(next);
    return next;
  });
}

/**
 * Imports a case from untrusted JSON text or a value. It must parse strictly (no unknown fields,
 * right types) and its id must be new; otherwise it throws a message naming the problem and the
 * database is left exactly as it was.
 */
export async function importCase(db: IDBPDatabase<CasesDB>, input: unknown): Promise<CaseRecord> {
  const record = await checkCaseImport(db, input);
  await db.add('cases', record);
  return record;
}

/**
 * What {@link importCase} checks, without storing anything: the case parses strictly and its id
 * is new. Returns the case; throws a message naming the problem.
 */
export async function checkCaseImport(
  db: IDBPDatabase<CasesDB>,
  input: unknown,
): Promise<CaseRecord> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      throw new Error('Invalid case: the file is not JSON');
    }
  }
  const record = parseCase(value);
  if ((await db.getKey('cases', record.id)) !== undefined) {
    throw new Error(`Invalid case: a case with id ${record.id} already exists`);
  }
  return record;
}

import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import type { EvidenceDB } from './db';
import { CaptureRecordSchema, type CaptureRecord, type StoredBlob } from './schema';

/** A stored record that no longer parses: kept in the database, reported, never replaced. */
export interface InvalidRecord {
  id: string;
  error: string;
}

/**
 * Saves a capture and its blobs in one transaction: either everything lands or nothing does.
 * Blobs already present (same SHA-256) are not written again. The record is validated first;
 * a blob whose digest the record does not name is refused.
 */
export async function saveCapture(
  db: IDBPDatabase<EvidenceDB>,
  record: CaptureRecord,
  blobs: readonly StoredBlob[],
): Promise<void> {
  const parsed = CaptureRecordSchema.safeParse(record);
  if (!parsed.success) throw new Error(`Invalid capture record: ${z.prettifyError(parsed.error)}`);
  const named = new Set(parsed.data.artifacts.map((a) => a.sha256));
  for (const blob of blobs) {
    if (!named.has(blob.sha256)) throw new Error(`Blob ${blob.sha256} is not named by the record`);
  }
  const tx = db.transaction(['captures', 'blobs'], 'readwrite');
  const blobStore = tx.objectStore('blobs');
  try {
    for (const blob of blobs) {
      if ((await blobStore.getKey(blob.sha256)) === undefined) await blobStore.add(blob);
    }
    await tx.objectStore('captures').add(parsed.data);
    await tx.done;
  } catch (error) {
    // Abort explicitly so a failure between writes can never commit half a capture.
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * The newest captures first. Records that fail validation are returned in `invalid` instead of
 * being dropped or "repaired", so nothing is lost silently.
 */
export async function listCaptures(
  db: IDBPDatabase<EvidenceDB>,
  limit: number,
): Promise<{ records: CaptureRecord[]; invalid: InvalidRecord[] }> {
  const records: CaptureRecord[] = [];
  const invalid: InvalidRecord[] = [];
  let cursor = await db.transaction('captures').store.index('by-time').openCursor(null, 'prev');
  while (cursor && records.length < limit) {
    const parsed = CaptureRecordSchema.safeParse(cursor.value);
    if (parsed.success) records.push(parsed.data);
    else invalid.push({ id: String(cursor.primaryKey), error: z.prettifyError(parsed.error) });
    cursor = await cursor.continue();
  }
  return { records, invalid };
}

/** The bytes stored under `sha256`, if any. */
export async function getBlob(
  db: IDBPDatabase<EvidenceDB>,
  sha256: string,
): Promise<StoredBlob | undefined> {
  return db.get('blobs', sha256);
}

import type { IDBPDatabase } from 'idb';
import { PENDING_DROPPED_KEY, type EvidenceDB, type PendingDropped } from './db';
import type { CaptureRecord, PendingSnapshot } from './schema';
import { saveCapture, StorageFullError } from './store';
import { inTransaction } from '../idb';

/**
 * Moment-of-detection snapshots waiting to be kept. A page decides when they are made (every
 * problem it shows makes one), so they are bounded: one per tab and problem (`pendingSlot`), a
 * cap on each page copy and on what they take together, and the person's own captures always
 * come first: when the device is full, waiting snapshots are deleted to make room, and the
 * person is told.
 */

/**
 * The limits, and why these values:
 * - a page copy (the error region's HTML, or its text) of 256 KB holds any real error message
 *   many times over, while a hostile page cannot make one snapshot large;
 * - 24 MB for all waiting snapshots together is room for about a dozen snapshots with a
 *   full-HD screenshot each, a small share of any browser's storage quota;
 * - 20 snapshots at most: one per tab and problem, and more tabs than anyone keeps open on
 *   wallets at a time.
 */
export const PENDING_LIMITS = {
  maxCopyBytes: 256 * 1024,
  maxTotalBytes: 24 * 1024 * 1024,
  maxCount: 20,
} as const;

type Db = IDBPDatabase<EvidenceDB>;

/** What {@link savePending} did. */
export interface PendingSaved {
  saved: boolean;
  /** The older snapshot of the same tab and problem that this one replaced, if any. */
  replaced: number;
  /** Older snapshots deleted to stay within the caps. */
  evicted: number;
}

/** Adds `count` to the tally of waiting snapshots deleted to make room (shown to the person). */
async function noteDropped(
  meta: { get(key: string): Promise<unknown>; put(value: never): Promise<unknown> },
  count: number,
  reason: PendingDropped['reason'],
  now: Date,
): Promise<void> {
  if (count === 0) return;
  const stored = (await meta.get(PENDING_DROPPED_KEY)) as
    { key: string; value: PendingDropped } | undefined;
  const value: PendingDropped = {
    count: (stored?.value.count ?? 0) + count,
    lastAtUtc: now.toISOString(),
    reason,
  };
  await meta.put({ key: PENDING_DROPPED_KEY, value } as never);
}

/**
 * Keeps a moment-of-detection snapshot as pending, in one transaction: an older snapshot of the
 * same tab and problem is replaced, and the oldest others are deleted (and counted) while the
 * total would pass {@link PENDING_LIMITS}. A snapshot larger than the whole budget is not kept.
 */
export async function savePending(
  db: Db,
  pending: PendingSnapshot,
  now: Date = new Date(),
  limits: { maxTotalBytes: number; maxCount: number } = PENDING_LIMITS,
): Promise<PendingSaved> {
  if (pending.bytes > limits.maxTotalBytes) return { saved: false, replaced: 0, evicted: 0 };
  return inTransaction(db, ['pending', 'meta'], async (tx) => {
    const store = tx.objectStore('pending');
    let replaced = 0;
    for (const key of await store.index('by-slot').getAllKeys(pending.slot)) {
      await store.delete(key);
      replaced++;
    }
    const others = (await store.getAll()).sort((a, b) =>
      a.createdAtUtc.localeCompare(b.createdAtUtc),
    );
    let total = others.reduce((sum, p) => sum + p.bytes, 0);
    let count = others.length;
    let evicted = 0;
    for (const oldest of others) {
      if (total + pending.bytes <= limits.maxTotalBytes && count < limits.maxCount) break;
      await store.delete(oldest.id);
      total -= oldest.bytes;
      count--;
      evicted++;
    }
    await store.put(pending);
    await noteDropped(tx.objectStore('meta'), evicted, 'cap', now);
    return { saved: true, replaced, evicted };
  });
}

/** Pending snapshots that have not expired, newest first. */
export async function listPending(db: Db, now: Date): Promise<PendingSnapshot[]> {
  const all = await db.getAllFromIndex(
    'pending',
    'by-expiry',
    IDBKeyRange.lowerBound(now.toISOString(), true),
  );
  return all.sort((a, b) => b.createdAtUtc.localeCompare(a.createdAtUtc));
}

/** How many waiting snapshots were deleted to make room, or `null` if none ever was. */
export async function pendingDropped(db: Db): Promise<PendingDropped | null> {
  const entry = await db.get('meta', PENDING_DROPPED_KEY);
  return entry?.key === PENDING_DROPPED_KEY ? entry.value : null;
}

/** Forgets the tally of dropped snapshots once the person has read it. */
export async function clearPendingDropped(db: Db): Promise<void> {
  await db.delete('meta', PENDING_DROPPED_KEY);
}

/** Deletes every pending snapshot, counting them as dropped for room. Returns how many. */
async function dropAllPending(db: Db, now: Date): Promise<number> {
  return inTransaction(db, ['pending', 'meta'], async (tx) => {
    const count = await tx.objectStore('pending').count();
    await tx.objectStore('pending').clear();
    await noteDropped(tx.objectStore('meta'), count, 'room', now);
    return count;
  });
}

/**
 * Runs a save of the person's own (a capture, a file added); when the device is full, waiting
 * snapshots are deleted first and the save tried again, so a snapshot a page caused never takes
 * the room of evidence the person asked for. `pendingDropped` says how many went (the UI tells
 * the person).
 */
export async function withRoomForOwn<T>(
  db: Db,
  save: () => Promise<T>,
  now: Date = new Date(),
): Promise<{ result: T; pendingDropped: number }> {
  try {
    return { result: await save(), pendingDropped: 0 };
  } catch (error) {
    if (!(error instanceof StorageFullError)) throw error;
    const dropped = await dropAllPending(db, now);
    if (dropped === 0) throw error;
    return { result: await save(), pendingDropped: dropped };
  }
}

/** Turns a pending snapshot into a chained record; the pending entry goes in the same transaction. */
export async function keepPending(
  db: Db,
  id: string,
  now: Date = new Date(),
): Promise<CaptureRecord> {
  const pending = await db.get('pending', id);
  if (!pending) throw new Error(`No pending snapshot ${id}`);
  return saveCapture(db, pending.draft, pending.blobs, now, id);
}

/** Drops one pending snapshot. */
export async function discardPending(db: Db, id: string): Promise<void> {
  await db.delete('pending', id);
}

/** Deletes pending snapshots whose 24 hours are over; returns how many. */
export async function sweepExpiredPending(db: Db, now: Date): Promise<number> {
  return inTransaction(db, ['pending'], async (tx) => {
    const index = tx.objectStore('pending').index('by-expiry');
    let removed = 0;
    let cursor = await index.openCursor(IDBKeyRange.upperBound(now.toISOString()));
    while (cursor) {
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
    return removed;
  });
}

import { evidenceFromDb, type EvidenceSource } from '../cases/export';
import { openEvidenceDb } from '../evidence/db';
import { exportEvidence } from '../evidence/export';
import { importBundle } from '../evidence/import';
import {
  addRedaction,
  annotateCapture,
  deleteCaptures,
  discardPending,
  getBlob,
  keepPending,
  listCaptures,
  listPending,
  logAccess,
  needsExportReminder,
  verifyStoredChain,
  type EvidenceDb,
} from '../evidence/store';

/**
 * Evidence as extension pages reach it. This is the one place a page opens the evidence
 * database itself instead of asking the background: records carry binary files (screenshots,
 * page copies) that runtime messages would copy as JSON, the locker lists a thousand records at
 * once, and the store's functions already keep every write whole in one IndexedDB transaction
 * (the background writes its captures through the same functions). The database lives in the
 * extension's origin, so only the background and extension pages can open it.
 */

/** `fn` with the evidence database opened (once, cached) as its first argument. */
function withDb<Args extends unknown[], Result>(
  fn: (db: EvidenceDb, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args) => fn(await openEvidenceDb(), ...args);
}

export const evidence = {
  /** Saved records, newest first, and the stored ones that failed validation. */
  list: withDb(listCaptures),
  /** Moment-of-detection snapshots waiting to be kept. */
  pending: withDb(listPending),
  keep: withDb(keepPending),
  discard: withDb(discardPending),
  /** The stored bytes of one artifact (by SHA-256). */
  blob: withDb(getBlob),
  annotate: withDb(annotateCapture),
  addRedaction: withDb(addRedaction),
  remove: withDb(deleteCaptures),
  /** Appends to the access log (a record was viewed, …). */
  logAccess: withDb(logAccess),
  verifyChain: withDb(verifyStoredChain),
  needsExportReminder: withDb(needsExportReminder),
  exportBundle: withDb(exportEvidence),
  importBundle: withDb(importBundle),
  /** The linked evidence of a complaint case, for its export. */
  forCase: async (): Promise<EvidenceSource> => evidenceFromDb(await openEvidenceDb()),
};

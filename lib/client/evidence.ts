import { browser } from 'wxt/browser';
import type { EvidenceSource } from '../cases/export';
import { openEvidenceDb } from '../evidence/db';
import type { ExportOptions } from '../evidence/export';
import type { ExportChoices } from '../evidence/export-plan';
import { addOutsideFile, type OutsideFileInput } from '../evidence/outside';
import {
  clearPendingDropped,
  discardPending,
  keepPending,
  listPending,
  pendingDropped,
} from '../evidence/pending';
import {
  addRedaction,
  annotateCapture,
  deleteCaptures,
  getBlob,
  getCapture,
  getCaptures,
  listCaptures,
  listSummaries,
  logAccess,
  needsExportReminder,
  summariesFrom,
  verifyStoredChain,
  type EvidenceDb,
} from '../evidence/store';
import { deviceTimeZone } from '../intl';

/**
 * Evidence as extension pages reach it. This is the one place a page opens the evidence
 * database itself instead of asking the background: records carry binary files (screenshots,
 * page copies, statements) that runtime messages would copy as JSON, the locker lists a thousand
 * records at once, and the store's functions already keep every write whole in one IndexedDB
 * transaction (the background writes its captures through the same functions). The database
 * lives in the extension's origin, so only the background and extension pages can open it.
 *
 * Export and import (ZIP writing and reading, the report, the case bundle) are loaded when they
 * are first used, so a page that lists or shows evidence does not evaluate them as it starts.
 */

/** `fn` with the evidence database opened (once, cached) as its first argument. */
function withDb<Args extends unknown[], Result>(
  fn: (db: EvidenceDb, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args) => fn(await openEvidenceDb(), ...args);
}

/** A file's bytes as a stream of pieces, read as they are needed. */
async function* piecesOf(file: Blob): AsyncIterable<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** What the person says about a file they add (see `OutsideFileInput`). */
export type FileDetails = Omit<OutsideFileInput, 'open' | 'fileName'>;

export const evidence = {
  /** Saved records, newest first, and the stored ones that failed validation. */
  list: withDb(listCaptures),
  /** The locker's light index: a summary of every record, newest first, and the damaged ones. */
  summaries: withDb(listSummaries),
  /** The same list from rows read early (`readSummariesEarly`), validated now. */
  summariesFrom,
  /** One record, validated in full (`undefined` when absent or damaged). */
  get: withDb(getCapture),
  /** Records by id (all when no ids are given), validated in full: for an export. */
  records: withDb(getCaptures),
  /** Moment-of-detection snapshots waiting to be kept. */
  pending: withDb(listPending),
  keep: withDb(keepPending),
  discard: withDb(discardPending),
  /** How many waiting snapshots were deleted to make room (and forgetting it once shown). */
  pendingDropped: withDb(pendingDropped),
  clearPendingDropped: withDb(clearPendingDropped),
  /** The stored bytes of one artifact (by SHA-256). */
  blob: withDb(getBlob),
  annotate: withDb(annotateCapture),
  addRedaction: withDb(addRedaction),
  remove: withDb(deleteCaptures),
  /** Appends to the access log (a record was viewed, …). */
  logAccess: withDb(logAccess),
  verifyChain: withDb(verifyStoredChain),
  needsExportReminder: withDb(needsExportReminder),
  /** Exports records as a checkable ZIP bundle (see `lib/evidence/export.ts`). */
  exportBundle: async (options: ExportOptions) => {
    const { exportEvidence } = await import('../evidence/export');
    return exportEvidence(await openEvidenceDb(), options);
  },
  /** Imports a bundle file; `name` is kept with each imported record. */
  importBundle: async (zip: Uint8Array, name = '') => {
    const { importBundle } = await import('../evidence/import');
    return importBundle(await openEvidenceDb(), zip, new Date(), name);
  },
  /** Adds a file from outside the browser, streamed into storage; `onProgress` hears the bytes. */
  addFile: async (file: File, details: FileDetails, onProgress?: (bytes: number) => void) =>
    addOutsideFile(
      await openEvidenceDb(),
      { ...details, fileName: file.name, open: () => piecesOf(file) },
      {
        now: new Date(),
        timeZone: deviceTimeZone(),
        userAgent: navigator.userAgent,
        extensionVersion: browser.runtime.getManifest().version,
        onProgress,
      },
    ),
  /** The linked evidence of a complaint case, for its export, with the person's choices. */
  forCase: async (choices?: ExportChoices): Promise<EvidenceSource> => {
    const { evidenceFromDb } = await import('../cases/export');
    return evidenceFromDb(await openEvidenceDb(), choices);
  },
};

import { pendingBytes, pendingSlot } from '../pending-slot';
import type { AccessLogEntry, PendingSnapshot, PendingSnapshotV2, RecordOrigin } from '../schema';

/**
 * Database version 2 → 3. Version 3 records what version 2 only had in its access log:
 *
 * - which records came from an imported bundle (`origin`), so they are never mistaken for the
 *   person's own captures. Version 2 logged every import with the ids it added and the bundle's
 *   stated export time; the bundle file's own hash was not kept, so it is `null` here;
 * - which records were exported and when, so the export reminder can follow each record (version
 *   2 kept only the time of the last export of anything);
 * - the tab-and-problem slot and size of each pending snapshot, for the limits on them.
 *
 * Nothing is dropped: every record, pending snapshot and log entry stays.
 */

/** The origin of every record an import added, from the access log (the latest import wins). */
export function originsFromLog(log: readonly AccessLogEntry[]): Map<string, RecordOrigin> {
  const origins = new Map<string, RecordOrigin>();
  for (const entry of log) {
    if (entry.action !== 'import') continue;
    const exportedAt = /^bundle exported (\S+)/.exec(entry.detail)?.[1] ?? '';
    for (const id of entry.recordIds) {
      origins.set(id, {
        kind: 'imported',
        importedAt: entry.at,
        bundleSha256: null,
        bundleName: '',
        bundleExportedAt: exportedAt.slice(0, 40),
        notIncluded: [],
        detailsMasked: false,
      });
    }
  }
  return origins;
}

/** When each record was last exported, from the access log. */
export function exportsFromLog(log: readonly AccessLogEntry[]): Map<string, string> {
  const exports = new Map<string, string>();
  for (const entry of log) {
    if (entry.action !== 'export') continue;
    for (const id of entry.recordIds) exports.set(id, entry.at);
  }
  return exports;
}

/** A version 2 pending snapshot with its slot and size. */
export function migratePendingV2ToV3(old: PendingSnapshotV2): PendingSnapshot {
  return { ...old, slot: pendingSlot(old.tabId, old.draft.state), bytes: pendingBytes(old.blobs) };
}

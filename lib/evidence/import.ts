import { strFromU8, unzipSync } from 'fflate';
import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleManifestSchema, type BundleManifest } from './bundle';
import { computeRecordHash } from './chain';
import type { EvidenceDB } from './db';
import { inTransaction } from '../idb';
import { sha256Hex } from './hash';
import {
  CaptureRecordSchema,
  type AccessLogEntry,
  type CaptureRecord,
  type StoredBlob,
} from './schema';
import { toOffsetIso } from './time';

/** What was wrong with a bundle; the UI shows `import.problem.<problem>` with `subject`. */
export type ImportProblem =
  | 'notZip'
  | 'missingFile'
  | 'malformedJson'
  | 'unknownVersion'
  | 'invalidManifest'
  | 'invalidRecords'
  | 'badHash'
  | 'badRecordHash'
  | 'conflict';

/** A rejected bundle. Nothing stored was changed. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly problem: ImportProblem,
    /** The file or record the problem is about. */
    readonly subject: string,
    detail: string,
  ) {
    super(`${subject}: ${detail}`);
  }
}

/** A bundle whose every file and hash has been checked. */
export interface CheckedBundle {
  manifest: BundleManifest;
  records: CaptureRecord[];
  blobs: StoredBlob[];
}

function parseJson(bytes: Uint8Array, path: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch (error) {
    throw new ImportError('malformedJson', path, String(error));
  }
}

async function checkFile(
  files: Record<string, Uint8Array>,
  entry: { path: string; sha256: string; size: number },
): Promise<Uint8Array> {
  const bytes = files[entry.path];
  if (!bytes)
    throw new ImportError('missingFile', entry.path, 'named in the manifest, not in the ZIP');
  const actual = await sha256Hex(bytes);
  if (actual !== entry.sha256 || bytes.byteLength !== entry.size) {
    throw new ImportError(
      'badHash',
      entry.path,
      `SHA-256 is ${actual}, the manifest says ${entry.sha256}`,
    );
  }
  return bytes;
}

/**
 * Opens and checks a bundle without touching the database: the ZIP, the manifest (format,
 * version, shape), `records.json` (its hash, every record's schema and record hash) and every
 * artifact and extra file (present, right size, right SHA-256). Throws {@link ImportError}
 * naming the first problem.
 */
export async function checkBundle(zip: Uint8Array): Promise<CheckedBundle> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch (error) {
    throw new ImportError('notZip', 'bundle', String(error));
  }
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) throw new ImportError('missingFile', 'manifest.json', 'not in the ZIP');
  const raw = parseJson(manifestBytes, 'manifest.json');
  const head = z.object({ format: z.string(), bundleVersion: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.format !== BUNDLE_FORMAT) {
    throw new ImportError(
      'invalidManifest',
      'manifest.json',
      'not a Wallet Assist evidence bundle',
    );
  }
  if (head.data.bundleVersion !== BUNDLE_VERSION) {
    throw new ImportError(
      'unknownVersion',
      'manifest.json',
      `bundle version ${String(head.data.bundleVersion)}; this version reads ${BUNDLE_VERSION}`,
    );
  }
  const parsedManifest = BundleManifestSchema.safeParse(raw);
  if (!parsedManifest.success) {
    throw new ImportError(
      'invalidManifest',
      'manifest.json',
      z.prettifyError(parsedManifest.error),
    );
  }
  const manifest = parsedManifest.data;

  const recordsBytes = await checkFile(files, manifest.records);
  const parsedRecords = z
    .array(CaptureRecordSchema)
    .safeParse(parseJson(recordsBytes, manifest.records.path));
  if (!parsedRecords.success) {
    throw new ImportError(
      'invalidRecords',
      manifest.records.path,
      z.prettifyError(parsedRecords.error),
    );
  }
  const records = parsedRecords.data;
  if (records.length !== manifest.records.count) {
    throw new ImportError(
      'invalidRecords',
      manifest.records.path,
      'record count differs from the manifest',
    );
  }
  const ids = new Set<string>();
  for (const record of records) {
    if (ids.has(record.id)) throw new ImportError('invalidRecords', record.id, 'appears twice');
    ids.add(record.id);
    if (computeRecordHash(record, record.chain) !== record.chain.recordHash) {
      throw new ImportError(
        'badRecordHash',
        record.id,
        'the record was changed after it was saved',
      );
    }
  }

  const blobs: StoredBlob[] = [];
  const listed = new Map(manifest.artifacts.map((entry) => [entry.sha256, entry]));
  for (const entry of manifest.artifacts) {
    const bytes = await checkFile(files, entry);
    blobs.push({
      sha256: entry.sha256,
      mimeType: entry.mimeType,
      size: bytes.byteLength,
      bytes: bytes.slice().buffer,
    });
  }
  for (const record of records) {
    for (const artifact of [...record.artifacts, ...record.redactions]) {
      if (!listed.has(artifact.sha256)) {
        throw new ImportError(
          'missingFile',
          artifact.sha256,
          `artifact of record ${record.id} is not in the bundle`,
        );
      }
    }
  }
  await checkFile(files, manifest.report);
  for (const extra of manifest.extraFiles) await checkFile(files, extra);
  return { manifest, records, blobs };
}

/** What an import did. */
export interface ImportResult {
  imported: number;
  /** Records already stored with the same hash. */
  alreadyPresent: number;
}

/**
 * Checks a bundle ({@link checkBundle}) and stores its records and blobs in one transaction.
 * Records keep their own chain position and hashes. A record whose id is stored with a
 * different hash rejects the whole bundle; on any error nothing stored changes.
 */
export async function importBundle(
  db: IDBPDatabase<EvidenceDB>,
  zip: Uint8Array,
  now: Date = new Date(),
): Promise<ImportResult> {
  const bundle = await checkBundle(zip);
  return inTransaction(db, ['captures', 'blobs', 'accessLog'], async (tx) => {
    const captures = tx.objectStore('captures');
    const blobStore = tx.objectStore('blobs');
    const fresh: CaptureRecord[] = [];
    let alreadyPresent = 0;
    for (const record of bundle.records) {
      const existing = (await captures.get(record.id)) as CaptureRecord | undefined;
      if (existing) {
        if (existing.chain?.recordHash !== record.chain.recordHash) {
          throw new ImportError('conflict', record.id, 'a different record with this id is stored');
        }
        alreadyPresent++;
        continue;
      }
      fresh.push(record);
    }
    for (const blob of bundle.blobs) {
      if ((await blobStore.getKey(blob.sha256)) === undefined) await blobStore.add(blob);
    }
    for (const record of fresh) await captures.add(record);
    const entry: Omit<AccessLogEntry, 'id'> = {
      at: toOffsetIso(now),
      action: 'import',
      recordIds: fresh.map((r) => r.id),
      detail: `bundle exported ${bundle.manifest.exportedAt}`,
    };
    // The key is generated: log entries are only ever added.
    await tx.objectStore('accessLog').add(entry as AccessLogEntry);
    return { imported: fresh.length, alreadyPresent };
  });
}

import { strFromU8 } from 'fflate';
import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import { putBlobInTx } from './blobs';
import {
  BUNDLE_FORMAT,
  BundleManifestSchema,
  BundleManifestV1Schema,
  manifestFromV1,
  READABLE_BUNDLE_VERSIONS,
  type BundleManifest,
} from './bundle';
import { computeRecordHash } from './chain';
import type { EvidenceDB } from './db';
import { sha256Hex } from './hash';
import { ImportError } from './import-error';
import {
  CaptureRecordSchema,
  type AccessLogEntry,
  type CaptureRecord,
  type RecordOrigin,
  type StoredBlob,
} from './schema';
import { deleteCaptures } from './store';
import { toOffsetIso } from './time';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip-read';
import { inTransaction } from '../idb';

export { ImportError, type ImportProblem } from './import-error';

/**
 * Limits on what an import reads, and why these values:
 * - 1 GiB of bundle and of files in it: far above any real bundle (a thousand captures are about
 *   200 MB) while an extension page can still hold it in memory;
 * - 256 MiB for one file: room for the largest file the locker accepts from outside the browser
 *   (200 MB) with its name and metadata;
 * - 50,000 entries and 20,000 records: ten times the largest bundle in the tests, each record
 *   carrying a few files;
 * - 32 MiB of manifest and 64 MiB of records: their size for 20,000 records with a long access log.
 */
export const IMPORT_LIMITS = {
  maxBundleBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxFileBytes: 256 * 1024 * 1024,
  maxEntries: 50_000,
  maxRecords: 20_000,
  maxManifestBytes: 32 * 1024 * 1024,
  maxRecordsBytes: 64 * 1024 * 1024,
} as const;
export type ImportLimits = { [K in keyof typeof IMPORT_LIMITS]: number };

/** A bundle whose every file and hash has been checked. */
export interface CheckedBundle {
  manifest: BundleManifest;
  records: CaptureRecord[];
  blobs: StoredBlob[];
  /** The files another feature added (a case), checked like the rest, by path. */
  extraFiles: Map<string, Uint8Array>;
  /** SHA-256 of the bundle file itself. */
  sha256: string;
}

/** Options of {@link checkBundle}. */
export interface CheckOptions {
  limits?: Partial<ImportLimits>;
  /** Hears how many bytes each inflated entry produced (tests prove bombs are never inflated). */
  onInflate?: (name: string, bytes: number) => void;
}

function parseJson(bytes: Uint8Array, path: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch (error) {
    throw new ImportError('malformedJson', path, String(error));
  }
}

/** The manifest, read as the newest version whatever version it was written in. */
function parseManifest(raw: unknown): BundleManifest {
  const head = z.object({ format: z.string(), bundleVersion: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.format !== BUNDLE_FORMAT) {
    throw new ImportError(
      'invalidManifest',
      'manifest.json',
      'not a Wallet Assist evidence bundle',
    );
  }
  const version = head.data.bundleVersion;
  if (typeof version !== 'number' || !READABLE_BUNDLE_VERSIONS.includes(version)) {
    throw new ImportError(
      'unknownVersion',
      'manifest.json',
      `bundle version ${String(version)}; this version reads ${READABLE_BUNDLE_VERSIONS.join(', ')}`,
    );
  }
  const parsed =
    version === 1
      ? BundleManifestV1Schema.transform(manifestFromV1).safeParse(raw)
      : BundleManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ImportError('invalidManifest', 'manifest.json', z.prettifyError(parsed.error));
  }
  return parsed.data;
}

/**
 * Opens and checks a bundle without touching the database, reading only what the manifest lists:
 *
 * 1. the ZIP's directory (names plain and unique, not too many entries), without inflating;
 * 2. `manifest.json` (format, version, shape), inflated within its limit;
 * 3. that the ZIP holds exactly the files the manifest lists, each declared (in the ZIP) with the
 *    size the manifest gives, all within the limits, before anything else is inflated;
 * 4. each listed file, inflated no further than its declared size, with its SHA-256;
 * 5. `records.json`: every record's schema and record hash, and every file it names present or
 *    listed as left out.
 *
 * Throws {@link ImportError} naming the first problem.
 */
export async function checkBundle(
  zip: Uint8Array,
  options: CheckOptions = {},
): Promise<CheckedBundle> {
  const limits: ImportLimits = { ...IMPORT_LIMITS, ...options.limits };
  if (zip.length > limits.maxBundleBytes) {
    throw new ImportError(
      'tooLarge',
      'bundle',
      `${zip.length} bytes; at most ${limits.maxBundleBytes}`,
    );
  }
  const entries = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(zip, limits.maxEntries)) {
    if (!entry.directory) entries.set(entry.name, entry);
  }
  const read = (entry: ZipEntry, size: number) =>
    inflateEntry(zip, entry, size, (bytes) => options.onInflate?.(entry.name, bytes));

  const manifestEntry = entries.get('manifest.json');
  if (!manifestEntry) throw new ImportError('missingFile', 'manifest.json', 'not in the ZIP');
  if (manifestEntry.declaredSize > limits.maxManifestBytes) {
    throw new ImportError('tooLarge', 'manifest.json', `${manifestEntry.declaredSize} bytes`);
  }
  const manifest = parseManifest(
    parseJson(read(manifestEntry, manifestEntry.declaredSize), 'manifest.json'),
  );

  const listed = [manifest.records, manifest.report, ...manifest.artifacts, ...manifest.extraFiles];
  const paths = new Set<string>();
  let total = 0;
  for (const file of listed) {
    if (paths.has(file.path)) throw new ImportError('invalidManifest', file.path, 'listed twice');
    paths.add(file.path);
    const entry = entries.get(file.path);
    if (!entry)
      throw new ImportError('missingFile', file.path, 'named in the manifest, not in the ZIP');
    if (entry.declaredSize !== file.size) {
      // A file of another size cannot have the listed SHA-256: it is not the file listed.
      throw new ImportError(
        'badHash',
        file.path,
        `${entry.declaredSize} bytes; the manifest lists ${file.size} bytes and SHA-256 ${file.sha256}`,
      );
    }
    const max = file === manifest.records ? limits.maxRecordsBytes : limits.maxFileBytes;
    if (file.size > max) throw new ImportError('tooLarge', file.path, `${file.size} bytes`);
    total += file.size;
  }
  if (total > limits.maxTotalBytes) {
    throw new ImportError(
      'tooLarge',
      'bundle',
      `${total} bytes of files; at most ${limits.maxTotalBytes}`,
    );
  }
  if (manifest.records.count > limits.maxRecords) {
    throw new ImportError('tooLarge', manifest.records.path, `${manifest.records.count} records`);
  }
  for (const name of entries.keys()) {
    if (name !== 'manifest.json' && !paths.has(name)) {
      throw new ImportError('unexpectedEntry', name, 'in the ZIP but not in the manifest');
    }
  }

  const checked = async (file: { path: string; sha256: string; size: number }) => {
    const bytes = read(entries.get(file.path)!, file.size);
    const actual = await sha256Hex(bytes);
    if (actual !== file.sha256) {
      throw new ImportError(
        'badHash',
        file.path,
        `SHA-256 is ${actual}, the manifest says ${file.sha256}`,
      );
    }
    return bytes;
  };

  const parsedRecords = z
    .array(CaptureRecordSchema)
    .safeParse(parseJson(await checked(manifest.records), manifest.records.path));
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
  // The manifest's chain list must describe exactly these records.
  const positions = JSON.stringify(records.map((r) => ({ recordId: r.id, ...r.chain })));
  if (
    positions !==
    JSON.stringify(
      manifest.chain.map((c) => ({
        recordId: c.recordId,
        chainId: c.chainId,
        seq: c.seq,
        prevHash: c.prevHash,
        recordHash: c.recordHash,
      })),
    )
  ) {
    throw new ImportError(
      'invalidManifest',
      'manifest.json',
      'its chain list does not match the records',
    );
  }
  const masked = new Set(manifest.maskedRecords);
  const ids = new Set<string>();
  for (const record of records) {
    if (ids.has(record.id)) throw new ImportError('invalidRecords', record.id, 'appears twice');
    ids.add(record.id);
    // A masked record's details differ from what was hashed, by design: its hash cannot be
    // checked here (the report says so), and it is imported as what it is, an imported copy.
    if (
      !masked.has(record.id) &&
      computeRecordHash(record, record.chain) !== record.chain.recordHash
    ) {
      throw new ImportError(
        'badRecordHash',
        record.id,
        'the record was changed after it was saved',
      );
    }
  }

  const inBundle = new Set(manifest.artifacts.map((entry) => entry.sha256));
  const leftOut = new Set(manifest.leftOut.map((l) => `${l.recordId}/${l.sha256}`));
  for (const record of records) {
    for (const artifact of [...record.artifacts, ...record.redactions]) {
      if (!inBundle.has(artifact.sha256) && !leftOut.has(`${record.id}/${artifact.sha256}`)) {
        throw new ImportError(
          'missingFile',
          artifact.sha256,
          `artifact of record ${record.id} is not in the bundle`,
        );
      }
    }
  }

  const blobs: StoredBlob[] = [];
  for (const entry of manifest.artifacts) {
    const bytes = await checked(entry);
    blobs.push({
      sha256: entry.sha256,
      mimeType: entry.mimeType,
      size: bytes.byteLength,
      bytes: bytes.buffer as ArrayBuffer,
    });
  }
  await checked(manifest.report);
  const extraFiles = new Map<string, Uint8Array>();
  for (const extra of manifest.extraFiles) extraFiles.set(extra.path, await checked(extra));
  return { manifest, records, blobs, extraFiles, sha256: await sha256Hex(zip) };
}

/** What an import did. */
export interface ImportResult {
  imported: number;
  /** Records already stored with the same hash. */
  alreadyPresent: number;
  /** Ids of the records this import added (to undo it, see {@link undoImport}). */
  addedIds: string[];
}

/**
 * Stores a checked bundle's records and files in one transaction. Every new record is marked as
 * imported (`origin`: when, from which bundle file, what the bundle left out), whatever the bundle
 * says about itself: it never joins this device's own chain. Records already stored with the
 * same hash are skipped; a record whose id is stored with a different hash rejects the whole
 * bundle. On any error nothing stored changes.
 */
export async function storeCheckedBundle(
  db: IDBPDatabase<EvidenceDB>,
  bundle: CheckedBundle,
  now: Date = new Date(),
  bundleName = '',
): Promise<ImportResult> {
  const inBundle = new Set(bundle.blobs.map((b) => b.sha256));
  return inTransaction(db, ['captures', 'blobs', 'chunks', 'accessLog'], async (tx) => {
    const captures = tx.objectStore('captures');
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
      const origin: RecordOrigin = {
        kind: 'imported',
        importedAt: toOffsetIso(now),
        bundleSha256: bundle.sha256,
        bundleName: bundleName.slice(0, 255),
        bundleExportedAt: bundle.manifest.exportedAt.slice(0, 40),
        notIncluded: [...record.artifacts, ...record.redactions]
          .map((a) => a.sha256)
          .filter((sha) => !inBundle.has(sha))
          .slice(0, 1000),
        detailsMasked: bundle.manifest.maskedRecords.includes(record.id),
      };
      fresh.push(CaptureRecordSchema.parse({ ...record, origin }));
    }
    const stores = { blobs: tx.objectStore('blobs'), chunks: tx.objectStore('chunks') };
    for (const blob of bundle.blobs) await putBlobInTx(stores, blob, now);
    for (const record of fresh) await captures.add(record);
    const entry: Omit<AccessLogEntry, 'id'> = {
      at: toOffsetIso(now),
      action: 'import',
      recordIds: fresh.map((r) => r.id),
      detail: `bundle exported ${bundle.manifest.exportedAt} sha256 ${bundle.sha256}`.slice(0, 500),
    };
    // The key is generated: log entries are only ever added.
    await tx.objectStore('accessLog').add(entry as AccessLogEntry);
    return { imported: fresh.length, alreadyPresent, addedIds: fresh.map((r) => r.id) };
  });
}

/**
 * Checks a bundle ({@link checkBundle}) and stores it ({@link storeCheckedBundle}). `bundleName`
 * is the file's name as the person picked it, kept with each imported record.
 */
export async function importBundle(
  db: IDBPDatabase<EvidenceDB>,
  zip: Uint8Array,
  now: Date = new Date(),
  bundleName = '',
): Promise<ImportResult> {
  return storeCheckedBundle(db, await checkBundle(zip), now, bundleName);
}

/**
 * Takes back what an import added (its records, and their files no other record uses), as one
 * logged deletion: used when the rest of a case bundle could not be stored, so that a case import
 * is all or nothing.
 */
export async function undoImport(
  db: IDBPDatabase<EvidenceDB>,
  result: ImportResult,
  now: Date = new Date(),
): Promise<void> {
  if (result.addedIds.length > 0) {
    await deleteCaptures(db, result.addedIds, now, 'import undone: the case could not be stored');
  }
}

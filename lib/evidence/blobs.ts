import type { IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import type { EvidenceDB } from './db';
import type { BlobChunk, StoredBlob, StoredBlobRow } from './schema';
import { Sha256 } from './sha256-sync';
import { inTransaction } from '../idb';

/**
 * Where artifact bytes live. A small file is one row of the `blobs` store; a large one (a long
 * full-page screenshot, a 50 MB statement) is split into {@link CHUNK_BYTES} pieces in the
 * `chunks` store, so no single IndexedDB value is huge and a file added from disk can be written
 * piece by piece as it is read, without ever holding it whole.
 */

/** Size of one stored piece of a large file. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** Chunks of an upload that never finished are deleted after this long. */
const STALE_UPLOAD_MS = 60 * 60 * 1000;

type Db = IDBPDatabase<EvidenceDB>;
type Writable<Name extends StoreNames<EvidenceDB>> = IDBPObjectStore<
  EvidenceDB,
  ArrayLike<StoreNames<EvidenceDB>>,
  Name,
  'readwrite'
>;

/** The two stores a blob write touches, from one transaction. */
export interface BlobStores {
  blobs: Writable<'blobs'>;
  chunks: Writable<'chunks'>;
}

/** Key range of every chunk of `upload`. */
function uploadRange(upload: string): IDBKeyRange {
  return IDBKeyRange.bound([upload, 0], [upload, Number.MAX_SAFE_INTEGER]);
}

/**
 * Stores `blob` inside the caller's transaction unless bytes with its digest are stored already:
 * as one row when small, in chunks when larger than {@link CHUNK_BYTES}.
 */
export async function putBlobInTx(
  stores: BlobStores,
  blob: StoredBlob,
  now: Date = new Date(),
): Promise<void> {
  if ((await stores.blobs.getKey(blob.sha256)) !== undefined) return;
  if (blob.bytes.byteLength <= CHUNK_BYTES) {
    await stores.blobs.add({ ...blob });
    return;
  }
  const upload = crypto.randomUUID();
  const bytes = new Uint8Array(blob.bytes);
  let index = 0;
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES, index++) {
    await stores.chunks.add({
      upload,
      index,
      bytes: bytes.slice(offset, offset + CHUNK_BYTES).buffer,
      atUtc: now.toISOString(),
    });
  }
  const { bytes: _inline, ...meta } = blob;
  await stores.blobs.add({ ...meta, chunks: { upload, count: index } });
}

/** Removes the bytes stored under `sha256` (and their chunks) inside the caller's transaction. */
export async function deleteBlobInTx(stores: BlobStores, sha256: string): Promise<void> {
  const row = await stores.blobs.get(sha256);
  if (!row) return;
  if (row.chunks) await stores.chunks.delete(uploadRange(row.chunks.upload));
  await stores.blobs.delete(sha256);
}

/** The bytes stored under `sha256`, assembled from their chunks when needed; `undefined` if none. */
export async function readBlob(db: Db, sha256: string): Promise<StoredBlob | undefined> {
  const tx = db.transaction(['blobs', 'chunks']);
  const row: StoredBlobRow | undefined = await tx.objectStore('blobs').get(sha256);
  if (!row) return undefined;
  if (row.bytes) return { ...row, bytes: row.bytes };
  if (!row.chunks) return undefined;
  const pieces = await tx.objectStore('chunks').getAll(uploadRange(row.chunks.upload));
  if (pieces.length !== row.chunks.count) return undefined;
  const out = new Uint8Array(row.size);
  let offset = 0;
  for (const piece of pieces) {
    out.set(new Uint8Array(piece.bytes), offset);
    offset += piece.bytes.byteLength;
  }
  if (offset !== row.size) return undefined;
  return { sha256: row.sha256, mimeType: row.mimeType, size: row.size, bytes: out.buffer };
}

/** A file written to the `chunks` store piece by piece, not yet named by any blob. */
export interface StagedUpload {
  upload: string;
  sha256: string;
  size: number;
  count: number;
  /** The first bytes, for recognising the file's type. */
  head: Uint8Array;
}

/** Refused because the file is larger than the limit given. */
export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
}

/** Bytes read from the start of a staged file, for type detection. */
const HEAD_BYTES = 4096;

/**
 * Streams `source` into the `chunks` store, hashing it on the way: each piece is written in its
 * own short transaction (a file cannot be read inside an IndexedDB transaction, which would close
 * while it waits). Nothing is named by a blob yet, so an upload cut short leaves only unnamed
 * chunks, which {@link sweepStaleUploads} removes. Throws {@link FileTooLargeError} past
 * `maxBytes` (and removes what it wrote).
 */
export async function stageUpload(
  db: Db,
  source: AsyncIterable<Uint8Array>,
  options: { maxBytes: number; now?: Date; onProgress?: (bytes: number) => void },
): Promise<StagedUpload> {
  const upload = crypto.randomUUID();
  const hash = new Sha256();
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  let size = 0;
  let count = 0;
  let pending = new Uint8Array(CHUNK_BYTES);
  let filled = 0;
  const atUtc = (options.now ?? new Date()).toISOString();
  const flush = async () => {
    if (filled === 0) return;
    const bytes = pending.slice(0, filled).buffer;
    const chunk: BlobChunk = { upload, index: count, bytes, atUtc };
    await inTransaction(db, ['chunks'], async (tx) => {
      await tx.objectStore('chunks').add(chunk);
    });
    count++;
    filled = 0;
    pending = new Uint8Array(CHUNK_BYTES);
  };
  try {
    for await (const piece of source) {
      size += piece.length;
      if (size > options.maxBytes)
        throw new FileTooLargeError(`More than ${options.maxBytes} bytes`);
      hash.update(piece);
      if (headLength < HEAD_BYTES) {
        const take = Math.min(HEAD_BYTES - headLength, piece.length);
        head.set(piece.subarray(0, take), headLength);
        headLength += take;
      }
      let offset = 0;
      while (offset < piece.length) {
        const take = Math.min(CHUNK_BYTES - filled, piece.length - offset);
        pending.set(piece.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === CHUNK_BYTES) await flush();
      }
      options.onProgress?.(size);
    }
    await flush();
  } catch (error) {
    await discardUpload(db, upload).catch(() => undefined);
    throw error;
  }
  return { upload, sha256: hash.hex(), size, count, head: head.slice(0, headLength) };
}

/**
 * Names a staged upload as the bytes of `sha256` inside the caller's transaction, or drops its
 * chunks when those bytes are stored already (the same file added twice is kept once).
 */
export async function commitUploadInTx(
  stores: BlobStores,
  staged: StagedUpload,
  mimeType: string,
): Promise<void> {
  if ((await stores.blobs.getKey(staged.sha256)) !== undefined) {
    await stores.chunks.delete(uploadRange(staged.upload));
    return;
  }
  await stores.blobs.add({
    sha256: staged.sha256,
    mimeType,
    size: staged.size,
    chunks: { upload: staged.upload, count: staged.count },
  });
}

/** Deletes the chunks of an upload that will not be used. */
export async function discardUpload(db: Db, upload: string): Promise<void> {
  await inTransaction(db, ['chunks'], async (tx) => {
    await tx.objectStore('chunks').delete(uploadRange(upload));
  });
}

/**
 * Deletes chunks that no blob names and that are older than an hour: uploads cut short by a
 * closed page or a stopped worker. Returns how many uploads were removed.
 */
export async function sweepStaleUploads(db: Db, now: Date): Promise<number> {
  return inTransaction(db, ['blobs', 'chunks'], async (tx) => {
    const chunks = tx.objectStore('chunks');
    const named = tx.objectStore('blobs').index('by-upload');
    const cutoff = new Date(now.getTime() - STALE_UPLOAD_MS).toISOString();
    let removed = 0;
    let cursor = await chunks.openCursor();
    while (cursor) {
      const { upload, atUtc } = cursor.value;
      if ((await named.getKey(upload)) === undefined && atUtc < cutoff) {
        await chunks.delete(uploadRange(upload));
        removed++;
      }
      cursor = await cursor.continue([upload, Number.MAX_SAFE_INTEGER]);
    }
    return removed;
  });
}

import { Inflate } from 'fflate';
import { ImportError } from './import-error';

/**
 * A ZIP reader for bundles that come from elsewhere, and may be hostile. It reads the central
 * directory without inflating anything, refuses what a bundle never contains (encrypted or
 * multi-disk archives, unsafe or duplicate names, overlapping entries), and inflates one entry
 * at a time, stopping the moment the output passes the size the caller expects: a small file
 * that inflates to 200 MB (a "zip bomb") costs a few kilobytes of work, not 200 MB of memory.
 */

/** One file of the archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the archive claims (it may lie; inflating checks it). */
  declaredSize: number;
  /** Where the entry's data starts. */
  dataOffset: number;
  /** A folder entry (`name/`), which carries no data. */
  directory: boolean;
}

/** A name made of plain path segments: no absolute paths, `..`, backslashes or odd characters. */
const PLAIN_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$/;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

function notZip(detail: string): ImportError {
  return new ImportError('notZip', 'bundle', detail);
}

/** True when `name` is a plain relative path a bundle may use. */
export function isPlainPath(name: string): boolean {
  return name.length <= 200 && PLAIN_PATH.test(name) && !name.split('/').includes('..');
}

/**
 * Reads the archive's central directory. Throws {@link ImportError}: `notZip` for anything that is
 * not a plain, single-disk, unencrypted ZIP with sound offsets; `unsafePath` for a name that is
 * not a plain relative path; `duplicateEntry` for a name that appears twice; `tooLarge` for more
 * than `maxEntries` entries.
 */
export function readZipDirectory(zip: Uint8Array, maxEntries: number): ZipEntry[] {
  if (zip.length < 22) throw notZip('too short to be a ZIP archive');
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
    if (u32(zip, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notZip('no end-of-archive record');
  if (u16(zip, end + 4) !== 0 || u16(zip, end + 6) !== 0) throw notZip('a multi-part archive');
  const count = u16(zip, end + 10);
  const directorySize = u32(zip, end + 12);
  const directoryOffset = u32(zip, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw notZip('a ZIP64 archive');
  if (count > maxEntries) {
    throw new ImportError('tooLarge', 'bundle', `${count} entries; at most ${maxEntries}`);
  }
  if (directoryOffset + directorySize > end) throw notZip('the directory lies outside the file');

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(zip, at) !== 0x02014b50) throw notZip('a damaged directory');
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    const compressedSize = u32(zip, at + 20);
    const declaredSize = u32(zip, at + 24);
    const nameLength = u16(zip, at + 28);
    const extraLength = u16(zip, at + 30);
    const commentLength = u16(zip, at + 32);
    const localOffset = u32(zip, at + 42);
    // Decoded only to name it in a message: anything but plain ASCII is refused below.
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (!isPlainPath(name)) {
      throw new ImportError('unsafePath', name.slice(0, 200), 'not a plain relative path');
    }
    if (seen.has(name)) throw new ImportError('duplicateEntry', name, 'appears twice');
    seen.add(name);
    if (flags & 0x1) throw notZip(`${name} is encrypted`);
    if (method !== 0 && method !== 8) throw notZip(`${name} uses compression method ${method}`);
    if (localOffset + 30 > directoryOffset || u32(zip, localOffset) !== 0x04034b50) {
      throw notZip(`${name} has no local header`);
    }
    // Tools that read the local headers must see the same name as this directory.
    const localName = zip.subarray(localOffset + 30, localOffset + 30 + u16(zip, localOffset + 26));
    if (new TextDecoder().decode(localName) !== name) {
      throw notZip(`${name} is named differently in its local header`);
    }
    const dataOffset = localOffset + 30 + u16(zip, localOffset + 26) + u16(zip, localOffset + 28);
    if (dataOffset + compressedSize > directoryOffset) throw notZip(`${name} runs past its end`);
    entries.push({
      name,
      method,
      compressedSize,
      declaredSize,
      dataOffset,
      directory: name.endsWith('/'),
    });
  }
  // Entries that share bytes are how some bombs multiply their output; bundles never do it.
  const byOffset = [...entries].sort((a, b) => a.dataOffset - b.dataOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    if (before.dataOffset + before.compressedSize > byOffset[i]!.dataOffset) {
      throw notZip(`${before.name} and ${byOffset[i]!.name} overlap`);
    }
  }
  return entries;
}

/** Compressed bytes fed to the inflater at a time: at most about 4 MB of output per step. */
const STEP = 4 * 1024;

/**
 * Inflates one entry, which must come out exactly `expectedSize` bytes long: the output is
 * counted as it is produced and inflating stops as soon as it passes that size. Throws
 * {@link ImportError} `sizeMismatch` otherwise, and `notZip` for damaged data. `onBytes` hears how
 * many bytes were produced (tests use it to prove a bomb was never inflated).
 */
export function inflateEntry(
  zip: Uint8Array,
  entry: ZipEntry,
  expectedSize: number,
  onBytes?: (bytes: number) => void,
): Uint8Array {
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const mismatch = (got: string) =>
    new ImportError('sizeMismatch', entry.name, `${got} bytes; ${expectedSize} were declared`);
  if (entry.method === 0) {
    if (data.length !== expectedSize) throw mismatch(String(data.length));
    onBytes?.(data.length);
    return data.slice();
  }
  const out = new Uint8Array(expectedSize);
  let produced = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over) return;
    if (produced + chunk.length > expectedSize) {
      over = true;
      produced += chunk.length;
      return;
    }
    out.set(chunk, produced);
    produced += chunk.length;
  });
  try {
    for (let offset = 0; offset < data.length && !over; offset += STEP) {
      inflater.push(data.subarray(offset, offset + STEP), offset + STEP >= data.length);
    }
  } catch (error) {
    throw new ImportError('notZip', entry.name, `damaged data (${String(error)})`);
  } finally {
    onBytes?.(produced);
  }
  if (over) throw mismatch(`more than ${expectedSize}`);
  if (produced !== expectedSize) throw mismatch(String(produced));
  return out;
}

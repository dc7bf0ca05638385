import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import { concatBytes } from './png';

/**
 * Writes ZIP archives the way an attacker would: any names (duplicates, `../` paths), sizes in
 * the directory that differ from the data, entries nobody lists. `zipSync` cannot do that.
 */

/** One entry of a crafted archive. */
export interface CraftedEntry {
  name: string;
  data: Uint8Array;
  /** Deflate the data (default) or store it. */
  deflate?: boolean;
  /** The uncompressed size the directory claims (default: the true size). */
  declaredSize?: number;
  /** Deflated bytes made elsewhere (a bomb made with zlib); `data` is then ignored. */
  compressed?: Uint8Array;
}

export function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const method = entry.deflate === false ? 0 : 8;
    const body = entry.compressed ?? (method === 8 ? deflateSync(entry.data) : entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data) >>> 0;
    const local = new Uint8Array(30 + name.length + body.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(body, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    directory.push(central);
    offset += local.length;
  }
  const directorySize = directory.reduce((n, d) => n + d.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  return concatBytes([...locals, ...directory, end]);
}

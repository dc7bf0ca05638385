import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, FileTooLargeError, sweepStaleUploads } from '../../lib/evidence/blobs';
import { openEvidenceDb, resetEvidenceDbCache } from '../../lib/evidence/db';
import { exportEvidence } from '../../lib/evidence/export';
import { importBundle } from '../../lib/evidence/import';
import {
  addOutsideFile,
  detectFileType,
  MAX_OUTSIDE_FILE_BYTES,
  UnsupportedFileError,
  type OutsideFileInput,
} from '../../lib/evidence/outside';
import { getBlob, getCapture, readAccessLog, verifyStoredChain } from '../../lib/evidence/store';

const NOW = new Date('2026-11-25T12:00:00Z');
const MB = 1024 * 1024;
const DEVICE = {
  now: NOW,
  timeZone: 'Asia/Shanghai',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36',
  extensionVersion: '0.1.0',
};

/** Streams `bytes` in pieces of `piece` bytes, as a browser reads a file from disk. */
function pieces(bytes: Uint8Array, piece = 64 * 1024) {
  return async function* () {
    for (let offset = 0; offset < bytes.length; offset += piece) {
      yield bytes.subarray(offset, offset + piece);
    }
  };
}

function input(bytes: Uint8Array, overrides: Partial<OutsideFileInput> = {}): OutsideFileInput {
  return {
    open: pieces(bytes),
    fileName: 'statement-2026-11.pdf',
    category: 'statement',
    description: 'Card statement for November',
    occurredAt: '2026-11-20T00:00:00.000+08:00',
    cameFrom: 'Downloaded from my bank’s app',
    providerId: 'paypal',
    caseId: null,
    ...overrides,
  };
}

/** A PDF of `size` bytes whose content is not all alike (so it cannot be stored smaller). */
function pdfOf(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = 2463534242;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
    bytes[i + 1] = (x >>> 8) & 0xff;
    bytes[i + 2] = (x >>> 16) & 0xff;
    bytes[i + 3] = (x >>> 24) & 0xff;
  }
  bytes.set(strToU8('%PDF-1.7\n%\u00e2\u00e3\n'), 0);
  return bytes;
}

describe('files from outside the browser', () => {
  it('recognises types by their content, never by their name', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(detectFileType(png)?.type).toBe('png');
    expect(detectFileType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))?.mimeType).toBe('image/jpeg');
    expect(detectFileType(strToU8('GIF89a....'))?.type).toBe('gif');
    expect(detectFileType(strToU8('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))?.type).toBe('webp');
    expect(detectFileType(strToU8('\u0000\u0000\u0000\u0018ftypheic'))?.type).toBe('heic');
    expect(detectFileType(strToU8('%PDF-1.4\n'))).toEqual({
      type: 'pdf',
      mimeType: 'application/pdf',
    });
    expect(
      detectFileType(
        strToU8(
          'Return-Path: <service@paypal.com>\r\nFrom: PayPal <service@paypal.com>\r\nSubject: Receipt\r\n\r\nHello',
        ),
      ),
    ).toEqual({ type: 'eml', mimeType: 'message/rfc822' });
    expect(
      detectFileType(
        strToU8('[25/11/2026, 14:03] 商家: 退款已处理\n[25/11/2026, 14:05] 我: 还没到账'),
      ),
    ).toEqual({
      type: 'text',
      mimeType: 'text/plain',
    });
    // A program, an archive, an HTML page pretending to be an e-mail: none is kept as such.
    expect(detectFileType(strToU8('MZ\u0090\u0000\u0003\u0000\u0000\u0000'))).toBeNull();
    expect(
      detectFileType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0])),
    ).toBeNull();
    expect(detectFileType(strToU8('<html><script>alert(1)</script>'))?.type).toBe('text');
    expect(detectFileType(new Uint8Array(0))).toBeNull();
  });

  it('a 50 MB statement is streamed in chunks, chained, and exported with a matching hash', async () => {
    const db = await openEvidenceDb();
    const pdf = pdfOf(50 * MB);
    const expected = createHash('sha256').update(pdf).digest('hex');
    const seen: number[] = [];
    const { record } = await addOutsideFile(db, input(pdf), {
      ...DEVICE,
      onProgress: (bytes) => seen.push(bytes),
    });
    expect(record).toMatchObject({
      source: 'file',
      url: '',
      title: 'Card statement for November',
      chain: { seq: 1, prevHash: null },
      artifacts: [
        { kind: 'outside-file', sha256: expected, mimeType: 'application/pdf', size: 50 * MB },
      ],
      file: {
        category: 'statement',
        description: 'Card statement for November',
        occurredAt: '2026-11-20T00:00:00.000+08:00',
        cameFrom: 'Downloaded from my bank’s app',
        fileName: 'statement-2026-11.pdf',
        detectedType: 'pdf',
      },
    });
    expect(seen.at(-1)).toBe(50 * MB);
    // Stored as 4 MB pieces, no one value holding the whole file.
    expect(await db.count('chunks')).toBe(Math.ceil((50 * MB) / CHUNK_BYTES));
    expect((await db.get('blobs', expected))?.bytes).toBeUndefined();
    expect((await readAccessLog(db)).at(-1)).toMatchObject({
      action: 'add-file',
      recordIds: [record.id],
    });
    expect((await verifyStoredChain(db)).firstBreak).toBeNull();

    const { bytes } = await exportEvidence(db, { extensionVersion: '0.1.0', now: NOW });
    const files = unzipSync(bytes);
    const exported = files[`artifacts/${expected}.pdf`]!;
    expect(exported.length).toBe(50 * MB);
    expect(createHash('sha256').update(exported).digest('hex')).toBe(expected);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.artifacts).toContainEqual({
      path: `artifacts/${expected}.pdf`,
      sha256: expected,
      size: 50 * MB,
      mimeType: 'application/pdf',
    });
    const report = strFromU8(files['report.html']!);
    expect(report).toContain('A file the person added from outside the browser.');
    expect(report).toContain('Downloaded from my bank’s app');
    expect(report).toContain('Statement or transaction record');

    // Imported elsewhere, it arrives whole, in chunks again.
    globalThis.indexedDB = new IDBFactory();
    resetEvidenceDbCache();
    const other = await openEvidenceDb();
    expect(await importBundle(other, bytes, NOW, 'mine.zip')).toMatchObject({ imported: 1 });
    const copy = await getBlob(other, expected);
    expect(createHash('sha256').update(new Uint8Array(copy!.bytes)).digest('hex')).toBe(expected);
    expect((await getCapture(other, record.id))?.file?.fileName).toBe('statement-2026-11.pdf');
  }, 60_000);

  it('refuses a file whose content is not a kept type, whatever its name, and keeps nothing', async () => {
    const db = await openEvidenceDb();
    const program = strToU8('MZ\u0090\u0000 this is really a program');
    await expect(addOutsideFile(db, input(program), DEVICE)).rejects.toBeInstanceOf(
      UnsupportedFileError,
    );
    expect(await db.count('captures')).toBe(0);
    expect(await db.count('chunks')).toBe(0);
    expect(await db.count('blobs')).toBe(0);
  });

  it('refuses a file larger than the limit while reading it, and keeps nothing', async () => {
    const db = await openEvidenceDb();
    let read = 0;
    const endless: OutsideFileInput['open'] = async function* () {
      const piece = new Uint8Array(8 * MB);
      piece.set(strToU8('%PDF-1.7'));
      for (;;) {
        read += piece.length;
        yield piece;
      }
    };
    await expect(
      addOutsideFile(db, input(new Uint8Array(0), { open: endless }), DEVICE),
    ).rejects.toBeInstanceOf(FileTooLargeError);
    expect(read).toBeLessThanOrEqual(MAX_OUTSIDE_FILE_BYTES + 8 * MB);
    expect(await db.count('chunks')).toBe(0);
    expect(await db.count('captures')).toBe(0);
  }, 60_000);

  it('sweeps the pieces of an upload that never finished (a closed page)', async () => {
    const db = await openEvidenceDb();
    await db.put('chunks', {
      upload: 'left-behind',
      index: 0,
      bytes: new ArrayBuffer(8),
      atUtc: new Date(NOW.getTime() - 2 * 3600_000).toISOString(),
    });
    await db.put('chunks', {
      upload: 'still-running',
      index: 0,
      bytes: new ArrayBuffer(8),
      atUtc: NOW.toISOString(),
    });
    expect(await sweepStaleUploads(db, NOW)).toBe(1);
    expect((await db.getAll('chunks')).map((c) => c.upload)).toEqual(['still-running']);
  });
});

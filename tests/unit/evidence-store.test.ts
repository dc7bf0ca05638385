import { describe, expect, it } from 'vitest';
import { DB_VERSION, openEvidenceDb } from '../../lib/evidence/db';
import { decodeDataUrl, sha256Hex } from '../../lib/evidence/hash';
import type { CaptureRecord, StoredBlob } from '../../lib/evidence/schema';
import { getBlob, listCaptures, saveCapture } from '../../lib/evidence/store';
import { toOffsetIso } from '../../lib/evidence/time';

async function blobOf(text: string): Promise<StoredBlob> {
  const bytes = new TextEncoder().encode(text);
  return {
    sha256: await sha256Hex(bytes),
    mimeType: 'image/png',
    size: bytes.byteLength,
    bytes: bytes.buffer,
  };
}

function recordFor(blob: StoredBlob, minute: number, id = crypto.randomUUID()): CaptureRecord {
  const at = new Date(Date.UTC(2026, 10, 25, 11, minute));
  return {
    schemaVersion: 1,
    id,
    capturedAt: toOffsetIso(at, 480),
    capturedAtUtc: at.toISOString(),
    timeZone: 'Asia/Shanghai',
    url: 'https://www.paypal.com/checkoutnow',
    title: 'PayPal',
    providerId: 'paypal',
    state: 'payment_failed',
    extensionVersion: '0.1.0',
    userAgent: 'test',
    artifacts: [
      { kind: 'screenshot-visible', sha256: blob.sha256, mimeType: blob.mimeType, size: blob.size },
    ],
  };
}

describe('sha256Hex', () => {
  it('matches the known digest of "abc"', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('decodes data URLs and refuses anything else', () => {
    expect(decodeDataUrl('data:image/png;base64,AAE=')).toEqual({
      mimeType: 'image/png',
      bytes: new Uint8Array([0, 1]),
    });
    expect(() => decodeDataUrl('https://example.com/x.png')).toThrow(/data URL/);
  });
});

describe('toOffsetIso', () => {
  const instant = new Date(Date.UTC(2026, 0, 31, 23, 30, 5, 120));
  it.each([
    [0, '2026-01-31T23:30:05.120+00:00'],
    [480, '2026-02-01T07:30:05.120+08:00'],
    [-300, '2026-01-31T18:30:05.120-05:00'],
    [330, '2026-02-01T05:00:05.120+05:30'],
  ])('offset %i → %s', (offset, expected) => {
    expect(toOffsetIso(instant, offset)).toBe(expected);
  });
});

describe('evidence store', () => {
  it('uses a versioned schema', async () => {
    const db = await openEvidenceDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['blobs', 'captures']);
  });

  it('saves a record with its blob and lists newest first', async () => {
    const db = await openEvidenceDb();
    const a = await blobOf('first');
    const b = await blobOf('second');
    const older = recordFor(a, 1);
    const newer = recordFor(b, 2);
    await saveCapture(db, older, [a]);
    await saveCapture(db, newer, [b]);
    const { records, invalid } = await listCaptures(db, 10);
    expect(records.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(invalid).toEqual([]);
    expect(new Uint8Array((await getBlob(db, a.sha256))!.bytes)).toEqual(
      new TextEncoder().encode('first'),
    );
  });

  it('stores identical bytes once', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('same screenshot');
    await saveCapture(db, recordFor(blob, 1), [blob]);
    await saveCapture(db, recordFor(blob, 2), [blob]);
    expect(await db.count('captures')).toBe(2);
    expect(await db.count('blobs')).toBe(1);
  });

  it('writes nothing when the record cannot be stored', async () => {
    const db = await openEvidenceDb();
    const first = await blobOf('one');
    const id = crypto.randomUUID();
    await saveCapture(db, recordFor(first, 1, id), [first]);
    const second = await blobOf('two');
    // Same id again: the record write fails after the blob write; the blob must roll back.
    await expect(saveCapture(db, recordFor(second, 2, id), [second])).rejects.toThrow();
    expect(await db.count('captures')).toBe(1);
    expect(await getBlob(db, second.sha256)).toBeUndefined();
  });

  it('refuses an invalid record before touching the database', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('x');
    const bad = { ...recordFor(blob, 1), state: 'bankrupt' } as unknown as CaptureRecord;
    await expect(saveCapture(db, bad, [blob])).rejects.toThrow(/Invalid capture record/);
    expect(await db.count('blobs')).toBe(0);
  });

  it('refuses a blob the record does not name', async () => {
    const db = await openEvidenceDb();
    const named = await blobOf('named');
    const stray = await blobOf('stray');
    await expect(saveCapture(db, recordFor(named, 1), [named, stray])).rejects.toThrow(/not named/);
    expect(await db.count('blobs')).toBe(0);
  });

  it('reports a stored record that no longer validates instead of dropping it', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('ok');
    await saveCapture(db, recordFor(blob, 1), [blob]);
    const broken = { ...recordFor(blob, 2), schemaVersion: 99 };
    await db.put('captures', broken as unknown as CaptureRecord);
    const { records, invalid } = await listCaptures(db, 10);
    expect(records).toHaveLength(1);
    expect(invalid).toEqual([{ id: broken.id, error: expect.stringContaining('schemaVersion') }]);
    expect(await db.count('captures')).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { DB_VERSION, openEvidenceDb } from '../../lib/evidence/db';
import { decodeDataUrl, sha256Hex } from '../../lib/evidence/hash';
import type { CaptureDraft, CaptureRecord } from '../../lib/evidence/schema';
import {
  addRedaction,
  annotateCapture,
  deleteCaptures,
  getBlob,
  getCapture,
  listCaptures,
  markExported,
  needsExportReminder,
  readAccessLog,
  saveCapture,
  StorageFullError,
  verifyStoredChain,
} from '../../lib/evidence/store';
import {
  discardPending,
  keepPending,
  listPending,
  savePending,
  sweepExpiredPending,
} from '../../lib/evidence/pending';
import { pendingSlot } from '../../lib/evidence/pending-slot';
import { toOffsetIso } from '../../lib/evidence/time';
import { blobOf, draftFor } from './evidence-fixtures';

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
  it('uses a versioned schema with the log, pending, chunk, export and meta stores', async () => {
    const db = await openEvidenceDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accessLog',
      'blobs',
      'captures',
      'chunks',
      'exports',
      'meta',
      'pending',
    ]);
  });

  it('saves a record with its blobs, chains it, logs it and lists newest first', async () => {
    const db = await openEvidenceDb();
    const a = await blobOf('first');
    const b = await blobOf('second');
    const older = await saveCapture(db, draftFor([a], 1), [a]);
    const newer = await saveCapture(db, draftFor([b], 2), [b]);
    expect(older.chain).toMatchObject({ seq: 1, prevHash: null });
    expect(newer.chain).toMatchObject({
      chainId: older.chain.chainId,
      seq: 2,
      prevHash: older.chain.recordHash,
    });
    const { records, invalid } = await listCaptures(db, 10);
    expect(records.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(invalid).toEqual([]);
    expect(await getCapture(db, older.id)).toEqual(older);
    expect(new Uint8Array((await getBlob(db, a.sha256))!.bytes)).toEqual(
      new TextEncoder().encode('first'),
    );
    const log = await readAccessLog(db);
    expect(log.map((e) => [e.action, e.recordIds])).toEqual([
      ['capture', [older.id]],
      ['capture', [newer.id]],
    ]);
  });

  it('filters by provider, state, case and date', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('x');
    const paypal = await saveCapture(db, draftFor([blob], 1), [blob]);
    const wise = await saveCapture(
      db,
      { ...draftFor([blob], 90), providerId: 'wise', state: 'account_locked' },
      [blob],
    );
    await annotateCapture(db, wise.id, { caseId: 'case-1' });
    const ids = async (filter: Parameters<typeof listCaptures>[2]) =>
      (await listCaptures(db, 100, filter)).records.map((r) => r.id);
    expect(await ids({ providerId: 'wise' })).toEqual([wise.id]);
    expect(await ids({ state: 'payment_failed' })).toEqual([paypal.id]);
    expect(await ids({ caseId: 'case-1' })).toEqual([wise.id]);
    expect(await ids({ toUtc: '2026-11-25T11:30:00.000Z' })).toEqual([paypal.id]);
    expect(await ids({ fromUtc: '2026-11-25T11:30:00.000Z' })).toEqual([wise.id]);
  });

  it('stores identical bytes once', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('same screenshot');
    await saveCapture(db, draftFor([blob], 1), [blob]);
    await saveCapture(db, draftFor([blob], 2), [blob]);
    expect(await db.count('captures')).toBe(2);
    expect(await db.count('blobs')).toBe(1);
  });

  it('writes nothing when the record cannot be stored', async () => {
    const db = await openEvidenceDb();
    const first = await blobOf('one');
    const id = crypto.randomUUID();
    await saveCapture(db, draftFor([first], 1, id), [first]);
    const second = await blobOf('two');
    // Same id again: the record write fails after the blob write; the blob must roll back.
    await expect(saveCapture(db, draftFor([second], 2, id), [second])).rejects.toThrow();
    expect(await db.count('captures')).toBe(1);
    expect(await getBlob(db, second.sha256)).toBeUndefined();
    expect(await readAccessLog(db)).toHaveLength(1);
    // The chain head did not move: the next record follows the first.
    const next = await saveCapture(db, draftFor([second], 3), [second]);
    expect(next.chain.seq).toBe(2);
  });

  it('refuses an invalid record before touching the database', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('x');
    const bad = { ...draftFor([blob], 1), state: 'bankrupt' } as unknown as CaptureDraft;
    await expect(saveCapture(db, bad, [blob])).rejects.toThrow(/Invalid capture record/);
    expect(await db.count('blobs')).toBe(0);
  });

  it('refuses a blob the record does not name, and an artifact without bytes', async () => {
    const db = await openEvidenceDb();
    const named = await blobOf('named');
    const stray = await blobOf('stray');
    await expect(saveCapture(db, draftFor([named], 1), [named, stray])).rejects.toThrow(
      /not named/,
    );
    await expect(saveCapture(db, draftFor([named, stray], 1), [named])).rejects.toThrow(/no bytes/);
    expect(await db.count('blobs')).toBe(0);
  });

  it('turns a quota error into a clear message and keeps nothing partial', async () => {
    const db = await openEvidenceDb();
    const kept = await blobOf('kept');
    await saveCapture(db, draftFor([kept], 1), [kept]);
    const big = await blobOf('big');
    const realAdd = IDBObjectStore.prototype.add;
    // The second write of the transaction (the record) hits the quota, after the blob write.
    let calls = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args) {
      if (this.name === 'captures' && ++calls === 1) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realAdd.apply(this, args);
    };
    try {
      const failure = saveCapture(db, draftFor([big], 2), [big]);
      await expect(failure).rejects.toBeInstanceOf(StorageFullError);
      await expect(failure).rejects.toThrow(/no room left/);
    } finally {
      IDBObjectStore.prototype.add = realAdd;
    }
    expect(await db.count('captures')).toBe(1);
    expect(await getBlob(db, big.sha256)).toBeUndefined();
  });

  it('reports a stored record that no longer validates instead of dropping it', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('ok');
    await saveCapture(db, draftFor([blob], 1), [blob]);
    const broken = { ...draftFor([blob], 2), schemaVersion: 99 };
    await db.put('captures', broken as unknown as CaptureRecord);
    const { records, invalid } = await listCaptures(db, 10);
    expect(records).toHaveLength(1);
    expect(invalid).toEqual([{ id: broken.id, error: expect.stringContaining('schemaVersion') }]);
    expect(await db.count('captures')).toBe(2);
  });

  it('deletes with a log entry, frees unshared blobs and the chain still verifies', async () => {
    const db = await openEvidenceDb();
    const shared = await blobOf('shared');
    const own = await blobOf('own', 'text/plain');
    const a = await saveCapture(db, draftFor([shared], 1), [shared]);
    const b = await saveCapture(db, draftFor([shared, own], 2), [shared, own]);
    const c = await saveCapture(db, draftFor([shared], 3), [shared]);
    expect(await deleteCaptures(db, [b.id])).toBe(1);
    expect(await getCapture(db, b.id)).toBeUndefined();
    expect(await getBlob(db, own.sha256)).toBeUndefined();
    expect(await getBlob(db, shared.sha256)).toBeDefined();
    const log = await readAccessLog(db);
    expect(log.at(-1)).toMatchObject({
      action: 'delete',
      recordIds: [b.id],
      deleted: [{ recordId: b.id, seq: 2, recordHash: b.chain.recordHash }],
    });
    expect((await verifyStoredChain(db)).firstBreak).toBeNull();
    expect((await listCaptures(db, 10)).records.map((r) => r.id)).toEqual([c.id, a.id]);
  });

  it('verify reports the first broken link: a changed record, or one removed without a log', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('x');
    const saved: CaptureRecord[] = [];
    for (let i = 1; i <= 4; i++) saved.push(await saveCapture(db, draftFor([blob], i), [blob]));
    expect(await verifyStoredChain(db)).toMatchObject({ checked: 4, firstBreak: null });

    await db.put('captures', { ...saved[2]!, url: 'https://www.paypal.com/forged' });
    expect((await verifyStoredChain(db)).firstBreak).toMatchObject({
      recordId: saved[2]!.id,
      seq: 3,
      reason: 'hash-mismatch',
    });
    await db.put('captures', saved[2]!);
    await db.delete('captures', saved[1]!.id); // behind the log's back
    expect((await verifyStoredChain(db)).firstBreak).toMatchObject({
      recordId: saved[2]!.id,
      reason: 'missing-records',
    });
    expect((await readAccessLog(db)).filter((e) => e.action === 'verify')).toHaveLength(3);
  });

  it('notes, tags and case links change without breaking the chain', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('x');
    const record = await saveCapture(db, draftFor([blob], 1), [blob]);
    const changed = await annotateCapture(db, record.id, { notes: 'Called support', tags: ['a'] });
    expect(changed).toMatchObject({ notes: 'Called support', tags: ['a'] });
    expect(changed.chain).toEqual(record.chain);
    expect((await verifyStoredChain(db)).firstBreak).toBeNull();
  });

  it('adds a redacted copy that names its original and leaves the original alone', async () => {
    const db = await openEvidenceDb();
    const original = await blobOf('original');
    const redacted = await blobOf('redacted');
    const record = await saveCapture(db, draftFor([original], 1), [original]);
    const next = await addRedaction(
      db,
      record.id,
      {
        kind: 'redacted-screenshot',
        sha256: redacted.sha256,
        mimeType: 'image/png',
        size: redacted.size,
        derivedFrom: original.sha256,
      },
      redacted,
    );
    expect(next.artifacts).toEqual(record.artifacts);
    expect(next.redactions).toEqual([expect.objectContaining({ derivedFrom: original.sha256 })]);
    expect(new Uint8Array((await getBlob(db, original.sha256))!.bytes)).toEqual(
      new TextEncoder().encode('original'),
    );
    expect((await verifyStoredChain(db)).firstBreak).toBeNull();
    const stranger = await blobOf('stranger');
    await expect(
      addRedaction(
        db,
        record.id,
        {
          kind: 'redacted-screenshot',
          sha256: redacted.sha256,
          mimeType: 'image/png',
          size: redacted.size,
          derivedFrom: stranger.sha256,
        },
        redacted,
      ),
    ).rejects.toThrow(/not an artifact/);
  });

  it('reminds to export when evidence has gone unexported for 7 days', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('x');
    const record = await saveCapture(db, draftFor([blob], 0), [blob]);
    const captured = Date.parse(record.capturedAtUtc);
    expect(await needsExportReminder(db, new Date(captured + 6 * 86_400_000))).toBe(false);
    expect(await needsExportReminder(db, new Date(captured + 7 * 86_400_000))).toBe(true);
    await markExported(db, [record.id], new Date(captured + 60_000));
    expect(await needsExportReminder(db, new Date(captured + 30 * 86_400_000))).toBe(false);
  });

  it('follows each record: exporting one does not silence the reminder for another', async () => {
    const db = await openEvidenceDb();
    const a = await saveCapture(db, draftFor([await blobOf('a')], 0), [await blobOf('a')]);
    const b = await saveCapture(db, draftFor([await blobOf('b')], 1), [await blobOf('b')]);
    const later = new Date(Date.parse(b.capturedAtUtc) + 8 * 86_400_000);
    await markExported(db, [a.id], new Date(Date.parse(b.capturedAtUtc) + 60_000));
    expect(await needsExportReminder(db, later)).toBe(true);
    await markExported(db, [b.id], later);
    expect(await needsExportReminder(db, later)).toBe(false);
  });
});

describe('pending snapshots', () => {
  async function pendingAt(now: Date) {
    const blob = await blobOf('moment', 'text/plain');
    const draft = { ...draftFor([blob], 1), source: 'detection' as const };
    draft.artifacts = [{ ...draft.artifacts[0]!, kind: 'detection-text' }];
    return {
      id: draft.id,
      tabId: 3,
      slot: pendingSlot(3, draft.state),
      bytes: blob.size,
      createdAtUtc: now.toISOString(),
      expiresAtUtc: new Date(now.getTime() + 86_400_000).toISOString(),
      draft,
      blobs: [blob],
    };
  }

  it('keeps a pending snapshot as a chained record and removes it from pending', async () => {
    const db = await openEvidenceDb();
    const now = new Date('2026-11-25T12:00:00Z');
    const pending = await pendingAt(now);
    await savePending(db, pending);
    expect((await listPending(db, now)).map((p) => p.id)).toEqual([pending.id]);
    const record = await keepPending(db, pending.id, now);
    expect(record).toMatchObject({ id: pending.id, source: 'detection', chain: { seq: 1 } });
    expect(await listPending(db, now)).toEqual([]);
    expect((await readAccessLog(db)).at(-1)).toMatchObject({ action: 'keep-pending' });
  });

  it('expires after 24 hours: hidden at once, deleted by the sweep', async () => {
    const db = await openEvidenceDb();
    const now = new Date('2026-11-25T12:00:00Z');
    const kept = await pendingAt(now);
    await savePending(db, kept);
    const later = new Date(now.getTime() + 86_400_000 + 1);
    expect(await listPending(db, later)).toEqual([]);
    expect(await sweepExpiredPending(db, new Date(now.getTime() + 3_600_000))).toBe(0);
    expect(await sweepExpiredPending(db, later)).toBe(1);
    expect(await db.count('pending')).toBe(0);
    const other = await pendingAt(now);
    await savePending(db, other);
    await discardPending(db, other.id);
    expect(await db.count('pending')).toBe(0);
  });
});

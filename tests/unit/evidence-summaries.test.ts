import { strToU8 } from 'fflate';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { linkRecord } from '../../lib/evidence/chain';
import {
  DB_NAME,
  DB_VERSION,
  HEAD_KEY,
  openEvidenceDb,
  resetEvidenceDbCache,
} from '../../lib/evidence/db';
import { exportEvidence } from '../../lib/evidence/export';
import { importBundle } from '../../lib/evidence/import';
import { summaryOfStored } from '../../lib/evidence/migrations/v3-to-v4';
import { addOutsideFile } from '../../lib/evidence/outside';
import { keepPending, savePending } from '../../lib/evidence/pending';
import { pendingSlot } from '../../lib/evidence/pending-slot';
import type { CaptureRecord, PendingSnapshot } from '../../lib/evidence/schema';
import {
  addRedaction,
  annotateCapture,
  deleteCaptures,
  getCapture,
  listCaptures,
  listSummaries,
  needsExportReminder,
  readAccessLog,
  saveCapture,
  verifyStoredChain,
  type EvidenceDb,
} from '../../lib/evidence/store';
import { summaryOf } from '../../lib/evidence/summary';
import { blobOf, draftFor } from './evidence-fixtures';

const NOW = new Date('2026-11-25T12:00:00.000Z');

/** The summaries the locker lists must be exactly those of the valid stored records. */
async function expectInStep(db: EvidenceDb) {
  const { records } = await listCaptures(db, Number.MAX_SAFE_INTEGER);
  // Read as stored, before the locker's own check could make the index again.
  const stored = await db.getAll('summaries');
  expect(stored.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
    records.map(summaryOf).sort((x, y) => x.id.localeCompare(y.id)),
  );
  const { summaries, damaged } = await listSummaries(db);
  expect(summaries).toEqual(records.map(summaryOf));
  expect(damaged).toEqual([]);
}

describe('the locker’s light index', () => {
  it('stays in step with every write: capture, keep, file, note, redaction, import, deletion', async () => {
    const db = await openEvidenceDb();
    const png = await blobOf('screenshot');
    const text = await blobOf('page text', 'text/plain');
    const a = await saveCapture(db, draftFor([png, text], 1), [png, text], NOW);
    await expectInStep(db);
    expect((await listSummaries(db)).summaries[0]).toMatchObject({
      id: a.id,
      thumbnail: png.sha256,
      providerId: 'paypal',
      state: 'payment_failed',
      caseId: null,
      file: null,
      importedAt: null,
    });

    const snapshot = await blobOf('We could not process your payment.', 'text/plain');
    const draft = { ...draftFor([snapshot], 2), source: 'detection' as const };
    const pending: PendingSnapshot = {
      id: draft.id,
      tabId: 3,
      createdAtUtc: NOW.toISOString(),
      expiresAtUtc: '2030-01-01T00:00:00.000Z',
      draft,
      blobs: [snapshot],
      slot: pendingSlot(3, 'payment_failed'),
      bytes: snapshot.size,
    };
    await savePending(db, pending, NOW);
    await keepPending(db, pending.id, NOW);
    await expectInStep(db);

    const pdf = strToU8('%PDF-1.7\n%\u00e2\u00e3\nstatement');
    const { record: file } = await addOutsideFile(
      db,
      {
        open: async function* () {
          yield pdf;
        },
        fileName: 'statement.pdf',
        category: 'statement',
        description: 'Card statement for November',
        occurredAt: null,
        cameFrom: 'my bank',
        providerId: 'paypal',
        caseId: null,
      },
      { now: NOW, timeZone: 'UTC', userAgent: 'test', extensionVersion: '0.1.0' },
    );
    await expectInStep(db);
    expect((await listSummaries(db)).summaries.find((s) => s.id === file.id)?.file).toEqual({
      category: 'statement',
      description: 'Card statement for November',
      fileName: 'statement.pdf',
    });

    await annotateCapture(db, a.id, { caseId: 'case-1', notes: 'called them' }, NOW);
    await expectInStep(db);
    expect((await listSummaries(db)).summaries.find((s) => s.id === a.id)?.caseId).toBe('case-1');

    const redacted = await blobOf('redacted screenshot');
    await addRedaction(
      db,
      a.id,
      {
        kind: 'redacted-screenshot',
        sha256: redacted.sha256,
        mimeType: 'image/png',
        size: redacted.size,
        derivedFrom: png.sha256,
      },
      redacted,
      NOW,
    );
    await expectInStep(db);

    // Records imported into another device's locker are listed there as imported.
    const bundle = await exportEvidence(db, { extensionVersion: '0.1.0', now: NOW });
    globalThis.indexedDB = new IDBFactory();
    resetEvidenceDbCache();
    const other = await openEvidenceDb();
    await importBundle(other, bundle.bytes, NOW, 'evidence.zip');
    await expectInStep(other);
    const imported = (await listSummaries(other)).summaries;
    expect(imported).toHaveLength(3);
    for (const summary of imported) expect(summary.importedAt).toMatch(/^2026-11-25T/);

    await deleteCaptures(other, [imported[0]!.id], NOW);
    await expectInStep(other);
    expect((await listSummaries(other)).summaries).toHaveLength(2);
  });

  it('counts a damaged record without listing it, and opening it gives nothing', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('ok');
    const good = await saveCapture(db, draftFor([blob], 1), [blob], NOW);
    const broken = { ...draftFor([blob], 2), schemaVersion: 99 };
    // Written behind the store's back: the index is made again from the records.
    await db.put('captures', broken as unknown as CaptureRecord);
    const { summaries, damaged } = await listSummaries(db);
    expect(summaries.map((s) => s.id)).toEqual([good.id]);
    expect(damaged).toEqual([{ id: broken.id, error: expect.stringContaining('schemaVersion') }]);
    expect(await db.get('captures', broken.id)).toEqual(broken);
    expect(await getCapture(db, broken.id)).toBeUndefined();
  });

  it('is made again from the records when it disagrees with them in number', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('x');
    const first = await saveCapture(db, draftFor([blob], 1), [blob], NOW);
    const second = await saveCapture(db, draftFor([blob], 2), [blob], NOW);
    await db.delete('summaries', first.id);
    expect((await listSummaries(db)).summaries.map((s) => s.id)).toEqual([second.id, first.id]);
    await expectInStep(db);
  });

  it('reports a malformed summary as damaged instead of showing it', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('x');
    const record = await saveCapture(db, draftFor([blob], 1), [blob], NOW);
    await db.put('summaries', { ...summaryOf(record), state: 'bankrupt' } as never);
    const { summaries, damaged } = await listSummaries(db);
    expect(summaries).toEqual([]);
    expect(damaged).toEqual([{ id: record.id, error: expect.stringContaining('state') }]);
  });

  it('lists the newest records first and stops reading once it has enough', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('x');
    const saved: CaptureRecord[] = [];
    for (let i = 0; i < 8; i++) saved.push(await saveCapture(db, draftFor([blob], i), [blob], NOW));
    // A damaged record older than the five newest is not even read.
    await db.put('captures', { ...draftFor([blob], -5), schemaVersion: 99 } as never);
    const newestFive = await listCaptures(db, 5);
    expect(newestFive.records.map((r) => r.id)).toEqual(
      saved
        .slice(3)
        .reverse()
        .map((r) => r.id),
    );
    expect(newestFive.invalid).toEqual([]);
    expect((await listCaptures(db, 200)).invalid).toHaveLength(1);
  });
});

/** Creates a database exactly as version 3 shipped it (every store and index), holding `data`. */
async function seedVersion3(data: {
  records: unknown[];
  blobs: { sha256: string }[];
  exports: { recordId: string; at: string }[];
  pending: PendingSnapshot[];
  log: object[];
  head: object;
}) {
  const db = await openDB(DB_NAME, 3, {
    upgrade(database) {
      const captures = database.createObjectStore('captures', { keyPath: 'id' });
      captures.createIndex('by-time', 'capturedAtUtc');
      captures.createIndex('by-provider', 'providerId');
      database
        .createObjectStore('blobs', { keyPath: 'sha256' })
        .createIndex('by-upload', 'chunks.upload');
      database.createObjectStore('accessLog', { keyPath: 'id', autoIncrement: true });
      const pending = database.createObjectStore('pending', { keyPath: 'id' });
      pending.createIndex('by-expiry', 'expiresAtUtc');
      pending.createIndex('by-slot', 'slot');
      database.createObjectStore('meta', { keyPath: 'key' });
      database.createObjectStore('chunks', { keyPath: ['upload', 'index'] });
      database.createObjectStore('exports', { keyPath: 'recordId' });
    },
  });
  for (const blob of data.blobs) await db.put('blobs', blob);
  for (const record of data.records) await db.put('captures', record);
  for (const mark of data.exports) await db.put('exports', mark);
  for (const pending of data.pending) await db.put('pending', pending);
  for (const entry of data.log) await db.add('accessLog', entry);
  await db.put('meta', { key: HEAD_KEY, value: data.head });
  db.close();
}

describe('upgrade from database version 3', () => {
  it('adds a summary of every record and changes nothing else', async () => {
    // Records as version 3 stored them, written by the version 3 code path of this store.
    const png = await blobOf('screenshot');
    const text = await blobOf('page text', 'text/plain');
    const db3 = await openEvidenceDb();
    const own = await saveCapture(db3, draftFor([png, text], 1), [png, text], NOW);
    const linked = await annotateCapture(db3, own.id, { caseId: 'case-9' }, NOW);
    const second = await saveCapture(db3, draftFor([png], 2), [png], NOW);
    const imported: CaptureRecord = {
      ...linkRecord(draftFor([png], 3), {
        chainId: crypto.randomUUID(),
        seq: 6,
        recordHash: 'c'.repeat(64),
      }).record,
      origin: {
        kind: 'imported',
        importedAt: '2026-11-25T19:40:00.000+08:00',
        bundleSha256: null,
        bundleName: '',
        bundleExportedAt: '2026-11-20T09:00:00.000+01:00',
        notIncluded: [],
        detailsMasked: false,
      },
    };
    const damaged = { ...draftFor([png], 4), state: 'bankrupt' };
    const log = await readAccessLog(db3);
    const head = (await db3.get('meta', HEAD_KEY))!.value as object;
    const snapshot = await blobOf('moment', 'text/plain');
    const pendingDraft = { ...draftFor([snapshot], 5), source: 'detection' as const };
    const pending: PendingSnapshot = {
      id: pendingDraft.id,
      tabId: 12,
      createdAtUtc: '2026-11-25T11:10:00.000Z',
      expiresAtUtc: '2030-11-26T11:10:00.000Z',
      draft: pendingDraft,
      blobs: [snapshot],
      slot: '12:payment_failed',
      bytes: snapshot.size,
    };
    const records = [linked, second, imported, damaged];
    globalThis.indexedDB = new IDBFactory();
    resetEvidenceDbCache();
    await seedVersion3({
      records,
      blobs: [png, text],
      exports: [{ recordId: own.id, at: '2026-11-25T19:30:00.000+08:00' }],
      pending: [pending],
      log: log.map(({ id: _id, ...entry }) => entry),
      head,
    });

    const db = await openEvidenceDb();
    expect(db.version).toBe(DB_VERSION);
    // Every record exactly as it was, the damaged one included.
    for (const record of records) {
      expect(await db.get('captures', (record as { id: string }).id)).toEqual(record);
    }
    // The upgrade itself wrote the index (the locker would otherwise make it on first use).
    expect(await db.count('summaries')).toBe(records.length);
    expect(await db.get('summaries', damaged.id)).toEqual(summaryOfStored(damaged.id, damaged));
    expect(await db.get('summaries', imported.id)).toEqual(summaryOf(imported));
    const { summaries, damaged: counted } = await listSummaries(db);
    expect(summaries).toEqual([imported, second, linked].map(summaryOf));
    expect(summaries.find((s) => s.id === own.id)?.caseId).toBe('case-9');
    expect(summaries.find((s) => s.id === imported.id)?.importedAt).toBe(
      '2026-11-25T19:40:00.000+08:00',
    );
    expect(counted.map((d) => d.id)).toEqual([damaged.id]);
    expect(await db.get('summaries', damaged.id)).toEqual(summaryOfStored(damaged.id, damaged));
    // The other stores are untouched, and everything still works on them.
    expect(await db.count('summaries')).toBe(records.length);
    expect(await db.get('exports', own.id)).toEqual({
      recordId: own.id,
      at: '2026-11-25T19:30:00.000+08:00',
    });
    expect(await db.get('pending', pending.id)).toEqual(pending);
    expect((await readAccessLog(db)).map(({ id: _id, ...e }) => e)).toEqual(
      log.map(({ id: _id, ...e }) => e),
    );
    expect(await needsExportReminder(db, new Date('2026-12-10T00:00:00Z'))).toBe(true);
    expect((await verifyStoredChain(db)).firstBreak).toBeNull();
    const next = await saveCapture(db, draftFor([png], 6), [png], NOW);
    expect(next.chain).toMatchObject({ chainId: own.chain.chainId, seq: 3 });
    expect((await listSummaries(db)).summaries[0]?.id).toBe(next.id);
  });
});

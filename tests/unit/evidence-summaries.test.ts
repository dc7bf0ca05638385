import { strToU8 } from 'fflate';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { readSummariesEarly } from '../../lib/client/early-summaries';
import { DB_NAME, DB_VERSION, openEvidenceDb, resetEvidenceDbCache } from '../../lib/evidence/db';
import { exportEvidence } from '../../lib/evidence/export';
import { importBundle } from '../../lib/evidence/import';
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
  saveCapture,
  summariesFrom,
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

describe('the locker’s early read of its index', () => {
  it('gives the rows the store lists, before the page’s own code has opened the database', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('screenshot');
    await saveCapture(db, draftFor([blob], 1), [blob], NOW);
    await saveCapture(db, draftFor([blob], 2), [blob], NOW);
    const rows = await readSummariesEarly();
    expect(rows).toHaveLength(2);
    expect(summariesFrom(rows!)).toEqual(await listSummaries(db));
  });

  it('leaves a browser without the database as it was: nothing is created', async () => {
    expect(await readSummariesEarly()).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    // The store's own opener then makes it at its version, as on any first start.
    expect((await openEvidenceDb()).version).toBe(DB_VERSION);
  });

  it('leaves an older database for the store to upgrade, untouched', async () => {
    const old = await openDB(DB_NAME, DB_VERSION - 1, {
      upgrade: (db) => void db.createObjectStore('captures', { keyPath: 'id' }),
    });
    old.close();
    expect(await readSummariesEarly()).toBeNull();
    const again = await openDB(DB_NAME);
    expect(again.version).toBe(DB_VERSION - 1);
    again.close();
  });

  it('gives nothing when the index misses a record, so the store makes it again', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('screenshot');
    const kept = await saveCapture(db, draftFor([blob], 1), [blob], NOW);
    await db.delete('summaries', kept.id);
    expect(await readSummariesEarly()).toBeNull();
    expect((await listSummaries(db)).summaries.map((s) => s.id)).toEqual([kept.id]);
  });
});

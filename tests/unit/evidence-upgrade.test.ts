import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { linkRecord, verifyChain, type ChainHead } from '../../lib/evidence/chain';
import { DB_NAME, DB_VERSION, HEAD_KEY, openEvidenceDb } from '../../lib/evidence/db';
import { migrateV1ToV2 } from '../../lib/evidence/migrations/v1-to-v2';
import {
  exportsFromLog,
  migratePendingV2ToV3,
  originsFromLog,
} from '../../lib/evidence/migrations/v2-to-v3';
import { listPending } from '../../lib/evidence/pending';
import {
  CaptureRecordSchema,
  type AccessLogEntry,
  type CaptureRecordV1,
  type PendingSnapshotV2,
} from '../../lib/evidence/schema';
import {
  getBlob,
  listCaptures,
  needsExportReminder,
  readAccessLog,
  saveCapture,
  verifyStoredChain,
} from '../../lib/evidence/store';
import { blobOf, draftFor } from './evidence-fixtures';

/** A record exactly as the Foundation (schema version 1) stored it. */
function v1Record(sha256: string, minute: number): CaptureRecordV1 {
  const at = new Date(Date.UTC(2026, 10, 20, 9, minute));
  return {
    schemaVersion: 1,
    id: crypto.randomUUID(),
    capturedAt: at.toISOString().replace('Z', '+00:00'),
    capturedAtUtc: at.toISOString(),
    timeZone: 'Europe/London',
    url: `https://www.paypal.com/checkoutnow?token=EC-${minute}`,
    title: 'PayPal Checkout',
    providerId: 'paypal',
    state: 'payment_failed',
    extensionVersion: '0.1.0',
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
    artifacts: [{ kind: 'screenshot-visible', sha256, mimeType: 'image/png', size: 5 }],
  };
}

/** Creates the Foundation's database (version 1) with `records`, as it shipped. */
async function seedVersion1(records: unknown[], blobs: { sha256: string }[]) {
  const db = await openDB(DB_NAME, 1, {
    upgrade(database) {
      const captures = database.createObjectStore('captures', { keyPath: 'id' });
      captures.createIndex('by-time', 'capturedAtUtc');
      captures.createIndex('by-provider', 'providerId');
      database.createObjectStore('blobs', { keyPath: 'sha256' });
    },
  });
  for (const blob of blobs) await db.put('blobs', blob);
  for (const record of records) await db.put('captures', record);
  db.close();
}

describe('upgrade from schema version 1', () => {
  it('keeps every record, converts it to version 2 and chains the old records in time order', async () => {
    const blob = await blobOf('hello');
    const old = [v1Record(blob.sha256, 30), v1Record(blob.sha256, 10), v1Record(blob.sha256, 20)];
    await seedVersion1(old, [blob]);

    const db = await openEvidenceDb();
    expect(db.version).toBe(DB_VERSION);
    const { records, invalid } = await listCaptures(db, 100);
    expect(invalid).toEqual([]);
    expect(records).toHaveLength(3);
    const byTime = [...old].sort((a, b) => a.capturedAtUtc.localeCompare(b.capturedAtUtc));
    const oldest = records.at(-1)!;
    expect(oldest).toMatchObject({
      schemaVersion: 2,
      id: byTime[0]!.id,
      url: byTime[0]!.url,
      capturedAt: byTime[0]!.capturedAt,
      artifacts: byTime[0]!.artifacts,
      source: 'legacy',
      page: null,
      browser: { name: 'Chrome', version: '140.0.0.0' },
      os: 'Linux',
      chain: { seq: 1, prevHash: null },
    });
    expect(records.map((r) => r.chain.seq)).toEqual([3, 2, 1]);
    expect(verifyChain(records, [], oldest.chain.chainId).firstBreak).toBeNull();
    expect(await getBlob(db, blob.sha256)).toBeDefined();
    expect(await readAccessLog(db)).toEqual([]);

    // New captures continue the same chain.
    const next = await saveCapture(db, draftFor([blob], 100), [blob]);
    expect(next.chain).toMatchObject({
      chainId: oldest.chain.chainId,
      seq: 4,
      prevHash: records[0]!.chain.recordHash,
    });
  });

  it('keeps a damaged old record as it was, reported and never dropped', async () => {
    const blob = await blobOf('x');
    const good = v1Record(blob.sha256, 1);
    const damaged = { ...v1Record(blob.sha256, 2), state: 'bankrupt' };
    await seedVersion1([good, damaged], [blob]);
    const db = await openEvidenceDb();
    const { records, invalid } = await listCaptures(db, 100);
    expect(records.map((r) => r.id)).toEqual([good.id]);
    expect(invalid.map((i) => i.id)).toEqual([damaged.id]);
    expect(await db.get('captures', damaged.id)).toEqual(damaged);
  });

  it('migrateV1ToV2 gives a record that validates once chained', () => {
    const draft = migrateV1ToV2(v1Record('a'.repeat(64), 1));
    const chained = {
      ...draft,
      chain: { chainId: crypto.randomUUID(), seq: 1, prevHash: null, recordHash: 'b'.repeat(64) },
    };
    expect(CaptureRecordSchema.safeParse(chained).success).toBe(true);
  });
});

/** Creates a database exactly as version 2 shipped it, holding `data`. */
async function seedVersion2(data: {
  records: unknown[];
  blobs: { sha256: string }[];
  log: Omit<AccessLogEntry, 'id'>[];
  pending: PendingSnapshotV2[];
  head: ChainHead;
}) {
  const db = await openDB(DB_NAME, 2, {
    upgrade(database) {
      const captures = database.createObjectStore('captures', { keyPath: 'id' });
      captures.createIndex('by-time', 'capturedAtUtc');
      captures.createIndex('by-provider', 'providerId');
      database.createObjectStore('blobs', { keyPath: 'sha256' });
      database.createObjectStore('accessLog', { keyPath: 'id', autoIncrement: true });
      database
        .createObjectStore('pending', { keyPath: 'id' })
        .createIndex('by-expiry', 'expiresAtUtc');
      database.createObjectStore('meta', { keyPath: 'key' });
    },
  });
  for (const blob of data.blobs) await db.put('blobs', blob);
  for (const record of data.records) await db.put('captures', record);
  for (const entry of data.log) await db.add('accessLog', entry);
  for (const pending of data.pending) await db.put('pending', pending);
  await db.put('meta', { key: HEAD_KEY, value: data.head });
  await db.put('meta', { key: 'last-export', value: '2026-11-25T11:30:00.000Z' });
  db.close();
}

describe('upgrade from database version 2', () => {
  it('marks imported records, keeps per-record export times and slots pending snapshots, dropping nothing', async () => {
    const blob = await blobOf('screenshot');
    const text = await blobOf('We could not process your payment.', 'text/plain');
    let head: ChainHead = { chainId: crypto.randomUUID(), seq: 0, recordHash: null };
    const own = [0, 1].map((minute) => {
      const linked = linkRecord(draftFor([blob], minute), head);
      head = linked.head;
      return linked.record;
    });
    // A record from another device's chain, brought in by an import under version 2.
    const imported = linkRecord(draftFor([blob], 5), {
      chainId: crypto.randomUUID(),
      seq: 6,
      recordHash: 'c'.repeat(64),
    }).record;
    const damaged = { ...draftFor([blob], 9), state: 'bankrupt' };
    const pendingDraft = { ...draftFor([text], 10), source: 'detection' as const };
    const pending: PendingSnapshotV2 = {
      id: pendingDraft.id,
      tabId: 12,
      createdAtUtc: '2026-11-25T11:10:00.000Z',
      expiresAtUtc: '2030-11-26T11:10:00.000Z',
      draft: pendingDraft,
      blobs: [text],
    };
    const log: Omit<AccessLogEntry, 'id'>[] = [
      {
        at: '2026-11-25T19:00:00.000+08:00',
        action: 'capture',
        recordIds: [own[0]!.id],
        detail: 'extension-page',
      },
      {
        at: '2026-11-25T19:30:00.000+08:00',
        action: 'export',
        recordIds: [own[0]!.id],
        detail: '1 record(s)',
      },
      {
        at: '2026-11-25T19:40:00.000+08:00',
        action: 'import',
        recordIds: [imported.id],
        detail: 'bundle exported 2026-11-20T09:00:00.000+01:00',
      },
    ];
    await seedVersion2({
      records: [...own, imported, damaged],
      blobs: [blob, text],
      log,
      pending: [pending],
      head,
    });

    const db = await openEvidenceDb();
    expect(db.version).toBe(DB_VERSION);
    const { records, invalid } = await listCaptures(db, 100);
    expect(invalid.map((i) => i.id)).toEqual([damaged.id]);
    expect(await db.get('captures', damaged.id)).toEqual(damaged);
    expect(records).toHaveLength(3);
    expect(records.find((r) => r.id === imported.id)!.origin).toEqual({
      kind: 'imported',
      importedAt: '2026-11-25T19:40:00.000+08:00',
      bundleSha256: null,
      bundleName: '',
      bundleExportedAt: '2026-11-20T09:00:00.000+01:00',
      notIncluded: [],
      detailsMasked: false,
    });
    for (const record of own) {
      expect(records.find((r) => r.id === record.id)).toEqual(record);
    }
    // The imported record stays out of the person's own chain, which still verifies.
    const report = await verifyStoredChain(db);
    expect(report).toMatchObject({ firstBreak: null, own: 2, imported: 1 });
    // Export marks per record: the one exported under version 2 counts, the other does not.
    expect(await db.get('exports', own[0]!.id)).toEqual({
      recordId: own[0]!.id,
      at: '2026-11-25T19:30:00.000+08:00',
    });
    expect(await db.get('exports', own[1]!.id)).toBeUndefined();
    expect(await needsExportReminder(db, new Date('2026-12-10T00:00:00Z'))).toBe(true);
    const [slotted] = await listPending(db, new Date('2026-11-25T12:00:00Z'));
    expect(slotted).toEqual({ ...pending, slot: '12:payment_failed', bytes: text.size });
    // Every old log entry is still there (the check above added its own).
    expect((await readAccessLog(db)).slice(0, log.length)).toMatchObject(log);
    expect(await getBlob(db, blob.sha256)).toBeDefined();
  });

  it('each migration step is a typed, pure function of the old data', () => {
    const entry = (action: AccessLogEntry['action'], at: string, ids: string[], detail = '') => ({
      id: 1,
      at,
      action,
      recordIds: ids,
      detail,
    });
    const a = crypto.randomUUID();
    const b = crypto.randomUUID();
    const log = [
      entry('export', '2026-11-01T10:00:00.000+00:00', [a]),
      entry('export', '2026-11-02T10:00:00.000+00:00', [a, b]),
      entry(
        'import',
        '2026-11-03T10:00:00.000+00:00',
        [b],
        'bundle exported 2026-10-30T08:00:00.000Z',
      ),
    ];
    expect(Object.fromEntries(exportsFromLog(log))).toEqual({
      [a]: '2026-11-02T10:00:00.000+00:00',
      [b]: '2026-11-02T10:00:00.000+00:00',
    });
    expect(originsFromLog(log).get(b)).toMatchObject({
      importedAt: '2026-11-03T10:00:00.000+00:00',
      bundleExportedAt: '2026-10-30T08:00:00.000Z',
    });
    expect(originsFromLog(log).has(a)).toBe(false);
    const draft = draftFor([], 0);
    const old: PendingSnapshotV2 = {
      id: draft.id,
      tabId: 4,
      createdAtUtc: '2026-11-25T11:00:00.000Z',
      expiresAtUtc: '2026-11-26T11:00:00.000Z',
      draft: { ...draft, state: null },
      blobs: [
        { sha256: 'a'.repeat(64), mimeType: 'text/plain', size: 3, bytes: new ArrayBuffer(3) },
      ],
    };
    expect(migratePendingV2ToV3(old)).toEqual({ ...old, slot: '4:none', bytes: 3 });
  });
});

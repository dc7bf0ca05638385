import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../lib/evidence/chain';
import { DB_NAME, DB_VERSION, openEvidenceDb } from '../../lib/evidence/db';
import { migrateV1ToV2 } from '../../lib/evidence/migrations/v1-to-v2';
import { CaptureRecordSchema, type CaptureRecordV1 } from '../../lib/evidence/schema';
import { getBlob, listCaptures, readAccessLog, saveCapture } from '../../lib/evidence/store';
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

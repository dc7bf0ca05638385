import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { linkRecord } from '../../lib/evidence/chain';
import { openEvidenceDb } from '../../lib/evidence/db';
import { buildEvidenceZip, exportEvidence, readChainHead } from '../../lib/evidence/export';
import { importBundle } from '../../lib/evidence/import';
import { getCapture, listCaptures, saveCapture, verifyStoredChain } from '../../lib/evidence/store';
import { blobOf, draftFor } from './evidence-fixtures';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('what the chain proves, and what it does not', () => {
  it('imports a forged, self-consistent bundle as "imported", never as the person’s own', async () => {
    const db = await openEvidenceDb();
    const shot = await blobOf('my own screenshot');
    for (let i = 0; i < 3; i++) await saveCapture(db, draftFor([shot], i), [shot], NOW);
    const head = (await readChainHead(db))!;

    // Someone who saw one of the person's bundles knows the chain id and head. They make a
    // record that continues the person's chain, dated years back, and a bundle that checks out.
    const fake = await blobOf('a screenshot made up later');
    const draft = draftFor([fake], 0);
    draft.capturedAt = '2020-01-01T09:00:00.000+08:00';
    draft.capturedAtUtc = '2020-01-01T01:00:00.000Z';
    const forged = linkRecord(draft, head).record;
    expect(forged.chain).toMatchObject({
      chainId: head.chainId,
      seq: 4,
      prevHash: head.recordHash,
    });
    const zip = await buildEvidenceZip({
      records: [forged],
      readBlob: async () => new Uint8Array(fake.bytes),
      accessLog: [],
      exportedAt: '2020-01-01T10:00:00.000+08:00',
      extensionVersion: '0.1.0',
      chainHead: { chainId: head.chainId, seq: 4, recordHash: forged.chain.recordHash },
    });

    expect(await importBundle(db, zip, NOW, 'from-a-stranger.zip')).toMatchObject({ imported: 1 });
    const stored = (await getCapture(db, forged.id))!;
    expect(stored.origin).toMatchObject({
      kind: 'imported',
      bundleName: 'from-a-stranger.zip',
      bundleExportedAt: '2020-01-01T10:00:00.000+08:00',
    });
    // The person's own chain is untouched: three records, its head unchanged, still intact.
    expect(await readChainHead(db)).toEqual(head);
    expect(await verifyStoredChain(db)).toMatchObject({ firstBreak: null, own: 3, imported: 1 });
    // Their next capture continues their own chain; the forged record's number is no obstacle.
    const next = await saveCapture(db, draftFor([shot], 9), [shot], NOW);
    expect(next.chain).toMatchObject({ chainId: head.chainId, seq: 4, prevHash: head.recordHash });
    expect(await verifyStoredChain(db)).toMatchObject({ firstBreak: null, own: 4, imported: 1 });

    // Exported again, the report says where it came from, and the head is the person's own.
    const { bytes } = await exportEvidence(db, { extensionVersion: '0.1.0', now: NOW });
    const files = unzipSync(bytes);
    const report = strFromU8(files['report.html']!);
    expect(report).toContain('It was not captured on that device.');
    expect(report).toContain('from-a-stranger.zip');
    expect(report).toContain('It does not prove who made a record, or when');
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.chainHead).toEqual({
      chainId: head.chainId,
      seq: 4,
      recordHash: next.chain.recordHash,
    });
    expect(report).toContain('held 4 record(s)');
    const listed = (await listCaptures(db, 10)).records;
    expect(listed.filter((r) => r.origin).map((r) => r.id)).toEqual([forged.id]);
  });
});

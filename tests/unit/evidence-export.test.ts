import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openEvidenceDb, resetEvidenceDbCache } from '../../lib/evidence/db';
import { buildEvidenceZip, exportEvidence } from '../../lib/evidence/export';
import { checkBundle, ImportError, importBundle } from '../../lib/evidence/import';
import type { StoredBlob } from '../../lib/evidence/schema';
import {
  getBlob,
  lastExportAt,
  listCaptures,
  logAccess,
  needsExportReminder,
  readAccessLog,
  saveCapture,
  verifyStoredChain,
} from '../../lib/evidence/store';
import { IDBFactory } from 'fake-indexeddb';
import { toOffsetIso } from '../../lib/evidence/time';
import { blobOf, draftFor } from './evidence-fixtures';

const NOW = new Date('2026-11-25T12:00:00Z');
/** The `+hh:mm` offset `toOffsetIso` writes for `date` on this machine. */
const offsetOf = (date: Date) => toOffsetIso(date).slice(-6);
const VERSION = { extensionVersion: '0.1.0', now: NOW };

async function seed(count: number) {
  const db = await openEvidenceDb();
  const shared = await blobOf('shared screenshot');
  for (let i = 0; i < count; i++) {
    const own = await blobOf(`page text ${i}`, 'text/plain');
    await saveCapture(db, draftFor([shared, own], i), [shared, own], NOW);
  }
  return db;
}

/** A fresh, empty database in place of the current one. */
async function freshDb() {
  globalThis.indexedDB = new IDBFactory();
  resetEvidenceDbCache();
  return openEvidenceDb();
}

function rezip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files);
}

async function expectRejected(zip: Uint8Array, problem: string, subject: RegExp | string) {
  const error = await checkBundle(zip).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).problem).toBe(problem);
  expect((error as ImportError).subject).toMatch(subject);
}

describe('export', () => {
  it('writes a manifest with every hash, the chain and the access log, the artifacts and a report', async () => {
    const db = await seed(3);
    const { bytes, fileName, count } = await exportEvidence(db, VERSION);
    expect(count).toBe(3);
    expect(fileName).toBe('wallet-assist-evidence-2026-11-25-12-00-00.zip');
    const files = unzipSync(bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest).toMatchObject({
      format: 'wallet-assist-evidence',
      bundleVersion: 2,
      recordSchemaVersion: 2,
      records: { path: 'records.json', count: 3 },
      scope: 'all',
      choices: { originals: false, pageCopies: false },
      leftOut: [],
    });
    expect(manifest.artifacts).toHaveLength(4); // one shared screenshot + three texts
    for (const entry of manifest.artifacts) {
      expect(createHash('sha256').update(files[entry.path]!).digest('hex')).toBe(entry.sha256);
    }
    expect(manifest.chain.map((c: { seq: number }) => c.seq)).toEqual([1, 2, 3]);
    expect(manifest.accessLog.at(-1)).toMatchObject({ action: 'export' });
    const report = strFromU8(files['report.html']!);
    expect(report).toContain('<section>');
    expect(report.match(/<section>/g)).toHaveLength(4); // cover + one page per capture
    expect(report).toContain('break-after:page');
    expect(await lastExportAt(db)).toBe(NOW.toISOString());
  });

  it('leaves a damaged record untouched, exports the rest and counts it', async () => {
    const db = await seed(2);
    const { records } = await listCaptures(db, 10);
    const damaged = { ...records[0]!, state: 'bankrupt' };
    await db.put('captures', damaged as never);
    const result = await exportEvidence(db, VERSION);
    expect(result).toMatchObject({ count: 1, damaged: 1 });
    expect(await db.get('captures', damaged.id)).toEqual(damaged);
  });

  it('escapes page text in the report', async () => {
    const blob = await blobOf('x');
    const draft = { ...draftFor([blob], 1), title: '<img src=x onerror=alert(1)>' };
    const db = await openEvidenceDb();
    await saveCapture(db, draft, [blob]);
    const files = unzipSync((await exportEvidence(db, VERSION)).bytes);
    const report = strFromU8(files['report.html']!);
    expect(report).not.toContain('<img src=x');
    expect(report).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('adds extra files for other features and lists their hashes, but never over its own', async () => {
    const db = await seed(1);
    const { records } = await listCaptures(db, 10);
    const readBlob = async (sha: string) => new Uint8Array((await getBlob(db, sha))!.bytes);
    const extra = { path: 'case/summary.html', bytes: strToU8('<p>case</p>') };
    const zip = await buildEvidenceZip({
      records,
      readBlob,
      accessLog: [],
      extraFiles: [extra],
      exportedAt: '2026-11-25T12:00:00.000+00:00',
      extensionVersion: '0.1.0',
    });
    const bundle = await checkBundle(zip);
    expect(bundle.manifest.extraFiles).toEqual([
      {
        path: 'case/summary.html',
        sha256: createHash('sha256').update(extra.bytes).digest('hex'),
        size: extra.bytes.byteLength,
      },
    ]);
    await expect(
      buildEvidenceZip({
        records,
        readBlob,
        accessLog: [],
        extraFiles: [{ path: 'manifest.json', bytes: strToU8('{}') }],
        exportedAt: '2026-11-25T12:00:00.000+00:00',
        extensionVersion: '0.1.0',
      }),
    ).rejects.toThrow(/would replace/);
  });
});

describe('export selected', () => {
  it('carries only the selected records and their access log, and marks only them as exported', async () => {
    const db = await seed(3);
    const { records } = await listCaptures(db, 10);
    const [a, b, c] = records;
    await logAccess(db, 'view', [a!.id], 'locker', NOW);
    await logAccess(db, 'view', [b!.id], 'locker', NOW);
    const { bytes } = await exportEvidence(db, { ...VERSION, ids: [b!.id] });
    const manifest = JSON.parse(strFromU8(unzipSync(bytes)['manifest.json']!));
    expect(manifest.scope).toBe('selected');
    expect(manifest.records.count).toBe(1);
    expect(manifest.accessLog.map((e: { action: string }) => e.action)).toEqual([
      'capture',
      'view',
      'export',
    ]);
    for (const entry of manifest.accessLog) expect(entry.recordIds).toEqual([b!.id]);
    expect(JSON.stringify(manifest)).not.toContain(a!.id);
    expect(JSON.stringify(manifest)).not.toContain(c!.id);
    // The others were not exported: the reminder still asks for them.
    expect(await db.get('exports', b!.id)).toMatchObject({ recordId: b!.id });
    expect(await db.get('exports', a!.id)).toBeUndefined();
    expect(await needsExportReminder(db, new Date(NOW.getTime() + 8 * 86_400_000))).toBe(true);
  });
});

describe('import', () => {
  it('round-trips 1,000 records byte-identically, marked as imported', async () => {
    const db = await seed(1000);
    const first = await exportEvidence(db, VERSION);
    const before = await listCaptures(db, 2000);

    const target = await freshDb();
    expect(await importBundle(target, first.bytes, NOW, 'evidence.zip')).toMatchObject({
      imported: 1000,
      alreadyPresent: 0,
    });
    const after = await listCaptures(target, 2000);
    const bundleSha = createHash('sha256').update(first.bytes).digest('hex');
    const { exportedAt } = JSON.parse(strFromU8(unzipSync(first.bytes)['manifest.json']!));
    for (const record of after.records) {
      expect(record.origin).toEqual({
        kind: 'imported',
        importedAt: '2026-11-25T12:00:00.000+00:00'.replace('+00:00', offsetOf(NOW)),
        bundleSha256: bundleSha,
        bundleName: 'evidence.zip',
        bundleExportedAt: exportedAt,
        notIncluded: [],
        detailsMasked: false,
      });
    }
    expect(after.records.map(({ origin: _o, ...rest }) => rest)).toEqual(before.records);
    for (const record of after.records.slice(0, 20)) {
      for (const artifact of record.artifacts) {
        const original = unzipSync(first.bytes)[
          `artifacts/${artifact.sha256}.${artifact.mimeType === 'image/png' ? 'png' : 'txt'}`
        ];
        expect(new Uint8Array((await getBlob(target, artifact.sha256))!.bytes)).toEqual(original);
      }
    }
    expect((await verifyStoredChain(target)).firstBreak).toBeNull();

    // Export again: the artifacts are the same bytes and the records the same once their import
    // note is set aside; the report now says where they came from, and the manifest carries the
    // new device's log and chain head (it captured nothing itself).
    const second = await exportEvidence(target, VERSION);
    const a = unzipSync(first.bytes);
    const b = unzipSync(second.bytes);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const path of Object.keys(a).filter((p) => p.startsWith('artifacts/'))) {
      expect(Buffer.from(b[path]!).equals(Buffer.from(a[path]!)), path).toBe(true);
    }
    const withoutOrigin = (bytes: Uint8Array) =>
      JSON.parse(strFromU8(bytes)).map(({ origin: _o, ...rest }: { origin?: unknown }) => rest);
    expect(withoutOrigin(b['records.json']!)).toEqual(withoutOrigin(a['records.json']!));
    expect(strFromU8(b['report.html']!)).toContain('evidence.zip');
    const {
      accessLog: logA,
      chainHead: headA,
      records: recA,
      report: _ra,
      ...restA
    } = JSON.parse(strFromU8(a['manifest.json']!));
    const {
      accessLog: logB,
      chainHead: headB,
      records: recB,
      report: _rb,
      ...restB
    } = JSON.parse(strFromU8(b['manifest.json']!));
    expect(restB).toEqual(restA);
    expect(recB.count).toBe(recA.count);
    expect(headA).toMatchObject({ seq: 1000 });
    // The importing device has captured nothing of its own: its chain is empty.
    expect(headB).toMatchObject({ seq: 0, recordHash: null });
    expect(logB.map((e: { action: string }) => e.action)).toEqual(['import', 'verify', 'export']);
    expect(logA).toHaveLength(1001);
  }, 60_000);

  it('skips records already stored and logs the import', async () => {
    const db = await seed(2);
    const { bytes } = await exportEvidence(db, VERSION);
    expect(await importBundle(db, bytes, NOW)).toEqual({
      imported: 0,
      alreadyPresent: 2,
      addedIds: [],
    });
    expect((await readAccessLog(db)).at(-1)).toMatchObject({ action: 'import', recordIds: [] });
  });

  describe('rejects a bad bundle, naming the problem, and changes nothing', () => {
    async function exported() {
      const db = await seed(2);
      const { bytes } = await exportEvidence(db, VERSION);
      return unzipSync(bytes);
    }

    it('a file whose hash does not match', async () => {
      const files = await exported();
      const path = Object.keys(files).find((p) => p.endsWith('.txt'))!;
      files[path] = strToU8('tampered');
      await expectRejected(rezip(files), 'badHash', path);
    });

    it('a missing artifact', async () => {
      const files = await exported();
      const path = Object.keys(files).find((p) => p.endsWith('.png'))!;
      delete files[path];
      await expectRejected(rezip(files), 'missingFile', path);
    });

    it('a missing manifest', async () => {
      const files = await exported();
      delete files['manifest.json'];
      await expectRejected(rezip(files), 'missingFile', 'manifest.json');
    });

    it('an unknown bundle version', async () => {
      const files = await exported();
      const manifest = JSON.parse(strFromU8(files['manifest.json']!));
      files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, bundleVersion: 9 }));
      await expectRejected(rezip(files), 'unknownVersion', 'manifest.json');
    });

    it('malformed JSON', async () => {
      const files = await exported();
      files['manifest.json'] = strToU8('{"format": "wallet-assist-evidence",');
      await expectRejected(rezip(files), 'malformedJson', 'manifest.json');
    });

    it('a record changed after export (its record hash no longer matches)', async () => {
      const files = await exported();
      const records = JSON.parse(strFromU8(files['records.json']!));
      records[0].url = 'https://www.paypal.com/forged';
      const bytes = strToU8(JSON.stringify(records));
      files['records.json'] = bytes;
      const manifest = JSON.parse(strFromU8(files['manifest.json']!));
      manifest.records.sha256 = createHash('sha256').update(bytes).digest('hex');
      manifest.records.size = bytes.byteLength;
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
      await expectRejected(rezip(files), 'badRecordHash', records[0].id);
    });

    it('not a ZIP at all', async () => {
      await expectRejected(strToU8('hello'), 'notZip', 'bundle');
    });

    it('a stored record with the same id but other content: nothing is written', async () => {
      const db = await seed(2);
      const { bytes } = await exportEvidence(db, VERSION);
      const target = await freshDb();
      const blob: StoredBlob = await blobOf('mine');
      const { records } = await checkBundle(bytes);
      const mine = await saveCapture(target, draftFor([blob], 5, records[1]!.id), [blob]);
      const blobsBefore = await target.count('blobs');
      const logBefore = (await readAccessLog(target)).length;
      const error = await importBundle(target, bytes, NOW).catch((e: unknown) => e);
      expect(error).toMatchObject({ problem: 'conflict', subject: mine.id });
      expect((await listCaptures(target, 10)).records).toEqual([mine]);
      expect(await target.count('blobs')).toBe(blobsBefore);
      expect(await readAccessLog(target)).toHaveLength(logBefore);
    });
  });
});

describe('checking a bundle by hand, as the README describes', () => {
  it('a record hash is the SHA-256 of the record without annotations, keys sorted, no spaces', async () => {
    const db = await seed(2);
    const files = unzipSync((await exportEvidence(db, VERSION)).bytes);
    const records = JSON.parse(strFromU8(files['records.json']!)) as Record<string, unknown>[];
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.keys(value)
                .sort()
                .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
            )
          : value;
    const hashes = records.map((record) => {
      const { notes: _n, tags: _t, caseId: _c, redactions: _r, ...rest } = record;
      const chain = { ...(rest.chain as Record<string, unknown>) };
      const recordHash = chain.recordHash;
      delete chain.recordHash;
      const text = JSON.stringify(sortKeys({ ...rest, chain }));
      expect(createHash('sha256').update(text).digest('hex')).toBe(recordHash);
      return { recordHash, prevHash: chain.prevHash };
    });
    expect(hashes[1]!.prevHash).toBe(hashes[0]!.recordHash);
    for (const entry of JSON.parse(strFromU8(files['manifest.json']!)).artifacts) {
      expect(entry.path).toContain(entry.sha256);
    }
  });
});

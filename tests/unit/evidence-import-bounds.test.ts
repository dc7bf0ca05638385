import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../lib/i18n';
import { openEvidenceDb } from '../../lib/evidence/db';
import { exportEvidence } from '../../lib/evidence/export';
import { checkBundle, ImportError, importBundle } from '../../lib/evidence/import';
import { readAccessLog, saveCapture, type EvidenceDb } from '../../lib/evidence/store';
import { blobOf, draftFor } from './evidence-fixtures';
import { craftZip, type CraftedEntry } from './zip-craft';

const NOW = new Date('2026-11-25T12:00:00Z');
const MB = 1024 * 1024;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A database with two captures, and a genuine export of it. */
async function genuine() {
  const db = await openEvidenceDb();
  for (let i = 0; i < 2; i++) {
    const shot = await blobOf(`screenshot ${i}`);
    const text = await blobOf(`page text ${i}`, 'text/plain');
    await saveCapture(db, draftFor([shot, text], i), [shot, text], NOW);
  }
  const { bytes } = await exportEvidence(db, { extensionVersion: '0.1.0', now: NOW });
  return { db, bytes, files: unzipSync(bytes) };
}

/** Everything stored, to compare before and after a refused import. */
async function snapshot(db: EvidenceDb) {
  return {
    captures: await db.getAll('captures'),
    blobs: (await db.getAllKeys('blobs')).sort(),
    chunks: await db.count('chunks'),
    log: await readAccessLog(db),
    meta: await db.getAll('meta'),
  };
}

/** The genuine bundle's files as crafted entries, in the same order. */
function entries(files: Record<string, Uint8Array>): CraftedEntry[] {
  return Object.entries(files).map(([name, data]) => ({ name, data }));
}

/** `manifest.json` replaced by `change(manifest)`. */
function withManifest(
  files: Record<string, Uint8Array>,
  change: (manifest: Record<string, unknown>) => unknown,
): CraftedEntry[] {
  const manifest = JSON.parse(strFromU8(files['manifest.json']!));
  return entries({ ...files, 'manifest.json': strToU8(JSON.stringify(change(manifest))) });
}

/** Expects `zip` refused with `problem`, a message for the person, and nothing stored. */
async function expectRefused(db: EvidenceDb, zip: Uint8Array, problem: string, subject?: RegExp) {
  const before = await snapshot(db);
  const error = await importBundle(db, zip, NOW).catch((e: unknown) => e);
  expect(error, 'refused').toBeInstanceOf(ImportError);
  expect((error as ImportError).problem).toBe(problem);
  if (subject) expect((error as ImportError).subject).toMatch(subject);
  expect(await snapshot(db)).toEqual(before);
  return error as ImportError;
}

describe('imports are bounded', () => {
  it('refuses a zip bomb (an unlisted 200 MB entry in a small ZIP) without inflating it', async () => {
    const { db, files } = await genuine();
    const bomb = deflateRawSync(new Uint8Array(200 * MB), { level: 9 });
    expect(bomb.length).toBeLessThan(300 * 1024);
    const zip = craftZip([
      ...entries(files),
      { name: 'padding.bin', data: new Uint8Array(0), compressed: bomb, declaredSize: 200 * MB },
    ]);
    const inflated = new Map<string, number>();
    const started = performance.now();
    const error = await checkBundle(zip, {
      onInflate: (name, bytes) => inflated.set(name, bytes),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'unexpectedEntry', subject: 'padding.bin' });
    expect(inflated.has('padding.bin')).toBe(false);
    expect([...inflated.keys()]).toEqual(['manifest.json']);
    expect(performance.now() - started).toBeLessThan(1000);
    await expectRefused(db, zip, 'unexpectedEntry');
  });

  it('refuses a listed entry that inflates past its declared size, stopping at once', async () => {
    const { db, files } = await genuine();
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    const target = manifest.artifacts.find((a: { path: string }) => a.path.endsWith('.txt'));
    const bomb = deflateRawSync(new Uint8Array(200 * MB), { level: 9 });
    const crafted = entries(files).map((e) =>
      e.name === target.path
        ? { name: e.name, data: new Uint8Array(0), compressed: bomb, declaredSize: target.size }
        : e,
    );
    let produced = 0;
    const error = await checkBundle(craftZip(crafted), {
      onInflate: (name, bytes) => {
        if (name === target.path) produced = bytes;
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'sizeMismatch', subject: target.path });
    expect(produced).toBeGreaterThan(target.size);
    expect(produced).toBeLessThan(5 * MB);
    await expectRefused(db, craftZip(crafted), 'sizeMismatch');
  });

  it('refuses lying sizes: a ZIP size that differs from the manifest, data shorter than declared', async () => {
    const { db, files } = await genuine();
    const path = Object.keys(files).find((p) => p.endsWith('.png'))!;
    const bigger = entries(files).map((e) =>
      e.name === path ? { ...e, declaredSize: e.data.length + 1 } : e,
    );
    await expectRefused(db, craftZip(bigger), 'badHash', new RegExp(path.replace('.', '\\.')));
    // Directory and manifest agree on a size the data does not have.
    const short = withManifest(files, (m) => {
      const artifacts = m.artifacts as { path: string; size: number }[];
      return {
        ...m,
        artifacts: artifacts.map((a) => (a.path === path ? { ...a, size: a.size + 5 } : a)),
      };
    }).map((e) => (e.name === path ? { ...e, declaredSize: e.data.length + 5 } : e));
    await expectRefused(db, craftZip(short), 'sizeMismatch', new RegExp(path.replace('.', '\\.')));
    // A stored (uncompressed) entry whose length differs from what is declared.
    const stored = entries(files).map((e) =>
      e.name === path ? { ...e, deflate: false, declaredSize: e.data.length - 1 } : e,
    );
    await expectRefused(db, craftZip(stored), 'badHash');
  });

  it('refuses path tricks and duplicate names before reading anything', async () => {
    const { db, files } = await genuine();
    for (const name of [
      '../evil.txt',
      '/etc/passwd',
      'artifacts/../../evil.txt',
      'a\\..\\..\\evil.txt',
      'C:/evil.txt',
      'evil\u0000.txt',
      './manifest.json',
      'caf\u00e9.txt',
    ]) {
      const error = await expectRefused(
        db,
        craftZip([...entries(files), { name, data: strToU8('x') }]),
        'unsafePath',
      );
      expect(error.subject).toBe(name.slice(0, 200));
    }
    await expectRefused(
      db,
      craftZip([...entries(files), { name: 'manifest.json', data: files['manifest.json']! }]),
      'duplicateEntry',
      /^manifest\.json$/,
    );
    const png = Object.keys(files).find((p) => p.endsWith('.png'))!;
    await expectRefused(
      db,
      craftZip([...entries(files), { name: png, data: files[png]! }]),
      'duplicateEntry',
    );
  });

  it('refuses more entries, records or bytes than the limits allow, naming what is too large', async () => {
    const { bytes } = await genuine();
    await expect(checkBundle(bytes, { limits: { maxEntries: 3 } })).rejects.toMatchObject({
      problem: 'tooLarge',
      subject: 'bundle',
    });
    await expect(checkBundle(bytes, { limits: { maxRecords: 1 } })).rejects.toMatchObject({
      problem: 'tooLarge',
      subject: 'records.json',
    });
    await expect(checkBundle(bytes, { limits: { maxFileBytes: 8 } })).rejects.toMatchObject({
      problem: 'tooLarge',
    });
    await expect(checkBundle(bytes, { limits: { maxTotalBytes: 100 } })).rejects.toMatchObject({
      problem: 'tooLarge',
      subject: 'bundle',
    });
    await expect(checkBundle(bytes, { limits: { maxBundleBytes: 100 } })).rejects.toMatchObject({
      problem: 'tooLarge',
    });
  });

  it('refuses 500 malformed bundles, each with a clear message, and the database never changes', async () => {
    const { db, bytes, files } = await genuine();
    const en = catalogue('en');
    // A fixed seed: the same 500 bundles on every run.
    let seed = 20261125;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    const paths = Object.keys(files);
    const mutations: (() => Uint8Array)[] = [
      // Damage inside an entry's compressed data.
      () => {
        const victim = pick(paths);
        return craftZip(
          entries(files).map((e) => {
            if (e.name !== victim) return e;
            const compressed = deflateSync(e.data);
            const at = Math.floor(random() * Math.max(1, compressed.length - 1));
            compressed[at] = compressed[at]! ^ (1 + Math.floor(random() * 255));
            return { ...e, compressed };
          }),
        );
      },
      // Cut short.
      () => bytes.slice(0, Math.floor(random() * (bytes.length - 1))),
      // Not a ZIP at all.
      () => Uint8Array.from({ length: Math.floor(random() * 4000) }, () => random() * 256),
      // A manifest field removed, or of the wrong type.
      () =>
        craftZip(
          withManifest(files, (m) => {
            const key = pick(Object.keys(m));
            const copy: Record<string, unknown> = { ...m };
            if (random() < 0.5) delete copy[key];
            // Values no field of the manifest accepts.
            else copy[key] = pick([42, {}]);
            return copy;
          }),
        ),
      // A listed hash or size changed.
      () =>
        craftZip(
          withManifest(files, (m) => {
            const artifacts = (m.artifacts as { sha256: string; size: number }[]).map((a) => ({
              ...a,
            }));
            const a = pick(artifacts);
            if (random() < 0.5) a.sha256 = sha(strToU8(String(random())));
            else a.size += 1 + Math.floor(random() * 1000);
            return { ...m, artifacts };
          }),
        ),
      // A record changed, with the manifest's hash of records.json updated to match.
      () => {
        const records = JSON.parse(strFromU8(files['records.json']!));
        const record = pick(records) as Record<string, unknown>;
        record[pick(['url', 'title', 'capturedAtUtc', 'state', 'providerId'])] = pick([
          'https://www.paypal.com/forged',
          '2026-11-01T00:00:00.000Z',
          'account_locked',
          'wise',
        ]);
        const changed = strToU8(JSON.stringify(records));
        return craftZip(
          withManifest({ ...files, 'records.json': changed }, (m) => ({
            ...m,
            records: { ...(m.records as object), sha256: sha(changed), size: changed.length },
          })),
        );
      },
      // An entry removed, renamed, duplicated, or one added that nobody lists.
      () => {
        const list = entries(files);
        const victim = pick(paths);
        switch (Math.floor(random() * 4)) {
          case 0:
            return craftZip(list.filter((e) => e.name !== victim));
          case 1:
            return craftZip(
              list.map((e) => (e.name === victim ? { ...e, name: `${victim}.renamed` } : e)),
            );
          case 2:
            return craftZip([...list, { name: victim, data: files[victim]! }]);
          default:
            return craftZip([
              ...list,
              { name: pick(['../x', 'extra.txt', 'a//b']), data: strToU8('x') },
            ]);
        }
      },
      // The directory lies about a size.
      () => {
        const victim = pick(paths);
        const lie = 1 + Math.floor(random() * 9);
        return craftZip(
          entries(files).map((e) =>
            e.name === victim ? { ...e, declaredSize: e.data.length + lie } : e,
          ),
        );
      },
      // An unknown bundle version or format.
      () =>
        craftZip(
          withManifest(files, (m) =>
            random() < 0.5
              ? { ...m, bundleVersion: pick([0, 3, 99, '2']) }
              : { ...m, format: 'other' },
          ),
        ),
    ];
    // Each mutation must really break the bundle: a change that leaves it genuine does not count.
    expect(manifest.artifacts.length).toBeGreaterThan(0);
    const before = await snapshot(db);
    const problems = new Map<string, number>();
    for (let i = 0; i < 500; i++) {
      const zip = mutations[i % mutations.length]!();
      const error = await checkBundle(zip).catch((e: unknown) => e);
      expect(error, `bundle ${i} (mutation ${i % mutations.length})`).toBeInstanceOf(ImportError);
      const { problem, subject } = error as ImportError;
      const text = en[`import.problem.${problem}`];
      expect(text, problem).toMatch(/\S/);
      expect(subject.length).toBeGreaterThan(0);
      problems.set(problem, (problems.get(problem) ?? 0) + 1);
      // Importing it changes nothing, whatever stage refused it.
      await expect(importBundle(db, zip, NOW)).rejects.toBeInstanceOf(ImportError);
    }
    expect(await snapshot(db)).toEqual(before);
    // The bundles fail in many different ways, not all at the same first check.
    expect(problems.size).toBeGreaterThanOrEqual(7);
  }, 60_000);
});

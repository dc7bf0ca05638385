import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { openCasesDb, resetCasesDbCache } from '../../lib/cases/db';
import {
  buildCaseReport,
  buildCaseZip,
  escapeHtml,
  evidenceFromStore,
  type EvidenceSource,
} from '../../lib/cases/export';
import { importCase } from '../../lib/cases/store';
import { openEvidenceDb } from '../../lib/evidence/db';
import { sha256Hex } from '../../lib/evidence/hash';
import { NOW, paypalCase } from './cases-fixtures';

beforeEach(() => resetCasesDbCache());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

async function caseWithEvidence() {
  const sha256 = await sha256Hex(PNG);
  return paypalCase({
    facts: { ...paypalCase().facts, merchant: '<img src=x onerror=alert(1)> Shop' },
    evidence: [
      {
        captureId: 'e3f1c2d4-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
        sha256,
        capturedAt: '2026-11-25T14:04:00.000+08:00',
        mimeType: 'image/png',
      },
    ],
  });
}

const names = { en: 'PayPal', 'zh-CN': 'PayPal' };

describe('case bundle', () => {
  it('holds case.json, report.html, descriptions, the evidence and a manifest of hashes', async () => {
    const record = await caseWithEvidence();
    const source: EvidenceSource = async () => ({
      files: [{ sha256: record.evidence[0]!.sha256, mimeType: 'image/png', bytes: PNG }],
      missing: [],
    });
    const { bytes, missing } = await buildCaseZip(record, {
      locale: 'en',
      providerName: 'PayPal',
      providerNames: names,
      now: NOW,
      timeZone: 'Asia/Shanghai',
      evidence: source,
    });
    expect(missing).toEqual([]);
    const files = unzipSync(bytes);
    const sha = record.evidence[0]!.sha256;
    expect(Object.keys(files).sort()).toEqual(
      [
        'case.json',
        'description-phone.en.txt',
        'description-phone.zh-CN.txt',
        'description-written.en.txt',
        'description-written.zh-CN.txt',
        `evidence/${sha}.png`,
        'manifest.json',
        'report.html',
      ].sort(),
    );
    expect(JSON.parse(strFromU8(files['case.json']!))).toEqual(record);
    expect(await sha256Hex(files[`evidence/${sha}.png`]!)).toBe(sha);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      files: { path: string; sha256: string }[];
    };
    for (const entry of manifest.files) {
      expect(await sha256Hex(files[entry.path]!), entry.path).toBe(entry.sha256);
    }
    expect(strFromU8(files['description-written.zh-CN.txt']!)).toContain('您好');
  });

  it('the exported case.json imports again unchanged', async () => {
    const record = await caseWithEvidence();
    const { bytes } = await buildCaseZip(record, {
      locale: 'en',
      providerName: 'PayPal',
      providerNames: names,
      now: NOW,
      timeZone: 'UTC',
      evidence: async () => ({ files: [], missing: [] }),
    });
    const json = strFromU8(unzipSync(bytes)['case.json']!);
    const db = await openCasesDb();
    expect(await importCase(db, json)).toEqual(record);
  });

  it('reports page text as text, never as markup', async () => {
    const record = await caseWithEvidence();
    const html = buildCaseReport(record, {
      locale: 'en',
      providerName: 'PayPal',
      now: NOW,
      timeZone: 'UTC',
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Shop');
    expect(html).toContain(record.evidence[0]!.sha256);
    expect(html).toContain('Timeline');
    expect(html).not.toMatch(/<script/i);
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('reads evidence from the evidence store and lists what is missing or altered', async () => {
    const record = await caseWithEvidence();
    const sha = record.evidence[0]!.sha256;
    const db = await openEvidenceDb();
    await db.put('blobs', {
      sha256: sha,
      mimeType: 'image/png',
      size: PNG.length,
      bytes: PNG.buffer,
    });
    const other = 'b'.repeat(64);
    await db.put('blobs', {
      sha256: other,
      mimeType: 'image/png',
      size: 1,
      bytes: new Uint8Array([1]).buffer,
    });
    const { files, missing } = await evidenceFromStore([
      ...record.evidence,
      { ...record.evidence[0]!, sha256: other },
      { ...record.evidence[0]!, sha256: 'c'.repeat(64) },
    ]);
    expect(files.map((f) => f.sha256)).toEqual([sha]);
    expect(missing).toEqual([other, 'c'.repeat(64)]);
  });
});

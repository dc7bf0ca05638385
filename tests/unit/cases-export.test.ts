import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { openCasesDb, resetCasesDbCache } from '../../lib/cases/db';
import {
  buildCaseReport,
  buildCaseZip,
  CASE_JSON_PATH,
  CASE_REPORT_PATH,
  evidenceFromDb,
} from '../../lib/cases/export';
import { looksLikeZip, openCaseBundle } from '../../lib/cases/import-bundle';
import type { CaseRecord } from '../../lib/cases/schema';
import { openEvidenceDb } from '../../lib/evidence/db';
import { exportEvidence } from '../../lib/evidence/export';
import { sha256Hex } from '../../lib/evidence/hash';
import { escapeHtml } from '../../lib/evidence/report';
import { checkBundle, ImportError } from '../../lib/evidence/import';
import type { CaptureRecord } from '../../lib/evidence/schema';
import { deleteCaptures, readAccessLog, saveCapture } from '../../lib/evidence/store';
import { importCase } from '../../lib/cases/store';
import { NOW, paypalCase } from './cases-fixtures';
import { blobOf, draftFor } from './evidence-fixtures';

beforeEach(() => resetCasesDbCache());

const names = { en: 'PayPal', 'zh-CN': 'PayPal', 'zh-Hant': 'PayPal' };

/** Two stored captures (a screenshot with page text each) and a case linking their screenshots. */
async function caseWithEvidence(): Promise<{ record: CaseRecord; captures: CaptureRecord[] }> {
  const db = await openEvidenceDb();
  const captures: CaptureRecord[] = [];
  for (const i of [0, 1]) {
    const png = await blobOf(`\x89PNG screenshot ${i}`);
    const text = await blobOf(`page text ${i}`, 'text/plain');
    captures.push(await saveCapture(db, draftFor([png, text], i), [png, text], NOW));
  }
  // Another record, not linked to the case: it must stay out of the case bundle.
  const other = await blobOf('unrelated');
  await saveCapture(db, draftFor([other], 5), [other], NOW);
  const record = paypalCase({
    facts: { ...paypalCase().facts, merchant: '<img src=x onerror=alert(1)> Shop' },
    evidence: captures.map((c) => ({
      captureId: c.id,
      sha256: c.artifacts[0]!.sha256,
      capturedAt: c.capturedAt,
      mimeType: 'image/png',
    })),
  });
  return { record, captures };
}

async function exportCase(record: CaseRecord) {
  return buildCaseZip(record, {
    locale: 'en',
    providerName: 'PayPal',
    providerNames: names,
    now: NOW,
    timeZone: 'Asia/Shanghai',
    evidence: evidenceFromDb(await openEvidenceDb()),
    extensionVersion: '0.1.0',
  });
}

describe('case bundle', () => {
  it('is an evidence bundle of the linked records with the case files listed by hash', async () => {
    const { record, captures } = await caseWithEvidence();
    const { bytes, missing } = await exportCase(record);
    expect(missing).toEqual([]);
    const files = unzipSync(bytes);
    const artifactPaths = captures
      .flatMap((c) => c.artifacts)
      .map((a) => `artifacts/${a.sha256}.${a.mimeType === 'image/png' ? 'png' : 'txt'}`);
    expect(Object.keys(files).sort()).toEqual(
      [
        'case/case.json',
        'case/description-phone.en.txt',
        'case/description-phone.zh-CN.txt',
        'case/description-written.en.txt',
        'case/description-written.zh-CN.txt',
        'case/description-phone.zh-Hant.txt',
        'case/description-written.zh-Hant.txt',
        'case/report.html',
        ...artifactPaths,
        'manifest.json',
        'records.json',
        'report.html',
      ].sort(),
    );
    expect(JSON.parse(strFromU8(files[CASE_JSON_PATH]!))).toEqual(record);
    for (const link of record.evidence) {
      expect(await sha256Hex(files[`artifacts/${link.sha256}.png`]!)).toBe(link.sha256);
    }
    expect(strFromU8(files['case/description-written.zh-CN.txt']!)).toContain('工单号');
    expect(strFromU8(files['case/description-written.zh-Hant.txt']!)).toContain('受理編號');

    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      format: string;
      records: { count: number };
      extraFiles: { path: string; sha256: string; size: number }[];
      accessLog: { action: string; recordIds: string[] }[];
    };
    expect(manifest.format).toBe('wallet-assist-evidence');
    expect(manifest.records.count).toBe(2);
    expect(manifest.extraFiles.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p.startsWith('case/'))
        .sort(),
    );
    for (const entry of manifest.extraFiles) {
      expect(await sha256Hex(files[entry.path]!), entry.path).toBe(entry.sha256);
      expect(files[entry.path]!.byteLength).toBe(entry.size);
    }
    // The access log in the bundle covers the linked records only, the export included.
    const linked = new Set(captures.map((c) => c.id));
    expect(manifest.accessLog.length).toBeGreaterThan(0);
    for (const entry of manifest.accessLog) {
      expect(entry.recordIds.some((id) => linked.has(id))).toBe(true);
    }
    expect(manifest.accessLog.at(-1)).toMatchObject({
      action: 'export',
      recordIds: captures.map((c) => c.id),
    });

    const report = strFromU8(files[CASE_REPORT_PATH]!);
    for (const link of record.evidence) {
      expect(report).toContain(link.sha256);
      expect(report).toContain(`artifacts/${link.sha256}.png`);
    }
  });

  it('passes the evidence bundle check, case files included', async () => {
    const { record, captures } = await caseWithEvidence();
    const { bytes } = await exportCase(record);
    const checked = await checkBundle(bytes);
    expect(checked.records.map((r) => r.id).sort()).toEqual(captures.map((c) => c.id).sort());
    expect(checked.manifest.extraFiles.map((f) => f.path)).toContain(CASE_JSON_PATH);
    expect(checked.blobs).toHaveLength(4);
  });

  it('is rejected by the evidence check when a case file was changed', async () => {
    const { record } = await caseWithEvidence();
    const { bytes } = await exportCase(record);
    const files = unzipSync(bytes);
    const edited = { ...record, facts: { ...record.facts, amount: '9999.00' } };
    files[CASE_JSON_PATH] = strToU8(`${JSON.stringify(edited, null, 2)}\n`);
    const tampered = zipSync(files);
    const error = await checkBundle(tampered).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe('badHash');
    expect((error as ImportError).subject).toBe(CASE_JSON_PATH);
    // The cases page refuses it the same way, before anything is stored.
    await expect(openCaseBundle(tampered)).rejects.toMatchObject({
      problem: 'badHash',
      subject: CASE_JSON_PATH,
    });
  });

  it('still exports when a linked record was deleted, and lists it as missing', async () => {
    const { record, captures } = await caseWithEvidence();
    const db = await openEvidenceDb();
    await deleteCaptures(db, [captures[1]!.id], NOW);
    const { bytes, missing } = await exportCase(record);
    expect(missing).toEqual([record.evidence[1]!.sha256]);
    const checked = await checkBundle(bytes);
    expect(checked.records.map((r) => r.id)).toEqual([captures[0]!.id]);
    const files = unzipSync(bytes);
    expect(files[`artifacts/${record.evidence[1]!.sha256}.png`]).toBeUndefined();
    const report = strFromU8(files[CASE_REPORT_PATH]!);
    expect(report).toContain(record.evidence[1]!.sha256);
    expect(report).toContain('not found in the evidence store');
    // The deletion of the linked record is in the bundle's access log.
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      accessLog: { action: string; recordIds: string[] }[];
    };
    expect(manifest.accessLog).toContainEqual(
      expect.objectContaining({ action: 'delete', recordIds: [captures[1]!.id] }),
    );
  });

  it('lists a linked file whose stored bytes were altered as missing', async () => {
    const { record, captures } = await caseWithEvidence();
    const db = await openEvidenceDb();
    const sha = record.evidence[0]!.sha256;
    await db.put('blobs', {
      sha256: sha,
      mimeType: 'image/png',
      size: 1,
      bytes: new Uint8Array([1]).buffer,
    });
    const { bytes, missing } = await exportCase(record);
    expect(missing).toEqual([sha]);
    const checked = await checkBundle(bytes);
    expect(checked.records.map((r) => r.id)).toEqual([captures[1]!.id]);
  });

  it('the case.json in the bundle imports again unchanged', async () => {
    const { record } = await caseWithEvidence();
    const { bytes } = await exportCase(record);
    expect(looksLikeZip(bytes)).toBe(true);
    const { json } = await openCaseBundle(bytes);
    const db = await openCasesDb();
    expect(await importCase(db, json)).toEqual(record);
  });

  it('refuses an evidence bundle that carries no case', async () => {
    const db = await openEvidenceDb();
    const png = await blobOf('png');
    await saveCapture(db, draftFor([png], 0), [png], NOW);
    const plain = await exportEvidence(db, { extensionVersion: '0.1.0', now: NOW });
    await expect(openCaseBundle(plain.bytes)).rejects.toMatchObject({
      problem: 'missingFile',
      subject: CASE_JSON_PATH,
    });
    expect(looksLikeZip(strToU8('{"id":1}'))).toBe(false);
  });

  it('logs the case export in the evidence access log', async () => {
    const { record, captures } = await caseWithEvidence();
    await exportCase(record);
    const log = await readAccessLog(await openEvidenceDb());
    expect(log.at(-1)).toMatchObject({
      action: 'export',
      recordIds: captures.map((c) => c.id),
    });
  });

  it('reports page text as text, never as markup', async () => {
    const { record } = await caseWithEvidence();
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
});

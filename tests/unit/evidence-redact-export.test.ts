import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildCaseZip, evidenceFromDb } from '../../lib/cases/export';
import { openEvidenceDb, resetEvidenceDbCache } from '../../lib/evidence/db';
import { exportEvidence } from '../../lib/evidence/export';
import { summariseExport } from '../../lib/evidence/export-plan';
import { importBundle } from '../../lib/evidence/import';
import { maskSensitiveText, normaliseRegions } from '../../lib/evidence/redact';
import type { CaptureRecord, StoredBlob } from '../../lib/evidence/schema';
import { addRedaction, saveCapture, verifyStoredChain } from '../../lib/evidence/store';
import { paypalCase } from './cases-fixtures';
import { draftFor } from './evidence-fixtures';
import { decodePng, encodePng, type Pixels } from './png';

const NOW = new Date('2026-11-25T12:00:00Z');
const CARD = '4111 1111 1111 1111';
const EMAIL = 'li.wei@example.com';
const PHONE = '+86 138 0013 8000';
const PAGE_TEXT = `Payment failed. Card ${CARD} · ${EMAIL} · call ${PHONE}`;
/** The area the person blacked out, in image pixels. */
const MARKED = { x: 8, y: 6, width: 20, height: 10 };

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function blob(bytes: Uint8Array, mimeType: string): StoredBlob {
  return { sha256: sha(bytes), mimeType, size: bytes.length, bytes: bytes.slice().buffer };
}

/**
 * A 48×24 screenshot: a grey page, and in the marked area a card number drawn as a pattern of
 * colours that appears nowhere else (every pixel there is unique).
 */
function screenshot(): Pixels {
  const width = 48;
  const height = 24;
  const rgba = new Uint8Array(width * height * 4).fill(200);
  for (let y = MARKED.y; y < MARKED.y + MARKED.height; y++) {
    for (let x = MARKED.x; x < MARKED.x + MARKED.width; x++) {
      const i = (y * width + x) * 4;
      rgba.set([x * 5 + 1, y * 9 + 3, (x * y) % 251, 255], i);
    }
  }
  return { width, height, rgba };
}

/** The screenshot with the marked area filled solid black, as the redaction tool saves it. */
function blackedOut(image: Pixels): Pixels {
  const rgba = image.rgba.slice();
  for (const r of normaliseRegions([MARKED], image.width, image.height)) {
    for (let y = r.y; y < r.y + r.height; y++) {
      for (let x = r.x; x < r.x + r.width; x++) rgba.set([0, 0, 0, 255], (y * image.width + x) * 4);
    }
  }
  return { ...image, rgba };
}

/** Every file of a ZIP, inflated, as text and bytes. */
function entriesOf(zip: Uint8Array) {
  return Object.entries(unzipSync(zip));
}

/** The colours of the original's marked area (each pixel as `r,g,b`). */
function markedColours(image: Pixels): Set<string> {
  const out = new Set<string>();
  for (let y = MARKED.y; y < MARKED.y + MARKED.height; y++) {
    for (let x = MARKED.x; x < MARKED.x + MARKED.width; x++) {
      const i = (y * image.width + x) * 4;
      out.add(`${image.rgba[i]},${image.rgba[i + 1]},${image.rgba[i + 2]}`);
    }
  }
  return out;
}

/** A record with a screenshot, an exact page copy and page text, redacted in both ways. */
async function redactedRecord() {
  const db = await openEvidenceDb();
  const original = screenshot();
  const png = blob(encodePng(original), 'image/png');
  const mhtml = blob(
    new TextEncoder().encode(`MIME-Version: 1.0\r\n\r\n<p>${PAGE_TEXT}</p>`),
    'multipart/related',
  );
  const text = blob(new TextEncoder().encode(PAGE_TEXT), 'text/plain');
  const draft = draftFor([png], 0);
  draft.title = `Checkout for ${EMAIL}`;
  draft.notes = `Call back on ${PHONE}`;
  draft.artifacts = [
    { kind: 'screenshot-visible', sha256: png.sha256, mimeType: png.mimeType, size: png.size },
    { kind: 'snapshot-mhtml', sha256: mhtml.sha256, mimeType: mhtml.mimeType, size: mhtml.size },
    { kind: 'page-text', sha256: text.sha256, mimeType: text.mimeType, size: text.size },
  ];
  const saved = await saveCapture(db, draft, [png, mhtml, text], NOW);
  const redactedPng = blob(encodePng(blackedOut(original)), 'image/png');
  await addRedaction(
    db,
    saved.id,
    {
      kind: 'redacted-screenshot',
      sha256: redactedPng.sha256,
      mimeType: 'image/png',
      size: redactedPng.size,
      derivedFrom: png.sha256,
    },
    redactedPng,
    NOW,
  );
  const masked = blob(new TextEncoder().encode(maskSensitiveText(PAGE_TEXT).text), 'text/plain');
  const record = await addRedaction(
    db,
    saved.id,
    {
      kind: 'redacted-text',
      sha256: masked.sha256,
      mimeType: 'text/plain',
      size: masked.size,
      derivedFrom: text.sha256,
    },
    masked,
    NOW,
  );
  return { db, record, original, png, mhtml, text, redactedPng, masked };
}

/** Proves that nothing of what was redacted is anywhere in `zip`. */
function expectNothingRedacted(zip: Uint8Array, original: Pixels, originalSha: string) {
  const colours = markedColours(original);
  for (const [path, bytes] of entriesOf(zip)) {
    expect(path).not.toContain(originalSha);
    const content = strFromU8(bytes, true);
    for (const secret of [CARD, EMAIL, PHONE, CARD.replace(/ /g, '')]) {
      expect(content, `${path} holds ${secret}`).not.toContain(secret);
    }
    if (!path.endsWith('.png')) continue;
    const image = decodePng(bytes);
    for (let i = 0; i < image.width * image.height; i++) {
      const colour = `${image.rgba[i * 4]},${image.rgba[i * 4 + 1]},${image.rgba[i * 4 + 2]}`;
      expect(colours.has(colour), `${path} shows an original pixel of the marked area`).toBe(false);
    }
    // The marked area itself is solid black.
    for (let y = MARKED.y; y < MARKED.y + MARKED.height; y++) {
      for (let x = MARKED.x; x < MARKED.x + MARKED.width; x++) {
        const i = (y * image.width + x) * 4;
        expect([...image.rgba.subarray(i, i + 4)]).toEqual([0, 0, 0, 255]);
      }
    }
  }
}

describe('redaction holds in exports', () => {
  it('exports the redacted copies only: no original pixel of the marked area and none of the masked text is in the ZIP', async () => {
    const { db, original, png, redactedPng, masked, mhtml, text, record } = await redactedRecord();
    const { bytes } = await exportEvidence(db, { extensionVersion: '0.1.0', now: NOW });
    expectNothingRedacted(bytes, original, png.sha256);

    const files = unzipSync(bytes);
    expect(
      Object.keys(files)
        .filter((p) => p.startsWith('artifacts/'))
        .sort(),
    ).toEqual([`artifacts/${masked.sha256}.txt`, `artifacts/${redactedPng.sha256}.png`].sort());
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.leftOut).toEqual([
      { recordId: record.id, sha256: png.sha256, reason: 'redacted' },
      { recordId: record.id, sha256: mhtml.sha256, reason: 'redactedRecordPage' },
      { recordId: record.id, sha256: text.sha256, reason: 'redacted' },
    ]);
    expect(manifest.maskedRecords).toEqual([record.id]);
    // The report shows the redacted picture and says what stayed behind.
    const report = strFromU8(files['report.html']!);
    expect(report).toContain(`<img src="artifacts/${redactedPng.sha256}.png"`);
    expect(report).toContain('left out: its redacted copy is in the bundle instead');
    expect(report).toContain('left out: it would show what was redacted');
    expect(report).toContain('Records with a redacted copy are exported as that copy');
  });

  it('a case export keeps the redaction too', async () => {
    const { db, original, png, record } = await redactedRecord();
    const kase = paypalCase({
      evidence: [
        {
          captureId: record.id,
          sha256: png.sha256,
          capturedAt: record.capturedAt,
          mimeType: 'image/png',
        },
      ],
    });
    const { bytes, missing } = await buildCaseZip(kase, {
      locale: 'en',
      providerName: 'PayPal',
      providerNames: { en: 'PayPal', 'zh-CN': 'PayPal', 'zh-Hant': 'PayPal' },
      now: NOW,
      timeZone: 'Asia/Shanghai',
      evidence: evidenceFromDb(db),
      extensionVersion: '0.1.0',
    });
    expect(missing).toEqual([]);
    expectNothingRedacted(bytes, original, png.sha256);
    expect(strFromU8(unzipSync(bytes)['case/report.html']!)).toContain(
      'left out: its redacted copy is in the bundle instead',
    );
  });

  it('includes the originals only when the person chooses them, and says so', async () => {
    const { db, png, mhtml, text, record } = await redactedRecord();
    expect(summariseExport([record], { originals: false, pageCopies: false })).toMatchObject({
      redacted: 1,
      redactedLeftOut: 3,
      pageCopies: 1,
      pageCopiesIncluded: 0,
    });
    const { bytes } = await exportEvidence(db, {
      extensionVersion: '0.1.0',
      now: NOW,
      choices: { originals: true, pageCopies: false },
    });
    const files = unzipSync(bytes);
    for (const file of [png, mhtml, text]) {
      expect(Object.keys(files).some((p) => p.includes(file.sha256))).toBe(true);
    }
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest).toMatchObject({
      choices: { originals: true },
      leftOut: [],
      maskedRecords: [],
    });
    expect(strFromU8(files['report.html']!)).toContain(
      'The originals of redacted records are included',
    );
  });

  it('a redacted bundle imports as what it is: an imported copy whose masked details are not checkable', async () => {
    const { db, record, png } = await redactedRecord();
    const { bytes } = await exportEvidence(db, { extensionVersion: '0.1.0', now: NOW });
    globalThis.indexedDB = new IDBFactory();
    resetEvidenceDbCache();
    const other = await openEvidenceDb();
    expect(await importBundle(other, bytes, NOW, 'redacted.zip')).toMatchObject({ imported: 1 });
    const imported = (await other.get('captures', record.id)) as CaptureRecord;
    expect(imported.origin).toMatchObject({ kind: 'imported', detailsMasked: true });
    expect(imported.origin!.notIncluded).toContain(png.sha256);
    expect(imported.title).not.toContain(EMAIL);
    expect(await verifyStoredChain(other)).toMatchObject({
      firstBreak: null,
      imported: 1,
      unverifiable: 1,
    });
    // Exported again from there, it still holds nothing that was redacted.
    const again = await exportEvidence(other, { extensionVersion: '0.1.0', now: NOW });
    const manifest = JSON.parse(strFromU8(unzipSync(again.bytes)['manifest.json']!));
    expect(manifest.leftOut.map((l: { reason: string }) => l.reason)).toContain('notHeld');
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { handleMessage } from '../../lib/background/router';
import { openCasesDb, resetCasesDbCache } from '../../lib/cases/db';
import { describeCase } from '../../lib/cases/describe';
import { channelsForRegion } from '../../lib/cases/escalation';
import { buildCaseReport, buildCaseZip, evidenceFromDb } from '../../lib/cases/export';
import { updateFacts } from '../../lib/cases/operations';
import { withoutContactDetails } from '../../lib/cases/page-text';
import { caseTimeline } from '../../lib/cases/timeline';
import { escalationPacket } from '../../lib/cases/packet';
import { factsFromTabState, factsReadFromPage } from '../../lib/cases/prefill';
import type { CaseRecord } from '../../lib/cases/schema';
import { importCaseFile } from '../../lib/client/case-import';
import { openEvidenceDb } from '../../lib/evidence/db';
import { readAccessLog, saveCapture } from '../../lib/evidence/store';
import { NOW, paypalCase, SHANGHAI } from './cases-fixtures';
import { blobOf, draftFor } from './evidence-fixtures';

const LURE = 'Call PayPal security +1 (800) 555-0199 or 18005550199, see paypal-verify.example.com';

/** Extension pages reach the background through runtime messages; here, straight to its router. */
function routeMessages(refuse?: string) {
  return vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === refuse) return { ok: false, code: 'storageFull', detail: 'simulated' };
    return handleMessage(message, {
      id: browser.runtime.id,
      url: browser.runtime.getURL('/cases.html'),
    } as Browser.runtime.MessageSender);
  }) as never);
}

beforeEach(() => {
  resetCasesDbCache();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('facts read from the page', () => {
  const tabState = {
    providerId: 'paypal',
    state: 'payment_failed' as const,
    url: 'https://www.paypal.com/checkoutnow',
    detectedAt: '2026-11-25T14:03:00.000+08:00',
    confidence: 0.9,
    ruleIds: ['r'],
    fields: { merchant: LURE, amountText: '$24.50', amount: '24.50', currency: 'USD' },
  };

  it('a new case stores them as unconfirmed, not as the person’s facts', async () => {
    const facts = factsFromTabState(tabState, { timeZone: 'Asia/Shanghai', userAgent: 'x' });
    expect(factsReadFromPage(facts).sort()).toEqual([
      'amount',
      'amountText',
      'currency',
      'merchant',
    ]);
    const reply = await handleMessage(
      {
        type: 'cases/create',
        payload: {
          providerId: 'paypal',
          state: 'payment_failed',
          facts,
          unconfirmed: factsReadFromPage(facts),
        },
      },
      { id: browser.runtime.id, url: browser.runtime.getURL('/cases.html') } as never,
    );
    expect(reply).toMatchObject({ ok: true });
    const record = (reply as { value: CaseRecord }).value;
    expect(record.unconfirmed?.sort()).toEqual(['amount', 'amountText', 'currency', 'merchant']);
    expect(record.facts.merchant).toBe(LURE);
  });

  it('stay out of the description, phone script and packet until confirmed', () => {
    const record = paypalCase({
      facts: { ...paypalCase().facts, merchant: LURE },
      unconfirmed: ['merchant', 'amount', 'currency', 'amountText'],
    });
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const form of ['written', 'phone'] as const) {
        const text = describeCase(record, { locale, form, providerName: 'PayPal' });
        expect(text, `${locale} ${form}`).not.toContain('Call PayPal security');
        expect(text).not.toContain('24.50');
      }
    }
    const written = describeCase(record, { locale: 'en', form: 'written', providerName: 'PayPal' });
    expect(written).toContain('Merchant or recipient: [read from the page — please check]');
    expect(written).toContain('Amount: [read from the page — please check]');
    expect(
      describeCase(record, { locale: 'zh-CN', form: 'written', providerName: 'PayPal' }),
    ).toContain('商家或收款方：[从网页读取——请核对]');
  });

  it('once confirmed, they go in, but never with a phone number or a link', () => {
    const confirmed = updateFacts(
      paypalCase({ facts: { ...paypalCase().facts, merchant: LURE }, unconfirmed: ['merchant'] }),
      { ...paypalCase().facts, merchant: LURE, transactionId: '7XK29341AB 2026112522001400' },
      'GB',
      SHANGHAI,
    );
    expect(confirmed.unconfirmed).toBeUndefined();
    const channel = channelsForRegion('GB')[0]!;
    const texts = [
      describeCase(confirmed, { locale: 'en', form: 'written', providerName: 'PayPal' }),
      describeCase(confirmed, { locale: 'en', form: 'phone', providerName: 'PayPal' }),
      describeCase(confirmed, { locale: 'zh-CN', form: 'phone', providerName: 'PayPal' }),
      escalationPacket(confirmed, channel, { locale: 'en', providerName: 'PayPal' }).split(
        '---',
      )[1]!,
      buildCaseReport(confirmed, {
        locale: 'en',
        providerName: 'PayPal',
        now: NOW,
        timeZone: 'UTC',
      }),
    ];
    for (const text of texts) {
      expect(text).toContain('Call PayPal security');
      for (const banned of ['555-0199', '18005550199', '800) 555', 'paypal-verify.example.com']) {
        expect(text).not.toContain(banned);
      }
      // A transaction id of bare digits is kept: it is what support needs.
      expect(text).toContain('2026112522001400');
    }
  });

  it('removes phone numbers and links however they are written, and keeps what is not one', () => {
    expect(withoutContactDetails('致电客服 400-820-8888 或访问 www.alipay-help.cn')).toBe(
      '致电客服 […] 或访问 […]',
    );
    expect(withoutContactDetails('Coffee Corner Ltd.')).toBe('Coffee Corner Ltd.');
    expect(withoutContactDetails('write to help@evil.example')).toBe('write to […]');
    expect(withoutContactDetails('2026-11-25 14:03:22', true)).toBe('2026-11-25 14:03:22');
    expect(withoutContactDetails('Order 20261125001', true)).toBe('Order 20261125001');
    expect(withoutContactDetails('Order 20261125001')).toBe('Order […]');
  });
});

describe('a case bundle imports all or nothing', () => {
  async function exportedCase() {
    const db = await openEvidenceDb();
    const png = await blobOf('screenshot');
    const capture = await saveCapture(db, draftFor([png], 0), [png], NOW);
    const record = paypalCase({
      evidence: [
        {
          captureId: capture.id,
          sha256: png.sha256,
          capturedAt: capture.capturedAt,
          mimeType: 'image/png',
        },
      ],
    });
    const { bytes } = await buildCaseZip(record, {
      locale: 'en',
      providerName: 'PayPal',
      providerNames: { en: 'PayPal', 'zh-CN': 'PayPal', 'zh-Hant': 'PayPal' },
      now: NOW,
      timeZone: 'UTC',
      evidence: evidenceFromDb(db),
      extensionVersion: '0.1.0',
    });
    // A fresh device: nothing stored yet.
    await db.clear('captures');
    await db.clear('blobs');
    return { bytes, record, capture };
  }

  it('stores the evidence and the case together', async () => {
    routeMessages();
    const { bytes, record, capture } = await exportedCase();
    const { record: imported, evidence } = await importCaseFile(bytes, 'case.zip');
    expect(imported.id).toBe(record.id);
    expect(evidence).toMatchObject({ imported: 1, addedIds: [capture.id] });
    expect(await (await openEvidenceDb()).count('captures')).toBe(1);
  });

  it('stores no evidence when the case is refused before anything is written', async () => {
    routeMessages();
    const { bytes, record } = await exportedCase();
    await (await openCasesDb()).add('cases', record);
    const evidenceDb = await openEvidenceDb();
    const logBefore = (await readAccessLog(evidenceDb)).length;
    await expect(importCaseFile(bytes, 'case.zip')).rejects.toMatchObject({ code: 'caseInvalid' });
    expect(await evidenceDb.count('captures')).toBe(0);
    expect(await evidenceDb.count('blobs')).toBe(0);
    expect(await readAccessLog(evidenceDb)).toHaveLength(logBefore);
  });

  it('takes the evidence back when the case cannot be stored after it', async () => {
    routeMessages('cases/import');
    const { bytes } = await exportedCase();
    await expect(importCaseFile(bytes, 'case.zip')).rejects.toMatchObject({ code: 'storageFull' });
    const evidenceDb = await openEvidenceDb();
    expect(await evidenceDb.count('captures')).toBe(0);
    expect(await evidenceDb.count('blobs')).toBe(0);
    expect((await readAccessLog(evidenceDb)).at(-1)).toMatchObject({
      action: 'delete',
      detail: 'import undone: the case could not be stored: 1 record(s)',
    });
    expect((await (await openCasesDb()).getAll('cases')).length).toBe(0);
    // The bundle's case report says which evidence it holds.
    expect(strFromU8(unzipSync(bytes)['case/report.html']!)).toContain('artifacts/');
  });
});

describe('files from outside the browser in a case', () => {
  it('appear on the timeline at the time they say they happened, and in the description', () => {
    const record = paypalCase({
      evidence: [
        {
          captureId: crypto.randomUUID(),
          sha256: 'a'.repeat(64),
          capturedAt: '2026-11-26T09:00:00.000+08:00',
          mimeType: 'application/pdf',
          file: { label: 'November card statement', occurredAt: '2026-11-20T00:00:00.000+08:00' },
        },
      ],
    });
    const items = caseTimeline(record);
    expect(items[0]).toEqual({
      type: 'file',
      at: '2026-11-20T00:00:00.000+08:00',
      label: 'November card statement',
      sha256: 'a'.repeat(64),
    });
    expect(items.slice(1).every((i) => i.type === 'event')).toBe(true);
    expect(
      describeCase(record, { locale: 'en', form: 'written', providerName: 'PayPal' }),
    ).toContain(
      `1. November card statement, 2026-11-26 09:00 (UTC+08:00), SHA-256 ${'a'.repeat(64)}`,
    );
    expect(
      buildCaseReport(record, { locale: 'en', providerName: 'PayPal', now: NOW, timeZone: 'UTC' }),
    ).toContain('File in the evidence: November card statement');
  });
});

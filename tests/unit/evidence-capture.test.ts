import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { startBackground } from '../../lib/background';
import {
  keepMomentOfDetection,
  onSaveEvidenceCommand,
  onShortcutNotificationClicked,
  PENDING_SWEEP_ALARM,
} from '../../lib/background/capture-events';
import { en } from '../../lib/i18n/en';
import {
  restoreInterruptedCaptures,
  screenOffsets,
  tileBounds,
} from '../../lib/background/capture-full';
import type { CollectedPage } from '../../lib/background/capture-page';
import { handleMessage } from '../../lib/background/router';
import { recordTabState } from '../../lib/background/tab-states';
import { openEvidenceDb } from '../../lib/evidence/db';
import type { CaptureReply } from '../../lib/evidence/schema';
import { listPending } from '../../lib/evidence/pending';
import { getBlob, listCaptures, readAccessLog } from '../../lib/evidence/store';
import { updateSettings } from '../../lib/settings';

type Sender = Browser.runtime.MessageSender;

const PAYPAL = 'https://www.paypal.com/checkoutnow?token=EC-9';
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const activeTab = { id: 7, windowId: 1, active: true, url: PAYPAL, title: 'PayPal Checkout' };
const collected: CollectedPage = {
  info: {
    viewportWidth: 1280,
    viewportHeight: 720,
    devicePixelRatio: 2,
    language: 'en-US',
    scrollHeight: 3000,
  },
  html: '<!DOCTYPE html>\n<html lang="en-US"><body><p role="alert">Payment failed</p></body></html>',
  text: 'Payment failed',
};
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const pageSender = (): Sender => ({
  id: browser.runtime.id,
  url: browser.runtime.getURL('/popup.html'),
});
const walletSender = (): Sender => ({
  id: browser.runtime.id,
  url: PAYPAL,
  frameId: 0,
  tab: { id: 7, url: PAYPAL } as Browser.tabs.Tab,
});

function stubTab(tab: object = activeTab) {
  vi.spyOn(browser.tabs, 'get').mockImplementation(async () => tab as never);
}
function stubScreenshot(ok = true) {
  const spy = vi.spyOn(browser.tabs, 'captureVisibleTab');
  if (ok) spy.mockImplementation(async () => `data:image/png;base64,${PNG_BASE64}` as never);
  else spy.mockRejectedValue(new Error('Missing activeTab permission'));
  return spy;
}
function stubScripting(result: unknown = collected) {
  return vi
    .spyOn(browser.scripting, 'executeScript')
    .mockImplementation(async () => [{ frameId: 0, result }] as never);
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(browser, 'pageCapture');
});

describe('capture from an extension page', () => {
  it('stores the screenshot, the page as HTML, its visible text and the metadata', async () => {
    await recordTabState(
      7,
      'paypal',
      {
        url: PAYPAL,
        state: 'payment_failed',
        confidence: 0.9,
        ruleIds: ['r'],
        fields: { amountText: '$5.00', merchant: 'Coffee Ltd' },
      },
      new Date(),
    );
    stubTab();
    stubScreenshot();
    stubScripting();
    const reply = await handleMessage(
      { type: 'capture/visible', payload: { tabId: 7 } },
      pageSender(),
    );
    expect(reply).toMatchObject({ ok: true });
    const record = (reply as { value: CaptureReply }).value;
    expect(record.screenshotNeedsClick).toBeUndefined();
    expect(record.artifacts.map((a) => [a.kind, a.mimeType, a.sha256])).toEqual([
      ['screenshot-visible', 'image/png', sha(Buffer.from(PNG_BASE64, 'base64'))],
      ['snapshot-html', 'text/html', sha(collected.html)],
      ['page-text', 'text/plain', sha(collected.text)],
    ]);
    expect(record).toMatchObject({
      source: 'extension-page',
      providerId: 'paypal',
      state: 'payment_failed',
      fields: { amountText: '$5.00', merchant: 'Coffee Ltd' },
      page: collected.info,
      chain: { seq: 1, prevHash: null },
    });
    expect(record.detectedAt).toMatch(/[+-]\d\d:\d\d$/);
    const db = await openEvidenceDb();
    const text = await getBlob(db, sha(collected.text));
    expect(new TextDecoder().decode(text!.bytes)).toBe('Payment failed');
  });

  it('stores MHTML instead of HTML where the browser has pageCapture', async () => {
    stubTab();
    stubScreenshot();
    stubScripting();
    const mhtml = 'MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nbody';
    Object.assign(browser, {
      pageCapture: { saveAsMHTML: async () => new Blob([mhtml]) },
    });
    const reply = await handleMessage(
      { type: 'capture/visible', payload: { tabId: 7 } },
      pageSender(),
    );
    const record = (reply as { value: CaptureReply }).value;
    expect(record.artifacts.map((a) => a.kind)).toEqual([
      'screenshot-visible',
      'snapshot-mhtml',
      'page-text',
    ]);
    expect(record.artifacts[1]).toMatchObject({
      sha256: sha(mhtml),
      mimeType: 'multipart/related',
    });
  });

  it('reports a full disk as storageFull and keeps nothing', async () => {
    stubTab();
    stubScreenshot();
    stubScripting();
    const db = await openEvidenceDb();
    const realAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const reply = await handleMessage(
        { type: 'capture/visible', payload: { tabId: 7 } },
        pageSender(),
      );
      expect(reply).toMatchObject({ ok: false, code: 'storageFull' });
    } finally {
      IDBObjectStore.prototype.add = realAdd;
    }
    expect(await db.count('captures')).toBe(0);
    expect(await db.count('blobs')).toBe(0);
  });
});

describe('capture from the in-page prompt', () => {
  it('without a screenshot grant, saves the page and text at once and says a click is needed', async () => {
    stubTab();
    const shot = stubScreenshot(false);
    stubScripting();
    const reply = await handleMessage({ type: 'capture/from-page', payload: {} }, walletSender());
    expect(shot).toHaveBeenCalledTimes(1);
    expect(reply).toMatchObject({
      ok: true,
      value: { source: 'in-page', screenshotNeedsClick: true, url: PAYPAL },
    });
    const record = (reply as { value: CaptureReply }).value;
    expect(record.artifacts.map((a) => a.kind)).toEqual(['snapshot-html', 'page-text']);
    expect((await listCaptures(await openEvidenceDb(), 5)).records).toHaveLength(1);
  });

  it('stores nothing when neither a screenshot nor the page can be read', async () => {
    stubTab();
    stubScreenshot(false);
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access'));
    const reply = await handleMessage({ type: 'capture/from-page', payload: {} }, walletSender());
    expect(reply).toMatchObject({ ok: false, code: 'captureDenied' });
    expect(await (await openEvidenceDb()).count('captures')).toBe(0);
  });
});

describe('keyboard shortcut', () => {
  it('captures the active tab with its screenshot', async () => {
    stubTab();
    stubScreenshot();
    stubScripting();
    await onSaveEvidenceCommand('save-evidence', 7);
    await onSaveEvidenceCommand('something-else', 7);
    const { records } = await listCaptures(await openEvidenceDb(), 5);
    expect(records.map((r) => [r.source, r.artifacts[0]!.kind])).toEqual([
      ['shortcut', 'screenshot-visible'],
    ]);
  });

  it('says so in a notification, which opens the locker; a failure says why', async () => {
    stubTab();
    stubScreenshot();
    stubScripting();
    const notify = vi.spyOn(browser.notifications, 'create');
    await onSaveEvidenceCommand('save-evidence', 7);
    const { records } = await listCaptures(await openEvidenceDb(), 5);
    expect(notify).toHaveBeenCalledWith(
      `evidence-shortcut:${records[0]!.id}`,
      expect.objectContaining({
        title: 'Evidence saved',
        message: expect.stringMatching(
          /^3 file\(s\) saved on this device \(SHA-256 [0-9a-f]{12}…\)/,
        ),
      }),
    );
    const open = vi.spyOn(browser.tabs, 'create');
    await onShortcutNotificationClicked(`evidence-shortcut:${records[0]!.id}`);
    expect(open).toHaveBeenCalledWith({ url: browser.runtime.getURL('/locker.html') });

    stubScreenshot(false);
    await expect(onSaveEvidenceCommand('save-evidence', 7)).rejects.toThrow();
    expect(notify).toHaveBeenLastCalledWith(
      expect.stringMatching(/^evidence-shortcut:failed:/),
      expect.objectContaining({ title: 'Evidence not saved', message: en['error.captureDenied'] }),
    );
  });
});

describe('a full-page capture cut short', () => {
  it('is put back by a restarted worker: scroll position and fixed elements', async () => {
    await browser.storage.session.set({
      'capture-restore:7': { x: 0, y: 1200 },
      'capture-progress:7': { done: 3, total: 10 },
      'capture-restore:8': { x: 0, y: 40 },
    });
    const inject = vi
      .spyOn(browser.scripting, 'executeScript')
      .mockImplementation(async ({ target }) => {
        if (target.tabId === 8) throw new Error('No tab with id: 8');
        return [{ frameId: 0, result: { scrollY: 1200 } }] as never;
      });
    expect(await restoreInterruptedCaptures()).toBe(1);
    expect(inject).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7 }, args: [0, false, { x: 0, y: 1200 }] }),
    );
    // Nothing is left to restore twice, and the popup shows no stale progress.
    expect(await browser.storage.session.get(null)).toEqual({});
  });
});

describe('moment of detection', () => {
  const event = {
    tabId: 7,
    tabState: {
      providerId: 'paypal',
      state: 'payment_failed' as const,
      url: PAYPAL,
      detectedAt: '2026-11-25T12:00:00.000+00:00',
      confidence: 0.9,
      ruleIds: ['r'],
      matchedText: ['We could not process your payment.'],
      fields: { errorCode: 'E-42' },
    },
  };

  it('keeps the error region, its text and a screenshot as pending for 24 hours', async () => {
    stubTab();
    stubScreenshot();
    const region = {
      html: '<div role="alert">We could not process your payment.</div>',
      text: 'We could not process your payment.',
    };
    const inject = stubScripting(region);
    const now = new Date('2026-11-25T12:00:01Z');
    const pending = await keepMomentOfDetection(event, now);
    expect(inject).toHaveBeenCalledWith(
      expect.objectContaining({
        target: { tabId: 7 },
        args: [{ kind: 'region', matched: event.tabState.matchedText }],
      }),
    );
    expect(pending).toMatchObject({
      tabId: 7,
      expiresAtUtc: '2026-11-26T12:00:01.000Z',
      draft: { source: 'detection', state: 'payment_failed', fields: { errorCode: 'E-42' } },
    });
    expect(pending!.draft.artifacts.map((a) => a.kind)).toEqual([
      'detection-text',
      'detection-html',
      'screenshot-visible',
    ]);
    const db = await openEvidenceDb();
    expect((await listPending(db, now)).map((p) => p.id)).toEqual([pending!.id]);
    expect(await db.count('captures')).toBe(0);
  });

  it('keeps the matched text alone when the page cannot be read or captured', async () => {
    stubTab({ ...activeTab, active: false });
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('gone'));
    const pending = await keepMomentOfDetection(event, new Date());
    expect(pending!.draft.artifacts.map((a) => a.kind)).toEqual(['detection-text']);
    const blob = pending!.blobs[0]!;
    expect(new TextDecoder().decode(blob.bytes)).toBe('We could not process your payment.');
  });

  it('keeps nothing when the setting is off', async () => {
    await updateSettings(browser.storage.local, (s) => ({
      ...s,
      evidence: { keepMomentOfDetection: false },
    }));
    stubTab();
    stubScripting({ html: '<p>x</p>', text: 'x' });
    expect(await keepMomentOfDetection(event, new Date())).toBeNull();
    expect(await (await openEvidenceDb()).count('pending')).toBe(0);
  });

  it('is wired to problem detection and to the hourly sweep at start-up', async () => {
    stubTab();
    stubScreenshot(false);
    stubScripting({ html: '', text: '' });
    startBackground();
    await vi.waitFor(async () =>
      expect(await browser.alarms.get(PENDING_SWEEP_ALARM)).toMatchObject({ periodInMinutes: 60 }),
    );
    await recordTabState(
      7,
      'paypal',
      {
        url: PAYPAL,
        state: 'account_locked',
        confidence: 1,
        ruleIds: ['r'],
        matchedText: ['Your account is limited'],
      },
      new Date(),
    );
    const db = await openEvidenceDb();
    await vi.waitFor(async () => expect(await db.count('pending')).toBe(1));
    expect(await readAccessLog(db)).toEqual([]);
  });
});

describe('full-page geometry', () => {
  it('covers a 10-screen page with 10 screens, the last aligned to the bottom', () => {
    expect(screenOffsets(7200, 720)).toEqual({
      offsets: [0, 720, 1440, 2160, 2880, 3600, 4320, 5040, 5760, 6480],
      truncated: false,
    });
    expect(screenOffsets(1000, 720)).toEqual({ offsets: [0, 280], truncated: false });
    expect(screenOffsets(500, 720)).toEqual({ offsets: [0], truncated: false });
  });

  it('stops at the screen limit on endless pages and says so', () => {
    const { offsets, truncated } = screenOffsets(720 * 500, 720, 5);
    expect(offsets).toEqual([0, 720, 1440, 2160, 2880]);
    expect(truncated).toBe(true);
  });

  it('splits a very tall page into tiles within the canvas limit', () => {
    expect(tileBounds(20_000, 2, 16_384)).toEqual([
      { top: 0, bottom: 8192 },
      { top: 8192, bottom: 16_384 },
      { top: 16_384, bottom: 20_000 },
    ]);
    expect(tileBounds(3000, 1, 16_384)).toEqual([{ top: 0, bottom: 3000 }]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { startBackground } from '../../lib/background';
import { keepMomentOfDetection, SNAPSHOT_INTERVAL_MS } from '../../lib/background/capture-events';
import { handleMessage } from '../../lib/background/router';
import { recordTabState } from '../../lib/background/tab-states';
import { openEvidenceDb } from '../../lib/evidence/db';
import {
  listPending,
  pendingDropped,
  PENDING_LIMITS,
  savePending,
} from '../../lib/evidence/pending';
import { pendingSlot } from '../../lib/evidence/pending-slot';
import type { CaptureReply, PendingSnapshot } from '../../lib/evidence/schema';
import { blobOf, draftFor } from './evidence-fixtures';

const APP = 'https://www.paypal.com/app/pay';
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const tab = { id: 7, windowId: 1, active: true, url: APP, title: 'PayPal' };

function stubPage(region: { html: string; text: string } = { html: '<p>x</p>', text: 'x' }) {
  vi.spyOn(browser.tabs, 'get').mockImplementation(async () => tab as never);
  vi.spyOn(browser.tabs, 'captureVisibleTab').mockImplementation(
    async () => `data:image/png;base64,${PNG_BASE64}` as never,
  );
  return vi
    .spyOn(browser.scripting, 'executeScript')
    .mockImplementation(async () => [{ frameId: 0, result: { info: null, ...region } }] as never);
}

const problem = (url: string, state: 'payment_failed' | 'account_locked' = 'payment_failed') => ({
  tabId: 7,
  tabState: {
    providerId: 'paypal',
    state,
    url,
    detectedAt: '2026-11-25T12:00:00.000+00:00',
    confidence: 0.9,
    ruleIds: ['r'],
    matchedText: ['We could not process your payment.'],
  },
});

async function pendingOf(tabId: number, bytes: number, createdAt: Date): Promise<PendingSnapshot> {
  const blob = await blobOf('x'.repeat(bytes), 'text/plain');
  const draft = { ...draftFor([blob], 0), source: 'detection' as const };
  draft.artifacts = [{ ...draft.artifacts[0]!, kind: 'detection-text' }];
  return {
    id: draft.id,
    tabId,
    slot: pendingSlot(tabId, draft.state),
    bytes: blob.size,
    createdAtUtc: createdAt.toISOString(),
    expiresAtUtc: new Date(createdAt.getTime() + 86_400_000).toISOString(),
    draft,
    blobs: [blob],
  };
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('moment-of-detection snapshots are bounded', () => {
  it('40 quick route changes with a problem keep one pending snapshot', async () => {
    const inject = stubPage();
    startBackground();
    for (let i = 0; i < 40; i++) {
      await recordTabState(
        7,
        'paypal',
        {
          url: `${APP}?route=${i}`,
          state: 'payment_failed',
          confidence: 0.9,
          ruleIds: ['r'],
          matchedText: ['We could not process your payment.'],
        },
        new Date(),
      );
    }
    const db = await openEvidenceDb();
    await vi.waitFor(async () => expect(await db.count('pending')).toBe(1));
    // The rest were never even read from the page.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const regionReads = inject.mock.calls.filter(
      ([call]) => (call as { args?: { kind?: string }[] }).args?.[0]?.kind === 'region',
    );
    expect(regionReads).toHaveLength(1);
    expect(await db.count('pending')).toBe(1);
  });

  it('one per tab and problem: a newer snapshot replaces the older one', async () => {
    stubPage();
    const t0 = new Date('2026-11-25T12:00:00Z');
    const first = await keepMomentOfDetection(problem(`${APP}?a`), t0);
    // Within the interval, nothing new is taken.
    expect(
      await keepMomentOfDetection(problem(`${APP}?b`), new Date(t0.getTime() + 1000)),
    ).toBeNull();
    const later = new Date(t0.getTime() + SNAPSHOT_INTERVAL_MS + 1);
    const second = await keepMomentOfDetection(problem(`${APP}?c`), later);
    const db = await openEvidenceDb();
    expect((await listPending(db, later)).map((p) => p.id)).toEqual([second!.id]);
    expect(second!.id).not.toBe(first!.id);
    // Another problem in the same tab has its own slot.
    const other = await keepMomentOfDetection(
      problem(`${APP}?d`, 'account_locked'),
      new Date(later.getTime() + SNAPSHOT_INTERVAL_MS + 1),
    );
    expect((await listPending(db, later)).map((p) => p.id).sort()).toEqual(
      [second!.id, other!.id].sort(),
    );
  });

  it('cuts a page copy to its cap, whatever the page holds', async () => {
    const huge = `<div role="alert">${'A'.repeat(3 * 1024 * 1024)}</div>`;
    stubPage({ html: huge, text: '失败'.repeat(400_000) });
    const pending = await keepMomentOfDetection(problem(APP), new Date());
    for (const blob of pending!.blobs.filter((b) => b.mimeType !== 'image/png')) {
      expect(blob.size).toBeLessThanOrEqual(PENDING_LIMITS.maxCopyBytes);
    }
    // Cut on a character boundary: the text still decodes.
    const text = pending!.blobs.find((b) => b.mimeType === 'text/plain')!;
    expect(new TextDecoder('utf-8', { fatal: true }).decode(text.bytes)).toMatch(/^(失败)+失?$/);
  });

  it('keeps all waiting snapshots within the total cap, deleting the oldest first and counting them', async () => {
    const db = await openEvidenceDb();
    const limits = { maxTotalBytes: 2500, maxCount: 20 };
    const t0 = Date.parse('2026-11-25T12:00:00Z');
    for (let tabId = 1; tabId <= 5; tabId++) {
      await savePending(
        db,
        await pendingOf(tabId, 1000, new Date(t0 + tabId * 1000)),
        new Date(),
        limits,
      );
    }
    const left = await listPending(db, new Date(t0));
    expect(left.map((p) => p.tabId)).toEqual([5, 4]);
    expect(left.reduce((n, p) => n + p.bytes, 0)).toBeLessThanOrEqual(limits.maxTotalBytes);
    expect(await pendingDropped(db)).toMatchObject({ count: 3, reason: 'cap' });
    // A snapshot larger than the whole budget is not kept at all.
    expect(
      await savePending(db, await pendingOf(9, 3000, new Date(t0 + 9000)), new Date(), limits),
    ).toMatchObject({ saved: false });
  });

  it("the person's own capture gets room first: waiting snapshots go, and the reply says so", async () => {
    stubPage();
    const db = await openEvidenceDb();
    await savePending(db, await pendingOf(3, 100, new Date()));
    await savePending(db, await pendingOf(4, 100, new Date()));
    // The disk is full until the waiting snapshots are gone.
    const realAdd = IDBObjectStore.prototype.add;
    let full = true;
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (full && this.name === 'captures') {
        full = false;
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      return realAdd.apply(this, args);
    };
    try {
      const reply = await handleMessage({ type: 'capture/visible', payload: { tabId: 7 } }, {
        id: browser.runtime.id,
        url: browser.runtime.getURL('/popup.html'),
      } as Browser.runtime.MessageSender);
      expect(reply).toMatchObject({ ok: true, value: { pendingDropped: 2 } });
      expect((reply as { value: CaptureReply }).value.chain.seq).toBe(1);
    } finally {
      IDBObjectStore.prototype.add = realAdd;
    }
    expect(await db.count('pending')).toBe(0);
    expect(await db.count('captures')).toBe(1);
    expect(await pendingDropped(db)).toMatchObject({ count: 2, reason: 'room' });
  });
});

import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background';
import { evidence } from '../../lib/client/evidence';
import { readTabStateOf } from '../../lib/client/tabs';
import { handleMessage } from '../../lib/background/router';
import { onTabNavigation, restoreTabStates } from '../../lib/background/tab-states';
import { openEvidenceDb } from '../../lib/evidence/db';
import { getBlob } from '../../lib/evidence/store';
import type { CaptureRecord } from '../../lib/evidence/schema';
import { updateSettings } from '../../lib/settings';
import { tabStateKey, type TabState } from '../../lib/tab-state';

type Sender = Browser.runtime.MessageSender;

const PAYPAL = 'https://www.paypal.com/checkoutnow?token=EC-1';
/** A 1×1 transparent PNG. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function walletSender(tabId: number, url = PAYPAL, frameId = 0): Sender {
  return { id: browser.runtime.id, url, frameId, tab: { id: tabId, url } as Browser.tabs.Tab };
}
function pageSender(path = 'popup.html'): Sender {
  return { id: browser.runtime.id, url: browser.runtime.getURL(`/${path}` as '/popup.html') };
}
const report = (state: string | null, url = PAYPAL) => ({
  type: 'tab-state/report',
  payload: {
    url,
    state,
    confidence: state ? 0.9 : null,
    ruleIds: state ? ['generic.payment-failed.en'] : [],
  },
});

async function stored(tabId: number): Promise<TabState | undefined> {
  const key = tabStateKey(tabId);
  return (await browser.storage.session.get(key))[key] as TabState | undefined;
}
const badge = (tabId: number) => browser.action.getBadgeText({ tabId });

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('message validation', () => {
  it('rejects a message of unknown type, logs it, and keeps serving', async () => {
    const reply = await handleMessage({ type: 'evidence/delete-all', payload: {} }, pageSender());
    expect(reply).toMatchObject({ ok: false, code: 'invalidMessage' });
    expect(errors).toHaveBeenCalled();
    expect(await handleMessage(report('payment_failed'), walletSender(7))).toEqual({
      ok: true,
      value: { accepted: true },
    });
  });

  it.each([
    ['not an object', 'hello'],
    ['no payload', { type: 'tab-state/report' }],
    ['an unknown state', report('bankrupt')],
    ['an extra field', { ...report(null), extra: 1 }],
    ['a plain-HTTP url', report(null, 'http://www.paypal.com/')],
    [
      'a confidence above 1',
      {
        ...report('payment_failed'),
        payload: { ...report('payment_failed').payload, confidence: 2 },
      },
    ],
  ])('rejects %s', async (_what, message) => {
    expect(await handleMessage(message, walletSender(7))).toMatchObject({
      ok: false,
      code: 'invalidMessage',
    });
    expect(await stored(7)).toBeUndefined();
  });

  it('refuses messages from other extensions', async () => {
    const sender = { ...walletSender(7), id: 'someone-else' };
    expect(await handleMessage(report('payment_failed'), sender)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('refuses evidence requests from a content script', async () => {
    expect(
      await handleMessage({ type: 'capture/visible', payload: { tabId: 7 } }, walletSender(7)),
    ).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(
      await handleMessage({ type: 'capture/full-page', payload: { tabId: 7 } }, walletSender(7)),
    ).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('refuses a state report that does not come from a tab', async () => {
    expect(await handleMessage(report('payment_failed'), pageSender())).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });
});

describe('tab state', () => {
  it('stores the report under tab:<id> and shows the badge', async () => {
    await handleMessage(report('payment_failed'), walletSender(7));
    const state = await stored(7);
    expect(state).toMatchObject({ providerId: 'paypal', state: 'payment_failed', url: PAYPAL });
    expect(state?.detectedAt).toMatch(/^\d{4}-\d\d-\d\dT.*[+-]\d\d:\d\d$/);
    expect(await badge(7)).not.toBe('');
  });

  it('reads the facts from the texts the page sends around the detection', async () => {
    const withContext = report('payment_failed');
    const payload = {
      ...withContext.payload,
      contextText: ['Your card was declined.', 'Amount: €1.234,56', 'Transaction ID: 9XK12345AB'],
    };
    await handleMessage({ ...withContext, payload }, walletSender(7));
    expect((await stored(7))?.fields).toMatchObject({
      amount: '1234.56',
      currency: 'EUR',
      transactionId: '9XK12345AB',
    });
    expect(await stored(7)).not.toHaveProperty('contextText');
  });

  it('titles the badge in the language chosen in the settings', async () => {
    const title = (tabId: number) => browser.action.getTitle({ tabId });
    await handleMessage(report('account_locked'), walletSender(7));
    expect(await title(7)).toBe('Wallet Assist — Account locked or limited');
    await updateSettings(browser.storage.local, (s) => ({ ...s, language: 'zh-Hant' }));
    await handleMessage(report('account_locked'), walletSender(7));
    expect(await title(7)).toBe('錢包助手：帳戶被凍結或受限');
  });

  it('clears the badge exactly when the state is null', async () => {
    await handleMessage(report('account_locked'), walletSender(7));
    expect(await badge(7)).toBe('!');
    await handleMessage(report(null), walletSender(7));
    expect((await stored(7))?.state).toBeNull();
    expect(await badge(7)).toBe('');
  });

  it('keeps extracted fields and matched text as given, and refuses malformed ones', async () => {
    const withFields = report('payment_failed');
    const payload = {
      ...withFields.payload,
      fields: { amountText: '$24.50 USD', amount: '24.50', currency: 'USD', merchant: 'Coffee' },
      matchedText: ["We're sorry, we couldn't complete your payment."],
    };
    await handleMessage({ ...withFields, payload }, walletSender(7));
    expect((await stored(7))?.fields).toEqual(payload.fields);
    expect((await stored(7))?.matchedText).toEqual(payload.matchedText);

    const bad = { ...payload, fields: { amount: '24,50 <b>' } };
    const reply = await handleMessage({ ...withFields, payload: bad }, walletSender(8));
    expect(reply).toMatchObject({ ok: false, code: 'invalidMessage' });
    expect(await stored(8)).toBeUndefined();
  });

  it('keeps detectedAt while the same problem is reported again', async () => {
    await handleMessage(report('payment_failed'), walletSender(7));
    const first = (await stored(7))?.detectedAt;
    await new Promise((r) => setTimeout(r, 5));
    await handleMessage(report('payment_failed'), walletSender(7));
    expect((await stored(7))?.detectedAt).toBe(first);
  });

  it('refuses a report from a tab that is not a registered wallet', async () => {
    const url = 'https://www.example.com/pay';
    expect(await handleMessage(report('payment_failed', url), walletSender(8, url))).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await stored(8)).toBeUndefined();
    expect(await badge(8)).toBe('');
  });

  it('ignores reports from sub-frames and reports naming another origin', async () => {
    await handleMessage(report('payment_failed'), walletSender(7, PAYPAL, 3));
    await handleMessage(report('payment_failed', 'https://www.venmo.com/x'), walletSender(7));
    expect(await stored(7)).toBeUndefined();
  });

  it('is what extension pages read for a tab', async () => {
    await handleMessage(report('payment_failed'), walletSender(7));
    expect(await readTabStateOf(7)).toMatchObject({
      state: 'payment_failed',
      providerId: 'paypal',
    });
    expect(await readTabStateOf(8)).toBeNull();
  });

  it('forgets a tab when it closes', async () => {
    startBackground();
    const tab = await browser.tabs.create({ url: PAYPAL });
    await handleMessage(report('payment_failed'), walletSender(tab.id!));
    // (The fake browser's tabs.remove looks up the window by tab id; fire the event directly.)
    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, {
      windowId: tab.windowId,
      isWindowClosing: false,
    });
    await vi.waitFor(async () => expect(await stored(tab.id!)).toBeUndefined());
  });

  it('resets on navigation within a wallet and forgets on leaving it', async () => {
    await handleMessage(report('payment_failed'), walletSender(7));
    await onTabNavigation(7, 'https://www.paypal.com/myaccount/summary', new Date());
    expect(await stored(7)).toMatchObject({ state: null, providerId: 'paypal' });
    await onTabNavigation(7, undefined, new Date());
    expect(await stored(7)).toBeUndefined();
  });

  it('restores badges after a worker restart and drops closed tabs', async () => {
    const tab = await browser.tabs.create({ url: PAYPAL });
    await handleMessage(report('payment_failed'), walletSender(tab.id!));
    await handleMessage(report('payment_failed'), walletSender(999));
    await browser.action.setBadgeText({ tabId: tab.id!, text: '' }); // as if lost
    await restoreTabStates();
    expect(await badge(tab.id!)).toBe('!');
    expect(await stored(999)).toBeUndefined();
  });
});

describe('tab state from a wallet frame inside another site', () => {
  const SHOP = 'https://shop.example/checkout';
  const FRAME = 'https://www.paypal.com/smart/card-fields';
  /** The content script in a PayPal frame (frame 4) on a shop's page in tab 7. */
  const frameSender = (url = FRAME, frameId = 4): Sender => ({
    id: browser.runtime.id,
    url,
    frameId,
    tab: { id: 7, url: SHOP } as Browser.tabs.Tab,
  });
  const frameReport = (state: string | null, url = FRAME) => ({
    ...report(state, url),
    type: 'tab-state/frame-report',
  });

  it('keeps the problem for the tab, naming the wallet, the frame and its URL', async () => {
    expect(await handleMessage(frameReport('payment_failed'), frameSender())).toEqual({
      ok: true,
      value: { accepted: true },
    });
    expect(await stored(7)).toMatchObject({
      providerId: 'paypal',
      state: 'payment_failed',
      url: FRAME,
      frameId: 4,
    });
    expect(await badge(7)).not.toBe('');
  });

  it('never lets the top page speak for a frame, nor a frame for the top page', async () => {
    expect(await handleMessage(frameReport('payment_failed'), walletSender(7))).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await handleMessage(report('payment_failed', FRAME), frameSender())).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await stored(7)).toBeUndefined();
  });

  it('ignores a frame whose URL is no registered wallet, and a report naming another origin', async () => {
    const shopFrame = frameSender('https://widgets.example/pay');
    expect(
      await handleMessage(frameReport('payment_failed', 'https://widgets.example/pay'), shopFrame),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      await handleMessage(frameReport('payment_failed', 'https://www.venmo.com/x'), frameSender()),
    ).toEqual({ ok: true, value: { accepted: false } });
    expect(await stored(7)).toBeUndefined();
  });

  it('is not cleared by another frame or the top page saying that their part is fine', async () => {
    await handleMessage(frameReport('payment_failed'), frameSender());
    await handleMessage(
      frameReport(null, 'https://www.paypal.com/smart/buttons'),
      frameSender('https://www.paypal.com/smart/buttons', 5),
    );
    await handleMessage(report(null), walletSender(7));
    expect((await stored(7))?.state).toBe('payment_failed');
    // The frame itself may clear it, and a new document starts afresh.
    await handleMessage(frameReport(null), frameSender());
    expect((await stored(7))?.state).toBeNull();
    await handleMessage(frameReport('payment_failed'), frameSender());
    await onTabNavigation(7, PAYPAL, new Date());
    expect(await stored(7)).toMatchObject({ state: null, url: PAYPAL });
    expect((await stored(7))?.frameId).toBeUndefined();
  });

  it('never replaces a problem on the top wallet page', async () => {
    await handleMessage(report('account_locked'), walletSender(7));
    await handleMessage(frameReport('payment_failed'), frameSender());
    expect(await stored(7)).toMatchObject({ state: 'account_locked', url: PAYPAL });
  });
});

describe('capture', () => {
  const activeTab = { id: 7, windowId: 1, active: true, url: PAYPAL, title: 'PayPal Checkout' };
  // The background started above keeps listening; its moment-of-detection snapshots (which take
  // screenshots of their own) are tested elsewhere and would only blur the counts here.
  beforeEach(async () => {
    await updateSettings(browser.storage.local, (s) => ({
      ...s,
      evidence: { ...s.evidence, keepMomentOfDetection: false },
    }));
  });

  it('stores a visible-area PNG with metadata and its SHA-256', async () => {
    await handleMessage(report('payment_failed'), walletSender(7));
    vi.spyOn(browser.tabs, 'get').mockImplementation(async () => activeTab as never);
    vi.spyOn(browser.tabs, 'captureVisibleTab').mockImplementation(
      async () => `data:image/png;base64,${PNG_BASE64}` as never,
    );
    const reply = await handleMessage(
      { type: 'capture/visible', payload: { tabId: 7 } },
      pageSender(),
    );
    expect(reply).toMatchObject({ ok: true });
    const record = (reply as { value: CaptureRecord }).value;
    const expected = createHash('sha256').update(Buffer.from(PNG_BASE64, 'base64')).digest('hex');
    expect(record).toMatchObject({
      url: PAYPAL,
      title: 'PayPal Checkout',
      providerId: 'paypal',
      state: 'payment_failed',
      extensionVersion: '0.1.0',
      artifacts: [{ kind: 'screenshot-visible', sha256: expected, mimeType: 'image/png' }],
    });
    expect(record.capturedAt).toMatch(/[+-]\d\d:\d\d$/);
    const blob = await getBlob(await openEvidenceDb(), expected);
    expect(createHash('sha256').update(new Uint8Array(blob!.bytes)).digest('hex')).toBe(expected);
    expect((await evidence.list(5)).records).toMatchObject([{ id: record.id }]);
  });

  it('captures the sender tab for the in-page prompt, and only for a wallet tab', async () => {
    vi.spyOn(browser.tabs, 'get').mockImplementation(async () => activeTab as never);
    const shot = vi
      .spyOn(browser.tabs, 'captureVisibleTab')
      .mockImplementation(async () => `data:image/png;base64,${PNG_BASE64}` as never);
    const fromPage = { type: 'capture/from-page', payload: {} };
    expect(await handleMessage(fromPage, walletSender(7))).toMatchObject({
      ok: true,
      value: { url: PAYPAL, providerId: 'paypal' },
    });
    const elsewhere = 'https://evil.example/paypal';
    expect(await handleMessage(fromPage, walletSender(7, elsewhere))).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await handleMessage(fromPage, walletSender(7, PAYPAL, 3))).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(shot).toHaveBeenCalledTimes(1);
  });

  it('explains a tab that is gone', async () => {
    const reply = await handleMessage(
      { type: 'capture/visible', payload: { tabId: 4242 } },
      pageSender(),
    );
    expect(reply).toMatchObject({ ok: false, code: 'tabGone' });
  });

  it('explains a tab that is not visible', async () => {
    vi.spyOn(browser.tabs, 'get').mockImplementation(
      async () => ({ ...activeTab, active: false }) as never,
    );
    const reply = await handleMessage(
      { type: 'capture/visible', payload: { tabId: 7 } },
      pageSender(),
    );
    expect(reply).toMatchObject({ ok: false, code: 'tabNotVisible' });
  });

  it('explains a refused screenshot and stores nothing', async () => {
    vi.spyOn(browser.tabs, 'get').mockImplementation(async () => activeTab as never);
    vi.spyOn(browser.tabs, 'captureVisibleTab').mockRejectedValue(
      new Error('Missing activeTab permission'),
    );
    const reply = await handleMessage(
      { type: 'capture/visible', payload: { tabId: 7 } },
      pageSender(),
    );
    expect(reply).toMatchObject({ ok: false, code: 'captureDenied' });
    expect(await (await openEvidenceDb()).count('captures')).toBe(0);
  });
});

describe('problem detected', () => {
  it('fires once when a problem appears or changes, not on repeats or on null', async () => {
    const { onProblemDetected } = await import('../../lib/background/events');
    const seen: string[] = [];
    const stop = onProblemDetected(({ tabId, tabState }) => {
      seen.push(`${tabId}:${tabState.state}`);
    });
    try {
      await handleMessage(report(null), walletSender(7));
      await handleMessage(report('payment_failed'), walletSender(7));
      await handleMessage(report('payment_failed'), walletSender(7));
      await handleMessage(report('account_locked'), walletSender(7));
      expect(seen).toEqual(['7:payment_failed', '7:account_locked']);
    } finally {
      stop();
    }
  });
});

describe('concurrent updates of one tab', () => {
  it('applies a navigation reset and the next report in the order they arrived', async () => {
    await handleMessage(report('payment_failed'), walletSender(7));
    // The reset's read of the old state is slow, the report's is fast: without ordering, the
    // report would be written first and then overwritten by the reset.
    const get = browser.storage.session.get.bind(browser.storage.session);
    let reads = 0;
    vi.spyOn(browser.storage.session, 'get').mockImplementation((async (keys: string) => {
      if (reads++ === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      return get(keys);
    }) as never);
    // A reload: the reset and the new page's report arrive together, neither awaited.
    const reset = onTabNavigation(7, PAYPAL, new Date());
    const again = handleMessage(report('payment_failed'), walletSender(7));
    await Promise.all([reset, again]);
    expect((await stored(7))?.state).toBe('payment_failed');
    expect(await badge(7)).toBe('!');
  });
});

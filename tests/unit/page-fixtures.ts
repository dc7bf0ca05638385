import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/background/router';
import type { TabState } from '../../lib/tab-state';

/** A failed PayPal payment as the background stores it for a tab. */
export const DETECTED_PAYMENT: TabState = {
  providerId: 'paypal',
  state: 'payment_failed',
  url: 'https://www.paypal.com/checkoutnow?token=EC-1',
  detectedAt: '2026-11-25T14:03:00.000+08:00',
  confidence: 0.9,
  ruleIds: ['paypal.declined.en'],
};

/** What the browser says about a message sent from the extension's own cases page. */
export const pageSender = () => ({
  id: browser.runtime.id,
  url: browser.runtime.getURL('/cases.html'),
});

/**
 * Extension pages reach the background through runtime messages; here its router answers them
 * directly (and `onSend` hears each message's type). Alarms are stubbed: the fake browser has
 * none.
 */
export function answerFromBackground(onSend?: (type: string) => void) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) => {
    onSend?.((message as { type: string }).type);
    return handleMessage(message, pageSender());
  }) as typeof fakeBrowser.runtime.sendMessage);
  vi.spyOn(fakeBrowser.alarms, 'create').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.alarms, 'clear').mockResolvedValue(true);
}

/** A fresh `#app` element as the page's only content, at a neutral address. */
export function freshApp(): HTMLElement {
  const app = document.createElement('div');
  app.id = 'app';
  document.body.replaceChildren(app);
  history.replaceState(null, '', '/');
  return app;
}

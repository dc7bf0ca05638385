import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/background/router';
import { createSend } from '../../lib/protocol/client';
import { MessageError } from '../../lib/protocol/errors';
import {
  PROTOCOL,
  isMessageType,
  senderKindsOf,
  type MessageType,
  type SenderKind,
} from '../../lib/protocol/table';

type Sender = Browser.runtime.MessageSender;

const PAYPAL = 'https://www.paypal.com/checkoutnow?token=EC-1';

type Others = 'other-extension' | 'other-site' | 'other-frame' | 'plain-http-wallet';

/** One sender of each kind, and senders that are none of them. */
const SENDERS: Record<SenderKind | Others, Sender> = {
  'wallet-top': {
    id: fakeBrowser.runtime.id,
    url: PAYPAL,
    frameId: 0,
    tab: { id: 7, url: PAYPAL } as Browser.tabs.Tab,
  },
  // A wallet's checkout embedded in a shop's page.
  'wallet-frame': {
    id: fakeBrowser.runtime.id,
    url: PAYPAL,
    frameId: 4,
    tab: { id: 7, url: 'https://shop.example/checkout' } as Browser.tabs.Tab,
  },
  'extension-page': { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
  'other-extension': { id: 'another-extension', url: 'chrome-extension://another/popup.html' },
  // The page guard's script on an ordinary page.
  'guard-page': {
    id: fakeBrowser.runtime.id,
    url: 'http://news.example/article',
    frameId: 0,
    tab: { id: 11, url: 'http://news.example/article' } as Browser.tabs.Tab,
  },
  // A look-alike page: not a wallet, so only the guard's messages are accepted from it.
  'other-site': {
    id: fakeBrowser.runtime.id,
    url: 'https://paypal.com.evil.example/',
    frameId: 0,
    tab: { id: 9, url: 'https://paypal.com.evil.example/' } as Browser.tabs.Tab,
  },
  // A frame of an ordinary page: the guard runs in top frames only.
  'other-frame': {
    id: fakeBrowser.runtime.id,
    url: 'https://ads.example/frame',
    frameId: 3,
    tab: { id: 11, url: 'http://news.example/article' } as Browser.tabs.Tab,
  },
  // A wallet's host over plain HTTP: neither a wallet page (HTTPS only) nor a guard page.
  'plain-http-wallet': {
    id: fakeBrowser.runtime.id,
    url: 'http://www.paypal.com/',
    frameId: 0,
    tab: { id: 12, url: 'http://www.paypal.com/' } as Browser.tabs.Tab,
  },
};

/** Which senders each kind admits: the top page never passes for a frame, nor a frame for it. */
const ADMITS: Record<SenderKind, (keyof typeof SENDERS)[]> = {
  'wallet-top': ['wallet-top'],
  'wallet-frame': ['wallet-frame'],
  'extension-page': ['extension-page'],
  'guard-page': ['guard-page', 'other-site'],
};

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('the protocol table', () => {
  it('names every message once, with a sender kind and a payload schema', () => {
    for (const [type, spec] of Object.entries(PROTOCOL)) {
      expect(type, type).toMatch(/^[a-z-]+\/[a-z-]+$/);
      for (const kind of senderKindsOf(type as MessageType)) {
        expect(['wallet-top', 'wallet-frame', 'extension-page', 'guard-page']).toContain(kind);
      }
      expect(typeof spec.payload.safeParse, type).toBe('function');
    }
  });

  it('knows only its own keys as message types (no prototype names)', () => {
    expect(isMessageType('cases/list')).toBe(true);
    expect(isMessageType('toString')).toBe(false);
    expect(isMessageType('__proto__')).toBe(false);
    expect(isMessageType(42)).toBe(false);
  });
});

describe('the sender policy', () => {
  // A payload that is certainly invalid: a sender that passes the policy gets `invalidMessage`,
  // one that does not gets `forbidden` before its payload is even looked at.
  const probe = (type: string) => ({ type, payload: { surely: 'not a field' } });

  it.each(Object.keys(PROTOCOL))(
    '%s is accepted only from the senders its row names',
    async (type) => {
      const kinds = senderKindsOf(type as MessageType);
      for (const [name, sender] of Object.entries(SENDERS)) {
        const reply = await handleMessage(probe(type), sender);
        const admitted = kinds.some((kind) => ADMITS[kind].includes(name as keyof typeof SENDERS));
        expect(reply, `${type} from ${name}`).toMatchObject({
          ok: false,
          code: admitted ? 'invalidMessage' : 'forbidden',
        });
      }
    },
  );
});

describe('the client', () => {
  it('unwraps a reply, and turns a refusal into a MessageError with its code', async () => {
    const runtime = { sendMessage: vi.fn() };
    const send = createSend(runtime);
    runtime.sendMessage.mockResolvedValueOnce({ ok: true, value: { accepted: true } });
    const ok = await send('tab-state/report', {
      url: PAYPAL,
      state: null,
      confidence: null,
      ruleIds: [],
    });
    expect(ok).toEqual({ accepted: true });
    expect(runtime.sendMessage).toHaveBeenLastCalledWith({
      type: 'tab-state/report',
      payload: { url: PAYPAL, state: null, confidence: null, ruleIds: [] },
    });

    runtime.sendMessage.mockResolvedValueOnce({ ok: false, code: 'forbidden', detail: 'no' });
    const refused = send('cases/list', {}).catch((error: unknown) => error);
    expect(await refused).toBeInstanceOf(MessageError);
    expect(await refused).toMatchObject({ code: 'forbidden', message: 'no' });

    runtime.sendMessage.mockResolvedValueOnce(undefined);
    await expect(send('cases/list', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('talks to the background end to end: a page’s request gets its typed reply', async () => {
    const page = SENDERS['extension-page'];
    const send = createSend({ sendMessage: (message) => handleMessage(message, page) });
    expect(await send('cases/list', {})).toEqual({ records: [], invalid: [] });
    await expect(send('cases/get', { id: 'not-a-uuid' } as { id: string })).rejects.toMatchObject({
      code: 'invalidMessage',
    });
  });
});

import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { hostMatches, PROVIDERS, providerForUrl } from '../providers';
import { MessageError, type Reply } from '../protocol/errors';
import {
  EnvelopeSchema,
  isMessageType,
  PROTOCOL,
  senderKindsOf,
  type MessageType,
  type SenderKind,
} from '../protocol/table';
import { captureHandlers } from './capture';
import { caseHandlers } from './cases';
import { guardHandlers } from './guard';
import type { ExtensionPageSender, GuardSender, Handler, Handlers, WalletSender } from './handlers';
import { numberHandlers } from './numbers';
import { promptHandlers } from './prompt';
import { walletPageHandlers } from './tab-states';

type Sender = Browser.runtime.MessageSender;

/**
 * Every handler, one per message of the protocol table. The compiler checks that none is
 * missing and that each returns its own message's reply.
 */
const HANDLERS: Handlers = {
  ...walletPageHandlers,
  ...promptHandlers,
  ...captureHandlers,
  ...caseHandlers,
  ...guardHandlers,
  ...numberHandlers,
};

/** True when the sender is one of our own extension pages (popup, side panel, locker…). */
function isExtensionPage(sender: Sender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * The sender as a handler sees it, or `null` when it may not send a message from `kind`. The
 * sender policy lives here and nowhere else:
 * - every sender must be this extension (`sender.id`);
 * - `extension-page`: a page of our own origin;
 * - `wallet-frame`: a content script in a tab, in a frame other than the top one, whose URL
 *   (as the browser reports it, never as the page claims) belongs to a registered wallet over
 *   HTTPS;
 * - `wallet-top`: a content script in the tab's top frame, whose URL belongs to a wallet.
 *   So the top page can never speak for a frame, nor a frame for the top page;
 * - `guard-page`: a content script in a tab's top frame, on an http(s) page whose host is no
 *   registered wallet host (whatever the scheme: a plain-HTTP wallet address is not a guard
 *   page either).
 */
function checkSender(
  sender: Sender,
  kind: SenderKind,
): WalletSender | ExtensionPageSender | GuardSender | null {
  if (sender.id !== browser.runtime.id) return null;
  if (kind === 'extension-page') {
    return isExtensionPage(sender) ? { kind: 'extension-page', url: sender.url! } : null;
  }
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined) return null;
  if (kind === 'guard-page') {
    const url = sender.url ?? sender.tab?.url;
    if (frameId !== 0 || !url || !/^https?:\/\//.test(url)) return null;
    const host = new URL(url).hostname;
    if (PROVIDERS.some((p) => p.hosts.some((pattern) => hostMatches(pattern, host)))) return null;
    return { kind: 'guard', tabId, windowId: sender.tab?.windowId, url };
  }
  if (kind === 'wallet-top' && frameId !== 0) return null;
  if (kind === 'wallet-frame' && frameId === 0) return null;
  const url = sender.url ?? (frameId === 0 ? sender.tab?.url : undefined);
  const provider = providerForUrl(url);
  if (!provider || !url) return null;
  return { kind: 'wallet', tabId, windowId: sender.tab?.windowId, frameId, url, provider };
}

/** Turns anything a handler threw into an error reply (never throws itself). */
function refusal(type: string, error: unknown): Reply<never> {
  if (error instanceof MessageError) {
    return { ok: false, code: error.code, detail: error.message };
  }
  console.error(`Wallet Assist: "${type}" failed`, error);
  return { ok: false, code: 'internal', detail: String(error) };
}

/**
 * Entry point for every runtime message: checks the envelope and the type, then the sender
 * against the table, then the payload (zod), and only then calls the message's handler.
 * Never throws: every failure becomes an error reply and the background keeps serving.
 */
export async function handleMessage(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success || !isMessageType(envelope.data.type)) {
    const detail = envelope.success
      ? `Unknown message type "${envelope.data.type}"`
      : z.prettifyError(envelope.error);
    console.error('Wallet Assist: rejected a malformed message:', detail);
    return { ok: false, code: 'invalidMessage', detail };
  }
  const type: MessageType = envelope.data.type;
  const spec = PROTOCOL[type];
  let checked: ReturnType<typeof checkSender> = null;
  for (const kind of senderKindsOf(type)) {
    checked ??= checkSender(sender, kind);
  }
  if (!checked) {
    console.error(`Wallet Assist: "${type}" refused from`, sender.url ?? 'an unknown sender');
    return {
      ok: false,
      code: 'forbidden',
      detail: `"${type}" is not accepted from ${sender.url ?? 'this sender'}`,
    };
  }
  const payload = spec.payload.safeParse(envelope.data.payload);
  if (!payload.success) {
    const detail = z.prettifyError(payload.error);
    console.error(`Wallet Assist: rejected a malformed "${type}":`, detail);
    return { ok: false, code: 'invalidMessage', detail };
  }
  // The table ties each type to its payload, sender and reply; TypeScript cannot follow that
  // correlation through a union of types, so the call is typed loosely here, once.
  const handler = HANDLERS[type] as Handler<MessageType>;
  try {
    return { ok: true, value: await handler(payload.data as never, checked as never) };
  } catch (error) {
    return refusal(type, error);
  }
}

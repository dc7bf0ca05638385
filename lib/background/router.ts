import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import {
  CONTENT_SCRIPT_MESSAGES,
  failure,
  MessageSchema,
  type Message,
  type Reply,
  type ReplyMap,
} from '../messages';
import { openEvidenceDb } from '../evidence/db';
import { listCaptures } from '../evidence/store';
import { detectionRulesFor } from '../detect/provider-data';
import { providerForUrl } from '../providers';
import { handleCaseMessage } from './cases';
import { isCaseMessageType } from '../cases/protocol';
import { openHelp, promptHost, snoozeSite } from './prompt';
import { CaptureError, captureTab, captureVisible } from './capture';
import { readTabState, recordTabState } from './tab-states';

type Sender = Browser.runtime.MessageSender;

/** True when the sender is one of our own extension pages (popup, side panel, dashboard). */
export function isExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

function isCaseMessage(message: Message): message is Extract<Message, { type: `cases/${string}` }> {
  return isCaseMessageType(message.type);
}

async function dispatch(
  message: Message,
  sender: Sender,
): Promise<Reply<ReplyMap[Message['type']]>> {
  if (isCaseMessage(message)) return handleCaseMessage(message);
  switch (message.type) {
    case 'capture/from-page': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0 || !providerForUrl(sender.url)) {
        return failure('forbidden', 'Page captures are accepted from wallet tabs only');
      }
      // No click reached the extension, so a screenshot is taken only if the browser still
      // allows one; the snapshot and text are saved either way.
      return {
        ok: true,
        value: await captureTab(tabId, { source: 'in-page', screenshot: 'optional' }),
      };
    }
    case 'tab-state/report': {
      const tabId = sender.tab?.id;
      // The provider comes from the URL the browser vouches for, never from the page.
      const provider = providerForUrl(sender.url ?? sender.tab?.url);
      if (tabId === undefined || !provider || sender.frameId !== 0) {
        console.warn(
          'Wallet Assist: ignored a state report from',
          sender.url ?? 'an unknown sender',
        );
        return { ok: true, value: { accepted: false } };
      }
      if (new URL(message.payload.url).origin !== new URL(sender.url ?? '').origin) {
        console.warn('Wallet Assist: ignored a state report whose URL does not match its sender');
        return { ok: true, value: { accepted: false } };
      }
      await recordTabState(tabId, provider.id, message.payload, new Date());
      return { ok: true, value: { accepted: true } };
    }
    case 'tab-state/get':
      return { ok: true, value: await readTabState(message.payload.tabId) };
    case 'detect/rules': {
      // Rules are served only to pages of a registered wallet, chosen by the URL the browser
      // vouches for.
      const provider = providerForUrl(sender.url ?? sender.tab?.url);
      if (!provider) return failure('forbidden', 'Detection rules are served to wallet pages only');
      return { ok: true, value: detectionRulesFor(provider) };
    }
    case 'capture/visible':
      return { ok: true, value: await captureVisible(message.payload.tabId) };
    case 'prompt/open-help':
    case 'prompt/snooze': {
      const tabId = sender.tab?.id;
      const host = promptHost(sender.url);
      if (tabId === undefined || sender.frameId !== 0 || !providerForUrl(sender.url) || !host) {
        return failure('forbidden', 'Prompt actions are accepted from wallet tabs only');
      }
      if (message.type === 'prompt/open-help') {
        return { ok: true, value: { opened: await openHelp(tabId, sender.tab?.windowId) } };
      }
      return { ok: true, value: { host, until: await snoozeSite(host, message.payload.duration) } };
    }
    case 'capture/list': {
      const db = await openEvidenceDb();
      const { records, invalid } = await listCaptures(db, message.payload.limit);
      if (invalid.length)
        console.error('Wallet Assist: evidence records failing validation', invalid);
      return { ok: true, value: records };
    }
    case 'capture/full-page':
      return {
        ok: true,
        value: await captureTab(message.payload.tabId, {
          source: 'extension-page',
          screenshot: 'required',
          fullPage: true,
        }),
      };
  }
}

/**
 * Entry point for every runtime message. Validates the shape (zod) and the sender before
 * acting: content-script messages must come from the top frame of a registered wallet tab,
 * everything else from our own extension pages. Never throws: errors become error replies and
 * the background keeps serving.
 */
export async function handleMessage(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = z.prettifyError(parsed.error);
    console.error('Wallet Assist: rejected a malformed message:', detail);
    return failure('invalidMessage', detail);
  }
  const message = parsed.data;
  if (sender.id !== browser.runtime.id) return failure('forbidden', 'Sender is another extension');
  const fromContentScript = CONTENT_SCRIPT_MESSAGES.has(message.type);
  if (fromContentScript ? sender.tab === undefined : !isExtensionPage(sender)) {
    console.error(`Wallet Assist: "${message.type}" refused from`, sender.url);
    return failure(
      'forbidden',
      `"${message.type}" is not accepted from ${sender.url ?? 'this sender'}`,
    );
  }
  try {
    return await dispatch(message, sender);
  } catch (error) {
    if (error instanceof CaptureError) return failure(error.code, error.message);
    console.error(`Wallet Assist: "${message.type}" failed`, error);
    return failure('internal', String(error));
  }
}

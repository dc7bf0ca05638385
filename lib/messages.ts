import { z } from 'zod';
import { browser } from 'wxt/browser';
import { StateIdSchema } from './states';
import { ExtractedFieldsSchema, type TabState } from './tab-state';
import { CASE_MESSAGE_SCHEMAS, type CaseReplyMap } from './cases/protocol';
import type { CaptureRecord, CaptureReply } from './evidence/schema';
import type { DetectionRules } from './detect/provider-data';

/**
 * The one message protocol between the content script, the extension pages and the background.
 * Every message is `{ type, payload }`; the background parses it with {@link MessageSchema}
 * before anything else, and replies with a {@link Reply}.
 */

const TabIdSchema = z.number().int().nonnegative();

/** What the content script reports about its page. */
export const TabStateReportSchema = z
  .object({
    url: z.url({ protocol: /^https$/ }),
    state: StateIdSchema.nullable(),
    confidence: z.number().min(0).max(1).nullable(),
    ruleIds: z.array(z.string().max(120)).max(50),
    fields: ExtractedFieldsSchema.optional(),
    matchedText: z.array(z.string().max(2000)).max(10).optional(),
  })
  .strict();
export type TabStateReport = z.infer<typeof TabStateReportSchema>;

const message = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  z.object({ type: z.literal(type), payload }).strict();

export const MessageSchema = z.discriminatedUnion('type', [
  message('tab-state/report', TabStateReportSchema),
  message('tab-state/get', z.object({ tabId: TabIdSchema }).strict()),
  message('capture/visible', z.object({ tabId: TabIdSchema }).strict()),
  /** "Save evidence now" from the in-page prompt: the tab is the sender's. */
  message('capture/from-page', z.object({}).strict()),
  message('capture/list', z.object({ limit: z.number().int().min(1).max(500) }).strict()),
  ...CASE_MESSAGE_SCHEMAS,
  /** "Open help" from the in-page prompt: the side panel or popup for the sender's tab. */
  message('prompt/open-help', z.object({}).strict()),
  /** "Not on this site" from the in-page prompt: the site is the sender's, never the payload's. */
  message('prompt/snooze', z.object({ duration: z.enum(['day', 'always']) }).strict()),
  /** Visible area, whole page (scrolled and stitched, with progress), snapshot, text. */
  message('capture/full-page', z.object({ tabId: TabIdSchema }).strict()),
  /** The content script asks for the detection rules of the wallet page it runs on. */
  message('detect/rules', z.object({}).strict()),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Reply type of each message. */
export interface ReplyMap extends CaseReplyMap {
  'tab-state/report': { accepted: boolean };
  'tab-state/get': TabState | null;
  'capture/visible': CaptureReply;
  'capture/from-page': CaptureReply;
  'capture/list': CaptureRecord[];
  'prompt/open-help': { opened: 'sidePanel' | 'popup' | 'window' };
  'prompt/snooze': { host: string; until: string };
  'capture/full-page': CaptureReply;
  'detect/rules': DetectionRules;
}

/** Payload type of each message. */
export type PayloadOf<T extends MessageType> = Extract<Message, { type: T }>['payload'];

/** Why the background refused a message; the UI shows the `error.<code>` text. */
export const ERROR_CODES = [
  'invalidMessage',
  'forbidden',
  'tabGone',
  'tabNotVisible',
  'pageNotCapturable',
  'captureDenied',
  'storage',
  'internal',
  'caseNotFound',
  'caseInvalid',
  'caseTransition',
  'storageFull',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The background's answer: a value, or an error code plus an English detail for logs. */
export type Reply<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; detail: string };

/** Builds an error reply. */
export function failure(code: ErrorCode, detail: string): Reply<never> {
  return { ok: false, code, detail };
}

/** Messages only content scripts on wallet pages may send. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set([
  'tab-state/report',
  'capture/from-page',
  'prompt/open-help',
  'prompt/snooze',
  'detect/rules',
]);

/** An error reply from the background; `code` selects the text shown to the person. */
export class MessageError extends Error {
  override name = 'MessageError';
  constructor(
    readonly code: ErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * Sends a typed message to the background and unwraps the reply; throws {@link MessageError}
 * when the background refuses.
 */
export async function sendMessage<T extends MessageType>(
  type: T,
  payload: PayloadOf<T>,
): Promise<ReplyMap[T]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as
    Reply<ReplyMap[T]> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new MessageError('internal', 'The background did not answer.');
  }
  if (!reply.ok) throw new MessageError(reply.code, reply.detail);
  return reply.value;
}

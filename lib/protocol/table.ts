import { z } from 'zod';
import {
  CaseEscalationSchema,
  CaseFactsSchema,
  CaseOutcomeSchema,
  CaseStatusSchema,
  ContactEntrySchema,
  EvidenceLinkSchema,
  FactNameSchema,
  type CaseRecord,
} from '../cases/schema';
import type { InvalidCase } from '../cases/store';
import type { CandidateRanges, MatchReply } from '../detect/analyser';
import {
  MAX_QUERY_BLOCK_CHARS,
  MAX_QUERY_BLOCKS,
  MAX_SCAN_CHARS,
  MAX_SCAN_ROOTS,
} from '../detect/limits';
import { REGIONS } from '../detect/types';
import type { CaptureReply } from '../evidence/schema';
import { GuardReportSchema } from '../guard/report';
import type { NumberCheck } from '../numbers/check';
import { RegionCodeSchema } from '../providers/schema';
import { StateIdSchema } from '../states';
import { ExtractedFieldsSchema } from '../tab-state';

/**
 * The one message protocol: every message the background accepts, in one table. Each entry
 * says who may send it, the shape of its payload (a zod schema the background checks before
 * anything else) and the type of its reply. The background's handlers are typed from this table
 * (`lib/background/router.ts`), and so is the client every sender uses (`./client.ts`, which
 * imports only types from here, so pages in a wallet tab do not bundle zod).
 */

/**
 * Who may send a message:
 * - `wallet-top`: the content script in the top frame of a tab showing a registered wallet;
 * - `wallet-frame`: the content script in a frame (never the top one) showing a registered
 *   wallet, e.g. a wallet's checkout embedded in a shop's page;
 * - `extension-page`: one of our own pages (popup, side panel, locker, cases, options);
 * - `guard-page`: the page guard's content script in the top frame of a tab showing a web page
 *   (http or https) that is not a registered wallet host (the guard is never registered there).
 * The background works the sender out from what the browser vouches for (`MessageSender`),
 * never from the payload. A row names one kind, or several when any of them may send it.
 */
export type SenderKind = 'wallet-top' | 'wallet-frame' | 'extension-page' | 'guard-page';

/** The kinds a row admits: one, or a list of them. */
export type SenderKinds = SenderKind | readonly SenderKind[];

/** One row of the table. `Reply` exists only in the type system. */
export interface MessageSpec<Payload extends z.ZodType, Reply, From extends SenderKinds> {
  from: From;
  payload: Payload;
  /** Never set: carries the reply type for the compiler. */
  readonly reply?: Reply;
}

/** Declares a message whose reply is `Reply`: `message<Reply>()(from, payloadSchema)`. */
function message<Reply>() {
  return <Payload extends z.ZodType, const From extends SenderKinds>(
    from: From,
    payload: Payload,
  ): MessageSpec<Payload, Reply, From> => ({ from, payload });
}

const NoPayload = z.object({}).strict();
const TabIdSchema = z.number().int().nonnegative();
const TabPayload = z.object({ tabId: TabIdSchema }).strict();
const CaseIdSchema = z.uuid();
/** A page's declared language as the term files name languages (`en`, `zh-Hant`, …), if any. */
const PageLangSchema = z
  .string()
  .max(12)
  .regex(/^[a-z0-9]{1,8}(?:-[A-Z][a-z]{3})?$/)
  .nullable();

/** The texts of one scan: the page's, its open shadow roots' and same-origin frames'. */
const CandidateQuerySchema = z
  .object({
    texts: z.array(z.string().max(MAX_SCAN_CHARS)).max(MAX_SCAN_ROOTS),
    lang: PageLangSchema,
  })
  .strict();

/** The candidate blocks of one scan, with what the page says of itself. */
const MatchQuerySchema = z
  .object({
    url: z.url({ protocol: /^https$/ }),
    title: z.string().max(500),
    heading: z.string().max(500),
    lang: PageLangSchema,
    blocks: z
      .array(
        z
          .object({
            text: z.string().max(MAX_QUERY_BLOCK_CHARS),
            region: z.enum(REGIONS),
            actions: z.string().max(1200),
          })
          .strict(),
      )
      .max(MAX_QUERY_BLOCKS),
  })
  .strict();

/** What the content script reports about its page. */
const TabStateReportSchema = z
  .object({
    url: z.url({ protocol: /^https$/ }),
    state: StateIdSchema.nullable(),
    confidence: z.number().min(0).max(1).nullable(),
    ruleIds: z.array(z.string().max(120)).max(50),
    fields: ExtractedFieldsSchema.optional(),
    matchedText: z.array(z.string().max(2000)).max(10).optional(),
    /** Texts around the detection (untrusted), from which the background reads `fields`. */
    contextText: z.array(z.string().max(2000)).max(300).optional(),
  })
  .strict();
export type TabStateReport = z.infer<typeof TabStateReportSchema>;

/** The whole protocol. Keys are the message types. */
export const PROTOCOL = {
  // ── from wallet pages ────────────────────────────────────────────────────────────────────
  /**
   * The content script sends the text of its page (and of the page's shadow roots and
   * same-origin frames): where in it are the words trouble is written in? The rules and terms
   * stay in the background, chosen by the wallet the browser names as the sender.
   */
  'detect/candidates': message<CandidateRanges>()(
    ['wallet-top', 'wallet-frame'],
    CandidateQuerySchema,
  ),
  /** The blocks that hold such words, with their regions: what do they say? */
  'detect/match': message<MatchReply>()(['wallet-top', 'wallet-frame'], MatchQuerySchema),
  /** The content script reports what it found on its page. */
  'tab-state/report': message<{ accepted: boolean }>()('wallet-top', TabStateReportSchema),
  /**
   * The content script in a wallet's frame (an embedded checkout) reports what it found there.
   * The frame is the sender's, as the browser names it: the report is kept for its tab.
   */
  'tab-state/frame-report': message<{ accepted: boolean }>()('wallet-frame', TabStateReportSchema),
  /** "Save evidence now" from the in-page prompt: the tab is the sender's. */
  'capture/from-page': message<CaptureReply>()('wallet-top', NoPayload),
  /** "Open help" from the in-page prompt: the side panel or popup for the sender's tab. */
  'prompt/open-help': message<{ opened: 'sidePanel' | 'popup' | 'window' }>()(
    'wallet-top',
    NoPayload,
  ),
  /** "Not on this site" from the in-page prompt: the site is the sender's, never the payload's. */
  'prompt/snooze': message<{ host: string; until: string }>()(
    'wallet-top',
    z.object({ duration: z.enum(['day', 'always']) }).strict(),
  ),

  // ── from pages the guard watches (opt-in) ────────────────────────────────────────────────
  /**
   * What the guard saw on a page that names a wallet or has a wallet-like address. The tab and
   * the address are the sender's; the background judges and, if it warns, shows the card.
   */
  'guard/report': message<{ warned: boolean }>()('guard-page', GuardReportSchema),
  /** "Open Wallet Assist" on the guard's warning card: help for the sender's tab. */
  'guard/open-help': message<{ opened: 'sidePanel' | 'popup' | 'window' }>()(
    'guard-page',
    NoPayload,
  ),

  // ── from extension pages: the number check ───────────────────────────────────────────────
  /**
   * Is this number official, a known fake, or neither? `text` is what the person typed or
   * selected (refused as "not a phone number" when it is not one); `region` orders the answer.
   */
  'numbers/check': message<NumberCheck>()(
    'extension-page',
    z.object({ text: z.string().max(1000), region: RegionCodeSchema.nullable() }).strict(),
  ),

  // ── from extension pages: evidence ───────────────────────────────────────────────────────
  /** Visible area, snapshot, text and metadata of a tab, after a click in the popup. */
  'capture/visible': message<CaptureReply>()('extension-page', TabPayload),
  /** Visible area, whole page (scrolled and stitched, with progress), snapshot, text. */
  'capture/full-page': message<CaptureReply>()('extension-page', TabPayload),

  // ── from extension pages: complaint cases ────────────────────────────────────────────────
  // Every change to a case goes through the background, which writes it in one transaction and
  // reschedules the case's reminder, so the alarms always match what is stored.
  'cases/list': message<{ records: CaseRecord[]; invalid: InvalidCase[] }>()(
    'extension-page',
    NoPayload,
  ),
  'cases/get': message<CaseRecord | null>()(
    'extension-page',
    z.object({ id: CaseIdSchema }).strict(),
  ),
  'cases/create': message<CaseRecord>()(
    'extension-page',
    z
      .object({
        providerId: z.string().regex(/^[a-z0-9]+$/),
        state: StateIdSchema,
        region: RegionCodeSchema.optional(),
        facts: CaseFactsSchema,
        /** Facts read from the page: stored, but marked until the person confirms them. */
        unconfirmed: z.array(FactNameSchema).max(20).optional(),
      })
      .strict(),
  ),
  'cases/update-facts': message<CaseRecord>()(
    'extension-page',
    z
      .object({ id: CaseIdSchema, facts: CaseFactsSchema, region: RegionCodeSchema.optional() })
      .strict(),
  ),
  'cases/transition': message<CaseRecord>()(
    'extension-page',
    z.object({ id: CaseIdSchema, to: CaseStatusSchema }).strict(),
  ),
  'cases/add-contact': message<CaseRecord>()(
    'extension-page',
    z.object({ id: CaseIdSchema, entry: ContactEntrySchema.omit({ id: true }) }).strict(),
  ),
  'cases/link-evidence': message<CaseRecord>()(
    'extension-page',
    z.object({ id: CaseIdSchema, link: EvidenceLinkSchema }).strict(),
  ),
  'cases/unlink-evidence': message<CaseRecord>()(
    'extension-page',
    z.object({ id: CaseIdSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  ),
  'cases/set-outcome': message<CaseRecord>()(
    'extension-page',
    z.object({ id: CaseIdSchema, outcome: CaseOutcomeSchema }).strict(),
  ),
  'cases/escalate': message<CaseRecord>()(
    'extension-page',
    z.object({ id: CaseIdSchema, escalation: CaseEscalationSchema }).strict(),
  ),
  /** An exported `case.json`, as text: validated strictly before anything is stored. */
  'cases/import': message<CaseRecord>()(
    'extension-page',
    z.object({ json: z.string().max(5_000_000) }).strict(),
  ),
  /**
   * Checks an exported `case.json` as `cases/import` would, storing nothing: a case bundle is
   * checked whole before its evidence or its case is stored, so its import is all or nothing.
   */
  'cases/check-import': message<{ id: string }>()(
    'extension-page',
    z.object({ json: z.string().max(5_000_000) }).strict(),
  ),
} as const;

type Protocol = typeof PROTOCOL;

/** Every message type. */
export type MessageType = keyof Protocol;

/** The payload a sender passes (before defaults are applied). */
export type PayloadOf<T extends MessageType> = z.input<Protocol[T]['payload']>;

/** The payload a handler receives (validated). */
export type ParsedPayloadOf<T extends MessageType> = z.output<Protocol[T]['payload']>;

/** The reply type of a message. */
export type ReplyOf<T extends MessageType> =
  Protocol[T] extends MessageSpec<z.ZodType, infer Reply, SenderKinds> ? Reply : never;

/** Who may send a message (each kind the row admits). */
export type SenderKindOf<T extends MessageType> =
  Protocol[T]['from'] extends readonly (infer K extends SenderKind)[]
    ? K
    : Extract<Protocol[T]['from'], SenderKind>;

/** The kinds a row admits, as a list. */
export function senderKindsOf(type: MessageType): readonly SenderKind[] {
  const from: SenderKinds = PROTOCOL[type].from;
  return typeof from === 'string' ? [from] : from;
}

/** True when `type` names a message of the protocol (an own key: no prototype names). */
export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(PROTOCOL, type);
}

/** The envelope every message travels in. */
export const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() }).strict();

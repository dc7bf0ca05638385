import { z } from 'zod';
import { Sha256Schema } from '../evidence/schema';
import { RegionCodeSchema } from '../providers/schema';
import { StateIdSchema } from '../states';

/**
 * The complaint case record (schema version 1). Everything a person types or a page supplied is
 * plain text: it is stored and shown as text only. Every object is `strict`, so a record or an
 * import carrying unknown fields is refused instead of being half-understood.
 */

/** Where a case stands. The allowed moves between them live in `status.ts`. */
export const CASE_STATUSES = [
  'open',
  'waiting_for_provider',
  'resolved',
  'rejected',
  'escalated',
  'closed',
] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** ISO time with its UTC offset, as written by `toOffsetIso`. */
const OffsetTimeSchema = z.iso.datetime({ offset: true });

/** A calendar date (`2026-11-25`), e.g. the day the provider promised an answer by. */
export const LocalDateSchema = z.iso.date();

const text = (max: number) => z.string().max(max);

/** The facts of the problem: prefilled from the page where possible, all editable. */
export const CaseFactsSchema = z
  .object({
    /** When the problem happened (ISO with offset); the detection time by default. */
    occurredAt: OffsetTimeSchema.optional(),
    /** IANA time zone the person was in, so times read the same way later. */
    timeZone: text(64).optional(),
    /** Decimal amount in major units (`24.50`). */
    amount: z
      .string()
      .regex(/^\d{1,15}(\.\d{1,4})?$/, 'a decimal amount like 24.50')
      .optional(),
    /** ISO 4217 code (`USD`). */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'a three-letter currency code like USD')
      .optional(),
    /** The amount as the page printed it. */
    amountText: text(80).optional(),
    merchant: text(120).optional(),
    transactionId: text(80).optional(),
    errorCode: text(60).optional(),
    /** A time as the page showed it (not parsed). */
    pageTime: text(80).optional(),
    /** The page address where the problem showed (untrusted text). */
    url: text(2048).optional(),
    /** Device and operating system, in the person's words (`Windows 11 laptop`). */
    device: text(200).optional(),
    browser: text(200).optional(),
    /** What happened, in the person's words. */
    summary: text(2000).optional(),
    /** What the person already tried (retried, another card, checked the balance…). */
    tried: text(2000).optional(),
    /** The outcome the person asks for (refund, unlock, explanation…). */
    requested: text(1000).optional(),
  })
  .strict();
export type CaseFacts = z.infer<typeof CaseFactsSchema>;

/** The name of one fact. */
export const FactNameSchema = CaseFactsSchema.keyof();
export type FactName = z.infer<typeof FactNameSchema>;

/** Ways the person reached the provider (or a regulator). */
export const CONTACT_CHANNELS = ['phone', 'chat', 'email', 'in_app'] as const;
export const ContactChannelSchema = z.enum(CONTACT_CHANNELS);
export type ContactChannel = z.infer<typeof ContactChannelSchema>;

/** One call, chat or message with support: who, when, what was said and promised. */
export const ContactEntrySchema = z
  .object({
    id: z.uuid(),
    channel: ContactChannelSchema,
    at: OffsetTimeSchema,
    durationMinutes: z.number().int().min(0).max(1440).optional(),
    agentName: text(120).optional(),
    employeeId: text(60).optional(),
    /** Reference or ticket number given by the provider. */
    reference: text(120).optional(),
    said: text(4000).optional(),
    promised: text(2000).optional(),
    /** The day the provider promised to act or answer by. */
    promisedBy: LocalDateSchema.optional(),
  })
  .strict();
export type ContactEntry = z.infer<typeof ContactEntrySchema>;

/** Evidence from the evidence store, linked by capture id and the artifact's SHA-256. */
export const EvidenceLinkSchema = z
  .object({
    captureId: z.uuid(),
    sha256: Sha256Schema,
    /** Capture time, copied so the description can list it without opening the store. */
    capturedAt: OffsetTimeSchema,
    mimeType: z.string().max(100),
    /**
     * For a file added from outside the browser: what it is and when what it shows happened, in
     * the person's words, so the case timeline can place it.
     */
    file: z
      .object({
        label: text(500),
        occurredAt: OffsetTimeSchema.nullable(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

/** How the provider answered, and how the person feels about it. */
export const CaseOutcomeSchema = z
  .object({
    result: z.enum(['resolved', 'rejected']),
    /** The provider's final response date: some escalation clocks start here. */
    at: OffsetTimeSchema,
    refundedAmount: z
      .string()
      .regex(/^\d{1,15}(\.\d{1,4})?$/, 'a decimal amount like 24.50')
      .optional(),
    rejectionReason: text(2000).optional(),
    /** 1 (very unhappy) to 5 (very happy). */
    satisfaction: z.number().int().min(1).max(5).optional(),
    notes: text(2000).optional(),
  })
  .strict();
export type CaseOutcome = z.infer<typeof CaseOutcomeSchema>;

/** Kinds of event on a case's timeline. */
const TIMELINE_KINDS = [
  'created',
  'facts',
  'status',
  'contact',
  'evidence',
  'outcome',
  'escalation',
  'reminder',
] as const;

/** One thing that happened to the case, newest last. */
export const TimelineEventSchema = z
  .object({
    at: OffsetTimeSchema,
    kind: z.enum(TIMELINE_KINDS),
    /** For `status`: the status reached. */
    status: CaseStatusSchema.optional(),
    /** Short machine-made detail (an id, a channel); never shown as HTML. */
    detail: text(500).optional(),
  })
  .strict();
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** The escalation channel chosen and when the person went there. */
export const CaseEscalationSchema = z
  .object({
    channelId: z.string().regex(/^[a-z0-9-]+$/),
    at: OffsetTimeSchema,
    reference: text(120).optional(),
  })
  .strict();
export type CaseEscalation = z.infer<typeof CaseEscalationSchema>;

const CASE_SCHEMA_VERSION = 1;

/** A complaint case, as stored and as exported in `case.json`. */
export const CaseRecordSchema = z
  .object({
    schemaVersion: z.literal(CASE_SCHEMA_VERSION),
    id: z.uuid(),
    createdAt: OffsetTimeSchema,
    /** UTC copy of the last change, sortable: the list's index uses it. */
    updatedAtUtc: z.iso.datetime(),
    providerId: z.string().regex(/^[a-z0-9]+$/),
    state: StateIdSchema,
    /** The person's region, for the escalation table. */
    region: RegionCodeSchema.optional(),
    status: CaseStatusSchema,
    facts: CaseFactsSchema,
    /**
     * Facts read from the web page that the person has not yet confirmed or edited. Until then
     * they are shown as "read from the page — check" and left out of the texts written for the
     * person. Absent (or empty) when every fact is the person's own.
     */
    unconfirmed: z.array(FactNameSchema).max(20).optional(),
    evidence: z.array(EvidenceLinkSchema).max(200),
    contacts: z.array(ContactEntrySchema).max(500),
    outcome: CaseOutcomeSchema.optional(),
    escalation: CaseEscalationSchema.optional(),
    /** Last time anything was heard from or said to the provider; follow-ups count from here. */
    lastNewsAt: OffsetTimeSchema,
    /** Last reminder shown, so the same reminder never fires twice. */
    lastReminderAt: OffsetTimeSchema.optional(),
    timeline: z.array(TimelineEventSchema).max(2000),
  })
  .strict();
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/**
 * Parses an untrusted case (an import, a stored value). Throws an Error whose message names every
 * field that is unknown or of the wrong type.
 */
export function parseCase(value: unknown): CaseRecord {
  const parsed = CaseRecordSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Invalid case: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

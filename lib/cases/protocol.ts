import { z } from 'zod';
import { RegionCodeSchema } from '../providers/schema';
import { StateIdSchema } from '../states';
import {
  CaseEscalationSchema,
  CaseFactsSchema,
  CaseOutcomeSchema,
  CaseStatusSchema,
  ContactEntrySchema,
  EvidenceLinkSchema,
  type CaseRecord,
} from './schema';
import type { InvalidCase } from './store';

/**
 * The `cases/*` messages between the extension pages and the background. Every change to a case
 * goes through the background, which writes it in one transaction and reschedules the case's
 * reminder, so the alarms always match what is stored.
 */

const msg = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  z.object({ type: z.literal(type), payload }).strict();

const CaseIdSchema = z.uuid();

export const CASE_MESSAGE_SCHEMAS = [
  msg('cases/list', z.object({}).strict()),
  msg('cases/get', z.object({ id: CaseIdSchema }).strict()),
  msg(
    'cases/create',
    z
      .object({
        providerId: z.string().regex(/^[a-z0-9]+$/),
        state: StateIdSchema,
        region: RegionCodeSchema.optional(),
        facts: CaseFactsSchema,
      })
      .strict(),
  ),
  msg(
    'cases/update-facts',
    z
      .object({ id: CaseIdSchema, facts: CaseFactsSchema, region: RegionCodeSchema.optional() })
      .strict(),
  ),
  msg('cases/transition', z.object({ id: CaseIdSchema, to: CaseStatusSchema }).strict()),
  msg(
    'cases/add-contact',
    z.object({ id: CaseIdSchema, entry: ContactEntrySchema.omit({ id: true }) }).strict(),
  ),
  msg('cases/link-evidence', z.object({ id: CaseIdSchema, link: EvidenceLinkSchema }).strict()),
  msg(
    'cases/unlink-evidence',
    z.object({ id: CaseIdSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  ),
  msg('cases/set-outcome', z.object({ id: CaseIdSchema, outcome: CaseOutcomeSchema }).strict()),
  msg('cases/escalate', z.object({ id: CaseIdSchema, escalation: CaseEscalationSchema }).strict()),
  /** An exported `case.json`, as text: validated strictly before anything is stored. */
  msg('cases/import', z.object({ json: z.string().max(5_000_000) }).strict()),
] as const;

/** Reply type of each `cases/*` message. */
export interface CaseReplyMap {
  'cases/list': { records: CaseRecord[]; invalid: InvalidCase[] };
  'cases/get': CaseRecord | null;
  'cases/create': CaseRecord;
  'cases/update-facts': CaseRecord;
  'cases/transition': CaseRecord;
  'cases/add-contact': CaseRecord;
  'cases/link-evidence': CaseRecord;
  'cases/unlink-evidence': CaseRecord;
  'cases/set-outcome': CaseRecord;
  'cases/escalate': CaseRecord;
  'cases/import': CaseRecord;
}

/** True for a message type of this protocol. */
export function isCaseMessageType(type: string): type is keyof CaseReplyMap {
  return type.startsWith('cases/');
}

import { z } from 'zod';
import { failure, type Message, type Reply, type ReplyMap } from '../messages';
import { openCasesDb } from '../cases/db';
import {
  addContact,
  createCase,
  escalateCase,
  linkEvidence,
  setOutcome,
  transitionCase,
  unlinkEvidence,
  updateFacts,
  type Moment,
} from '../cases/operations';
import type { CaseReplyMap } from '../cases/protocol';
import type { CaseRecord } from '../cases/schema';
import { CaseTransitionError } from '../cases/status';
import {
  addCase,
  CaseNotFoundError,
  getCase,
  importCase,
  listCases,
  updateCase,
} from '../cases/store';
import { scheduleCaseReminder } from './case-reminders';

type CaseMessage = Extract<Message, { type: keyof CaseReplyMap }>;

/**
 * Handles one `cases/*` message (already validated by the router). Every change is written in
 * one transaction and then the case's reminder alarm is rescheduled from what was stored.
 * Refusals become error replies: an invalid transition, a missing case, an invalid import.
 */
export async function handleCaseMessage(
  message: CaseMessage,
  now: Date = new Date(),
): Promise<Reply<ReplyMap[CaseMessage['type']]>> {
  const moment: Moment = { now };
  const db = await openCasesDb();
  const change = async (id: string, fn: (c: CaseRecord) => CaseRecord) => {
    const record = await updateCase(db, id, fn);
    await scheduleCaseReminder(record, now);
    return { ok: true as const, value: record };
  };
  try {
    switch (message.type) {
      case 'cases/list': {
        const result = await listCases(db);
        if (result.invalid.length) {
          console.error('Wallet Assist: cases failing validation', result.invalid);
        }
        return { ok: true, value: result };
      }
      case 'cases/get':
        return { ok: true, value: (await getCase(db, message.payload.id)) ?? null };
      case 'cases/create': {
        const record = createCase({ id: crypto.randomUUID(), ...message.payload }, moment);
        await addCase(db, record);
        await scheduleCaseReminder(record, now);
        return { ok: true, value: record };
      }
      case 'cases/update-facts': {
        const { id, facts, region } = message.payload;
        return await change(id, (c) => updateFacts(c, facts, region, moment));
      }
      case 'cases/transition':
        return await change(message.payload.id, (c) =>
          transitionCase(c, message.payload.to, moment),
        );
      case 'cases/add-contact': {
        const entry = { id: crypto.randomUUID(), ...message.payload.entry };
        return await change(message.payload.id, (c) => addContact(c, entry, moment));
      }
      case 'cases/link-evidence':
        return await change(message.payload.id, (c) =>
          linkEvidence(c, message.payload.link, moment),
        );
      case 'cases/unlink-evidence':
        return await change(message.payload.id, (c) =>
          unlinkEvidence(c, message.payload.sha256, moment),
        );
      case 'cases/set-outcome':
        return await change(message.payload.id, (c) =>
          setOutcome(c, message.payload.outcome, moment),
        );
      case 'cases/escalate':
        return await change(message.payload.id, (c) =>
          escalateCase(c, message.payload.escalation, moment),
        );
      case 'cases/import': {
        const record = await importCase(db, message.payload.json);
        await scheduleCaseReminder(record, now);
        return { ok: true, value: record };
      }
    }
  } catch (error) {
    if (error instanceof CaseTransitionError) return failure('caseTransition', error.message);
    if (error instanceof CaseNotFoundError) return failure('caseNotFound', error.message);
    if (
      error instanceof z.ZodError ||
      (error instanceof Error && /^Invalid case/.test(error.message))
    ) {
      return failure('caseInvalid', error.message);
    }
    throw error;
  }
}

import { z } from 'zod';
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
} from '../cases/operations';
import type { CaseRecord } from '../cases/schema';
import { CaseTransitionError } from '../cases/status';
import {
  addCase,
  CaseNotFoundError,
  checkCaseImport,
  getCase,
  importCase,
  listCases,
  updateCase,
} from '../cases/store';
import { StorageFullError } from '../idb';
import { MessageError } from '../protocol/errors';
import type { MessageType } from '../protocol/table';
import { scheduleCaseReminder } from './case-reminders';
import type { Handlers } from './handlers';

/** The `cases/*` messages. */
type CaseMessageType = Extract<MessageType, `cases/${string}`>;

/** Runs a case operation, turning the refusals a person can act on into their error codes. */
async function refusingAsCase<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof CaseTransitionError)
      throw new MessageError('caseTransition', error.message);
    if (error instanceof CaseNotFoundError) throw new MessageError('caseNotFound', error.message);
    if (error instanceof StorageFullError) throw new MessageError('storageFull', error.message);
    if (
      error instanceof z.ZodError ||
      (error instanceof Error && /^Invalid case/.test(error.message))
    ) {
      throw new MessageError('caseInvalid', error.message);
    }
    throw error;
  }
}

/**
 * Changes one stored case in one transaction, then reschedules its reminder from what was
 * stored, so the alarms always match the cases.
 */
function change(
  id: string,
  fn: (record: CaseRecord, now: Date) => CaseRecord,
): Promise<CaseRecord> {
  return refusingAsCase(async () => {
    const now = new Date();
    const record = await updateCase(await openCasesDb(), id, (c) => fn(c, now));
    await scheduleCaseReminder(record, now);
    return record;
  });
}

/** Stores a new (or imported) case and schedules its reminder. */
async function stored(record: CaseRecord, now: Date): Promise<CaseRecord> {
  await scheduleCaseReminder(record, now);
  return record;
}

/** Complaint cases: every change goes through here (see the protocol table). */
export const caseHandlers: Handlers<CaseMessageType> = {
  'cases/list': async () => {
    const result = await listCases(await openCasesDb());
    if (result.invalid.length)
      console.error('Wallet Assist: cases failing validation', result.invalid);
    return result;
  },
  'cases/get': async ({ id }) => (await getCase(await openCasesDb(), id)) ?? null,
  'cases/create': (input) =>
    refusingAsCase(async () => {
      const now = new Date();
      const record = createCase({ id: crypto.randomUUID(), ...input }, { now });
      await addCase(await openCasesDb(), record);
      return stored(record, now);
    }),
  'cases/update-facts': ({ id, facts, region }) =>
    change(id, (c, now) => updateFacts(c, facts, region, { now })),
  'cases/transition': ({ id, to }) => change(id, (c, now) => transitionCase(c, to, { now })),
  'cases/add-contact': ({ id, entry }) =>
    change(id, (c, now) => addContact(c, { id: crypto.randomUUID(), ...entry }, { now })),
  'cases/link-evidence': ({ id, link }) => change(id, (c, now) => linkEvidence(c, link, { now })),
  'cases/unlink-evidence': ({ id, sha256 }) =>
    change(id, (c, now) => unlinkEvidence(c, sha256, { now })),
  'cases/set-outcome': ({ id, outcome }) => change(id, (c, now) => setOutcome(c, outcome, { now })),
  'cases/escalate': ({ id, escalation }) =>
    change(id, (c, now) => escalateCase(c, escalation, { now })),
  'cases/import': ({ json }) =>
    refusingAsCase(async () => stored(await importCase(await openCasesDb(), json), new Date())),
  'cases/check-import': ({ json }) =>
    refusingAsCase(async () => ({ id: (await checkCaseImport(await openCasesDb(), json)).id })),
};

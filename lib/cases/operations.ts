import { toOffsetIso } from '../evidence/time';
import type { StateId } from '../states';
import {
  parseCase,
  type CaseEscalation,
  type CaseFacts,
  type CaseOutcome,
  type CaseRecord,
  type CaseStatus,
  type ContactEntry,
  type EvidenceLink,
  type FactName,
  type TimelineEvent,
} from './schema';
import { assertTransition } from './status';

/**
 * Pure changes to a case. Each takes the case and the moment, returns a new validated case with
 * a timeline event, and never mutates its input: the store writes the result in one transaction.
 */

/** The clock of every change: an instant plus the device's UTC offset at that instant. */
export interface Moment {
  now: Date;
  /** Minutes east of UTC; defaults to the device's offset. */
  offsetMinutes?: number;
}

function stamp({ now, offsetMinutes }: Moment): string {
  return toOffsetIso(now, offsetMinutes ?? -now.getTimezoneOffset());
}

function withEvent(record: CaseRecord, moment: Moment, event: Omit<TimelineEvent, 'at'>) {
  const at = stamp(moment);
  return {
    ...record,
    updatedAtUtc: moment.now.toISOString(),
    timeline: [...record.timeline, { at, ...event }],
  };
}

/** What a new case starts from. */
export interface NewCaseInput {
  id: string;
  providerId: string;
  state: StateId;
  region?: CaseRecord['region'];
  facts: CaseFacts;
  /** Facts read from the page, not yet confirmed by the person. */
  unconfirmed?: FactName[];
}

/** A new open case. */
export function createCase(input: NewCaseInput, moment: Moment): CaseRecord {
  const at = stamp(moment);
  return parseCase({
    schemaVersion: 1,
    id: input.id,
    createdAt: at,
    updatedAtUtc: moment.now.toISOString(),
    providerId: input.providerId,
    state: input.state,
    ...(input.region ? { region: input.region } : {}),
    status: 'open',
    facts: input.facts,
    ...(input.unconfirmed?.length ? { unconfirmed: input.unconfirmed } : {}),
    evidence: [],
    contacts: [],
    lastNewsAt: at,
    timeline: [{ at, kind: 'created' }],
  });
}

/** Moves the case to `to`, refusing moves the status machine does not allow. */
export function transitionCase(record: CaseRecord, to: CaseStatus, moment: Moment): CaseRecord {
  assertTransition(record.status, to);
  return parseCase({ ...withEvent(record, moment, { kind: 'status', status: to }), status: to });
}

/**
 * Replaces the facts (the form sends them whole) and the region. The person saved the form with
 * every fact in view, marked where it came from the page: from now on all of them are theirs.
 */
export function updateFacts(
  record: CaseRecord,
  facts: CaseFacts,
  region: CaseRecord['region'] | undefined,
  moment: Moment,
): CaseRecord {
  const next: CaseRecord = { ...withEvent(record, moment, { kind: 'facts' }), facts };
  delete next.unconfirmed;
  if (region) next.region = region;
  else delete next.region;
  return parseCase(next);
}

/**
 * Logs a call or message. Contacting the provider about an open case means it now owes an
 * answer, so the case moves to `waiting_for_provider`; follow-up reminders count from here.
 */
export function addContact(record: CaseRecord, entry: ContactEntry, moment: Moment): CaseRecord {
  let next: CaseRecord = {
    ...withEvent(record, moment, { kind: 'contact', detail: entry.channel }),
    contacts: [...record.contacts, entry],
    lastNewsAt: stamp(moment),
  };
  if (next.status === 'open') next = transitionCase(next, 'waiting_for_provider', moment);
  return parseCase(next);
}

/** Links evidence; linking the same artifact twice is a no-op. */
export function linkEvidence(record: CaseRecord, link: EvidenceLink, moment: Moment): CaseRecord {
  if (record.evidence.some((e) => e.captureId === link.captureId && e.sha256 === link.sha256)) {
    return record;
  }
  return parseCase({
    ...withEvent(record, moment, { kind: 'evidence', detail: link.sha256 }),
    evidence: [...record.evidence, link],
  });
}

/** Removes a linked piece of evidence (the evidence itself stays in its store). */
export function unlinkEvidence(record: CaseRecord, sha256: string, moment: Moment): CaseRecord {
  if (!record.evidence.some((e) => e.sha256 === sha256)) return record;
  return parseCase({
    ...withEvent(record, moment, { kind: 'evidence', detail: `removed ${sha256}` }),
    evidence: record.evidence.filter((e) => e.sha256 !== sha256),
  });
}

/**
 * Records the provider's answer and moves the case to `resolved` or `rejected` (through the
 * status machine, so an outcome on a closed case is refused).
 */
export function setOutcome(record: CaseRecord, outcome: CaseOutcome, moment: Moment): CaseRecord {
  const moved = transitionCase(record, outcome.result, moment);
  return parseCase({
    ...withEvent(moved, moment, { kind: 'outcome', detail: outcome.result }),
    outcome,
    lastNewsAt: stamp(moment),
  });
}

/** Records that the person took the complaint to `escalation.channelId`. */
export function escalateCase(
  record: CaseRecord,
  escalation: CaseEscalation,
  moment: Moment,
): CaseRecord {
  const moved = transitionCase(record, 'escalated', moment);
  return parseCase({
    ...withEvent(moved, moment, { kind: 'escalation', detail: escalation.channelId }),
    escalation,
    lastNewsAt: stamp(moment),
  });
}

/** Notes that a reminder was shown, so it is not shown again for the same due time. */
export function recordReminder(record: CaseRecord, detail: string, moment: Moment): CaseRecord {
  return parseCase({
    ...withEvent(record, moment, { kind: 'reminder', detail }),
    lastReminderAt: stamp(moment),
  });
}

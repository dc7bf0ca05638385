import { addCalendarDays } from './clocks';
import type { CaseRecord } from './schema';
import { isAwaitingAnswer } from './status';

/** Why a follow-up reminder is due. */
export type ReminderReason = 'promised' | 'no_news';

/** The next reminder of a case. */
export interface NextReminder {
  /** Epoch milliseconds. */
  at: number;
  reason: ReminderReason;
}

const DAY_MS = 86_400_000;

/** The morning after `date` (09:00), in the UTC offset `offset` (`+08:00`, `Z`). */
function morningAfter(date: string, offset: string): number {
  return Date.parse(`${addCalendarDays(date, 1)}T09:00:00${offset}`);
}

function offsetOf(iso: string): string {
  return /(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1] ?? 'Z';
}

/**
 * When to remind the person next, or `null` when nothing is owed (the case is resolved,
 * rejected or closed). Two kinds of reminder:
 * - a promise's date has passed: the morning after the day the provider promised to act by,
 *   in the time zone the call was logged in;
 * - no news: `followUpAfterDays` after the last contact or reminder, whichever is later, so a
 *   silent case is nudged again every N days rather than once.
 * A promise already reminded about (a reminder shown after its time) is not repeated.
 */
export function nextReminder(record: CaseRecord, followUpAfterDays: number): NextReminder | null {
  if (!isAwaitingAnswer(record.status)) return null;
  const lastReminder = record.lastReminderAt ? Date.parse(record.lastReminderAt) : -Infinity;
  const candidates: NextReminder[] = [];
  for (const contact of record.contacts) {
    if (!contact.promisedBy) continue;
    const at = morningAfter(contact.promisedBy, offsetOf(contact.at));
    if (at > lastReminder) candidates.push({ at, reason: 'promised' });
  }
  const quietSince = Math.max(Date.parse(record.lastNewsAt), lastReminder);
  candidates.push({ at: quietSince + followUpAfterDays * DAY_MS, reason: 'no_news' });
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0] ?? null;
}

/** The alarm name of a case's reminder; one alarm per case, replaced on every change. */
export function reminderAlarmName(caseId: string): string {
  return `case:${caseId}`;
}

/** The case id in an alarm or notification name, or `null` for other names. */
export function caseIdFromName(name: string): string | null {
  const match = /^case:([0-9a-f-]{36})$/i.exec(name);
  return match ? match[1]! : null;
}

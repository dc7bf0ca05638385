import { clockPosition, localDate, type ClockPosition } from './clocks';
import { getProvider } from '../providers';
import {
  channelsForRegion,
  clocksFor,
  type ClockStart,
  type EscalationChannel,
  type EscalationClock,
} from './escalation';
import type { CaseRecord } from './schema';

/** A clock of a channel applied to one case. */
export interface CaseClock {
  channel: EscalationChannel;
  clock: EscalationClock;
  /** `null` while the event the clock counts from has not happened (no contact logged yet…). */
  position: ClockPosition | null;
}

/** The instant a clock starts for `record`, or `null` when that event has not happened. */
function clockStartInstant(record: CaseRecord, start: ClockStart): string | null {
  switch (start) {
    case 'incident':
      return record.facts.occurredAt ?? record.createdAt;
    case 'first_contact':
      return record.contacts[0]?.at ?? null;
    case 'final_response':
      return record.outcome?.at ?? null;
    case 'escalation':
      return record.escalation?.at ?? null;
  }
}

/**
 * Every clock that applies to the case's region and where it stands at `now`, with days counted
 * in `timeZone` (the person's zone, from the case facts, else the device's). Where a regulator's
 * clocks differ by product, only those for the provider's kind of service apply.
 */
export function caseClocks(record: CaseRecord, now: Date, timeZone: string): CaseClock[] {
  const zone = record.facts.timeZone ?? timeZone;
  const today = localDate(now, zone);
  const service = getProvider(record.providerId)?.service;
  return channelsForRegion(record.region).flatMap((channel) =>
    clocksFor(channel, service).map((clock) => {
      const instant = clockStartInstant(record, clock.startsAt);
      return {
        channel,
        clock,
        position:
          instant === null ? null : clockPosition(localDate(new Date(instant), zone), clock, today),
      };
    }),
  );
}

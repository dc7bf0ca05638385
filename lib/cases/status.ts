import type { CaseStatus } from './schema';

/**
 * The case's life: open → waiting for the provider → resolved or rejected → escalated → closed.
 * A person may also close a case at any point (the problem went away), and may escalate while
 * still waiting (some regulators accept a complaint once the provider's time is up without an
 * answer) or after a resolution they are unhappy with. Nothing ever goes back: a reopened problem
 * is a new case, so the timeline of the old one stays true.
 */
export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  open: ['waiting_for_provider', 'closed'],
  waiting_for_provider: ['resolved', 'rejected', 'escalated', 'closed'],
  resolved: ['escalated', 'closed'],
  rejected: ['escalated', 'closed'],
  escalated: ['closed'],
  closed: [],
};

/** True when a case in `from` may move to `to`. */
export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A refused status change; the message names both ends. */
export class CaseTransitionError extends Error {
  override name = 'CaseTransitionError';
  constructor(
    readonly from: CaseStatus,
    readonly to: CaseStatus,
  ) {
    super(`A case cannot go from "${from}" to "${to}"`);
  }
}

/** Throws {@link CaseTransitionError} unless `from → to` is allowed. */
export function assertTransition(from: CaseStatus, to: CaseStatus): void {
  if (!canTransition(from, to)) throw new CaseTransitionError(from, to);
}

/** Statuses in which the provider (or a regulator) still owes an answer: reminders run. */
export function isAwaitingAnswer(status: CaseStatus): boolean {
  return status === 'open' || status === 'waiting_for_provider' || status === 'escalated';
}

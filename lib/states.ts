import { z } from 'zod';

/**
 * Trouble states the extension recognises. The ids are a public contract (tab state in
 * `storage.session`, evidence metadata, exported bundles): never rename one.
 */
export const STATE_IDS = [
  'payment_failed',
  'account_locked',
  'limit_exceeded',
  'funds_missing',
  'unauthorized_activity',
  'refund_issue',
] as const;

export const StateIdSchema = z.enum(STATE_IDS);

/** One of {@link STATE_IDS}. */
export type StateId = z.infer<typeof StateIdSchema>;

/** Type guard for untrusted strings. */
export function isStateId(value: unknown): value is StateId {
  return StateIdSchema.safeParse(value).success;
}

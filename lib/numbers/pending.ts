import { z } from 'zod';

/**
 * A selection sent to the number check from the context menu, waiting in `storage.session`
 * (which web pages cannot read) for the extension's window that shows its answer. The window
 * takes it once; an old one (the window never opened) is ignored.
 */
export const PENDING_NUMBER_KEY = 'numbers:pending';

export const PendingNumberSchema = z
  .object({ text: z.string().max(200), at: z.number().int().nonnegative() })
  .strict();
export type PendingNumber = z.infer<typeof PendingNumberSchema>;

/** How long a selection waits for its window. */
export const PENDING_NUMBER_TTL_MS = 60_000;

import { z } from 'zod';

/**
 * Progress of a full-page capture, kept in `storage.session` under `capture-progress:<tabId>`
 * while it runs, so any extension page (popup, side panel) can show it and a restarted worker
 * leaves no stale entry behind for long (it is removed when the capture ends or fails).
 */
export const CaptureProgressSchema = z
  .object({
    done: z.number().int().nonnegative(),
    total: z.number().int().positive(),
  })
  .strict();
export type CaptureProgress = z.infer<typeof CaptureProgressSchema>;

/** The `storage.session` key of a tab's capture progress. */
export function captureProgressKey(tabId: number): string {
  return `capture-progress:${tabId}`;
}

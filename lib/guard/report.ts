import { z } from 'zod';

/**
 * The message the page guard's content script sends about a page (`guard/report`): kept apart
 * from the judgement (`./page.ts`) so the protocol table, which extension pages load, does not
 * pull in phone metadata or the Public Suffix List.
 */
/** What the guard's content script reports, bounded so a page cannot flood the background. */
export const GuardReportSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    title: z.string().max(300),
    /** First-level and second-level headings, alerts and dialogs, each cut to 300 characters. */
    headings: z.array(z.string().max(300)).max(12),
    /** Whether the page has a password field. */
    password: z.boolean(),
    /** Text of the form around the password field (labels, buttons, placeholders). */
    form: z.string().max(1000),
    /** Phone-like numbers with the text around them, where a wallet is named nearby. */
    candidates: z
      .array(z.object({ number: z.string().max(40), context: z.string().max(400) }).strict())
      .max(12),
  })
  .strict();
export type GuardReport = z.infer<typeof GuardReportSchema>;

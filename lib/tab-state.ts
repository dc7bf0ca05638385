import { z } from 'zod';
import { StateIdSchema } from './states';

/**
 * Facts the detection engine read off the page, for the complaint description. They come from
 * the page, so they are untrusted text: shown only as text, never as a link or a number to call.
 */
export const ExtractedFieldsSchema = z
  .object({
    /** The amount as printed, e.g. `$1,234.56` or `88.00元`. */
    amountText: z.string().max(80),
    /** Decimal amount in major units as a string (`1234.56`), when it could be parsed. */
    amount: z.string().regex(/^\d{1,15}(\.\d{1,4})?$/),
    /** ISO 4217 code when known (`USD`, `CNY`). */
    currency: z.string().regex(/^[A-Z]{3}$/),
    merchant: z.string().max(120),
    transactionId: z.string().max(80),
    errorCode: z.string().max(60),
    /** A time as the page shows it (not parsed). */
    pageTime: z.string().max(80),
  })
  .partial()
  .strict();
export type ExtractedFields = z.infer<typeof ExtractedFieldsSchema>;

/**
 * The latest detection for one wallet tab, kept by the background in `storage.session` under
 * `tab:<tabId>`. Field names are a public contract (see DESIGN.md): tests and later features
 * read them.
 */
export const TabStateSchema = z
  .object({
    providerId: z.string().min(1),
    /** A state id, or `null` when nothing is wrong on the page. */
    state: StateIdSchema.nullable(),
    url: z.string(),
    /** ISO time the current `state` was first reported for this page. */
    detectedAt: z.iso.datetime({ offset: true }),
    confidence: z.number().min(0).max(1).nullable(),
    ruleIds: z.array(z.string()),
    /** Fields extracted from the page (untrusted text). */
    fields: ExtractedFieldsSchema.optional(),
    /** The text of the blocks that supported `state` (untrusted), for the moment-of-detection evidence. */
    matchedText: z.array(z.string().max(2000)).max(10).optional(),
    /**
     * Set when the state was found in a wallet's frame inside another page (an embedded
     * checkout): the frame the browser named; `url` is then the frame's URL.
     */
    frameId: z.number().int().positive().optional(),
  })
  .strict();
export type TabState = z.infer<typeof TabStateSchema>;

const KEY_PREFIX = 'tab:';

/** The `storage.session` key of a tab's state. */
export function tabStateKey(tabId: number): string {
  return `${KEY_PREFIX}${tabId}`;
}

/** The tab id in a `tab:<id>` key, or `null` for any other key. */
export function tabIdFromKey(key: string): number | null {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const id = Number(key.slice(KEY_PREFIX.length));
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/** Parses a stored value; `null` (and a logged error) for anything malformed. */
export function parseTabState(value: unknown): TabState | null {
  if (value === undefined) return null;
  const parsed = TabStateSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.error('Wallet Assist: ignoring malformed tab state', z.prettifyError(parsed.error));
  return null;
}

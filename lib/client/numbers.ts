import { browser } from 'wxt/browser';
import type { NumberCheck } from '../numbers/check';
import { PENDING_NUMBER_KEY, PENDING_NUMBER_TTL_MS, PendingNumberSchema } from '../numbers/pending';
import { send } from './messages';

/** The number check from extension pages: asked of the background, which holds the metadata. */
export function checkNumber(text: string, region: string | null): Promise<NumberCheck> {
  return send('numbers/check', { text, region });
}

/**
 * The selection the context menu sent, taken once (it is removed), or `null` when there is none
 * or it is older than a minute.
 */
export async function takePendingNumber(now = Date.now()): Promise<string | null> {
  const stored = (await browser.storage.session.get(PENDING_NUMBER_KEY))[PENDING_NUMBER_KEY];
  if (stored === undefined) return null;
  await browser.storage.session.remove(PENDING_NUMBER_KEY);
  const parsed = PendingNumberSchema.safeParse(stored);
  if (!parsed.success || now - parsed.data.at > PENDING_NUMBER_TTL_MS) return null;
  return parsed.data.text;
}

import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n';

/**
 * Ticked checklist steps, remembered per tab for the browser session so the popup and the side
 * panel agree and a closed popup does not lose them. Stored in `storage.session` under
 * `checks:<tabId>` as `{ [listId]: stepKey[] }`; removed when the tab closes.
 */
const PREFIX = 'checks:';

/** The `storage.session` key holding a tab's ticks. */
export function ticksKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

/** Keeps only string arrays of at most 50 short entries: stored data is validated on read. */
export function parseTicks(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string[]> = {};
  for (const [list, steps] of Object.entries(value)) {
    if (!Array.isArray(steps)) continue;
    out[list] = steps
      .filter((s): s is string => typeof s === 'string' && s.length <= 120)
      .slice(0, 50);
  }
  return out;
}

/** Ticked steps of one list for a tab. */
export async function readTicks(tabId: number, listId: string): Promise<string[]> {
  const key = ticksKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseTicks(stored[key])[listId] ?? [];
}

/** Ticks or unticks one step, returning the list's ticked steps afterwards. */
export async function setTick(
  tabId: number,
  listId: string,
  step: MessageKey,
  ticked: boolean,
): Promise<string[]> {
  const key = ticksKey(tabId);
  const all = parseTicks((await browser.storage.session.get(key))[key]);
  const current = new Set(all[listId] ?? []);
  if (ticked) current.add(step);
  else current.delete(step);
  all[listId] = [...current];
  await browser.storage.session.set({ [key]: all });
  return all[listId];
}

/** Forgets a closed tab's ticks. */
export async function forgetTicks(tabId: number): Promise<void> {
  await browser.storage.session.remove(ticksKey(tabId));
}

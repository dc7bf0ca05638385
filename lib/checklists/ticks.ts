import type { MessageKey } from '../i18n';
import type { StorageAreaLike } from '../storage-area';

/**
 * Ticked checklist steps, remembered per tab for the browser session so the popup and the side
 * panel agree and a closed popup does not lose them. Stored in `storage.session` under
 * `checks:<tabId>` as `{ [listId]: stepKey[] }`; removed when the tab closes. Every function takes
 * the session storage area as its first argument.
 */
const PREFIX = 'checks:';

/** The `storage.session` key holding a tab's ticks. */
function ticksKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

/** Keeps only string arrays of at most 50 short entries: stored data is validated on read. */
function parseTicks(value: unknown): Record<string, string[]> {
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
export async function readTicks(
  session: StorageAreaLike,
  tabId: number,
  listId: string,
): Promise<string[]> {
  const key = ticksKey(tabId);
  const stored = await session.get(key);
  return parseTicks(stored[key])[listId] ?? [];
}

/** Ticks or unticks one step, returning the list's ticked steps afterwards. */
export async function setTick(
  session: StorageAreaLike,
  tabId: number,
  listId: string,
  step: MessageKey,
  ticked: boolean,
): Promise<string[]> {
  const key = ticksKey(tabId);
  const all = parseTicks((await session.get(key))[key]);
  const current = new Set(all[listId] ?? []);
  if (ticked) current.add(step);
  else current.delete(step);
  all[listId] = [...current];
  await session.set({ [key]: all });
  return all[listId];
}

/** Forgets a closed tab's ticks. */
export async function forgetTicks(session: StorageAreaLike, tabId: number): Promise<void> {
  await session.remove(ticksKey(tabId));
}

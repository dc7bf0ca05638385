import { z } from 'zod';
import type { StorageAreaLike } from '../storage-area';
import { isSnoozed } from './snooze';
import { getSettings, updateSettings } from './store';

/**
 * Choices that silence help, made on the wallet page itself ("not on this site for a day",
 * "never on this site"), stay undoable in the extension's own pages. A page can lay something
 * over the prompt to catch a click meant for itself; the prompt refuses clicks it cannot see
 * arrive, and as a second line, a silence chosen on the page is announced in the popup and side
 * panel of that site, where the person can undo it or confirm it. It is kept in `storage.local`
 * under {@link SILENCES_KEY}, beside the settings (not part of them: it is a record of what
 * happened, not a preference).
 */

/** The `storage.local` key of the silences chosen on pages. */
export const SILENCES_KEY = 'prompt.silencedFromPage';

/** How long a silence chosen on a page can be undone from the popup (after that, options only). */
export const UNDO_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

const SnoozeValueSchema = z.union([z.literal('always'), z.iso.datetime({ offset: true })]);

/** One silence chosen on a page. */
export const SilenceSchema = z
  .object({
    /** When it was chosen (UTC). */
    at: z.iso.datetime(),
    /** What it set: until when the prompt stays away on the site. */
    until: SnoozeValueSchema,
    /** What was set before, restored by undoing it (`null`: the prompt was on). */
    previous: SnoozeValueSchema.nullable(),
  })
  .strict();
export type Silence = z.infer<typeof SilenceSchema>;

const SilencesSchema = z.record(z.string().min(1).max(253), SilenceSchema);

async function readAll(area: StorageAreaLike): Promise<Record<string, Silence>> {
  const parsed = SilencesSchema.safeParse((await area.get(SILENCES_KEY))[SILENCES_KEY]);
  return parsed.success ? parsed.data : {};
}

/**
 * Snoozes the prompt on `host` (a day, or for good) as chosen on the page, and records it so the
 * extension's pages can offer to undo it. Returns the new snooze end.
 */
export async function silenceFromPage(
  area: StorageAreaLike,
  host: string,
  duration: 'day' | 'always',
  now = new Date(),
): Promise<string> {
  const until =
    duration === 'always' ? 'always' : new Date(now.getTime() + 24 * 3600 * 1000).toISOString();
  const before = await getSettings(area);
  const previous = before.snoozedSites[host] ?? null;
  await updateSettings(area, (current) => ({
    ...current,
    snoozedSites: { ...current.snoozedSites, [host]: until },
  }));
  const all = await readAll(area);
  await area.set({
    [SILENCES_KEY]: { ...all, [host]: { at: now.toISOString(), until, previous } },
  });
  return until;
}

/** The silence chosen on `host`'s page that can still be undone, or `null`. */
export async function undoableSilence(
  area: StorageAreaLike,
  host: string,
  now = new Date(),
): Promise<Silence | null> {
  const silence = (await readAll(area))[host];
  if (!silence) return null;
  if (now.getTime() - Date.parse(silence.at) > UNDO_WINDOW_MS) return null;
  // Undone or changed meanwhile on the options page: nothing left to undo here.
  const settings = await getSettings(area);
  if (settings.snoozedSites[host] !== silence.until || !isSnoozed(settings, host, now)) return null;
  return silence;
}

/** Puts back what was set before the silence chosen on `host`'s page, and forgets it. */
export async function undoSilence(area: StorageAreaLike, host: string): Promise<void> {
  const all = await readAll(area);
  const silence = all[host];
  if (!silence) return;
  await updateSettings(area, (current) => {
    const { [host]: _chosen, ...rest } = current.snoozedSites;
    return {
      ...current,
      snoozedSites: silence.previous === null ? rest : { ...rest, [host]: silence.previous },
    };
  });
  await forgetSilence(area, host);
}

/** The person confirmed the silence in the extension's own page: nothing more to ask. */
export async function forgetSilence(area: StorageAreaLike, host: string): Promise<void> {
  const { [host]: _done, ...rest } = await readAll(area);
  await area.set({ [SILENCES_KEY]: rest });
}

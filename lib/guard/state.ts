import { z } from 'zod';

/**
 * What the page guard keeps for a tab where it warned: `browser.storage.session` key
 * `guard:<tabId>`. The fields are a public contract (README, tests): `kind`, `providerId`,
 * `url`, `detectedAt`, and `number` for a fake number. Nothing is kept for a page it did not
 * warn on, and the entry goes when the tab leaves the page or closes.
 */
export const GuardKindSchema = z.enum(['lookalike', 'fake-number', 'lure']);
export type GuardKind = z.infer<typeof GuardKindSchema>;

export const GuardStateSchema = z
  .object({
    kind: GuardKindSchema,
    providerId: z.string().min(1),
    url: z.string(),
    detectedAt: z.iso.datetime({ offset: true }),
    /** The number the page presented, as it printed it (only for `fake-number`; untrusted). */
    number: z.string().max(40).optional(),
    /** Why an address is a look-alike (`typo`, `clone`…), for the popup's explanation. */
    reason: z.string().max(40).optional(),
  })
  .strict();
export type GuardState = z.infer<typeof GuardStateSchema>;

/**
 * The optional host permission the guard asks for (manifest `optional_host_permissions`, or
 * `optional_permissions` in Firefox's MV2 build): every http and https site.
 */
export const GUARD_ORIGINS = ['*://*/*'];

/** True when `permissions` (the browser's) grants the guard's access to all sites. */
export async function guardPermittedBy(permissions: {
  contains(query: { origins: string[] }): Promise<boolean>;
}): Promise<boolean> {
  try {
    return await permissions.contains({ origins: GUARD_ORIGINS });
  } catch {
    return false;
  }
}

const PREFIX = 'guard:';

/** The `storage.session` key of a tab's guard warning. */
export function guardKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

/** The tab id of a `guard:<id>` key, or `null`. */
export function tabIdFromGuardKey(key: string): number | null {
  if (!key.startsWith(PREFIX)) return null;
  const id = Number(key.slice(PREFIX.length));
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/** A stored value as a guard warning, or `null` when it is not one. */
export function parseGuardState(value: unknown): GuardState | null {
  const parsed = GuardStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

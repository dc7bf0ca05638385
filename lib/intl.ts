/**
 * `Intl` formatters, made once and reused. Creating one costs a fraction of a millisecond (far
 * more for the first in a process), and a page that formats a time or a name per row — a case's
 * clocks for each of 50 calls, a source note under each contact — would otherwise spend tens of
 * milliseconds of its first render making the same formatter again. Formatting with a kept one
 * costs microseconds.
 */

/** How many distinct formatters are kept; past that the cache starts again (time zones are free text). */
const MAX_KEPT = 64;
const kept = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames>();

function keep<T extends Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  const found = kept.get(key);
  if (found) return found as T;
  const made = make();
  if (kept.size >= MAX_KEPT) kept.clear();
  kept.set(key, made);
  return made;
}

/** `new Intl.DateTimeFormat(locale, options)`, reused. Throws as the constructor does. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return keep(
    `dt|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** `new Intl.DisplayNames([locale], { type })`, reused. Throws as the constructor does. */
export function displayNames(locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return keep(`dn|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type }));
}

/** How long the device's time zone is trusted before it is read again (it changes when travelling). */
const ZONE_FRESH_MS = 60_000;
let zone: { name: string; readAt: number } | null = null;

/** The device's time zone (IANA name), `UTC` when the browser gives none. */
export function deviceTimeZone(now = Date.now()): string {
  if (!zone || now - zone.readAt > ZONE_FRESH_MS || now < zone.readAt) {
    zone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', readAt: now };
  }
  return zone.name;
}

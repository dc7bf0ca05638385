import { toOffsetIso } from '../evidence/time';

/**
 * Conversions between stored times (ISO with offset) and the browser's `datetime-local` inputs,
 * which hold a wall-clock time without a zone.
 */

/** `2026-11-25T14:03:00.000+08:00` → `2026-11-25T14:03` (the wall-clock time as stored). */
export function toLocalInput(iso: string | undefined): string {
  return iso ? iso.slice(0, 16) : '';
}

/**
 * `2026-11-25T14:03` typed on this device → ISO with the device's offset at that moment, or
 * `undefined` for an empty or malformed value.
 */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : toOffsetIso(date);
}

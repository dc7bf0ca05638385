/**
 * Formats `date` as ISO 8601 local time with its UTC offset (`2026-11-25T19:04:05.120+08:00`).
 * `offsetMinutes` is minutes east of UTC (the negation of `Date#getTimezoneOffset`), passed in so
 * the function is testable for any zone.
 */
export function toOffsetIso(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 23)}${sign}${hh}:${mm}`;
}

/**
 * Deadline arithmetic for complaint clocks. Regulators count in calendar days, business days,
 * weeks or months from a day (the complaint, the final response…), and a day is a day *where the
 * person lives*: 23:30 in Shanghai is already tomorrow in UTC terms of some other zone. So every
 * clock first turns an instant into a local calendar date (`YYYY-MM-DD`) in a given IANA time
 * zone, and then does all arithmetic on plain dates, where daylight-saving changes cannot shift
 * anything.
 *
 * Business days are Monday to Friday. Public holidays differ by country and year and are not in
 * our sourced data, so they are not skipped: a deadline shown may be a day or two early, never
 * late, which is the safe side for the person.
 */

import { dateTimeFormat } from '../intl';

/** How a clock counts. */
export type ClockUnit = 'calendar_days' | 'business_days' | 'weeks' | 'months';

/** A length of time as a regulator states it (`15 business days`, `6 months`). */
export interface ClockSpan {
  amount: number;
  unit: ClockUnit;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcDate(date: string): Date {
  const match = DATE_RE.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function fromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar date of `instant` in `timeZone` (e.g. `Asia/Shanghai`). */
export function localDate(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** `date` plus `days` calendar days (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  const d = toUtcDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtcDate(d);
}

/** True on Saturday and Sunday. */
function isWeekend(date: string): boolean {
  const day = toUtcDate(date).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The date `days` business days after `date`. The start day itself is not counted (a complaint
 * made on Friday has its first business day on Monday), as regulators count.
 */
export function addBusinessDays(date: string, days: number): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (!isWeekend(current)) left -= 1;
  }
  return current;
}

/**
 * `date` plus `months`, keeping the day of the month, or the month's last day when it has fewer
 * days (31 August + 6 months = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const d = toUtcDate(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtcDate(target);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
function calendarDaysBetween(from: string, to: string): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}

/** Business days after `from` up to and including `to` (0 when `to` is not later). */
export function businessDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) {
    if (!isWeekend(d)) count += 1;
  }
  return count;
}

/** The last day of a clock that starts on `start`. */
export function dueDate(start: string, span: ClockSpan): string {
  switch (span.unit) {
    case 'calendar_days':
      return addCalendarDays(start, span.amount);
    case 'business_days':
      return addBusinessDays(start, span.amount);
    case 'weeks':
      return addCalendarDays(start, span.amount * 7);
    case 'months':
      return addMonths(start, span.amount);
  }
}

/** Where a clock stands on `today`. */
export interface ClockPosition {
  start: string;
  due: string;
  /** Days counted so far in the clock's own kind of day (business days for business clocks). */
  elapsed: number;
  /** Days left until `due`, in the same kind of day; 0 on the due day and after. */
  remaining: number;
  /** True once `today` is after the due day: the time allowed is over. */
  passed: boolean;
}

/** Where a clock of `span` started on `start` stands on `today` (all local dates). */
export function clockPosition(start: string, span: ClockSpan, today: string): ClockPosition {
  const due = dueDate(start, span);
  const business = span.unit === 'business_days';
  const count = (a: string, b: string) =>
    business ? businessDaysBetween(a, b) : Math.max(0, calendarDaysBetween(a, b));
  return {
    start,
    due,
    elapsed: count(start, today),
    remaining: today >= due ? 0 : count(today, due),
    passed: today > due,
  };
}

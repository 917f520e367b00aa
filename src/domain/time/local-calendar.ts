import { TZDate, tz } from '@date-fns/tz';
import { addDays, format, getDay } from 'date-fns';
import { isoDateSchema } from '../model/common';

/** The calendar day an instant falls on in a zone, `YYYY-MM-DD`. */
export function localDayKey(instant: number, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'yyyy-MM-dd');
}

/** The calendar month an instant falls on in a zone, `YYYY-MM`. */
export function localMonthKey(instant: number, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'yyyy-MM');
}

export interface CalendarDay {
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
  dayOfMonth: number;
}

/** Reads a `YYYY-MM-DD` day key; throws a RangeError for anything else, including days that do not exist. */
export function parseDayKey(day: string): CalendarDay {
  if (!isoDateSchema.safeParse(day).success) throw new RangeError(`"${day}" is not a day; use YYYY-MM-DD, such as 2026-03-31`);
  const [year = 0, month = 0, dayOfMonth = 0] = day.split('-').map(Number);
  return { year, month, dayOfMonth };
}

/**
 * A day key as a date in UTC. Day keys name calendar days, not instants; doing their arithmetic in UTC keeps it free
 * of the machine's own zone and its DST changes.
 */
function dayKeyAsUtcDate(day: string): TZDate {
  const { year, month, dayOfMonth } = parseDayKey(day);
  const date = new TZDate(0, 'UTC');
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return date;
}

/** The day key `n` calendar days after `day` (before it when `n` is negative). */
export function addLocalDays(day: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addLocalDays: the number of days must be a whole number, got ${n}`);
  return format(addDays(dayKeyAsUtcDate(day), n, { in: tz('UTC') }), 'yyyy-MM-dd');
}

/** The weekday of a day key: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: string): number {
  return getDay(dayKeyAsUtcDate(day));
}

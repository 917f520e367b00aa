import { TZDate, tz } from '@date-fns/tz';
import { addDays, addMonths, format, getDay } from 'date-fns';
import { isoDateSchema } from '../model/common';

/*
 * Day and month keys are asked for once per entry in every rollup, import and timer stop, so they keep one Intl
 * formatter per zone: building a TZDate and formatting it costs tens of microseconds a call, reading parts from a
 * ready formatter a few. Gregorian calendar and Latin digits whatever the machine's locale; an unknown zone throws a
 * RangeError, as TZDate formatting does.
 */
const calendarFormatters = new Map<string, Intl.DateTimeFormat>();

function calendarFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = calendarFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    calendarFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function calendarParts(instant: number, timeZone: string): { year: string; month: string; day: string } {
  const parts = { year: '', month: '', day: '' };
  for (const part of calendarFormatter(timeZone).formatToParts(instant)) {
    if (part.type === 'year') parts.year = part.value.padStart(4, '0');
    else if (part.type === 'month' || part.type === 'day') parts[part.type] = part.value;
  }
  return parts;
}

/** The calendar day an instant falls on in a zone, `YYYY-MM-DD`. */
export function localDayKey(instant: number, timeZone: string): string {
  const { year, month, day } = calendarParts(instant, timeZone);
  return `${year}-${month}-${day}`;
}

/** The calendar month an instant falls on in a zone, `YYYY-MM`. */
export function localMonthKey(instant: number, timeZone: string): string {
  const { year, month } = calendarParts(instant, timeZone);
  return `${year}-${month}`;
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

/** The day key `n` calendar months after `day`; a day the shorter month lacks becomes its last (31 March − 1 → 28 or 29 February). */
export function addLocalMonths(day: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addLocalMonths: the number of months must be a whole number, got ${n}`);
  return format(addMonths(dayKeyAsUtcDate(day), n, { in: tz('UTC') }), 'yyyy-MM-dd');
}

/** The weekday of a day key: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: string): number {
  return getDay(dayKeyAsUtcDate(day));
}

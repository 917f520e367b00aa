
/*
 * Day and month keys are asked for once per entry in every rollup, import and timer stop, so they keep one Intl
 * formatter per zone: building a zoned date and formatting it costs tens of microseconds a call, reading parts from a
 * ready formatter a few. Gregorian calendar and Latin digits whatever the machine's locale; an unknown zone throws a
 * RangeError, as zoned date formatting does.
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
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDayKey(day: string): CalendarDay {
  // The same rule as isoDateSchema, without a schema parse: calendar arithmetic calls this thousands of times a screen.
  const match = DAY_KEY.exec(day);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const dayOfMonth = Number(match?.[3]);
  if (match === null || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    throw new RangeError(`"${day}" is not a day; use YYYY-MM-DD, such as 2026-03-31`);
  }
  return { year, month, dayOfMonth };
}

/**
 * A day key as a plain date at midnight UTC. Day keys name calendar days, not instants; doing their arithmetic in UTC
 * keeps it free of the machine's own zone and its DST changes. setUTCFullYear, unlike Date.UTC, reads years 0–99 as
 * written.
 */
function dayKeyAsUtcDate(day: string, addDays = 0): Date {
  const { year, month, dayOfMonth } = parseDayKey(day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth + addDays);
  return date;
}

/** The day key `n` calendar days after `day` (before it when `n` is negative). */
export function addLocalDays(day: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addLocalDays: the number of days must be a whole number, got ${n}`);
  // A plain UTC date does the carrying over months and years: several times faster than a formatted TZDate, and the
  // Reputation screen steps through every week of two years.
  const date = dayKeyAsUtcDate(day, n);
  const newYear = date.getUTCFullYear();
  if (newYear < 0 || newYear > 9999) throw new RangeError(`addLocalDays: ${day} plus ${n} days is outside the years 0000–9999`);
  return `${String(newYear).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The day key `n` calendar months after `day`; a day the shorter month lacks becomes its last (31 March − 1 → 28 or
 * 29 February), as date-fns' addMonths does. Plain calendar arithmetic rather than a date object: the Reputation
 * screen asks for it thousands of times (every window of every week of two years).
 */
export function addLocalMonths(day: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addLocalMonths: the number of months must be a whole number, got ${n}`);
  const { year, month, dayOfMonth } = parseDayKey(day);
  const monthsSinceYearZero = year * 12 + (month - 1) + n;
  const newYear = Math.floor(monthsSinceYearZero / 12);
  const newMonth = monthsSinceYearZero - newYear * 12 + 1;
  if (newYear < 0 || newYear > 9999) throw new RangeError(`addLocalMonths: ${day} plus ${n} months is outside the years 0000–9999`);
  const newDay = Math.min(dayOfMonth, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}

/** The weekday of a day key: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: string): number {
  return dayKeyAsUtcDate(day).getUTCDay();
}

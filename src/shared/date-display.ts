import { addLocalDays, parseDayKey } from '../domain/time';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per locale and options, kept: building one costs far more than formatting with it. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  const cached = formatters.get(key);
  if (cached !== undefined) return cached;
  const created = new Intl.DateTimeFormat(locale, options);
  formatters.set(key, created);
  return created;
}

/** A day key names a calendar day, not an instant: read it as UTC midnight and format it in UTC. */
function dayAsUtcInstant(day: string): number {
  const { year, month, dayOfMonth } = parseDayKey(day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return date.getTime();
}

/** "9 Mar 2026" in en-GB, "Mar 9, 2026" in en-US, "09.03.2026" in de-DE. */
export function formatDay(day: string, locale: string): string {
  return dateFormatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(dayAsUtcInstant(day));
}

/** "Mar 2026" from a `YYYY-MM` month key. */
export function formatMonth(month: string, locale: string): string {
  return dateFormatter(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(dayAsUtcInstant(`${month}-01`));
}

/** "9 Mar – 30 Apr 2026", sharing what both ends have in common; "From 9 Mar 2026" without an end. */
export function formatDayRange(start: string, end: string | undefined, locale: string): string {
  if (end === undefined) return `From ${formatDay(start, locale)}`;
  return dateFormatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(dayAsUtcInstant(start), dayAsUtcInstant(end));
}

/** "Today", "Yesterday", else the weekday and date: how a timesheet heads its days. */
export function formatDayHeading(day: string, today: string, locale: string): string {
  if (day === today) return 'Today';
  if (day === addLocalDays(today, -1)) return 'Yesterday';
  return dateFormatter(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(dayAsUtcInstant(day));
}

/** The calendar date of an instant in a zone, "9 Mar 2026". */
export function formatInstantDay(instant: number, timeZone: string, locale: string): string {
  return dateFormatter(locale, { dateStyle: 'medium', timeZone }).format(instant);
}

/** The wall-clock time of an instant in a zone, "09:30" or "9:30 AM" as the locale writes it. */
export function formatClockTime(instant: number, timeZone: string, locale: string): string {
  return dateFormatter(locale, { timeStyle: 'short', timeZone }).format(instant);
}

/** "9 Mar" in en-GB, "Mar 9" in en-US: a short day for a chart's axis, where the year is in the title. */
export function formatShortDay(day: string, locale: string): string {
  return dateFormatter(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(dayAsUtcInstant(day));
}

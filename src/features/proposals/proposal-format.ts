import { dateFormatter } from '../../shared/date-display';

const DAY_MS = 86_400_000;

/** "9 Mar 2026": the calendar date of an instant in a zone. */
export function formatDate(instant: number, timeZone: string, locale: string): string {
  return dateFormatter(locale, { dateStyle: 'medium', timeZone }).format(instant);
}

/** "9 Mar 2026, 14:05": date and time of a status change. */
export function formatDateTime(instant: number, timeZone: string, locale: string): string {
  return dateFormatter(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}

/** "9 Mar 2026" from a `YYYY-MM-DD` day key, which names a day rather than an instant. */
export function formatDayKey(day: string, locale: string): string {
  const [year = 1970, month = 1, dayOfMonth = 1] = day.split('-').map(Number);
  return dateFormatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, dayOfMonth));
}

/** "today", "3 days ago", "2 months ago": how long since something happened. */
export function formatAgo(instant: number, now: number, locale: string): string {
  const days = Math.floor((now - instant) / DAY_MS);
  if (days < 1) return 'today';
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 45) return relative.format(-days, 'day');
  if (days < 365) return relative.format(-Math.round(days / 30), 'month');
  return relative.format(-Math.round(days / 365), 'year');
}

/** "23", "7.5": counts per win with at most one decimal. */
export function formatPerWin(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

import { parseDayKey } from '../../domain/time';
import { parseDurationInput, type DurationParse } from '../../domain/time-tracking/duration-input';
import { durationFieldText } from './entry-form';

function dayAsUtcDate(day: string): Date {
  const { year, month, dayOfMonth } = parseDayKey(day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return date;
}

/** "Monday 23 November" in en-GB: how a cell's day is read out. */
export function longDayName(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(dayAsUtcDate(day));
}

/** "Mon" and "23": a column heading's two lines. */
export function shortDayParts(day: string, locale: string): { weekday: string; dayOfMonth: string } {
  const date = dayAsUtcDate(day);
  return {
    weekday: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(date),
    dayOfMonth: new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' }).format(date),
  };
}

/** A cell's accessible name: the project and the day, "Analytics dashboard retainer, Monday 23 November". */
export function weekCellLabel(projectName: string, day: string, locale: string): string {
  return `${projectName}, ${longDayName(day, locale)}`;
}

/** What a cell shows: "1:30", or nothing for a day without time, so the week's shape stands out. */
export function weekCellText(ms: number): string {
  return ms === 0 ? '' : durationFieldText(ms);
}

/** Reads a cell as typed: empty or zero clears the day; anything else must be a duration. */
export function readWeekCell(text: string): DurationParse {
  if (text.trim() === '') return { ok: true, ms: 0 };
  return parseDurationInput(text, { allowZero: true });
}

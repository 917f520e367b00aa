import type { TimeEntry } from '../../domain/model';
import { groupEntriesByDay, type DayEntryRow } from './group-entries-by-day';

export type WeekStartDay = 0 | 1 | 6;

/** A heading for one week of the list, with what was tracked in it. */
export interface WeekItem {
  kind: 'week';
  key: string;
  /** First and last local day of the week, `YYYY-MM-DD`. */
  firstDay: string;
  lastDay: string;
  totalMs: number;
  billableMs: number;
}

/** A heading for one local day, with its total. */
export interface DayItem {
  kind: 'day';
  key: string;
  day: string;
  totalMs: number;
  entryCount: number;
}

/** One entry, or the part of it that fell on the day above it. */
export interface EntryItem {
  kind: 'entry';
  key: string;
  row: DayEntryRow;
  /** The last row under its day, so the list can close the day's card. */
  lastOfDay: boolean;
}

export type DayListItem = WeekItem | DayItem | EntryItem;

const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day keys are calendar days: their arithmetic is done on UTC midnights, which no zone's clock changes can shift. */
function utcMidnight(day: string): number {
  const match = DAY_KEY.exec(day);
  if (match === null) throw new RangeError(`"${day}" is not a day; use YYYY-MM-DD`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function dayKeyOf(utcMidnightMs: number): string {
  return new Date(utcMidnightMs).toISOString().slice(0, 10);
}

/**
 * The first day of the week that holds `day`. Done with plain date arithmetic because the list asks it for every day
 * it shows, on every clock tick.
 */
export function weekStartOf(day: string, weekStartsOn: WeekStartDay): string {
  const midnight = utcMidnight(day);
  const weekday = new Date(midnight).getUTCDay();
  return dayKeyOf(midnight - ((weekday - weekStartsOn + 7) % 7) * DAY_MS);
}

/** The day key `n` days after `day`. */
function daysAfter(day: string, n: number): string {
  return dayKeyOf(utcMidnight(day) + n * DAY_MS);
}

/**
 * Flattens entries into the rows of the day list, newest first: a heading per week with its totals, a heading per
 * day with its total, then that day's entries. One flat array is what a virtualised list scrolls through, so a year of
 * entries costs no more to show than a day. Entries crossing midnight show under each day they touched.
 */
export function buildDayListItems(entries: readonly TimeEntry[], now: number, weekStartsOn: WeekStartDay): DayListItem[] {
  const days = groupEntriesByDay(entries, now);
  const weekTotals = new Map<string, { totalMs: number; billableMs: number }>();
  for (const day of days) {
    const weekStart = weekStartOf(day.day, weekStartsOn);
    const totals = weekTotals.get(weekStart) ?? { totalMs: 0, billableMs: 0 };
    totals.totalMs += day.totalMs;
    for (const row of day.rows) if (row.entry.billable) totals.billableMs += row.durationMs;
    weekTotals.set(weekStart, totals);
  }

  const items: DayListItem[] = [];
  let currentWeek: string | undefined;
  for (const day of days) {
    const weekStart = weekStartOf(day.day, weekStartsOn);
    if (weekStart !== currentWeek) {
      currentWeek = weekStart;
      const totals = weekTotals.get(weekStart) ?? { totalMs: 0, billableMs: 0 };
      items.push({ kind: 'week', key: `week|${weekStart}`, firstDay: weekStart, lastDay: daysAfter(weekStart, 6), ...totals });
    }
    items.push({ kind: 'day', key: `day|${day.day}`, day: day.day, totalMs: day.totalMs, entryCount: day.rows.length });
    day.rows.forEach((row, index) => {
      items.push({ kind: 'entry', key: `entry|${row.key}`, row, lastOfDay: index === day.rows.length - 1 });
    });
  }
  return items;
}

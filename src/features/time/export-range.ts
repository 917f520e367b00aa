import { addLocalDays, startOfLocalDay } from '../../domain/time';
import { weekStartOf, type WeekStartDay } from './day-list-items';

export type ExportPreset = 'thisWeek' | 'lastWeek' | 'thisMonth' | 'lastMonth' | 'thisYear' | 'allTime' | 'custom';

export const EXPORT_PRESETS: ReadonlyArray<{ value: ExportPreset; label: string }> = [
  { value: 'thisWeek', label: 'This week' },
  { value: 'lastWeek', label: 'Last week' },
  { value: 'thisMonth', label: 'This month' },
  { value: 'lastMonth', label: 'Last month' },
  { value: 'thisYear', label: 'This year' },
  { value: 'allTime', label: 'Everything' },
  { value: 'custom', label: 'Choose dates' },
];

/** Local days, both inclusive; undefined `firstDay` reaches back to the first entry. */
export interface ExportDays {
  firstDay: string | undefined;
  lastDay: string;
}

function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The days a preset covers, seen from `today`. Custom days come from the form and are passed through. */
export function exportDays(preset: ExportPreset, today: string, weekStartsOn: WeekStartDay, custom: ExportDays): ExportDays {
  switch (preset) {
    case 'thisWeek':
      return { firstDay: weekStartOf(today, weekStartsOn), lastDay: addLocalDays(weekStartOf(today, weekStartsOn), 6) };
    case 'lastWeek': {
      const first = addLocalDays(weekStartOf(today, weekStartsOn), -7);
      return { firstDay: first, lastDay: addLocalDays(first, 6) };
    }
    case 'thisMonth': {
      const first = firstOfMonth(today);
      return { firstDay: first, lastDay: addLocalDays(firstOfMonth(addLocalDays(first, 31)), -1) };
    }
    case 'lastMonth': {
      const first = firstOfMonth(addLocalDays(firstOfMonth(today), -1));
      return { firstDay: first, lastDay: addLocalDays(firstOfMonth(today), -1) };
    }
    case 'thisYear':
      return { firstDay: `${today.slice(0, 4)}-01-01`, lastDay: `${today.slice(0, 4)}-12-31` };
    case 'allTime':
      return { firstDay: undefined, lastDay: today };
    case 'custom':
      return custom;
  }
}

/** The instants `[from, to)` of the days in a zone; everything before the last day's end when there is no first day. */
export function exportInstants(days: ExportDays, timeZone: string): { from: number; to: number } {
  return { from: days.firstDay === undefined ? 0 : startOfLocalDay(days.firstDay, timeZone), to: startOfLocalDay(addLocalDays(days.lastDay, 1), timeZone) };
}

/** "repute-time-2026-11-01-to-2026-11-30.csv", or "repute-time-to-2026-11-28.csv" for everything. */
export function exportFileName(days: ExportDays): string {
  return days.firstDay === undefined ? `repute-time-to-${days.lastDay}.csv` : `repute-time-${days.firstDay}-to-${days.lastDay}.csv`;
}

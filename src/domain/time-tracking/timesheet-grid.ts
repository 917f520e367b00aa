import { splitEntryAtLocalMidnight } from '../time/split-at-midnight';

export interface TimesheetEntry {
  readonly projectId: string;
  readonly start: number;
  /** null while running: counted up to `now`. */
  readonly end: number | null;
}

export interface TimesheetRow {
  projectId: string;
  /** Milliseconds per day, in the order of the week's days. */
  days: number[];
  total: number;
}

export interface TimesheetGrid {
  rows: TimesheetRow[];
  dayTotals: number[];
  total: number;
}

export interface TimesheetOptions {
  /** Projects that get a row even with no time this week (a row the user just added). */
  includeProjectIds?: readonly string[];
}

/**
 * Projects × days for one week, seen from `timeZone`: an entry across midnight counts on each day it touched, by its
 * real elapsed time (a DST night's hour is an hour). Time outside `weekDays` is left out. Rows are in project id
 * order, which stays put while cells are edited; the screen sorts them by name.
 */
export function timesheetGrid(
  entries: ReadonlyArray<TimesheetEntry>,
  weekDays: readonly string[],
  timeZone: string,
  now: number,
  options: TimesheetOptions = {},
): TimesheetGrid {
  const dayIndex = new Map(weekDays.map((day, index) => [day, index]));
  const rowsByProject = new Map<string, TimesheetRow>();
  const rowOf = (projectId: string): TimesheetRow => {
    let row = rowsByProject.get(projectId);
    if (row === undefined) {
      row = { projectId, days: weekDays.map(() => 0), total: 0 };
      rowsByProject.set(projectId, row);
    }
    return row;
  };
  for (const projectId of options.includeProjectIds ?? []) rowOf(projectId);

  const dayTotals = weekDays.map(() => 0);
  let total = 0;
  for (const entry of entries) {
    const end = entry.end ?? Math.max(entry.start, now);
    for (const part of splitEntryAtLocalMidnight(entry.start, end, timeZone)) {
      const index = dayIndex.get(part.day);
      const ms = part.end - part.start;
      if (index === undefined || ms === 0) continue;
      const row = rowOf(entry.projectId);
      row.days[index] = (row.days[index] ?? 0) + ms;
      row.total += ms;
      dayTotals[index] = (dayTotals[index] ?? 0) + ms;
      total += ms;
    }
  }
  const rows = [...rowsByProject.values()].sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
  return { rows, dayTotals, total };
}

import { addLocalDays, dayOfWeek } from '../time/local-calendar';

/** One day's hours per project, as the day totals keep them. */
export interface DayHours {
  /** `YYYY-MM-DD`. */
  day: string;
  projects: Readonly<Record<string, { trackedMs: number; billableMs: number; unbilledMs: number }>>;
}

export interface PeriodHours {
  trackedMs: number;
  billableMs: number;
  /** Billable time not on any invoice yet. */
  unbilledMs: number;
}

export interface WeekHours extends PeriodHours {
  /** The week's first day, `YYYY-MM-DD`. */
  weekStart: string;
}

/**
 * The first days of the last `count` weeks, oldest first; the last is the start of the week holding `today`.
 * `weekStartsOn` is 0 for Sunday … 6 for Saturday, as in Settings.
 */
export function lastWeekStarts(today: string, weekStartsOn: number, count: number): string[] {
  const thisWeek = addLocalDays(today, -((dayOfWeek(today) - weekStartsOn + 7) % 7));
  return Array.from({ length: count }, (_, index) => addLocalDays(thisWeek, -7 * (count - 1 - index)));
}

/** The hours of the days from `from` to `through` (both inclusive, `YYYY-MM-DD`), every project added up. */
export function hoursBetween(days: readonly DayHours[], from: string, through: string): PeriodHours {
  const total: PeriodHours = { trackedMs: 0, billableMs: 0, unbilledMs: 0 };
  for (const { day, projects } of days) {
    if (day < from || day > through) continue;
    for (const hours of Object.values(projects)) {
      total.trackedMs += hours.trackedMs;
      total.billableMs += hours.billableMs;
      total.unbilledMs += hours.unbilledMs;
    }
  }
  return total;
}

/** Each week's hours, for weeks starting on `weekStarts` (in order, seven days each). */
export function hoursByWeek(days: readonly DayHours[], weekStarts: readonly string[]): WeekHours[] {
  return weekStarts.map((weekStart) => ({ weekStart, ...hoursBetween(days, weekStart, addLocalDays(weekStart, 6)) }));
}

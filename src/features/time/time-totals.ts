import type { TimeEntry } from '../../domain/model';
import { trackedMsWithin } from '../../domain/time-tracking/time-window';

export interface TimeTotals {
  todayMs: number;
  weekMs: number;
  weekBillableMs: number;
}

interface Span {
  from: number;
  to: number;
}

/** Time worked today and this week, in real elapsed time; entries crossing a boundary count only the part inside. */
export function timeTotals(entries: readonly TimeEntry[], now: number, today: Span, week: Span): TimeTotals {
  return {
    todayMs: trackedMsWithin(entries, today.from, today.to, now),
    weekMs: trackedMsWithin(entries, week.from, week.to, now),
    weekBillableMs: trackedMsWithin(
      entries.filter((entry) => entry.billable),
      week.from,
      week.to,
      now,
    ),
  };
}

/** The entries to show: those in range plus the running one even if it started before the range. */
export function withRunningEntry(entries: readonly TimeEntry[], running: TimeEntry | undefined): TimeEntry[] {
  if (running === undefined || entries.some((entry) => entry.id === running.id)) return [...entries];
  return [running, ...entries];
}

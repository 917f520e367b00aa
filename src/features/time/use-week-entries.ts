import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db';
import { listTimeEntries } from '../../db/repositories/time-entries';
import type { TimeEntry } from '../../domain/model';
import { useRunningEntry } from './header-timer/timer-context';
import { entryMatchesFilters, type TimeFilters } from './time-filters';

/** An entry longer than this that began before the week is not looked for: no one works two days without a break. */
const LOOK_BACK_MS = 2 * 86_400_000;

/**
 * The entries touching one week, for the timesheet grid, kept live. Entries that began shortly before the week and
 * ran past its first midnight count for the part inside it, so the query reaches back a little; the running timer
 * (the window's own read of it) is added wherever it started.
 */
export function useWeekEntries(week: { start: number; end: number }, filters: Pick<TimeFilters, 'clientId' | 'projectId'>): TimeEntry[] | undefined {
  const { start, end } = week;
  const { clientId, projectId } = filters;
  const inRange = useLiveQuery(() => listTimeEntries(db, { from: start - LOOK_BACK_MS, to: end, clientId, projectId }), [start, end, clientId, projectId]);
  const running = useRunningEntry();
  return useMemo(() => {
    if (inRange === undefined || running === undefined) return undefined;
    const touching = inRange.filter((entry) => entry.end === null || entry.end > start);
    if (running !== null && running.start < end && !touching.some((entry) => entry.id === running.id) && entryMatchesFilters(running, { clientId, projectId })) {
      touching.push(running);
    }
    return touching;
  }, [inRange, running, start, end, clientId, projectId]);
}

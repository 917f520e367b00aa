import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { getRunningTimeEntry, listTimeEntries } from '../../db/repositories/time-entries';
import type { TimeEntry } from '../../domain/model';
import { entryMatchesFilters, type TimeFilters } from './time-filters';

/** An entry longer than this that began before the week is not looked for: no one works two days without a break. */
const LOOK_BACK_MS = 2 * 86_400_000;

/**
 * The entries touching one week, for the timesheet grid, kept live. Entries that began shortly before the week and
 * ran past its first midnight count for the part inside it, so the query reaches back a little; the running timer
 * is added wherever it started.
 */
export function useWeekEntries(week: { start: number; end: number }, filters: Pick<TimeFilters, 'clientId' | 'projectId'>): TimeEntry[] | undefined {
  const { start, end } = week;
  const { clientId, projectId } = filters;
  return useLiveQuery(async () => {
    const [entries, running] = await Promise.all([listTimeEntries(db, { from: start - LOOK_BACK_MS, to: end, clientId, projectId }), getRunningTimeEntry(db)]);
    const touching = entries.filter((entry) => entry.end === null || entry.end > start);
    if (running !== undefined && running.start < end && !touching.some((entry) => entry.id === running.id) && entryMatchesFilters(running, { clientId, projectId })) {
      touching.push(running);
    }
    return touching;
  }, [start, end, clientId, projectId]);
}

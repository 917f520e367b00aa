import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { getRunningTimeEntry, listRecentTimeEntries, listTimeEntriesInRange } from '../../db/repositories/time-entries';
import type { TimeEntry } from '../../domain/model';

export interface TimeOverview {
  running: TimeEntry | undefined;
  /** Entries starting in the range, newest first; includes the running one when it started in range. */
  entries: TimeEntry[];
  /** Whether anything was ever tracked, so an empty week is not mistaken for a new install. */
  hasAnyEntries: boolean;
}

/** The running timer and one span's entries (the current week, for the headline totals), kept live. */
export function useTimeOverview(range: { from: number; to: number }): TimeOverview | undefined {
  const { from, to } = range;
  return useLiveQuery(async () => {
    const [running, entries, latest] = await Promise.all([getRunningTimeEntry(db), listTimeEntriesInRange(db, { from, to }), listRecentTimeEntries(db, 1)]);
    return { running, entries, hasAnyEntries: latest.length > 0 };
  }, [from, to]);
}

import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { hasAnyTimeEntries, listTimeEntriesInRange } from '../../db/repositories/time-entries';
import type { TimeEntry } from '../../domain/model';

export interface TimeOverview {
  /** Entries starting in the range, newest first; includes the running one when it started in range. */
  entries: TimeEntry[];
  /** Whether anything was ever tracked, so an empty week is not mistaken for a new install. */
  hasAnyEntries: boolean;
}

/** One span's entries (the current week, for the headline totals), kept live. The running timer comes from the timer's own read. */
export function useTimeOverview(range: { from: number; to: number }): TimeOverview | undefined {
  const { from, to } = range;
  return useLiveQuery(async () => {
    const [entries, hasAnyEntries] = await Promise.all([listTimeEntriesInRange(db, { from, to }), hasAnyTimeEntries(db)]);
    return { entries, hasAnyEntries };
  }, [from, to]);
}

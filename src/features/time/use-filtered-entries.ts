import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listTimeEntries } from '../../db/repositories/time-entries';
import type { TimeEntry } from '../../domain/model';
import type { TimeFilters } from './time-filters';

/**
 * The entries starting in `[from, to)` that pass the filters, newest first, kept live; undefined while the read runs
 * or while there is no range to read (a period still being typed).
 */
export function useFilteredEntries(range: { from: number; to: number } | undefined, filters: TimeFilters): TimeEntry[] | undefined {
  const from = range?.from;
  const to = range?.to;
  const { clientId, projectId, tag, billable, invoiced } = filters;
  return useLiveQuery(
    () => (from === undefined || to === undefined ? Promise.resolve(undefined) : listTimeEntries(db, { from, to, clientId, projectId, tag, billable, invoiced })),
    [from, to, clientId, projectId, tag, billable, invoiced],
  );
}

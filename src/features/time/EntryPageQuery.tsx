import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../../db';
import { listTimeEntries } from '../../db/repositories/time-entries';
import type { TimeEntry } from '../../domain/model';
import type { TimeFilters } from './time-filters';

interface EntryPageQueryProps {
  pageKey: string;
  from: number;
  to: number;
  filters: TimeFilters;
  onPage: (key: string, entries: TimeEntry[]) => void;
}

/** Reads one page of the day list and keeps it live; draws nothing. One per page, so pages re-read independently. */
export function EntryPageQuery({ pageKey, from, to, filters, onPage }: EntryPageQueryProps) {
  const { clientId, projectId, tag, billable, invoiced } = filters;
  const entries = useLiveQuery(() => listTimeEntries(db, { from, to, clientId, projectId, tag, billable, invoiced }), [from, to, clientId, projectId, tag, billable, invoiced]);
  useEffect(() => {
    if (entries !== undefined) onPage(pageKey, entries);
  }, [entries, pageKey, onPage]);
  return null;
}

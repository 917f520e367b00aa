import { useEffect } from 'react';
import type { TimeEntry } from '../../domain/model';
import type { TimeFilters } from './time-filters';
import { useFilteredEntries } from './use-filtered-entries';

interface EntryPageQueryProps {
  pageKey: string;
  from: number;
  to: number;
  filters: TimeFilters;
  onPage: (key: string, entries: TimeEntry[]) => void;
}

/** Reads one page of the day list and keeps it live; draws nothing. One per page, so pages re-read independently. */
export function EntryPageQuery({ pageKey, from, to, filters, onPage }: EntryPageQueryProps) {
  const entries = useFilteredEntries({ from, to }, filters);
  useEffect(() => {
    if (entries !== undefined) onPage(pageKey, entries);
  }, [entries, pageKey, onPage]);
  return null;
}

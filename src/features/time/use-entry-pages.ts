import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { db } from '../../db';
import { listRollupsForMonths } from '../../db/repositories/rollups';
import { getRunningTimeEntry } from '../../db/repositories/time-entries';
import type { TimeEntry } from '../../domain/model';
import { addLocalDays, startOfLocalDay } from '../../domain/time';
import { weekStartOf, type WeekStartDay } from './day-list-items';
import { entryMatchesFilters, type TimeFilters } from './time-filters';

/** The list opens on four weeks and loads eight more at a time: a month at a glance, two more per page. */
const FIRST_PAGE_WEEKS = 4;
const NEXT_PAGE_WEEKS = 8;
/** Entries can start in the future (a booked workshop); the list shows them too. */
const FUTURE_DAYS_SHOWN = 366;

/** One page of the day list: the entries starting in `[from, to)`, read and kept live on their own. */
export interface EntryPageRange {
  key: string;
  from: number;
  to: number;
}

export interface EntryPages {
  /** The pages to read, newest first; each is read by its own live query (EntryPageQuery). */
  ranges: EntryPageRange[];
  /** Receives a page's entries whenever its query answers. */
  onPage: (key: string, entries: TimeEntry[]) => void;
  /** Entries of the pages read so far, newest first, with the running one if it matches and began earlier. */
  entries: TimeEntry[];
  /** Whether every page asked for has answered at least once. */
  ready: boolean;
  /** The first local day loaded. */
  loadedSince: string;
  /** Whether older matching time may exist beyond `loadedSince`. */
  hasMore: boolean;
  loadMore: () => void;
}

function filterKey(filters: TimeFilters): string {
  return JSON.stringify([filters.clientId, filters.projectId, filters.tag, filters.billable, filters.invoiced]);
}

/** The first day of page `index`: page 0 is the current weeks, each later page the weeks before the one above it. */
function pageFirstDay(thisWeek: string, index: number): string {
  return addLocalDays(thisWeek, -7 * (FIRST_PAGE_WEEKS - 1) - 7 * NEXT_PAGE_WEEKS * index);
}

/**
 * The day list's entries, read page by page through the start index rather than all at once. Each page is its own
 * live query, so an edit re-reads only the page it falls in, and loading older weeks never re-reads the newer ones.
 * Pages end on week boundaries, so every week shown is complete and its total is right. The monthly rollups say where
 * tracked time begins, so paging stops there instead of walking back to 1970.
 */
export function useEntryPages(filters: TimeFilters, today: string, timeZone: string, weekStartsOn: WeekStartDay): EntryPages {
  const key = filterKey(filters);
  const [paging, setPaging] = useState({ key, count: 1, results: new Map<string, TimeEntry[]>() });
  // New filters start again from the first page, as a new search would.
  if (paging.key !== key) setPaging({ key, count: 1, results: new Map() });
  const count = paging.key === key ? paging.count : 1;

  const thisWeek = weekStartOf(today, weekStartsOn);
  const ranges = useMemo(
    () =>
      Array.from({ length: count }, (_, index) => {
        const from = startOfLocalDay(pageFirstDay(thisWeek, index), timeZone);
        const to = index === 0 ? startOfLocalDay(addLocalDays(today, FUTURE_DAYS_SHOWN), timeZone) : startOfLocalDay(pageFirstDay(thisWeek, index - 1), timeZone);
        return { key: `${key}|${from}|${to}`, from, to };
      }),
    [count, thisWeek, today, timeZone, key],
  );
  const loadedSince = pageFirstDay(thisWeek, count - 1);
  const oldestFrom = ranges[ranges.length - 1]?.from ?? 0;

  const onPage = useCallback((pageKey: string, entries: TimeEntry[]) => {
    setPaging((current) => {
      if (!pageKey.startsWith(`${current.key}|`) || current.results.get(pageKey) === entries) return current;
      const results = new Map(current.results);
      results.set(pageKey, entries);
      return { ...current, results };
    });
  }, []);

  const { clientId, projectId, tag, billable, invoiced } = filters;
  const running = useLiveQuery(() => getRunningTimeEntry(db), []);
  const firstTrackedMonth = useLiveQuery(async () => {
    const rollups = await listRollupsForMonths(db, { fromMonth: '0000-01', toMonth: '9999-12' });
    const months = rollups.filter((rollup) => rollup.trackedMs > 0 && (clientId === undefined || rollup.clientId === clientId)).map((rollup) => rollup.month);
    return months.length === 0 ? null : months.reduce((earliest, month) => (month < earliest ? month : earliest));
  }, [clientId]);

  const { results } = paging;
  const ready = ranges.every((range) => results.has(range.key)) && firstTrackedMonth !== undefined;
  const entries = useMemo(() => {
    const loaded = ranges.flatMap((range) => results.get(range.key) ?? []);
    // A timer started before the loaded weeks still belongs at the top while it runs.
    if (running !== undefined && running.start < oldestFrom && entryMatchesFilters(running, { clientId, projectId, tag, billable, invoiced })) return [running, ...loaded];
    return loaded;
  }, [ranges, results, running, oldestFrom, clientId, projectId, tag, billable, invoiced]);

  const loadMore = useCallback(() => setPaging((current) => (current.key === key ? { ...current, count: current.count + 1 } : current)), [key]);

  // Rollup months are counted in each entry's own zone; a day's slack covers a zone a few hours apart.
  const hasMore = ready && firstTrackedMonth !== null && addLocalDays(`${firstTrackedMonth}-01`, -1) < loadedSince;
  return { ranges, onPage, entries, ready, loadedSince, hasMore, loadMore };
}

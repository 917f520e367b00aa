import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { db } from '../../db';
import { firstTrackedMonth } from '../../db/repositories/rollups';
import type { TimeEntry } from '../../domain/model';
import { addLocalDays, startOfLocalDay } from '../../domain/time';
import { weekStartOf, type WeekStartDay } from './day-list-items';
import { entryMatchesFilters, type TimeFilters } from './time-filters';

/**
 * The list opens on four weeks and loads eight more at a time: a month at a glance, two more per page. The first
 * pages are what is booked after this week, this week, and the three weeks before: a timer's start or stop re-reads
 * only this week's page, the very read the Time screen's totals make, so the two share one answer.
 */
const FIRST_PAGES = 3;
const WEEKS_BEFORE_THIS = 3;
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

/** The local days page `index` covers, `[fromDay, toDay)`: booked ahead, this week, the three before, then eight weeks each. */
function pageDays(today: string, thisWeek: string, index: number): { fromDay: string; toDay: string } {
  const nextWeek = addLocalDays(thisWeek, 7);
  if (index === 0) return { fromDay: nextWeek, toDay: addLocalDays(today, FUTURE_DAYS_SHOWN) };
  if (index === 1) return { fromDay: thisWeek, toDay: nextWeek };
  const toDay = index === 2 ? thisWeek : addLocalDays(thisWeek, -7 * WEEKS_BEFORE_THIS - 7 * NEXT_PAGE_WEEKS * (index - 3));
  return { fromDay: addLocalDays(toDay, index === 2 ? -7 * WEEKS_BEFORE_THIS : -7 * NEXT_PAGE_WEEKS), toDay };
}

/**
 * The day list's entries, read page by page through the start index rather than all at once. Each page is its own
 * live query, so an edit re-reads only the page it falls in, and loading older weeks never re-reads the newer ones.
 * Pages end on week boundaries, so every week shown is complete and its total is right. The monthly rollups say where
 * tracked time begins, so paging stops there instead of walking back to 1970.
 */
export function useEntryPages(filters: TimeFilters, today: string, timeZone: string, weekStartsOn: WeekStartDay, running: TimeEntry | null | undefined): EntryPages {
  const key = filterKey(filters);
  const [paging, setPaging] = useState({ key, count: FIRST_PAGES, results: new Map<string, TimeEntry[]>() });
  // New filters start again from the first pages, as a new search would.
  if (paging.key !== key) setPaging({ key, count: FIRST_PAGES, results: new Map() });
  const count = paging.key === key ? paging.count : FIRST_PAGES;

  const thisWeek = weekStartOf(today, weekStartsOn);
  const ranges = useMemo(
    () =>
      Array.from({ length: count }, (_, index) => {
        const { fromDay, toDay } = pageDays(today, thisWeek, index);
        const from = startOfLocalDay(fromDay, timeZone);
        const to = startOfLocalDay(toDay, timeZone);
        return { key: `${key}|${from}|${to}`, from, to };
      }),
    [count, thisWeek, today, timeZone, key],
  );
  const loadedSince = pageDays(today, thisWeek, count - 1).fromDay;
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
  const firstMonth = useLiveQuery(() => firstTrackedMonth(db, clientId), [clientId]);

  const { results } = paging;
  const ready = ranges.every((range) => results.has(range.key)) && firstMonth !== undefined;
  // A timer started before the loaded weeks still belongs at the top while it runs. Only such a timer changes the
  // list: one started within them arrives with its page, so a start or stop alone does not rebuild the list.
  const runningBefore =
    running !== undefined && running !== null && running.start < oldestFrom && entryMatchesFilters(running, { clientId, projectId, tag, billable, invoiced }) ? running : undefined;
  const entries = useMemo(() => {
    const loaded = ranges.flatMap((range) => results.get(range.key) ?? []);
    return runningBefore === undefined ? loaded : [runningBefore, ...loaded];
  }, [ranges, results, runningBefore]);

  const loadMore = useCallback(() => setPaging((current) => (current.key === key ? { ...current, count: current.count + 1 } : current)), [key]);

  // Rollup months are counted in each entry's own zone; a day's slack covers a zone a few hours apart.
  const hasMore = ready && firstMonth !== null && addLocalDays(`${firstMonth}-01`, -1) < loadedSince;
  return { ranges, onPage, entries, ready, loadedSince, hasMore, loadMore };
}

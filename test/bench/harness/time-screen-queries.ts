import type { ReputeDb } from '../../../src/db/db';
import { listClients } from '../../../src/db/repositories/clients';
import { getInvoice } from '../../../src/db/repositories/invoices';
import { listProjects } from '../../../src/db/repositories/projects';
import { firstTrackedMonth } from '../../../src/db/repositories/rollups';
import { getSettings } from '../../../src/db/repositories/settings';
import { getRunningTimeEntry, hasAnyTimeEntries, listRecentProjects, listRecentTimeEntries, listTimeEntries, listTimeEntriesInRange } from '../../../src/db/repositories/time-entries';
import { SETTINGS_ID } from '../../../src/domain/model';
import { addLocalDays, startOfLocalDay, weekRange } from '../../../src/domain/time';
import { rawGet, rawGetAll, rawIndexRange, rawNewest } from './raw-indexeddb';

/*
 * Every query the Time screen runs before its first rows show, issued as its live queries issue them: together, each
 * in a read-only transaction of its own, then the invoice numbers of the entries read. They are copied from the
 * screen's hooks (src/features/time: use-time-reference-query.ts, use-time-overview.ts, use-entry-pages.ts,
 * EntryPageQuery.tsx, use-invoice-numbers.ts, use-week-entries.ts; the header timer's running query; settings),
 * calling the same repository functions with the same arguments. This week's entries are read once: the totals and
 * the day list's page ask for the same range, and Dexie's cache answers both live queries with one read. Beside each
 * set, its floor: the same reads with the raw IndexedDB API on the floor database.
 */

/** The day list's first pages: booked ahead, this week, the three weeks before (use-entry-pages.ts). */
const WEEKS_BEFORE_THIS = 3;
const FUTURE_DAYS_SHOWN = 366;
/** The timer bar's reference lists (time-reference.tsx), and how listRecentProjects reads the entries behind them. */
const TAG_SAMPLE_ENTRIES = 400;
const RECENT_PROJECTS = 6;
const RECENT_PROJECT_SCAN_LIMIT = 2000;
const RECENT_PROJECT_FIRST_BATCH = 100;
/** How far before the week the timesheet grid looks for entries reaching into it (use-week-entries.ts). */
const LOOK_BACK_MS = 2 * 86_400_000;
const DAY_MS = 86_400_000;

interface Span {
  from: number;
  to: number;
}

export interface TimeScreenRanges {
  thisWeek: Span;
  bookedAhead: Span;
  weeksBefore: Span;
  weekGrid: Span;
}

/** The spans the screen reads on `today`, in the freelancer's zone, with weeks starting on Monday as the seed says. */
export function timeScreenRanges(today: string, timeZone: string): TimeScreenRanges {
  const week = weekRange(startOfLocalDay(today, timeZone), 1, timeZone);
  const weekFirstDay = week.days[0] ?? today;
  return {
    thisWeek: { from: week.start, to: week.end },
    bookedAhead: { from: week.end, to: startOfLocalDay(addLocalDays(today, FUTURE_DAYS_SHOWN), timeZone) },
    weeksBefore: { from: startOfLocalDay(addLocalDays(weekFirstDay, -7 * WEEKS_BEFORE_THIS), timeZone), to: week.start },
    weekGrid: { from: week.start - LOOK_BACK_MS, to: week.end },
  };
}

export type TimeScreenView = 'list' | 'week';

/** The window's own live queries, which the screen shows: settings, the running timer, the projects and clients, recent use. */
async function appWindowQueries(db: ReputeDb): Promise<void> {
  await Promise.all([
    getSettings(db),
    getRunningTimeEntry(db),
    Promise.all([listProjects(db), listClients(db, { includeArchived: true })]),
    Promise.all([listRecentProjects(db, RECENT_PROJECTS), listRecentTimeEntries(db, TAG_SAMPLE_ENTRIES)]),
  ]);
}

/** Runs the view's queries through the app's repositories; resolves how many entry rows the view has to show. */
export async function appTimeScreenQueries(db: ReputeDb, ranges: TimeScreenRanges, view: TimeScreenView): Promise<number> {
  if (view === 'week') {
    const overview = () => Promise.all([listTimeEntriesInRange(db, ranges.thisWeek), hasAnyTimeEntries(db)]);
    const [, , entries] = await Promise.all([appWindowQueries(db), overview(), listTimeEntries(db, ranges.weekGrid)]);
    return entries.length;
  }
  const [, , pages] = await Promise.all([
    appWindowQueries(db),
    hasAnyTimeEntries(db),
    Promise.all([listTimeEntries(db, ranges.bookedAhead), listTimeEntries(db, ranges.thisWeek), listTimeEntries(db, ranges.weeksBefore)]),
    firstTrackedMonth(db),
  ]);
  const page = pages.flat();
  const invoiceIds = [...new Set(page.flatMap((entry) => (entry.invoiceId === undefined ? [] : [entry.invoiceId])))].sort();
  await Promise.all(invoiceIds.map((id) => getInvoice(db, id)));
  return page.length;
}

function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null ? Reflect.get(record, name) : undefined;
}

function isLiveRecord(record: unknown): boolean {
  return field(record, 'deletedAt') === undefined;
}

/** The newest `count` entries by start, in the two reads split at the start of the UTC day that the repositories make. */
async function rawNewestEntries(db: IDBDatabase, count: number): Promise<unknown[]> {
  const split = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const [fromSplit, beforeSplit] = await Promise.all([
    rawIndexRange(db, 'timeEntries', 'start', IDBKeyRange.lowerBound(split)),
    rawNewest(db, 'timeEntries', 'start', count, IDBKeyRange.upperBound(split, true)),
  ]);
  return [...fromSplit.reverse(), ...beforeSplit].slice(0, count);
}

/**
 * The newest entries by start in growing batches, from the top each time, until `enough` or none are left: the same
 * reads as the repositories' recent lists make, with the raw API.
 */
async function rawNewestUntil(db: IDBDatabase, firstBatch: number, enough: (entries: readonly unknown[]) => boolean): Promise<unknown[]> {
  for (let count = Math.max(1, firstBatch); ; count *= 2) {
    const entries = await rawNewestEntries(db, count);
    if (entries.length < count || enough(entries)) return entries;
  }
}

/** The newest `count` live entries by start, as listRecentTimeEntries reads them. */
async function rawRecentEntries(db: IDBDatabase, count: number): Promise<unknown[]> {
  const entries = await rawNewestUntil(db, count, (read) => read.filter(isLiveRecord).length >= count);
  return entries.filter(isLiveRecord).slice(0, count);
}

/** The active projects of the latest entries, as listRecentProjects reads them: all projects beside the first batch. */
async function rawRecentProjects(db: IDBDatabase): Promise<unknown[]> {
  const [projects, firstEntries] = await Promise.all([rawGetAll(db, 'projects'), rawNewestEntries(db, RECENT_PROJECT_FIRST_BATCH)]);
  const activeInUse = (entries: readonly unknown[]) => {
    const byId = new Map(projects.filter(isLiveRecord).map((project) => [field(project, 'id'), project]));
    const active: unknown[] = [];
    for (const entry of entries.slice(0, RECENT_PROJECT_SCAN_LIMIT)) {
      const project = byId.get(field(entry, 'projectId'));
      if (!isLiveRecord(entry) || project === undefined) continue;
      byId.delete(field(entry, 'projectId'));
      if (field(project, 'status') === 'active') active.push(project);
    }
    return active;
  };
  const enough = (entries: readonly unknown[]) => entries.length >= RECENT_PROJECT_SCAN_LIMIT || activeInUse(entries).length >= RECENT_PROJECTS;
  const entries =
    firstEntries.length < RECENT_PROJECT_FIRST_BATCH || enough(firstEntries) ? firstEntries : await rawNewestUntil(db, 2 * RECENT_PROJECT_FIRST_BATCH, enough);
  return activeInUse(entries);
}

/** Whether any live entry exists, walking the primary key until the first one, as hasAnyTimeEntries does. */
function rawHasAnyEntry(db: IDBDatabase): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const request = db.transaction('timeEntries', 'readonly').objectStore('timeEntries').openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor === null) resolve(false);
      else if (isLiveRecord(cursor.value)) resolve(true);
      else cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
  });
}

/** The first month with tracked time, walking the rollups' month index until a row with time, as firstTrackedMonth does. */
function rawFirstTrackedMonth(db: IDBDatabase): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = db.transaction('rollups', 'readonly').objectStore('rollups').index('month').openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      const tracked = field(cursor?.value, 'trackedMs');
      if (cursor === null) resolve(null);
      else if (typeof tracked === 'number' && tracked > 0) resolve(field(cursor.value, 'month'));
      else cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
  });
}

function rawStartRange(db: IDBDatabase, range: { from: number; to: number }): Promise<unknown[]> {
  return rawIndexRange(db, 'timeEntries', 'start', IDBKeyRange.bound(range.from, range.to, false, true));
}

/** The same reads as appTimeScreenQueries, with the raw API on the floor database. */
export async function floorTimeScreenQueries(db: IDBDatabase, ranges: TimeScreenRanges, view: TimeScreenView): Promise<number> {
  const running = () => rawIndexRange(db, 'timeEntries', 'running', IDBKeyRange.only(1));
  const windowReads = () =>
    Promise.all([rawGet(db, 'settings', SETTINGS_ID), running(), rawGetAll(db, 'projects'), rawGetAll(db, 'clients'), rawRecentProjects(db), rawRecentEntries(db, TAG_SAMPLE_ENTRIES)]);
  if (view === 'week') {
    const overview = () => Promise.all([rawStartRange(db, ranges.thisWeek), rawHasAnyEntry(db)]);
    const [, , entries] = await Promise.all([windowReads(), overview(), rawStartRange(db, ranges.weekGrid)]);
    return entries.filter(isLiveRecord).length;
  }
  const [, , pages] = await Promise.all([
    windowReads(),
    rawHasAnyEntry(db),
    Promise.all([rawStartRange(db, ranges.bookedAhead), rawStartRange(db, ranges.thisWeek), rawStartRange(db, ranges.weeksBefore)]),
    rawFirstTrackedMonth(db),
  ]);
  const live = pages.flat().filter(isLiveRecord);
  const invoiceIds = [...new Set(live.flatMap((entry) => field(entry, 'invoiceId') ?? []))].filter((id): id is string => typeof id === 'string');
  await Promise.all(invoiceIds.map((id) => rawGet(db, 'invoices', id)));
  return live.length;
}

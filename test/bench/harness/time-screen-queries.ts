import type { ReputeDb } from '../../../src/db/db';
import { getClient, listClients } from '../../../src/db/repositories/clients';
import { getInvoice } from '../../../src/db/repositories/invoices';
import { getProject, listProjects } from '../../../src/db/repositories/projects';
import { listRollupsForMonths } from '../../../src/db/repositories/rollups';
import { getSettings } from '../../../src/db/repositories/settings';
import { getRunningTimeEntry, listRecentProjects, listRecentTimeEntries, listTimeEntries, listTimeEntriesInRange } from '../../../src/db/repositories/time-entries';
import { SETTINGS_ID } from '../../../src/domain/model';
import { addLocalDays, startOfLocalDay, weekRange } from '../../../src/domain/time';
import { rawGet, rawGetAll, rawIndexRange, rawNewest } from './raw-indexeddb';

/*
 * Every query the Time screen runs before its first rows show, issued as its live queries issue them: together, each
 * in a read-only transaction of its own, then the invoice numbers of the entries read. They are copied from the
 * screen's hooks (src/features/time: time-reference.tsx, use-time-overview.ts, use-entry-pages.ts,
 * EntryPageQuery.tsx, use-invoice-numbers.ts, use-week-entries.ts; the header timer's running query; settings),
 * calling the same repository functions with the same arguments. Beside each set, its floor: the same reads with the
 * raw IndexedDB API on the floor database.
 */

/** The day list's first page: the current week and the three before it, and the year ahead (use-entry-pages.ts). */
const FIRST_PAGE_WEEKS = 4;
const FUTURE_DAYS_SHOWN = 366;
/** The timer bar's reference lists (time-reference.tsx), and how listRecentProjects reads the entries behind them. */
const TAG_SAMPLE_ENTRIES = 400;
const RECENT_PROJECTS = 6;
const RECENT_PROJECT_SCAN_LIMIT = 2000;
const RECENT_PROJECT_FIRST_BATCH = 100;
/** How far before the week the timesheet grid looks for entries reaching into it (use-week-entries.ts). */
const LOOK_BACK_MS = 2 * 86_400_000;
const ALL_MONTHS = { fromMonth: '0000-01', toMonth: '9999-12' } as const;

export interface TimeScreenRanges {
  thisWeek: { from: number; to: number };
  firstPage: { from: number; to: number };
  weekGrid: { from: number; to: number };
}

/** The spans the screen reads on `today`, in the freelancer's zone, with weeks starting on Monday as the seed says. */
export function timeScreenRanges(today: string, timeZone: string): TimeScreenRanges {
  const week = weekRange(startOfLocalDay(today, timeZone), 1, timeZone);
  const weekFirstDay = week.days[0] ?? today;
  return {
    thisWeek: { from: week.start, to: week.end },
    firstPage: {
      from: startOfLocalDay(addLocalDays(weekFirstDay, -7 * (FIRST_PAGE_WEEKS - 1)), timeZone),
      to: startOfLocalDay(addLocalDays(today, FUTURE_DAYS_SHOWN), timeZone),
    },
    weekGrid: { from: week.start - LOOK_BACK_MS, to: week.end },
  };
}

export type TimeScreenView = 'list' | 'week';

/** The window's own live queries, which the screen shows: settings, the running timer with its names, the reference lists. */
async function appWindowQueries(db: ReputeDb): Promise<void> {
  const runningWithNames = async () => {
    const entry = await getRunningTimeEntry(db);
    if (entry !== undefined) await Promise.all([getProject(db, entry.projectId), getClient(db, entry.clientId)]);
  };
  await Promise.all([
    getSettings(db),
    runningWithNames(),
    Promise.all([listProjects(db), listClients(db, { includeArchived: true }), listRecentProjects(db, RECENT_PROJECTS), listRecentTimeEntries(db, TAG_SAMPLE_ENTRIES)]),
  ]);
}

/** Runs the view's queries through the app's repositories; resolves how many entry rows the view has to show. */
export async function appTimeScreenQueries(db: ReputeDb, ranges: TimeScreenRanges, view: TimeScreenView): Promise<number> {
  const overview = () => Promise.all([getRunningTimeEntry(db), listTimeEntriesInRange(db, ranges.thisWeek), listRecentTimeEntries(db, 1)]);
  if (view === 'week') {
    const [, , [entries]] = await Promise.all([appWindowQueries(db), overview(), Promise.all([listTimeEntries(db, ranges.weekGrid), getRunningTimeEntry(db)])]);
    return entries.length;
  }
  const [, , , , page] = await Promise.all([
    appWindowQueries(db),
    overview(),
    getRunningTimeEntry(db),
    listRollupsForMonths(db, ALL_MONTHS),
    listTimeEntries(db, ranges.firstPage),
  ]);
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

/**
 * The newest entries by start in growing batches, from the top each time, until `enough` or none are left: the same
 * reads as the repositories' recent lists make, with the raw API.
 */
async function rawNewestUntil(db: IDBDatabase, firstBatch: number, enough: (entries: readonly unknown[]) => boolean): Promise<unknown[]> {
  for (let count = Math.max(1, firstBatch); ; count *= 2) {
    const entries = await rawNewest(db, 'timeEntries', 'start', count);
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
  const [projects, firstEntries] = await Promise.all([rawGetAll(db, 'projects'), rawNewest(db, 'timeEntries', 'start', RECENT_PROJECT_FIRST_BATCH)]);
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

async function rawRunningWithNames(db: IDBDatabase): Promise<void> {
  const [entry] = await rawIndexRange(db, 'timeEntries', 'running', IDBKeyRange.only(1));
  const projectId = field(entry, 'projectId');
  const clientId = field(entry, 'clientId');
  if (typeof projectId === 'string' && typeof clientId === 'string') await Promise.all([rawGet(db, 'projects', projectId), rawGet(db, 'clients', clientId)]);
}

function rawStartRange(db: IDBDatabase, range: { from: number; to: number }): Promise<unknown[]> {
  return rawIndexRange(db, 'timeEntries', 'start', IDBKeyRange.bound(range.from, range.to, false, true));
}

/** The same reads as appTimeScreenQueries, with the raw API on the floor database. */
export async function floorTimeScreenQueries(db: IDBDatabase, ranges: TimeScreenRanges, view: TimeScreenView): Promise<number> {
  const windowReads = () =>
    Promise.all([rawGet(db, 'settings', SETTINGS_ID), rawRunningWithNames(db), rawGetAll(db, 'clients'), rawRecentProjects(db), rawRecentEntries(db, TAG_SAMPLE_ENTRIES)]);
  const running = () => rawIndexRange(db, 'timeEntries', 'running', IDBKeyRange.only(1));
  const overview = () => Promise.all([running(), rawStartRange(db, ranges.thisWeek), rawRecentEntries(db, 1)]);
  if (view === 'week') {
    const [, , [entries]] = await Promise.all([windowReads(), overview(), Promise.all([rawStartRange(db, ranges.weekGrid), running()])]);
    return entries.filter(isLiveRecord).length;
  }
  const [, , , , page] = await Promise.all([windowReads(), overview(), running(), rawGetAll(db, 'rollups'), rawStartRange(db, ranges.firstPage)]);
  const live = page.filter(isLiveRecord);
  const invoiceIds = [...new Set(live.flatMap((entry) => field(entry, 'invoiceId') ?? []))].filter((id): id is string => typeof id === 'string');
  await Promise.all(invoiceIds.map((id) => rawGet(db, 'invoices', id)));
  return live.length;
}

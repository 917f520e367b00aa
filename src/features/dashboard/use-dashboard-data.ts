import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db';
import { listInvoicesAwaitingPayment } from '../../db/repositories/invoices';
import { listRollupsForMonths } from '../../db/repositories/rollups';
import { listRecentTimeEntries } from '../../db/repositories/time-entries';
import type { Client, TimeEntry } from '../../domain/model';
import { owedOldestFirst, type OwedInvoice } from '../../domain/reports/owed-invoices';
import { localDayKey, localMonthKey } from '../../domain/time';
import { useTimeReference, type TimeReference } from '../time';
import { previousMonthKey, summariseMonth, summariseOutstanding, type MonthSummary, type OutstandingSummary } from './dashboard-summary';

const RECENT_ENTRY_COUNT = 8;

export interface RecentEntryRow {
  entry: TimeEntry;
  projectName: string;
  clientName: string;
}

/** Each part is undefined while its own read runs, and shows as soon as that read answers. */
export interface DashboardData {
  /** `fromRecords`: rollup rows exist for the two months, so the database holds records. */
  months: { thisMonth: MonthSummary; fromRecords: boolean } | undefined;
  outstanding: OutstandingSummary | undefined;
  /** The invoices behind `outstanding`, the oldest due first. */
  owed: OwedInvoice[] | undefined;
  recentEntries: RecentEntryRow[] | undefined;
  /** Every client the window knows, deleted ones included, to name what is owed. */
  clientsById: ReadonlyMap<string, Client> | undefined;
}

function recentEntryRows(entries: readonly TimeEntry[], reference: Pick<TimeReference, 'projectNames' | 'clientsById'>): RecentEntryRow[] {
  return entries.map((entry) => ({
    entry,
    projectName: reference.projectNames.get(entry.projectId) ?? 'Deleted project',
    clientName: reference.clientsById.get(entry.clientId)?.name ?? 'Deleted client',
  }));
}

/**
 * The Dashboard's first figures for the months around `now` in the given zone, live. Three reads, each answering on its own:
 * the month's figures come from a few rollup rows and need not wait for the open invoices or the latest entries. The
 * entries are named from the projects and clients the window already holds, so no screen reads them twice.
 */
export function useDashboardData(now: number, timeZone: string): DashboardData {
  const thisMonthKey = localMonthKey(now, timeZone);
  const lastMonthKey = previousMonthKey(thisMonthKey);
  const todayKey = localDayKey(now, timeZone);

  const months = useLiveQuery(async () => {
    const rollups = await listRollupsForMonths(db, { fromMonth: lastMonthKey, toMonth: thisMonthKey });
    return { thisMonth: summariseMonth(rollups, thisMonthKey), fromRecords: rollups.length > 0 };
  }, [thisMonthKey, lastMonthKey]);
  const awaiting = useLiveQuery(async () => {
    const invoices = await listInvoicesAwaitingPayment(db);
    return { summary: summariseOutstanding(invoices, todayKey), owed: owedOldestFirst(invoices, todayKey) };
  }, [todayKey]);
  const latestEntries = useLiveQuery(() => listRecentTimeEntries(db, RECENT_ENTRY_COUNT), []);
  const reference = useTimeReference();
  const recentEntries = useMemo(
    () => (latestEntries === undefined || reference === undefined ? undefined : recentEntryRows(latestEntries, reference)),
    [latestEntries, reference],
  );
  return { months, outstanding: awaiting?.summary, owed: awaiting?.owed, recentEntries, clientsById: reference?.clientsById };
}

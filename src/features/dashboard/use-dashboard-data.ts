import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { listClients } from '../../db/repositories/clients';
import { listInvoicesAwaitingPayment } from '../../db/repositories/invoices';
import { listProjects } from '../../db/repositories/projects';
import { listRollupsForMonths } from '../../db/repositories/rollups';
import { listRecentTimeEntries } from '../../db/repositories/time-entries';
import type { TimeEntry } from '../../domain/model';
import { localDayKey, localMonthKey } from '../../domain/time';
import { previousMonthKey, summariseMonth, summariseOutstanding, type MonthSummary, type OutstandingSummary } from './dashboard-summary';

const RECENT_ENTRY_COUNT = 8;

export interface RecentEntryRow {
  entry: TimeEntry;
  projectName: string;
  clientName: string;
}

export interface DashboardData {
  thisMonth: MonthSummary;
  lastMonth: MonthSummary;
  outstanding: OutstandingSummary;
  recentEntries: RecentEntryRow[];
}

async function recentEntryRows(): Promise<RecentEntryRow[]> {
  const [entries, projects, clients] = await Promise.all([listRecentTimeEntries(db, RECENT_ENTRY_COUNT), listProjects(db), listClients(db, { includeArchived: true })]);
  const projectNames = new Map(projects.map((project) => [project.id, project.name]));
  const clientNames = new Map(clients.map((client) => [client.id, client.name]));
  return entries.map((entry) => ({
    entry,
    projectName: projectNames.get(entry.projectId) ?? 'Deleted project',
    clientName: clientNames.get(entry.clientId) ?? 'Deleted client',
  }));
}

/** The Dashboard's figures for the months around `now` in the given zone, live; undefined while loading. */
export function useDashboardData(now: number, timeZone: string): DashboardData | undefined {
  const thisMonthKey = localMonthKey(now, timeZone);
  const lastMonthKey = previousMonthKey(thisMonthKey);
  const todayKey = localDayKey(now, timeZone);

  return useLiveQuery(async () => {
    const [rollups, invoices, recentEntries] = await Promise.all([
      listRollupsForMonths(db, { fromMonth: lastMonthKey, toMonth: thisMonthKey }),
      listInvoicesAwaitingPayment(db),
      recentEntryRows(),
    ]);
    return {
      thisMonth: summariseMonth(rollups, thisMonthKey),
      lastMonth: summariseMonth(rollups, lastMonthKey),
      outstanding: summariseOutstanding(invoices, todayKey),
      recentEntries,
    };
  }, [thisMonthKey, lastMonthKey, todayKey]);
}

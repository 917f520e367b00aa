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

/** Each part is undefined while its own read runs, and shows as soon as that read answers. */
export interface DashboardData {
  /** `fromRecords`: rollup rows exist for the two months, so the database holds records. */
  months: { thisMonth: MonthSummary; lastMonth: MonthSummary; fromRecords: boolean } | undefined;
  outstanding: OutstandingSummary | undefined;
  recentEntries: RecentEntryRow[] | undefined;
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

/**
 * The Dashboard's figures for the months around `now` in the given zone, live. Three reads, each answering on its own:
 * the month's figures come from a few rollup rows and need not wait for the open invoices or the latest entries.
 */
export function useDashboardData(now: number, timeZone: string): DashboardData {
  const thisMonthKey = localMonthKey(now, timeZone);
  const lastMonthKey = previousMonthKey(thisMonthKey);
  const todayKey = localDayKey(now, timeZone);

  const months = useLiveQuery(async () => {
    const rollups = await listRollupsForMonths(db, { fromMonth: lastMonthKey, toMonth: thisMonthKey });
    return { thisMonth: summariseMonth(rollups, thisMonthKey), lastMonth: summariseMonth(rollups, lastMonthKey), fromRecords: rollups.length > 0 };
  }, [thisMonthKey, lastMonthKey]);
  const outstanding = useLiveQuery(async () => summariseOutstanding(await listInvoicesAwaitingPayment(db), todayKey), [todayKey]);
  const recentEntries = useLiveQuery(recentEntryRows, []);
  return { months, outstanding, recentEntries };
}

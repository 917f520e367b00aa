import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db';
import { listInvoicesAwaitingPayment } from '../../db/repositories/invoices';
import { readMoneyBetween } from '../../db/repositories/period-money';
import { listDayTotals, listRollupsForMonths } from '../../db/repositories/rollups';
import { listRecentTimeEntries } from '../../db/repositories/time-entries';
import type { Client, TimeEntry } from '../../domain/model';
import { hoursByWeek, lastWeekStarts, type WeekHours } from '../../domain/reports/hours-by-week';
import { owedOldestFirst, type OwedInvoice } from '../../domain/reports/owed-invoices';
import { monthToDate, periodFigures, weekToDate, type PeriodComparison } from '../../domain/reports/period-comparison';
import { lastMonths, receivedByMonth, type CurrencyMonths } from '../../domain/reports/received-by-month';
import { localDayKey, localMonthKey } from '../../domain/time';
import { useTimeReference, type TimeReference } from '../time';
import { previousMonthKey, summariseMonth, summariseOutstanding, type MonthSummary, type OutstandingSummary } from './dashboard-summary';

const RECENT_ENTRY_COUNT = 8;
/** Weeks in the hours chart: a quarter, enough to see a trend without a month's noise. */
export const CHART_WEEKS = 12;
/** Months in the earnings chart. */
export const CHART_MONTHS = 12;

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
  /** The last CHART_WEEKS weeks, oldest first, from the day totals. */
  weeks: WeekHours[] | undefined;
  /** Received each of the last CHART_MONTHS months, per currency. */
  earnings: CurrencyMonths[] | undefined;
  /** This week and this month so far, each against the same point of the one before. */
  comparison: { week: PeriodComparison; month: PeriodComparison } | undefined;
}

function recentEntryRows(entries: readonly TimeEntry[], reference: Pick<TimeReference, 'projectNames' | 'clientsById'>): RecentEntryRow[] {
  return entries.map((entry) => ({
    entry,
    projectName: reference.projectNames.get(entry.projectId) ?? 'Deleted project',
    clientName: reference.clientsById.get(entry.clientId)?.name ?? 'Deleted client',
  }));
}

/**
 * The Dashboard's figures for the months and weeks around `now` in the given zone, live. Six reads, each answering on its own:
 * the month's figures come from a few rollup rows and need not wait for the open invoices or the latest entries. The
 * entries are named from the projects and clients the window already holds, so no screen reads them twice.
 */
export function useDashboardData(now: number, timeZone: string, weekStartsOn: number): DashboardData {
  const thisMonthKey = localMonthKey(now, timeZone);
  const lastMonthKey = previousMonthKey(thisMonthKey);
  const todayKey = localDayKey(now, timeZone);

  const months = useLiveQuery(async () => {
    const rollups = await listRollupsForMonths(db, { fromMonth: lastMonthKey, toMonth: thisMonthKey });
    return { thisMonth: summariseMonth(rollups, thisMonthKey), fromRecords: rollups.length > 0 };
  }, [thisMonthKey, lastMonthKey]);
  const earnings = useLiveQuery(async () => {
    const chartMonths = lastMonths(thisMonthKey, CHART_MONTHS);
    return receivedByMonth(await listRollupsForMonths(db, { fromMonth: chartMonths[0] ?? thisMonthKey, toMonth: thisMonthKey }), chartMonths);
  }, [thisMonthKey]);
  const awaiting = useLiveQuery(async () => {
    const invoices = await listInvoicesAwaitingPayment(db);
    return { summary: summariseOutstanding(invoices, todayKey), owed: owedOldestFirst(invoices, todayKey) };
  }, [todayKey]);
  const latestEntries = useLiveQuery(() => listRecentTimeEntries(db, RECENT_ENTRY_COUNT), []);
  const weeks = useLiveQuery(async () => {
    const weekStarts = lastWeekStarts(todayKey, weekStartsOn, CHART_WEEKS);
    return hoursByWeek(await listDayTotals(db, { fromDay: weekStarts[0] ?? todayKey, toDay: todayKey }), weekStarts);
  }, [todayKey, weekStartsOn]);
  const comparison = useLiveQuery(async () => {
    const week = weekToDate(todayKey, weekStartsOn);
    const month = monthToDate(todayKey);
    const from = week.previous.from < month.previous.from ? week.previous.from : month.previous.from;
    const [days, money] = await Promise.all([listDayTotals(db, { fromDay: from, toDay: todayKey }), readMoneyBetween(db, { from, to: todayKey })]);
    const figures = (range: { from: string; to: string }) => periodFigures(range, days, money.invoices, money.payments);
    return {
      week: { current: figures(week.current), previous: figures(week.previous) },
      month: { current: figures(month.current), previous: figures(month.previous) },
    };
  }, [todayKey, weekStartsOn]);
  const reference = useTimeReference();
  const recentEntries = useMemo(
    () => (latestEntries === undefined || reference === undefined ? undefined : recentEntryRows(latestEntries, reference)),
    [latestEntries, reference],
  );
  return { months, earnings, comparison, outstanding: awaiting?.summary, owed: awaiting?.owed, recentEntries, weeks, clientsById: reference?.clientsById };
}

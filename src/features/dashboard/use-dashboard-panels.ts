import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { readMoneyBetween } from '../../db/repositories/period-money';
import { listDayTotals, listRollupsForMonths } from '../../db/repositories/rollups';
import { hoursByWeek, lastWeekStarts, type WeekHours } from '../../domain/reports/hours-by-week';
import { monthToDate, periodFigures, weekToDate, type PeriodComparison } from '../../domain/reports/period-comparison';
import { lastMonths, receivedByMonth, type CurrencyMonths } from '../../domain/reports/received-by-month';
import { localDayKey, localMonthKey } from '../../domain/time';

/** Weeks in the hours chart: a quarter, enough to see a trend without a month's noise. */
export const CHART_WEEKS = 12;
/** Months in the earnings chart. */
export const CHART_MONTHS = 12;

export interface DashboardPanels {
  /** The last CHART_WEEKS weeks, oldest first, from the day totals. */
  weeks: WeekHours[] | undefined;
  /** Received each of the last CHART_MONTHS months, per currency. */
  earnings: CurrencyMonths[] | undefined;
  /** This week and this month so far, each against the same point of the one before. */
  comparison: { week: PeriodComparison; month: PeriodComparison } | undefined;
}

/**
 * The Dashboard's charts and comparisons, live. Used by the part of the screen shown once the month's first figures
 * are, so these reads start after them rather than queue beside them.
 */
export function useDashboardPanels(now: number, timeZone: string, weekStartsOn: number): DashboardPanels {
  const thisMonthKey = localMonthKey(now, timeZone);
  const todayKey = localDayKey(now, timeZone);
  const earnings = useLiveQuery(async () => {
    const chartMonths = lastMonths(thisMonthKey, CHART_MONTHS);
    return receivedByMonth(await listRollupsForMonths(db, { fromMonth: chartMonths[0] ?? thisMonthKey, toMonth: thisMonthKey }), chartMonths);
  }, [thisMonthKey]);
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
  return { weeks, earnings, comparison };
}

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
  // One read of the day totals serves the chart's weeks and the comparisons, whose days all fall within them.
  const hours = useLiveQuery(async () => {
    const weekStarts = lastWeekStarts(todayKey, weekStartsOn, CHART_WEEKS);
    const week = weekToDate(todayKey, weekStartsOn);
    const month = monthToDate(todayKey);
    const moneyFrom = week.previous.from < month.previous.from ? week.previous.from : month.previous.from;
    const daysFrom = weekStarts[0] !== undefined && weekStarts[0] < moneyFrom ? weekStarts[0] : moneyFrom;
    const [days, money] = await Promise.all([listDayTotals(db, { fromDay: daysFrom, toDay: todayKey }), readMoneyBetween(db, { from: moneyFrom, to: todayKey })]);
    const figures = (range: { from: string; to: string }) => periodFigures(range, days, money.invoices, money.payments);
    return {
      weeks: hoursByWeek(days, weekStarts),
      comparison: {
        week: { current: figures(week.current), previous: figures(week.previous) },
        month: { current: figures(month.current), previous: figures(month.previous) },
      },
    };
  }, [todayKey, weekStartsOn]);
  return { weeks: hours?.weeks, earnings, comparison: hours?.comparison };
}

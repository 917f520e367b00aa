import { formatDuration } from '../../domain/time/format-duration';
import type { WeekHours } from '../../domain/reports/hours-by-week';
import { formatDay, formatShortDay } from '../../shared/date-display';
import { useDisplayLocale } from '../../shared/settings-context';
import { BarChartPanel } from '../../ui/charts/BarChartPanel';
import type { ChartPoint, ChartSeries } from '../../ui/charts/chart-types';

const HOUR_MS = 3_600_000;

const SERIES: readonly ChartSeries[] = [
  { key: 'billable', label: 'Billable', color: 'var(--color-accent)' },
  { key: 'other', label: 'Not billable', color: 'var(--color-border-strong)' },
];

/** Hours of the last weeks, billable and not, stacked per week; the same figures as a table on request. */
export function WeeklyHoursChart({ weeks }: { weeks: readonly WeekHours[] }) {
  const locale = useDisplayLocale();
  const points: ChartPoint[] = weeks.map((week) => ({
    key: week.weekStart,
    label: formatShortDay(week.weekStart, locale),
    fullLabel: `Week of ${formatDay(week.weekStart, locale)}`,
    values: { billable: week.billableMs / HOUR_MS, other: (week.trackedMs - week.billableMs) / HOUR_MS },
  }));
  const totalMs = weeks.reduce((sum, week) => sum + week.trackedMs, 0);
  const first = weeks[0];
  return (
    <BarChartPanel
      title={`Hours, last ${weeks.length} weeks`}
      summary={`Hours tracked each week since ${first === undefined ? '' : formatDay(first.weekStart, locale)}, billable and not; ${formatDuration(totalMs, 'hours-minutes')} in all.`}
      series={SERIES}
      points={points}
      formatValue={(hours) => `${formatDuration(Math.round(hours * HOUR_MS), 'decimal')} h`}
      formatAxis={(hours) => `${Math.round(hours)} h`}
      stacked
      emptyMessage={`No time tracked in the last ${weeks.length} weeks.`}
    />
  );
}

import { useSearchParams } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import { addLocalDays, startOfLocalDay, weekRange } from '../../domain/time';
import { Button } from '../../ui/Button';
import { formatDayRange } from '../../shared/date-display';
import { weekStartOf, type WeekStartDay } from './day-list-items';
import { ChevronIcon } from '../../ui/icons';
import { searchParamsWithWeek, weekFromSearchParams, type TimeFilters } from './time-filters';
import { TimeFilterBar } from './TimeFilterBar';
import type { TimeReference } from './use-time-reference-query';
import { useWeekEntries } from './use-week-entries';
import { WeekGrid } from './WeekGrid';
import styles from './week-grid.module.css';

interface WeekViewProps {
  filters: TimeFilters;
  onFiltersChange: (filters: TimeFilters) => void;
  reference: TimeReference;
  today: string;
  timeZone: string;
  weekStartsOn: WeekStartDay;
  now: number;
}

/** One week as a timesheet, with the way to the weeks before and after; the week shown lives in the address. */
export function WeekView({ filters, onFiltersChange, reference, today, timeZone, weekStartsOn, now }: WeekViewProps) {
  const locale = useDisplayLocale();
  const [params, setParams] = useSearchParams();
  const thisWeekStart = weekStartOf(today, weekStartsOn);
  const shownWeekStart = weekStartOf(weekFromSearchParams(params) ?? today, weekStartsOn);
  const week = weekRange(startOfLocalDay(shownWeekStart, timeZone), weekStartsOn, timeZone);
  const gridFilters = { clientId: filters.clientId, projectId: filters.projectId };
  const entries = useWeekEntries(week, gridFilters);

  const showWeek = (firstDay: string) => setParams(searchParamsWithWeek(params, firstDay === thisWeekStart ? undefined : firstDay), { replace: true });
  const lastDay = week.days[week.days.length - 1] ?? shownWeekStart;

  return (
    <div className="stack">
      <div className={styles.weekToolbar}>
        <div className={styles.weekNav} role="group" aria-label="Week">
          <Button variant="secondary" size="sm" className={styles.iconOnly} aria-label="Previous week" onClick={() => showWeek(addLocalDays(shownWeekStart, -7))}>
            <ChevronIcon direction="left" />
          </Button>
          <Button variant="secondary" size="sm" className={styles.iconOnly} aria-label="Next week" onClick={() => showWeek(addLocalDays(shownWeekStart, 7))}>
            <ChevronIcon direction="right" />
          </Button>
          <h2 className={styles.weekTitle} aria-live="polite">
            {shownWeekStart === thisWeekStart ? 'This week' : shownWeekStart === addLocalDays(thisWeekStart, -7) ? 'Last week' : 'Week'}
            <span className={styles.weekTitleRange}>{formatDayRange(shownWeekStart, lastDay, locale)}</span>
          </h2>
          {shownWeekStart !== thisWeekStart && (
            <Button variant="ghost" size="sm" onClick={() => showWeek(thisWeekStart)}>
              Back to this week
            </Button>
          )}
        </div>
        <TimeFilterBar filters={gridFilters} onChange={(next) => onFiltersChange({ ...filters, clientId: next.clientId, projectId: next.projectId })} reference={reference} projectFiltersOnly />
      </div>
      {entries === undefined ? (
        <p className="muted" aria-busy="true">
          Reading the week…
        </p>
      ) : (
        <WeekGrid key={shownWeekStart} days={week.days} today={today} entries={entries} reference={reference} timeZone={timeZone} now={now} />
      )}
    </div>
  );
}

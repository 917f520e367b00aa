import { memo, useMemo } from 'react';
import type { TimeEntry } from '../../domain/model';
import { findOverlaps } from '../../domain/time-tracking/overlaps';
import { Button } from '../../ui/Button';
import { buildDayListItems, weekStartOf, type WeekStartDay } from './day-list-items';
import { DayList } from './DayList';
import styles from './day-list.module.css';
import { EntryPageQuery } from './EntryPageQuery';
import type { EntryRowActions } from './EntryRow';
import { hasActiveFilters, type TimeFilters } from './time-filters';
import { TimeFilterBar } from './TimeFilterBar';
import { useEntryCommands } from './use-entry-commands';
import { useEntryPages } from './use-entry-pages';
import type { TimeReference } from './use-time-reference-query';
import { useInvoiceNumbers } from './use-invoice-numbers';
import { useTimerActions } from './use-timer-actions';

interface DayListViewProps {
  filters: TimeFilters;
  onFiltersChange: (filters: TimeFilters) => void;
  reference: TimeReference;
  today: string;
  timeZone: string;
  weekStartsOn: WeekStartDay;
  now: number;
  /** The running entry, from the timer's own read: undefined while that read runs, null when no timer runs. */
  running: TimeEntry | null | undefined;
  onEdit: (entry: TimeEntry) => void;
  onSplit: (entry: TimeEntry) => void;
}

/** The filters over the virtualised day list, with the actions each entry offers. Memoised: the screen above it redraws for its totals. */
export const DayListView = memo(function DayListView({ filters, onFiltersChange, reference, today, timeZone, weekStartsOn, now, running, onEdit, onSplit }: DayListViewProps) {
  const pages = useEntryPages(filters, today, timeZone, weekStartsOn, running);
  const { entries } = pages;
  const invoiceNumbers = useInvoiceNumbers(useMemo(() => entries.flatMap((entry) => (entry.invoiceId === undefined ? [] : [entry.invoiceId])), [entries]));
  // Only a running entry changes with the clock; a list of stopped entries is built once per change.
  const clock = entries.some((entry) => entry.end === null) ? now : 0;
  const items = useMemo(() => buildDayListItems(entries, clock, weekStartsOn), [entries, clock, weekStartsOn]);
  const overlaps = useMemo(() => findOverlaps(entries, clock), [entries, clock]);
  const entriesById = useMemo(() => new Map(entries.map((entry) => [entry.id, entry])), [entries]);
  const { projectsById, clientsById, projectNames, projectOptions, knownTags } = reference;
  const names = useMemo(() => ({ projectsById, clientsById, projectNames }), [projectsById, clientsById, projectNames]);
  const filterChoices = useMemo(() => ({ clientsById, projectsById, projectOptions, knownTags }), [clientsById, projectsById, projectOptions, knownTags]);
  const timer = useTimerActions();
  const commands = useEntryCommands();

  const actions: EntryRowActions = useMemo(
    () => ({
      onContinue: (entry) => void timer.continueEntry(entry.id),
      onEdit,
      onSplit,
      onDuplicate: (entry) => void commands.duplicateEntry(entry, reference.projectNames.get(entry.projectId)),
      onDelete: (entry) => void commands.removeEntry(entry, reference.projectNames.get(entry.projectId)),
    }),
    [timer, onEdit, onSplit, commands, reference.projectNames],
  );

  return (
    <div className="stack">
      {pages.ranges.map((range) => (
        <EntryPageQuery key={range.key} pageKey={range.key} from={range.from} to={range.to} filters={filters} onPage={pages.onPage} />
      ))}
      <TimeFilterBar filters={filters} onChange={onFiltersChange} reference={filterChoices} />
      {!pages.ready && entries.length === 0 ? (
        <p className="muted" aria-busy="true">
          Reading your entries…
        </p>
      ) : entries.length === 0 && !pages.hasMore ? (
        <div className={`${styles.timeNoMatch} card card-body`}>
          <p>{hasActiveFilters(filters) ? 'No entries match these filters.' : 'Nothing tracked in these weeks.'}</p>
          {hasActiveFilters(filters) && (
            <Button variant="secondary" size="sm" onClick={() => onFiltersChange({})}>
              Clear filters
            </Button>
          )}
        </div>
      ) : (
        <DayList
          items={items}
          today={today}
          thisWeekStart={weekStartOf(today, weekStartsOn)}
          names={names}
          invoiceNumbers={invoiceNumbers}
          overlaps={overlaps}
          entriesById={entriesById}
          hasMore={pages.hasMore}
          loading={!pages.ready}
          onLoadMore={pages.loadMore}
          actions={actions}
        />
      )}
    </div>
  );
});

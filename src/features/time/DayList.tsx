import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import type { TimeEntry } from '../../domain/model';
import { addLocalDays } from '../../domain/time';
import { Duration } from '../../ui/Duration';
import { formatDayHeading, formatDayRange } from '../../shared/date-display';
import type { DayListItem, WeekItem } from './day-list-items';
import { EntryRow, type EntryRowActions } from './EntryRow';
import { overlapSummary } from './overlap-summary';
import { offsetWithin, scrollParentOf } from './scroll-parent';
import type { TimeReference } from './use-time-reference-query';
import styles from './day-list.module.css';

interface DayListProps {
  items: readonly DayListItem[];
  today: string;
  /** The first day of the current week, to call it "This week". */
  thisWeekStart: string;
  /** The names entries are shown with; not the whole time reference, whose recent projects and tags the list does not show. */
  names: Pick<TimeReference, 'projectsById' | 'clientsById' | 'projectNames'>;
  invoiceNumbers: ReadonlyMap<string, string>;
  overlaps: ReadonlyMap<string, string[]>;
  entriesById: ReadonlyMap<string, TimeEntry>;
  /** Whether older entries exist beyond what is loaded; the list asks for them as its end scrolls into view. */
  hasMore: boolean;
  /** Whether a page asked for has not answered yet. */
  loading: boolean;
  onLoadMore: () => void;
  actions: EntryRowActions;
}

const ESTIMATED_HEIGHT: Record<DayListItem['kind'] | 'end', number> = { week: 64, day: 46, entry: 62, end: 64 };
/** Each row's kind as its class: week and day headings, entries, and the line that ends the list. */
const KIND_CLASS: Record<DayListItem['kind'] | 'end', string | undefined> = { week: styles.dayListWeek, day: styles.dayListDay, entry: styles.dayListEntry, end: styles.dayListEnd };
/** Ask for older entries this many rows before the end, so scrolling rarely waits. */
const LOAD_AHEAD_ROWS = 20;

function weekHeading(item: WeekItem, thisWeekStart: string, locale: string): string {
  if (item.firstDay === thisWeekStart) return 'This week';
  if (item.firstDay === addLocalDays(thisWeekStart, -7)) return 'Last week';
  return formatDayRange(item.firstDay, item.lastDay, locale);
}

/**
 * The day list: weeks and days with their totals, then each day's entries, newest first. Only the rows in view are
 * drawn (the list scrolls with the page), so a decade of entries scrolls as smoothly as a week; older weeks load as
 * the end of the list comes into view.
 */
export const DayList = memo(function DayList({ items, today, thisWeekStart, names, invoiceNumbers, overlaps, entriesById, hasMore, loading, onLoadMore, actions }: DayListProps) {
  const locale = useDisplayLocale();
  const listRef = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    const parent = scrollParentOf(list);
    setScroller(parent);
    const measure = () => setScrollMargin(offsetWithin(list, parent));
    measure();
    // Anything above the list changing height (filters wrapping, the running timer card) moves where it starts.
    const observer = new ResizeObserver(measure);
    if (list.parentElement !== null) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, []);

  const count = items.length + 1;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller,
    estimateSize: (index) => ESTIMATED_HEIGHT[items[index]?.kind ?? 'end'],
    getItemKey: (index) => items[index]?.key ?? 'end',
    overscan: 8,
    scrollMargin,
  });

  const virtualItems = virtualizer.getVirtualItems();
  const lastShown = virtualItems.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && lastShown >= count - LOAD_AHEAD_ROWS) onLoadMore();
  }, [hasMore, lastShown, count, onLoadMore]);

  return (
    <ul ref={listRef} className={styles.dayList} aria-label="Time entries" style={{ height: virtualizer.getTotalSize() }}>
      {virtualItems.map((virtualItem) => {
        const item = items[virtualItem.index];
        return (
          <li
            key={virtualItem.key}
            ref={virtualizer.measureElement}
            data-index={virtualItem.index}
            className={[styles.dayListItem, KIND_CLASS[item?.kind ?? 'end'], item?.kind === 'entry' && item.lastOfDay && styles.dayListEntryLast].filter(Boolean).join(' ')}
            style={{ transform: `translateY(${virtualItem.start - scrollMargin}px)` }}
          >
            {item === undefined ? (
              <p className={`${styles.dayListEnd} muted small`}>{hasMore || loading ? 'Loading older entries…' : 'No earlier entries.'}</p>
            ) : item.kind === 'week' ? (
              <div className={styles.dayListWeekHeading}>
                <h2>{weekHeading(item, thisWeekStart, locale)}</h2>
                <p className="muted small">
                  <Duration ms={item.totalMs} /> tracked · <Duration ms={item.billableMs} /> billable
                </p>
              </div>
            ) : item.kind === 'day' ? (
              <div className={styles.dayListDayHeading}>
                <h3>{formatDayHeading(item.day, today, locale)}</h3>
                <p>
                  <span className="visually-hidden">Day total </span>
                  <Duration ms={item.totalMs} />
                </p>
              </div>
            ) : (
              <EntryRow
                row={item.row}
                projectName={names.projectsById.get(item.row.entry.projectId)?.name}
                clientName={names.clientsById.get(item.row.entry.clientId)?.name}
                invoiceNumber={item.row.entry.invoiceId === undefined ? undefined : invoiceNumbers.get(item.row.entry.invoiceId)}
                overlap={overlapText(item.row.entry.id, overlaps, entriesById, names.projectNames, locale)}
                locale={locale}
                actions={actions}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
});

function overlapText(
  entryId: string,
  overlaps: ReadonlyMap<string, string[]>,
  entriesById: ReadonlyMap<string, TimeEntry>,
  projectNames: ReadonlyMap<string, string>,
  locale: string,
): string | undefined {
  const ids = overlaps.get(entryId);
  return ids === undefined || ids.length === 0 ? undefined : overlapSummary(ids, entriesById, projectNames, locale);
}

import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { toCsv, type CsvCell } from '../csv/csv-export';
import { formatDuration } from '../time/format-duration';

export const TIME_ENTRY_CSV_COLUMNS = [
  'Date',
  'Start',
  'End',
  'Duration (h)',
  'Duration',
  'Client',
  'Project',
  'Description',
  'Tags',
  'Billable',
  'Invoiced',
] as const;

/** One entry as the export needs it: the entry's own instants and zone, with names already resolved. */
export interface TimeEntryCsvRow {
  start: number;
  /** null while running: the row has no end and no duration yet. */
  end: number | null;
  /** The entry's own zone: its date and times are written as they were on the wall clock where it was tracked. */
  timeZone: string;
  clientName: string;
  projectName: string;
  description: string;
  tags: readonly string[];
  billable: boolean;
  invoiced: boolean;
}

function wallClock(instant: number, timeZone: string, pattern: string): string {
  return format(new TZDate(instant, timeZone), pattern);
}

function endCell(row: TimeEntryCsvRow): string {
  if (row.end === null) return '';
  const sameDay = wallClock(row.start, row.timeZone, 'yyyy-MM-dd') === wallClock(row.end, row.timeZone, 'yyyy-MM-dd');
  // An entry past midnight names its end day, so the row still reads right once sorted or filtered.
  return wallClock(row.end, row.timeZone, sameDay ? 'HH:mm' : 'yyyy-MM-dd HH:mm');
}

function csvCells(row: TimeEntryCsvRow): CsvCell[] {
  const durationMs = row.end === null ? null : row.end - row.start;
  return [
    wallClock(row.start, row.timeZone, 'yyyy-MM-dd'),
    wallClock(row.start, row.timeZone, 'HH:mm'),
    endCell(row),
    durationMs === null ? '' : formatDuration(durationMs, 'decimal'),
    durationMs === null ? '' : formatDuration(durationMs, 'clock'),
    row.clientName,
    row.projectName,
    row.description,
    row.tags.join(', '),
    row.billable ? 'Yes' : 'No',
    row.invoiced ? 'Yes' : 'No',
  ];
}

/**
 * The time entries export: one row per entry in the order given, columns as TIME_ENTRY_CSV_COLUMNS, durations by
 * real elapsed time both as decimal hours (for rates) and h:mm:ss. Formula-like text is neutralised by toCsv.
 */
export function timeEntriesCsv(rows: ReadonlyArray<TimeEntryCsvRow>): string {
  return toCsv(TIME_ENTRY_CSV_COLUMNS, rows.map(csvCells));
}

import { useId } from 'react';
import { useDisplayLocale } from '../../app/use-settings';
import type { Client, Project } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { Duration } from '../../ui/Duration';
import { formatClockTime, formatDayHeading } from './date-display';
import type { DayEntryRow, EntriesOfDay } from './group-entries-by-day';

interface TimeDayGroupProps {
  day: EntriesOfDay;
  today: string;
  projectsById: ReadonlyMap<string, Project>;
  clientsById: ReadonlyMap<string, Client>;
}

function InvoicedMarker({ row }: { row: DayEntryRow }) {
  if (row.entry.invoiceId !== undefined) return <Badge tone="success">Invoiced</Badge>;
  if (!row.entry.billable) return <span className="muted">—</span>;
  return <span className="muted">Not yet</span>;
}

/** One local day of the timesheet: its heading and total, then its entries, newest first. */
export function TimeDayGroup({ day, today, projectsById, clientsById }: TimeDayGroupProps) {
  const locale = useDisplayLocale();
  const headingId = useId();
  const heading = formatDayHeading(day.day, today, locale);

  const columns: ReadonlyArray<DataTableColumn<DayEntryRow>> = [
    {
      key: 'time',
      header: 'Time',
      width: '184px',
      cell: (row) => (
        <span className="time-range tabular">
          {formatClockTime(row.start, row.entry.timeZone, locale)} – {row.running ? 'now' : formatClockTime(row.end, row.entry.timeZone, locale)}
        </span>
      ),
    },
    { key: 'duration', header: 'Duration', align: 'end', width: '96px', cell: (row) => <Duration ms={row.durationMs} /> },
    { key: 'project', header: 'Project', width: '17%', cell: (row) => projectsById.get(row.entry.projectId)?.name ?? <span className="muted">Unknown project</span> },
    { key: 'client', header: 'Client', width: '15%', cell: (row) => clientsById.get(row.entry.clientId)?.name ?? <span className="muted">Unknown client</span> },
    {
      key: 'description',
      header: 'Description',
      cell: (row) => (
        <span className="time-description">
          {row.running && <Badge tone="accent">Running</Badge>}
          {row.entry.description.trim() === '' ? <span className="muted">No description</span> : row.entry.description}
          {row.continued && <span className="muted small">(crosses midnight)</span>}
        </span>
      ),
    },
    {
      key: 'billable',
      header: 'Billable',
      width: '92px',
      cell: (row) => (row.entry.billable ? <Badge tone="accent">Billable</Badge> : <span className="muted">No</span>),
    },
    { key: 'invoiced', header: 'Invoiced', width: '100px', cell: (row) => <InvoicedMarker row={row} /> },
  ];

  return (
    <section className="time-day" aria-labelledby={headingId}>
      <div className="time-day-header">
        <h2 id={headingId} className="time-day-title">
          {heading}
        </h2>
        <span className="time-day-total">
          <span className="muted">Total </span>
          <Duration ms={day.totalMs} />
        </span>
      </div>
      <DataTable label={`Time entries, ${heading}`} rows={day.rows} columns={columns} rowKey={(row) => row.key} />
    </section>
  );
}

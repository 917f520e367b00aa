import { Link } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import { Badge } from '../../ui/Badge';
import { DataTable } from '../../ui/DataTable';
import { Duration } from '../../ui/Duration';
import type { RecentEntryRow } from './use-dashboard-data';
import styles from './RecentEntriesTable.module.css';

function dayFormatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    // An entry imported with a zone this runtime does not know still shows, in the local zone.
    return new Intl.DateTimeFormat(locale, options);
  }
}

/** The latest entries, newest first, with a way to the full timesheet. */
export function RecentEntriesTable({ rows, now }: { rows: readonly RecentEntryRow[]; now: number }) {
  const locale = useDisplayLocale();
  return (
    <section className="stack-sm" aria-labelledby="recent-entries-title">
      <div className="spread">
        <h2 id="recent-entries-title" className="section-title">
          Recent time entries
        </h2>
        <Link to="/time" className="small">
          All time entries
        </Link>
      </div>
      <DataTable
        label="Recent time entries"
        rows={rows}
        rowKey={(row) => row.entry.id}
        emptyMessage="No time tracked yet. Start a timer on the Time screen."
        columns={[
          {
            key: 'day',
            header: 'Day',
            width: '130px',
            cell: (row) => <span className="tabular">{dayFormatter(locale, row.entry.timeZone).format(row.entry.start)}</span>,
          },
          {
            key: 'description',
            header: 'Description',
            cell: (row) => (
              <span className={styles.description}>
                {row.entry.description.trim() === '' ? <span className="muted">No description</span> : row.entry.description}
                {row.entry.end === null && <Badge tone="accent">Running</Badge>}
                {!row.entry.billable && <Badge>Non-billable</Badge>}
              </span>
            ),
          },
          {
            key: 'project',
            header: 'Project',
            cell: (row) => (
              <span className={styles.project}>
                <span>{row.projectName}</span>
                <span className="muted small">{row.clientName}</span>
              </span>
            ),
          },
          {
            key: 'duration',
            header: 'Duration',
            align: 'end',
            width: '110px',
            cell: (row) => <Duration ms={(row.entry.end ?? now) - row.entry.start} />,
          },
        ]}
      />
    </section>
  );
}

import type { ImportedFeedback } from '../../../domain/importers/import-types';
import { commentExcerpt } from '../../../domain/reputation/rating';
import { formatDay } from '../../../shared/date-display';
import { useDisplayLocale } from '../../../shared/settings-context';
import { Badge } from '../../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { StarRating } from '../../../ui/StarRating';
import styles from './import.module.css';
import dataStyles from '../data.module.css';

/** A page of reviews is enough to check the file was read right; the figures above count all of them. */
const ROWS_SHOWN = 100;
const EXCERPT_LENGTH = 80;

interface ImportFeedbackTableProps {
  feedback: readonly ImportedFeedback[];
  /** Import keys already stored: those rows are shown, marked, and not added again. */
  storedKeys: ReadonlySet<string>;
}

/** The reviews the file holds, as they will be stored: the rows that can be read, in file order. */
export function ImportFeedbackTable({ feedback, storedKeys }: ImportFeedbackTableProps) {
  const locale = useDisplayLocale();
  const shown = feedback.slice(0, ROWS_SHOWN);
  const columns: Array<DataTableColumn<ImportedFeedback>> = [
    { key: 'line', header: 'Line', align: 'end', width: '56px', cell: (item) => <span className="tabular">{item.line}</span> },
    { key: 'date', header: 'Date', width: '112px', cell: (item) => <span className={styles.nowrap}>{formatDay(item.date, locale)}</span> },
    {
      key: 'project',
      header: 'Project',
      width: '20%',
      cell: (item) => (
        <span className={styles.importName}>
          {item.projectName}
          <span className={styles.importNameClient}>{item.clientName}</span>
        </span>
      ),
    },
    { key: 'rating', header: 'Rating', width: '128px', cell: (item) => <StarRating ratingTenths={item.ratingTenths} /> },
    {
      key: 'comment',
      header: 'Comment',
      cell: (item) => (item.comment === '' ? <span className="muted">No comment</span> : <span title={item.comment}>{commentExcerpt(item.comment, EXCERPT_LENGTH)}</span>),
    },
    { key: 'quote', header: 'Quotable', width: '112px', cell: (item) => (item.canQuote ? <Badge tone="success">Can quote</Badge> : <span className="muted">Private</span>) },
  ];
  // Only a file seen before has rows Repute holds already; for any other, every row is new and the column says nothing.
  if (feedback.some((item) => storedKeys.has(item.importKey))) {
    columns.push({
      key: 'status',
      header: 'Status',
      width: '150px',
      cell: (item) => (storedKeys.has(item.importKey) ? <Badge>Already in Repute</Badge> : <Badge tone="accent">New</Badge>),
    });
  }
  return (
    <section className="stack-sm" aria-labelledby="import-feedback-title">
      <h3 id="import-feedback-title" className={dataStyles.subtitle}>
        Feedback in the file <span className="muted">({feedback.length})</span>
      </h3>
      <DataTable label="Feedback in the file" rows={shown} rowKey={(item) => item.importKey} emptyMessage="No row of the file can be read as feedback; the problems below say why." columns={columns} />
      {feedback.length > shown.length && <p className="muted small">The first {ROWS_SHOWN} of {feedback.length} reviews are shown.</p>}
    </section>
  );
}

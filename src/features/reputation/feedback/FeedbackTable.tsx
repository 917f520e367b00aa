import { useDisplayLocale } from '../../../shared/settings-context';
import type { Client, Feedback, Project } from '../../../domain/model';
import { Badge } from '../../../ui/Badge';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { formatDay } from '../../../shared/date-display';
import { commentExcerpt } from '../../../domain/reputation/rating';
import { StarRating } from '../../../ui/StarRating';
import { FEEDBACK_SOURCE_LABELS } from './feedback-labels';
import { FeedbackRowActions } from './FeedbackRowActions';
import styles from './FeedbackTable.module.css';

const EXCERPT_LENGTH = 90;

interface FeedbackTableProps {
  feedback: readonly Feedback[];
  clientsById: ReadonlyMap<string, Client>;
  projectsById: ReadonlyMap<string, Project>;
}

/** The owner's own view, so clients appear by real name; the badge is a reminder the alias goes out instead. */
function ClientCell({ client }: { client: Client | undefined }) {
  if (client === undefined) return <span className="muted">Unknown client</span>;
  return (
    <span className={styles.client}>
      {client.name}
      {client.confidential && <Badge tone="warning">Confidential</Badge>}
    </span>
  );
}

export function FeedbackTable({ feedback, clientsById, projectsById }: FeedbackTableProps) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<Feedback>> = [
    {
      key: 'date',
      header: 'Date',
      cell: (item) => (
        <span className={styles.dated}>
          <span className={styles.nowrap}>{formatDay(item.date, locale)}</span>
          <span className="muted small">{FEEDBACK_SOURCE_LABELS[item.source]}</span>
        </span>
      ),
    },
    { key: 'client', header: 'Client', cell: (item) => <ClientCell client={clientsById.get(item.clientId)} /> },
    { key: 'project', header: 'Project', cell: (item) => projectsById.get(item.projectId)?.name ?? <span className="muted">Unknown project</span> },
    { key: 'rating', header: 'Rating', cell: (item) => <StarRating ratingTenths={item.ratingTenths} /> },
    {
      key: 'comment',
      header: 'Comment',
      width: '34%',
      cell: (item) =>
        item.comment.trim() === '' ? (
          <span className="muted">No comment</span>
        ) : (
          <span className={styles.comment} title={item.comment}>
            {commentExcerpt(item.comment, EXCERPT_LENGTH)}
          </span>
        ),
    },
    {
      key: 'quote',
      header: 'Quotable',
      cell: (item) => (item.canQuote ? <Badge tone="success">Can quote</Badge> : <span className={`muted ${styles.nowrap}`}>Not quoted</span>),
    },
    { key: 'actions', header: 'Actions', align: 'end', cell: (item) => <FeedbackRowActions feedback={item} projectName={projectsById.get(item.projectId)?.name} /> },
  ];
  return <DataTable label="Feedback" rows={feedback} columns={columns} rowKey={(item) => item.id} />;
}

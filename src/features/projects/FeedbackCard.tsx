import { Link } from 'react-router';
import { useDisplayLocale } from '../../shared/settings-context';
import type { Feedback } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { averageRatingTenths } from '../../domain/reputation/rating';
import { StarRating } from '../../ui/StarRating';
import { formatDay } from '../../shared/date-display';
import styles from './FeedbackCard.module.css';

export interface FeedbackCardProps {
  feedback: readonly Feedback[];
  projectNames: ReadonlyMap<string, string>;
  /** Where "Add feedback" leads; without it the card only shows what is there. */
  addTo?: string;
  /** Where each review's Edit link leads; without it reviews are not editable from the card. */
  editTo?: (feedback: Feedback) => string;
}

/** What the client said, newest first, with which comments may be quoted, and the freelancer's own notes beside them. */
export function FeedbackCard({ feedback, projectNames, addTo, editTo }: FeedbackCardProps) {
  const locale = useDisplayLocale();
  const average = averageRatingTenths(feedback);
  return (
    <section className="card" aria-labelledby="client-feedback-title">
      <div className="card-header">
        <div>
          <h2 id="client-feedback-title">Feedback</h2>
          <p>{feedback.length === 0 ? 'No ratings or comments yet.' : `${feedback.length} ${feedback.length === 1 ? 'review' : 'reviews'}`}</p>
        </div>
        <div className={styles.headerEnd}>
          {average !== undefined && <StarRating ratingTenths={average} />}
          {addTo !== undefined && (
            <Link to={addTo} className="button button-secondary button-sm">
              Add feedback
            </Link>
          )}
        </div>
      </div>
      {feedback.length > 0 && (
        <ul className={styles.list}>
          {feedback.map((item) => {
            const projectName = projectNames.get(item.projectId);
            const day = formatDay(item.date, locale);
            return (
              <li key={item.id} className={styles.item}>
                <div className={styles.meta}>
                  <StarRating ratingTenths={item.ratingTenths} />
                  <span className="muted small">
                    {projectName ?? 'A deleted project'} · {day}
                  </span>
                  {item.canQuote && <Badge tone="success">Quotable</Badge>}
                  {editTo !== undefined && (
                    <Link to={editTo(item)} className={styles.edit} aria-label={`Edit feedback of ${day}${projectName === undefined ? '' : ` on ${projectName}`}`}>
                      Edit
                    </Link>
                  )}
                </div>
                {item.comment.trim() !== '' && <blockquote className={styles.comment}>{item.comment}</blockquote>}
                {item.privateNote !== undefined && (
                  <p className={styles.privateNote}>
                    <span className={styles.privateLabel}>Private note</span> {item.privateNote}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { useDisplayLocale } from '../../shared/settings-context';
import type { Feedback } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { averageRatingTenths } from '../../domain/reputation/rating';
import { StarRating } from '../../ui/StarRating';
import { formatDay } from '../../shared/date-display';
import styles from './FeedbackCard.module.css';

/** What the client said, newest first, with which comments may be quoted. */
export function FeedbackCard({ feedback, projectNames }: { feedback: readonly Feedback[]; projectNames: ReadonlyMap<string, string> }) {
  const locale = useDisplayLocale();
  const average = averageRatingTenths(feedback);
  return (
    <section className="card" aria-labelledby="client-feedback-title">
      <div className="card-header">
        <div>
          <h2 id="client-feedback-title">Feedback</h2>
          <p>{feedback.length === 0 ? 'No ratings or comments yet.' : `${feedback.length} ${feedback.length === 1 ? 'review' : 'reviews'}`}</p>
        </div>
        {average !== undefined && <StarRating ratingTenths={average} />}
      </div>
      {feedback.length > 0 && (
        <ul className={styles.list}>
          {feedback.map((item) => (
            <li key={item.id} className={styles.item}>
              <div className={styles.meta}>
                <StarRating ratingTenths={item.ratingTenths} />
                <span className="muted small">
                  {projectNames.get(item.projectId) ?? 'A deleted project'} · {formatDay(item.date, locale)}
                </span>
                {item.canQuote && <Badge tone="success">Quotable</Badge>}
              </div>
              {item.comment.trim() !== '' && <blockquote className={styles.comment}>{item.comment}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

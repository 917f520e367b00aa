import { AreaIcon } from '../../../ui/AreaIcon';
import { useDisplayLocale } from '../../../shared/settings-context';
import { DemoDataButton } from '../../../shared/DemoDataButton';
import { EmptyState } from '../../../ui/EmptyState';
import { NewRecordButton } from '../../../ui/NewRecordButton';
import { averageRatingTenths, formatRating } from '../../../domain/reputation/rating';
import { FeedbackTable } from './FeedbackTable';
import { useFeedback } from './use-feedback';
import styles from './FeedbackSection.module.css';

const NEW_FEEDBACK = '/reputation/feedback/new';
const TITLE_ID = 'feedback-section-title';

/** Ratings and comments from clients, inside the Reputation page: the raw material of reputation, kept by the freelancer. */
export function FeedbackSection() {
  const view = useFeedback();
  const locale = useDisplayLocale();

  if (view === undefined) {
    return (
      <section aria-labelledby={TITLE_ID} aria-busy="true">
        <h2 id={TITLE_ID} className="section-title">
          Feedback
        </h2>
      </section>
    );
  }

  if (view.feedback.length === 0) {
    // Feedback needs a project to be about; with none yet, the demo data is the quicker way to see the section work.
    const hasProjects = view.projectsById.size > 0;
    return (
      <EmptyState
        icon={<AreaIcon area="reputation" />}
        title="No feedback yet"
        description={
          <>
            <p>
              Keep every rating and comment a client gives you, from a marketplace or by email, so your reputation stays yours when you
              leave a platform.
            </p>
            <p>Mark the comments a client allowed you to quote: those can go into proposals and your portfolio.</p>
          </>
        }
        actions={
          <>
            <NewRecordButton to={NEW_FEEDBACK} label="New feedback" variant={hasProjects ? 'primary' : 'secondary'} />
            {!hasProjects && <DemoDataButton variant="primary" />}
          </>
        }
      />
    );
  }

  const average = averageRatingTenths(view.feedback);
  const quotable = view.feedback.filter((item) => item.canQuote).length;
  const count = view.feedback.length;

  return (
    <section className="stack" aria-labelledby={TITLE_ID}>
      <div className={styles.header}>
        <div className="stack-sm">
          <h2 id={TITLE_ID} className="section-title">
            Feedback
          </h2>
          <p className="section-description">
            {count} {count === 1 ? 'review' : 'reviews'}
            {average === undefined ? '' : ` · average ${formatRating(average, locale)} out of 5`} · {quotable} quotable
          </p>
        </div>
        <NewRecordButton to={NEW_FEEDBACK} label="New feedback" variant="primary" />
      </div>
      <FeedbackTable feedback={view.feedback} clientsById={view.clientsById} projectsById={view.projectsById} />
    </section>
  );
}

import { AreaIcon } from '../../../ui/AreaIcon';
import { useDisplayLocale } from '../../../shared/settings-context';
import { DemoDataButton } from '../../../shared/DemoDataButton';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { FeedbackTable } from './FeedbackTable';
import { averageRatingTenths, formatRating } from '../../../domain/reputation/rating';
import { useFeedback } from './use-feedback';

/** Ratings and comments from clients: the raw material of reputation, kept by the freelancer. */
export function FeedbackScreen() {
  const view = useFeedback();
  const locale = useDisplayLocale();

  if (view === undefined) {
    return (
      <div className="page" aria-busy="true">
        <PageHeader title="Feedback" />
      </div>
    );
  }

  if (view.feedback.length === 0) {
    return (
      <div className="page">
        <PageHeader title="Feedback" />
        <EmptyState
          icon={<AreaIcon area="reputation" />}
          title="No feedback yet"
          description={
            <>
              <p>
                Keep every rating and comment a client gives you, from a marketplace or by email, so your reputation stays yours when
                you leave a platform.
              </p>
              <p>Mark the comments a client allowed you to quote: those can go into proposals and your portfolio.</p>
            </>
          }
          actions={<DemoDataButton variant="primary" />}
        />
      </div>
    );
  }

  const average = averageRatingTenths(view.feedback);
  const quotable = view.feedback.filter((item) => item.canQuote).length;
  const count = view.feedback.length;

  return (
    <div className="page">
      <PageHeader
        title="Feedback"
        description={`${count} ${count === 1 ? 'review' : 'reviews'}${average === undefined ? '' : ` · average ${formatRating(average, locale)} out of 5`} · ${quotable} quotable`}
      />
      <FeedbackTable feedback={view.feedback} clientsById={view.clientsById} projectsById={view.projectsById} />
    </div>
  );
}

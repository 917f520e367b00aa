import type { ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { todayKey } from '../../../domain/time-tracking/time-window';
import { useDisplayLocale } from '../../../shared/settings-context';
import { useDisplayTimeZone } from '../../../shared/use-display-time-zone';
import { BackLink } from '../../../ui/BackLink';
import { EmptyState } from '../../../ui/EmptyState';
import { blankFeedbackForm, feedbackFormFromFeedback } from './feedback-form-values';
import { FeedbackForm } from './FeedbackForm';
import { useFeedbackFormSources } from './use-feedback';

const FEEDBACK_LIST = '/reputation/feedback';
const TITLE_ID = 'feedback-form-title';

/**
 * /reputation/feedback/new and /reputation/feedback/:feedbackId/edit, inside the Reputation page. Opened from a
 * project's page (?project=<id>), new feedback starts on that project, and saving or cancelling goes back there.
 */
export function FeedbackFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { feedbackId } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  const sources = useFeedbackFormSources(mode === 'edit' ? feedbackId : undefined);
  const title = mode === 'new' ? 'New feedback' : 'Edit feedback';

  if (sources === undefined) {
    return (
      <section aria-labelledby={TITLE_ID} aria-busy="true">
        <h2 id={TITLE_ID} className="section-title">
          {title}
        </h2>
      </section>
    );
  }

  const fromProject = sources.projects.find((project) => project.id === searchParams.get('project'));
  const backTo = fromProject === undefined ? FEEDBACK_LIST : `/projects/${fromProject.id}`;
  const backLabel = fromProject?.name ?? 'Feedback';
  const stored = sources.stored?.deletedAt === undefined ? sources.stored : undefined;

  const page = (content: ReactNode) => (
    <section className="stack" aria-labelledby={TITLE_ID}>
      <BackLink to={backTo} label={backLabel} />
      <h2 id={TITLE_ID} className="section-title">
        {title}
      </h2>
      {content}
    </section>
  );

  if (mode === 'edit' && stored === undefined) {
    return page(<EmptyState title="This feedback no longer exists" description={<p>It may have been deleted. All other feedback is in the list.</p>} />);
  }
  if (sources.projects.length === 0 && stored === undefined) {
    return page(
      <EmptyState
        title="Add a project first"
        description={<p>Feedback is about a piece of work: add the project the client rated, then record what they said.</p>}
        actions={
          <Link to="/projects/new" className="button button-primary">
            Add a project
          </Link>
        }
      />,
    );
  }

  const initial = stored === undefined ? blankFeedbackForm(fromProject, sources.clientsById, todayKey(Date.now(), timeZone)) : feedbackFormFromFeedback(stored, locale);
  const draftKey = stored === undefined ? `feedback:new:${fromProject?.id ?? ''}` : `feedback:${stored.id}`;
  return page(
    <FeedbackForm
      key={draftKey}
      initial={initial}
      stored={stored}
      projects={sources.projects}
      clientsById={sources.clientsById}
      draftKey={draftKey}
      onSaved={() => void navigate(backTo)}
      onCancel={() => void navigate(backTo)}
    />,
  );
}

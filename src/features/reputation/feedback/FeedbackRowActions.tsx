import { useState } from 'react';
import type { Feedback } from '../../../domain/model';
import { useDisplayLocale } from '../../../shared/settings-context';
import { PencilIcon, TrashIcon } from '../../../ui/icons';
import { RowActionButton, RowActionLink, RowActions } from '../../../ui/RowActions';
import { feedbackLabel } from './feedback-labels';
import { useFeedbackCommands } from './use-feedback-commands';

/** Edit and Delete for one review in the list, each named after the review's day and project. */
export function FeedbackRowActions({ feedback, projectName }: { feedback: Feedback; projectName: string | undefined }) {
  const locale = useDisplayLocale();
  const { removeFeedback } = useFeedbackCommands();
  const [deleting, setDeleting] = useState(false);
  const label = feedbackLabel(feedback, projectName, locale);
  const named = label.replace(/^Feedback/, 'feedback');

  const remove = async () => {
    setDeleting(true);
    try {
      await removeFeedback(feedback.id, label);
    } finally {
      setDeleting(false);
    }
  };

  return (
    <RowActions>
      <RowActionLink label={`Edit ${named}`} title="Edit feedback" icon={<PencilIcon />} to={`/reputation/feedback/${feedback.id}/edit`} />
      <RowActionButton label={`Delete ${named}`} title="Delete feedback" icon={<TrashIcon />} destructive disabled={deleting} onClick={() => void remove()} />
    </RowActions>
  );
}

import { useMemo } from 'react';
import { db } from '../../../db';
import { createFeedback, deleteFeedback, feedbackInputErrors, restoreFeedback, updateFeedback } from '../../../db/repositories/feedback';
import type { FeedbackInput } from '../../../domain/model';
import { useAnnounce } from '../../../ui/Announcer';

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The writes on feedback, each one repository transaction. Adding and saving resolve the result for the form to
 * show; deleting (with Undo) is announced here, named by the label the list shows the review under.
 */
export function useFeedbackCommands() {
  const announce = useAnnounce();
  return useMemo(
    () => ({
      /** The messages a save of this input would be refused with, without writing anything. */
      feedbackInputErrors: (input: Partial<FeedbackInput>, feedbackId?: string) => feedbackInputErrors(db, input, feedbackId),
      createFeedback: (input: FeedbackInput) => createFeedback(db, input),
      updateFeedback: (feedbackId: string, patch: Partial<FeedbackInput>) => updateFeedback(db, feedbackId, patch),
      removeFeedback: async (feedbackId: string, label: string): Promise<void> => {
        try {
          await deleteFeedback(db, feedbackId);
        } catch (error) {
          announce(`${label} was not deleted: ${reasonOf(error)}`, 'danger');
          return;
        }
        announce(`${label} deleted`, 'success', {
          label: 'Undo',
          run: () => {
            void restoreFeedback(db, feedbackId).then(
              () => announce(`${label} restored`, 'success'),
              (error: unknown) => announce(`${label} could not be restored: ${reasonOf(error)}`, 'danger'),
            );
          },
        });
      },
    }),
    [announce],
  );
}

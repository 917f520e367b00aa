import { useCallback } from 'react';
import type { Client, Feedback, Project } from '../../../domain/model';
import { useDisplayLocale } from '../../../shared/settings-context';
import { useRecordForm, type RecordForm, type SubmitOutcome } from '../../../shared/use-record-form';
import { feedbackFormErrors, feedbackInputFromForm, followFeedbackForm, type FeedbackFormField, type FeedbackFormValues } from './feedback-form-values';
import { feedbackLabel } from './feedback-labels';
import { useFeedbackCommands } from './use-feedback-commands';

export interface FeedbackFormContext {
  /** The feedback being edited; undefined for new feedback. */
  stored: Feedback | undefined;
  projectsById: ReadonlyMap<string, Project>;
  clientsById: ReadonlyMap<string, Client>;
  /** Where a draft of this form is kept: one per record, and one per project new feedback was started from. */
  draftKey: string;
}

/**
 * The feedback form's state and its save. A refused save keeps every value and puts each message under its field,
 * every message at once: those of fields that cannot be read, and those the repository would answer.
 */
export function useFeedbackForm(initial: FeedbackFormValues, { stored, projectsById, clientsById, draftKey }: FeedbackFormContext): RecordForm<FeedbackFormValues, Feedback> {
  const locale = useDisplayLocale();
  const { feedbackInputErrors, createFeedback, updateFeedback } = useFeedbackCommands();

  const submit = useCallback(
    async (values: FeedbackFormValues): Promise<SubmitOutcome<FeedbackFormValues, Feedback>> => {
      const clientId = projectsById.get(values.projectId)?.clientId ?? stored?.clientId ?? '';
      const { input, readErrors } = feedbackInputFromForm(values, { locale, clientId });
      if (Object.keys(readErrors).length > 0) {
        const ruleErrors = feedbackFormErrors(await feedbackInputErrors(input, stored?.id));
        return { ok: false, messages: { byField: { ...ruleErrors.byField, ...readErrors }, other: ruleErrors.other } };
      }
      const result = stored === undefined ? await createFeedback(input) : await updateFeedback(stored.id, input);
      if (!result.ok) return { ok: false, messages: feedbackFormErrors(result.errors) };
      const label = feedbackLabel(result.value, projectsById.get(result.value.projectId)?.name, locale);
      return { ok: true, value: result.value, announcement: stored === undefined ? `${label} added` : `${label} saved` };
    },
    [stored, projectsById, locale, feedbackInputErrors, createFeedback, updateFeedback],
  );

  const follow = useCallback(
    (next: FeedbackFormValues, field: FeedbackFormField, previous: FeedbackFormValues) => followFeedbackForm(next, field, previous, { projectsById, clientsById }),
    [projectsById, clientsById],
  );

  return useRecordForm({ initial, noun: 'Feedback', submit, follow, draftKey });
}

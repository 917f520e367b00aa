import { useCallback, useState } from 'react';
import type { Client, Project } from '../../domain/model';
import { useDisplayLocale } from '../../shared/settings-context';
import { useRecordForm, type RecordForm, type SubmitOutcome } from '../../shared/use-record-form';
import {
  followProjectForm,
  inheritedRate,
  projectCurrency,
  projectFormErrors,
  projectInputFromForm,
  type ProjectFormField,
  type ProjectFormValues,
} from './project-form-values';
import { useProjectCommands } from './use-project-commands';

export interface ProjectFormState extends RecordForm<ProjectFormValues, Project> {
  /** Whether the hourly rate is the freelancer's own rather than the client's default. */
  rateTyped: boolean;
  /** Puts the client's default rate back, and lets it follow the client again. */
  applyClientRate: () => void;
}

/**
 * The project form's state and its save. The hourly rate follows the chosen client's default until the freelancer
 * types one of their own; a refused save keeps every value and puts each message under its field.
 */
export function useProjectForm(initial: ProjectFormValues, stored: Project | undefined, clientsById: ReadonlyMap<string, Client>, today: string): ProjectFormState {
  const locale = useDisplayLocale();
  const { projectInputErrors, createProject, updateProject } = useProjectCommands();
  const [rateTyped, setRateTyped] = useState(stored !== undefined);

  const submit = useCallback(
    async (values: ProjectFormValues): Promise<SubmitOutcome<ProjectFormValues, Project>> => {
      const currency = projectCurrency(stored, values.clientId, clientsById);
      const { input, readErrors } = projectInputFromForm(values, { currency, locale, imageIds: stored?.portfolio.imageIds ?? [] });
      if (Object.keys(readErrors).length > 0) {
        const ruleErrors = projectFormErrors(await projectInputErrors(input, stored?.id));
        return { ok: false, messages: { byField: { ...ruleErrors.byField, ...readErrors }, other: ruleErrors.other } };
      }
      const result = stored === undefined ? await createProject(input) : await updateProject(stored.id, input);
      if (!result.ok) return { ok: false, messages: projectFormErrors(result.errors) };
      return { ok: true, value: result.value, announcement: stored === undefined ? `${result.value.name} added` : `${result.value.name} saved` };
    },
    [stored, clientsById, locale, projectInputErrors, createProject, updateProject],
  );

  const follow = useCallback(
    (next: ProjectFormValues, field: ProjectFormField) => followProjectForm(next, field, { rateTyped, clientsById, locale, today }),
    [rateTyped, clientsById, locale, today],
  );

  const form = useRecordForm({ initial, noun: 'Project', submit, follow, draftKey: `project:${stored?.id ?? 'new'}` });
  const { setValue: setFormValue, replaceValues, clearError, values } = form;

  const setValue = useCallback(
    <F extends ProjectFormField>(field: F, value: ProjectFormValues[F]) => {
      if (field === 'hourlyRate') setRateTyped(true);
      setFormValue(field, value);
    },
    [setFormValue],
  );

  const applyClientRate = useCallback(() => {
    replaceValues({ ...values, hourlyRate: inheritedRate(clientsById.get(values.clientId), locale) });
    clearError('hourlyRate');
    setRateTyped(false);
  }, [replaceValues, clearError, values, clientsById, locale]);

  return { ...form, setValue, rateTyped, applyClientRate };
}

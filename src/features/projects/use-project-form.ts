import { useState } from 'react';
import { useDisplayLocale } from '../../shared/settings-context';
import { db } from '../../db';
import { createProject, projectInputErrors, updateProject } from '../../db/repositories/projects';
import type { Client, Project } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { inheritedRate, projectFormErrors, projectInputFromForm, type ProjectFormErrors, type ProjectFormField, type ProjectFormValues } from './project-form-values';

/**
 * The currency a project is billed in: its client's for a new project or a move to another client, else the one it
 * was created with (a client's currency may change later without repricing old work).
 */
export function projectCurrency(stored: Project | undefined, clientId: string, clientsById: ReadonlyMap<string, Client>): string {
  if (stored !== undefined && stored.clientId === clientId) return stored.currency;
  return clientsById.get(clientId)?.currency ?? stored?.currency ?? '';
}

/**
 * The project form's state and its save. The hourly rate follows the chosen client's default until the freelancer
 * types one of their own; a refused save keeps every value and puts each message under its field.
 */
export function useProjectForm(initial: ProjectFormValues, stored: Project | undefined, clientsById: ReadonlyMap<string, Client>, today: string) {
  const announce = useAnnounce();
  const locale = useDisplayLocale();
  const [values, setValues] = useState(initial);
  const [rateTyped, setRateTyped] = useState(stored !== undefined);
  const [errors, setErrors] = useState<ProjectFormErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [failedAttempts, setFailedAttempts] = useState(0);

  const setValue = <F extends ProjectFormField>(field: F, value: ProjectFormValues[F]) => {
    setValues((previous) => {
      const next = { ...previous, [field]: value };
      if (field === 'clientId' && !rateTyped) next.hourlyRate = inheritedRate(clientsById.get(next.clientId), locale);
      if (field === 'status' && (next.status === 'completed' || next.status === 'cancelled') && next.endDate === '') next.endDate = today;
      return next;
    });
    if (field === 'hourlyRate') setRateTyped(true);
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const applyClientRate = () => {
    setValues((previous) => ({ ...previous, hourlyRate: inheritedRate(clientsById.get(previous.clientId), locale) }));
    setRateTyped(false);
    setErrors((previous) => ({ ...previous, hourlyRate: undefined }));
  };

  const refuse = (messages: { byField: ProjectFormErrors; other: string[] }) => {
    setErrors(messages.byField);
    setOtherErrors(messages.other);
    setFailedAttempts((count) => count + 1);
    announce('Project not saved: correct the marked fields', 'danger');
  };

  const save = async (): Promise<Project | undefined> => {
    setSaving(true);
    try {
      const currency = projectCurrency(stored, values.clientId, clientsById);
      const { input, readErrors } = projectInputFromForm(values, { currency, locale, imageIds: stored?.portfolio.imageIds ?? [] });
      if (Object.keys(readErrors).length > 0) {
        const ruleErrors = projectFormErrors(await projectInputErrors(db, input, stored?.id));
        refuse({ byField: { ...ruleErrors.byField, ...readErrors }, other: ruleErrors.other });
        return undefined;
      }
      const result = stored === undefined ? await createProject(db, input) : await updateProject(db, stored.id, input);
      if (!result.ok) {
        refuse(projectFormErrors(result.errors));
        return undefined;
      }
      announce(stored === undefined ? `${result.value.name} added` : `${result.value.name} saved`, 'success');
      return result.value;
    } finally {
      setSaving(false);
    }
  };

  return { values, errors, otherErrors, saving, failedAttempts, rateTyped, setValue, applyClientRate, save };
}

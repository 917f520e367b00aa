import { useCallback, useState } from 'react';
import type { Settings } from '../../domain/model';
import { useSaveSettings, useSettingsPatchErrors } from '../../shared/use-settings';
import { fieldsShapedLike } from '../../shared/form-drafts';
import { useRecordForm, type SubmitOutcome } from '../../shared/use-record-form';
import { formValuesFromSettings, type SettingsFormField, type SettingsFormValues } from './settings-form-values';
import { submitSettingsForm } from './submit-settings-form';

export type SettingsFieldErrors = Partial<Record<SettingsFormField, string>>;

/** What each group of settings fields receives from the form. */
export interface SettingsFieldGroupProps {
  values: SettingsFormValues;
  errors: SettingsFieldErrors;
  onChange: (field: SettingsFormField, value: string) => void;
}

/** The inputs the user touched since the last save; every other input shows the stored value. */
type SettingsEdits = Partial<SettingsFormValues>;

const NO_EDITS: SettingsEdits = {};

/**
 * The Settings form's state: the record form holds only the inputs the user touched, the rest show the stored value,
 * so a change made elsewhere (the palette's theme command) is neither hidden nor overwritten by a save.
 */
export function useSettingsForm(settings: Settings) {
  const saveSettings = useSaveSettings();
  const checkSettings = useSettingsPatchErrors();
  const [lastSaved, setLastSaved] = useState<Settings | null>(null);

  // The live query reports a save a moment after it resolves; until then the saved record is the fresher one.
  const base = lastSaved !== null && lastSaved.createdAt === settings.createdAt && lastSaved.updatedAt > settings.updatedAt ? lastSaved : settings;

  const submit = useCallback(
    async (edits: SettingsEdits): Promise<SubmitOutcome<SettingsEdits, Settings>> => {
      const result = await submitSettingsForm({ ...formValuesFromSettings(base), ...edits }, { check: checkSettings, save: saveSettings });
      return result.ok ? { ok: true, value: result.value, announcement: 'Settings saved' } : result;
    },
    [base, checkSettings, saveSettings],
  );

  // A draft keeps only the inputs that were touched, each still a text of the form's.
  const readDraft = useCallback((stored: unknown) => fieldsShapedLike(formValuesFromSettings(base), stored), [base]);
  // Saved edits are the stored values now: the form lets go of them, so the inputs follow the stored settings again.
  const form = useRecordForm({ initial: NO_EDITS, noun: 'Settings', submit, draftKey: 'settings', readDraft, valuesAfterSave: NO_EDITS });
  const { save: saveEdits } = form;

  const save = useCallback(async () => {
    const saved = await saveEdits();
    if (saved !== undefined) setLastSaved(saved);
  }, [saveEdits]);

  const edits = form.values;
  return {
    values: { ...formValuesFromSettings(base), ...edits },
    errors: form.errors,
    otherErrors: form.otherErrors,
    saving: form.saving,
    dirty: Object.keys(edits).length > 0,
    failedAttempts: form.failedAttempts,
    setValue: form.setValue,
    save,
    draftRestoredAt: form.draftRestoredAt,
    discardDraft: form.discardDraft,
  };
}

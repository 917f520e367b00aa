import { useState } from 'react';
import { db } from '../../db';
import { saveSettings } from '../../db/repositories/settings';
import type { Settings } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { formValuesFromSettings, settingsPatchFromForm, splitSettingsErrors, type SettingsFormField, type SettingsFormValues } from './settings-form-values';
import { readTimeTracking } from './time-tracking-values';

export type SettingsFieldErrors = Partial<Record<SettingsFormField, string>>;

/** What each group of settings fields receives from the form. */
export interface SettingsFieldGroupProps {
  values: SettingsFormValues;
  errors: SettingsFieldErrors;
  onChange: (field: SettingsFormField, value: string) => void;
}

/**
 * The Settings form's state: only the inputs the user touched are held here, the rest show the stored value,
 * so a change made elsewhere (the palette's theme command) is neither hidden nor overwritten by a save.
 */
export function useSettingsForm(settings: Settings) {
  const announce = useAnnounce();
  const [edits, setEdits] = useState<Partial<SettingsFormValues>>({});
  const [errors, setErrors] = useState<SettingsFieldErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [lastSaved, setLastSaved] = useState<Settings | null>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);

  // The live query reports a save a moment after it resolves; until then the saved record is the fresher one.
  const base = lastSaved !== null && lastSaved.createdAt === settings.createdAt && lastSaved.updatedAt > settings.updatedAt ? lastSaved : settings;
  const values: SettingsFormValues = { ...formValuesFromSettings(base), ...edits };

  const setValue = (field: SettingsFormField, value: string) => {
    setEdits((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const save = async () => {
    // Numbers and times are read here first, so a typo gets a message in words rather than a schema's.
    const timeTracking = readTimeTracking(values);
    if (!timeTracking.ok) {
      setErrors(timeTracking.errors);
      setOtherErrors([]);
      setFailedAttempts((count) => count + 1);
      announce('Settings not saved: correct the marked fields', 'danger');
      return;
    }
    setSaving(true);
    try {
      const result = await saveSettings(db, { ...settingsPatchFromForm(values), ...timeTracking.patch });
      if (result.ok) {
        setLastSaved(result.value);
        setEdits({});
        setErrors({});
        setOtherErrors([]);
        announce('Settings saved', 'success');
      } else {
        const split = splitSettingsErrors(result.errors);
        setErrors(split.byField);
        setOtherErrors(split.other);
        setFailedAttempts((count) => count + 1);
        announce('Settings not saved: correct the marked fields', 'danger');
      }
    } finally {
      setSaving(false);
    }
  };

  return { values, errors, otherErrors, saving, dirty: Object.keys(edits).length > 0, failedAttempts, setValue, save };
}
